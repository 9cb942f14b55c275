//! 1,000 concurrent client goroutines against a TCP echo server and a net/http server in
//! the same minigo process (`tests/programs/net_stress/`), each kind alone and both at
//! once, at GOMAXPROCS=1 and 2: every reply arrives intact, in bounded time (go1.19 prints
//! the same counts). The HTTP clients each dial a connection of their own, all at once: the
//! listener's backlog must hold the burst (Go's `somaxconn`), and a client blocked in its
//! dial must keep its connection object alive across the collections the burst triggers.

use std::process::Command;
use std::time::{Duration, Instant};

/// Runs the folder program with `CLIENTS=1000 SERVERS=servers` at GOMAXPROCS 1 and 2.
fn thousand_clients(servers: &str, expected: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    for procs in ["1", "2"] {
        let start = Instant::now();
        let out = Command::new("timeout")
            .args(["120", env!("CARGO_BIN_EXE_minigo"), "run", "./net_stress"])
            .current_dir(&dir)
            .env("GOMAXPROCS", procs)
            .env("CLIENTS", "1000")
            .env("SERVERS", servers)
            .output()
            .expect("run minigo");
        let elapsed = start.elapsed();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            expected,
            "GOMAXPROCS={procs}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success(), "GOMAXPROCS={procs}: {:?}", out.status);
        assert!(
            elapsed < Duration::from_secs(60),
            "GOMAXPROCS={procs}: took {elapsed:?}"
        );
    }
}

#[test]
fn a_thousand_tcp_clients_all_get_their_echo() {
    thousand_clients("tcp", "tcp replies: 1000\n");
}

#[test]
fn a_thousand_http_clients_all_get_their_reply() {
    thousand_clients("http", "http replies: 1000\n");
}

#[test]
fn a_thousand_of_each_at_once_all_get_their_reply() {
    thousand_clients("both", "tcp replies: 1000\nhttp replies: 1000\n");
}
