//! Racy programs never crash minigo: unsynchronised counters, maps, slices, interfaces and
//! strings written from several goroutines (`tests/programs/racy/`) run again and again at
//! GOMAXPROCS=2. As in Go, a racy program may compute wrong numbers, and a map written
//! concurrently may stop it with Go's `fatal error: concurrent map writes`; what must never
//! happen is an interpreter crash (a Rust panic, an abort, a signal), a torn value (each
//! program panics if it sees one) or a hang.
//!
//! The same programs run under `-race` must report their race on every run (exit 66).
//!
//! `MINIGO_RACY_ROUNDS` sets the runs per program (default 40, 10 under `-race`; the issues'
//! checks are 1,000).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs/racy");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/programs/racy")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    out.sort();
    out
}

/// Runs `path` once (with `-race` when `race`); returns why the run was not acceptable.
fn run_once(path: &Path, race: bool) -> Result<(), String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .args(race.then_some("-race"))
        .arg(path)
        .env("GOMAXPROCS", "2")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let start = Instant::now();
    while child.try_wait().map_err(|e| e.to_string())?.is_none() {
        if start.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            return Err("still running after 30 s".into());
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    // Under -race the first report comes before anything else (a map's race before Go's
    // `concurrent map writes`).
    let race_first = stderr.starts_with("==================\nWARNING: DATA RACE\n");
    let sane = !stderr.contains("internal error");
    match out.status.code() {
        // Every racy program races on every run: -race must say so each time.
        Some(66) if race && race_first && sane && !stdout.contains("false") => Ok(()),
        Some(0) if !race && !stdout.contains("false") => Ok(()),
        Some(2)
            if stderr.contains("fatal error: concurrent map")
                && (race_first || !race && stderr.starts_with("fatal error: concurrent map"))
                && sane =>
        {
            Ok(())
        }
        _ => Err(format!(
            "status {:?}\nstdout:\n{stdout}\nstderr:\n{stderr}",
            out.status
        )),
    }
}

fn rounds(default: usize) -> usize {
    std::env::var("MINIGO_RACY_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn racy_programs_never_crash_the_interpreter() {
    run_all(rounds(40), false);
}

/// Under `-race` each program reports its race (exit 66) on every run, or dies of Go's
/// `concurrent map writes` first, and the detector never crashes or hangs.
#[test]
fn racy_programs_are_reported_under_race_every_time() {
    run_all(rounds(10), true);
}

fn run_all(rounds: usize, race: bool) {
    let mut failures = Vec::new();
    for path in programs() {
        for round in 0..rounds {
            if let Err(why) = run_once(&path, race) {
                failures.push(format!("{} (run {round}): {why}", path.display()));
                break;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
