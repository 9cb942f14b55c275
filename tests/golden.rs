//! Golden test harness: one libtest-mimic trial per `tests/go/<topic>/<name>.go` (and per
//! `examples/**/*.go`, named `examples/...`), named
//! `<topic>/<name>`.
//!
//! # Test files
//!
//! Every test is a valid Go program (`package main`) whose **first line is its recipe**:
//!
//! * `// run [FLAGS] [exit=N] [go1.22]` — run the program with `minigo run [FLAGS] <name>.go`
//!   (cwd = the file's directory, the file given by its base name, so diagnostics and
//!   tracebacks carry short paths) and compare:
//!   - stdout with `<name>.out` **exactly** (a missing `.out` means empty stdout);
//!   - stderr with `<name>.err` (missing = empty) **after normalisation** (below);
//!   - the exit code with `N` (default 0).
//!
//!   FLAGS are tokens starting with `-` (e.g. `-race`); they are passed to `minigo run` and, in
//!   cross-check mode, to `go build`.
//!   `go1.22` marks a program whose meaning under Go >= 1.22 differs from go1.19 (per-iteration
//!   loop variables, `range` over an int, `min`/`max`/`clear`): its expectation is what Go 1.22
//!   prints, and it is exempt from cross-checking and from `tests/regen.sh`.
//!   Expectations always come from real Go (`tests/regen.sh`), never from minigo.
//!
//!   Every `// run` program without `-race` is also a trial `<name>@race`: run with `-race`
//!   added, it must give the same stdout, stderr and exit code (a race-free program gets no
//!   report).
//! * `// errorcheck [minigo-only]` — the program must be rejected: minigo must exit 1, and
//!   for every line `N` carrying a trailing `// ERROR "re1" ["re2" ...]` comment, stderr must
//!   contain, for each regexp, a distinct diagnostic header `<name>.go:N:COL: MSG` (an optional
//!   prefix such as `./` or `error: ` before the file name is allowed) whose MSG matches the
//!   regexp (unanchored search, Go's `test/` convention; regexps are Go-quoted strings, `\\`
//!   and `\"` are unescaped). `// ERROR col=C "re"` additionally pins the column to C.
//!   Lines that start with a tab and follow a diagnostic header are continuation lines (Go:
//!   `\tSquare does not implement Shape (...)`, `\thave (...)`); they are appended to that
//!   diagnostic's MSG with a `\n`, so a regexp may span them (`...declaration:\s+Square ...`).
//!   Where go1.19's wording differs from later Go releases the regexp accepts both
//!   (`x declared but not used|declared and not used: x`); go1.19's alternative is the one
//!   `MINIGO_CROSSCHECK=1` verifies.
//!   A diagnostic header on any line without an ERROR comment fails the test.
//!   `minigo-only` marks messages Go does not print (e.g. "generics are not supported yet");
//!   such files are exempt from cross-checking.
//!
//! # stderr normalisation (applied to both expected and actual stderr)
//!
//! 1. `goroutine 123` → `goroutine N`.
//! 2. Lines starting with `[signal ` (Go's `[signal SIGSEGV: ...]`) are dropped.
//! 3. The traceback section starts at the first line `goroutine N [...]:` or `runtime stack:`
//!    and runs to the end. Inside it only these lines are kept:
//!    - goroutine headers `goroutine N [reason]:` and blank lines;
//!    - frames of package main — a line `main.<func>(<args>)` — with the argument list replaced
//!      by `(...)` (so `main.f(0x3, 0xc000010000)` and minigo's `main.f(...)` compare equal),
//!      and the location line that follows it;
//!    - `created by main.<func>` lines and the location line that follows them.
//!
//!    Every other frame (`runtime.*`, `sync.*`, `panic(...)`, ...) and its location line is
//!    dropped, as are `...additional frames elided...` lines.
//!    A location line `\t<any/path/>file.go:LINE +0x1f` becomes `\tfile.go:LINE` (also with
//!    the ` fp=0x… sp=0x… pc=0x…` that Go appends in a fatal error's traceback).
//! 4. Inside a race report (between `==================` lines): `Goroutine 7` →
//!    `Goroutine N`; only frames of package main (`  main.f()`) and their location lines are
//!    kept, a location `      /any/path/file.go:LINE +0x1f` becoming `      file.go:LINE`
//!    (runtime frames such as `runtime.mapassign_faststr()` carry Go's GOROOT paths), and
//!    minigo's own `Location is …` line (with the blank line before it) is dropped.
//! 5. Everywhere: `+0x[0-9a-f]+` offsets are removed, any other `0x[0-9a-f]+` becomes `0xADDR`
//!    (so `panic: ([]int) 0xc000094018` compares equal to any address).
//! 6. Trailing whitespace on each line and trailing blank lines are removed.
//!
//! # Environment
//!
//! * `MINIGO_BIN=/path/to/cmd` runs that command instead of the built `minigo` binary
//!   (invoked the same way: `$MINIGO_BIN run [FLAGS] <name>.go`). `tests/go_as_minigo.sh`
//!   is such a command backed by the real Go toolchain: `MINIGO_BIN=$PWD/tests/go_as_minigo.sh
//!   cargo test --test golden` checks the expectations (and errorcheck regexps) against Go.
//! * `MINIGO_CROSSCHECK=1` additionally builds every `// run` file (except `go1.22` ones) with
//!   `go build -trimpath` into a temp dir, runs the binary from the file's directory, and fails
//!   unless its stdout/normalised stderr/exit code equal the stored expectation. Every
//!   `// errorcheck` file (except `minigo-only`) is also checked with `go build`: it must fail
//!   and its diagnostics must satisfy the ERROR comments.
//! * `MINIGO_BLESS=1` is reserved for blessing minigo's own renderings (codespan diagnostic
//!   snapshots); this harness does nothing with it. Go-derived expectations are regenerated
//!   with `tests/regen.sh`, never blessed.
//! * `MINIGO_TIMEOUT=secs` overrides the per-program timeout (default 30 s; the process is killed
//!   when it runs out).
//!
//! # Known failures
//!
//! `tests/go/known_failures.txt` lists trial names (one per line, `#` comments) that minigo does
//! not pass yet; they are marked ignored, so `cargo test` stays green. Run them with
//! `cargo test --test golden -- --ignored`; `tests/update_known_failures.sh` rewrites the list
//! with exactly the failing trials.

