//! Goroutines (G) and the operations a running goroutine performs on the scheduler: spawn,
//! park/ready, Gosched, preemption at safepoints, sleep and exit. The worker threads (M+P) and
//! the monitor live in `worker.rs`.
//!
//! Goroutine status machine (`Goroutine::status`):
//! ```text
//!   RUNNABLE ──worker resumes──▶ RUNNING ──prepare_park──▶ PARKING ──suspend; worker CAS──▶ PARKED
//!      ▲                          │  ▲                        │ ready (CAS)                 │ ready (CAS)
//!      └──── Gosched / preempt ◀──┘  └──── worker requeues ◀──┴─ RUNNABLE         RUNNABLE ─┘ enqueued
//! ```
//! Invariants:
//! - **Two-phase park** (Go's gopark + unlockf): a goroutine sets PARKING *before* publishing
//!   itself as a waiter, suspends, and only then its worker commits `PARKING → PARKED` with a
//!   CAS. A waker that runs in between swaps PARKING → RUNNABLE and enqueues nothing; the
//!   worker's CAS then fails and the worker requeues the goroutine itself. So a wakeup is never
//!   lost and a goroutine is never enqueued twice.
//! - **Stackless park**: instead of suspending inside a blocking call, the task may return
//!   [`TaskExit::Parked`] after `prepare_park` and publishing itself; its coroutine then
//!   reports `Done` and the worker returns it to the pool *before* the commit CAS (so the
//!   goroutine holds no coroutine or native stack while PARKED; at most `coro::KEEP_PARKED`
//!   keep theirs as a cache), then commits exactly as for a suspension. A readied goroutine
//!   without a coroutine gets a pooled one; either way its idle coroutine calls `Task::run`
//!   again.
//! - Only the worker that dequeued a goroutine resumes its coroutine.
//! - A goroutine never holds a lock guard, `RefCell` borrow or thread-local reference across a
//!   suspension; per-worker state is re-read through `#[inline(never)]` accessors after it.
//! - Values handed to a parked goroutine (a received channel value) are stored in its
//!   `transfer` slot, which the collector scans, until the goroutine picks them up.

use crate::coro::{self, GoCoroutine, Suspend};
use crate::gc::Marker;
use crate::heap::Word;
use crate::worker::{self, Shared};
use parking_lot::Mutex;
use std::cell::UnsafeCell;
use std::sync::atomic::{
    AtomicBool, AtomicPtr, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering,
};
use std::sync::Arc;
use std::time::Duration;

/// How a goroutine's task ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskExit {
    /// The goroutine's function returned.
    Returned,
    /// `runtime.Goexit` (for main: the program continues until the others finish).
    Goexit,
    /// Not finished: the goroutine blocked with no native frames below its interpreter loop,
    /// after [`prepare_park`] and publishing itself as a waiter (a `*_start` channel function
    /// returned `Pending`). Its coroutine (and native stack) returns to the pool; the worker
    /// commits the park (two-phase, as [`park`]) and, once the goroutine is readied, calls
    /// [`Task::run`] again on a pooled coroutine to continue.
    Parked(WaitReason),
}

/// One frame of a goroutine dump.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Frame {
    /// Printed as-is on the first line, e.g. `main.main()` or `main.worker(0x1)`.
    pub function: String,
    pub file: String,
    pub line: u32,
}

/// What the VM reports about a goroutine for a deadlock dump.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoroutineInfo {
    /// Innermost frame first.
    pub frames: Vec<Frame>,
    /// The `go` statement's frame (`created by main.main`), absent for main.
    pub created_by: Option<Frame>,
}

/// Go prints at most this many frames of a goroutine, then `...additional frames elided...`
/// (`_TracebackMaxFrames`).
pub const TRACEBACK_MAX_FRAMES: usize = 100;

impl GoroutineInfo {
    /// Go's traceback text for this goroutine (without the `goroutine N [...]:` header).
    pub fn render(&self) -> String {
        let mut out = String::new();
        for frame in self.frames.iter().take(TRACEBACK_MAX_FRAMES) {
            out.push_str(&format!(
                "{}\n\t{}:{} +0x0\n",
                frame.function, frame.file, frame.line
            ));
        }
        if self.frames.len() > TRACEBACK_MAX_FRAMES {
            out.push_str("...additional frames elided...\n");
        }
        if let Some(frame) = &self.created_by {
            let name = frame.function.split('(').next().unwrap_or(&frame.function);
            out.push_str(&format!(
                "created by {}\n\t{}:{} +0x0\n",
                name, frame.file, frame.line
            ));
        }
        out
    }
}

