#!/bin/sh
# Sandbox throughput/latency over keep-alive HTTPS with wrk: GET of one compute and pages of a
# 5,000-compute list. Prints req/s and p99 per scenario. Targets: GET >= 1000 req/s and
# p99 < 20 ms; a 100-compute list page >= 1000 req/s (issue 13). With CW_BENCH_STRICT=1 a missed
# target fails the run. Figures depend on the machine's load: print it beside them.
set -eu
bin=${CW_SANDBOX_BIN:?CW_SANDBOX_BIN must name the clusterwright-sandbox executable}
duration=${CW_BENCH_DURATION:-10s}
connections=${CW_BENCH_CONNECTIONS:-8}
work=$(mktemp -d "${TMPDIR:-/tmp}/cw-bench.XXXXXX")
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT INT TERM

"$bin" --fresh --port 0 --state-dir "$work/state" --speed 0.01 --computes 5000 >"$work/ready" 2>"$work/log" &
pid=$!
i=0
until [ -s "$work/ready" ]; do
    i=$((i + 1)); [ "$i" -gt 300 ] && { echo "sandbox did not start"; cat "$work/log"; exit 1; }
    sleep 0.1
done
field() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$work/ready" "$1"; }
base=$(field baseUrl); ca=$(field caFile); tenant=$(field tenantId)
client=$(field clientId); secret=$(field clientSecret); sub=$(field subscriptionId)
control=$(field controlToken)
token=$(curl -sf --cacert "$ca" "$base/$tenant/oauth2/v2.0/token" \
    --data-urlencode grant_type=client_credentials --data-urlencode "client_id=$client" \
    --data-urlencode "client_secret=$secret" --data-urlencode "scope=$base/.default" |
    python3 -c "import json,sys; print(json.load(sys.stdin)['access_token'])")
curl -sf --cacert "$ca" -H "Authorization: Bearer $control" -X POST "$base/_sandbox/settings" -d '{"pageSize":100}' >/dev/null
ws="/subscriptions/$sub/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/ws-demo"

# Pages of the list: each request asks for the next $skip window, wrapping at 5,000.
cat >"$work/pages.lua" <<LUA
local skip = 0
request = function()
  local path = "$ws/computes?api-version=2022-10-01&\$skip=" .. skip
  skip = (skip + 100) % 5000
  return wrk.format("GET", path)
end
LUA

status=0
run() { # name, extra wrk args..., url
    name=$1; shift
    out=$(wrk -t1 -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $token" "$@")
    rps=$(printf '%s\n' "$out" | awk '/Requests\/sec/ {print $2}')
    p99=$(printf '%s\n' "$out" | awk '$1 == "99%" {print $2}')
    errors=$(printf '%s\n' "$out" | awk '/Non-2xx/ {print $5}')
    printf '%-28s %10s req/s   p99 %8s   non-2xx %s\n' "$name" "$rps" "$p99" "${errors:-0}"
    echo "$rps $p99"
}
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
get=$(run "GET compute" "$base$ws/computes/bulk-02500?api-version=2022-10-01" | tee /dev/stderr | tail -1)
list=$(run "GET list page (5000, 100/pg)" -s "$work/pages.lua" "$base" | tee /dev/stderr | tail -1)

rps=${get% *}; p99=${get#* }
p99ms=$(python3 -c "import sys; v=sys.argv[1]; print(float(v[:-2]) if v.endswith('ms') else float(v[:-2])/1000 if v.endswith('us') else float(v[:-1])*1000)" "$p99")
if python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) >= 1000 and float(sys.argv[2]) < 20 else 1)" "$rps" "$p99ms"; then
    echo "GET target met (>= 1000 req/s, p99 < 20 ms)"
else
    echo "GET target MISSED (>= 1000 req/s, p99 < 20 ms)"
    [ "${CW_BENCH_STRICT:-0}" = 1 ] && status=1
fi
listRps=${list% *}
if python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) >= 1000 else 1)" "$listRps"; then
    echo "list page target met (>= 1000 req/s)"
else
    echo "list page target MISSED (>= 1000 req/s)"
    [ "${CW_BENCH_STRICT:-0}" = 1 ] && status=1
fi
exit "$status"
