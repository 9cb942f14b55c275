//! Recycling of goroutine interpreter states: the `Goroutine` of a goroutine that ended is
//! kept by the worker thread it ended on (with its register stack and frame vector emptied
//! but their capacity kept) and reused by the next goroutine that starts there, so a
//! short-lived goroutine costs no allocation for its state, registers or frames.
//!
//! Invariants:
//! - A pooled state holds no Go value: every vector is empty (no stale word is ever read or
//!   scanned) and it is reset to a fresh goroutine's state before reuse.
//! - The pool is per OS thread and bounded in entries and in each buffer's capacity, so it
//!   never holds more than a few hundred KiB.

use super::{CreatedBy, Goroutine};
use crate::program::Program;
use std::cell::RefCell;
use std::sync::Arc;

const MAX_POOLED: usize = 128;
const MAX_REGS_CAPACITY: usize = 256;
const MAX_FRAMES_CAPACITY: usize = 16;

thread_local! {
    /// The boxes themselves are recycled: a task holds its state as `Box<Goroutine>`.
    #[allow(clippy::vec_box)]
    static POOL: RefCell<Vec<Box<Goroutine>>> = const { RefCell::new(Vec::new()) };
}

/// The state for a goroutine about to start (a recycled one when this thread has some).
pub(super) fn take(prog: Arc<Program>, created_by: Option<(CreatedBy, u32)>) -> Box<Goroutine> {
    let recycled = POOL.try_with(|p| p.borrow_mut().pop()).ok().flatten();
    let mut g = match recycled {
        Some(mut g) => {
            let (regs, frames) = (std::mem::take(&mut g.regs), std::mem::take(&mut g.frames));
            *g = Goroutine::new(prog, 0);
            (g.regs, g.frames) = (regs, frames);
            g
        }
        None => Box::new(Goroutine::new(prog, 0)),
    };
    g.created_by = created_by;
    g
}

/// Keeps an ended goroutine's state for reuse (dropped if its buffers grew large or the pool
/// is full).
pub(super) fn give(mut g: Box<Goroutine>) {
    if g.regs.capacity() > MAX_REGS_CAPACITY || g.frames.capacity() > MAX_FRAMES_CAPACITY {
        return;
    }
    g.regs.clear();
    g.frames.clear();
    g.defers.clear();
    g.panics.clear();
    g.native_roots.clear();
    g.panic_trace = None;
    g.pending = None;
    // `try_with`: a goroutine dropped while its thread exits just frees its state.
    let _ = POOL.try_with(|p| {
        let mut p = p.borrow_mut();
        if p.len() < MAX_POOLED {
            p.push(g);
        }
    });
}
