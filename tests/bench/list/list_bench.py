#!/usr/bin/env python3
"""list benchmark: clusterwright-cli vs the official Azure SDK for Python doing the same work on a
sandbox workspace with 5,000 bulk computes (plus the seeded ones), same sandbox, same run:
  (a) `list -o json`  vs  the SDK reading compute.list() into its models (sdk_list_models.py)
  (b) `list` (table)  vs  the SDK printing name, state, VM size and node count (sdk_list_table.py)
  (c) `list -o json`  vs  the SDK with as_dict() + json.dump (sdk_list.py)
Each side's wall time, CPU time and peak RSS are medians of N paired (interleaved) runs; the
ratios are printed against the goals of issue 13 (CI times nothing: CW_BENCH_STRICT=1 makes a
missed goal fail the run)."""
import argparse, json, os, statistics, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cwbench

HERE = os.path.dirname(os.path.abspath(__file__))
JSON_RSS_LIMIT_MIB = 30.0

def loadavg():
    with open("/proc/loadavg") as f:
        return f.read().strip()

def compare(key, title, cli_cmd, sdk_cmd, env, runs, rss_probe, wall_goal, cpu_goal, rss_limit):
    """Paired runs; prints one block (figures named "list (key) ...", which run-all.sh's summary
    keeps); returns True when every goal given is met."""
    cli, sdk = [], []
    load_before = loadavg()
    for _ in range(runs):  # interleaved so both see the same machine load
        cli.append(cwbench.measure(cli_cmd, env, rss_probe=rss_probe))
        sdk.append(cwbench.measure(sdk_cmd, env, rss_probe=rss_probe))
    if any(r[0] != 0 for r in cli + sdk):
        sys.exit(1)
    med = lambda rows, i: statistics.median(r[i] for r in rows)
    rows, ok = [], True
    for i, label, unit in ((1, "wall time", "s"), (2, "CPU time (user+sys)", "s"), (3, "peak RSS", "MiB")):
        c, s = med(cli, i), med(sdk, i)
        rows.append((f"list ({key}) clusterwright-cli {label}", c, unit, "", None))
        rows.append((f"list ({key}) Python SDK {label}", s, unit, "", None))
        if i == 3:
            good = c <= s and (rss_limit is None or c <= rss_limit)
            goal = "<= SDK" + (f", <= {rss_limit:.0f}" if rss_limit else "")
            rows.append((f"list ({key}) {label} CLI / SDK", c / s, "x", goal, good))
        else:
            want = wall_goal if i == 1 else cpu_goal
            good = None if want is None else s / c >= want
            rows.append((f"list ({key}) {label} ratio SDK / CLI", s / c, "x", f">= {want}x" if want else "", good))
        ok = ok and rows[-1][4] is not False
    rows.append((f"list ({key}) load average (1 min) before / after", f"{load_before.split()[0]}/{loadavg().split()[0]}",
                 "", "", None))
    cwbench.print_block(f"{title}, median of {runs} paired runs", rows)
    print("  cli:", " ".join(cli_cmd[1:]), "| sdk:", os.path.basename(sdk_cmd[1]))
    print("  /proc/loadavg after:", loadavg())
    return ok

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sandbox", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--count", type=int, default=5000, help="bulk computes added to the seeded workspace")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", default="abc", help="which comparisons to run (letters of a, b, c)")
    ap.add_argument("--rss-probe", default=None, help="peak_rss_probe.so: the peak RSS of each program itself")
    a = ap.parse_args()
    print("/proc/loadavg at start:", loadavg())
    sb = cwbench.Sandbox(a.sandbox)
    try:
        sub = sb.ready["subscriptionId"]
        sb.control("POST", "/_sandbox/computes/bulk",
                   {"subscription": sub, "resourceGroup": "rg-ml", "workspace": "ws-demo", "count": a.count})
        env = cwbench.private_env(sb)
        if cwbench.measure([a.cli, "login", "sandbox", "--endpoint-file", sb.ready_file], env)[0] != 0:
            sys.exit(1)
        sdk = lambda script: ["/usr/bin/python3", os.path.join(HERE, script), sb.ready_file, "rg-ml", "ws-demo"]
        def run(argv):
            done = subprocess.run(argv, env=env, capture_output=True)
            if done.returncode != 0:
                print("command failed:", " ".join(argv), "exit", done.returncode, done.stderr.decode(errors="replace")[-3000:])
                sys.exit(1)
            return done

        # Both sides must see the same computes, every one of them.
        n_cli = len(json.loads(run([a.cli, "list", "--output", "json"]).stdout))
        n_sdk = len(json.loads(run(sdk("sdk_list.py")).stdout))
        n_table = len(run([a.cli, "list"]).stdout.decode().splitlines()) - 2  # header and rule
        n_sdk_table = len(run(sdk("sdk_list_table.py")).stdout.decode().splitlines())
        seen = f"{n_cli}/{n_sdk}, table {n_table}/{n_sdk_table}"
        same = n_cli == n_sdk == n_table == n_sdk_table and n_cli >= a.count
        cwbench.print_block("list benchmark: computes seen", [
            ("list computes seen, clusterwright-cli / Python SDK", seen, "", f"{a.count}+ all", same)])
        if not same:
            sys.exit(1)

        ok = True
        json_cmd = [a.cli, "list", "--output", "json"]
        if "a" in a.only:
            ok &= compare("a", f"(a) `list -o json` vs the SDK reading compute.list() into its models, {n_cli} computes",
                          json_cmd, sdk("sdk_list_models.py"), env, a.runs, a.rss_probe, 5, 10, JSON_RSS_LIMIT_MIB)
        if "b" in a.only:
            ok &= compare("b", f"(b) `list` (table) vs the SDK printing name, state, VM size, node count, {n_cli} computes",
                          [a.cli, "list"], sdk("sdk_list_table.py"), env, a.runs, a.rss_probe, 5, 10, None)
        if "c" in a.only:
            ok &= compare("c", f"(c) `list -o json` vs the SDK with as_dict() + json.dump, {n_cli} computes",
                          json_cmd, sdk("sdk_list.py"), env, a.runs, a.rss_probe, None, None, JSON_RSS_LIMIT_MIB)
        print(f"\nlist benchmark goals: {'all met' if ok else 'some MISSED'}, /proc/loadavg {loadavg()}")
        if os.environ.get("CW_BENCH_STRICT") == "1" and not ok:
            sys.exit(1)
    finally:
        sb.stop()

if __name__ == "__main__":
    main()
