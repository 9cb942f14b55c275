//! All corosensei code: the coroutine a goroutine runs on, and the pool of native stacks.
//!
//! Invariants:
//! - A goroutine's coroutine is only resumed by the worker that dequeued the goroutine, and it
//!   suspends only inside [`suspend`], called from the scheduler's park/yield functions. Those
//!   hold no lock guard, `RefCell` borrow or thread-local reference across the suspension, and
//!   re-read per-worker state (through `#[inline(never)]` accessors) after it: the coroutine may
//!   be resumed on another OS thread. That is what makes the `unsafe impl Send` below sound.
//! - The `Yielder` lives on the coroutine's own stack for the coroutine's whole life; its address
//!   is published to the goroutine when the coroutine starts.
//! - A goroutine that parks with no native frames below its interpreter loop returns from
//!   `Task::run` ([`TaskExit::Parked`]): its coroutine then suspends in its top-level loop with
//!   nothing on its stack, and the worker releases that stack to the pool (a fresh coroutine
//!   calls `Task::run` again once the goroutine is readied) — except for at most
//!   [`KEEP_PARKED`] goroutines per runtime, which keep theirs as a cache so that a few
//!   goroutines handing values back and forth do not pay for a new coroutine at every
//!   operation (resuming such a one calls `Task::run` again on the same stack). So native
//!   stacks are held by running goroutines, those blocked inside native code and at most
//!   `KEEP_PARKED` others.
//! - Stacks are [`STACK_SIZE`] bytes with a guard page (two kernel mappings each). They are
//!   recycled through a per-worker cache and a bounded global pool, and at most
//!   [`max_stacks`] exist at once (derived from `vm.max_map_count`, keeping mappings free for
//!   the allocator): beyond that, or when `mmap` fails, [`GoCoroutine::new`] returns an error
//!   and the worker ends the program with Go's `fatal error: out of memory`.

use crate::sched::{Goroutine, TaskExit, WaitReason};
use corosensei::stack::{DefaultStack, Stack, StackPointer};
use corosensei::{Coroutine, CoroutineResult, Yielder};
use parking_lot::Mutex;
use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

/// Native stack size of a goroutine's coroutine. Go frames never live on it; it holds the
/// interpreter loop plus natives, and natives calling back into Go code (`sort.Slice`,
/// `String()` inside fmt: about 1.5 KiB per nesting in a release build). The VM bounds that
/// nesting (`MAX_REENTRY` in `vm/src/interp/calls.rs`) and checks
/// [`native_stack_remaining`](crate::native_stack_remaining) before each, so an excess is
/// Go's stack overflow error, not a segfault. Only touched pages cost memory. Unoptimised
/// builds use about 20 times more native stack per nesting, so they get more.
pub(crate) const STACK_SIZE: usize = if cfg!(debug_assertions) {
    4 << 20
} else {
    512 << 10
};
/// Stacks kept in the global pool (beyond that, a recycled stack is unmapped).
const POOL_LIMIT: usize = 256;
/// Stacks kept by each worker thread, without locking.
const LOCAL_LIMIT: usize = 8;
/// Stackless-parked goroutines per runtime that keep their (idle) coroutine and stack.
pub(crate) const KEEP_PARKED: usize = 64;
/// Kernel mappings left for everything else (the allocator, thread stacks, files).
const RESERVED_MAPPINGS: usize = 8192;

static STACK_POOL: Mutex<Vec<GoStack>> = Mutex::new(Vec::new());
/// Stacks currently mapped (in use or pooled).
static LIVE_STACKS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// The calling worker's stack cache. Only touched from worker code, never from inside a
    /// coroutine (which may migrate between threads).
    static LOCAL_POOL: RefCell<Vec<GoStack>> = const { RefCell::new(Vec::new()) };
}

/// The most native stacks that may exist at once: each costs two mappings (stack + guard
/// page), and the kernel refuses mappings beyond `vm.max_map_count`.
pub(crate) fn max_stacks() -> usize {
    static MAX: OnceLock<usize> = OnceLock::new();
    *MAX.get_or_init(|| {
        if let Ok(v) = std::env::var("MINIGO_MAX_STACKS") {
            if let Ok(n) = v.trim().parse::<usize>() {
                return n.max(1);
            }
        }
        let maps = std::fs::read_to_string("/proc/sys/vm/max_map_count")
            .ok()
            .and_then(|s| s.trim().parse::<usize>().ok())
            .unwrap_or(65530);
        (maps.saturating_sub(RESERVED_MAPPINGS) / 2).max(64)
    })
}

/// A goroutine stack, counted in [`LIVE_STACKS`] while it is mapped.
pub(crate) struct GoStack(DefaultStack);

