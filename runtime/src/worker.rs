//! Worker threads (Go's M bound to a P), run queues, idle parking, the monitor thread (timers
//! and preemption, Go's sysmon) and deadlock detection.
//!
//! Invariants:
//! - Each processor has a FIFO crossbeam `Worker` (owned by its thread; others steal through
//!   its `Stealer`) and a one-slot `runnext` holding the goroutine most recently readied by
//!   its running goroutine. A goroutine taken from `runnext` inherits the time slice (the tick
//!   is not advanced), so a ping-pong pair cannot starve others. Every 61st schedule looks at
//!   the global queue first. Gosched and preemption put the goroutine on the global queue.
//! - **Idle protocol** (no lost wakeups): an idle worker, under `synced`, adds itself to
//!   `idle`, publishes `nidle` (SeqCst), re-checks every queue, and only then sleeps on its own
//!   flag. A producer pushes, issues a SeqCst fence, reads `nidle` and, if non-zero, pops an
//!   idle worker under `synced` and sets its flag. Only the popper sets the flag, and a worker
//!   removes itself from `idle` after every wakeup, so it is never listed twice.
//! - **Deadlock** is declared only under `synced`, when every processor is idle, no timer is
//!   pending and no timer callback is running: then no goroutine is running or runnable and
//!   nothing can ever ready one. Timers fire under `synced` too (their goroutines are pushed
//!   before the lock is released), so the verdict cannot race with a timer.
//! - **Preemption**: the monitor sees a processor whose tick has not changed for 10 ms and sets
//!   its `preempt` flag (raising the global attention counter); the goroutine yields at its
//!   next safepoint.

