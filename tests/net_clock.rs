//! The notes' first program, verbatim: a TCP clock server on port 8000 (`net.Listen`, `Accept`
//! in a loop, a goroutine per connection writing the time every second) and its client
//! (`net.Dial`, `io.Copy` to standard output, `log.Fatal` on error), in
//! `tests/programs/clock/`. Without a server the client prints Go's `log.Fatal` line and exits
//! 1; with one, it prints the server's lines as they come.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn minigo(program: &str) -> Command {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs/clock");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_minigo"));
    cmd.args(["run", program]).current_dir(dir);
    cmd
}

fn is_clock_line(l: &str) -> bool {
    let b = l.as_bytes();
    b.len() == 8
        && b[2] == b':'
        && b[5] == b':'
        && [0, 1, 3, 4, 6, 7].iter().all(|&i| b[i].is_ascii_digit())
}

#[test]
fn clock_client_and_server() {
    // No server: log.Fatal's line (date, time, the dial error) and status 1.
    let out = minigo("client.go").output().expect("run client");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "stderr: {err}");
    let (stamp, msg) = err.split_at(20.min(err.len()));
    assert_eq!(
        msg,
        "dial tcp 127.0.0.1:8000: connect: connection refused\n"
    );
    let b = stamp.as_bytes();
    assert!(b[4] == b'/' && b[7] == b'/' && b[10] == b' ' && is_clock_line(&stamp[11..19]));

    // The server, then the client for a little over two seconds.
    let mut server = minigo("server.go").spawn().expect("start server");
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect("127.0.0.1:8000").is_err() {
        assert!(Instant::now() < deadline, "the server never listened");
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut client = minigo("client.go")
        .stdout(Stdio::piped())
        .spawn()
        .expect("start client");
    std::thread::sleep(Duration::from_millis(2500));
    let _ = client.kill();
    let _ = server.kill();
    let _ = server.wait();
    let mut text = String::new();
    client
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut text)
        .expect("read");
    let _ = client.wait();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() >= 2, "client printed {text:?}");
    assert!(
        lines.iter().all(|l| is_clock_line(l)),
        "client printed {text:?}"
    );
}

#[test]
fn a_server_waiting_in_accept_is_not_deadlocked() {
    for procs in ["1", "2"] {
        let mut server = minigo("accept_forever.go")
            .env("GOMAXPROCS", procs)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start");
        std::thread::sleep(Duration::from_millis(1000));
        let still_running = server.try_wait().expect("wait").is_none();
        let _ = server.kill();
        let out = server.wait_with_output().expect("wait");
        assert!(
            still_running,
            "GOMAXPROCS={procs}: ended: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