use libtest_mimic::{Arguments, Failed, Trial};
use regex::Regex;
use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

fn main() {
    let args = Arguments::from_args();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = manifest.join("tests").join("go");
    let known = read_known_failures(&root.join("known_failures.txt"));
    let mut trials = Vec::new();
    // The suite proper, then the teaching examples (named `examples/...`), which follow the
    // same recipe format.
    for (dir, prefix) in [(root.clone(), ""), (manifest.join("examples"), "examples/")] {
        let mut files = Vec::new();
        collect_go_files(&dir, &mut files);
        files.sort();
        for file in files {
            let rel = file.strip_prefix(&dir).unwrap();
            let name = format!(
                "{prefix}{}",
                rel.with_extension("").to_string_lossy().replace('\\', "/")
            );
            let ignored = known.contains(&name);
            // Concurrency programs must give Go's output on one worker and on several.
            let procs: &[Option<u32>] =
                if name.starts_with("concurrency/") || name.starts_with("examples/") {
                    &[Some(1), Some(4)]
                } else {
                    &[None]
                };
            for &p in procs {
                let path = file.clone();
                let trial_name = match p {
                    Some(n) => format!("{name}@GOMAXPROCS={n}"),
                    None => name.clone(),
                };
                trials.push(
                    Trial::test(trial_name, move || run_trial(&path, p, false))
                        .with_ignored_flag(ignored),
                );
            }
            // Every race-free program runs under the race detector too: the same output, and
            // no report (Go's -race finds none in them).
            let recipe = std::fs::read_to_string(&file).unwrap_or_default();
            let first = recipe.lines().next().unwrap_or("");
            if first.starts_with("// run") && !first.contains("-race") {
                let path = file.clone();
                trials.push(
                    Trial::test(format!("{name}@race"), move || run_trial(&path, None, true))
                        .with_ignored_flag(ignored),
                );
            }
        }
    }
    trials.push(Trial::test("harness/normalize_stderr", normalize_selftest));
    libtest_mimic::run(&args, trials).exit();
}