use crate::allgs::AllGs;
use crate::coro::{self, GoCoroutine, Suspend};
use crate::gc::{self, Marker, RootSet};
use crate::monitor::{self, Timer, TimerAction};
use crate::sched::{self, Goroutine, GoroutineRef, Task, TaskExit, DEAD, PARKED, PARKING};
use crate::sched::{RUNNABLE, RUNNING};
use corosensei::CoroutineResult;
use crossbeam_deque::{Injector, Steal, Stealer, Worker};
use parking_lot::{Condvar, Mutex, RwLockReadGuard};
use std::cell::{Cell, RefCell};
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::atomic::{fence, AtomicBool, AtomicPtr, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A processor (Go's P): its queues and the flags the monitor watches.
pub(crate) struct Processor {
    runnext: AtomicPtr<Goroutine>,
    stealer: Stealer<GoroutineRef>,
    wake_flag: Mutex<bool>,
    wake_cv: Condvar,
    /// Advanced whenever a goroutine starts a fresh time slice here.
    pub(crate) tick: AtomicU64,
    pub(crate) running: AtomicBool,
    preempt: AtomicBool,
    /// Set by `wake_idle` for the worker it wakes: that worker counts in `Shared::nspinning`.
    woken_spinning: AtomicBool,
    /// The worker is awake: looking for work or running a goroutine. Cleared just before it
    /// sleeps; a GOMAXPROCS decrease waits for it to clear on the processors it disables.
    awake: AtomicBool,
}

impl Processor {
    fn take_runnext(&self) -> Option<GoroutineRef> {
        // Read first: thieves probe every processor's slot, and a swap would take the cache
        // line from its owner even when the slot is empty.
        if self.runnext.load(Ordering::Relaxed).is_null() {
            return None;
        }
        let p = self.runnext.swap(std::ptr::null_mut(), Ordering::AcqRel);
        // SAFETY: non-null runnext pointers come from `Arc::into_raw` in `put_runnext`, and the
        // swap gives this caller sole ownership of that reference.
        (!p.is_null()).then(|| unsafe { Arc::from_raw(p) })
    }
    fn put_runnext(&self, g: GoroutineRef) -> Option<GoroutineRef> {
        let old = self
            .runnext
            .swap(Arc::into_raw(g) as *mut Goroutine, Ordering::AcqRel);
        // SAFETY: as in `take_runnext`.
        (!old.is_null()).then(|| unsafe { Arc::from_raw(old) })
    }
    fn wake(&self) {
        *self.wake_flag.lock() = true;
        self.wake_cv.notify_one();
    }
    pub(crate) fn request_preempt(&self) {
        if !self.preempt.swap(true, Ordering::SeqCst) {
            sched::attention_add();
        }
    }
    fn clear_preempt(&self) -> bool {
        if self.preempt.load(Ordering::Relaxed) && self.preempt.swap(false, Ordering::SeqCst) {
            sched::attention_sub();
            return true;
        }
        false
    }
}

pub(crate) struct Synced {
    pub(crate) idle: Vec<usize>,
    pub(crate) timers: BinaryHeap<Reverse<Timer>>,
    pub(crate) next_timer_seq: u64,
    pub(crate) callbacks_in_flight: usize,
}

/// How a program ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExitInfo {
    /// Process exit status.
    pub code: i32,
    /// A runtime fatal error to print on stderr (deadlock dump…), already formatted.
    pub fatal: Option<String>,
}

/// State shared by one runtime's workers.
pub(crate) struct Shared {
    pub(crate) procs: Vec<Processor>,
    pub(crate) injector: Injector<GoroutineRef>,
    pub(crate) synced: Mutex<Synced>,
    pub(crate) nidle: AtomicUsize,
    /// Workers woken by `wake_idle` that have neither found work nor gone back to sleep
    /// (Go's spinning Ms). While one is looking, producers wake nobody else.
    pub(crate) nspinning: AtomicUsize,
    pub(crate) monitor_cv: Condvar,
    pub(crate) monitor_idle: AtomicBool,
    pub(crate) monitor_stop: AtomicBool,
    pub(crate) next_goid: AtomicU64,
    pub(crate) all: AllGs,
    pub(crate) ngoroutines: AtomicUsize,
    pub(crate) exit: Mutex<Option<ExitInfo>>,
    pub(crate) exit_cv: Condvar,
    pub(crate) exiting: AtomicBool,
    pub(crate) gomaxprocs: AtomicUsize,
    pub(crate) workers_running: Mutex<usize>,
    pub(crate) workers_cv: Condvar,
    /// Outstanding [`PendingWakeup`]s: wakeups that will come from outside the runtime.
    pub(crate) external: AtomicUsize,
    /// Stackless-parked goroutines that kept their idle coroutine (about
    /// `coro::KEEP_PARKED` at most).
    pub(crate) kept_coroutines: AtomicUsize,
}

struct WorkerCtx {
    shared: Arc<Shared>,
    index: usize,
    local: Worker<GoroutineRef>,
    current: RefCell<Option<GoroutineRef>>,
    schedtick: Cell<u64>,
    rng: Cell<u64>,
    /// This worker counts in `Shared::nspinning`.
    spinning: Cell<bool>,
    /// The world read share (`gc::world_read`), held from the first goroutine this worker
    /// runs until it goes idle or a collection is requested: one shared counter touched per
    /// goroutine run cost more than the goroutine itself on 16 cores.
    world: RefCell<Option<RwLockReadGuard<'static, ()>>>,
}

impl WorkerCtx {
    /// Hold the world read share (first letting a requested collection run).
    fn hold_world(&self) {
        if gc::gc_requested() {
            self.release_world();
            gc::collect_if_requested();
        }
        let mut world = self.world.borrow_mut();
        if world.is_none() {
            *world = Some(gc::world_read());
        }
    }

    fn release_world(&self) {
        self.world.borrow_mut().take();
    }

    /// Stop counting as spinning (found work, or going to sleep). Returns true if this was
    /// the last spinning worker.
    fn stop_spinning(&self) -> bool {
        self.spinning.replace(false) && self.shared.nspinning.fetch_sub(1, Ordering::SeqCst) == 1
    }
}

thread_local! {
    static CTX: Cell<*const WorkerCtx> = const { Cell::new(std::ptr::null()) };
}

/// The calling worker's context. Never inlined, so a coroutine that migrated between threads
/// re-reads the thread-local after every resume.
#[inline(never)]
fn ctx<'a>() -> Option<&'a WorkerCtx> {
    let p = CTX.with(|c| c.get());
    // SAFETY: CTX points at the `WorkerCtx` on the stack of this thread's `worker_main`, which
    // outlives every goroutine resumed by it; callers use the reference only until they
    // suspend (they re-read it afterwards).
    (!p.is_null()).then(|| unsafe { &*p })
}

pub(crate) fn current_goroutine_ptr() -> Option<*const Goroutine> {
    ctx().and_then(|c| c.current.borrow().as_ref().map(Arc::as_ptr))
}

pub(crate) fn current_goroutine() -> Option<GoroutineRef> {
    ctx().and_then(|c| c.current.borrow().clone())
}

pub(crate) fn current_shared() -> Option<Arc<Shared>> {
    ctx().map(|c| c.shared.clone())
}

/// Consume this processor's preemption request (or see that the program is exiting).
pub(crate) fn take_preempt_request() -> bool {
    match ctx() {
        Some(c) => {
            let cleared = c.shared.procs[c.index].clear_preempt();
            cleared || c.shared.exiting.load(Ordering::Relaxed)
        }
        None => false,
    }
}

/// Whether the calling worker has been disabled by GOMAXPROCS.
pub(crate) fn current_proc_disabled() -> bool {
    ctx().is_some_and(|c| c.index >= c.shared.active_procs())
}

/// The calling worker's index.
pub(crate) fn current_proc_index() -> Option<usize> {
    ctx().map(|c| c.index)
}

/// Enqueue a new goroutine (`go` statement): it goes into runnext, like Go's newproc (see
/// [`SPAWN_BACKLOG`] for when the spawner yields).
pub(crate) fn enqueue_new(shared: &Arc<Shared>, g: GoroutineRef) {
    match ctx() {
        Some(c) if Arc::ptr_eq(&c.shared, shared) => {
            if let Some(old) = c.shared.procs[c.index].put_runnext(g) {
                c.local.push(old);
                if c.local.len() >= SPAWN_BACKLOG {
                    c.shared.procs[c.index].request_preempt();
                }
            }
            shared.wake_idle();
        }
        _ => {
            shared.injector.push(g);
            shared.wake_idle();
        }
    }
}

/// A `go` statement that leaves this many goroutines in its worker's local queue asks the
/// spawning goroutine to yield at its next safepoint (to the global queue, as a preemption),
/// so the worker runs the backlog before the spawner makes more. A spawn loop outrunning its
/// consumers would otherwise queue every goroutine it makes, each holding memory until it
/// runs: spawn.go (100k goroutines) peaked at 60 MiB, now 20 MiB, and ran 25% faster, as
/// freed goroutines are reused while still in cache. 256 is the size of Go's local run queue.
const SPAWN_BACKLOG: usize = 256;

/// How long a GOMAXPROCS decrease waits for the disabled workers to stop.
const GOMAXPROCS_STOP_WAIT: Duration = Duration::from_millis(100);

/// Enqueue a goroutine that was just readied.
pub(crate) fn enqueue_ready(g: GoroutineRef) {
    match ctx() {
        Some(c) if Arc::ptr_eq(&c.shared, &g.shared) => {
            if let Some(old) = c.shared.procs[c.index].put_runnext(g) {
                c.local.push(old);
                c.shared.wake_idle();
            }
        }
        _ => {
            let shared = g.shared.clone();
            shared.injector.push(g);
            shared.wake_idle();
        }
    }
}

impl Shared {
    fn new(stealers: Vec<Stealer<GoroutineRef>>, gomaxprocs: usize) -> Shared {
        let procs = stealers
            .into_iter()
            .map(|stealer| Processor {
                runnext: AtomicPtr::new(std::ptr::null_mut()),
                stealer,
                wake_flag: Mutex::new(false),
                wake_cv: Condvar::new(),
                tick: AtomicU64::new(0),
                running: AtomicBool::new(false),
                preempt: AtomicBool::new(false),
                woken_spinning: AtomicBool::new(false),
                awake: AtomicBool::new(true),
            })
            .collect();
        Shared {
            procs,
            injector: Injector::new(),
            synced: Mutex::new(Synced {
                idle: Vec::new(),
                timers: BinaryHeap::new(),
                next_timer_seq: 0,
                callbacks_in_flight: 0,
            }),
            nidle: AtomicUsize::new(0),
            nspinning: AtomicUsize::new(0),
            monitor_cv: Condvar::new(),
            monitor_idle: AtomicBool::new(false),
            monitor_stop: AtomicBool::new(false),
            next_goid: AtomicU64::new(1),
            all: AllGs::new(),
            ngoroutines: AtomicUsize::new(0),
            exit: Mutex::new(None),
            exit_cv: Condvar::new(),
            exiting: AtomicBool::new(false),
            gomaxprocs: AtomicUsize::new(gomaxprocs),
            workers_running: Mutex::new(0),
            workers_cv: Condvar::new(),
            external: AtomicUsize::new(0),
            kept_coroutines: AtomicUsize::new(0),
        }
    }

    pub(crate) fn new_goroutine(self: &Arc<Self>, task: Box<dyn Task>) -> GoroutineRef {
        let goid = self.next_goid.fetch_add(1, Ordering::Relaxed);
        let g = Arc::new(Goroutine::new(goid, task, self.clone()));
        self.all.insert(g.clone());
        self.ngoroutines.fetch_add(1, Ordering::Relaxed);
        g
    }

    pub(crate) fn num_goroutine(&self) -> usize {
        self.ngoroutines.load(Ordering::Relaxed)
    }

    /// `runtime.GOMAXPROCS(n)`: workers with an index at or above `n` stop taking goroutines
    /// (after their current one yields) and hand their queues to the others.
    pub(crate) fn set_gomaxprocs(&self, n: i64) -> usize {
        if n < 1 {
            return self.gomaxprocs.load(Ordering::SeqCst);
        }
        let old = self.gomaxprocs.swap(n as usize, Ordering::SeqCst);
        for p in &self.procs[self.active_procs()..] {
            if p.running.load(Ordering::SeqCst) {
                p.request_preempt();
            }
        }
        // Wake every idle worker: newly enabled ones start, disabled ones re-evaluate.
        let mut s = self.synced.lock();
        for i in s.idle.drain(..) {
            self.procs[i].wake();
        }
        self.publish_idle(&s);
        old
    }

    /// After a GOMAXPROCS decrease, wait (like Go's stop-the-world in `procresize`) until every
    /// disabled worker but the caller's own has gone to sleep, so none still runs a goroutine
    /// or holds one it found before it saw the change. A worker that does not stop within
    /// [`GOMAXPROCS_STOP_WAIT`] (a goroutine blocked inside a native call) is left to stop
    /// when that goroutine yields.
    ///
    /// Dekker pairing: a worker stores `awake` then reads `gomaxprocs` (at its loop top and
    /// again after finding a goroutine); this thread stored `gomaxprocs` before reading
    /// `awake`, all SeqCst, so a worker seen asleep wakes up disabled.
    pub(crate) fn wait_disabled_asleep(&self, caller: usize) {
        let deadline = Instant::now() + GOMAXPROCS_STOP_WAIT;
        loop {
            let mut all_asleep = true;
            for (i, p) in self.procs.iter().enumerate().skip(self.active_procs()) {
                if i != caller && p.awake.load(Ordering::SeqCst) {
                    all_asleep = false;
                    if p.running.load(Ordering::SeqCst) {
                        p.request_preempt();
                    }
                }
            }
            if all_asleep || Instant::now() >= deadline || self.exiting.load(Ordering::SeqCst) {
                return;
            }
            std::thread::yield_now();
        }
    }

    /// Count one more parked goroutine keeping its idle coroutine, if fewer than
    /// `coro::KEEP_PARKED` do (read first: most parks find the quota full, and a
    /// read-modify-write of this shared counter on every park was a hot spot on 16 cores).
    fn try_keep_coroutine(&self) -> bool {
        if self.kept_coroutines.load(Ordering::Relaxed) >= coro::KEEP_PARKED {
            return false;
        }
        if self.kept_coroutines.fetch_add(1, Ordering::Relaxed) < coro::KEEP_PARKED {
            return true;
        }
        self.kept_coroutines.fetch_sub(1, Ordering::Relaxed);
        false
    }

    /// Number of workers allowed to run goroutines.
    fn active_procs(&self) -> usize {
        self.gomaxprocs
            .load(Ordering::SeqCst)
            .clamp(1, self.procs.len())
    }

    /// Publish the number of idle *enabled* workers (the ones a producer may wake).
    fn publish_idle(&self, s: &Synced) {
        let active = self.active_procs();
        let n = s.idle.iter().filter(|&&i| i < active).count();
        self.nidle.store(n, Ordering::SeqCst);
    }

    /// Add a timer; returns its id (for [`Shared::cancel_timer`]).
    pub(crate) fn add_timer(&self, when: Instant, action: TimerAction) -> u64 {
        let mut s = self.synced.lock();
        let seq = s.next_timer_seq;
        s.next_timer_seq += 1;
        let earliest = s.timers.peek().is_none_or(|Reverse(t)| when < t.when);
        s.timers.push(Reverse(Timer { when, seq, action }));
        if earliest {
            self.monitor_cv.notify_one();
        }
        seq
    }

    /// Remove a pending timer; false if it already fired (or never existed).
    pub(crate) fn cancel_timer(&self, id: u64) -> bool {
        let mut s = self.synced.lock();
        let before = s.timers.len();
        s.timers.retain(|Reverse(t)| t.seq != id);
        s.timers.len() != before
    }

    /// Record how the program ends (first call wins) and stop everything.
    pub(crate) fn set_exit(&self, code: i32, fatal: Option<String>) {
        {
            let mut exit = self.exit.lock();
            if exit.is_some() {
                return;
            }
            *exit = Some(ExitInfo { code, fatal });
        }
        self.exiting.store(true, Ordering::SeqCst);
        for p in &self.procs {
            p.request_preempt();
            p.wake();
        }
        self.monitor_cv.notify_all();
        self.exit_cv.notify_all();
    }

    /// New work was queued: wake an idle worker to look for it, unless one is already looking.
    fn wake_idle(&self) {
        fence(Ordering::SeqCst);
        if self.nidle.load(Ordering::SeqCst) == 0
            || self.nspinning.load(Ordering::SeqCst) != 0
            || self
                .nspinning
                .compare_exchange(0, 1, Ordering::SeqCst, Ordering::SeqCst)
                .is_err()
        {
            return;
        }
        if !self.wake_one_locked(&mut self.synced.lock(), true) {
            self.nspinning.fetch_sub(1, Ordering::SeqCst);
        }
    }

    /// Wake an idle enabled worker, if any (`spinning`: it counts in `nspinning`).
    pub(crate) fn wake_one_locked(&self, s: &mut Synced, spinning: bool) -> bool {
        let active = self.active_procs();
        let Some(position) = s.idle.iter().rposition(|&i| i < active) else {
            return false;
        };
        let i = s.idle.remove(position);
        self.publish_idle(s);
        self.procs[i]
            .woken_spinning
            .store(spinning, Ordering::SeqCst);
        self.procs[i].wake();
        true
    }

    fn has_work(&self) -> bool {
        !self.injector.is_empty()
            || self
                .procs
                .iter()
                .any(|p| !p.stealer.is_empty() || !p.runnext.load(Ordering::SeqCst).is_null())
    }

    /// Called under `synced` when every processor is idle. Returns true if the program ended.
    pub(crate) fn check_deadlock_locked(&self, s: &Synced) -> bool {
        if !s.timers.is_empty()
            || s.callbacks_in_flight > 0
            || self.external.load(Ordering::SeqCst) > 0
            || self.has_work()
        {
            return false;
        }
        if self.exiting.load(Ordering::SeqCst) {
            return true;
        }
        let mut all = self.all.snapshot();
        all.sort_by_key(|g| g.goid()); // Go lists goroutines in creation order
        let text = if all.is_empty() {
            "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n".to_string()
        } else {
            let mut text = String::from("fatal error: all goroutines are asleep - deadlock!\n");
            for g in &all {
                text.push_str(&format!(
                    "\ngoroutine {} [{}]:\n{}",
                    g.goid(),
                    g.wait_reason().as_str(),
                    g.describe().render()
                ));
            }
            text
        };
        if let Some(hook) = crate::session::deadlock_hook() {
            hook(text);
            return false;
        }
        self.set_exit(2, Some(text));
        true
    }
}

impl RootSet for Shared {
    fn trace_roots(&self, marker: &mut Marker) {
        let all = self.all.snapshot();
        for g in all {
            g.trace(marker);
        }
        let s = self.synced.lock();
        for Reverse(timer) in s.timers.iter() {
            if let TimerAction::Call { root, .. } = &timer.action {
                marker.mark(*root);
            }
        }
    }
}

impl Drop for Shared {
    fn drop(&mut self) {
        for p in &self.procs {
            drop(p.take_runnext());
        }
    }
}

fn worker_main(shared: Arc<Shared>, index: usize, local: Worker<GoroutineRef>) {
    let ctx = WorkerCtx {
        shared,
        index,
        local,
        current: RefCell::new(None),
        schedtick: Cell::new(0),
        rng: Cell::new(0x9E37_79B9_7F4A_7C15 ^ (index as u64 + 1)),
        spinning: Cell::new(false),
        world: RefCell::new(None),
    };
    CTX.with(|c| c.set(&ctx as *const WorkerCtx));
    loop {
        if ctx.shared.exiting.load(Ordering::SeqCst) {
            break;
        }
        if ctx.index >= ctx.shared.active_procs() {
            ctx.stop_spinning();
            ctx.release_world();
            if !disabled_wait(&ctx) {
                break;
            }
            continue;
        }
        match find_runnable(&ctx) {
            // Disabled while it searched: the goroutine is not ours to run (see `awake`).
            Some((g, _)) if ctx.index >= ctx.shared.active_procs() => ctx.shared.injector.push(g),
            Some((g, inherit)) => {
                // The last spinning worker found work: there may be more for another (Go's
                // resetspinning), e.g. the rest of a batch it stole.
                if ctx.stop_spinning() && ctx.shared.has_work() {
                    ctx.shared.wake_idle();
                }
                run_goroutine(&ctx, g, inherit)
            }
            None => {
                // Before `idle_wait` re-checks the queues (see the idle protocol).
                ctx.stop_spinning();
                ctx.release_world();
                if !idle_wait(&ctx, false) {
                    break;
                }
            }
        }
    }
    CTX.with(|c| c.set(std::ptr::null()));
    ctx.release_world();
    let shared = ctx.shared.clone();
    drop(ctx);
    let mut running = shared.workers_running.lock();
    *running -= 1;
    shared.workers_cv.notify_all();
}

fn next_random(ctx: &WorkerCtx) -> u64 {
    crate::seed::next_random(&ctx.rng)
}

fn find_runnable(ctx: &WorkerCtx) -> Option<(GoroutineRef, bool)> {
    let shared = &ctx.shared;
    let tick = ctx.schedtick.get() + 1;
    ctx.schedtick.set(tick);
    if tick.is_multiple_of(61) {
        if let Some(g) = steal_global(ctx) {
            return Some((g, false));
        }
    }
    if let Some(g) = shared.procs[ctx.index].take_runnext() {
        return Some((g, true));
    }
    if let Some(g) = ctx.local.pop() {
        return Some((g, false));
    }
    if let Some(g) = steal_global(ctx) {
        return Some((g, false));
    }
    let n = shared.procs.len();
    let start = (next_random(ctx) % n as u64) as usize;
    for _round in 0..3 {
        let mut retry = false;
        for k in 0..n {
            let victim = (start + k) % n;
            if victim == ctx.index {
                continue;
            }
            match shared.procs[victim].stealer.steal_batch_and_pop(&ctx.local) {
                Steal::Success(g) => return Some((g, false)),
                Steal::Retry => retry = true,
                Steal::Empty => {}
            }
        }
        if !retry {
            break;
        }
    }
    for k in 0..n {
        let victim = (start + k) % n;
        if victim != ctx.index {
            if let Some(g) = shared.procs[victim].take_runnext() {
                return Some((g, false));
            }
        }
    }
    None
}

fn steal_global(ctx: &WorkerCtx) -> Option<GoroutineRef> {
    loop {
        match ctx.shared.injector.steal_batch_and_pop(&ctx.local) {
            Steal::Success(g) => return Some(g),
            Steal::Empty => return None,
            Steal::Retry => continue,
        }
    }
}

/// Sleep until woken. Returns false when the worker should stop.
/// A worker disabled by GOMAXPROCS: hand its queued goroutines to the others and sleep.
fn disabled_wait(ctx: &WorkerCtx) -> bool {
    let shared = &ctx.shared;
    while let Some(g) = ctx.local.pop() {
        shared.injector.push(g);
    }
    if let Some(g) = shared.procs[ctx.index].take_runnext() {
        shared.injector.push(g);
    }
    // Our last goroutine may have gone to the global queue while the enabled workers slept.
    shared.wake_idle();
    idle_wait(ctx, true)
}

fn idle_wait(ctx: &WorkerCtx, disabled: bool) -> bool {
    let shared = &ctx.shared;
    let me = ctx.index;
    {
        let mut s = shared.synced.lock();
        if shared.exiting.load(Ordering::SeqCst) {
            return false;
        }
        s.idle.push(me);
        shared.publish_idle(&s);
        fence(Ordering::SeqCst);
        if !disabled && shared.has_work() {
            s.idle.retain(|&i| i != me);
            shared.publish_idle(&s);
            return true;
        }
        if s.idle.len() == shared.procs.len() && shared.check_deadlock_locked(&s) {
            return false;
        }
    }
    let p = &shared.procs[me];
    p.awake.store(false, Ordering::SeqCst);
    {
        let mut flag = p.wake_flag.lock();
        while !*flag {
            p.wake_cv.wait(&mut flag);
        }
        *flag = false;
    }
    p.awake.store(true, Ordering::SeqCst);
    if p.woken_spinning.swap(false, Ordering::SeqCst) {
        ctx.spinning.set(true);
    }
    let mut s = shared.synced.lock();
    s.idle.retain(|&i| i != me);
    shared.publish_idle(&s);
    true
}

fn run_goroutine(ctx: &WorkerCtx, g: GoroutineRef, inherit: bool) {
    let shared = &ctx.shared;
    let p = &shared.procs[ctx.index];
    if !inherit {
        p.tick.fetch_add(1, Ordering::Relaxed);
        p.clear_preempt();
    }
    ctx.hold_world();
    p.running.store(true, Ordering::SeqCst);
    if shared.monitor_idle.load(Ordering::SeqCst) {
        let _s = shared.synced.lock();
        shared.monitor_cv.notify_one();
    }
    g.status.store(RUNNING, Ordering::SeqCst);
    g.wait_reason.store(0, Ordering::Relaxed);
    if g.coroutine_kept.swap(false, Ordering::Relaxed) {
        shared.kept_coroutines.fetch_sub(1, Ordering::Relaxed);
    }
    *ctx.current.borrow_mut() = Some(g.clone());
    let result = {
        let mut slot = g.coroutine.lock();
        if slot.is_none() {
            match GoCoroutine::get() {
                Ok(coroutine) => *slot = Some(coroutine),
                Err(_) => {
                    drop(slot);
                    *ctx.current.borrow_mut() = None;
                    p.running.store(false, Ordering::Relaxed);
                    // Never resumed again: the program ends.
                    g.status.store(PARKED, Ordering::SeqCst);
                    shared.set_exit(
                        2,
                        Some(
                            "runtime: cannot allocate goroutine stack\nfatal error: out of memory\n"
                                .to_string(),
                        ),
                    );
                    return;
                }
            }
        }
        let coroutine = slot.as_mut().expect("coroutine just attached");
        let result =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| coroutine.resume(&g)));
        if let Ok(CoroutineResult::Yield(Suspend::Done(exit))) = result {
            // The task returned (finished, or parked stacklessly): the idle coroutine goes
            // back to the pool now, before another worker may give the goroutine another one
            // (after the commit below) — except that a few parked goroutines keep theirs.
            if matches!(exit, TaskExit::Parked(_)) && shared.try_keep_coroutine() {
                g.coroutine_kept.store(true, Ordering::Relaxed);
            } else {
                if let Some(coroutine) = slot.take() {
                    coroutine.release();
                }
            }
        }
        result
    };
    *ctx.current.borrow_mut() = None;
    p.running.store(false, Ordering::Relaxed);
    match result {
        Ok(CoroutineResult::Yield(Suspend::Park)) => {
            commit_park(ctx, g);
        }
        Ok(CoroutineResult::Yield(Suspend::Done(TaskExit::Parked(reason)))) => {
            g.wait_reason.store(reason as u8, Ordering::Relaxed);
            commit_park(ctx, g);
        }
        Ok(CoroutineResult::Yield(Suspend::Yield)) => {
            g.status.store(RUNNABLE, Ordering::SeqCst);
            shared.injector.push(g);
        }
        Ok(CoroutineResult::Yield(Suspend::Gc)) => {
            ctx.release_world();
            g.status.store(RUNNABLE, Ordering::SeqCst);
            if let Some(old) = p.put_runnext(g) {
                ctx.local.push(old);
            }
            gc::collect_if_requested();
        }
        Ok(CoroutineResult::Yield(Suspend::Exit)) => {
            g.status.store(PARKED, Ordering::SeqCst);
        }
        Ok(CoroutineResult::Yield(Suspend::Done(exit))) => {
            goroutine_finished(shared, &g);
            if g.goid() == 1 && exit == TaskExit::Returned {
                shared.set_exit(0, None);
            }
        }
        Ok(CoroutineResult::Return(())) => unreachable!("a goroutine coroutine never returns"),
        Err(payload) => {
            goroutine_finished(shared, &g);
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            shared.set_exit(
                2,
                Some(format!(
                    "fatal error: internal error in goroutine {}: {}\n",
                    g.goid(),
                    message
                )),
            );
        }
    }
}

