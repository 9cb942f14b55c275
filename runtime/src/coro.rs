//! All corosensei code: the coroutines goroutines run on, and their pool.
//!
//! Invariants:
//! - A coroutine is a pooled *carrier*: it loops forever, taking a goroutine's task as resume
//!   input, running `Task::run` and suspending with [`Suspend::Done`] when that returns. While
//!   the task runs, the coroutine belongs to that goroutine (its `coroutine` slot); after
//!   `Done` it is *idle* (suspended in its top-level loop with nothing on its stack to drop)
//!   and goes back to the pool, to carry any goroutine next.
//! - So a goroutine that parks with no native frames below its interpreter loop returns from
//!   `Task::run` ([`TaskExit::Parked`]) and holds no coroutine or native stack while parked;
//!   when it is readied, a pooled coroutine calls `Task::run` again. Exception, as a cache: at
//!   most [`KEEP_PARKED`] parked goroutines per runtime keep their idle coroutine, so that a few
//!   goroutines handing values back and forth skip the pool round trip. Native stacks are held
//!   only by running goroutines, those blocked inside native code, those few, and the pool.
//! - A goroutine's coroutine is only resumed by the worker that dequeued the goroutine, and it
//!   suspends only inside [`suspend`], called from the scheduler's park/yield functions (or in
//!   its top-level loop). Those hold no lock guard, `RefCell` borrow or thread-local reference
//!   across the suspension, and re-read per-worker state (through `#[inline(never)]` accessors)
//!   after it: the coroutine may be resumed on another OS thread. That is what makes the
//!   `unsafe impl Send` below sound.
//! - The `Yielder` lives on the coroutine's own stack for the coroutine's whole life; its address
//!   is published to each goroutine the coroutine starts carrying, with the stack's limit.
//! - Stacks are [`STACK_SIZE`] bytes with a guard page (two kernel mappings each). Idle
//!   coroutines are kept in a per-worker cache and a bounded global pool, and at most
//!   [`max_stacks`] stacks exist at once (derived from `vm.max_map_count`, keeping mappings free
//!   for the allocator): beyond that, or when `mmap` fails, [`GoCoroutine::get`] returns an
//!   error and the worker ends the program with Go's `fatal error: out of memory`.

use crate::sched::{Goroutine, Task, TaskExit};
use corosensei::stack::{DefaultStack, Stack, StackPointer};
use corosensei::{Coroutine, CoroutineResult, Yielder};
use parking_lot::Mutex;
use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

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
/// Stackless-parked goroutines per runtime that keep their idle coroutine.
pub(crate) const KEEP_PARKED: usize = 64;
/// Idle coroutines kept in the global pool (beyond that, one is dropped and its stack unmapped).
const POOL_LIMIT: usize = 256;
/// Idle coroutines kept by each worker thread, without locking.
const LOCAL_LIMIT: usize = 8;
/// Kernel mappings left for everything else (the allocator, thread stacks, files).
const RESERVED_MAPPINGS: usize = 8192;

static POOL: Mutex<Vec<GoCoroutine>> = Mutex::new(Vec::new());
/// Stacks currently mapped (carrying a goroutine or idle).
static LIVE_STACKS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// The calling worker's idle coroutines. Only touched from worker code, never from inside a
    /// coroutine (which may migrate between threads).
    static LOCAL_POOL: RefCell<Vec<GoCoroutine>> = const { RefCell::new(Vec::new()) };
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
    /// `Task::run` returned (finished, or [`TaskExit::Parked`]): the coroutine is idle.
    Done(TaskExit),
}

/// What a worker passes to a coroutine it resumes.
#[derive(Clone, Copy)]
pub(crate) enum Resume {
    /// Continue the goroutine it carries (after a suspension inside `Task::run`).
    Continue,
    /// Start carrying a goroutine: call `Task::run`.
    Carry {
        task: *mut dyn Task,
        goroutine: *const Goroutine,
    },
}

// SAFETY: the pointers are only dereferenced by the coroutine while the resuming worker keeps
// the goroutine (which owns the task) alive and lets nothing else use the task.
unsafe impl Send for Resume {}

type Inner = Coroutine<Resume, Suspend, (), GoStack>;

