//! 1,000 concurrent client goroutines against one TCP echo server in the same minigo
//! process, at GOMAXPROCS=1 and 2: every reply arrives intact, in bounded time (go1.19 prints
//! the same `replies: 1000`).

use std::process::Command;
use std::time::{Duration, Instant};

#[test]
fn a_thousand_clients_all_get_their_echo() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    for procs in ["1", "2"] {
        let start = Instant::now();
        let out = Command::new("timeout")
            .args([
                "120",
                env!("CARGO_BIN_EXE_minigo"),
                "run",
                "tcp_echo_clients.go",
            ])
            .current_dir(&dir)
            .env("GOMAXPROCS", procs)
            .env("CLIENTS", "1000")
            .output()
            .expect("run minigo");
        let elapsed = start.elapsed();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "replies: 1000\n",
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