/// Phase two of a park, after the goroutine suspended (or returned `TaskExit::Parked`): commit
/// PARKING → PARKED, or requeue the goroutine if a waker already made it runnable.
fn commit_park(ctx: &WorkerCtx, g: GoroutineRef) {
    if g.status
        .compare_exchange(PARKING, PARKED, Ordering::SeqCst, Ordering::SeqCst)
        .is_err()
    {
        // Readied before it finished suspending: run it next.
        g.status.store(RUNNABLE, Ordering::SeqCst);
        if let Some(old) = ctx.shared.procs[ctx.index].put_runnext(g) {
            ctx.local.push(old);
        }
    }
}

fn goroutine_finished(shared: &Shared, g: &GoroutineRef) {
    g.status.store(DEAD, Ordering::SeqCst);
    if crate::race::enabled() {
        crate::race::on_finish(g);
    }
    drop(g.coroutine.lock().take());
    g.drop_task();
    shared.all.remove(g);
    shared.ngoroutines.fetch_sub(1, Ordering::Relaxed);
}

/// Entry point: run a Go program's main goroutine on an M:N scheduler.
pub struct Runtime;

impl Runtime {
    /// Run `main_task` as goroutine 1 on `gomaxprocs` workers (0 = CPU count) until the
    /// program ends: main returns (exit 0), [`sched::exit_program`] is called, or a deadlock
    /// is detected (code 2, `fatal` holds Go's text). The caller prints `fatal` to stderr.
    ///
    /// As many worker threads as CPUs are started even when fewer are enabled, so that
    /// `runtime.GOMAXPROCS(n)` can raise the parallelism later (up to the CPU count; a larger
    /// setting is recorded and reported, as Go does, but cannot add parallelism).
    pub fn start(gomaxprocs: usize, main_task: Box<dyn Task>) -> ExitInfo {
        let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
        let enabled = if gomaxprocs == 0 { cpus } else { gomaxprocs };
        let n = enabled.max(cpus);
        let locals: Vec<Worker<GoroutineRef>> = (0..n).map(|_| Worker::new_fifo()).collect();
        let stealers = locals.iter().map(|w| w.stealer()).collect();
        let shared = Arc::new(Shared::new(stealers, enabled));
        let roots = gc::register_roots(shared.clone());
        let main_g = shared.new_goroutine(main_task);
        shared.injector.push(main_g);
        *shared.workers_running.lock() = n;
        let monitor = {
            let shared = shared.clone();
            std::thread::Builder::new()
                .name("minigo-monitor".into())
                .spawn(move || monitor::monitor_main(shared))
                .expect("cannot start the monitor thread")
        };
        let mut handles = Vec::with_capacity(n);
        for (index, local) in locals.into_iter().enumerate() {
            let shared = shared.clone();
            let handle = std::thread::Builder::new()
                .name(format!("minigo-worker-{index}"))
                .stack_size(1 << 20)
                .spawn(move || worker_main(shared, index, local))
                .expect("cannot start a worker thread");
            handles.push(handle);
        }
        let info = {
            let mut exit = shared.exit.lock();
            while exit.is_none() {
                shared.exit_cv.wait(&mut exit);
            }
            exit.clone().expect("exit set")
        };
        shutdown(&shared, handles, monitor);
        drop(roots);
        info
    }

