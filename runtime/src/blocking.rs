//! System calls that may block without end (opening a FIFO whose other end nobody opened)
//! run on blocking-call threads while the calling goroutine waits parked: Go's
//! entersyscall/exitsyscall hand-off, done up front for the calls known to be able to block
//! rather than by a sysmon thread retaking the processor of a slow one (the decision and its
//! measurement are in ARCHITECTURE.md). Calls that cannot block without end (regular files,
//! reads and writes on the poller) never come here.
//!
//! Invariants:
//! - [`start`] publishes the caller as a waiter (`prepare_park`) holding a [`PendingWakeup`]
//!   before the call is queued: the deadlock verdict never fires while a goroutine waits in a
//!   system call (Go's checkdead counts threads in system calls as running). The thread that
//!   ran the call stores its result, readies the goroutine and only then drops the wakeup.
//! - Threads are created on demand when no thread is idle (each blocked call holds one, as
//!   each holds an M in Go) and end after [`IDLE_LIFETIME`] without work.

use crate::monitor::{expect_external_wakeup, PendingWakeup};
use crate::sched::{prepare_park, ready, GoroutineRef};
use parking_lot::{Condvar, Mutex};
use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

/// How long a blocking-call thread waits for another call before it ends.
const IDLE_LIFETIME: Duration = Duration::from_secs(10);

type Job = Box<dyn FnOnce() + Send>;

struct Pool {
    jobs: VecDeque<Job>,
    idle: usize,
}

static POOL: Mutex<Pool> = Mutex::new(Pool {
    jobs: VecDeque::new(),
    idle: 0,
});
static WORK: Condvar = Condvar::new();

/// Where the result of a call started by [`start`] arrives (taken once the caller is readied).
pub type Outcome<T> = Arc<Mutex<Option<T>>>;

/// Runs `call` on a blocking-call thread; the running goroutine is marked parking and must
/// park now (`park(WaitReason::IoWait)`, or `NativeCtx::block`); once readied, the result is
/// in the returned slot.
pub fn start<T: Send + 'static>(call: impl FnOnce() -> T + Send + 'static) -> Outcome<T> {
    let outcome: Outcome<T> = Arc::new(Mutex::new(None));
    let slot = outcome.clone();
    let waiter: (GoroutineRef, PendingWakeup) = (prepare_park(), expect_external_wakeup());
    submit(Box::new(move || {
        let result = call();
        *slot.lock() = Some(result);
        let (g, pending) = waiter;
        ready(&g);
        // After `ready`: the goroutine counts as runnable before the pending wakeup goes.
        drop(pending);
    }));
    outcome
}

fn submit(job: Job) {
    let mut pool = POOL.lock();
    pool.jobs.push_back(job);
    if pool.idle > 0 {
        pool.idle -= 1;
        WORK.notify_one();
        return;
    }
    drop(pool);
    if std::thread::Builder::new()
        .name("minigo-syscall".into())
        .spawn(thread_main)
        .is_err()
    {
        // No thread can be made: run the call here, blocking this worker (Go's `newm` would
        // die with `failed to create new OS thread`; a stalled worker is the lesser harm).
        if let Some(job) = POOL.lock().jobs.pop_front() {
            job();
        }
    }
}

fn thread_main() {
    let mut pool = POOL.lock();
    loop {
        if let Some(job) = pool.jobs.pop_front() {
            drop(pool);
            job();
            pool = POOL.lock();
            continue;
        }
        pool.idle += 1;
        let timed_out = WORK.wait_for(&mut pool, IDLE_LIFETIME).timed_out();
        if timed_out && pool.jobs.is_empty() {
            // Still counted idle only when nobody claimed this thread meanwhile.
            pool.idle = pool.idle.saturating_sub(1);
            return;
        }
    }
}

/// The most bytes one write to a pipe moves at once (`PIPE_BUF`): a write of at most this
/// many to a descriptor [`writable_now`] reports does not block.
pub const PIPE_BUF: usize = libc::PIPE_BUF;

/// Whether a pipe or socket descriptor takes a write without blocking now (poll(2), no
/// wait); also true when its reader is gone, as the write then fails at once.
pub fn writable_now(fd: i32) -> bool {
    let mut p = libc::pollfd {
        fd,
        events: libc::POLLOUT,
        revents: 0,
    };
    // SAFETY: poll on one pollfd that lives across the call, without waiting.
    let n = unsafe { libc::poll(&mut p, 1, 0) };
    n == 1 && p.revents & (libc::POLLOUT | libc::POLLERR | libc::POLLHUP) != 0
}
