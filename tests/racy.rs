//! Racy programs never crash minigo: unsynchronised counters, maps, slices, interfaces and
//! strings written from several goroutines (`tests/programs/racy/`) run again and again at
//! GOMAXPROCS=2. As in Go, a racy program may compute wrong numbers, and a map written
//! concurrently may stop it with Go's `fatal error: concurrent map writes`; what must never
//! happen is an interpreter crash (a Rust panic, an abort, a signal), a torn value (each
//! program panics if it sees one) or a hang.
//!
//! `MINIGO_RACY_ROUNDS` sets the runs per program (default 40; the hardening issue's check is
//! 1,000).

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

/// Runs `path` once; returns why the run was not acceptable.
fn run_once(path: &Path) -> Result<(), String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
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
    match out.status.code() {
        Some(0) if !stdout.contains("false") => Ok(()),
        Some(2)
            if stderr.starts_with("fatal error: concurrent map")
                && !stderr.contains("internal error") =>
        {
            Ok(())
        }
        _ => Err(format!(
            "status {:?}\nstdout:\n{stdout}\nstderr:\n{stderr}",
            out.status
        )),
    }
}

#[test]
fn racy_programs_never_crash_the_interpreter() {
    let rounds: usize = std::env::var("MINIGO_RACY_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40);
    let mut failures = Vec::new();
    for path in programs() {
        for round in 0..rounds {
            if let Err(why) = run_once(&path) {
                failures.push(format!("{} (run {round}): {why}", path.display()));
                break;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
