//! Calls, returns, deferred calls, panics and `recover`, on the goroutine's own frame stack.
//!
//! Func values are `Words` objects whose word 0 is `(kind << 32) | index`:
//! - `FUNC`: index = function; words 1.. are the captured variables' box pointers.
//! - `BOUND`: index = function; word 1 = the receiver (method value `x.M`).
//! - `NATIVE`: index = native.
//! - `IFACE_BOUND`: index = method name id; word 1 = the interface value (`i.M`).
//! - `BOUND_NATIVE`: index = native method; word 1 = the receiver (`mu.Lock` as a value).
//!
//! Invariants:
//! - `Ret` is re-executable: the first execution marks the frame `returning`; each pending
//!   defer of the frame is then popped and called (its frame kind says how it was called) and
//!   when it returns the loop resumes the return sequence; the frame's results are copied out
//!   only when no defer of it is left. So deferred closures see and modify named results.
//! - While panicking, `throw` discards frames above the frame owning the next deferred call
//!   and calls it as `DeferredPanic`; when such a call returns with the panic recovered, the
//!   owning frame returns normally (running its other defers).
//! - A panic never unwinds past a `Reentry` frame: it is handed back to the native that made
//!   the call, as an `Err`.

use super::{report, DeferRecord, FrameKind, Goroutine, PanicRecord, Stop};
use crate::native::{NativeCtx, Panic};
use crate::program::MethodImpl;
use crate::value;
use runtime::Word;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

const FUNC: u64 = 0;
const BOUND: u64 = 1;
const NATIVE: u64 = 2;
const IFACE_BOUND: u64 = 3;
const BOUND_NATIVE: u64 = 4;
/// Natives calling back into Go code nest on the native stack; bound it.
const MAX_REENTRY: u32 = 200;
/// Native stack a re-entry must leave free (for the natives it may run before the next
/// check); less is Go's stack overflow rather than a segfault in the guard page.
const NATIVE_STACK_RESERVE: usize = 64 * 1024;

fn func_header(kind: u64, index: u32) -> Word {
    (kind << 32) | index as u64
}

pub fn make_closure(f: u32, captures: &[Word]) -> Word {
    let obj = runtime::alloc_words(1 + captures.len());
    let w = runtime::words(obj);
    w[0].store(func_header(FUNC, f), Ordering::Release);
    for (i, &c) in captures.iter().enumerate() {
        w[1 + i].store(c, Ordering::Release);
    }
    obj
}

pub fn bind_method(f: u32, recv: Word) -> Word {
    bound_value(BOUND, f, recv)
}

pub fn bind_native(n: u32, recv: Word) -> Word {
    bound_value(BOUND_NATIVE, n, recv)
}

pub fn bind_iface_method(m: u32, iface: Word) -> Word {
    bound_value(IFACE_BOUND, m, iface)
}

/// A two-word func value: `kind`/`index` header and the bound receiver.
fn bound_value(kind: u64, index: u32, recv: Word) -> Word {
    let obj = runtime::alloc_words(2);
    let w = runtime::words(obj);
    w[0].store(func_header(kind, index), Ordering::Release);
    w[1].store(recv, Ordering::Release);
    obj
}

pub fn native_value(n: u32) -> Word {
    let obj = runtime::alloc_words(1);
    runtime::words(obj)[0].store(func_header(NATIVE, n), Ordering::Release);
    obj
}

/// Pushes a frame for function `f` whose arguments are already at `regs[at..]`.
pub fn push_call(
    g: &mut Goroutine,
    f: u32,
    at: usize,
    closure: Word,
    kind: FrameKind,
) -> Result<(), Panic> {
    let proto = &g.prog.funcs[f as usize];
    let (nregs, nparams) = (proto.nregs as usize, proto.nparams as usize);
    g.ensure_regs(at + nregs)?;
    // Volatile stores so that LLVM emits them in place: the range is a few words, and a call
    // to `memset` (which a plain loop or `fill` becomes) costs more than the stores.
    for r in &mut g.regs[at + nparams..at + nregs] {
        // SAFETY: `r` is a valid, exclusive reference.
        unsafe { std::ptr::write_volatile(r, 0) };
    }
    g.frames.push(super::Frame {
        func: f,
        pc: 0,
        base: at as u32,
        closure,
        ret: at as u32,
        kind,
        returning: false,
    });
    Ok(())
}

