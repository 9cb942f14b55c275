//! The process boundary: a program whose stdout is a pipe that the reader closes
//! (`minigo run prog.go | head`) dies of SIGPIPE, as a Go binary does, instead of running on.

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
