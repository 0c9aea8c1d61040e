"""scripts/bench-server: stubs, serve and load in three processes; CPU per request of each (see the script's header)."""
import argparse, json, os, re, signal, subprocess, sys, tempfile, threading, time

TICK = os.sysconf("SC_CLK_TCK")


def seconds(text):
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(ms|s|m)?", text)
    if not m:
        raise argparse.ArgumentTypeError(f"not a duration: {text!r} (try 10s)")
    return float(m.group(1)) * {"ms": 0.001, "s": 1, "m": 60, None: 1}[m.group(2)]


def cpu_seconds(pid):
    """utime + stime of a process (all its threads), seconds; None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK
    except (OSError, IndexError, ValueError):
        return None


def machine_busy():
    """(busy, total) jiffies of the whole machine from /proc/stat."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    idle = v[3] + (v[4] if len(v) > 4 else 0)
    return sum(v[:8]) - idle, sum(v[:8])


class Child:
    """A process this rig started, its output drained to a file, stopped at the end."""

    def __init__(self, name, cmd, out_dir, env=None):
        self.name = name
        self.log = os.path.join(out_dir, name + ".out")
        self.file = open(self.log, "w")
        self.proc = subprocess.Popen(cmd, stdout=self.file, stderr=subprocess.STDOUT, env=env, start_new_session=True)

    def wait_for(self, pattern, timeout):
        deadline = time.time() + timeout
        while time.time() < deadline:
            with open(self.log) as f:
                m = re.search(pattern, f.read())
            if m:
                return m
            if self.proc.poll() is not None:
                break
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not print /{pattern}/ within {timeout:.0f} s (exit {self.proc.poll()}); "
                           f"last lines:\n" + "".join(open(self.log).readlines()[-8:]))

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.file.close()


def sampler(pids, samples, stop):
    """Every 100 ms: (time, cpu of each pid, machine busy, machine total)."""
    while not stop.is_set():
        samples.append((time.time(), [cpu_seconds(p) for p in pids], *machine_busy()))
        stop.wait(0.1)


def at(samples, t):
    """The sample nearest before time t (the first one if none)."""
    best = samples[0]
    for s in samples:
        if s[0] <= t:
            best = s
    return best