/// Calls a method implementation with the receiver at `regs[at]` and arguments after it.
fn call_method_impl(
    g: &mut Goroutine,
    imp: MethodImpl,
    at: usize,
    recv_type: u32,
) -> Result<(), Panic> {
    match imp {
        MethodImpl::Func(f) => {
            if g.prog.funcs[f as usize].recv_by_value && value::is_aggregate(&g.prog, recv_type) {
                g.regs[at] = value::clone(&g.prog, recv_type, g.regs[at]);
            }
            push_call(g, f, at, 0, FrameKind::Normal)
        }
        MethodImpl::Native(n) => call_native(g, n, at),
    }
}

/// `CallValue`: calls the func value `fv` with arguments at `regs[at..]`.
pub fn call_value(g: &mut Goroutine, fv: Word, at: usize) -> Result<(), Panic> {
    call_value_as(g, fv, at, FrameKind::Normal)
}

fn call_value_as(g: &mut Goroutine, fv: Word, at: usize, kind: FrameKind) -> Result<(), Panic> {
    if fv == 0 {
        return Err(super::ops::nil_deref());
    }
    let w = runtime::words(fv);
    let header = w[0].load(Ordering::Acquire);
    let index = header as u32;
    match header >> 32 {
        FUNC => push_call(g, index, at, fv, kind),
        BOUND => {
            let nparams = g.prog.funcs[index as usize].nparams as usize;
            insert_receiver(g, at, nparams, w[1].load(Ordering::Acquire))?;
            push_call(g, index, at, 0, kind)
        }
        NATIVE => call_native(g, index, at),
        BOUND_NATIVE => {
            let nparams = g.prog.natives[index as usize].nargs as usize;
            insert_receiver(g, at, nparams, w[1].load(Ordering::Acquire))?;
            call_native(g, index, at)
        }
        IFACE_BOUND => {
            let iface = w[1].load(Ordering::Acquire);
            let Some((t, _)) = value::iface_parts(iface) else {
                return Err(super::ops::nil_deref());
            };
            let Some(imp) = super::ops::find_method(&g.prog, t, index) else {
                return Err(Panic::Fatal("method not found".into()));
            };
            let nparams = match imp {
                MethodImpl::Func(f) => g.prog.funcs[f as usize].nparams as usize,
                MethodImpl::Native(n) => g.prog.natives[n as usize].nargs as usize,
            };
            insert_receiver(g, at, nparams, iface)?;
            call_iface_at(g, index, at, kind)
        }
        _ => Err(Panic::Fatal("corrupt func value".into())),
    }
}

/// A method value's call: the arguments at `regs[at..]` move up one register and the bound
/// receiver goes first (`nparams` counts the receiver).
fn insert_receiver(g: &mut Goroutine, at: usize, nparams: usize, recv: Word) -> Result<(), Panic> {
    g.ensure_regs(at + nparams + 1)?;
    g.regs
        .copy_within(at..at + nparams.saturating_sub(1), at + 1);
    g.regs[at] = recv;
    Ok(())
}

/// `CallIface`: the interface value is at `regs[at]`.
pub fn call_iface(g: &mut Goroutine, m: u32, at: usize) -> Result<(), Panic> {
    call_iface_at(g, m, at, FrameKind::Normal)
}

