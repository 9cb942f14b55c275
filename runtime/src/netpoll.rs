//! The network poller (Go's netpoll): sockets are non-blocking and registered once,
//! edge-triggered, with one epoll instance (`mio`). A goroutine whose I/O would block parks on
//! its descriptor's [`PollDesc`] — without a native stack when its native blocks through
//! `NativeCtx::block` — and the poller thread readies it when the descriptor becomes ready,
//! when its deadline passes or when the descriptor is closed. No worker thread ever blocks in
//! a socket call.
//!
//! Invariants:
//! - Per direction (read, write), a descriptor holds nothing, a readiness token (an event came
//!   while nobody waited) or its one waiting goroutine. A waiter is installed only after its
//!   operation returned `WouldBlock`, under the descriptor's lock; an event consumes the token
//!   or readies the waiter, so no wakeup is lost (Go's `pdReady` / `pdWait`). A readied waiter
//!   retries its operation; a stale token costs one retry.
//! - A waiting goroutine holds a [`PendingWakeup`]: the deadlock verdict never fires while one
//!   waits on the network (a server blocked in `Accept` waits forever, as in Go).
//! - Deadlines are absolute instants kept per direction. The poller sleeps at most until the
//!   earliest deadline it was told of (a heap with stale entries skipped on expiry); a passed
//!   deadline readies the waiter, whose retry then reports [`PollError::Timeout`].
//! - After [`PollDesc::close`] every wait and retry reports [`PollError::Closed`].

use crate::monitor::{expect_external_wakeup, PendingWakeup};
use crate::sched::{prepare_park, ready, GoroutineRef};
use mio::{Events, Interest, Poll, Registry, Token, Waker};
use parking_lot::Mutex;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock, Weak};
use std::time::Instant;

/// The direction an operation waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Read = 0,
    Write = 1,
}

/// Why an operation cannot go on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PollError {
    /// The descriptor was closed (Go's `use of closed network connection`).
    Closed,
    /// The direction's deadline passed (Go's `os.ErrDeadlineExceeded`, `i/o timeout`).
    Timeout,
}

#[derive(Default)]
struct Direction {
    waiter: Option<(GoroutineRef, PendingWakeup)>,
    ready: bool,
    deadline: Option<Instant>,
}

#[derive(Default)]
struct DescState {
    dirs: [Direction; 2],
    closing: bool,
}

/// A registered descriptor's wait state (Go's `pollDesc`).
pub struct PollDesc {
    token: usize,
    state: Mutex<DescState>,
}

const WAKER: Token = Token(0);

struct Poller {
    registry: Registry,
    waker: Waker,
    descs: Mutex<HashMap<usize, Weak<PollDesc>>>,
    next_token: AtomicUsize,
    /// (deadline, token, direction): possibly stale, checked against the descriptor.
    deadlines: Mutex<BinaryHeap<Reverse<(Instant, usize, u8)>>>,
}

fn poller() -> &'static Poller {
    static POLLER: OnceLock<Poller> = OnceLock::new();
    POLLER.get_or_init(|| {
        let poll = Poll::new().expect("cannot create the network poller (epoll)");
        let registry = poll.registry().try_clone().expect("epoll registry");
        let waker = Waker::new(poll.registry(), WAKER).expect("epoll waker");
        std::thread::Builder::new()
            .name("minigo-netpoll".into())
            .spawn(move || poll_loop(poll))
            .expect("cannot start the network poller thread");
        Poller {
            registry,
            waker,
            descs: Mutex::new(HashMap::new()),
            next_token: AtomicUsize::new(1),
            deadlines: Mutex::new(BinaryHeap::new()),
        }
    })
}

fn poll_loop(mut poll: Poll) {
    let mut events = Events::with_capacity(256);
    loop {
        let p = poller();
        let timeout = p
            .deadlines
            .lock()
            .peek()
            .map(|Reverse((at, _, _))| at.saturating_duration_since(Instant::now()));
        if let Err(e) = poll.poll(&mut events, timeout) {
            if e.kind() != std::io::ErrorKind::Interrupted {
                eprintln!("minigo: network poller: {e}");
            }
            continue;
        }
        for event in events.iter() {
            if event.token() == WAKER {
                continue;
            }
            let Some(pd) = p.descs.lock().get(&event.token().0).and_then(Weak::upgrade) else {
                continue;
            };
            let failed = event.is_error();
            if event.is_readable() || event.is_read_closed() || failed {
                pd.wake(Mode::Read);
            }
            if event.is_writable() || event.is_write_closed() || failed {
                pd.wake(Mode::Write);
            }
        }
        expire_deadlines(p);
    }
}

