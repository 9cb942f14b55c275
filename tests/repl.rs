//! REPL transcript tests: one libtest-mimic trial per `tests/repl/<name>.in`, a session typed
//! line by line into `minigo repl` through its non-terminal mode (standard input a file).
//!
//! Expectations, compared exactly:
//! - stdout with `<name>.out`. Where a transcript has an equivalent Go program
//!   `<name>.go` (the same snippets in a `main`, each printed value as a `fmt.Println`),
//!   `.out` is that program's output under real Go (`tests/repl/regen.sh`), and
//!   `MINIGO_CROSSCHECK=1` re-runs it through `go run` and fails on any difference;
//! - stderr with `<name>.err` (missing = empty): the REPL's own renderings (diagnostics
//!   against the input, panics and deadlocks as Go prints them, with `repl.go:LINE` — the
//!   line inside the input — as location), written by `regen.sh` from minigo and reviewed;
//! - the exit status with `<name>.exit` (missing = 0).
//!
//! Each session must end within 60 seconds (a hang fails the trial).
//!
//! One more trial, `repl/golden_programs_loaded`, checks the REPL against the golden suite:
//! every `tests/go/**` program that exits 0 with nothing on stderr is `:load`ed with its
//! `main` renamed, that function is called at the prompt, and the output must be the
//! program's expectation (itself from real Go). Programs reading `os.Args` or standard input
//! or declaring `init` are left out (`LOADED_EXCEPTIONS` lists those found only by reading).

use libtest_mimic::{Arguments, Failed, Trial};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// Runs `cmd` with `input` as standard input; (stdout, stderr, status) or a timeout.
fn run_with_input(mut cmd: Command, input: &Path) -> Result<(String, String, i32), Failed> {
    let mut child = cmd
        .stdin(std::fs::File::open(input).map_err(|e| e.to_string())?)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            return Err("the session did not end within 60 s".into());
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok((stdout, stderr, status.code().unwrap_or(-1)))
}

fn compare(what: &str, expected: &str, actual: &str) -> Result<(), Failed> {
    if expected == actual {
        return Ok(());
    }
    Err(format!("{what} differs\n--- expected\n{expected}--- actual\n{actual}").into())
}

fn run_transcript(input: &Path) -> Result<(), Failed> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_minigo"));
    cmd.arg("repl").current_dir(input.parent().expect("dir"));
    let (stdout, stderr, code) = run_with_input(cmd, input)?;
    compare("stdout", &read(&input.with_extension("out")), &stdout)?;
    compare("stderr", &read(&input.with_extension("err")), &stderr)?;
    let expected_code = read(&input.with_extension("exit"))
        .trim()
        .parse()
        .unwrap_or(0);
    if code != expected_code {
        return Err(format!("exit status {code}, expected {expected_code}").into());
    }
    let twin = input.with_extension("go");
    if std::env::var_os("MINIGO_CROSSCHECK").is_some() && twin.exists() {
        let mut go = Command::new("go");
        go.arg("run").arg(&twin);
        let (go_out, go_err, _) = run_with_input(go, Path::new("/dev/null"))?;
        compare("go run's stdout", &go_out, &stdout).map_err(|e| {
            Failed::from(format!(
                "{}\n(go's stderr: {go_err})",
                e.message().unwrap_or("")
            ))
        })?;
    }
    Ok(())
}

/// Golden programs `:load` cannot reproduce: they read standard input.
const LOADED_EXCEPTIONS: &[&str] = &["fmt/scan_eof_errors.go"];

fn golden_programs_loaded() -> Result<(), Failed> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/go");
    let tmp = std::env::temp_dir().join(format!("minigo_repl_loaded_{}", std::process::id()));
    std::fs::create_dir_all(&tmp).map_err(|e| e.to_string())?;
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut topics: Vec<PathBuf> = std::fs::read_dir(&root)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    topics.sort();
    for topic in topics {
        let Ok(entries) = std::fs::read_dir(&topic) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for file in files
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "go"))
        {
            let name = file.strip_prefix(&root).expect("under tests/go");
            let src = read(file);
            // `// run`, possibly with GOMAXPROCS choices (no flags, exit 0)
            let recipe = src.lines().next().unwrap_or("");
            let skip = !(recipe == "// run" || recipe.starts_with("// run procs="))
                || !read(&file.with_extension("err")).is_empty()
                || ["os.Args", "os.Stdin", "func init()"]
                    .iter()
                    .any(|s| src.contains(s))
                || !src.contains("\nfunc main() {")
                || file.with_extension("in").exists()
                || LOADED_EXCEPTIONS.iter().any(|e| Path::new(e) == name);
            if skip {
                continue;
            }
            checked += 1;
            let prog = tmp.join("prog.go");
            std::fs::write(&prog, src.replace("\nfunc main() {", "\nfunc replMain() {"))
                .map_err(|e| e.to_string())?;
            let session = tmp.join("session.in");
            std::fs::write(&session, format!(":load {}\nreplMain()\n", prog.display()))
                .map_err(|e| e.to_string())?;
            let mut cmd = Command::new(env!("CARGO_BIN_EXE_minigo"));
            cmd.arg("repl");
            let (stdout, stderr, _) = run_with_input(cmd, &session)?;
            if stdout != read(&file.with_extension("out")) || !stderr.is_empty() {
                failures.push(format!(
                    "{}: {}",
                    name.display(),
                    stderr.lines().next().unwrap_or("stdout differs")
                ));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    if checked < 100 {
        return Err(format!("only {checked} golden programs checked").into());
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} of {checked} differ:\n{}",
            failures.len(),
            failures.join("\n")
        )
        .into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/repl");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/repl")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "in"))
        .collect();
    inputs.sort();
    let trials = inputs
        .into_iter()
        .map(|path| {
            let name = path
                .file_stem()
                .expect("name")
                .to_string_lossy()
                .to_string();
            Trial::test(format!("repl/{name}"), move || run_transcript(&path))
        })
        .chain(std::iter::once(Trial::test(
            "repl/golden_programs_loaded",
            golden_programs_loaded,
        )))
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