fn call_iface_at(g: &mut Goroutine, m: u32, at: usize, kind: FrameKind) -> Result<(), Panic> {
    let Some((t, data)) = value::iface_parts(g.regs[at]) else {
        return Err(super::ops::nil_deref());
    };
    let Some(imp) = super::ops::find_method(&g.prog, t, m) else {
        return Err(Panic::Fatal(format!(
            "missing method {}",
            g.prog.method_names[m as usize]
        )));
    };
    g.regs[at] = data;
    call_method_impl(g, imp, at, t)?;
    if let Some(f) = g.frames.last_mut() {
        if kind != FrameKind::Normal {
            f.kind = kind;
        }
    }
    Ok(())
}

/// `CallNative`: runs native `n` on the window `regs[at..]`.
pub fn call_native(g: &mut Goroutine, n: u32, at: usize) -> Result<(), Panic> {
    let imp = g.prog.natives[n as usize].imp;
    run_native(g, imp, n, at)
}

/// Completes the native call a goroutine parked in (`NativeCtx::block`), on its window.
pub(super) fn resume_native(
    g: &mut Goroutine,
    resume: crate::native::NativeImpl,
    n: u32,
    at: usize,
) -> Result<(), Panic> {
    g.native_may_park = true;
    let result = run_native(g, resume, n, at);
    g.native_may_park = false;
    result
}

/// Runs `imp` (native `n` or its completion) on the window `regs[at..]` and stores its
/// results; if it parked stacklessly, the whole window is kept for the completion instead.
/// Argument/result windows up to this many words live on the native stack in `run_native`.
const INLINE_WINDOW: usize = 8;

fn run_native(
    g: &mut Goroutine,
    imp: crate::native::NativeImpl,
    n: u32,
    at: usize,
) -> Result<(), Panic> {
    let prog = g.program();
    let native = prog.natives[n as usize];
    let width = native.nargs.max(native.nresults) as usize;
    g.ensure_regs(at + width)?;
    // The arguments are copied out of `regs`, which a callback into Go code may reallocate;
    // most natives take a few words, which stay on the native stack.
    let mut inline = [0 as Word; INLINE_WINDOW];
    let mut spilled = Vec::new();
    let window: &mut [Word] = if width <= INLINE_WINDOW {
        &mut inline[..width]
    } else {
        spilled.resize(width, 0);
        &mut spilled
    };
    window.copy_from_slice(&g.regs[at..at + width]);
    let roots = g.native_roots.len();
    // The permission to park stacklessly is this native's alone: a native it calls back
    // into (through Go code or in place) must block on the coroutine.
    let may_park = std::mem::take(&mut g.native_may_park) && g.reentry_depth == 0;
    let result = imp(&mut NativeCtx { prog, g, may_park }, window);
    g.native_roots.truncate(roots);
    result?;
    if g.native_parked(n, at) {
        g.regs[at..at + width].copy_from_slice(window);
    } else {
        g.regs[at..at + native.nresults as usize]
            .copy_from_slice(&window[..native.nresults as usize]);
    }
    Ok(())
}

/// Calls a Go func value from a native and returns its results (a safepoint).
pub fn call_value_reentrant(g: &mut Goroutine, f: Word, args: &[Word]) -> Result<Vec<Word>, Panic> {
    call_reentrant(g, args, |g, at| call_value_as(g, f, at, FrameKind::Reentry))
}

/// Calls a method implementation from a native: `args[0]` is the receiver.
pub fn call_method_reentrant(
    g: &mut Goroutine,
    imp: MethodImpl,
    recv_type: u32,
    args: &[Word],
) -> Result<Vec<Word>, Panic> {
    call_reentrant(g, args, |g, at| {
        call_method_impl(g, imp, at, recv_type)?;
        Ok(())
    })
}

