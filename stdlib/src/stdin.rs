//! Standard input for goroutines (Go's entersyscall/exitsyscall for `read(0, …)`): a helper
//! OS thread does the blocking `read`, so no worker (P) ever blocks in it, at any GOMAXPROCS.
//! A goroutine that finds nothing to take publishes itself as a waiter and its native blocks
//! through `NativeCtx::block` — no coroutine stack is held while it waits — then re-runs from
//! the start once the helper's read completed (so every reading native is restartable: it
//! changes no state before its read succeeds, or undoes it with [`Txn`]).
//!
//! Invariants:
//! - At most one read is in flight; it asks for exactly the bytes its requester wanted, through
//!   Rust's shared stdin buffer, so nothing is read ahead of Go's reads (the REPL reads its
//!   next lines from that same buffer).
//! - Bytes read but not taken (a retry that wants fewer, a transaction undone) wait in
//!   `unread` and are taken before anything else; an end of input or read error completes one
//!   read only, as `read(2)` reports it once.
//! - A waiter holds a [`runtime::PendingWakeup`] until it is readied: a goroutine waiting on
//!   standard input is never a deadlock (Go's blocked `read` system call is not either).
//! - Waiters are installed under the same lock the helper takes to publish its result, so no
//!   wakeup is lost; every waiter is readied on each result, and those that find nothing wait
//!   again.

use parking_lot::Mutex;
use std::collections::VecDeque;
use std::io::Read;
use std::sync::mpsc;
use std::sync::OnceLock;

/// A read that cannot complete yet: the calling goroutine is published as a waiter and marked
/// parking; its native must block now (`NativeCtx::block`) and re-run when readied.
#[derive(Debug)]
pub struct Blocked;

/// What one read of standard input gave: bytes (empty at the end of input) or the error.
pub type ReadResult = std::io::Result<Vec<u8>>;

#[derive(Default)]
struct Shared {
    unread: VecDeque<u8>,
    /// An end of input (`Ok(empty)`) or error nobody has taken yet.
    end: Option<ReadResult>,
    in_flight: bool,
    waiters: Vec<(runtime::GoroutineRef, runtime::PendingWakeup)>,
}

struct Stdin {
    shared: Mutex<Shared>,
    requests: Mutex<mpsc::Sender<usize>>,
}

fn stdin() -> &'static Stdin {
    static STDIN: OnceLock<Stdin> = OnceLock::new();
    STDIN.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<usize>();
        std::thread::Builder::new()
            .name("minigo-stdin".into())
            .spawn(move || {
                while let Ok(max) = rx.recv() {
                    let got = read_blocking(max);
                    publish(got);
                }
            })
            .expect("cannot start the stdin thread");
        Stdin {
            shared: Mutex::new(Shared::default()),
            requests: Mutex::new(tx),
        }
    })
}

fn read_blocking(max: usize) -> ReadResult {
    let mut buf = vec![0u8; max.max(1)];
    loop {
        match std::io::stdin().lock().read(&mut buf) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            r => {
                buf.truncate(r?);
                return Ok(buf);
            }
        }
    }
}

/// The helper's result: kept for the waiters, all of which are readied.
fn publish(got: ReadResult) {
    let waiters = {
        let mut s = stdin().shared.lock();
        s.in_flight = false;
        match got {
            Ok(bytes) if !bytes.is_empty() => s.unread.extend(bytes),
            end => s.end = Some(end),
        }
        std::mem::take(&mut s.waiters)
    };
    for (g, pending) in waiters {
        runtime::ready(&g);
        // After `ready`: the goroutine counts as runnable before the pending wakeup goes.
        drop(pending);
    }
}

/// Takes up to `max` bytes (empty: end of input), or, with nothing to take, first gives back
/// `undo` (bytes this attempt already took, in order) and publishes the caller as a waiter.
fn take(max: usize, undo: &[u8]) -> Result<ReadResult, Blocked> {
    let st = stdin();
    let mut s = st.shared.lock();
    if !s.unread.is_empty() {
        let n = max.min(s.unread.len());
        return Ok(Ok(s.unread.drain(..n).collect()));
    }
    if let Some(end) = s.end.take() {
        return Ok(end);
    }
    for &b in undo.iter().rev() {
        s.unread.push_front(b);
    }
    s.waiters
        .push((runtime::prepare_park(), runtime::expect_external_wakeup()));
    if !s.in_flight {
        s.in_flight = true;
        if st.requests.lock().send(max).is_err() {
            // The helper thread is gone (never, short of a panic there): end of input.
            drop(s);
            publish(Ok(Vec::new()));
        }
    }
    Err(Blocked)
}

/// Reads up to `max` bytes of standard input (empty = end of input). Call from a goroutine.
pub fn read(max: usize) -> Result<ReadResult, Blocked> {
    take(max, &[])
}

/// A byte-at-a-time reading of standard input that is undone as a whole when it blocks (for
/// `fmt.Scan`, whose re-run must see the same bytes again).
#[derive(Default)]
pub struct Txn {
    taken: Vec<u8>,
}

impl Txn {
    /// The next byte; `None` at the end of input or on a read error.
    pub fn next_byte(&mut self) -> Result<Option<u8>, Blocked> {
        match take(1, &self.taken) {
            Ok(Ok(b)) => {
                let first = b.first().copied();
                self.taken.extend(first);
                Ok(first)
            }
            Ok(Err(_)) => Ok(None),
            Err(Blocked) => {
                self.taken.clear();
                Err(Blocked)
            }
        }
    }
}
