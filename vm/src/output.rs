//! The program's standard output and standard error.
//!
//! Invariants: stdout is one process-wide buffer (Go's `os.Stdout` is unbuffered, but a
//! program cannot observe the difference except through interleaving with stderr, so every
//! stderr write flushes stdout first and the CLI flushes at exit). Output never waits in the
//! buffer longer than `FLUSH_DELAY`: the first write into an empty buffer wakes the flusher
//! thread, which writes it out after that delay, so a tight print loop still makes one
//! `write` per delay or per `FLUSH_AT` bytes, while a program that prints and then sleeps or
//! blocks is seen live through a pipe (`minigo run server.go | tee log`). The lock is never
//! held across a call into Go code or a park.
//!
//! While the REPL's line editor owns the terminal, output (stdout and stderr) is diverted to
//! it (`divert`), so a goroutine printing does not corrupt the line being edited.

use parking_lot::{Condvar, Mutex};
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Once;
use std::time::Duration;

static STDOUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// Where output goes instead of the process's stdout and stderr (the REPL's line editor).
type Sink = Box<dyn FnMut(String) + Send>;
static DIVERTED: AtomicBool = AtomicBool::new(false);
static DIVERT: Mutex<Option<Sink>> = Mutex::new(None);

/// Sends all output to `sink` from now on (`None`: to stdout and stderr again), after
/// flushing what is buffered.
pub fn divert(sink: Option<Sink>) {
    flush_stdout();
    let mut d = DIVERT.lock();
    DIVERTED.store(sink.is_some(), Ordering::SeqCst);
    *d = sink;
}

/// Hands `bytes` to the diversion sink if there is one.
fn diverted(bytes: &[u8]) -> bool {
    if !DIVERTED.load(Ordering::Relaxed) {
        return false;
    }
    match DIVERT.lock().as_mut() {
        Some(sink) => {
            sink(String::from_utf8_lossy(bytes).into_owned());
            true
        }
        None => false,
    }
}
const FLUSH_AT: usize = 64 * 1024;
/// The longest output waits in the buffer.
const FLUSH_DELAY: Duration = Duration::from_millis(2);

/// Set when the buffer became non-empty and the flusher has not flushed it yet.
static PENDING: Mutex<bool> = Mutex::new(false);
static PENDING_CV: Condvar = Condvar::new();
static FLUSHER: Once = Once::new();

pub fn write_stdout(bytes: &[u8]) {
    let mut buf = STDOUT.lock();
    let was_empty = buf.is_empty();
    buf.extend_from_slice(bytes);
    if buf.len() >= FLUSH_AT {
        write_out(&mut buf);
    } else if was_empty && !buf.is_empty() {
        drop(buf);
        wake_flusher();
    }
}

fn wake_flusher() {
    FLUSHER.call_once(|| {
        // Without the thread, output is still flushed at exit and by stderr writes.
        let _ = std::thread::Builder::new()
            .name("minigo-stdout".into())
            .spawn(flusher_main);
    });
    let mut pending = PENDING.lock();
    if !*pending {
        *pending = true;
        PENDING_CV.notify_one();
    }
}

fn flusher_main() {
    loop {
        {
            let mut pending = PENDING.lock();
            while !*pending {
                PENDING_CV.wait(&mut pending);
            }
            *pending = false;
        }
        std::thread::sleep(FLUSH_DELAY);
        flush_stdout();
    }
}

pub fn flush_stdout() {
    write_out(&mut STDOUT.lock());
}

fn write_out(buf: &mut Vec<u8>) {
    if !buf.is_empty() && diverted(buf) {
        buf.clear();
        return;
    }
    let mut out = std::io::stdout();
    let _ = out.write_all(buf);
    let _ = out.flush();
    buf.clear();
}

/// `flush_stdout` for a process dying of a fatal runtime error, which may strike while this
/// thread holds the buffer (then what it holds is lost rather than deadlocking); the flusher
/// thread holds it only for one write.
pub fn flush_stdout_at_exit() {
    if let Some(mut buf) = STDOUT.try_lock_for(Duration::from_millis(100)) {
        write_out(&mut buf);
    }
}

pub fn write_stderr(bytes: &[u8]) {
    flush_stdout();
    if diverted(bytes) {
        return;
    }
    let _ = std::io::stderr().write_all(bytes);
}
