#!/usr/bin/env python3
"""Diagnostics for the time-to-clusters benchmark (not a benchmark, measures nothing it reports as a
figure): one start of the app per case, printed as a timeline in ms since the process started.

The marks come from outside or from the app's own logging, nothing is added for them:
  first paint            the gui-start probe (first_paint_probe.cpp, CW_BENCH_PROBE_KEEP_RUNNING=1)
  table painted          the same probe (CW_BENCH_PROBE_PAINTS_OF=clustersTable): the run ends at the
                         first paint after the line naming the computes, as the benchmark's does
  every log line         QT_MESSAGE_PATTERN's %{time boot} (CLOCK_MONOTONIC, as time.monotonic())
                         with the debug level of cw.arm (each request sent / answered), cw.auth
                         (token asked / obtained), cw.session.sandbox (embedded sandbox ready) and
                         cw.app.workbench (the clusters table shows N computes)
  sandbox side           elsewhere only: the sandbox's request log (connection, latency)

  time_to_clusters_timeline.py --gui build/app/gui/clusterwright --sandbox .../clusterwright-sandbox
                               --probe .../libcw_bench_first_paint_probe.so [--case elsewhere|embedded]
"""
import argparse, os, re, shutil, subprocess, sys, tempfile, time
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "list"))
import cwbench
import time_to_clusters_bench

SHOWN = re.compile(r"the clusters table shows (\d+) computes")
last_t0 = 0.0  # CLOCK_MONOTONIC of the last run's start (for aligning a profile)
BOOT = re.compile(r"^\s*(\d+)\.(\d+) (.*)$")

def run(gui, home, probe, extra=(), at_least=1, timeout=60):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home + "/config",
               XDG_DATA_HOME=home + "/data", XDG_CACHE_HOME=home + "/cache", XDG_RUNTIME_DIR=home,
               QT_MESSAGE_PATTERN="%{time boot} %{category}: %{message}",
               QT_LOGGING_RULES="cw.arm.debug=true\ncw.auth.debug=true\ncw.session*.debug=true\ncw.app*.debug=true\ncw.trace.debug=true",
               LD_PRELOAD=probe, CW_BENCH_PROBE_KEEP_RUNNING="1", CW_BENCH_PROBE_PAINTS_OF="clustersTable")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    global last_t0
    t0 = last_t0 = time.monotonic()
    env["CW_BENCH_T0_NS"] = str(time.monotonic_ns())
    p = subprocess.Popen([gui, *extra], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    marks = []
    shown_seen = False  # the line naming the computes came; the table's next paint ends the run
    try:
        for text in time_to_clusters_bench.stderr_lines(p, t0, timeout):
            if text.startswith("CW_FIRST_PAINT_MS="):
                at, _, cpu = text.split("=", 1)[1].partition(" cpu ")
                marks.append((float(at), "** first paint (probe), GUI thread cpu " + cpu))
                continue
            if text.startswith("CW_PAINT_OF_MS="):
                marks.append((float(text.split("=", 1)[1]), "** clusters table painted (probe)"))
                if shown_seen:
                    return marks
                continue
            m = BOOT.match(text)
            if not m:
                if text.strip():
                    marks.append((None, text))
                continue
            at = int(m.group(1)) + int(m.group(2)) / 10 ** len(m.group(2))
            marks.append(((at - t0) * 1000, m.group(3)))
            s = SHOWN.search(text)
            if s and int(s.group(1)) >= at_least:
                shown_seen = True
        raise RuntimeError("no clusters shown:\n" + "\n".join(str(m) for m in marks[-20:]))
    finally:
        p.terminate()
        p.wait(30)

def show(title, marks):
    print("==", title)
    last = 0.0
    for at, what in marks:
        if at is None:
            print("         ", what)
            continue
        print(f"{at:8.1f} ms (+{at - last:5.1f})  {what}")
        last = at

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gui", required=True)
    ap.add_argument("--sandbox", required=True)
    ap.add_argument("--probe", required=True)
    ap.add_argument("--case", choices=("elsewhere", "embedded", "both"), default="both")
    ap.add_argument("--runs", type=int, default=2, help="starts per case; the last is printed")
    a = ap.parse_args()
    print("load:", open("/proc/loadavg").read().strip())
    if a.case in ("elsewhere", "both"):
        sb = cwbench.Sandbox(a.sandbox)
        try:
            for i in range(a.runs):
                home = tempfile.mkdtemp(prefix="cw-ttc-tl-")
                try:
                    sb.control("DELETE", "/_sandbox/requests")
                    marks = run(a.gui, home, a.probe, ("--sandbox-endpoint", sb.ready_file))
                finally:
                    shutil.rmtree(home, ignore_errors=True)
            show("elsewhere, seeded (fresh HOME)", marks)
            print("   sandbox's request log (connection, latency):")
            for r in sb.control("GET", "/_sandbox/requests"):
                if not r["path"].startswith("/_sandbox"):
                    print(f"     conn {r['connection']:3}  {r['latencyMs']:6.1f} ms  {r['status']} {r['method']} {r['path']}")
        finally:
            sb.stop()
    if a.case in ("embedded", "both"):
        home = tempfile.mkdtemp(prefix="cw-ttc-tl-")
        try:
            run(a.gui, home, a.probe)  # first start: the sandbox's state and keys
            for i in range(a.runs):
                marks = run(a.gui, home, a.probe)
            show("embedded, seeded (remembered HOME)", marks)
        finally:
            shutil.rmtree(home, ignore_errors=True)

if __name__ == "__main__":
    main()
