//! The REPL's side of the interpreter: one runtime that lives for the whole session, a
//! *driver* goroutine that runs each input the prompt submits, and the rules that keep a
//! failing input from ending the session.
//!
//! Invariants:
//! - [`active`] is false unless [`start`] ran: `minigo run` never takes a session path.
//! - Inputs run one at a time, each on the current driver goroutine (the session's main
//!   goroutine), in the session's linked program (`link::Linker`); globals live in one
//!   object of [`MAX_GLOBALS`] slots allocated at start, so a slot never moves while
//!   goroutines of earlier inputs use it. New aggregate slots are zeroed by the driver
//!   before the input's code runs.
//! - Between inputs the driver parks with an external wakeup pending, so the runtime never
//!   declares a deadlock while the prompt waits. An input that deadlocks or is interrupted
//!   leaves its driver "orphaned"; the prompt starts a new driver ([`restart_driver`]). An
//!   orphan never continues its input: woken later, it drops it and ends.
//! - In a session an unrecovered panic or a fatal error ends only the goroutine it happened
//!   in (its text printed as Go prints it); `os.Exit` ends the session with its status
//!   (the runtime ends and `on_exit` is called, whatever the prompt is doing).
//! - Every event for the prompt carries the id of the input it concerns.
//! - A goroutine's program is the session program of its input or a later one (`refresh`
//!   replaces it only by a superset, at a resumption).

use super::{calls, recycle, report, FrameKind, Goroutine, PanicRecord, Stop};
use crate::native::Panic;
use crate::program::Program;
use runtime::{Marker, RootSet, Task, TaskExit};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex, OnceLock};

/// Global slots a session can hold (`:reset` does not reuse them).
pub const MAX_GLOBALS: usize = 1 << 16;

static ACTIVE: AtomicBool = AtomicBool::new(false);
static DRIVER_GENERATION: AtomicU64 = AtomicU64::new(0);
static EVENTS: OnceLock<Mutex<Sender<Event>>> = OnceLock::new();
static HANDLE: OnceLock<runtime::session::Handle> = OnceLock::new();
static INBOX: Mutex<Inbox> = Mutex::new(Inbox {
    input: None,
    waiting: None,
});
static ROOTS: Mutex<Option<Arc<Program>>> = Mutex::new(None);

/// What the prompt hears from the session.
#[derive(Debug)]
pub enum Event {
    /// Input `id` ended (returned, panicked or failed fatally: the text is printed).
    Done(u64),
    /// The runtime found every goroutine asleep while input `id` ran: Go's text.
    Deadlock(u64, String),
}

/// One input to run: `entry` in the session program `prog`.
pub struct Input {
    pub id: u64,
    pub prog: Arc<Program>,
    pub entry: u32,
    /// Global slots this input's program introduced.
    pub new_globals: Vec<u32>,
}

struct Inbox {
    input: Option<Input>,
    waiting: Option<(runtime::GoroutineRef, runtime::PendingWakeup)>,
}

/// Whether a session runs in this process.
pub fn active() -> bool {
    ACTIVE.load(Ordering::Relaxed)
}

fn send(event: Event) {
    if let Some(tx) = EVENTS.get() {
        let _ = tx.lock().map(|tx| tx.send(event));
    }
}

/// Id of the input the current driver runs (0: none, or its deadlock already reported).
static RUNNING_INPUT: AtomicU64 = AtomicU64::new(0);
/// The goroutine of the driver running an input.
static RUNNING_DRIVER: Mutex<Option<runtime::GoroutineRef>> = Mutex::new(None);

fn on_deadlock(text: String) {
    let id = RUNNING_INPUT.swap(0, Ordering::SeqCst);
    if id != 0 {
        send(Event::Deadlock(id, text));
    }
}

struct SessionRoots;

impl RootSet for SessionRoots {
    fn trace_roots(&self, marker: &mut Marker) {
        if let Some(prog) = ROOTS.lock().ok().and_then(|p| p.clone()) {
            marker.mark_words(&prog.consts);
        }
        marker.mark(super::task::GLOBALS.load(Ordering::Acquire));
    }
}