/// Checks that a traceback as minigo prints it (frames without arguments or offsets, short
/// paths) normalises to the same text as Go's.
fn normalize_selftest() -> Result<(), Failed> {
    let go = "panic: boom [recovered]\n\tpanic: again\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x45b7d6]\n\n\
goroutine 17 [running]:\nmain.(*T).M(0xc000012345, 0x3)\n\t/home/u/x/prog.go:7 +0x1d\n\
panic({0x45c500, 0x47b880})\n\truntime/panic.go:884 +0x212\nmain.f(...)\n\t./prog.go:12\n\
sync.(*WaitGroup).Wait(0x0?)\n\tsync/waitgroup.go:139 +0x52\n\
created by main.main\n\t/home/u/x/prog.go:20 +0x77\n";
    let minigo = "panic: boom [recovered]\n\tpanic: again\n\ngoroutine 3 [running]:\n\
main.(*T).M(...)\n\tprog.go:7\nmain.f(...)\n\tprog.go:12\ncreated by main.main\n\tprog.go:20\n\n";
    let want = "panic: boom [recovered]\n\tpanic: again\n\ngoroutine N [running]:\n\
main.(*T).M(...)\n\tprog.go:7\nmain.f(...)\n\tprog.go:12\ncreated by main.main\n\tprog.go:20\n";
    let (a, b) = (normalize_stderr(go), normalize_stderr(minigo));
    if a != want || b != want {
        return Err(format!(
            "normalisation broken:\n--- go ---\n{a}--- minigo ---\n{b}--- want ---\n{want}"
        )
        .into());
    }
    let addr = normalize_stderr("panic: ([]int) 0xc000094018\n");
    if addr != "panic: ([]int) 0xADDR\n" {
        return Err(format!("address normalisation broken: {addr:?}").into());
    }
    Ok(())
}

fn collect_go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_go_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "go") {
            out.push(path);
        }
    }
}

fn read_known_failures(path: &Path) -> HashSet<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Recipes

#[derive(Debug)]
enum Recipe {
    Run {
        flags: Vec<String>,
        exit: i32,
        go122: bool,
    },
    ErrorCheck {
        minigo_only: bool,
    },
}

fn parse_recipe(source: &str) -> Result<Recipe, String> {
    let first = source.lines().next().unwrap_or("");
    let words: Vec<&str> = first.split_whitespace().collect();
    match words.as_slice() {
        ["//", "run", rest @ ..] => {
            let (mut flags, mut exit, mut go122) = (Vec::new(), 0, false);
            for w in rest {
                if let Some(n) = w.strip_prefix("exit=") {
                    exit = n
                        .parse()
                        .map_err(|_| format!("bad exit code in recipe: {first}"))?;
                } else if *w == "go1.22" {
                    go122 = true;
                } else if w.starts_with('-') {
                    flags.push(w.to_string());
                } else {
                    return Err(format!("unknown recipe word {w:?} in {first:?}"));
                }
            }
            Ok(Recipe::Run { flags, exit, go122 })
        }
        ["//", "errorcheck"] => Ok(Recipe::ErrorCheck { minigo_only: false }),
        ["//", "errorcheck", "minigo-only"] => Ok(Recipe::ErrorCheck { minigo_only: true }),
        _ => Err(format!("first line is not a recipe: {first:?}")),
    }
}