    /// [`Runtime::start`], then print any fatal error to stderr; returns the exit code.
    pub fn run(gomaxprocs: usize, main_task: Box<dyn Task>) -> i32 {
        let info = Runtime::start(gomaxprocs, main_task);
        if let Some(text) = &info.fatal {
            use std::io::Write;
            let mut stderr = std::io::stderr().lock();
            let _ = stderr.write_all(text.as_bytes());
            let _ = stderr.flush();
        }
        info.code
    }
}

fn shutdown(
    shared: &Arc<Shared>,
    handles: Vec<std::thread::JoinHandle<()>>,
    monitor: std::thread::JoinHandle<()>,
) {
    let all_stopped = {
        let mut running = shared.workers_running.lock();
        let deadline = Instant::now() + Duration::from_secs(2);
        while *running > 0 {
            if shared
                .workers_cv
                .wait_until(&mut running, deadline)
                .timed_out()
            {
                break;
            }
        }
        *running == 0
    };
    if all_stopped {
        for handle in handles {
            let _ = handle.join();
        }
    }
    {
        let _s = shared.synced.lock();
        shared.monitor_stop.store(true, Ordering::SeqCst);
        shared.monitor_cv.notify_all();
    }
    let _ = monitor.join();
    // Unwind the goroutines left suspended (their coroutines may hold resources).
    let all = shared.all.take_all();
    {
        let _world = gc::world_read();
        for g in &all {
            if let Some(mut slot) = g.coroutine.try_lock() {
                let coroutine = slot.take();
                drop(slot);
                drop(coroutine);
                g.drop_task();
            }
        }
    }
    while shared.injector.steal().is_success() {}
    let _ = shared.synced.lock().timers.drain().count();
    for p in &shared.procs {
        drop(p.take_runnext());
        p.clear_preempt();
    }
}
