//! Recycling of goroutine buffers: the register stack and frame vector of a goroutine that
//! ended are kept (empty, with their capacity) by the worker thread it ended on and handed
//! to the next goroutine a `go` statement creates there, so spawning a short-lived
//! goroutine does not cost two allocations and two frees.
//!
//! Invariants:
//! - Pooled buffers are empty (`len == 0`): no stale word in them is ever read or scanned.
//! - The pool is per OS thread and bounded in entries and in each buffer's capacity, so it
//!   never holds more than a few hundred KiB.

use super::Frame;
use runtime::Word;
use std::cell::RefCell;

const MAX_POOLED: usize = 128;
const MAX_REGS_CAPACITY: usize = 256;
const MAX_FRAMES_CAPACITY: usize = 16;

thread_local! {
    static POOL: RefCell<Vec<(Vec<Word>, Vec<Frame>)>> = const { RefCell::new(Vec::new()) };
}

/// Buffers for a new goroutine (recycled ones when this thread has some).
pub(super) fn take() -> (Vec<Word>, Vec<Frame>) {
    POOL.try_with(|p| p.borrow_mut().pop())
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Keeps an ended goroutine's buffers for reuse (dropped if too large or the pool is full).
pub(super) fn give(mut regs: Vec<Word>, mut frames: Vec<Frame>) {
    if regs.capacity() > MAX_REGS_CAPACITY || frames.capacity() > MAX_FRAMES_CAPACITY {
        return;
    }
    regs.clear();
    frames.clear();
    // `try_with`: a goroutine dropped while its thread exits just frees its buffers.
    let _ = POOL.try_with(|p| {
        let mut p = p.borrow_mut();
        if p.len() < MAX_POOLED {
            p.push((regs, frames));
        }
    });
}