/// A goroutine's body, implemented by the VM (its VM stack and frames).
pub trait Task: Send {
    /// Run the goroutine to completion. Called inside the goroutine's coroutine; it may block
    /// by calling the runtime's park functions and must call [`safepoint`] regularly. It may
    /// also return [`TaskExit::Parked`] (stackless park, see there): `run` is then called
    /// again, on a pooled coroutine, once the goroutine has been readied, and must continue where
    /// it stopped (completing the pending operation with a `*_finish` function).
    fn run(&mut self) -> TaskExit;
    /// Report every word that may reference a heap object (conservatively: the whole VM
    /// stack). Called only while the goroutine is stopped (not started, parked, or suspended
    /// at a safepoint), from the collector's thread.
    fn trace(&self, marker: &mut Marker);
    /// The goroutine's position, for deadlock dumps. Called only while it is stopped.
    fn describe(&self) -> GoroutineInfo;
}

/// Why a goroutine is parked (Go's waitReason strings).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum WaitReason {
    None = 0,
    ChanSend,
    ChanReceive,
    ChanSendNilChan,
    ChanReceiveNilChan,
    Select,
    SelectNoCases,
    Semacquire,
    Sleep,
    SyncCondWait,
    IoWait,
    PanicWait,
    /// A REPL input stopped by Ctrl-C while it ran (minigo's own; Go has no REPL).
    Interrupted,
    /// In a system call that may block, on a blocking-call thread (`crate::blocking`).
    Syscall,
}

impl WaitReason {
    /// Go's text, as shown in `goroutine N [chan send]:`.
    pub fn as_str(self) -> &'static str {
        match self {
            WaitReason::None => "running",
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::Semacquire => "semacquire",
            WaitReason::Sleep => "sleep",
            WaitReason::SyncCondWait => "sync.Cond.Wait",
            WaitReason::IoWait => "IO wait",
            WaitReason::PanicWait => "panicwait",
            WaitReason::Interrupted => "interrupted",
            WaitReason::Syscall => "syscall",
        }
    }
    fn from_u8(v: u8) -> WaitReason {
        const ALL: [WaitReason; 14] = [
            WaitReason::None,
            WaitReason::ChanSend,
            WaitReason::ChanReceive,
            WaitReason::ChanSendNilChan,
            WaitReason::ChanReceiveNilChan,
            WaitReason::Select,
            WaitReason::SelectNoCases,
            WaitReason::Semacquire,
            WaitReason::Sleep,
            WaitReason::SyncCondWait,
            WaitReason::IoWait,
            WaitReason::PanicWait,
            WaitReason::Interrupted,
            WaitReason::Syscall,
        ];
        ALL.get(v as usize).copied().unwrap_or(WaitReason::None)
    }
}

pub(crate) const RUNNABLE: u8 = 0;
pub(crate) const RUNNING: u8 = 1;
pub(crate) const PARKING: u8 = 2;
pub(crate) const PARKED: u8 = 3;
pub(crate) const DEAD: u8 = 4;

/// A goroutine (Go's G).
pub struct Goroutine {
    goid: u64,
    pub(crate) status: AtomicU8,
    pub(crate) wait_reason: AtomicU8,
    /// A value handed over by the goroutine that readied this one (scanned by the GC).
    pub(crate) transfer: AtomicU64,
    /// Auxiliary hand-off data: `ok` of a receive, the winning select case, a sema ticket.
    pub(crate) transfer_aux: AtomicU32,
    yielder: AtomicPtr<()>,
    /// Lowest usable address of the current coroutine's native stack.
    pub(crate) stack_limit: AtomicUsize,
    /// Parked stacklessly but kept its idle coroutine (counted in `Shared::kept_coroutines`).
    pub(crate) coroutine_kept: AtomicBool,
    /// Its slot in `Shared::all` (see `allgs`).
    pub(crate) allg_slot: AtomicU32,
    pub(crate) coroutine: Mutex<Option<GoCoroutine>>,
    task: UnsafeCell<Option<Box<dyn Task>>>,
    pub(crate) shared: Arc<Shared>,
    /// The race detector's state for this goroutine (see `race`; empty without `-race`).
    pub(crate) race: crate::race::GSlot,
    /// Set by `session::Handle::stop`: at its next preemption the goroutine parks for good.
    pub(crate) stopped: AtomicBool,
}

