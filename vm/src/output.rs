//! The program's standard output and standard error.
//!
//! Invariants: stdout is one process-wide buffer (Go's `os.Stdout` is unbuffered, but a
//! program cannot observe the difference except through interleaving with stderr, so a
//! stderr write flushes stdout first where both reach one file, and the CLI flushes at exit). Output never waits in the
//! buffer longer than `FLUSH_DELAY`: the first write into an empty buffer wakes the flusher
//! thread, which writes it out after that delay, so a tight print loop still makes one
//! `write` per delay or per `FLUSH_AT` bytes, while a program that prints and then sleeps or
//! blocks is seen live through a pipe (`minigo run server.go | tee log`). The lock is never
//! held across a call into Go code or a park, nor across a write to the descriptor.
//!
//! Writes block only where Go's would (Go's goroutine blocked in `write(2)` hands off its
//! processor): to a regular file, a terminal or `/dev/null` a goroutine filling `FLUSH_AT`
//! bytes writes them itself; to a pipe or socket only the flusher writes, and a goroutine
//! whose output finds `BACKLOG_MAX` bytes unwritten (the reader is slow) waits parked, on its
//! coroutine, until the flusher wrote a chunk — its worker runs the other goroutines. Writers
//! hold `WRITING` from taking a chunk until it is written, so chunks keep their order.
//!
//! While the REPL's line editor owns the terminal, output (stdout and stderr) is diverted to
//! it (`divert`), so a goroutine printing does not corrupt the line being edited.

use crate::native::NativeCtx;
use parking_lot::{Condvar, Mutex, MutexGuard};
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Once, OnceLock};
use std::time::Duration;

/// Standard output not yet written, and the goroutines waiting for a pipe's backlog to shrink.
struct Buffer {
    bytes: Vec<u8>,
    waiters: Vec<(runtime::GoroutineRef, runtime::PendingWakeup)>,
}

static STDOUT: Mutex<Buffer> = Mutex::new(Buffer {
    bytes: Vec::new(),
    waiters: Vec::new(),
});
/// Held by the thread writing stdout from taking bytes out of the buffer until they are
/// written, so chunks reach the descriptor in the order they were taken.
static WRITING: Mutex<()> = Mutex::new(());

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
/// The most a pipe's backlog holds before a writing goroutine waits for the flusher.
const BACKLOG_MAX: usize = 4 * FLUSH_AT;
/// The longest output waits in the buffer.
const FLUSH_DELAY: Duration = Duration::from_millis(2);

/// Set when the buffer became non-empty and the flusher has not flushed it yet.
static PENDING: Mutex<bool> = Mutex::new(false);
static PENDING_CV: Condvar = Condvar::new();
static FLUSHER: Once = Once::new();

/// What the process's stdout and stderr are.
struct StdStreams {
    /// Stdout is a pipe or socket, whose writes can block for as long as its reader pleases
    /// (then only the flusher thread writes it).
    stdout_may_block: bool,
    /// Stderr is a pipe or socket.
    stderr_may_block: bool,
    /// Both are one file (a terminal, `2>&1`): only then is their interleaving seen.
    shared: bool,
}

fn std_streams() -> &'static StdStreams {
    static STREAMS: OnceLock<StdStreams> = OnceLock::new();
    STREAMS.get_or_init(|| {
        use std::os::fd::AsFd;
        use std::os::unix::fs::{FileTypeExt, MetadataExt};
        let stat = |fd: std::os::fd::BorrowedFd| {
            fd.try_clone_to_owned()
                .and_then(|fd| std::fs::File::from(fd).metadata())
                .ok()
        };
        let may_block = |md: &Option<std::fs::Metadata>| {
            md.as_ref().is_some_and(|md| {
                let kind = md.file_type();
                kind.is_fifo() || kind.is_socket()
            })
        };
        let out = stat(std::io::stdout().as_fd());
        let err = stat(std::io::stderr().as_fd());
        StdStreams {
            stdout_may_block: may_block(&out),
            stderr_may_block: may_block(&err),
            shared: match (&out, &err) {
                (Some(o), Some(e)) => (o.dev(), o.ino()) == (e.dev(), e.ino()),
                _ => true,
            },
        }
    })
}

fn stdout_may_block() -> bool {
    std_streams().stdout_may_block
}

