//! Goroutines as `runtime::Task`s: starting a program (package init, then `main.main` as
//! goroutine 1), the `go` statement, and what the collector and the deadlock dump need to
//! know about a goroutine.
//!
//! Invariants:
//! - The program's globals live in one `Words` object, and the program's constant pool and
//!   that object are registered as GC roots for as long as the program runs.
//! - A task not yet started holds only its entry func value and arguments (reported to the
//!   collector like registers) and where it was created; its interpreter state is taken from
//!   the thread's recycled ones when it first runs and given back when it ends (`recycle`),
//!   so thousands of goroutines waiting to start cost little memory.

use super::{report, FrameKind, Goroutine, Stop};
use crate::native::Panic;
use crate::program::Program;
use crate::value;
use runtime::{Marker, RootSet, Task, TaskExit, Word};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// The running program's globals object (one program per process at a time).
pub(super) static GLOBALS: AtomicU64 = AtomicU64::new(0);

pub fn globals_object(_prog: &Program) -> Word {
    GLOBALS.load(Ordering::Acquire)
}

struct ProgramRoots(Arc<Program>);

impl RootSet for ProgramRoots {
    fn trace_roots(&self, marker: &mut Marker) {
        marker.mark_words(&self.0.consts);
        marker.mark(GLOBALS.load(Ordering::Acquire));
    }
}

enum Entry {
    /// Package initialisation then `main.main`.
    Main,
    /// `go f(args)`.
    Call(Word, Vec<Word>),
    /// A native run as a goroutine's whole body (`NativeCtx::go_native`): its blocking
    /// operations park the coroutine.
    Native(crate::native::NativeImpl, Vec<Word>),
    /// Running package initialisation (main.main follows); parked inside it if `run` is called.
    Init,
    /// Running; parked if `run` is called.
    Started,
}

pub struct VmTask {
    /// The interpreter state, from the first run on.
    state: Option<Box<Goroutine>>,
    entry: Entry,
    prog: Arc<Program>,
    created_by: Option<(super::CreatedBy, u32)>,
}

impl Drop for VmTask {
    fn drop(&mut self) {
        if let Some(mut g) = self.state.take() {
            g.panics.clear();
            super::calls::count_panicking(&mut g);
            super::recycle::give(g);
        }
    }
}

impl VmTask {
    fn new(prog: Arc<Program>, entry: Entry, created_by: Option<(super::CreatedBy, u32)>) -> Self {
        VmTask {
            state: None,
            entry,
            prog,
            created_by,
        }
    }

    /// The interpreter state (created on first use).
    fn g(&mut self) -> &mut Goroutine {
        let (prog, created_by) = (&self.prog, self.created_by);
        self.state
            .get_or_insert_with(|| super::recycle::take(prog.clone(), created_by))
    }

    fn finish(&mut self, stop: Stop) -> Option<TaskExit> {
        match stop {
            Stop::Returned => None,
            Stop::Parked(reason) => Some(TaskExit::Parked(reason)),
            Stop::Abort(Panic::Goexit) => Some(TaskExit::Goexit),
            Stop::Abort(Panic::Exit(code)) => {
                if super::session::active()
                    && super::calls::PANIC_EXITING.swap(false, Ordering::SeqCst)
                {
                    return Some(TaskExit::Returned); // the panic is printed; the session goes on
                }
                crate::output::flush_stdout();
                runtime::exit_program(code)
            }
            Stop::Abort(Panic::Fatal(msg)) => {
                report::print_fatal(self.g(), &msg);
                if super::session::active() {
                    return Some(TaskExit::Returned);
                }
                runtime::exit_program(2)
            }
            Stop::Abort(p) => {
                // A panic that escaped a nested run; report it as unrecovered.
                let g = self.g();
                g.panics.push(super::PanicRecord {
                    value: p,
                    recovered: false,
                    defer_frame: 0,
                });
                report::print_unrecovered(g);
                if super::session::active() {
                    super::calls::PANIC_EXITING.store(false, Ordering::SeqCst);
                    return Some(TaskExit::Returned);
                }
                runtime::exit_program(2)
            }
        }
    }

    fn run_func(&mut self, f: u32) -> Stop {
        let g = self.g();
        let at = g.regs_top();
        if let Err(p) = super::calls::push_call(g, f, at, 0, FrameKind::Normal) {
            return Stop::Abort(p);
        }
        g.run(0)
    }

    /// Starts `fv(args)` (the `go` statement's call).
    fn start_call(&mut self, fv: Word, args: Vec<Word>) -> Stop {
        let at = 0;
        let g = self.g();
        if let Err(p) = g.ensure_regs(args.len().max(1)) {
            return Stop::Abort(p);
        }
        g.regs[at..args.len()].copy_from_slice(&args);
        if let Err(p) = super::calls::call_value(g, fv, at) {
            if let Err(stop) = super::calls::throw(g, p, 0) {
                return stop;
            }
        }
        if g.frames.is_empty() {
            return Stop::Returned; // a native ran in place
        }
        g.run(0)
    }
}

impl VmTask {
    /// Runs `imp` on `args` (kept as roots while it runs); a panic it returns is unrecovered.
    fn start_native(&mut self, imp: crate::native::NativeImpl, mut args: Vec<Word>) -> Stop {
        let prog = self.prog.clone();
        let g = self.g();
        g.native_roots.extend_from_slice(&args);
        let result = imp(
            &mut crate::native::NativeCtx {
                prog: &prog,
                g,
                may_park: false,
            },
            &mut args,
        );
        g.native_roots.clear();
        match result {
            Ok(()) => Stop::Returned,
            Err(p) => Stop::Abort(p),
        }
    }
}