/// A coroutine that carries goroutines.
pub(crate) struct GoCoroutine {
    inner: Inner,
    /// Lowest usable address of its stack.
    limit: usize,
    /// Not carrying a goroutine: fresh, or suspended in its top-level loop after `Done`.
    idle: bool,
}

// SAFETY: see the module invariants: nothing `!Send` (guards, borrows, TLS references) is live
// on the coroutine stack when it is suspended, so moving it to another thread is sound.
unsafe impl Send for GoCoroutine {}

impl GoCoroutine {
    fn new() -> Result<GoCoroutine, StackError> {
        let stack = GoStack::allocate()?;
        let limit = stack.limit().get();
        let inner = Coroutine::with_stack(stack, |yielder: &Yielder<Resume, Suspend>, first| {
            let me = yielder as *const Yielder<Resume, Suspend> as *mut ();
            let mut input = first;
            loop {
                // Only plain values are live across the suspensions below (see `Drop`).
                if let Resume::Carry { task, goroutine } = input {
                    // SAFETY: the resuming worker keeps the goroutine alive, and the task
                    // (owned by it) is used by nobody else until this coroutine reports `Done`.
                    let exit = unsafe {
                        (*goroutine).set_yielder(me);
                        (*task).run()
                    };
                    input = yielder.suspend(Suspend::Done(exit));
                } else {
                    debug_assert!(false, "an idle coroutine was resumed without a goroutine");
                    input = yielder.suspend(Suspend::Done(TaskExit::Returned));
                }
            }
        });
        Ok(GoCoroutine {
            inner,
            limit,
            idle: true,
        })
    }

    /// An idle coroutine to carry a goroutine: from the pools, or a new one. Called by the
    /// worker thread, outside any coroutine.
    pub(crate) fn get() -> Result<GoCoroutine, StackError> {
        let local = LOCAL_POOL.try_with(|p| p.borrow_mut().pop()).ok().flatten();
        if let Some(coroutine) = local {
            return Ok(coroutine);
        }
        if let Some(coroutine) = POOL.lock().pop() {
            return Ok(coroutine);
        }
        GoCoroutine::new()
    }

    /// Start carrying `goroutine` (an idle coroutine) or continue it, until the goroutine
    /// suspends or its task returns ([`Suspend::Done`]).
    pub(crate) fn resume(&mut self, goroutine: &Goroutine) -> CoroutineResult<Suspend, ()> {
        let input = if self.idle {
            self.idle = false;
            goroutine.stack_limit.store(self.limit, Ordering::Relaxed);
            Resume::Carry {
                task: goroutine.task_ptr(),
                goroutine,
            }
        } else {
            Resume::Continue
        };
        let result = self.inner.resume(input);
        if let CoroutineResult::Yield(Suspend::Done(_)) = result {
            self.idle = true;
        }
        result
    }

    /// Give an idle coroutine back to the pools (or drop it when they are full). Called by the
    /// worker thread, outside any coroutine.
    pub(crate) fn release(self) {
        if !self.idle || self.inner.done() {
            return; // dropped
        }
        let rest = LOCAL_POOL.try_with(|p| {
            let mut p = p.borrow_mut();
            if p.len() < LOCAL_LIMIT {
                p.push(self);
                None
            } else {
                Some(self)
            }
        });
        let coroutine = match rest {
            Ok(None) => return,
            Ok(Some(coroutine)) => coroutine,
            Err(_) => return, // thread exiting: dropped with the closure
        };
        let mut pool = POOL.lock();
        if pool.len() < POOL_LIMIT {
            pool.push(coroutine);
        }
    }
}

impl Drop for GoCoroutine {
    fn drop(&mut self) {
        if self.idle && self.inner.started() && !self.inner.done() {
            // SAFETY: an idle coroutine is suspended in its top-level loop, where only plain
            // values (`Resume`, `TaskExit`, the yielder reference) are live: nothing needs
            // dropping, so abandoning its stack (corosensei's `longjmp` rule) is sound and
            // cheaper than unwinding it. A coroutine carrying a goroutine is unwound instead.
            unsafe { self.inner.force_reset() };
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
    let yielder = &*(yielder as *const Yielder<Resume, Suspend>);
    let _ = yielder.suspend(why);
}