fn call_reentrant(
    g: &mut Goroutine,
    args: &[Word],
    start: impl FnOnce(&mut Goroutine, usize) -> Result<(), Panic>,
) -> Result<Vec<Word>, Panic> {
    if g.reentry_depth >= MAX_REENTRY || runtime::native_stack_remaining() < NATIVE_STACK_RESERVE {
        return Err(Panic::Fatal("stack overflow".into()));
    }
    /// Room for the results of a native that runs in place.
    const NATIVE_RESULTS: usize = 8;
    let at = g.regs_top();
    g.ensure_regs(at + args.len().max(NATIVE_RESULTS))?;
    g.regs[at..at + args.len()].copy_from_slice(args);
    let depth = g.frames.len();
    start(g, at)?;
    if g.frames.len() == depth {
        // A native ran to completion in place.
        return Ok(g.regs[at..at + NATIVE_RESULTS].to_vec());
    }
    let frame = g.frames.last_mut().expect("pushed frame");
    frame.kind = FrameKind::Reentry;
    let nresults = g.prog.funcs[frame.func as usize].nresults as usize;
    g.reentry_depth += 1;
    let stop = g.run(depth);
    g.reentry_depth -= 1;
    match stop {
        Stop::Returned => Ok(g.regs[at..at + nresults].to_vec()),
        Stop::Abort(p) => Err(p),
        // Below a native, channel operations block on the coroutine instead.
        Stop::Parked(_) => Err(Panic::Fatal(
            "internal error: stackless park below a native call".into(),
        )),
    }
}

/// `Ret` reached: start (or continue) the return sequence of the top frame. Returns true
/// when the frame at `stop_depth` has returned.
pub fn start_return(g: &mut Goroutine, stop_depth: usize) -> Result<bool, Panic> {
    g.frames.last_mut().expect("frame").returning = true;
    continue_return(g, stop_depth)
}

/// `Ret` of a frame with no pending defers, returning into an interpreted caller inside this
/// run (the common case): pops it and moves its results. False (nothing done) otherwise;
/// [`start_return`] then handles defers, boxed results, recovery and leaving the run.
pub fn quick_return(g: &mut Goroutine, stop_depth: usize) -> bool {
    let fi = g.frames.len() - 1;
    let frame = &g.frames[fi];
    if fi <= stop_depth
        || matches!(frame.kind, FrameKind::DeferredPanic)
        || g.defers.last().is_some_and(|d| d.frame == fi)
    {
        return false;
    }
    let proto = &g.prog.funcs[frame.func as usize];
    let from = frame.base as usize + proto.result_base as usize;
    let (to, n) = (frame.ret as usize, proto.nresults as usize);
    if to != from {
        match n {
            0 => {}
            1 => g.regs[to] = g.regs[from],
            _ => g.regs.copy_within(from..from + n, to),
        }
    }
    g.frames.pop();
    true
}

/// Runs the next pending defer of the returning top frame, or finishes the return.
pub fn continue_return(g: &mut Goroutine, stop_depth: usize) -> Result<bool, Panic> {
    let fi = g.frames.len() - 1;
    if g.defers.last().is_some_and(|d| d.frame == fi) {
        let d = g.defers.pop().expect("defer");
        run_deferred(g, d, FrameKind::Deferred)?;
        return Ok(false);
    }
    copy_boxed_results(g);
    let frame = g.frames.pop().expect("frame");
    let proto = &g.prog.funcs[frame.func as usize];
    let from = frame.base as usize + proto.result_base as usize;
    let n = proto.nresults as usize;
    if frame.ret as usize != from && n > 0 {
        g.regs.copy_within(from..from + n, frame.ret as usize);
    }
    match frame.kind {
        FrameKind::DeferredPanic => {
            // A deferred call made while panicking returned: recovered?
            if g.panics.last().is_some_and(|p| p.recovered) {
                // The recovered panic and those whose deferred calls it unwound are over;
                // a panic whose deferred call is still running below stays (it may have
                // been recovered already, and then that call's return ends it).
                let this = g.frames.len();
                g.panics.retain(|p| p.defer_frame < this);
                count_panicking(g);
                if g.panics.is_empty() {
                    g.panic_trace = None;
                }
                if let Some(f) = g.frames.last_mut() {
                    f.returning = true;
                }
                Ok(g.frames.len() <= stop_depth)
            } else {
                let p = g.panics.pop().expect("panic in flight").value;
                g.rethrowing = true;
                Err(p)
            }
        }
        _ => Ok(g.frames.len() <= stop_depth),
    }
}

