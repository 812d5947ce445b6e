"""Shared helpers of the CLI benchmarks: a sandbox process, its control API, a private HOME
for the CLI, and measured child processes (wall time, CPU time, peak RSS via wait4)."""
import json, os, ssl, subprocess, sys, tempfile, time, urllib.parse, urllib.request

class Sandbox:
    def __init__(self, binary, speed=0.01, extra=()):
        self.work = tempfile.mkdtemp(prefix="cw-bench-")
        self.ready_file = os.path.join(self.work, "ready.json")
        out = open(self.ready_file, "w")
        self.proc = subprocess.Popen([binary, "--fresh", "--port", "0", "--state-dir", self.work + "/state",
                                      "--speed", str(speed), *extra],
                                     stdout=out, stderr=open(os.path.join(self.work, "sandbox.log"), "w"))
        deadline = time.time() + 60
        while time.time() < deadline:
            with open(self.ready_file) as f:
                line = f.readline()
            if line.endswith("\n"):
                self.ready = json.loads(line)
                break
            time.sleep(0.05)
        else:
            raise RuntimeError("sandbox did not start")
        self.base = self.ready["baseUrl"]
        self.port = self.ready["port"]
        self.ctx = ssl.create_default_context(cafile=self.ready["caFile"])

    def control(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json",
                                              "Authorization": "Bearer " + self.ready["controlToken"]})
        with urllib.request.urlopen(req, context=self.ctx, timeout=120) as r:
            text = r.read()
        return json.loads(text) if text else None

    def token(self):
        data = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": self.ready["clientId"],
                                       "client_secret": self.ready["clientSecret"],
                                       "scope": self.base + "/.default"}).encode()
        req = urllib.request.Request(f"{self.base}/{self.ready['tenantId']}/oauth2/v2.0/token", data=data)
        with urllib.request.urlopen(req, context=self.ctx) as r:
            return json.loads(r.read())["access_token"]

    def arm_get(self, url):
        req = urllib.request.Request(url if url.startswith("http") else self.base + url,
                                     headers={"Authorization": "Bearer " + self.token()})
        with urllib.request.urlopen(req, context=self.ctx) as r:
            return json.loads(r.read()), dict(r.headers)

    def stop(self):
        self.proc.terminate()
        self.proc.wait(30)

def private_env(sandbox=None, **extra):
    home = tempfile.mkdtemp(prefix="cw-bench-home-")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home + "/config", XDG_DATA_HOME=home + "/data",
               XDG_CACHE_HOME=home + "/cache", QT_QPA_PLATFORM="offscreen")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    if sandbox:
        env["REQUESTS_CA_BUNDLE"] = sandbox.ready["caFile"]
    env.update(extra)
    return env

def measure(argv, env, stdout=subprocess.DEVNULL, rss_probe=None):
    """Runs argv; returns (exit code, wall s, cpu s, peak RSS MiB). stderr goes to a file: a pipe
    read only after the child ended would block a child that writes more than the pipe holds.
    Peak RSS comes from `rss_probe` (peak_rss_probe.cpp, preloaded) when given: wait4()'s
    ru_maxrss includes this script's own peak, which Linux carries across the child's exec."""
    env = dict(env)
    rss_log = None
    if rss_probe:
        fd, rss_log = tempfile.mkstemp(prefix="cw-bench-rss-")
        os.close(fd)
        env["LD_PRELOAD"] = " ".join(p for p in (env.get("LD_PRELOAD"), rss_probe) if p)
        env["CW_BENCH_RSS_LOG"] = rss_log
    with tempfile.TemporaryFile() as errfile:
        t0 = time.perf_counter()
        p = subprocess.Popen(argv, env=env, stdout=stdout, stderr=errfile)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        errfile.seek(0)
        err = errfile.read().decode(errors="replace")
    if p.returncode != 0:
        print("command failed:", " ".join(argv), "exit", p.returncode, err[-3000:])
    peak = usage.ru_maxrss / 1024.0
    if rss_log:
        with open(rss_log) as f:
            values = [int(line) for line in f if line.strip()]
        os.remove(rss_log)
        peak = max(values) / 1024.0 if values else float("nan")
    return p.returncode, wall, usage.ru_utime + usage.ru_stime, peak

def verdict(ok):
    return "-" if ok is None else ("PASS" if ok else "MISS")

def print_block(title, rows):
    """One clear block per benchmark: rows of (figure, value, unit, goal, ok: True/False/None)."""
    print(f"\n=== {title}, load avg {os.getloadavg()[0]:.2f} ===")
    print(f"{'figure':58} {'value':>10}  {'unit':8} {'goal':10} result")
    for name, value, unit, goal, ok in rows:
        text = f"{value:10.3f}" if isinstance(value, float) else f"{value:>10}"
        print(f"{name:58} {text}  {unit:8} {goal:10} {verdict(ok)}")
    sys.stdout.flush()
