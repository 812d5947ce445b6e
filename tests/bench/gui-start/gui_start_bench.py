#!/usr/bin/env python3
"""gui-start benchmark: process start to the first painted main window (offscreen), median of
20 runs, clusterwright beside a bare QMainWindow program built in the same run.

The time is taken from outside: an LD_PRELOAD probe (first_paint_probe.cpp) reports when the
first paint event of a top-level window has been handled and ends the process."""
import argparse, os, statistics, subprocess, sys, tempfile, time
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "list"))
import cwbench

def measure(exe, probe, runs):
    figures = []
    for _ in range(runs):
        home = tempfile.mkdtemp(prefix="cw-gui-start-")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LD_PRELOAD=probe, HOME=home,
                   XDG_CONFIG_HOME=home + "/config", XDG_DATA_HOME=home + "/data",
                   XDG_CACHE_HOME=home + "/cache", XDG_RUNTIME_DIR=home)
        env["CW_BENCH_T0_NS"] = str(time.monotonic_ns())
        p = subprocess.run([exe], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)
        line = [l for l in p.stderr.decode(errors="replace").splitlines() if l.startswith("CW_FIRST_PAINT_MS=")]
        if not line:
            print("no first paint reported by", exe, "exit", p.returncode, p.stderr.decode(errors="replace")[-2000:])
            sys.exit(1)
        figures.append(float(line[0].split("=", 1)[1]))
    return figures

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gui", required=True)
    ap.add_argument("--bare", required=True)
    ap.add_argument("--probe", required=True)
    ap.add_argument("--runs", type=int, default=20)
    a = ap.parse_args()
    measure(a.bare, a.probe, 2)  # warm the page cache for both
    measure(a.gui, a.probe, 2)
    bare = measure(a.bare, a.probe, a.runs)
    gui = measure(a.gui, a.probe, a.runs)
    mb, mg = statistics.median(bare), statistics.median(gui)
    cwbench.print_block(f"gui-start benchmark: process start to first painted main window (offscreen), "
                        f"median of {a.runs} runs each", [
        ("gui-start bare QMainWindow median", mb, "ms", "", None),
        ("gui-start bare QMainWindow min / max", f"{min(bare):.1f}/{max(bare):.1f}", "ms", "", None),
        ("gui-start clusterwright median", mg, "ms", "", None),
        ("gui-start clusterwright min / max", f"{min(gui):.1f}/{max(gui):.1f}", "ms", "", None),
        ("gui-start ratio clusterwright / bare", mg / mb, "x", "<= 4x", mg <= 4 * mb),
    ])
    if os.environ.get("CW_BENCH_STRICT") == "1" and mg > 4 * mb:
        sys.exit(1)

if __name__ == "__main__":
    main()
