//! Blocking system calls hand off their processor (Go's entersyscall/exitsyscall): goroutines
//! waiting on a standard input that stays open and empty never stop the others, at
//! GOMAXPROCS=1 and 2, and a program waiting in `fmt.Scan` for late input is not a deadlock.
//! Signals: `NotifyContext` turns SIGINT into a graceful shutdown; without `Notify`, or after
//! `Stop`, SIGINT ends the program by the signal. The programs' expected outputs are go1.19's
//! for the same input timing and signals.

use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn spawn(program: &str, procs: &str) -> Child {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", program])
        .current_dir(&dir)
        .env("GOMAXPROCS", procs)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run minigo")
}

/// Waits for the child's exit, killing it after `limit`.
fn wait_at_most(child: &mut Child, limit: Duration) -> std::process::ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn output(child: Child) -> (String, String) {
    let out = child.wait_with_output().expect("output");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn readers_blocked_on_an_open_stdin_never_stop_the_other_goroutines() {
    for procs in ["1", "2"] {
        let mut child = spawn("stdin_blocked_readers.go", procs);
        let stdin = child.stdin.take().expect("stdin"); // kept open, nothing written
        let status = wait_at_most(&mut child, Duration::from_secs(30));
        drop(stdin);
        let (stdout, stderr) = output(child);
        assert!(status.success(), "GOMAXPROCS={procs}: {status:?} {stderr}");
        assert_eq!(stdout, "total 13999995\n", "GOMAXPROCS={procs}");
    }
}

#[test]
fn a_program_waiting_for_late_input_is_not_deadlocked() {
    for procs in ["1", "2"] {
        let mut child = spawn("stdin_waits_for_input.go", procs);
        let mut stdin = child.stdin.take().expect("stdin");
        std::thread::sleep(Duration::from_millis(300));
        assert!(
            child.try_wait().expect("wait").is_none(),
            "GOMAXPROCS={procs}: ended while waiting for input"
        );
        stdin.write_all(b"2\n").expect("write");
        std::thread::sleep(Duration::from_millis(100));
        stdin.write_all(b"a b\nc").expect("write");
        std::thread::sleep(Duration::from_millis(100));
        stdin.write_all(b"d\n").expect("write");
        let status = wait_at_most(&mut child, Duration::from_secs(30));
        drop(stdin);
        let (stdout, stderr) = output(child);
        assert!(status.success(), "GOMAXPROCS={procs}: {status:?} {stderr}");
        assert_eq!(
            stdout, "n = 2\n\"a b\\n\"\n\"cd\\n\"\n",
            "GOMAXPROCS={procs}"
        );
    }
}

#[test]
fn a_goroutine_reading_a_silent_fifo_never_stops_the_others() {
    use std::io::{BufRead, BufReader};
    let dir = std::env::temp_dir().join(format!("minigo-fifo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let fifo = dir.join("fifo");
    let path = std::ffi::CString::new(fifo.to_str().expect("path")).expect("path");
    // SAFETY: a NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o600) }, 0, "mkfifo");
    for procs in ["1", "2"] {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
        let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
            .args(["run", "fifo_blocked_reader.go"])
            .current_dir(&dir)
            .env("GOMAXPROCS", procs)
            .env("FIFO", &fifo)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run minigo");
        let stdin = child.stdin.take().expect("stdin"); // kept open, nothing written
        let mut writer = std::fs::OpenOptions::new()
            .write(true)
            .open(&fifo)
            .expect("open the fifo for writing");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout"));
        let mut first = String::new();
        lines.read_line(&mut first).expect("first line");
        assert_eq!(first, "sum 8999994\n", "GOMAXPROCS={procs}");
        writer.write_all(b"hello, fifo").expect("write");
        drop(writer);
        let status = wait_at_most(&mut child, Duration::from_secs(30));
        drop(stdin);
        let mut rest = String::new();
        std::io::Read::read_to_string(&mut lines, &mut rest).expect("rest");
        assert!(status.success(), "GOMAXPROCS={procs}: {status:?}");
        assert_eq!(
            rest, "\"hello, fifo\" true\n<nil>\ntrue\n",
            "GOMAXPROCS={procs}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Runs `program`, waits for its `ready` line, sends it `signal`; its exit status and the
/// rest of its output.
fn signal_after_ready(program: &str, signal: i32) -> (std::process::ExitStatus, String) {
    use std::io::{BufRead, BufReader, Read};
    let mut child = spawn(program, "2");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    out.read_line(&mut first).expect("ready line");
    assert_eq!(first, "ready\n");
    // SAFETY: kill(2) on our own child.
    assert_eq!(unsafe { libc::kill(child.id() as i32, signal) }, 0);
    let status = wait_at_most(&mut child, Duration::from_secs(30));
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("rest");
    (status, rest)
}

#[test]
fn sigint_cancels_the_notify_context_and_the_program_shuts_down() {
    let (status, rest) = signal_after_ready("signal_graceful_shutdown.go", libc::SIGINT);
    assert!(status.success(), "{status:?}");
    assert_eq!(rest, "shutting down: context canceled interrupt\n");
}

#[test]
fn without_notify_sigint_ends_the_program_by_the_signal() {
    use std::os::unix::process::ExitStatusExt;
    for program in ["signal_default_kills.go", "signal_stop_restores_default.go"] {
        let (status, rest) = signal_after_ready(program, libc::SIGINT);
        assert_eq!(status.signal(), Some(libc::SIGINT), "{program}: {status:?}");
        assert_eq!(rest, "", "{program}");
    }
}
