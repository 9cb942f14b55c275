//! A runtime that outlives one program: the REPL's session. Goroutines keep running between
//! inputs, a thread outside the runtime (the prompt) starts new ones, and the "all goroutines
//! are asleep" verdict returns control to the prompt instead of ending the run.
//!
//! Invariants:
//! - Without [`set_deadlock_hook`] nothing here changes how a program runs: the deadlock
//!   verdict ends the run as before (`worker::Shared::check_deadlock_locked`).
//! - With the hook installed, the verdict is handed to it (with Go's text) and the runtime
//!   goes on: the goroutines stay parked and the workers sleep until new work arrives. The
//!   hook runs under the scheduler's lock: it must only record the verdict (no runtime call).

use crate::sched::{GoroutineInfo, GoroutineRef, Task, PARKED, PARKING, RUNNABLE};
use crate::worker::{current_shared, enqueue_new, Shared};
use std::sync::{Arc, OnceLock};

static DEADLOCK_HOOK: OnceLock<fn(String)> = OnceLock::new();

/// Hands every later deadlock verdict to `hook` instead of ending the run (first call wins).
pub fn set_deadlock_hook(hook: fn(String)) {
    let _ = DEADLOCK_HOOK.set(hook);
}

pub(crate) fn deadlock_hook() -> Option<fn(String)> {
    DEADLOCK_HOOK.get().copied()
}

/// Keeps the collector from running while held: a thread outside the runtime that allocates
/// heap objects not yet reachable from any root (the prompt compiling an input's string
/// constants) holds it until they are rooted.
pub struct WorldHold(#[allow(dead_code)] parking_lot::RwLockReadGuard<'static, ()>);

/// Takes a [`WorldHold`] (waits for a collection in progress to finish).
pub fn hold_world() -> WorldHold {
    WorldHold(crate::gc::world_read())
}

/// The running runtime, for threads outside it.
#[derive(Clone)]
pub struct Handle(Arc<Shared>);

/// The runtime the calling goroutine runs in (`None` outside a goroutine).
pub fn handle() -> Option<Handle> {
    current_shared().map(Handle)
}

impl Handle {
    /// Starts `task` as a new goroutine from any thread; returns its id.
    pub fn spawn(&self, task: Box<dyn Task>) -> u64 {
        let g = self.0.new_goroutine(task);
        let goid = g.goid();
        enqueue_new(&self.0, g);
        goid
    }
    /// Stops the goroutine `g` (an input interrupted by Ctrl-C): if it is running, it parks
    /// for good at its next safepoint (every processor is asked to preempt); if it is parked,
    /// its task decides what to do when it is woken.
    pub fn stop(&self, g: &GoroutineRef) {
        g.stopped.store(true, std::sync::atomic::Ordering::SeqCst);
        for p in &self.0.procs {
            p.request_preempt();
        }
    }

    /// Every goroutine as Go's traceback lists it — id, state, frames, creation site —
    /// taken with the world stopped (call from outside the runtime). Goroutines that
    /// report no frame and no creator (a session driver waiting for input) are left out.
    pub fn goroutines(&self) -> String {
        crate::gc::with_world_stopped(|| {
            let mut all = self.0.all.snapshot();
            all.sort_by_key(|g| g.goid());
            let mut out = String::new();
            for g in all {
                let status = g.status.load(std::sync::atomic::Ordering::SeqCst);
                let state = match status {
                    PARKED | PARKING => g.wait_reason().as_str(),
                    RUNNABLE => "runnable",
                    _ => "running",
                };
                let info: GoroutineInfo = g.describe();
                if info.frames.is_empty() && info.created_by.is_none() {
                    continue;
                }
                out.push_str(&format!(
                    "goroutine {} [{state}]:\n{}\n",
                    g.goid(),
                    info.render()
                ));
            }
            out
        })
    }
}
