#!/usr/bin/env python3
"""The built app's main window is painted on X11 (xcb, under Xvfb), at a first start and at the
start after it (the remembered sandbox starts before the window, its workspaces are listed
first). Every other GUI test runs offscreen, where a window is painted whenever it is shown; on
X11 the first paint waits for the server's expose event. Session 18 tried holding the window's
updates until the first rows were in: on X11 that left the window mapped but black at every
start after the first (its expose came while updates were off, and nothing painted it after),
and every offscreen test passed. Run by CTest under xvfb-run; x11_screen_grab (Qt, xcb) measures
the screen's painted share once the app's log says the clusters table shows its computes."""
import argparse, os, re, shutil, subprocess, sys, tempfile, time
# The app's stderr read as it comes, and its clusters line: as the time-to-clusters benchmark reads them.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench", "gui-start"))
from time_to_clusters_bench import SHOWN, stderr_lines

LISTENING = re.compile(r"sandbox process (\d+) listening on")

def wait_for_rows(p, timeout=90):
    """Reads p's stderr until the clusters line; returns the sandbox's pid."""
    sandbox, seen = 0, []
    for text in stderr_lines(p, time.monotonic(), timeout):
        seen.append(text)
        if m := LISTENING.search(text):
            sandbox = int(m.group(1))
        if SHOWN.search(text):
            return sandbox
    raise AssertionError("the app never showed its clusters; its last lines:\n" + "\n".join(seen[-20:]))

def gone(pid, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not os.path.exists(f"/proc/{pid}"):
            return True
        with open(f"/proc/{pid}/stat") as f:
            if f.read().split(")")[-1].split()[0] == "Z":
                return True
        time.sleep(0.05)
    return False

def painted_share(grab, env):
    out = subprocess.run([grab], env=env, capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        raise AssertionError("x11_screen_grab failed: " + out.stderr)
    return float(out.stdout.strip().split("=")[1])

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gui", required=True)
    ap.add_argument("--grab", required=True)
    a = ap.parse_args()
    if not os.environ.get("DISPLAY"):
        print("no DISPLAY: run under xvfb-run", file=sys.stderr)
        return 1
    home = tempfile.mkdtemp(prefix="cw-x11-")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", HOME=home, XDG_CONFIG_HOME=home + "/config",
               XDG_DATA_HOME=home + "/data", XDG_CACHE_HOME=home + "/cache", XDG_RUNTIME_DIR=home)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no keychain: the app keeps secrets in memory
    failures = []
    try:
        for start in ("first start", "second start (remembered sandbox and workspaces)"):
            p = subprocess.Popen([a.gui], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            try:
                sandbox = wait_for_rows(p)
                time.sleep(0.5)  # a painted window is painted well before this
                share = painted_share(a.grab, env)
                print(f"{start}: painted share of the screen {share:.3f}")
                if share < 0.3:
                    failures.append(f"{start}: the main window was not painted ({share:.3f} of the screen)")
            finally:
                p.terminate()
                p.wait(30)
            if sandbox and not gone(sandbox):
                failures.append(f"{start}: the sandbox process {sandbox} outlived the app")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    for f in failures:
        print("FAIL:", f, file=sys.stderr)
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main())