/// Readies the waiters whose deadline has passed.
fn expire_deadlines(p: &Poller) {
    let now = Instant::now();
    loop {
        let (token, mode) = {
            let mut heap = p.deadlines.lock();
            match heap.peek() {
                Some(Reverse((at, token, mode))) if *at <= now => {
                    let due = (*token, *mode);
                    heap.pop();
                    due
                }
                _ => return,
            }
        };
        if let Some(pd) = p.descs.lock().get(&token).and_then(Weak::upgrade) {
            let mode = if mode == 0 { Mode::Read } else { Mode::Write };
            let passed = pd.state.lock().dirs[mode as usize]
                .deadline
                .is_some_and(|d| d <= now);
            if passed {
                pd.wake(mode);
            }
        }
    }
}

/// Registers a non-blocking socket with the poller (edge-triggered, both directions).
pub fn register(source: &mut (impl mio::event::Source + ?Sized)) -> std::io::Result<Arc<PollDesc>> {
    let p = poller();
    let token = p.next_token.fetch_add(1, Ordering::Relaxed);
    let pd = Arc::new(PollDesc {
        token,
        state: Mutex::new(DescState::default()),
    });
    p.descs.lock().insert(token, Arc::downgrade(&pd));
    if let Err(e) = p.registry.register(
        source,
        Token(token),
        Interest::READABLE | Interest::WRITABLE,
    ) {
        p.descs.lock().remove(&token);
        return Err(e);
    }
    Ok(pd)
}

impl PollDesc {
    /// After `mode`'s operation returned `WouldBlock`: `Ok(true)` when the calling goroutine
    /// is now published as the waiter and prepared to park (block it at once), `Ok(false)`
    /// when readiness already arrived (retry now).
    pub fn prepare_wait(&self, mode: Mode) -> Result<bool, PollError> {
        let mut st = self.state.lock();
        Self::usable(&st, mode)?;
        let dir = &mut st.dirs[mode as usize];
        if dir.ready {
            dir.ready = false;
            return Ok(false);
        }
        debug_assert!(dir.waiter.is_none(), "two goroutines wait on one direction");
        dir.waiter = Some((prepare_park(), expect_external_wakeup()));
        Ok(true)
    }

    /// Whether `mode`'s operation may be tried: not closed, deadline not passed.
    pub fn check(&self, mode: Mode) -> Result<(), PollError> {
        Self::usable(&self.state.lock(), mode)
    }

    fn usable(st: &DescState, mode: Mode) -> Result<(), PollError> {
        if st.closing {
            return Err(PollError::Closed);
        }
        match st.dirs[mode as usize].deadline {
            Some(d) if d <= Instant::now() => Err(PollError::Timeout),
            _ => Ok(()),
        }
    }

    /// Sets (or, with `None`, clears) `mode`'s deadline; a waiter whose new deadline has
    /// passed is readied at once.
    pub fn set_deadline(&self, mode: Mode, deadline: Option<Instant>) {
        self.state.lock().dirs[mode as usize].deadline = deadline;
        let Some(at) = deadline else { return };
        if at <= Instant::now() {
            self.wake(mode);
            return;
        }
        let p = poller();
        let earliest = {
            let mut heap = p.deadlines.lock();
            heap.push(Reverse((at, self.token, mode as u8)));
            heap.peek()
                .is_some_and(|Reverse((first, _, _))| *first == at)
        };
        if earliest {
            let _ = p.waker.wake();
        }
    }

    /// Marks the descriptor closed and readies its waiters (their retries fail with
    /// [`PollError::Closed`]); the caller then deregisters and drops the socket.
    pub fn close(&self) {
        self.state.lock().closing = true;
        self.wake(Mode::Read);
        self.wake(Mode::Write);
    }

    /// Readies `mode`'s waiter, or leaves a readiness token when there is none.
    fn wake(&self, mode: Mode) {
        let waiter = {
            let mut st = self.state.lock();
            let dir = &mut st.dirs[mode as usize];
            match dir.waiter.take() {
                Some(w) => Some(w),
                None => {
                    dir.ready = true;
                    None
                }
            }
        };
        if let Some((g, pending)) = waiter {
            ready(&g);
            // After `ready`: the goroutine counts as runnable before the pending wakeup goes.
            drop(pending);
        }
    }
}

/// Removes a closed socket from the poller.
pub fn deregister(source: &mut (impl mio::event::Source + ?Sized), pd: &PollDesc) {
    let p = poller();
    let _ = p.registry.deregister(source);
    p.descs.lock().remove(&pd.token);
}
