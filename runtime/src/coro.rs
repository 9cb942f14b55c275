//! All corosensei code: the coroutine a goroutine runs on, and the pool of native stacks.
//!
//! Invariants:
//! - A goroutine's coroutine is only resumed by the worker that dequeued the goroutine, and it
//!   suspends only inside [`suspend`], called from the scheduler's park/yield functions. Those
//!   hold no lock guard, `RefCell` borrow or thread-local reference across the suspension, and
//!   re-read per-worker state (through `#[inline(never)]` accessors) after it: the coroutine may
//!   be resumed on another OS thread. That is what makes the `unsafe impl Send` below sound.
//! - The `Yielder` lives on the coroutine's own stack for the coroutine's whole life; its address
//!   is published to the goroutine once, when the coroutine starts.
//! - Stacks are `DefaultStack`s of [`STACK_SIZE`] bytes with a guard page, recycled through a
//!   bounded pool when a coroutine completes. (Future work: return the stack of a goroutine that
//!   parks with no native frames below the interpreter loop.)

use crate::sched::{Goroutine, TaskExit};
use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};
use parking_lot::Mutex;
use std::sync::Arc;

/// Native stack size of a goroutine's coroutine.
pub(crate) const STACK_SIZE: usize = 256 * 1024;
const POOL_LIMIT: usize = 256;

static STACK_POOL: Mutex<Vec<DefaultStack>> = Mutex::new(Vec::new());

/// Why a coroutine handed control back to its worker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Suspend {
    /// Parked (two-phase: the goroutine set PARKING before suspending).
    Park,
    /// `runtime.Gosched` or time-slice preemption: requeue on the global queue.
    Yield,
    /// A collection is requested: requeue, then help stop the world.
    Gc,
    /// The program is exiting; never resume this goroutine.
    Exit,
}

type Inner = Coroutine<(), Suspend, TaskExit, DefaultStack>;

/// A goroutine's coroutine.
pub(crate) struct GoCoroutine(Inner);

// SAFETY: see the module invariants: nothing `!Send` (guards, borrows, TLS references) is live
// on the coroutine stack when it is suspended, so moving it to another thread is sound.
unsafe impl Send for GoCoroutine {}

struct SendPtr<T: ?Sized>(*mut T);
// SAFETY: only used to move the task pointer into the coroutine closure; the pointee is owned
// by the goroutine, which outlives its coroutine, and is only used by the thread running it.
unsafe impl<T: ?Sized> Send for SendPtr<T> {}

impl GoCoroutine {
    /// A coroutine that will run `goroutine`'s task.
    pub(crate) fn new(goroutine: &Arc<Goroutine>) -> GoCoroutine {
        let stack = STACK_POOL.lock().pop();
        let stack = match stack {
            Some(stack) => stack,
            None => DefaultStack::new(STACK_SIZE).expect("cannot allocate a goroutine stack"),
        };
        let task = SendPtr(goroutine.task_ptr());
        let g = goroutine.clone();
        let coroutine = Coroutine::with_stack(stack, move |yielder: &Yielder<(), Suspend>, ()| {
            g.set_yielder(yielder as *const Yielder<(), Suspend> as *mut ());
            drop(g);
            let task = task;
            // SAFETY: the task is owned by the goroutine, which the resuming worker keeps alive,
            // and is only freed after this coroutine completed. Only this coroutine mutates it;
            // the collector and the deadlock dump read it only while the coroutine is suspended.
            unsafe { (*task.0).run() }
        });
        GoCoroutine(coroutine)
    }

    /// Run until the goroutine suspends or its task returns.
    pub(crate) fn resume(&mut self) -> CoroutineResult<Suspend, TaskExit> {
        self.0.resume(())
    }

    /// Give a completed coroutine's stack back to the pool (a suspended one is unwound).
    pub(crate) fn recycle(self) {
        if self.0.done() {
            let stack = self.0.into_stack();
            let mut pool = STACK_POOL.lock();
            if pool.len() < POOL_LIMIT {
                pool.push(stack);
            }
        }
    }
}

/// Suspend the running coroutine whose yielder is `yielder`.
///
/// # Safety
/// `yielder` must be the yielder of the coroutine executing this call (the current
/// goroutine's), and the caller must hold no `!Send` state across this call.
#[inline(never)]
pub(crate) unsafe fn suspend(yielder: *mut (), why: Suspend) {
    let yielder = &*(yielder as *const Yielder<(), Suspend>);
    yielder.suspend(why);
}
