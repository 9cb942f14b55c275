//! The monitor thread (Go's sysmon) of one runtime: fires timers and requests preemption of
//! goroutines that ran a whole time slice; plus timer callbacks and external wakeups.
//!
//! Invariants:
//! - Timers fire under the runtime's `synced` lock, and a woken sleeper is pushed on the global
//!   queue before the lock is released, so the deadlock verdict (also taken under `synced`)
//!   never misses a wakeup. Callbacks run outside the lock but are counted in
//!   `callbacks_in_flight`, which blocks the verdict; the monitor re-checks afterwards.
//! - The monitor sleeps until the next timer, or [`MONITOR_PERIOD`] while some processor runs a
//!   goroutine, or indefinitely (`monitor_idle`) when nothing runs and no timer is pending;
//!   a worker starting a goroutine then notifies it under `synced`.

use crate::heap::Word;
use crate::sched::{self, GoroutineRef};
use crate::worker::{current_shared, Shared, Synced};
use std::cmp::{Ordering as CmpOrdering, Reverse};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

const TIME_SLICE: Duration = Duration::from_millis(10);
const MONITOR_PERIOD: Duration = Duration::from_millis(5);

/// What a timer does when it fires (on the monitor thread).
pub enum TimerAction {
    /// Ready a sleeping goroutine.
    Wake(GoroutineRef),
    /// Run a callback (must not block); `root` is kept alive until it runs.
    Call {
        callback: Box<dyn FnOnce() + Send>,
        root: Word,
    },
}

pub(crate) struct Timer {
    pub(crate) when: Instant,
    pub(crate) seq: u64,
    pub(crate) action: TimerAction,
}

impl PartialEq for Timer {
    fn eq(&self, other: &Self) -> bool {
        (self.when, self.seq) == (other.when, other.seq)
    }
}
impl Eq for Timer {}
impl PartialOrd for Timer {
    fn partial_cmp(&self, other: &Self) -> Option<CmpOrdering> {
        Some(self.cmp(other))
    }
}
impl Ord for Timer {
    fn cmp(&self, other: &Self) -> CmpOrdering {
        (self.when, self.seq).cmp(&(other.when, other.seq))
    }
}

/// Ready `g` from the monitor thread, which holds `synced`.
fn ready_locked(shared: &Shared, s: &mut Synced, g: GoroutineRef) {
    let readied = sched::make_runnable(&g);
    if readied {
        shared.injector.push(g);
        shared.wake_one_locked(s, false);
    }
}

pub(crate) fn monitor_main(shared: Arc<Shared>) {
    let n = shared.procs.len();
    let mut last: Vec<(u64, Instant)> = vec![(u64::MAX, Instant::now()); n];
    let mut s = shared.synced.lock();
    loop {
        if shared.monitor_stop.load(Ordering::SeqCst) {
            break;
        }
        let now = Instant::now();
        let mut callbacks = Vec::new();
        while s.timers.peek().is_some_and(|Reverse(t)| t.when <= now) {
            let Reverse(timer) = s.timers.pop().expect("peeked");
            match timer.action {
                TimerAction::Wake(g) => ready_locked(&shared, &mut s, g),
                TimerAction::Call { callback, .. } => callbacks.push(callback),
            }
        }
        if !callbacks.is_empty() {
            let count = callbacks.len();
            s.callbacks_in_flight += count;
            drop(s);
            {
                // A popped timer's root is no longer in `timers`: hold off collections while
                // the callbacks (which never block) use it.
                let _world = crate::gc::world_read();
                for callback in callbacks {
                    callback();
                }
            }
            s = shared.synced.lock();
            s.callbacks_in_flight -= count;
            if s.idle.len() == n {
                shared.check_deadlock_locked(&s);
            }
            continue;
        }
        let mut any_running = false;
        for (i, p) in shared.procs.iter().enumerate() {
            if p.running.load(Ordering::Relaxed) {
                any_running = true;
                let tick = p.tick.load(Ordering::Relaxed);
                if last[i].0 != tick {
                    last[i] = (tick, now);
                } else if now.duration_since(last[i].1) >= TIME_SLICE
                    && !crate::seed::preempt_by_count()
                {
                    p.request_preempt();
                    last[i].1 = now;
                }
            }
        }
        let mut deadline = s.timers.peek().map(|Reverse(t)| t.when);
        if any_running {
            let tick = now + MONITOR_PERIOD;
            deadline = Some(deadline.map_or(tick, |d| d.min(tick)));
        }
        match deadline {
            Some(deadline) => {
                shared.monitor_cv.wait_until(&mut s, deadline);
            }
            None => {
                // Publish "idle", then re-check: a worker sets `running` before it reads
                // `monitor_idle` (both SeqCst), so one of the two sees the other.
                shared.monitor_idle.store(true, Ordering::SeqCst);
                if !shared
                    .procs
                    .iter()
                    .any(|p| p.running.load(Ordering::SeqCst))
                {
                    shared.monitor_cv.wait(&mut s);
                }
                shared.monitor_idle.store(false, Ordering::SeqCst);
            }
        }
    }
}

/// A promise that some thread outside the runtime (a blocking read on a helper thread) will
/// ready a goroutine: while one exists, "all goroutines are asleep" is not declared.
///
/// Use: `let pending = expect_external_wakeup(); let g = prepare_park();` hand `g` and
/// `pending` to the helper, which calls `ready(&g)` and *then* drops `pending`;
/// `park(WaitReason::IoWait)`.
pub struct PendingWakeup {
    shared: Arc<Shared>,
}

/// Register a [`PendingWakeup`] for the current runtime (call from a goroutine).
pub fn expect_external_wakeup() -> PendingWakeup {
    let shared = current_shared().expect("not called from a goroutine");
    shared.external.fetch_add(1, Ordering::SeqCst);
    PendingWakeup { shared }
}

impl Drop for PendingWakeup {
    fn drop(&mut self) {
        let shared = &self.shared;
        let s = shared.synced.lock();
        shared.external.fetch_sub(1, Ordering::SeqCst);
        if s.idle.len() == shared.procs.len() {
            shared.check_deadlock_locked(&s);
        }
    }
}

/// Run `callback` on the monitor thread after `delay` (time.AfterFunc / time.After). The
/// callback must not block; `root` stays reachable until it runs. Returns a timer id.
pub fn add_timer_callback(delay: Duration, root: Word, callback: Box<dyn FnOnce() + Send>) -> u64 {
    let shared = current_shared().expect("timers need a running goroutine");
    shared.add_timer(Instant::now() + delay, TimerAction::Call { callback, root })
}

/// Stop a timer created by [`add_timer_callback`]; false if it already fired.
pub fn cancel_timer(id: u64) -> bool {
    current_shared().is_some_and(|s| s.cancel_timer(id))
}