/// `race`: run a `// run` program with `-race` added (no cross-check with Go).
fn run_trial(path: &Path, procs: Option<u32>, race: bool) -> Result<(), Failed> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("read {path:?}: {e}"))?;
    let mut recipe = parse_recipe(&source)?;
    if let (true, Recipe::Run { flags, .. }) = (race, &mut recipe) {
        flags.push("-race".into());
    }
    let crosscheck =
        std::env::var_os("MINIGO_CROSSCHECK").is_some_and(|v| v != "0" && !v.is_empty());
    match recipe {
        Recipe::Run { flags, exit, go122 } => {
            let expected = Expected::load(path, exit);
            let mut failures = String::new();
            let actual = run_minigo(path, &flags, procs)?;
            if let Err(e) = compare("minigo", &expected, &actual) {
                failures.push_str(&e);
            }
            if crosscheck && !go122 && !race {
                let go = run_go(path, &flags)?;
                if let Err(e) = compare("go (MINIGO_CROSSCHECK)", &expected, &go) {
                    failures.push_str(&e);
                }
            }
            if failures.is_empty() {
                Ok(())
            } else {
                Err(failures.into())
            }
        }
        Recipe::ErrorCheck { minigo_only } => {
            let wants = parse_error_comments(&source)?;
            let mut failures = String::new();
            let actual = run_minigo(path, &[], procs)?;
            if let Err(e) = check_errors("minigo", path, &wants, &actual, true) {
                failures.push_str(&e);
            }
            if crosscheck && !minigo_only {
                let go = go_build_errors(path)?;
                if let Err(e) =
                    check_errors("go build (MINIGO_CROSSCHECK)", path, &wants, &go, false)
                {
                    failures.push_str(&e);
                }
            }
            if failures.is_empty() {
                Ok(())
            } else {
                Err(failures.into())
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Running programs

struct Output {
    stdout: String,
    stderr: String,
    code: Option<i32>,
    timed_out: bool,
}

fn timeout() -> Duration {
    let secs = std::env::var("MINIGO_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    Duration::from_secs(secs)
}

fn base_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

fn run_minigo(path: &Path, flags: &[String], procs: Option<u32>) -> Result<Output, Failed> {
    let mut cmd = match std::env::var_os("MINIGO_BIN") {
        Some(bin) => Command::new(bin),
        None => Command::new(env!("CARGO_BIN_EXE_minigo")),
    };
    if let Some(n) = procs {
        cmd.env("GOMAXPROCS", n.to_string());
    }
    cmd.arg("run")
        .args(flags)
        .arg(base_name(path))
        .current_dir(path.parent().unwrap());
    run_with_timeout(cmd)
}

fn run_go(path: &Path, flags: &[String]) -> Result<Output, Failed> {
    let dir = TempDir::new()?;
    let exe = dir.0.join("prog");
    let build = Command::new("go")
        .arg("build")
        .arg("-trimpath")
        .args(flags)
        .arg("-o")
        .arg(&exe)
        .arg(base_name(path))
        .current_dir(path.parent().unwrap())
        .output()
        .map_err(|e| format!("cannot run `go build`: {e}"))?;
    if !build.status.success() {
        return Err(format!(
            "go build failed:\n{}",
            String::from_utf8_lossy(&build.stderr)
        )
        .into());
    }
    let mut cmd = Command::new(&exe);
    cmd.current_dir(path.parent().unwrap());
    run_with_timeout(cmd)
}

fn go_build_errors(path: &Path) -> Result<Output, Failed> {
    let dir = TempDir::new()?;
    let out = Command::new("go")
        .arg("build")
        .arg("-o")
        .arg(dir.0.join("prog"))
        .arg(base_name(path))
        .current_dir(path.parent().unwrap())
        .output()
        .map_err(|e| format!("cannot run `go build`: {e}"))?;
    Ok(Output {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code(),
        timed_out: false,
    })
}

fn run_with_timeout(mut cmd: Command) -> Result<Output, Failed> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // Own process group, so that a timeout kills the program and anything it started (a
    // wrapper script's children would otherwise keep the pipes open).
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    let read_pipe = |mut pipe: Box<dyn Read + Send>| {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = pipe.read_to_end(&mut buf);
            let _ = tx.send(buf);
        });
        rx
    };
    let stdout_rx = read_pipe(Box::new(child.stdout.take().unwrap()));
    let stderr_rx = read_pipe(Box::new(child.stderr.take().unwrap()));
    let deadline = Instant::now() + timeout();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                timed_out = true;
                kill_tree(&mut child);
                break child.wait().map_err(|e| format!("wait: {e}"))?;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("wait: {e}").into()),
        }
    };
    // Grandchildren may still hold the pipes: wait a little, then give up on them.
    let grace = Duration::from_secs(if timed_out { 2 } else { 10 });
    let stdout = stdout_rx.recv_timeout(grace).unwrap_or_default();
    let stderr = stderr_rx.recv_timeout(grace).unwrap_or_default();
    Ok(Output {
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        code: status.code(),
        timed_out,
    })
}

