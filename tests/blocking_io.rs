//! Blocking system calls hand off their processor (Go's entersyscall/exitsyscall): goroutines
//! waiting on a standard input that stays open and empty, reading or writing a FIFO, opening a
//! FIFO whose other end is not open yet, or writing to a standard output pipe whose reader is
//! slow never stop the others, at GOMAXPROCS=1 and 2, and a program waiting in `fmt.Scan` for
//! late input is not a deadlock.
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

/// A new FIFO in a directory of its own (removed by the caller with `remove_dir_all`).
fn make_fifo(test: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("minigo-{test}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let fifo = dir.join("fifo");
    let path = std::ffi::CString::new(fifo.to_str().expect("path")).expect("path");
    // SAFETY: a NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o600) }, 0, "mkfifo");
    (dir, fifo)
}

/// Starts `program` with `$FIFO` set (and `env`), stdin a pipe kept open.
fn spawn_with_fifo(
    program: &str,
    procs: &str,
    fifo: &std::path::Path,
    env: &[(&str, &str)],
) -> Child {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", program])
        .current_dir(&dir)
        .env("GOMAXPROCS", procs)
        .env("FIFO", fifo)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run minigo")
}

#[test]
fn a_goroutine_reading_a_silent_fifo_never_stops_the_others() {
    use std::io::{BufRead, BufReader};
    let (dir, fifo) = make_fifo("fifo");
    for procs in ["1", "2"] {
        let mut child = spawn_with_fifo("fifo_blocked_reader.go", procs, &fifo, &[]);
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

/// Opening a FIFO waits for its other end in a blocking-call thread, not in a worker: main
/// prints while a goroutine waits in `os.Open`, `os.ReadFile` or `os.OpenFile(O_WRONLY)`,
/// and the test opens the other end only after that line.
#[test]
fn a_goroutine_opening_a_fifo_never_stops_the_others() {
    use std::io::{BufRead, BufReader, Read};
    let (dir, fifo) = make_fifo("fifo-open");
    for procs in ["1", "2"] {
        for mode in ["read", "readfile", "write"] {
            let mut child =
                spawn_with_fifo("fifo_open_blocked.go", procs, &fifo, &[("FIFO_MODE", mode)]);
            let mut lines = BufReader::new(child.stdout.take().expect("stdout"));
            let mut first = String::new();
            lines.read_line(&mut first).expect("first line");
            assert_eq!(first, "sum 8999994\n", "GOMAXPROCS={procs} {mode}");
            std::thread::sleep(Duration::from_millis(100));
            let expected = if mode == "write" {
                let mut got = String::new();
                let mut reader = std::fs::File::open(&fifo).expect("open the fifo for reading");
                reader.read_to_string(&mut got).expect("read the fifo");
                assert_eq!(got, "from the opener", "GOMAXPROCS={procs}");
                "wrote 15 <nil> <nil>\n"
            } else {
                let mut writer = std::fs::OpenOptions::new()
                    .write(true)
                    .open(&fifo)
                    .expect("open the fifo for writing");
                writer.write_all(b"late").expect("write");
                if mode == "read" {
                    "read \"late\" <nil> <nil>\n"
                } else {
                    "readfile \"late\" <nil>\n"
                }
            };
            let status = wait_at_most(&mut child, Duration::from_secs(30));
            let mut rest = String::new();
            lines.read_to_string(&mut rest).expect("rest");
            assert!(status.success(), "GOMAXPROCS={procs} {mode}: {status:?}");
            assert_eq!(rest, expected, "GOMAXPROCS={procs} {mode}");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A FIFO opened for reading and writing is polled too: its reader waits without a worker.
#[test]
fn a_goroutine_reading_a_fifo_opened_read_write_never_stops_the_others() {
    let (dir, fifo) = make_fifo("fifo-rw");
    for procs in ["1", "2"] {
        let mut child = spawn_with_fifo("fifo_read_write.go", procs, &fifo, &[]);
        let status = wait_at_most(&mut child, Duration::from_secs(30));
        let (stdout, stderr) = output(child);
        assert!(status.success(), "GOMAXPROCS={procs}: {status:?} {stderr}");
        assert_eq!(
            stdout, "sum 8999994\n\"self\" <nil>\n",
            "GOMAXPROCS={procs}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A goroutine writing 1 MiB to a FIFO nobody reads yet waits on the poller: the ticker
/// prints all its ticks first; the test reads the FIFO only after them.
#[test]
fn a_goroutine_writing_a_full_fifo_never_stops_the_others() {
    use std::io::{BufRead, BufReader, Read};
    let (dir, fifo) = make_fifo("fifo-write");
    for procs in ["1", "2"] {
        let mut child = spawn_with_fifo("fifo_write_blocked.go", procs, &fifo, &[]);
        let mut reader = std::fs::File::open(&fifo).expect("open the fifo for reading");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout"));
        let mut ticks = String::new();
        while !ticks.ends_with("ticks done\n") {
            if lines.read_line(&mut ticks).expect("line") == 0 {
                break;
            }
        }
        assert_eq!(
            ticks, "tick 1\ntick 2\ntick 3\ntick 4\ntick 5\nticks done\n",
            "GOMAXPROCS={procs}"
        );
        let mut got = Vec::new();
        reader.read_to_end(&mut got).expect("read the fifo");
        assert_eq!(got.len(), 1 << 20, "GOMAXPROCS={procs}");
        let status = wait_at_most(&mut child, Duration::from_secs(30));
        let mut rest = String::new();
        lines.read_to_string(&mut rest).expect("rest");
        assert!(status.success(), "GOMAXPROCS={procs}: {status:?}");
        assert_eq!(rest, "wrote 1048576 <nil> <nil>\n", "GOMAXPROCS={procs}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// `minigo run prog.go | (sleep 1; cat)`: while main waits for the pipe to drain, its
/// worker runs the others — a goroutine sleeping in steps and writing to stderr (another
/// pipe, not waiting for stdout's reader) stays on time.
#[test]
fn a_goroutine_flooding_a_slow_stdout_pipe_never_stops_the_others() {
    use std::io::Read;
    for procs in ["1", "2"] {
        let mut child = spawn("stdout_flood_slow_reader.go", procs);
        let mut out = child.stdout.take().expect("stdout");
        std::thread::sleep(Duration::from_secs(1));
        let mut all = String::new();
        out.read_to_string(&mut all).expect("read stdout");
        let status = wait_at_most(&mut child, Duration::from_secs(30));
        let (_, stderr) = output(child);
        assert!(status.success(), "GOMAXPROCS={procs}: {status:?}");
        let ticks: String = (0..20).map(|i| format!("tick {i}\n")).collect();
        assert_eq!(stderr, ticks, "GOMAXPROCS={procs}");
        let line = format!("{}\n", "x".repeat(99));
        let flood = line.repeat(20000);
        assert!(
            all.starts_with(&flood),
            "GOMAXPROCS={procs}: flood lost or reordered"
        );
        assert_eq!(
            &all[flood.len()..],
            "on time true handoffs 10000\n",
            "GOMAXPROCS={procs}"
        );
    }
}

/// The same with standard error as the slow pipe: `log` and `os.Stderr.Write` wait parked
/// (on a blocking-call thread) while the pipe is full.
#[test]
fn a_goroutine_flooding_a_slow_stderr_pipe_never_stops_the_others() {
    use std::io::Read;
    for procs in ["1", "2"] {
        let mut child = spawn("stderr_flood_slow_reader.go", procs);
        let mut err = child.stderr.take().expect("stderr");
        std::thread::sleep(Duration::from_secs(1));
        let mut all = String::new();
        err.read_to_string(&mut all).expect("read stderr");
        let status = wait_at_most(&mut child, Duration::from_secs(30));
        let (stdout, _) = output(child);
        assert!(status.success(), "GOMAXPROCS={procs}: {status:?}");
        assert_eq!(
            all,
            format!("{}\n", "x".repeat(99)).repeat(20000),
            "GOMAXPROCS={procs}"
        );
        assert_eq!(stdout, "on time true\n", "GOMAXPROCS={procs}");
    }
}

/// Waiting for a slow stdout pipe is not a deadlock; blocking for good after it is, as in Go.
#[test]
fn a_deadlock_after_waiting_for_a_slow_stdout_pipe_is_reported() {
    use std::io::Read;
    for procs in ["1", "2"] {
        let mut child = spawn("stdout_flood_then_deadlock.go", procs);
        let mut out = child.stdout.take().expect("stdout");
        std::thread::sleep(Duration::from_secs(1));
        let mut all = String::new();
        out.read_to_string(&mut all).expect("read stdout");
        let status = wait_at_most(&mut child, Duration::from_secs(30));
        let (_, stderr) = output(child);
        assert_eq!(status.code(), Some(2), "GOMAXPROCS={procs}: {stderr}");
        assert_eq!(all.len(), 20000 * 100, "GOMAXPROCS={procs}");
        assert!(
            stderr.starts_with("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n"),
            "GOMAXPROCS={procs}: {stderr}"
        );
    }
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