/// Appends `bytes` to standard output (Go's `os.Stdout.Write`, from a native). When stdout
/// is a pipe whose backlog is full, the goroutine waits parked on its coroutine until the
/// flusher has written a chunk: its worker runs the other goroutines meanwhile.
pub fn write_stdout(ctx: &mut NativeCtx, bytes: &[u8]) {
    let mut buf = STDOUT.lock();
    let was_empty = buf.bytes.is_empty();
    buf.bytes.extend_from_slice(bytes);
    let len = buf.bytes.len();
    if len < FLUSH_AT {
        drop(buf);
        if was_empty && len > 0 {
            wake_flusher();
        }
        return;
    }
    if !stdout_may_block() {
        drop(buf);
        flush_stdout();
        return;
    }
    wake_flusher();
    if len >= BACKLOG_MAX {
        let waiter = (runtime::prepare_park(), runtime::expect_external_wakeup());
        buf.waiters.push(waiter);
        drop(buf);
        ctx.wait_on_stack(runtime::WaitReason::IoWait);
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
        if STDOUT.lock().bytes.len() < FLUSH_AT {
            std::thread::sleep(FLUSH_DELAY);
        }
        flush_stdout();
    }
}

/// Writes out what stdout holds (the calling thread blocks until the descriptor took it).
pub fn flush_stdout() {
    let writing = WRITING.lock();
    let buf = STDOUT.lock();
    write_out(writing, buf);
}

/// Takes the buffered bytes and writes them, holding `WRITING` until they are written; then
/// readies the goroutines waiting for the backlog to shrink.
fn write_out(writing: MutexGuard<()>, mut buf: MutexGuard<Buffer>) {
    let chunk = std::mem::take(&mut buf.bytes);
    drop(buf);
    if !chunk.is_empty() && !diverted(&chunk) {
        let mut out = std::io::stdout();
        let _ = out.write_all(&chunk);
        let _ = out.flush();
    }
    drop(writing);
    let waiters = std::mem::take(&mut STDOUT.lock().waiters);
    for (g, pending) in waiters {
        runtime::ready(&g);
        // After `ready`: the goroutine counts as runnable before the pending wakeup goes.
        drop(pending);
    }
}

/// `flush_stdout` for a process dying of a fatal runtime error, which may strike while this
/// thread holds the buffer (then what it holds is lost rather than deadlocking); the flusher
/// thread holds it only for one write.
pub fn flush_stdout_at_exit() {
    let wait = Duration::from_millis(100);
    if let Some(writing) = WRITING.try_lock_for(wait) {
        if let Some(buf) = STDOUT.try_lock_for(wait) {
            write_out(writing, buf);
        }
    }
}

/// Writes `bytes` to stderr, after what stdout holds where both reach one file; a stdout pipe
/// going elsewhere is not waited for (its reader may be slow; the order of two files is not
/// observable).
pub fn write_stderr(bytes: &[u8]) {
    let streams = std_streams();
    if !streams.stdout_may_block || streams.shared {
        flush_stdout();
    }
    if diverted(bytes) {
        return;
    }
    let _ = std::io::stderr().write_all(bytes);
}

/// [`write_stderr`] from a goroutine (`os.Stderr`, package log): where the write could block
/// for as long as a reader pleases — stderr a full pipe, or the pipe a stdout still being
/// written shares — it runs on a blocking-call thread while the goroutine waits parked.
pub fn write_stderr_waiting(ctx: &mut NativeCtx, bytes: &[u8]) {
    if stderr_write_may_block(bytes.len()) {
        let owned = bytes.to_vec();
        ctx.syscall(move || write_stderr(&owned));
    } else {
        write_stderr(bytes);
    }
}

fn stderr_write_may_block(len: usize) -> bool {
    let streams = std_streams();
    if !streams.stderr_may_block || DIVERTED.load(Ordering::Relaxed) {
        return false;
    }
    // Where both share the pipe, the stdout bytes before it go out first (`write_stderr`).
    let before = match streams.shared {
        true if WRITING.is_locked() => return true,
        true => STDOUT.lock().bytes.len(),
        false => 0,
    };
    before + len > runtime::blocking::PIPE_BUF || !runtime::blocking::writable_now(2)
}
