//! Blocking system calls hand off their processor (Go's entersyscall/exitsyscall): goroutines
//! waiting on a standard input that stays open and empty never stop the others, at
//! GOMAXPROCS=1 and 2, and a program waiting in `fmt.Scan` for late input is not a deadlock.
//! The programs' expected outputs are go1.19's for the same input timing.

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
