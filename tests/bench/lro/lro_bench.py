#!/usr/bin/env python3
"""lro benchmark: the requests one `clusterwright-cli create` sends, against the minimum the
contract allows (1 PUT + the polls needed when each waits exactly the given Retry-After + 1
final GET), and the TLS handshakes (TCP connections) per run, counted by an LD_PRELOAD probe, with
the connections that carried each part (the sandbox's request log names each request's connection).
Over HTTP/1.1 each read sent while others are in flight needs a connection of its own: the
preflight's parallel GETs open one each (4 at once), the rest reuses them."""
import argparse, math, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "list"))
import cwbench

CREATE_BASE_MS = 8000  # the sandbox's create duration at speed 1.0 (OperationEngine)

def minimum_polls(duration_ms):
    # The sandbox answers the PUT with Retry-After round(D/1000) and every poll with
    # ceil(remaining/1000): a client that waits exactly that long needs this many polls.
    t, polls = round(duration_ms / 1000) * 1000, 1
    while t < duration_ms:
        t += math.ceil((duration_ms - t) / 1000) * 1000
        polls += 1
    return polls

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sandbox", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--probe", required=True)
    ap.add_argument("--speed", type=float, default=0.5)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    sb = cwbench.Sandbox(a.sandbox, speed=a.speed)
    try:
        env = cwbench.private_env(sb)
        if cwbench.measure([a.cli, "login", "sandbox", "--endpoint-file", sb.ready_file], env)[0] != 0:
            sys.exit(1)
        duration = CREATE_BASE_MS * a.speed
        floor = 1 + minimum_polls(duration) + 1
        rows = []
        for run in range(a.runs):
            name = f"bench-lro-{run}"
            sb.control("DELETE", "/_sandbox/requests")
            log = os.path.join(sb.work, f"connects-{run}.txt")
            run_env = dict(env, LD_PRELOAD=a.probe, CW_BENCH_CONNECT_LOG=log)
            code, wall, cpu, rss = cwbench.measure([a.cli, "create", name, "--quiet"], run_env)
            if code != 0:
                sys.exit(1)
            # The sandbox's own control calls are not the CLI's.
            reqs = [r for r in sb.control("GET", "/_sandbox/requests") if not r["path"].startswith("/_sandbox")]
            compute = re.compile(rf"/computes/{name}$")
            put_at = next(i for i, r in enumerate(reqs) if r["method"] == "PUT" and compute.search(r["path"]))
            puts = sum(1 for r in reqs if r["method"] == "PUT" and compute.search(r["path"]))
            after = reqs[put_at + 1:]
            polls = sum(1 for r in after if r["method"] == "GET" and not compute.search(r["path"])
                        and re.search(r"operation", r["path"], re.I))
            finals = sum(1 for r in after if r["method"] == "GET" and compute.search(r["path"]))
            before = reqs[:put_at]
            tokens = sum(1 for r in reqs if "oauth2" in r["path"])
            checks = len(before) - sum(1 for r in before if "oauth2" in r["path"])
            other_after = len(after) - polls - finals
            # The sandbox's request log names the TCP connection of each request (accept order).
            operation_conns = {r.get("connection") for r in [reqs[put_at]] + after}
            token_conns = {r.get("connection") for r in reqs if "oauth2" in r["path"]}
            preflight_conns = {r.get("connection") for r in before if "oauth2" not in r["path"]}
            connects = {}
            if os.path.exists(log):
                for line in open(log):
                    port, n = map(int, line.split())
                    connects[port] = connects.get(port, 0) + n
            sandbox_conns = connects.get(sb.port, 0)
            rows += [
                (f"lro run {run + 1} operation requests (PUT + polls + final GET)", puts + polls + finals, "requests",
                 f"= {floor} min", puts + polls + finals == floor),
                (f"lro run {run + 1}   of which PUT / polls / final GET", f"{puts}/{polls}/{finals}", "", f"1/{floor - 2}/1", None),
                (f"lro run {run + 1} requests before the PUT (name check, facts)", checks, "requests", "", None),
                (f"lro run {run + 1} token requests", tokens, "requests", "", None),
                (f"lro run {run + 1} other requests after the PUT", other_after, "requests", "0", other_after == 0),
                (f"lro run {run + 1} TLS handshakes to the sandbox host (:{sb.port})", sandbox_conns, "conns", "1", sandbox_conns == 1),
                (f"lro run {run + 1} TCP connections, all hosts", sum(connects.values()), "conns", "", None),
                (f"lro run {run + 1}   carrying the PUT, polls and final GET", len(operation_conns), "conns", "1",
                 len(operation_conns) == 1),
                (f"lro run {run + 1}   carrying the token request", len(token_conns), "conns", "", None),
                (f"lro run {run + 1}   carrying the reads before the PUT", len(preflight_conns), "conns", "", None),
                (f"lro run {run + 1} wall time", wall, "s", "", None),
            ]
        cwbench.print_block(f"lro benchmark: `create` at sandbox speed {a.speed} (operation {duration / 1000:.1f} s), "
                            f"{a.runs} runs", rows)
    finally:
        sb.stop()

if __name__ == "__main__":
    main()