/// Kills the child's whole process group (it was started as a group leader), then the child.
fn kill_tree(child: &mut std::process::Child) {
    #[cfg(unix)]
    {
        let _ = Command::new("kill")
            .args(["-s", "KILL", "--"])
            .arg(format!("-{}", child.id()))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    let _ = child.kill();
}

struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<TempDir, Failed> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("minigo-golden-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| format!("mkdir {dir:?}: {e}"))?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

// ---------------------------------------------------------------------------------------------
// `// run` comparison

struct Expected {
    stdout: String,
    stderr: String,
    exit: i32,
}

impl Expected {
    fn load(path: &Path, exit: i32) -> Expected {
        let read =
            |ext: &str| std::fs::read_to_string(path.with_extension(ext)).unwrap_or_default();
        Expected {
            stdout: read("out"),
            stderr: read("err"),
            exit,
        }
    }
}

fn compare(who: &str, expected: &Expected, actual: &Output) -> Result<(), String> {
    let mut msg = String::new();
    if actual.timed_out {
        let _ = writeln!(msg, "[{who}] timed out after {:?} (killed)", timeout());
    }
    if actual.code != Some(expected.exit) {
        let _ = writeln!(
            msg,
            "[{who}] exit code: expected {}, got {:?}",
            expected.exit, actual.code
        );
    }
    if actual.stdout != expected.stdout {
        let _ = writeln!(
            msg,
            "[{who}] stdout differs:\n{}",
            diff(&expected.stdout, &actual.stdout)
        );
    }
    let (want_err, got_err) = (
        normalize_stderr(&expected.stderr),
        normalize_stderr(&actual.stderr),
    );
    if want_err != got_err {
        let _ = writeln!(
            msg,
            "[{who}] stderr differs (after normalisation):\n{}",
            diff(&want_err, &got_err)
        );
    }
    if msg.is_empty() {
        Ok(())
    } else {
        if actual.stderr != got_err && !actual.stderr.is_empty() {
            let _ = writeln!(msg, "[{who}] raw stderr:\n{}", indent(&actual.stderr));
        }
        Err(msg)
    }
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    | {l}\n")).collect()
}

/// A short line-oriented report: the first differing line, then both texts.
fn diff(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let first = (0..e.len().max(a.len()))
        .find(|&i| e.get(i) != a.get(i))
        .unwrap_or(0);
    let mut out = format!(
        "  first difference at line {}:\n    expected: {:?}\n    actual:   {:?}\n",
        first + 1,
        e.get(first).copied().unwrap_or("<end>"),
        a.get(first).copied().unwrap_or("<end>")
    );
    if expected.ends_with('\n') != actual.ends_with('\n') && e == a {
        out.push_str("  (difference in the final newline)\n");
    }
    const MAX: usize = 60;
    let show = |label: &str, lines: &[&str], out: &mut String| {
        let _ = writeln!(out, "  --- {label} ({} lines) ---", lines.len());
        for l in lines.iter().take(MAX) {
            let _ = writeln!(out, "    | {l}");
        }
        if lines.len() > MAX {
            let _ = writeln!(out, "    | ... ({} more)", lines.len() - MAX);
        }
    };
    show("expected", &e, &mut out);
    show("actual", &a, &mut out);
    out
}

// ---------------------------------------------------------------------------------------------
// stderr normalisation (see the module documentation)

struct Res {
    goroutine: Regex,
    header: Regex,
    main_frame: Regex,
    race_location: Regex,
    created_by_main: Regex,
    location: Regex,
    offset: Regex,
    addr: Regex,
}

fn res() -> &'static Res {
    static RES: OnceLock<Res> = OnceLock::new();
    RES.get_or_init(|| Res {
        goroutine: Regex::new(r"([Gg])oroutine \d+").unwrap(),
        race_location: Regex::new(r"^      (?:.*/)?([^/\s]+\.go):(\d+)(?: \+0x[0-9a-f]+)?$").unwrap(),
        header: Regex::new(r"^goroutine N \[.*\]:$").unwrap(),
        main_frame: Regex::new(r"^(main\..*)\([^()]*\)$").unwrap(),
        created_by_main: Regex::new(r"^created by main\.").unwrap(),
        location: Regex::new(
            r"^\t(?:.*/)?([^/\s]+\.go):(\d+)(?: \+0x[0-9a-f]+)?(?: fp=0x[0-9a-f]+ sp=0x[0-9a-f]+ pc=0x[0-9a-f]+)?$",
        )
        .unwrap(),
        offset: Regex::new(r" ?\+0x[0-9a-f]+").unwrap(),
        addr: Regex::new(r"0x[0-9a-f]+").unwrap(),
    })
}

pub fn normalize_stderr(text: &str) -> String {
    let r = res();
    let mut out: Vec<String> = Vec::new();
    let mut in_trace = false;
    let mut in_race = false;
    // When Some(keep), the next line is the location line of a frame: kept iff `keep`.
    let mut location_pending: Option<bool> = None;
    for raw in text.lines() {
        let line = r
            .goroutine
            .replace_all(raw.trim_end(), "${1}oroutine N")
            .into_owned();
        if line.starts_with("[signal ") {
            continue;
        }
        if line == "==================" {
            in_race = !in_race;
            out.push(line);
            continue;
        }
        if in_race {
            if let Some(keep) = location_pending.take() {
                if let Some(c) = r.race_location.captures(&line) {
                    if keep {
                        out.push(format!("      {}:{}", &c[1], &c[2]));
                    }
                    continue;
                }
            }
            if line.starts_with("Location is ") {
                // minigo's own line (Go's reports have none), with the blank line before it.
                if out.last().is_some_and(|l| l.is_empty()) {
                    out.pop();
                }
                continue;
            }
            if let Some(frame) = line.strip_prefix("  ").filter(|f| !f.starts_with(' ')) {
                let keep = frame.starts_with("main.");
                if keep {
                    out.push(line);
                }
                location_pending = Some(keep);
            } else {
                out.push(line);
            }
            continue;
        }
        if !in_trace && (r.header.is_match(&line) || line == "runtime stack:") {
            in_trace = true;
        }
        if !in_trace {
            out.push(line);
            continue;
        }
        if let Some(keep) = location_pending.take() {
            if let Some(c) = r.location.captures(&line) {
                if keep {
                    out.push(format!("\t{}:{}", &c[1], &c[2]));
                }
                continue;
            }
            // Not a location line after all: fall through and treat it as a normal line.
        }
        if line.is_empty() || r.header.is_match(&line) {
            out.push(line);
        } else if let Some(c) = r.main_frame.captures(&line) {
            out.push(format!("{}(...)", &c[1]));
            location_pending = Some(true);
        } else if r.created_by_main.is_match(&line) {
            out.push(line);
            location_pending = Some(true);
        } else if line.starts_with('\t') {
            // A stray location line (of a dropped frame): drop.
        } else {
            // runtime.*, sync.*, panic(...), "runtime stack:", "...additional frames elided...",
            // "created by runtime..." and anything else in the traceback section.
            location_pending = Some(false);
        }
    }
    let mut result: Vec<String> = out
        .into_iter()
        .map(|l| {
            let l = r.offset.replace_all(&l, "");
            r.addr.replace_all(&l, "0xADDR").into_owned()
        })
        .collect();
    // Drop the "runtime stack:" marker line itself (it carries only runtime frames).
    result.retain(|l| l != "runtime stack:");
    while result.last().is_some_and(|l| l.is_empty()) {
        result.pop();
    }
    let mut s = result.join("\n");
    if !s.is_empty() {
        s.push('\n');
    }
    s
}

// ---------------------------------------------------------------------------------------------
// `// errorcheck`

#[derive(Debug)]
struct Want {
    line: usize,
    col: Option<usize>,
    re: Regex,
}

/// Go's regexp reads a `{` that does not start a repetition (`{n}`, `{n,}`, `{n,m}`) as a
/// literal; Rust's `regex` rejects it, so such braces are escaped first.
fn go_literal_braces(pattern: &str) -> String {
    static REP: OnceLock<Regex> = OnceLock::new();
    let rep = REP.get_or_init(|| Regex::new(r"^\{\d+(?:,\d*)?\}").unwrap());
    let mut out = String::new();
    let mut escaped = false;
    for (i, ch) in pattern.char_indices() {
        if ch == '{' && !escaped && !rep.is_match(&pattern[i..]) {
            out.push_str("\\{");
        } else {
            out.push(ch);
        }
        escaped = ch == '\\' && !escaped;
    }
    out
}

fn parse_error_comments(source: &str) -> Result<Vec<Want>, String> {
    static ERR_COMMENT: OnceLock<Regex> = OnceLock::new();
    static QUOTED: OnceLock<Regex> = OnceLock::new();
    let err_comment = ERR_COMMENT.get_or_init(|| Regex::new(r"//\s*ERROR\s+(.*)$").unwrap());
    let quoted =
        QUOTED.get_or_init(|| Regex::new(r#"^\s*(?:col=(\d+)\s+)?"((?:[^"\\]|\\.)*)""#).unwrap());
    let mut wants = Vec::new();
    for (i, line) in source.lines().enumerate().skip(1) {
        let Some(c) = err_comment.captures(line) else {
            continue;
        };
        let mut rest = c.get(1).unwrap().as_str();
        let mut found = false;
        while let Some(q) = quoted.captures(rest) {
            let col = q.get(1).map(|m| m.as_str().parse().unwrap());
            let pattern = unquote(&q[2]);
            let re = Regex::new(&go_literal_braces(&pattern))
                .map_err(|e| format!("line {}: bad regexp {pattern:?}: {e}", i + 1))?;
            wants.push(Want {
                line: i + 1,
                col,
                re,
            });
            rest = &rest[q.get(0).unwrap().end()..];
            found = true;
        }
        if !found {
            return Err(format!(
                "line {}: ERROR comment without a quoted regexp",
                i + 1
            ));
        }
    }
    if wants.is_empty() {
        return Err("errorcheck file has no // ERROR comments".into());
    }
    Ok(wants)
}

/// Undo Go string-literal quoting of `\"` and `\\` (other escapes are regexp escapes).
fn unquote(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                Some(other) => {
                    out.push('\\');
                    out.push(other);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// `exact_exit`: minigo must exit exactly 1; `go build` (cross-check) only has to fail.
fn check_errors(
    who: &str,
    path: &Path,
    wants: &[Want],
    actual: &Output,
    exact_exit: bool,
) -> Result<(), String> {
    let base = base_name(path);
    let header = Regex::new(&format!(
        r"(?:^|[\s/]){}:(\d+):(\d+): (.*)$",
        regex::escape(&base)
    ))
    .unwrap();
    let mut diags: Vec<(usize, usize, String, bool)> = Vec::new(); // line, col, msg, used
    let mut last_was_header = false;
    for l in actual.stderr.lines() {
        let l = l.trim_end();
        if l.starts_with('\t') {
            // A continuation line (Go: "\tSquare does not implement ...", "\thave (...)",
            // "\t./f.go:4:6: other declaration of f") belongs to the diagnostic above it.
            if last_was_header {
                let d = diags.last_mut().unwrap();
                d.2.push('\n');
                d.2.push_str(l);
            }
            continue;
        }
        last_was_header = false;
        if let Some(c) = header.captures(l) {
            diags.push((
                c[1].parse().unwrap(),
                c[2].parse().unwrap(),
                c[3].to_string(),
                false,
            ));
            last_was_header = true;
        }
    }
    let mut msg = String::new();
    if actual.timed_out {
        let _ = writeln!(msg, "[{who}] timed out");
    }
    if exact_exit && actual.code != Some(1) {
        let _ = writeln!(msg, "[{who}] exit code: expected 1, got {:?}", actual.code);
    } else if !exact_exit && matches!(actual.code, Some(0) | None) {
        let _ = writeln!(
            msg,
            "[{who}] expected a compile failure, got exit code {:?}",
            actual.code
        );
    }
    for want in wants {
        let hit = diags.iter_mut().find(|(line, col, m, used)| {
            !*used
                && *line == want.line
                && want.col.is_none_or(|c| c == *col)
                && want.re.is_match(m)
        });
        match hit {
            Some(d) => d.3 = true,
            None => {
                let col = want.col.map(|c| format!(" col {c}")).unwrap_or_default();
                let _ = writeln!(
                    msg,
                    "[{who}] line {}{col}: no diagnostic matching {:?}",
                    want.line,
                    want.re.as_str()
                );
            }
        }
    }
    let error_lines: HashSet<usize> = wants.iter().map(|w| w.line).collect();
    for (line, col, m, _) in &diags {
        if !error_lines.contains(line) {
            let _ = writeln!(
                msg,
                "[{who}] unexpected diagnostic {base}:{line}:{col}: {m}"
            );
        }
    }
    if msg.is_empty() {
        Ok(())
    } else {
        let _ = writeln!(msg, "[{who}] stderr:\n{}", indent(&actual.stderr));
        Err(msg)
    }
}
