#!/usr/bin/env python3
"""Scaling measurements of minigo against compiled Go on a many-core machine.

usage: scaling.py KIT OUTDIR [sections...]   (sections: info parallel conc parked1m stress)

KIT is a folder holding `minigo` (a release binary), `progs/*.go` (../shared/bench/programs
plus `parked1m.go`, parked.go with n = 1000000) and `go/<name>` (each program built with
`go build`), so that the machine measured needs neither Rust nor Go; `bench/make_kit.sh`
makes one. Every command runs as a child: wall clock from a monotonic timer, peak RSS and
CPU time from wait4. Sections:
  parallel  parallel.go at GOMAXPROCS 1, 2, 4, 8, 16 (median of 3), speedups
  conc      pingpong, primesieve, spawn, mutex, select, parked, binarytrees at each
            GOMAXPROCS in $CONC_PROCS (default 2,4,16), minigo and Go interleaved, 3 rounds
  parked1m  1,000,000 parked goroutines, peak RSS of each
  stress    the golden concurrency programs and examples of this repository at GOMAXPROCS
            16 and 8 for $STRESS_SECONDS (default 200), stdout and exit code compared
Results go to OUTDIR/log.txt and OUTDIR/results.json. $MG names another binary in KIT.
"""
import json, os, subprocess, sys, time, statistics, glob, re

HERE = os.path.abspath(sys.argv[1])
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MG = os.path.join(HERE, os.environ.get("MG", "minigo"))
OUT = sys.argv[2]
SECTIONS = sys.argv[3:] or ["info", "parallel", "conc", "parked1m", "stress"]
log = open(os.path.join(OUT, "log.txt"), "a")
results = {}


def say(*a):
    s = " ".join(str(x) for x in a)
    print(s, flush=True)
    log.write(s + "\n")
    log.flush()


def run(cmd, env_extra=None, cwd=None, timeout=120, stdin=None):
    env = dict(os.environ)
    env.update(env_extra or {})
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         stdin=subprocess.DEVNULL if stdin is None else stdin)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        return dict(wall=time.monotonic() - t0, rss_kb=0, code=-999, out=out, err=err)
    return dict(wall=time.monotonic() - t0, code=p.returncode, out=out, err=err)


def run_rss(cmd, env_extra=None, cwd=None, timeout=300):
    """Like run, but measures peak RSS via os.wait4 (stdout discarded to a file)."""
    env = dict(os.environ)
    env.update(env_extra or {})
    t0 = time.monotonic()
    with open(os.path.join(OUT, "last_stdout"), "wb") as so, open(os.path.join(OUT, "last_stderr"), "wb") as se:
        pid = os.fork()
        if pid == 0:
            if cwd:
                os.chdir(cwd)
            os.dup2(so.fileno(), 1)
            os.dup2(se.fileno(), 2)
            dn = os.open("/dev/null", os.O_RDONLY)
            os.dup2(dn, 0)
            try:
                os.execve(cmd[0], cmd, env)
            finally:
                os._exit(127)
        deadline = t0 + timeout
        while True:
            wpid, status, ru = os.wait4(pid, os.WNOHANG)
            if wpid == pid:
                break
            if time.monotonic() > deadline:
                os.kill(pid, 9)
                wpid, status, ru = os.wait4(pid, 0)
                return dict(wall=time.monotonic() - t0, rss_kb=ru.ru_maxrss, code=-999,
                            cpu=ru.ru_utime + ru.ru_stime)
            time.sleep(0.0005)
    wall = time.monotonic() - t0
    code = os.waitstatus_to_exitcode(status)
    return dict(wall=wall, rss_kb=ru.ru_maxrss, code=code, cpu=ru.ru_utime + ru.ru_stime,
                out=open(os.path.join(OUT, "last_stdout"), "rb").read())


def prog(name):
    return os.path.join(HERE, "progs", name + ".go")


def impls(name):
    return {"minigo": [MG, "run", prog(name)], "go": [os.path.join(HERE, "go", name)]}


def bench(name, procs, runs):
    """Interleaved runs of minigo and go at GOMAXPROCS=procs; medians and per-round ratios."""
    cmds = impls(name)
    rec = {k: [] for k in cmds}
    ratios = []
    ref = None
    for r in range(runs + 1):
        row = {}
        for k, c in cmds.items():
            res = run_rss(c, {"GOMAXPROCS": str(procs)})
            if res["code"] != 0:
                say(f"  !! {name} {k} P={procs} exit {res['code']}")
            if r == 0:  # warm-up; minigo's output must equal Go's
                if k == "go":
                    ref = res.get("out")
                elif ref is not None and res.get("out") != ref:
                    say(f"  !! {name} P={procs}: minigo's output differs from Go's")
                continue
            rec[k].append(res)
            row[k] = res["wall"]
        if r > 0:
            ratios.append(row["minigo"] / row["go"])
    summary = {k: dict(wall=statistics.median(x["wall"] for x in v),
                       cpu=statistics.median(x["cpu"] for x in v),
                       rss_mb=statistics.median(x["rss_kb"] for x in v) / 1024) for k, v in rec.items()}
    summary["ratio"] = statistics.median(ratios)
    return summary


