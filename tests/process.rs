//! How a program's process ends where no golden file can say it: a stdout pipe that the
//! reader closes (`minigo run prog.go | head`) kills it with SIGPIPE, as a Go binary; runaway
//! recursion is Go's `stack overflow` fatal error, promptly, with Go's 100-frame traceback
//! (Go's own dump also lists its runtime's internal goroutines, so it cannot be a golden file);
//! a goroutine's panic that races with `main` returning still exits 2 (the race decides only
//! whether `main` printed first, so no golden file can hold its stdout); output reaches a pipe
//! while the program still runs, as a Go binary's unbuffered stdout does; `fmt.Scan` reads
//! standard input as a Go binary (no golden file has input); source files that `go run` reads
//! before compiling (a byte order mark, CRLF line ends, a package other than `main`), with the
//! outputs go1.19 gives.

mod support;

use std::io::{BufRead, BufReader};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn a_closed_stdout_pipe_ends_the_program_with_sigpipe() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", "endless_output.go"])
        .current_dir(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("run minigo");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    lines.read_line(&mut first).expect("first line");
    assert_eq!(first, "line 0\n");
    drop(lines);
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("still running 20 s after its stdout was closed");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    assert_eq!(status.signal(), Some(libc::SIGPIPE), "status {status:?}");
}

#[test]
fn runaway_recursion_is_a_prompt_stack_overflow_with_100_frames() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", "runaway_recursion.go"])
        .current_dir(&dir)
        .output()
        .expect("run minigo");
    let elapsed = start.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines[0],
        "runtime: goroutine stack exceeds 1000000000-byte limit"
    );
    assert!(lines[1].starts_with("runtime: sp=0x"), "{}", lines[1]);
    assert_eq!(lines[2], "fatal error: stack overflow");
    assert_eq!(lines.iter().filter(|l| **l == "main.f(...)").count(), 100);
    assert_eq!(lines.last(), Some(&"...additional frames elided..."));
    // Go needs about 2 s on the build machine; a budget counted at twice the frame records'
    // size and a traceback built from every frame once took 5.5 s and 2.2 GB.
    assert!(elapsed < Duration::from_secs(30), "took {elapsed:?}");
}

#[test]
fn a_panic_racing_with_main_returning_exits_2() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    for round in 0..40 {
        let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
            .args(["run", "panic_races_main_return.go"])
            .current_dir(&dir)
            .env("GOMAXPROCS", ["1", "2", "4"][round % 3])
            .output()
            .expect("run minigo");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "round {round}: {stderr}");
        assert!(
            stderr.starts_with("panic: boom\n"),
            "round {round}: {stderr}"
        );
    }
}

#[test]
fn output_reaches_a_pipe_while_the_program_sleeps() {
    // `fmt.Println("first"); time.Sleep(1500 ms); fmt.Println("second")`: a Go binary's
    // stdout is unbuffered, so a reader of the pipe sees "first" long before "second".
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", "prints_then_sleeps.go"])
        .current_dir(&dir)
        .stdout(Stdio::piped())
        .spawn()
        .expect("run minigo");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    lines.read_line(&mut first).expect("first line");
    let first_at = start.elapsed();
    assert_eq!(first, "first\n");
    let mut second = String::new();
    lines.read_line(&mut second).expect("second line");
    assert_eq!(second, "second\n");
    let second_at = start.elapsed();
    assert!(child.wait().expect("wait").success());
    assert!(
        second_at - first_at >= Duration::from_millis(1000),
        "first line at {first_at:?}, second at {second_at:?}: the first waited for the second"
    );
}

/// Runs minigo on a source file holding `src`; returns (exit code, stdout, stderr).
fn run_source(name: &str, src: &[u8]) -> (Option<i32>, String, String) {
    let out = support::run_source("process", name, src);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_accepted() {
    let src = b"\xef\xbb\xbfpackage main\r\n\r\nimport \"fmt\"\r\n\r\nfunc main() {\r\n\tfmt.Println(\"ok\", `a\r\nb`)\r\n}\r\n";
    let (code, stdout, stderr) = run_source("bom.go", src);
    assert_eq!(code, Some(0), "{stderr}");
    // Raw strings drop carriage returns.
    assert_eq!(stdout, "ok a\nb\n");
}

#[test]
fn a_package_other_than_main_is_refused_as_go_run_refuses_it() {
    for src in [
        "package foo\n\nfunc main() {}\n",
        "package foo\n\nfunc main() { x := \n",
    ] {
        let (code, stdout, stderr) = run_source("notmain.go", src.as_bytes());
        assert_eq!(code, Some(1), "{src}");
        assert_eq!(stdout, "");
        assert_eq!(
            stderr,
            "package command-line-arguments is not a main package\n"
        );
    }
}