// SAFETY: every field but `task` is Sync. `task` is mutated only by the coroutine running it
// (one thread at a time, handed over through the run queues' synchronisation) and by the worker
// that drops it after the coroutine completed; it is read (`trace`, `describe`) only while the
// goroutine is stopped: during a collection (world stopped) or a deadlock dump (all idle).
unsafe impl Sync for Goroutine {}

/// A shared handle to a goroutine, as stored in wait queues.
pub type GoroutineRef = Arc<Goroutine>;

impl Goroutine {
    pub(crate) fn new(goid: u64, task: Box<dyn Task>, shared: Arc<Shared>) -> Goroutine {
        Goroutine {
            goid,
            status: AtomicU8::new(RUNNABLE),
            wait_reason: AtomicU8::new(0),
            transfer: AtomicU64::new(0),
            transfer_aux: AtomicU32::new(0),
            yielder: AtomicPtr::new(std::ptr::null_mut()),
            stack_limit: AtomicUsize::new(0),
            coroutine_kept: AtomicBool::new(false),
            allg_slot: AtomicU32::new(0),
            coroutine: Mutex::new(None),
            task: UnsafeCell::new(Some(task)),
            shared,
            race: Default::default(),
            stopped: AtomicBool::new(false),
        }
    }

    /// The Go goroutine id (main = 1).
    pub fn goid(&self) -> u64 {
        self.goid
    }

    /// The reason it is parked (meaningful while parked).
    pub fn wait_reason(&self) -> WaitReason {
        WaitReason::from_u8(self.wait_reason.load(Ordering::Relaxed))
    }

    pub(crate) fn set_yielder(&self, yielder: *mut ()) {
        self.yielder.store(yielder, Ordering::Release);
    }

    pub(crate) fn task_ptr(&self) -> *mut dyn Task {
        // SAFETY: called by the worker attaching a coroutine to this goroutine, while no other
        // coroutine carries it (not started, or parked stacklessly and readied).
        let task = unsafe { &mut *self.task.get() };
        &mut **task.as_mut().expect("goroutine has no task") as *mut dyn Task
    }

    /// Drop the task after the coroutine completed.
    pub(crate) fn drop_task(&self) {
        // SAFETY: the coroutine has completed (or was dropped), so nothing else uses the task;
        // the caller holds a world read share, so the collector is not tracing it.
        unsafe { *self.task.get() = None };
    }

    /// Trace the task and the transfer slot (world stopped).
    pub(crate) fn trace(&self, marker: &mut Marker) {
        marker.mark(self.transfer.load(Ordering::Relaxed));
        // SAFETY: called by the collector while the world is stopped: the coroutine is not
        // executing, so nobody mutates the task.
        if let Some(task) = unsafe { &*self.task.get() } {
            task.trace(marker);
        }
    }

    /// The task's description (all workers idle or world stopped).
    pub(crate) fn describe(&self) -> GoroutineInfo {
        // SAFETY: called from the deadlock detector while every worker is idle, so the
        // coroutine is not executing.
        match unsafe { &*self.task.get() } {
            Some(task) => task.describe(),
            None => GoroutineInfo::default(),
        }
    }

    /// Take the value (and aux word) handed to this goroutine while it was parked.
    pub fn take_transfer(&self) -> (Word, u32) {
        let value = self.transfer.swap(0, Ordering::Acquire);
        (value, self.transfer_aux.load(Ordering::Acquire))
    }

    /// Hand a value to this goroutine before readying it.
    pub fn set_transfer(&self, value: Word, aux: u32) {
        self.transfer_aux.store(aux, Ordering::Release);
        self.transfer.store(value, Ordering::Release);
    }
}

// ---------------------------------------------------------------------------------------------
// Attention flag: the single word `safepoint` polls.

/// Non-zero while a collection is requested or some processor has a preemption request.
static ATTENTION: AtomicU64 = AtomicU64::new(0);

pub(crate) fn attention_add() {
    ATTENTION.fetch_add(1, Ordering::SeqCst);
}

pub(crate) fn attention_sub() {
    ATTENTION.fetch_sub(1, Ordering::SeqCst);
}

