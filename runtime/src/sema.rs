//! Semaphores keyed by address (Go's runtime/sema.go), the blocking primitive under the sync
//! package's Mutex, RWMutex, WaitGroup and Cond.
//!
//! The count lives in the Go object itself: `addr` is the address of a word slot holding it.
//! Waiters live in one of [`SHARDS`] tables chosen by the address.
//!
//! Invariants:
//! - The count is only changed atomically: `release` increments it, an acquirer decrements it
//!   with a CAS only when it is positive.
//! - A waiter is published (under the shard lock) only after it incremented the shard's
//!   `nwait` and re-checked the count; `release` increments the count *then* reads `nwait`
//!   (both SeqCst). So either the acquirer sees the new count or the releaser sees the waiter.
//! - `release` wakes a waiter only after consuming the count on its behalf, so a woken
//!   acquirer returns without re-checking (a ticket). A fast-path acquirer may overtake a
//!   waiter (Go's semantics without starvation mode).

use crate::heap::{word_at, Word};
use crate::sched::{self, GoroutineRef, WaitReason};
use parking_lot::Mutex;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::LazyLock;

const SHARDS: usize = 251;

struct Root {
    nwait: AtomicU64,
    waiters: Mutex<VecDeque<(Word, GoroutineRef)>>,
}

static ROOTS: LazyLock<Vec<Root>> = LazyLock::new(|| {
    (0..SHARDS)
        .map(|_| Root {
            nwait: AtomicU64::new(0),
            waiters: Mutex::new(VecDeque::new()),
        })
        .collect()
});

fn root_for(addr: Word) -> &'static Root {
    &ROOTS[((addr >> 3) % SHARDS as u64) as usize]
}

fn can_acquire(addr: Word) -> bool {
    let count = word_at(addr);
    let mut v = count.load(Ordering::SeqCst);
    loop {
        if v == 0 {
            return false;
        }
        match count.compare_exchange_weak(v, v - 1, Ordering::SeqCst, Ordering::SeqCst) {
            Ok(_) => return true,
            Err(now) => v = now,
        }
    }
}

/// `runtime_Semacquire`: wait until the count at `addr` is positive, then decrement it.
/// Blocks (on the coroutine) with wait reason `semacquire`.
pub fn sema_acquire(addr: Word) {
    if !sema_acquire_start(addr) {
        sched::park(WaitReason::Semacquire);
    }
}

/// The first half of an acquire: take the count if it is positive (`true`), or publish the
/// running goroutine as a waiter and mark it parking (`false`). After `false` the caller must
/// park — [`sched::park`], or stacklessly by returning `TaskExit::Parked` — and owns the
/// count once it is readied.
pub fn sema_acquire_start(addr: Word) -> bool {
    if can_acquire(addr) {
        return true;
    }
    let root = root_for(addr);
    let mut waiters = root.waiters.lock();
    root.nwait.fetch_add(1, Ordering::SeqCst);
    if can_acquire(addr) {
        root.nwait.fetch_sub(1, Ordering::SeqCst);
        return true;
    }
    let g = sched::prepare_park();
    waiters.push_back((addr, g));
    false
}

/// `runtime_Semrelease`: increment the count at `addr` and wake one waiter if any.
pub fn sema_release(addr: Word) {
    word_at(addr).fetch_add(1, Ordering::SeqCst);
    let root = root_for(addr);
    if root.nwait.load(Ordering::SeqCst) == 0 {
        return;
    }
    let mut waiters = root.waiters.lock();
    if root.nwait.load(Ordering::SeqCst) == 0 {
        return;
    }
    let Some(position) = waiters.iter().position(|(a, _)| *a == addr) else {
        return;
    };
    if !can_acquire(addr) {
        return; // a fast-path acquirer took it; the waiter stays for the next release
    }
    let (_, g) = waiters.remove(position).expect("position is valid");
    root.nwait.fetch_sub(1, Ordering::SeqCst);
    drop(waiters);
    sched::ready(&g);
}