/// Named results that live in boxes (captured by a deferred closure) are copied into the
/// result registers when the frame finally returns — whether it reached `RetBoxed` or is
/// returning normally after a recovered panic (its pc is then elsewhere, so the operands are
/// taken from the function's `RetBoxed` instruction).
fn copy_boxed_results(g: &mut Goroutine) {
    let frame = g.frames.last().expect("frame");
    let proto = &g.prog.funcs[frame.func as usize];
    let ret_boxed = |i: &crate::bytecode::Instr| match *i {
        crate::bytecode::Instr::RetBoxed { a, n } => Some((a, n)),
        _ => None,
    };
    // Normally the frame stands at its return instruction; after a recovered panic it does
    // not, and the function's code is searched (rare).
    let boxed = match proto.code.get(frame.pc as usize) {
        Some(crate::bytecode::Instr::Ret {}) => None,
        Some(i) if ret_boxed(i).is_some() => ret_boxed(i),
        _ => proto.code.iter().find_map(ret_boxed),
    };
    if let Some((a, n)) = boxed {
        let base = frame.base as usize;
        let result_base = proto.result_base as usize;
        for i in 0..n as usize {
            let cell = g.regs[base + a as usize + i];
            if cell != 0 {
                g.regs[base + result_base + i] = runtime::load_word(cell);
            }
        }
    }
}

fn run_deferred(g: &mut Goroutine, d: DeferRecord, kind: FrameKind) -> Result<(), Panic> {
    let at = g.regs_top();
    g.ensure_regs(at + d.args.len().max(1))?;
    g.regs[at..at + d.args.len()].copy_from_slice(&d.args);
    let depth = g.frames.len();
    call_value_as(g, d.func, at, kind)?;
    if g.frames.len() > depth {
        g.frames.last_mut().expect("frame").kind = kind;
    } else if kind == FrameKind::DeferredPanic {
        // A native deferred call (e.g. `defer mu.Unlock()`) completed in place.
        return Err(g.panics.pop().expect("panic in flight").value);
    }
    Ok(())
}

/// Starts (or continues) panicking with `p`. `Ok` when execution can continue in a deferred
/// call; `Err` when the goroutine (or the nested run at `stop_depth`) must stop.
/// Goroutines unwinding a panic that is not (yet) recovered, Go's `runningPanicDefers`:
/// `main` returning waits for them ([`wait_for_panicking`]), so a panic that races with the end
/// of `main` (its deferred call readied `main`) still ends the program with exit status 2.
static PANICKING: AtomicUsize = AtomicUsize::new(0);

/// A goroutine is printing an unrecovered panic and will end the program (Go's `panicking`).
pub static PANIC_EXITING: AtomicBool = AtomicBool::new(false);

/// Brings `g`'s share of `PANICKING` up to date with its panic records. Called where a panic
/// starts and where one is recovered, not where a record is popped to be thrown again.
pub fn count_panicking(g: &mut Goroutine) {
    let active = g
        .panics
        .iter()
        .any(|p| !p.recovered && !matches!(p.value, Panic::Goexit));
    if active != g.panicking_counted {
        g.panicking_counted = active;
        if active {
            PANICKING.fetch_add(1, Ordering::SeqCst);
        } else {
            PANICKING.fetch_sub(1, Ordering::SeqCst);
        }
    }
}

