//! Memory: a program that allocates about 2 GB in short-lived objects, cycles included
//! (`tests/programs/churn.go`), must run in a peak RSS under 100 MB — the collector reclaims
//! garbage and cycles instead of growing the heap. An allocation no machine can satisfy ends
//! the program with Go's fatal out-of-memory error, never a crash.

use std::process::Command;

/// Peak resident set size of the largest finished child process, in KiB.
fn children_max_rss_kib() -> i64 {
    // SAFETY: getrusage only writes the struct we pass.
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
        usage.ru_maxrss
    }
}

#[test]
fn two_gigabytes_of_garbage_fit_in_100_mb() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", "churn.go"])
        .current_dir(&dir)
        .output()
        .expect("run minigo");
    assert!(
        out.status.success(),
        "churn.go failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "250000000 true\n");
    let peak_mib = children_max_rss_kib() / 1024;
    assert!(
        peak_mib < 100,
        "peak RSS {peak_mib} MiB for 2 GB of short-lived allocations"
    );
}

#[test]
fn an_impossible_allocation_is_gos_fatal_out_of_memory_error() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    for program in ["huge_array.go", "huge_zero_size_array.go"] {
        let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
            .args(["run", program])
            .current_dir(&dir)
            .output()
            .expect("run minigo");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{program}: stderr: {stderr}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "before\n",
            "{program}"
        );
        assert!(
            stderr.starts_with("fatal error: runtime: out of memory\n"),
            "{program}: stderr: {stderr}"
        );
    }
}
