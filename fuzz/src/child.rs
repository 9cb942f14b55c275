//! Runs one Go program in a child `minigo run` process under bounds, and judges its end.
//!
//! Why a child process: the runtime ends the process itself (`std::process::exit` on a Go
//! panic, `os.Exit`, deadlock, out of memory) and runs goroutines on worker threads, so the
//! fuzzer's process cannot host a run. The child gets `RLIMIT_AS` (memory) and a wall-clock
//! deadline (`SIGKILL`), so a program that loops or allocates forever costs one
//! bounded run; such an end is Go's behaviour too, not a minigo failure.
//!
//! Invariant: `judge` calls a run a minigo failure only for what no Go program can cause: a
//! Rust panic message, a fatal signal other than our own `SIGKILL`, or the internal-error
//! exit status 3 of the bytecode verifier.

use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// Bounds of one run.
pub struct Limits {
    pub wall: Duration,
    pub address_space: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            wall: Duration::from_secs(2),
            address_space: 2 << 30,
        }
    }
}

/// How a child run ended.
pub struct Ended {
    pub status: Option<ExitStatus>,
    pub stderr: String,
}

/// The `minigo` binary: `$MINIGO_BIN`, else the main workspace's release build.
pub fn minigo_bin() -> PathBuf {
    std::env::var_os("MINIGO_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/release/minigo"))
}

/// Runs `minigo run <file>` (one worker thread) with `limits`; `status` is `None` when the
/// deadline killed it. Stdout is discarded; stderr is kept (to 64 KiB).
pub fn run(bin: &Path, file: &Path, limits: &Limits, race: bool) -> std::io::Result<Ended> {
    let err_path = file.with_extension("stderr");
    let err_file = std::fs::File::create(&err_path)?;
    let address_space = limits.address_space;
    let mut cmd = Command::new(bin);
    cmd.arg("run");
    if race {
        cmd.arg("-race");
    }
    cmd.arg(file)
        .env("GOMAXPROCS", "1")
        .env("RUST_BACKTRACE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(err_file);
    // SAFETY: only async-signal-safe setrlimit calls between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            set_limit(libc::RLIMIT_AS, address_space);
            set_limit(libc::RLIMIT_CORE, 0);
            set_limit(libc::RLIMIT_FSIZE, 64 << 20);
            Ok(())
        });
    }
    let mut child = cmd.spawn()?;
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait()? {
            break Some(s);
        }
        if start.elapsed() > limits.wall {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(1));
    };
    let mut stderr = Vec::new();
    std::fs::File::open(&err_path)?
        .take(64 << 10)
        .read_to_end(&mut stderr)?;
    let _ = std::fs::remove_file(&err_path);
    Ok(Ended {
        status,
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    })
}

fn set_limit(resource: libc::__rlimit_resource_t, value: u64) {
    let lim = libc::rlimit {
        rlim_cur: value,
        rlim_max: value,
    };
    // SAFETY: a plain system call on a valid struct.
    unsafe { libc::setrlimit(resource, &lim) };
}

/// `Err(why)` when the run shows a minigo failure (see the module invariant).
pub fn judge(ended: &Ended) -> Result<(), String> {
    let Some(status) = ended.status else {
        return Ok(());
    };
    let why = if ended.stderr.contains("panicked at") {
        "a Rust panic"
    } else if status.code() == Some(3) && ended.stderr.contains("internal error") {
        "an internal error"
    } else if let Some(sig) = status.signal() {
        return Err(format!("killed by signal {sig}\n{}", ended.stderr));
    } else {
        return Ok(());
    };
    Err(format!("{why} ({status})\n{}", ended.stderr))
}