/// Poll for preemption and stop-the-world requests. The VM calls this at function calls and
/// backward jumps; it costs one relaxed load unless something is pending.
#[inline]
pub fn safepoint() {
    if ATTENTION.load(Ordering::Relaxed) != 0 {
        safepoint_slow();
    }
}

#[cold]
#[inline(never)]
fn safepoint_slow() {
    let Some(g) = worker::current_goroutine_ptr() else {
        return;
    };
    if crate::gc::gc_requested() {
        suspend_current(g, Suspend::Gc);
        return;
    }
    if worker::take_preempt_request() {
        // SAFETY: `g` is the running goroutine (kept alive by its worker).
        if unsafe { (*g).stopped.load(Ordering::SeqCst) } {
            park_forever(WaitReason::Interrupted);
        }
        // SAFETY: as above.
        unsafe { (*g).status.store(RUNNABLE, Ordering::Release) };
        suspend_current(g, Suspend::Yield);
    }
}

/// Suspend the running goroutine `g`.
fn suspend_current(g: *const Goroutine, why: Suspend) {
    // SAFETY: `g` is the goroutine running on this thread, alive while its worker resumes it;
    // its yielder belongs to the coroutine executing this call, and no guard is held here.
    unsafe {
        let yielder = (*g).yielder.load(Ordering::Acquire);
        coro::suspend(yielder, why);
    }
}

fn running_goroutine() -> *const Goroutine {
    worker::current_goroutine_ptr().expect("not called from a goroutine")
}

/// Bytes of native stack left below the caller (`usize::MAX` outside goroutines). Natives
/// that recurse (calling back into Go code, or over nested values) check it against a reserve
/// and raise Go's stack overflow instead of running into the guard page (a segfault).
#[inline(never)]
pub fn native_stack_remaining() -> usize {
    let Some(g) = worker::current_goroutine_ptr() else {
        return usize::MAX;
    };
    // SAFETY: the running goroutine is alive while it runs.
    let limit = unsafe { (*g).stack_limit.load(Ordering::Relaxed) };
    if limit == 0 {
        return usize::MAX;
    }
    let marker = 0u8;
    let sp = std::hint::black_box(&marker) as *const u8 as usize;
    sp.saturating_sub(limit)
}

/// Whether the calling code runs inside a goroutine.
pub fn in_goroutine() -> bool {
    worker::current_goroutine_ptr().is_some()
}

/// The running goroutine.
pub fn current() -> GoroutineRef {
    worker::current_goroutine().expect("not called from a goroutine")
}

/// The running goroutine's id (0 outside goroutines).
pub fn current_goid() -> u64 {
    match worker::current_goroutine_ptr() {
        // SAFETY: the running goroutine is alive while it runs.
        Some(g) => unsafe { (*g).goid },
        None => 0,
    }
}

/// Start a new goroutine running `task`; returns its id.
pub fn spawn(task: Box<dyn Task>) -> u64 {
    let shared = worker::current_shared().expect("spawn outside a goroutine");
    let g = shared.new_goroutine(task);
    let goid = g.goid;
    if crate::race::enabled() {
        crate::race::on_spawn(&g);
    }
    worker::enqueue_new(&shared, g);
    goid
}

/// Phase one of parking: mark the running goroutine PARKING and return it, to be published
/// in a wait queue. The caller must then call [`park`] (after releasing its locks).
pub fn prepare_park() -> GoroutineRef {
    let g = current();
    g.status.store(PARKING, Ordering::SeqCst);
    g
}

/// Phase two: suspend the running goroutine (which called [`prepare_park`]) until [`ready`].
pub fn park(reason: WaitReason) {
    let g = running_goroutine();
    // SAFETY: the running goroutine is alive while it runs.
    unsafe {
        debug_assert!(matches!(
            (*g).status.load(Ordering::Relaxed),
            PARKING | RUNNABLE
        ));
        (*g).wait_reason.store(reason as u8, Ordering::Relaxed);
    }
    suspend_current(g, Suspend::Park);
    let g = running_goroutine();
    // SAFETY: as above (re-read after resuming: we may be on another thread).
    unsafe { (*g).wait_reason.store(0, Ordering::Relaxed) };
}

/// Take the value (and aux word) handed to the running goroutine while it was parked: the
/// completion half of a blocking operation.
pub(crate) fn take_current_transfer() -> (Word, u32) {
    let g = running_goroutine();
    // SAFETY: the running goroutine is alive while it runs.
    unsafe { (*g).take_transfer() }
}

