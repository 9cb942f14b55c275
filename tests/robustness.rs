//! Robustness: minigo's front end never panics, whatever the source. In-process, each input
//! goes through `minigo::compile_source` (lexer, parser, checker, compiler) under
//! `catch_unwind`, and every program it accepts must pass the bytecode verifier; a panic or a
//! verifier failure is a test failure showing the input. Inputs: random bytes and random
//! token soup, every golden program (`tests/go/**`, `examples/**`) cut at every line and at
//! random bytes, and with random lines deleted; of the last, the programs that compile are
//! also run (`minigo run`, bounded) and must end as a Go program can — never with a Rust
//! panic or a fatal signal.
//!
//! Deterministic: a fixed-seed generator chooses every random input.

use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

fn golden_programs() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
            let p = entry.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "go") {
                out.push(p);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join("tests/go"), &mut files);
    walk(&root.join("examples"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(&f).expect("read program");
            (f.strip_prefix(root).unwrap_or(&f).to_path_buf(), text)
        })
        .collect()
}

/// Compiles `src` in-process; `Err` describes a panic or a verifier failure, `Ok(true)` an
/// accepted program.
fn compile(src: &str) -> Result<bool, String> {
    match std::panic::catch_unwind(|| minigo::compile_source("prog.go", src)) {
        Err(panic) => Err(format!(
            "panic: {}",
            panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default()
        )),
        Ok(Err(_)) => Ok(false),
        Ok(Ok(prog)) => vm::verify::verify(&prog)
            .map(|()| true)
            .map_err(|why| format!("accepted program fails the verifier: {why}")),
    }
}

/// Collects failures and reports the first few with their inputs.
#[derive(Default)]
struct Failures(Vec<String>);

impl Failures {
    fn check(&mut self, what: &str, src: &str) -> bool {
        match compile(src) {
            Ok(accepted) => accepted,
            Err(why) => {
                self.0
                    .push(format!("{what}: {why}\n--- input ---\n{src:?}\n"));
                false
            }
        }
    }

    fn assert_none(self) {
        let n = self.0.len();
        assert!(
            n == 0,
            "{n} failing inputs, first ones:\n{}",
            self.0[..n.min(5)].join("\n")
        );
    }
}

#[test]
fn random_bytes_and_token_soup() {
    const TOKENS: [&str; 40] = [
        "package",
        "main",
        "func",
        "(",
        ")",
        "{",
        "}",
        "[",
        "]",
        "var",
        "x",
        "int",
        ":=",
        "=",
        "go",
        "chan",
        "<-",
        "select",
        "case",
        ":",
        "for",
        "range",
        "if",
        "else",
        "return",
        "\"s\"",
        "'r'",
        "1",
        "0x",
        "1e9",
        ".",
        ",",
        ";",
        "\n",
        "*",
        "&",
        "struct",
        "interface",
        "type",
        "map",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut failures = Failures::default();
    for _ in 0..3000 {
        let len = rng.below(200);
        let bytes: Vec<u8> = (0..len).map(|_| rng.below(256) as u8).collect();
        failures.check("random bytes", &String::from_utf8_lossy(&bytes));
        let soup: Vec<&str> = (0..len).map(|_| TOKENS[rng.below(TOKENS.len())]).collect();
        failures.check("token soup", &format!("package main\n{}", soup.join(" ")));
    }
    failures.assert_none();
}

#[test]
fn golden_programs_cut_at_every_line_and_at_random_bytes() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut failures = Failures::default();
    for (path, text) in golden_programs() {
        let ends: Vec<usize> = text.match_indices('\n').map(|(i, _)| i + 1).collect();
        for (n, &end) in ends.iter().enumerate() {
            failures.check(
                &format!("{} cut after line {}", path.display(), n + 1),
                &text[..end],
            );
        }
        for _ in 0..10 {
            let mut cut = rng.below(text.len());
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            failures.check(
                &format!("{} cut at byte {cut}", path.display()),
                &text[..cut],
            );
        }
    }
    failures.assert_none();
}

#[test]
fn golden_programs_with_random_lines_deleted_compile_or_run_without_crashing() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let mut failures = Failures::default();
    let mut runnable = Vec::new();
    for (path, text) in golden_programs() {
        let lines: Vec<&str> = text.lines().collect();
        for variant in 0..4 {
            let kept: Vec<&str> = lines
                .iter()
                .copied()
                .filter(|_| rng.below(10) != 0)
                .collect();
            let src = kept.join("\n") + "\n";
            let what = format!(
                "{} with random lines deleted (variant {variant})",
                path.display()
            );
            if failures.check(&what, &src) {
                runnable.push((what, src));
            }
        }
    }
    failures.assert_none();
    let dir = std::env::temp_dir().join(format!("minigo-robustness-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("prog.go");
    let mut crashes = Vec::new();
    for (i, (what, src)) in runnable.into_iter().enumerate() {
        std::fs::write(&file, &src).expect("write program");
        // Every other one under the race detector too.
        if let Some(why) = run_bounded(&file, i % 2 == 1) {
            crashes.push(format!("{what}: {why}\n--- input ---\n{src}"));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(crashes.is_empty(), "{}", crashes.join("\n"));
}

/// Runs `file` (with `-race` if `race`) with one worker for at most 5 s; describes a Rust
/// panic or a fatal signal (not one a program sends itself).
fn run_bounded(file: &Path, race: bool) -> Option<String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .args(race.then_some("-race"))
        .arg(file)
        .env("GOMAXPROCS", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run minigo");
    let stderr = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || std::io::read_to_string(stderr).unwrap_or_default());
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break Some(s);
        }
        if start.elapsed() > Duration::from_secs(5) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let err = reader.join().unwrap_or_default();
    let status = status?;
    // A program may kill itself with a signal it sends (`signal_notify.go` without its
    // `signal.Notify` line: SIGTERM's default action, as in Go); any other signal is a crash.
    const SENT_BY_PROGRAMS: [i32; 5] = [1, 2, 10, 12, 15]; // HUP INT USR1 USR2 TERM
    let crashed = status
        .signal()
        .is_some_and(|s| !SENT_BY_PROGRAMS.contains(&s));
    if err.contains("panicked at") || crashed || err.contains("internal error") {
        Some(format!("{status}\n{err}"))
    } else {
        None
    }
}