impl Task for VmTask {
    /// Runs the goroutine until it ends or parks stacklessly (`TaskExit::Parked`); called
    /// again after such a park, it completes the pending channel operation and continues.
    fn run(&mut self) -> TaskExit {
        if super::session::active() {
            super::session::refresh(&mut self.prog, self.state.as_deref_mut());
        }
        self.g().goid = runtime::current_goid();
        let mut stop = match std::mem::replace(&mut self.entry, Entry::Started) {
            Entry::Main => {
                self.entry = Entry::Init;
                let init = self.prog.init;
                self.run_func(init)
            }
            Entry::Call(fv, args) => self.start_call(fv, args),
            Entry::Native(imp, args) => self.start_native(imp, args),
            Entry::Init => {
                self.entry = Entry::Init;
                self.g().resume_parked()
            }
            Entry::Started => self.g().resume_parked(),
        };
        loop {
            if matches!(stop, Stop::Returned) && matches!(self.entry, Entry::Init) {
                self.entry = Entry::Started;
                let main = self.prog.main;
                stop = self.run_func(main);
                continue;
            }
            if matches!(stop, Stop::Returned) && self.created_by.is_none() {
                super::calls::wait_for_panicking(); // main.main returned
            }
            return self.finish(stop).unwrap_or(TaskExit::Returned);
        }
    }

    fn trace(&self, marker: &mut Marker) {
        match &self.entry {
            Entry::Call(fv, args) => {
                marker.mark(*fv);
                marker.mark_words(args);
            }
            Entry::Native(_, args) => marker.mark_words(args),
            _ => {}
        }
        if let Some(g) = &self.state {
            trace_goroutine(g, marker);
        }
    }

    fn describe(&self) -> runtime::GoroutineInfo {
        runtime::GoroutineInfo {
            frames: self
                .state
                .as_deref()
                .map(report::frames)
                .unwrap_or_default(),
            created_by: report::created_by(&self.prog, self.created_by),
        }
    }
}

/// Reports every word an interpreter state may reference to the collector.
pub(super) fn trace_goroutine(g: &Goroutine, marker: &mut Marker) {
    marker.mark_words(&g.regs[..g.regs_top().min(g.regs.len())]);
    for f in &g.frames {
        marker.mark(f.closure);
    }
    for d in &g.defers {
        marker.mark(d.func);
        marker.mark_words(&d.args);
    }
    for p in &g.panics {
        if let Panic::Value(v) = p.value {
            marker.mark(v);
        }
    }
    marker.mark_words(&g.native_roots);
}

/// The `go` statement: starts `fv(args)` as a new goroutine.
pub fn go_statement(g: &mut Goroutine, fv: Word, args: Vec<Word>) -> Result<(), Panic> {
    if fv == 0 {
        return Err(super::ops::nil_deref());
    }
    let top = g.frames.len() - 1;
    let created_by = Some((
        super::CreatedBy::Func(g.frames[top].func),
        g.frame_line(top),
    ));
    let task = VmTask::new(g.prog.clone(), Entry::Call(fv, args), created_by);
    if runtime::race::enabled() {
        runtime::race::set_spawn_stack(crate::race::stack_id(g));
    }
    runtime::spawn(Box::new(task));
    Ok(())
}

/// Starts the native `imp(args)` as a new goroutine created by the caller's function.
/// `created_by` names the creator when the caller is itself such a goroutine (no Go frames).
pub fn go_native(
    g: &Goroutine,
    imp: crate::native::NativeImpl,
    args: Vec<Word>,
    created_by: &'static str,
) -> Result<(), Panic> {
    let created_by = match g.frames.len().checked_sub(1) {
        Some(top) => (
            super::CreatedBy::Func(g.frames[top].func),
            g.frame_line(top),
        ),
        None => (super::CreatedBy::Runtime(created_by), 0),
    };
    runtime::spawn(Box::new(VmTask::new(
        g.prog.clone(),
        Entry::Native(imp, args),
        Some(created_by),
    )));
    Ok(())
}

/// Starts `fv(args)` as a new goroutine from outside any goroutine's frames (a timer's
/// callback: `time.AfterFunc`). `runtime::spawn` decides whether that is possible here.
pub fn spawn_detached(
    prog: &Arc<Program>,
    fv: Word,
    args: Vec<Word>,
    created_by: &'static str,
) -> u64 {
    let created_by = Some((super::CreatedBy::Runtime(created_by), 0));
    runtime::spawn(Box::new(VmTask::new(
        prog.clone(),
        Entry::Call(fv, args),
        created_by,
    )))
}

/// Runs a compiled program to completion on `gomaxprocs` workers (0 = CPU count) and
/// returns its exit status. Fatal runtime errors (deadlock) are printed here.
pub fn run_program(prog: Arc<Program>, gomaxprocs: usize) -> i32 {
    if let Err(why) = crate::verify::verify(&prog) {
        crate::output::write_stderr(
            format!("minigo: internal error: bad bytecode: {why}\n").as_bytes(),
        );
        return 3;
    }
    runtime::set_exit_hook(crate::output::flush_stdout_at_exit);
    let globals = runtime::alloc_words(prog.globals.len().max(1));
    for (i, gl) in prog.globals.iter().enumerate() {
        if value::is_aggregate(&prog, gl.typ) {
            runtime::words(globals)[i].store(value::zero(&prog, gl.typ), Ordering::Release);
        }
    }
    GLOBALS.store(globals, Ordering::Release);
    let _roots = runtime::register_roots(Arc::new(ProgramRoots(prog.clone())));
    let main = VmTask::new(prog, Entry::Main, None);
    let info = runtime::Runtime::start(gomaxprocs, Box::new(main));
    crate::output::flush_stdout();
    if let Some(fatal) = info.fatal {
        crate::output::write_stderr(fatal.as_bytes());
    }
    info.code
}