/// Block the running goroutine forever (nil channel operations, `select {}`).
pub fn park_forever(reason: WaitReason) -> ! {
    drop(prepare_park());
    park_forever_prepared(reason)
}

/// [`park_forever`] after [`prepare_park`] was called.
pub fn park_forever_prepared(reason: WaitReason) -> ! {
    loop {
        park(reason);
        drop(prepare_park());
    }
}

/// Make a parked (or parking) goroutine runnable. Safe to call from any thread.
pub fn ready(g: &GoroutineRef) {
    if make_runnable(g) {
        worker::enqueue_ready(g.clone());
    }
}

/// The status half of [`ready`]: returns true if the caller must enqueue `g` (it was PARKED),
/// false if its worker will requeue it (it was still PARKING).
pub(crate) fn make_runnable(g: &Goroutine) -> bool {
    loop {
        match g.status.load(Ordering::SeqCst) {
            PARKING => {
                if g.status
                    .compare_exchange(PARKING, RUNNABLE, Ordering::SeqCst, Ordering::SeqCst)
                    .is_ok()
                {
                    return false; // its worker's commit CAS fails and requeues it
                }
            }
            PARKED => {
                if g.status
                    .compare_exchange(PARKED, RUNNABLE, Ordering::SeqCst, Ordering::SeqCst)
                    .is_ok()
                {
                    return true;
                }
            }
            _ => {
                debug_assert!(false, "ready of a goroutine that is not parked");
                return false;
            }
        }
    }
}

/// `runtime.Gosched`: yield the processor; the goroutine goes to the global queue.
pub fn gosched() {
    let g = running_goroutine();
    // SAFETY: the running goroutine is alive while it runs.
    unsafe { (*g).status.store(RUNNABLE, Ordering::Release) };
    suspend_current(g, Suspend::Yield);
}

/// Yield so that this goroutine's worker can run a requested collection.
pub(crate) fn yield_for_gc() {
    let g = running_goroutine();
    suspend_current(g, Suspend::Gc);
}

/// `time.Sleep`: park with reason `sleep` until `duration` has passed.
pub fn sleep(duration: Duration) {
    if !sleep_start(duration) {
        park(WaitReason::Sleep);
    }
}

/// The first half of [`sleep`]: `true` if there is nothing to wait for; otherwise a timer
/// will ready the running goroutine, which is marked parking and must now park (wait reason
/// `sleep`), stackfully or stacklessly.
pub fn sleep_start(duration: Duration) -> bool {
    if duration.is_zero() {
        return true;
    }
    let g = prepare_park();
    let shared = g.shared.clone();
    shared.add_timer(
        std::time::Instant::now() + duration,
        crate::monitor::TimerAction::Wake(g),
    );
    drop(shared);
    false
}

/// End the program with `code` (`os.Exit`, or after the VM printed an unrecovered panic).
/// Inside a goroutine the runtime's `start` returns with this code; elsewhere the process
/// exits.
pub fn exit_program(code: i32) -> ! {
    match worker::current_shared() {
        Some(shared) => {
            shared.set_exit(code, None);
            let g = running_goroutine();
            loop {
                suspend_current(g, Suspend::Exit);
            }
        }
        None => std::process::exit(code),
    }
}

/// `runtime.NumGoroutine`.
pub fn num_goroutine() -> usize {
    worker::current_shared().map_or(0, |s| s.num_goroutine())
}

/// `runtime.GOMAXPROCS(n)`: returns the previous setting; `n < 1` only queries. Only the
/// worker threads created at start exist: a larger `n` is recorded but runs at most that many;
/// a smaller one disables the workers numbered `n` and above once their goroutines yield.
pub fn set_gomaxprocs(n: i64) -> usize {
    let Some(shared) = worker::current_shared() else {
        return 1;
    };
    let old = shared.set_gomaxprocs(n);
    if n >= 1 && (n as usize) < old {
        if let Some(me) = worker::current_proc_index() {
            shared.wait_disabled_asleep(me);
        }
    }
    drop(shared);
    if worker::current_proc_disabled() {
        gosched();
    }
    old
}

/// Whether the program is exiting (natives in long loops may check it).
pub fn exiting() -> bool {
    worker::current_shared().is_some_and(|s| s.exiting.load(Ordering::Relaxed))
}
