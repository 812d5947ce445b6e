#!/usr/bin/env python3
"""list benchmark: `clusterwright-cli list --output json` on a sandbox workspace with 5,000
computes vs the official Azure SDK for Python (client.compute.list), same sandbox, same run.
Prints wall time, CPU time and peak RSS (median of N runs each) and the ratios."""
import argparse, json, os, statistics, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cwbench

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sandbox", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--count", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rss-probe", default=None, help="peak_rss_probe.so: the peak RSS of each program itself")
    a = ap.parse_args()
    sb = cwbench.Sandbox(a.sandbox)
    try:
        sub = sb.ready["subscriptionId"]
        sb.control("POST", "/_sandbox/computes/bulk",
                   {"subscription": sub, "resourceGroup": "rg-ml", "workspace": "ws-demo", "count": a.count})
        env = cwbench.private_env(sb)
        if cwbench.measure([a.cli, "login", "sandbox", "--endpoint-file", sb.ready_file], env)[0] != 0:
            sys.exit(1)
        # Both must see the same computes.
        out = subprocess.run([a.cli, "list", "--output", "json"], env=env, capture_output=True, check=True).stdout
        n_cli = len(json.loads(out))
        out = subprocess.run(["/usr/bin/python3", os.path.join(os.path.dirname(__file__), "sdk_list.py"),
                              sb.ready_file, "rg-ml", "ws-demo"], env=env, capture_output=True, check=True).stdout
        n_sdk = len(json.loads(out))
        sdk_cmd = ["/usr/bin/python3", os.path.join(os.path.dirname(__file__), "sdk_list.py"), sb.ready_file, "rg-ml", "ws-demo"]
        cli_cmd = [a.cli, "list", "--output", "json"]
        cli, sdk = [], []
        for _ in range(a.runs):  # interleaved so both see the same machine load
            cli.append(cwbench.measure(cli_cmd, env, rss_probe=a.rss_probe))
            sdk.append(cwbench.measure(sdk_cmd, env, rss_probe=a.rss_probe))
        if any(r[0] != 0 for r in cli + sdk):
            sys.exit(1)
        med = lambda rows, i: statistics.median(r[i] for r in rows)
        rows = [("list computes seen by clusterwright-cli / Python SDK", f"{n_cli}/{n_sdk}", "", f"{a.count}+ each",
                 n_cli == n_sdk and n_cli >= a.count)]
        names = {1: ("wall time", "s"), 2: ("CPU time (user+sys)", "s"), 3: ("peak RSS", "MiB")}
        for i, (label, unit) in names.items():
            c, s = med(cli, i), med(sdk, i)
            rows.append((f"list clusterwright-cli {label}", c, unit, "", None))
            rows.append((f"list Python SDK {label}", s, unit, "", None))
            rows.append((f"list {label} ratio SDK / CLI", s / c, "x", ">= 10x" if i == 1 else "", (s / c >= 10) if i == 1 else None))
        ratio = med(sdk, 1) / med(cli, 1)
        cwbench.print_block(f"list benchmark: `list --output json` vs the Azure SDK for Python compute.list(), "
                            f"{a.count} bulk computes, median of {a.runs} interleaved runs", rows)
        if n_cli != n_sdk or n_cli < a.count:
            sys.exit(1)
        if os.environ.get("CW_BENCH_STRICT") == "1" and ratio < 10:
            sys.exit(1)
    finally:
        sb.stop()

if __name__ == "__main__":
    main()
