//! Golden tests that are programs of several files: a folder under `tests/go/` holding a
//! `go.mod` (a module) or a `run.args` file (package main without a module) is one test,
//! not a set of single-file tests.
//!
//! * The command is `minigo run ARGS` in the folder, ARGS the first line of `run.args`
//!   (`a.go b.go x y`: named files and program arguments) or `.` without one.
//! * Expectations sit next to the folder: `<folder>.out` (stdout, exact), `<folder>.err`
//!   (stderr, after the suite's normalisation and `normalize_build_errors`), `<folder>.exit`
//!   (the exit status; 0 when missing). They come from real Go (`tests/regen_packages.sh`:
//!   `go build` in the folder, then the binary run there), never from minigo; a build failure's
//!   expectation is `go build`'s stderr with exit 1. The folder's absolute path is written
//!   `DIR` in both outputs.
//! * Every such test also runs with `-race` (trial `<name>@race`): same output, no report.
//!
//! Invariant: `normalize_build_errors` only removes what differs by construction: go's
//! `# package` header lines, the `./` before file names, and minigo's source snippets under a
//! diagnostic (lines opening with `│`/`┌─` after an optional line number).

use super::{compare, normalize_stderr, run_with_timeout, Expected, Output};
use libtest_mimic::{Failed, Trial};
use regex::Regex;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Whether `dir` is one test (see the module comment).
pub fn is_package_test(dir: &Path) -> bool {
    dir.join("go.mod").is_file() || dir.join("run.args").is_file()
}

/// The trials of the package test `dir`, named `name`.
pub fn trials(dir: &Path, name: &str) -> Vec<Trial> {
    [false, true]
        .into_iter()
        .map(|race| {
            let dir = dir.to_path_buf();
            let trial = if race {
                format!("{name}@race")
            } else {
                name.to_string()
            };
            Trial::test(trial, move || run(&dir, race))
        })
        .collect()
}

fn run(dir: &Path, race: bool) -> Result<(), Failed> {
    let args: Vec<String> = std::fs::read_to_string(dir.join("run.args"))
        .ok()
        .and_then(|s| s.lines().next().map(str::to_string))
        .unwrap_or_else(|| ".".into())
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let sibling = |ext: &str| -> PathBuf { dir.with_extension(ext) };
    let exit = std::fs::read_to_string(sibling("exit"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let expected = Expected::load(dir, exit);
    let mut cmd = match std::env::var_os("MINIGO_BIN") {
        Some(bin) => Command::new(bin),
        None => Command::new(env!("CARGO_BIN_EXE_minigo")),
    };
    cmd.arg("run");
    if race {
        cmd.arg("-race");
    }
    cmd.args(&args).current_dir(dir);
    let actual = run_with_timeout(cmd, dir)?;
    // The folder's absolute path (`found packages … in DIR`) as the expectations write it.
    let abs = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let actual = Output {
        stderr: normalize_build_errors(&actual.stderr.replace(&*abs.to_string_lossy(), "DIR")),
        ..actual
    };
    let expected = Expected {
        stderr: normalize_build_errors(&expected.stderr),
        ..expected
    };
    compare("minigo", &expected, &actual).map_err(Failed::from)
}

/// Build-error output of either tool in one form (see the module invariant); applied before
/// the suite's `normalize_stderr`.
pub fn normalize_build_errors(text: &str) -> String {
    static SNIPPET: OnceLock<Regex> = OnceLock::new();
    let snippet = SNIPPET.get_or_init(|| Regex::new(r"^\s*(\d+\s+)?[│┌]").unwrap());
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("# ") && !snippet.is_match(l) && !l.trim().is_empty())
        .map(|l| l.strip_prefix("./").unwrap_or(l))
        .collect();
    let mut s = kept.join("\n");
    if !s.is_empty() {
        s.push('\n');
    }
    normalize_stderr(&s)
}
