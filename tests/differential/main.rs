//! Differential test: random Go programs (from `gen`, seeded) run under real Go (`go build`)
//! and under minigo must print the same stdout and stderr and exit with the same status.
//!
//! Environment:
//! * `MINIGO_DIFF_COUNT=n` programs to run (default 200, about 90 s on two cores),
//!   `MINIGO_DIFF_SEED=s` the first seed (default 1; program `k` uses seed `s + k`).
//! * `MINIGO_DIFF_JOBS=j` programs checked at once (default 2).
//! * `MINIGO_DIFF_MINUTES=m` runs consecutive seeds for `m` minutes instead of a count (long
//!   runs: `MINIGO_DIFF_MINUTES=60 cargo test --release --test differential -- --nocapture`).
//! * `MINIGO_DIFF_DUMP=dir` only writes the programs of those seeds to `dir/seed_<s>.go`.
//!
//! Without `go` on PATH the test prints that it skipped and passes. Seeds listed in
//! `known_seeds.txt` (differences not fixed yet) are skipped.
//! A program that differs, or that `go build` rejects (a generator bug), is
//! kept as `<CARGO_TARGET_TMPDIR>/differential/seed_<s>.go` and the test fails naming each
//! seed and path.

mod gen;
mod rng;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Wall-clock limit of one run of one program (both implementations).
const RUN_LIMIT_SECS: &str = "60";

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().map(|v| {
        v.trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name} must be a number, not {v:?}"))
    })
}

fn go_available() -> bool {
    Command::new("go")
        .arg("version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// Runs `cmd` under coreutils `timeout` in `dir`.
fn run_limited(dir: &Path, program: &str, args: &[&str]) -> Output {
    Command::new("timeout")
        .arg(RUN_LIMIT_SECS)
        .arg(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"))
}

/// The first line where `a` and `b` differ, for the failure message.
fn first_difference(a: &[u8], b: &[u8]) -> String {
    let (a, b) = (String::from_utf8_lossy(a), String::from_utf8_lossy(b));
    let mut la = a.lines();
    let mut lb = b.lines();
    for n in 1.. {
        match (la.next(), lb.next()) {
            (None, None) => break,
            (x, y) if x == y => continue,
            (x, y) => return format!("line {n}: go {x:?}, minigo {y:?}"),
        }
    }
    "same lines, different line endings".into()
}

/// Builds and runs the program of `seed` both ways; `Err` describes the difference.
fn check_seed(seed: u64, dir: &Path) -> Result<(), String> {
    let src = gen::program(seed);
    std::fs::write(dir.join("prog.go"), &src).unwrap();
    let build = Command::new("go")
        .args(["build", "-o", "prog", "prog.go"])
        .current_dir(dir)
        .output()
        .expect("cannot run go build");
    if !build.status.success() {
        return Err(format!(
            "go build rejected the generated program (generator bug):\n{}",
            String::from_utf8_lossy(&build.stderr)
        ));
    }
    let go = run_limited(dir, "./prog", &[]);
    let mg = run_limited(dir, env!("CARGO_BIN_EXE_minigo"), &["run", "prog.go"]);
    let mut diffs = Vec::new();
    if go.status.code() != mg.status.code() {
        diffs.push(format!(
            "exit status: go {:?}, minigo {:?}",
            go.status.code(),
            mg.status.code()
        ));
    }
    if go.stdout != mg.stdout {
        diffs.push(format!(
            "stdout: {}",
            first_difference(&go.stdout, &mg.stdout)
        ));
    }
    if go.stderr != mg.stderr {
        diffs.push(format!(
            "stderr: {}",
            first_difference(&go.stderr, &mg.stderr)
        ));
    }
    if diffs.is_empty() {
        Ok(())
    } else {
        Err(diffs.join("\n"))
    }
}

fn keep(seed: u64, failures: &Path) -> PathBuf {
    std::fs::create_dir_all(failures).unwrap();
    let path = failures.join(format!("seed_{seed}.go"));
    std::fs::write(&path, gen::program(seed)).unwrap();
    path
}

#[test]
fn differential() {
    let first = env_u64("MINIGO_DIFF_SEED").unwrap_or(1);
    let count = env_u64("MINIGO_DIFF_COUNT").unwrap_or(200);
    if let Some(dir) = std::env::var_os("MINIGO_DIFF_DUMP") {
        let dir = PathBuf::from(dir);
        std::fs::create_dir_all(&dir).unwrap();
        for seed in first..first + count {
            std::fs::write(dir.join(format!("seed_{seed}.go")), gen::program(seed)).unwrap();
        }
        return;
    }
    if !go_available() {
        println!("differential: skipped (no `go` on PATH)");
        return;
    }
    let deadline =
        env_u64("MINIGO_DIFF_MINUTES").map(|m| Instant::now() + Duration::from_secs(m * 60));
    let jobs = env_u64("MINIGO_DIFF_JOBS").unwrap_or(2).max(1);
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let failures_dir = tmp.join("differential");
    let known: Vec<u64> = include_str!("known_seeds.txt")
        .lines()
        .filter_map(|l| l.split('#').next()?.trim().parse().ok())
        .collect();
    let known = &known;
    let next = AtomicU64::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for job in 0..jobs {
            let (next, failures, failures_dir) = (&next, &failures, &failures_dir);
            scope.spawn(move || {
                let work = tmp.join(format!("differential-run-{}-{job}", std::process::id()));
                std::fs::create_dir_all(&work).unwrap();
                loop {
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    if deadline.map_or(k >= count, |d| Instant::now() >= d) {
                        break;
                    }
                    let seed = first + k;
                    if known.contains(&seed) {
                        eprintln!("differential: seed {seed} skipped (tests/differential/known_seeds.txt)");
                        continue;
                    }
                    if let Err(why) = check_seed(seed, &work) {
                        let path = keep(seed, failures_dir);
                        eprintln!(
                            "differential: seed {seed} differs ({})\n{why}",
                            path.display()
                        );
                        failures
                            .lock()
                            .unwrap()
                            .push(format!("seed {seed}: {}\n{why}", path.display()));
                    }
                }
                let _ = std::fs::remove_dir_all(&work);
            });
        }
    });
    // Each job claimed one number past the last program it ran.
    let ran = next.load(Ordering::Relaxed) - jobs;
    let failures = failures.into_inner().unwrap();
    println!(
        "differential: {ran} programs (seeds {first}..{}), {} differences",
        first + ran - 1,
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {ran} programs differ:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