impl GoStack {
    fn allocate() -> Result<GoStack, StackError> {
        let live = LIVE_STACKS.fetch_add(1, Ordering::SeqCst);
        if live >= max_stacks() {
            LIVE_STACKS.fetch_sub(1, Ordering::SeqCst);
            return Err(StackError);
        }
        match DefaultStack::new(STACK_SIZE) {
            Ok(stack) => Ok(GoStack(stack)),
            Err(_) => {
                LIVE_STACKS.fetch_sub(1, Ordering::SeqCst);
                Err(StackError)
            }
        }
    }

    /// A pooled stack, or a new one.
    fn get() -> Result<GoStack, StackError> {
        let local = LOCAL_POOL.try_with(|p| p.borrow_mut().pop()).ok().flatten();
        if let Some(stack) = local {
            return Ok(stack);
        }
        if let Some(stack) = STACK_POOL.lock().pop() {
            return Ok(stack);
        }
        GoStack::allocate()
    }

    /// Give a stack back to the pools (or unmap it when they are full).
    fn put(self) {
        let rest = LOCAL_POOL.try_with(|p| {
            let mut p = p.borrow_mut();
            if p.len() < LOCAL_LIMIT {
                p.push(self);
                None
            } else {
                Some(self)
            }
        });
        let stack = match rest {
            Ok(None) => return,
            Ok(Some(stack)) => stack,
            Err(_) => return, // thread exiting: the stack was dropped with the closure
        };
        let mut pool = STACK_POOL.lock();
        if pool.len() < POOL_LIMIT {
            pool.push(stack);
        }
    }
}

impl Drop for GoStack {
    fn drop(&mut self) {
        LIVE_STACKS.fetch_sub(1, Ordering::SeqCst);
    }
}

// SAFETY: delegates to `DefaultStack`, which has a guard page and at least `MIN_STACK_SIZE`
// bytes.
unsafe impl Stack for GoStack {
    #[inline]
    fn base(&self) -> StackPointer {
        self.0.base()
    }
    #[inline]
    fn limit(&self) -> StackPointer {
        self.0.limit()
    }
}

/// A native stack could not be allocated (mmap failed or too many mappings).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct StackError;

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
    /// `Task::run` returned [`TaskExit::Parked`]: the coroutine waits in its top-level loop
    /// with nothing on its stack to drop, so the worker may either keep it (resuming it calls
    /// `run` again) or [`release`](GoCoroutine::release) its stack.
    ParkStackless(WaitReason),
}

type Inner = Coroutine<(), Suspend, TaskExit, GoStack>;

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
    /// A coroutine that will run (or continue, after a stackless park) `goroutine`'s task.
    /// Called by the worker thread, outside any coroutine.
    pub(crate) fn new(goroutine: &Arc<Goroutine>) -> Result<GoCoroutine, StackError> {
        let stack = GoStack::get()?;
        goroutine
            .stack_limit
            .store(stack.limit().get(), Ordering::Relaxed);
        let task = SendPtr(goroutine.task_ptr());
        let g = goroutine.clone();
        let coroutine = Coroutine::with_stack(stack, move |yielder: &Yielder<(), Suspend>, ()| {
            g.set_yielder(yielder as *const Yielder<(), Suspend> as *mut ());
            drop(g);
            let task = task;
            loop {
                // SAFETY: the task is owned by the goroutine, which the resuming worker keeps
                // alive, and is only freed after this coroutine completed. Only this coroutine
                // mutates it; the collector and the deadlock dump read it only while the
                // coroutine is suspended (or the goroutine is parked without a coroutine).
                match unsafe { (*task.0).run() } {
                    // Nothing with a destructor is live here (see `release`).
                    TaskExit::Parked(reason) => {
                        yielder.suspend(Suspend::ParkStackless(reason));
                    }
                    exit => return exit,
                }
            }
        });
        Ok(GoCoroutine(coroutine))
    }

    /// Run until the goroutine suspends or its task returns.
    pub(crate) fn resume(&mut self) -> CoroutineResult<Suspend, TaskExit> {
        self.0.resume(())
    }

    /// Give the stack of a coroutine whose last suspension was [`Suspend::ParkStackless`] back
    /// to the pool. Called by the worker thread, outside any coroutine.
    pub(crate) fn release(mut self) {
        // SAFETY: the coroutine is suspended in its top-level loop (`ParkStackless`), where the
        // only live values are the task pointer and the yielder reference (no destructors):
        // the goroutine handle was dropped when it started and `TaskExit` is `Copy`. So
        // abandoning its stack (corosensei's `longjmp` rule) is sound.
        unsafe { self.0.force_reset() };
        self.recycle();
    }

    /// Give a completed coroutine's stack back to the pool (a suspended one is unwound).
    /// Called by the worker thread, outside any coroutine.
    pub(crate) fn recycle(self) {
        if self.0.done() {
            self.0.into_stack().put();
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
