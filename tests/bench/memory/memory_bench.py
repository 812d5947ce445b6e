#!/usr/bin/env python3
"""memory benchmark: peak RSS (VmHWM) of the GUI with 5,000 computes loaded and shown, beside a
bare QMainWindow's, median of 3 runs each (each in a private HOME). See memory_bench.cpp."""
import argparse, os, statistics, subprocess, sys, tempfile

def run(argv, extra_env=None):
    home = tempfile.mkdtemp(prefix="cw-bench-mem-")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home + "/config", XDG_DATA_HOME=home + "/data",
               XDG_CACHE_HOME=home + "/cache", XDG_RUNTIME_DIR=home, CW_TEST_TMPDIR=home,
               QT_QPA_PLATFORM="offscreen", **(extra_env or {}))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    p = subprocess.run(argv, env=env, capture_output=True, timeout=600)
    out = p.stdout.decode(errors="replace")
    fields = dict(l.split("=", 1) for l in out.splitlines() if l.startswith("CW_") and "=" in l)
    if p.returncode != 0 or "CW_VMHWM_KB" not in fields:
        print("memory: run failed:", " ".join(argv), "exit", p.returncode, out[-2000:],
              p.stderr.decode(errors="replace")[-2000:])
        sys.exit(1)
    # The end-of-run breakdown (memory_bench.cpp's CW_SMAPS lines): what|Rss|Pss|Private_Dirty in kB.
    breakdown = [l.split("=", 1)[1].split("|") for l in out.splitlines() if l.startswith("CW_SMAPS=")]
    child = int(fields["CW_CHILD_VMHWM_KB"]) / 1024.0 if fields.get("CW_CHILD_VMHWM_KB", "").isdigit() else None
    return (int(fields["CW_VMHWM_KB"]) / 1024.0, int(fields["CW_VMRSS_KB"]) / 1024.0, int(fields.get("CW_ROWS", "0")),
            child, breakdown)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", required=True)
    ap.add_argument("--bare", required=True)
    ap.add_argument("--sandbox", required=True)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    cases = [("bare QMainWindow", [a.bare], {"CW_BENCH_REPORT_MEMORY": "1"}),
             ("clusterwright as shipped (sandbox in a child process)", [a.bench, "--mode", "app", a.sandbox],
              {"CW_SANDBOX_BIN": a.sandbox}),
             ("clusterwright GUI alone (sandbox elsewhere)", [a.bench, "--mode", "gui"], {"CW_SANDBOX_BIN": a.sandbox})]
    results = {}
    breakdowns = {}
    for name, argv, env in cases:
        runs = [run(argv, env) for _ in range(a.runs)]
        breakdowns[name] = runs[-1][4]
        children = [r[3] for r in runs if r[3] is not None]
        results[name] = (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs), runs[0][2],
                         statistics.median(children) if children else None)
    load = os.getloadavg()[0]
    print(f"\n=== memory benchmark: peak RSS (VmHWM) with 5,000 computes shown, median of {a.runs} runs, "
          f"load avg {load:.2f} ===")
    print(f"{'figure':64} {'value':>8}  {'unit':6} {'goal':9} result")
    bare = results["bare QMainWindow"][0]
    for name, (hwm, rss, rows, child) in results.items():
        gui = name != "bare QMainWindow"
        # Issue 13's goals: <= 80 MB as shipped, <= 50 MB for the GUI alone. Read in MiB, as the
        # issue's own figures are (its table: "56.6 MiB"); the value in SI megabytes is printed
        # beside it, since the two readings differ by 5% (47.7 MiB is 50.0 MB).
        goal = 50 if "GUI alone" in name else 80
        verdict = ("PASS" if hwm <= goal else "MISS") if gui else "-"
        label = f"memory {name}" + (f" ({rows} rows)" if gui else "")
        print(f"{label:64} {hwm:8.1f}  {'MiB':6} {f'<= {goal} MiB' if gui else '':9} {verdict}"
              + (f"   ({hwm * 1.048576:.1f} MB)" if gui else ""))
        if gui:
            print(f"{'memory   ... RSS at the end':64} {rss:8.1f}  {'MiB':6} {'':9} -")
            print(f"{'memory   ... peak over the bare window':64} {hwm - bare:8.1f}  {'MiB':6} {'':9} -")
        if child is not None:
            print(f"{'memory   ... its sandbox child process (peak)':64} {child:8.1f}  {'MiB':6} {'':9} -")

    # Where the memory is at the end of the last run (not the peak): the largest items.
    for name, rows in breakdowns.items():
        if not rows:
            continue
        print(f"\n--- where the resident memory is at the end: {name} (last run; kB) ---")
        print(f"{'what':52} {'Rss':>7} {'Pss':>7} {'dirty':>7}")
        for what, rss, pss, dirty in rows[:24] + [r for r in rows[24:] if r[0].startswith("malloc")]:
            print(f"{what:52} {rss:>7} {pss:>7} {dirty:>7}")

if __name__ == "__main__":
    main()