/// `main` returned: let goroutines that are unwinding a panic finish first (as Go's
/// `runtime.main` does, yielding up to 1000 times), and never exit 0 while one is printing
/// its fatal panic (that goroutine ends the program).
pub fn wait_for_panicking() {
    for _ in 0..1000 {
        if PANICKING.load(Ordering::SeqCst) == 0 {
            return;
        }
        runtime::gosched();
    }
    if PANIC_EXITING.load(Ordering::SeqCst) {
        runtime::park_forever(runtime::WaitReason::PanicWait);
    }
}

/// The stack a panic starting now shows. Inside a call deferred by a panic that is unwinding,
/// Go's stack still holds the frames between the deferring function and where that panic
/// started (the deferred call runs on top of them), which minigo has already popped: they are
/// taken from the unwinding panic's trace.
fn new_panic_trace(g: &Goroutine) -> Vec<(u32, u32)> {
    let mut live = report::live_trace(g);
    let deferred = g
        .frames
        .iter()
        .rposition(|f| f.kind == FrameKind::DeferredPanic);
    if let (Some(k), Some(under)) = (deferred, &g.panic_trace) {
        live.truncate(g.frames.len() - k);
        live.extend_from_slice(under);
        live.truncate(runtime::TRACEBACK_MAX_FRAMES + 1);
    }
    live
}

pub fn throw(g: &mut Goroutine, p: Panic, stop_depth: usize) -> Result<(), Stop> {
    match p {
        Panic::Fatal(_) | Panic::Exit(_) => return Err(Stop::Abort(p)),
        _ => {}
    }
    // Go prints the stack where the latest panic started; a panic continuing after its
    // deferred call returned keeps its original stack.
    if !std::mem::take(&mut g.rethrowing) {
        g.panic_trace = Some(new_panic_trace(g));
    }
    g.panics.push(PanicRecord {
        value: p,
        recovered: false,
        defer_frame: g.frames.len(),
    });
    count_panicking(g);
    while let Some(d) = g.defers.last() {
        if d.frame < stop_depth {
            break;
        }
        let owner = d.frame;
        if owner >= g.frames.len() {
            g.defers.pop();
            continue;
        }
        g.frames.truncate(owner + 1);
        if let Some(p) = g.panics.last_mut() {
            p.defer_frame = owner + 1;
        }
        let d = g.defers.pop().expect("defer");
        match run_deferred(g, d, FrameKind::DeferredPanic) {
            Ok(()) => return Ok(()),
            Err(again) => {
                // A native deferred call finished (or failed) in place: keep unwinding.
                if !matches!(again, Panic::Fatal(_) | Panic::Exit(_)) {
                    g.panics.push(PanicRecord {
                        value: again,
                        recovered: false,
                        defer_frame: g.frames.len(),
                    });
                    count_panicking(g);
                    continue;
                }
                return Err(Stop::Abort(again));
            }
        }
    }
    if stop_depth > 0 || g.reentry_depth > 0 {
        // Hand the panic back to the native that called into Go code (which may be the
        // bottom of a goroutine started by `NativeCtx::go_native`, with no frames below).
        g.frames.truncate(stop_depth);
        let p = g.panics.pop().expect("panic").value;
        count_panicking(g);
        return Err(Stop::Abort(p));
    }
    if matches!(g.panics.last().map(|p| &p.value), Some(Panic::Goexit)) {
        g.frames.clear();
        return Err(Stop::Abort(Panic::Goexit));
    }
    report::print_unrecovered(g);
    Err(Stop::Abort(Panic::Exit(2)))
}

/// `recover()`: the current panic's value, if called directly by a deferred call made while
/// panicking; nil otherwise.
pub fn recover(g: &mut Goroutine) -> Word {
    let in_panic_defer = g
        .frames
        .last()
        .is_some_and(|f| f.kind == FrameKind::DeferredPanic);
    if !in_panic_defer {
        return 0;
    }
    let prog = g.prog.clone();
    match g.panics.last_mut() {
        Some(rec) if !rec.recovered && rec.value != Panic::Goexit => {
            rec.recovered = true;
            report::recovered_value(&prog, &rec.value)
        }
        _ => 0,
    }
}