def main():
    root = sys.argv[1]
    p = argparse.ArgumentParser(prog="bench-server")
    p.add_argument("--duration", type=seconds, default=20.0)
    p.add_argument("--warmup", type=seconds, default=5.0)
    p.add_argument("--clients", type=int, default=1000)
    p.add_argument("--delay-ms", type=int, default=1000)
    p.add_argument("--stubs", choices=["cheap", "wiremock"], default="cheap")
    p.add_argument("--jit", choices=["c1", "full"], default=os.environ.get("LOOM_SHOWCASE_JIT", "c1"))
    p.add_argument("--client", choices=["helidon", "jdk"], default="helidon")
    p.add_argument("--jfr", metavar="FILE", help="record serve with JFR (profile) into FILE")
    p.add_argument("serve_options", nargs="*", help="after --: more options for serve")
    a = p.parse_args(sys.argv[2:])
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java")
    showcase = os.path.join(root, "scripts", "showcase")
    out = tempfile.mkdtemp(prefix="bench-server-")
    env = dict(os.environ, LOOM_SHOWCASE_JIT=a.jit)
    children = []
    try:
        if a.stubs == "cheap":
            stubs = Child("stubs", [java, "-XX:TieredStopAtLevel=1", "-Xss256k", os.path.join(root, "scripts/lib/CheapStubs.java"),
                                    "--port", "0", "--delay-ms", str(a.delay_ms), "--dir", os.path.join(root, "stub-services/__files")], out, env)
        else:
            stubs = Child("stubs", [showcase, "stubs", "--port", "0", "--delay-scale", str(a.delay_ms / 1000)], out, env)
        children.append(stubs)
        stubs_url = stubs.wait_for(r"listening on (http://\S+)", 120).group(1)
        serve_env = dict(env)
        if a.jfr:
            serve_env["JDK_JAVA_OPTIONS"] = f"-XX:StartFlightRecording=filename={os.path.abspath(a.jfr)},settings=profile"
        serve = Child("serve", [showcase, "serve", "--port", "0", "--stubs", stubs_url, "--client", a.client, *a.serve_options], out, serve_env)
        children.append(serve)
        serve.wait_for(r"downstream: ", 240)
        url = re.search(r"listening on (http://\S+)", open(serve.log).read()).group(1)
        load_json = os.path.join(out, "load.json")
        load = Child("load", [showcase, "load", url + "/aggregate/1", "-c", str(a.clients), "--duration", f"{a.duration:g}s",
                              "--warmup", f"{a.warmup:g}s", "--timeout", "30s", "--json", load_json], out, env)
        children.append(load)
        samples, stop = [], threading.Event()
        pids = [serve.proc.pid, stubs.proc.pid, load.proc.pid]
        t = threading.Thread(target=sampler, args=(pids, samples, stop), daemon=True)
        t.start()
        try:
            load.proc.wait(timeout=a.warmup + a.duration + 120)
        except subprocess.TimeoutExpired:
            raise RuntimeError("the load generator overran its time; stopped")
        end = time.time()
        stop.set()
        t.join()
        if load.proc.returncode != 0 or not os.path.exists(load_json):
            raise RuntimeError(f"load exited {load.proc.returncode}:\n" + "".join(open(load.log).readlines()[-8:]))
        report(a, json.load(open(load_json)), samples, end, serve, stubs_url)
    except RuntimeError as e:
        print(f"bench-server: {e}", file=sys.stderr)
        return 1
    finally:
        for c in reversed(children):
            c.stop()
    return 0


def report(a, result, samples, end, serve, stubs_url):
    window = result["windowMs"] / 1000
    # The measured window ends when the load stops measuring: its summary and JSON take well under 0.5 s.
    t1 = at(samples, end - 0.3)
    t0 = at(samples, t1[0] - window)
    span = t1[0] - t0[0]
    ok = result["ok"]
    rate = ok / window
    cores = os.cpu_count()
    busy = (t1[2] - t0[2]) / TICK
    total_cores = (t1[3] - t0[3]) / TICK / cores
    ours = 0.0
    lines = []
    for name, i in (("server", 0), ("stubs", 1), ("load", 2)):
        cpu = (t1[1][i] or 0) - (t0[1][i] or 0)
        ours += cpu
        lines.append(f"  {name:<7}{1000 * cpu / ok if ok else float('nan'):6.3f} ms CPU per request  ({cpu / span:.2f} cores busy)")
    errors = sum(result["errors"].values())
    lat = result["latencyMs"]
    jit = "C1 only" if a.jit == "c1" else "C1 and C2"
    print(f"bench-server: {a.clients} clients, {a.delay_ms} ms delays, {window:.1f} s measured after a {a.warmup:g} s warm-up; "
          f"serve: {jit}, {a.client} client; {a.stubs} stubs ({stubs_url})")
    print(f"requests: {ok} in {window:.1f} s = {rate:.0f}/s (Little's bound {a.clients * 1000 / a.delay_ms:.0f}/s), "
          f"errors {errors}, latency p50 {lat.get('p50', 0):.0f} ms, p99 {lat.get('p99', 0):.0f} ms")
    print(f"CPU per request over the measured window, per process (/proc/<pid>/stat):")
    print("\n".join(lines))
    others = max(0.0, busy - ours) / span
    print(f"machine: {busy / span:.2f} of {cores} cores busy, {others:.2f} by other programs"
          + (" (a busy machine: compare runs side by side)" if others > 0.2 else ""))
    if a.jfr:
        print(f"serve's JFR recording: {a.jfr} (written when serve stops)")


if __name__ == "__main__":
    sys.exit(main())
