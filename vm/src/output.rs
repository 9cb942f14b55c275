//! The program's standard output and standard error.
//!
//! Invariants: stdout is one process-wide buffer (Go's `os.Stdout` is unbuffered, but a
//! program cannot observe the difference except through interleaving with stderr, so every
//! stderr write flushes stdout first and the CLI flushes at exit). The lock is never held
//! across a call into Go code or a park.

use parking_lot::Mutex;
use std::io::Write;

static STDOUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());
const FLUSH_AT: usize = 64 * 1024;

pub fn write_stdout(bytes: &[u8]) {
    let mut buf = STDOUT.lock();
    buf.extend_from_slice(bytes);
    if buf.len() >= FLUSH_AT {
        let _ = std::io::stdout().write_all(&buf);
        buf.clear();
    }
}

pub fn flush_stdout() {
    write_out(&mut STDOUT.lock());
}

fn write_out(buf: &mut Vec<u8>) {
    let mut out = std::io::stdout();
    let _ = out.write_all(buf);
    let _ = out.flush();
    buf.clear();
}

/// `flush_stdout` for a process dying of a fatal runtime error, which may strike while this
/// thread holds the buffer (then what it holds is lost rather than deadlocking).
pub fn flush_stdout_at_exit() {
    if let Some(mut buf) = STDOUT.try_lock() {
        write_out(&mut buf);
    }
}

pub fn write_stderr(bytes: &[u8]) {
    flush_stdout();
    let _ = std::io::stderr().write_all(bytes);
}