/// Starts the session's runtime on its own thread with `gomaxprocs` workers (0 = CPU count)
/// and returns the channel of its events. When the program ends the session (`os.Exit`, a
/// fatal error of the runtime itself), that thread calls `on_exit` with the status.
pub fn start(gomaxprocs: usize, on_exit: fn(i32)) -> Receiver<Event> {
    let (tx, rx) = channel();
    let _ = EVENTS.set(Mutex::new(tx));
    ACTIVE.store(true, Ordering::Relaxed);
    runtime::session::set_deadlock_hook(on_deadlock);
    runtime::set_exit_hook(crate::output::flush_stdout_at_exit);
    super::task::GLOBALS.store(runtime::alloc_words(MAX_GLOBALS), Ordering::Release);
    std::thread::Builder::new()
        .name("minigo-session".into())
        .spawn(move || {
            let roots = runtime::register_roots(Arc::new(SessionRoots));
            let info = runtime::Runtime::start(gomaxprocs, Box::new(Driver::new(0)));
            crate::output::flush_stdout();
            if let Some(fatal) = info.fatal {
                crate::output::write_stderr(fatal.as_bytes());
            }
            drop(roots);
            on_exit(info.code);
        })
        .expect("cannot start the session thread");
    rx
}

/// Moves a goroutine started by an earlier input onto the latest session program when it
/// resumes: that program is a superset of its own (`link`), so every index it holds keeps
/// its meaning, and values of types declared since then are known to it.
pub(super) fn refresh(prog: &mut Arc<Program>, g: Option<&mut Goroutine>) {
    let Some(latest) = ROOTS.lock().ok().and_then(|p| p.clone()) else {
        return;
    };
    if !Arc::ptr_eq(prog, &latest) {
        if let Some(g) = g {
            g.prog = latest.clone();
        }
        *prog = latest;
    }
}

/// Hands `input` to the driver (which runs it as soon as it waits for one).
pub fn submit(input: Input) {
    if let Ok(mut roots) = ROOTS.lock() {
        *roots = Some(input.prog.clone());
    }
    let mut inbox = INBOX.lock().unwrap_or_else(|e| e.into_inner());
    inbox.input = Some(input);
    if let Some((g, pending)) = inbox.waiting.take() {
        runtime::ready(&g);
        drop(pending);
    }
}

/// After a deadlock or an interrupt: the current driver is orphaned (it abandons its input
/// when it next runs, and stops at its next safepoint if it is running) and a new one takes
/// over.
pub fn restart_driver() {
    RUNNING_INPUT.store(0, Ordering::SeqCst);
    let stuck = RUNNING_DRIVER.lock().ok().and_then(|mut d| d.take());
    if let (Some(g), Some(handle)) = (stuck, HANDLE.get()) {
        handle.stop(&g); // an input looping without blocking stops looping
    }
    let generation = DRIVER_GENERATION.fetch_add(1, Ordering::SeqCst) + 1;
    if let Some(handle) = HANDLE.get() {
        handle.spawn(Box::new(Driver::new(generation)));
    }
}

/// The session's main goroutine: waits for an input, runs it, reports, again.
struct Driver {
    generation: u64,
    /// The input running (parked inside it when `run` is called again).
    running: Option<(u64, Box<Goroutine>)>,
}

impl Driver {
    fn new(generation: u64) -> Self {
        Driver {
            generation,
            running: None,
        }
    }

    fn orphaned(&self) -> bool {
        DRIVER_GENERATION.load(Ordering::SeqCst) != self.generation
    }

    /// Parks (with an external wakeup pending) until the prompt submits an input.
    fn next_input() -> Input {
        loop {
            let mut inbox = INBOX.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(input) = inbox.input.take() {
                return input;
            }
            let pending = runtime::expect_external_wakeup();
            let g = runtime::prepare_park();
            inbox.waiting = Some((g, pending));
            drop(inbox);
            runtime::park(runtime::WaitReason::IoWait);
        }
    }

