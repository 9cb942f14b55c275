//! Stress job: every channel/select/sync golden program under `tests/go/concurrency/` that
//! exits 0 is run many times under GOMAXPROCS 1, 2 and 4, and must print Go's output every
//! time, never hang (30 s limit per run) and never crash. Goroutine scheduling differs from
//! run to run, so this finds races in the runtime that a single golden run misses.
//!
//! `MINIGO_STRESS_ROUNDS` sets the rounds per program (default 6, i.e. 18 runs each).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/go/concurrency");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/go/concurrency")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .filter(|p| {
            let src = std::fs::read_to_string(p).unwrap_or_default();
            // `// run procs=1,4` (exit 0, no flags)
            src.lines().next().is_some_and(|l| {
                l.trim().strip_prefix("// run").map(str::trim) == Some("procs=1,4")
            }) && p.with_extension("out").exists()
        })
        .collect();
    out.sort();
    out
}

/// Runs one program; returns its stdout, or why it failed.
fn run_once(path: &Path, procs: u32) -> Result<String, String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .arg(path.file_name().unwrap())
        .current_dir(path.parent().unwrap())
        .env("GOMAXPROCS", procs.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            let out = child.wait_with_output().map_err(|e| e.to_string())?;
            if !status.success() {
                return Err(format!(
                    "exit {status}: {}",
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
            return Ok(String::from_utf8_lossy(&out.stdout).into_owned());
        }
        if start.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            return Err("hung (killed after 30 s)".into());
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn concurrency_programs_are_stable_under_repetition() {
    let rounds: usize = std::env::var("MINIGO_STRESS_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(6);
    let mut failures = Vec::new();
    let mut runs = 0;
    for path in programs() {
        let want = std::fs::read_to_string(path.with_extension("out")).unwrap();
        for round in 0..rounds {
            for procs in [1, 2, 4] {
                runs += 1;
                match run_once(&path, procs) {
                    Ok(got) if got == want => {}
                    Ok(got) => failures.push(format!(
                        "{path:?} round {round} GOMAXPROCS={procs}: stdout differs:\n{got}"
                    )),
                    Err(e) => {
                        failures.push(format!("{path:?} round {round} GOMAXPROCS={procs}: {e}"))
                    }
                }
            }
        }
    }
    assert!(runs > 0, "no concurrency programs found");
    assert!(
        failures.is_empty(),
        "{} of {runs} runs failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