if "info" in SECTIONS:
    say("nproc:", os.cpu_count())
    try:
        say(subprocess.run(["lscpu"], capture_output=True, text=True).stdout)
    except Exception as e:
        say("lscpu failed", e)

if "parallel" in SECTIONS:
    say("== parallel.go: wall time by GOMAXPROCS (median of 3) ==")
    par = {}
    for p in [1, 2, 4, 8, 16]:
        s = bench("parallel", p, 3)
        par[p] = s
        say(f"P={p:2}  minigo {s['minigo']['wall']:.3f}s cpu {s['minigo']['cpu']:.2f}s   go {s['go']['wall']:.3f}s   mg/go {s['ratio']:.2f}")
    for p in par:
        say(f"speedup P=1→{p}: minigo {par[1]['minigo']['wall']/par[p]['minigo']['wall']:.2f}x   go {par[1]['go']['wall']/par[p]['go']['wall']:.2f}x")
    results["parallel"] = par

if "conc" in SECTIONS:
    say(f"== {MG}: concurrency benchmarks, GOMAXPROCS {os.environ.get('CONC_PROCS', '2,4,16')} (median of 3, ratio = median per-round mg/go) ==")
    conc = {}
    for name in ["pingpong", "primesieve", "spawn", "mutex", "select", "parked", "binarytrees"]:
        for p in [int(x) for x in os.environ.get("CONC_PROCS", "2,4,16").split(",")]:
            s = bench(name, p, 3)
            conc[f"{name}@{p}"] = s
            say(f"{name:12} P={p:2}  minigo {s['minigo']['wall']:.3f}s ({s['minigo']['rss_mb']:.0f} MiB, cpu {s['minigo']['cpu']:.2f}s)  go {s['go']['wall']:.3f}s ({s['go']['rss_mb']:.0f} MiB, cpu {s['go']['cpu']:.2f}s)  mg/go {s['ratio']:.2f}")
    results["conc"] = conc

if "parked1m" in SECTIONS:
    say("== parked1m (1,000,000 parked goroutines), default GOMAXPROCS ==")
    for k, c in impls("parked1m").items():
        res = run_rss(c)
        say(f"{k:7} wall {res['wall']:.2f}s  peak {res['rss_kb']/1024:.0f} MiB  exit {res['code']}")

if "stress" in SECTIONS:
    budget = float(os.environ.get("STRESS_SECONDS", "200"))
    say(f"== stress: golden concurrency programs + examples, GOMAXPROCS 16 and 8, {budget:.0f} s budget ==")
    cases = []
    for f in sorted(glob.glob(os.path.join(REPO, "tests/go/concurrency/*.go")) + sorted(glob.glob(os.path.join(REPO, "examples/*.go")))):
        first = open(f).readline().strip()
        outf = f[:-3] + ".out"
        m = re.match(r"// run(?: exit=(\d+))?$", first)
        if "examples/" in f:
            code = 0
            m2 = re.search(r"exit=(\d+)", first)
            if os.path.exists(f[:-3] + ".err"):
                code = int(m2.group(1)) if m2 else 2
        elif not m:
            continue
        else:
            code = int(m.group(1) or 0)
        exp = open(outf, "rb").read() if os.path.exists(outf) else b""
        cases.append((f, code, exp))
    say(f"{len(cases)} programs")
    t_end = time.monotonic() + budget
    rounds = 0
    fails = {}
    runs = 0
    while time.monotonic() < t_end:
        for f, code, exp in cases:
            for p in (16, 8):
                r = run([MG, "run", os.path.basename(f)], {"GOMAXPROCS": str(p)}, cwd=os.path.dirname(f), timeout=60)
                runs += 1
                if r["code"] != code or (code == 0 and r["out"] != exp):
                    key = os.path.relpath(f, REPO) + f"@{p}"
                    fails.setdefault(key, 0)
                    fails[key] += 1
                    if fails[key] <= 2:
                        say(f"FAIL {key}: exit {r['code']} (want {code})\n--- stdout tail\n{r['out'][-600:].decode(errors='replace')}\n--- stderr tail\n{r['err'][-1500:].decode(errors='replace')}")
            if time.monotonic() > t_end:
                break
        rounds += 1
    say(f"stress: {runs} runs, {rounds} rounds, failures: {json.dumps(fails)}")
    results["stress"] = dict(runs=runs, fails=fails)

json.dump(results, open(os.path.join(OUT, "results.json"), "w"), indent=1, default=str)