    fn begin(&mut self, input: Input) -> Stop {
        let globals = super::task::GLOBALS.load(Ordering::Acquire);
        for &slot in &input.new_globals {
            let typ = input.prog.globals[slot as usize].typ;
            if crate::value::is_aggregate(&input.prog, typ) {
                runtime::words(globals)[slot as usize]
                    .store(crate::value::zero(&input.prog, typ), Ordering::Release);
            }
        }
        RUNNING_INPUT.store(input.id, Ordering::SeqCst);
        if let Ok(mut d) = RUNNING_DRIVER.lock() {
            *d = Some(runtime::current());
        }
        let mut g = recycle::take(input.prog.clone(), None);
        g.goid = runtime::current_goid();
        // In place before running: the collector traces it and dumps describe it whenever
        // the goroutine is stopped inside the input.
        let (_, g) = self.running.insert((input.id, g));
        match calls::push_call(g, input.entry, 0, 0, FrameKind::Normal) {
            Ok(()) => g.run(0),
            Err(p) => Stop::Abort(p),
        }
    }

    /// Reports how the input ended (its panic or fatal error printed as Go prints them).
    fn end(&mut self, stop: Stop) {
        let Some((id, mut g)) = self.running.take() else {
            return;
        };
        if RUNNING_INPUT
            .compare_exchange(id, 0, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
        {
            if let Ok(mut d) = RUNNING_DRIVER.lock() {
                *d = None;
            }
        }
        match stop {
            Stop::Returned | Stop::Parked(_) | Stop::Abort(Panic::Goexit) => {}
            Stop::Abort(Panic::Exit(code)) => {
                if !calls::PANIC_EXITING.swap(false, Ordering::SeqCst) {
                    crate::output::flush_stdout();
                    runtime::exit_program(code);
                }
            }
            Stop::Abort(Panic::Fatal(msg)) => report::print_fatal(&g, &msg),
            Stop::Abort(p) => {
                g.panics.push(PanicRecord {
                    value: p,
                    recovered: false,
                    defer_frame: 0,
                });
                report::print_unrecovered(&mut g);
                calls::PANIC_EXITING.store(false, Ordering::SeqCst);
            }
        }
        g.panics.clear();
        calls::count_panicking(&mut g);
        recycle::give(g);
        crate::output::flush_stdout();
        send(Event::Done(id));
    }
}

impl Task for Driver {
    fn run(&mut self) -> TaskExit {
        if let Some(handle) = runtime::session::handle() {
            let _ = HANDLE.set(handle);
        }
        loop {
            if self.orphaned() {
                if let Some((_, mut g)) = self.running.take() {
                    g.panics.clear();
                    calls::count_panicking(&mut g);
                }
                if runtime::current_goid() == 1 {
                    // Goroutine 1 returning would end the runtime.
                    runtime::park_forever(runtime::WaitReason::IoWait);
                }
                return TaskExit::Returned;
            }
            let stop = match &mut self.running {
                Some((_, g)) => g.resume_parked(),
                None => {
                    let input = Self::next_input();
                    self.begin(input)
                }
            };
            if let Stop::Parked(reason) = stop {
                return TaskExit::Parked(reason);
            }
            self.end(stop);
        }
    }

    fn trace(&self, marker: &mut Marker) {
        if let Some((_, g)) = &self.running {
            super::task::trace_goroutine(g, marker);
        }
    }

    fn describe(&self) -> runtime::GoroutineInfo {
        runtime::GoroutineInfo {
            frames: self
                .running
                .as_ref()
                .map(|(_, g)| report::frames(g))
                .unwrap_or_default(),
            created_by: None,
        }
    }
}

/// `:goroutines`: the session's live goroutines as Go's traceback lists them.
pub fn goroutines() -> String {
    HANDLE.get().map(|h| h.goroutines()).unwrap_or_default()
}
