//! The interpreter: a goroutine's VM state and the instruction dispatch loop.
//!
//! Invariants:
//! - Go frames never live on the native stack: a call pushes a `Frame` and continues the same
//!   loop, so recursion depth is bounded only by `STACK_BUDGET` (the largest stack Go reaches
//!   under its 1 GB limit), beyond which Go's `stack overflow` fatal error is raised.
//! - `regs` is the goroutine's growable VM stack; a frame's registers are
//!   `regs[base .. base + nregs]` and `regs.len() >= base + nregs` holds for every live frame.
//! - The dispatch loop only dispatches: anything longer than a few lines lives in `ops`
//!   (values), `calls` (calls, returns, defers, panics) or `chanops`.
//! - A Rust-level error from an instruction is a `Panic`, turned into Go's panic unwinding by
//!   `calls::throw`; fatal errors and `os.Exit` end the run loop with `Err`.

pub(crate) mod calls;
mod chanops;
pub(crate) mod ops;
mod recycle;
mod report;
pub mod session;
pub mod task;

pub use calls::call_value_reentrant;

use crate::bytecode::Instr;
use crate::native::Panic;
use crate::program::Program;
use crate::value;
use runtime::Word;
use std::sync::Arc;

/// In a seeded run, a goroutine yields after this many safepoints (calls and backward jumps)
/// instead of after 10 ms, so preemption points are reproducible.
const PREEMPT_SAFEPOINTS: u32 = 20_000;
/// What a goroutine's registers and frame records may take before Go's `stack overflow`:
/// Go's stacks double, so the largest one a goroutine reaches under its 1 GB limit
/// (`maxstacksize`) is 512 MiB, and its overflow strikes there. (A 1 GB budget, counting frame records at twice
/// their size, had runaway recursion touch 2.2 GB and take 5.5 s to fail; Go takes 2.2 s.)
const STACK_BUDGET: usize = 1 << 29;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameKind {
    Normal,
    /// A deferred call run by a normal return.
    Deferred,
    /// A deferred call run while panicking (where `recover` works).
    DeferredPanic,
    /// Called from a native (`NativeCtx::call`): when it returns, the nested run loop ends.
    Reentry,
}

#[derive(Clone, Debug)]
pub struct Frame {
    pub func: u32,
    pub pc: u32,
    pub base: u32,
    /// The running closure object (for `LoadCapture`), 0 for plain calls.
    pub closure: Word,
    /// Absolute register index where the results go in the caller.
    pub ret: u32,
    pub kind: FrameKind,
    /// Set once `Ret` started: pending defers run, then the frame returns.
    pub returning: bool,
}

/// A deferred call: the function value and its arguments, evaluated at the `defer`.
#[derive(Clone, Debug)]
pub struct DeferRecord {
    /// Index of the frame that deferred it.
    pub frame: usize,
    pub func: Word,
    pub args: Vec<Word>,
}

#[derive(Clone, Debug)]
pub struct PanicRecord {
    pub value: Panic,
    pub recovered: bool,
    /// Frame index of the deferred call this panic runs (set as each starts; until then the
    /// frame count when the panic started). A deferred call that recovers a later panic
    /// ends the panics whose deferred calls were at or above its own frame, no others.
    pub defer_frame: usize,
}

/// A goroutine's interpreter state (its G, as far as the VM is concerned).
pub struct Goroutine {
    pub prog: Arc<Program>,
    pub goid: u64,
    pub regs: Vec<Word>,
    pub frames: Vec<Frame>,
    pub defers: Vec<DeferRecord>,
    pub panics: Vec<PanicRecord>,
    /// Values natives keep alive across callbacks.
    pub native_roots: Vec<Word>,
    /// `go` statement position: (function name, line).
    pub created_by: Option<(CreatedBy, u32)>,
    /// Depth of nested native → Go calls (bounded to protect the native stack).
    pub reentry_depth: u32,
    /// Set while the dispatch loop calls a native that may park without its native stack
    /// (the loop unwinds right after such a call; see `NativeCtx::block`).
    native_may_park: bool,
    /// (function, line) frames where the current panic started, for its traceback.
    pub panic_trace: Option<Vec<(u32, u32)>>,
    /// The panic being thrown continues one whose deferred call returned without recovering.
    pub rethrowing: bool,
    /// This goroutine counts in `calls::PANICKING` (an unrecovered panic is unwinding).
    pub panicking_counted: bool,
    /// The channel operation this goroutine parked in without a native stack (see `chanops`).
    pending: Option<(chanops::Pending, runtime::WaitReason)>,
    /// Safepoints left before a seeded run (`-seed`) preempts this goroutine.
    preempt_budget: u32,
    rng: u64,
    /// The race detector's state of this goroutine (`-race` only; see `race`).
    pub race: std::cell::UnsafeCell<Option<Box<crate::race::RaceCache>>>,
}

/// Who started a goroutine, for `created by …` lines (no string is built per `go`).
#[derive(Clone, Copy, Debug)]
pub enum CreatedBy {
    /// A `go` statement in this function.
    Func(u32),
    /// The runtime on a package's behalf (`time.goFunc` for `time.AfterFunc`).
    Runtime(&'static str),
}

/// How a run of the dispatch loop ended.
#[derive(Debug)]
pub enum Stop {
    /// The frame at the stop depth returned.
    Returned,
    /// The goroutine must end: fatal error, exit, unrecovered panic (already printed) or
    /// Goexit.
    Abort(Panic),
    /// The goroutine parked in a channel operation without a native stack (only at
    /// `reentry_depth == 0`): `VmTask::run` returns `TaskExit::Parked` and continues with
    /// `resume_parked` once readied.
    Parked(runtime::WaitReason),
}

impl Goroutine {
    pub fn new(prog: Arc<Program>, goid: u64) -> Goroutine {
        Goroutine {
            prog,
            goid,
            regs: Vec::new(),
            frames: Vec::new(),
            defers: Vec::new(),
            panics: Vec::new(),
            native_roots: Vec::new(),
            created_by: None,
            reentry_depth: 0,
            native_may_park: false,
            panic_trace: None,
            rethrowing: false,
            panicking_counted: false,
            pending: None,
            rng: runtime::stream_seed(goid),
            preempt_budget: PREEMPT_SAFEPOINTS,
            race: Default::default(),
        }
    }

    /// A pseudo-random number (map iteration start, select order fallback).
    pub fn random(&mut self) -> u64 {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        self.rng
    }

    /// Current line of frame `i` (for tracebacks).
    pub fn frame_line(&self, i: usize) -> u32 {
        let f = &self.frames[i];
        let lines = &self.prog.funcs[f.func as usize].lines;
        let pc = (f.pc as usize)
            .saturating_sub(1)
            .min(lines.len().saturating_sub(1));
        lines.get(pc).copied().unwrap_or(0)
    }

    /// The program, borrowed independently of `self`: `prog` is set when the state is
    /// created or recycled for a new goroutine and never replaced while it runs, so the
    /// reference stays valid while `self` is mutated (no reference-count traffic on a shared
    /// `Arc` per dispatch or native call, which contended across workers).
    pub(crate) fn program<'p>(&self) -> &'p Program {
        // SAFETY: see above; the `Arc` in `self.prog` keeps the program alive for as long as
        // this goroutine state runs it, which outlasts every caller's use of the reference.
        unsafe { &*Arc::as_ptr(&self.prog) }
    }

    /// A safepoint: in seeded runs, count it and yield when the budget is spent; always poll
    /// the runtime (collections, clock-based preemption).
    #[inline]
    fn safepoint(&mut self, by_count: bool) {
        if by_count {
            self.preempt_budget -= 1;
            if self.preempt_budget == 0 {
                self.preempt_budget = PREEMPT_SAFEPOINTS;
                runtime::gosched();
            }
        }
        runtime::safepoint();
    }

    /// Top of the register stack in use by the innermost frame.
    fn regs_top(&self) -> usize {
        match self.frames.last() {
            Some(f) => f.base as usize + self.prog.funcs[f.func as usize].nregs as usize,
            None => 0,
        }
    }

    #[inline]
    fn ensure_regs(&mut self, top: usize) -> Result<(), Panic> {
        if top > self.regs.len() {
            return self.grow_regs(top);
        }
        Ok(())
    }

    #[cold]
    fn grow_regs(&mut self, top: usize) -> Result<(), Panic> {
        if top * 8 + self.frames.len() * std::mem::size_of::<Frame>() > STACK_BUDGET {
            return Err(Panic::Fatal("stack overflow".into()));
        }
        let new_len = top.max(self.regs.len() * 2);
        self.regs.resize(new_len, 0);
        Ok(())
    }

    /// Runs until the frame at index `stop_depth` returns (`stop_depth == 0`: the bottom
    /// frame) or the goroutine must end.
    pub fn run(&mut self, stop_depth: usize) -> Stop {
        loop {
            match self.dispatch(stop_depth) {
                Ok(()) => {
                    if let Some(reason) = self.parked_reason() {
                        return Stop::Parked(reason);
                    }
                    return Stop::Returned;
                }
                Err(p) => {
                    if let Err(stop) = calls::throw(self, p, stop_depth) {
                        return stop;
                    }
                }
            }
        }
    }

    /// The dispatch loop proper. Returns `Ok` when the frame at `stop_depth` returned, or when
    /// the goroutine parked stacklessly (`self.pending` is then set).
    fn dispatch(&mut self, stop_depth: usize) -> Result<(), Panic> {
        let prog = self.program();
        let by_count = runtime::preempt_by_count();
        'frame: loop {
            let frame = self.frames.last_mut().expect("dispatch with no frame");
            if frame.returning {
                if calls::continue_return(self, stop_depth)? {
                    return Ok(());
                }
                continue 'frame;
            }
            let func = &prog.funcs[frame.func as usize];
            let code: &[Instr] = &func.code;
            let base = frame.base as usize;
            let pc0 = frame.pc as usize;
            assert!(self.regs.len() >= base + func.nregs as usize && pc0 < code.len());
            // SAFETY: `verify::verify` proved every register operand (and operand range) of
            // this function below `nregs`, every jump target inside `code`, and that the code
            // cannot fall off its end; the assert above gives `regs.len() >= base + nregs`.
            // `self.regs` is only resized by calls (`push_call`, natives), after which the
            // loop re-enters at 'frame and derives `regs` again; within the inner loop all
            // register accesses go through this pointer.
            let regs: *mut Word = unsafe { self.regs.as_mut_ptr().add(base) };
            // The next instruction, as a pointer into `code` (an index costs a shift and an
            // add per instruction in the dispatch head).
            let code_start = code.as_ptr();
            let mut ip: *const Instr = unsafe { code_start.add(pc0) };
            macro_rules! r {
                ($x:expr) => {
                    *regs.add($x as usize)
                };
            }
            macro_rules! window {
                ($start:expr, $n:expr) => {
                    std::slice::from_raw_parts(regs.add($start as usize), $n as usize)
                };
            }
            macro_rules! save_pc {
                () => {
                    self.frames.last_mut().unwrap().pc = ip.offset_from(code_start) as u32
                };
            }
            macro_rules! fail {
                ($e:expr) => {{
                    save_pc!();
                    return Err($e);
                }};
            }
            macro_rules! tryv {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(p) => fail!(p),
                    }
                };
            }
            macro_rules! int3 {
                ($a:expr, $b:expr, $c:expr, |$x:ident, $y:ident| $body:expr) => {{
                    let $x = r!($b) as i64;
                    let $y = r!($c) as i64;
                    r!($a) = ($body) as Word;
                }};
            }
            macro_rules! flt3 {
                ($a:expr, $b:expr, $c:expr, |$x:ident, $y:ident| $body:expr) => {{
                    let $x = f64::from_bits(r!($b));
                    let $y = f64::from_bits(r!($c));
                    r!($a) = ($body).to_bits();
                }};
            }
            macro_rules! cmp {
                ($a:expr, $b:expr, $c:expr, $t:ty, |$x:ident, $y:ident| $body:expr) => {{
                    let $x = r!($b) as $t;
                    let $y = r!($c) as $t;
                    r!($a) = ($body) as Word;
                }};
            }
            macro_rules! fcmp {
                ($a:expr, $b:expr, $c:expr, |$x:ident, $y:ident| $body:expr) => {{
                    let $x = f64::from_bits(r!($b));
                    let $y = f64::from_bits(r!($c));
                    r!($a) = ($body) as Word;
                }};
            }
            // A call from which a native may park stacklessly (`NativeCtx::block`): if it did,
            // the loop unwinds at once (no safepoint: the goroutine is already parking).
            macro_rules! parkable_call {
                ($call:expr) => {{
                    self.native_may_park = true;
                    let result = $call;
                    self.native_may_park = false;
                    result?;
                    if self.pending.is_some() {
                        return Ok(());
                    }
                }};
            }
            macro_rules! jump {
                ($off:expr) => {{
                    let off = $off;
                    ip = ip.offset(off as isize);
                    if off < 0 {
                        // No `save_pc!`: a goroutine stopped at a safepoint keeps its native
                        // stack (and this loop's `ip`); nothing reads its frame's pc meanwhile.
                        self.safepoint(by_count);
                    }
                }};
            }
            #[allow(unused_unsafe)]
            loop {
                // SAFETY: see `regs` above (pc stays inside `code`, operands inside the frame).
                unsafe {
                    let ins = ip;
                    ip = ip.add(1);
                    match *ins {
                        Instr::Nop {} => {}
                        Instr::Move { a, b } => r!(a) = r!(b),
                        Instr::LoadInt { a, v } => r!(a) = v as i64 as Word,
                        Instr::LoadK { a, k } => r!(a) = prog.consts[k as usize],
                        Instr::LoadGlobal { a, g } => {
                            r!(a) = ops::global(prog, g).load(std::sync::atomic::Ordering::Acquire)
                        }
                        Instr::StoreGlobal { g, a } => {
                            ops::global(prog, g).store(r!(a), std::sync::atomic::Ordering::Release)
                        }
                        Instr::Zero { a, t } => r!(a) = value::zero(prog, t),
                        Instr::Clone { a, b, t } => r!(a) = value::clone(prog, t, r!(b)),

                        Instr::AddInt { a, b, c } => int3!(a, b, c, |x, y| x.wrapping_add(y)),
                        Instr::AddIntImm { a, b, v } => {
                            r!(a) = (r!(b) as i64).wrapping_add(v as i64) as Word
                        }
                        Instr::SubInt { a, b, c } => int3!(a, b, c, |x, y| x.wrapping_sub(y)),
                        Instr::MulInt { a, b, c } => int3!(a, b, c, |x, y| x.wrapping_mul(y)),
                        Instr::DivInt { a, b, c } => {
                            let (x, y) = (r!(b) as i64, r!(c) as i64);
                            if y == 0 {
                                fail!(ops::divide_by_zero());
                            }
                            r!(a) = x.wrapping_div(y) as Word;
                        }
                        Instr::RemInt { a, b, c } => {
                            let (x, y) = (r!(b) as i64, r!(c) as i64);
                            if y == 0 {
                                fail!(ops::divide_by_zero());
                            }
                            r!(a) = x.wrapping_rem(y) as Word;
                        }
                        Instr::DivUint { a, b, c } => {
                            let (x, y) = (r!(b), r!(c));
                            if y == 0 {
                                fail!(ops::divide_by_zero());
                            }
                            r!(a) = x / y;
                        }
                        Instr::RemUint { a, b, c } => {
                            let (x, y) = (r!(b), r!(c));
                            if y == 0 {
                                fail!(ops::divide_by_zero());
                            }
                            r!(a) = x % y;
                        }
                        Instr::And { a, b, c } => r!(a) = r!(b) & r!(c),
                        Instr::Or { a, b, c } => r!(a) = r!(b) | r!(c),
                        Instr::Xor { a, b, c } => r!(a) = r!(b) ^ r!(c),
                        Instr::AndNot { a, b, c } => r!(a) = r!(b) & !r!(c),
                        Instr::Shl {
                            a,
                            b,
                            c,
                            signed_count,
                        } => {
                            let n = tryv!(ops::shift_count(r!(c), signed_count));
                            r!(a) = if n >= 64 { 0 } else { r!(b) << n };
                        }
                        Instr::ShrInt {
                            a,
                            b,
                            c,
                            signed_count,
                        } => {
                            let n = tryv!(ops::shift_count(r!(c), signed_count));
                            r!(a) = ((r!(b) as i64) >> n.min(63)) as Word;
                        }
                        Instr::ShrUint {
                            a,
                            b,
                            c,
                            signed_count,
                        } => {
                            let n = tryv!(ops::shift_count(r!(c), signed_count));
                            r!(a) = if n >= 64 { 0 } else { r!(b) >> n };
                        }
                        Instr::NegInt { a, b } => r!(a) = (r!(b) as i64).wrapping_neg() as Word,
                        Instr::BitNot { a, b } => r!(a) = !r!(b),
                        Instr::Narrow { a, b, bits, signed } => {
                            r!(a) = ops::narrow(r!(b), bits, signed)
                        }

                        Instr::AddFloat { a, b, c } => flt3!(a, b, c, |x, y| x + y),
                        Instr::SubFloat { a, b, c } => flt3!(a, b, c, |x, y| x - y),
                        Instr::MulFloat { a, b, c } => flt3!(a, b, c, |x, y| x * y),
                        Instr::DivFloat { a, b, c } => flt3!(a, b, c, |x, y| x / y),
                        Instr::NegFloat { a, b } => r!(a) = (-f64::from_bits(r!(b))).to_bits(),
                        Instr::RoundF32 { a, b } => {
                            r!(a) = (f64::from_bits(r!(b)) as f32 as f64).to_bits()
                        }
                        Instr::IntToFloat { a, b } => r!(a) = (r!(b) as i64 as f64).to_bits(),
                        Instr::UintToFloat { a, b } => r!(a) = (r!(b) as f64).to_bits(),
                        Instr::IntToFloat32 { a, b } => {
                            r!(a) = (r!(b) as i64 as f32 as f64).to_bits()
                        }
                        Instr::UintToFloat32 { a, b } => r!(a) = (r!(b) as f32 as f64).to_bits(),
                        Instr::FloatToInt { a, b } => {
                            r!(a) = ops::float_to_int(f64::from_bits(r!(b)))
                        }
                        Instr::FloatToInt32 { a, b } => {
                            r!(a) = ops::float_to_int32(f64::from_bits(r!(b)))
                        }
                        Instr::FloatToUint { a, b } => {
                            r!(a) = ops::float_to_uint(f64::from_bits(r!(b)))
                        }
                        Instr::MakeComplex { a, b, c } => {
                            r!(a) = value::complex_new(ops::f(r!(b)), ops::f(r!(c)))
                        }
                        Instr::RealPart { a, b } => r!(a) = value::complex_parts(r!(b)).0.to_bits(),
                        Instr::ImagPart { a, b } => r!(a) = value::complex_parts(r!(b)).1.to_bits(),
                        Instr::AddComplex { a, b, c } => r!(a) = ops::complex_add(r!(b), r!(c)),
                        Instr::SubComplex { a, b, c } => r!(a) = ops::complex_sub(r!(b), r!(c)),
                        Instr::MulComplex { a, b, c } => r!(a) = ops::complex_mul(r!(b), r!(c)),
                        Instr::DivComplex { a, b, c } => r!(a) = ops::complex_div(r!(b), r!(c)),
                        Instr::NegComplex { a, b } => r!(a) = ops::complex_neg(r!(b)),
                        Instr::EqComplex { a, b, c } => {
                            r!(a) = ops::complex_eq(r!(b), r!(c)) as Word
                        }
                        Instr::RoundC64 { a, b } => r!(a) = ops::complex_round_c64(r!(b)),

                        Instr::EqInt { a, b, c } => r!(a) = (r!(b) == r!(c)) as Word,
                        Instr::NeInt { a, b, c } => r!(a) = (r!(b) != r!(c)) as Word,
                        Instr::LtInt { a, b, c } => cmp!(a, b, c, i64, |x, y| x < y),
                        Instr::LeInt { a, b, c } => cmp!(a, b, c, i64, |x, y| x <= y),
                        Instr::LtUint { a, b, c } => cmp!(a, b, c, u64, |x, y| x < y),
                        Instr::LeUint { a, b, c } => cmp!(a, b, c, u64, |x, y| x <= y),
                        Instr::EqFloat { a, b, c } => fcmp!(a, b, c, |x, y| x == y),
                        Instr::LtFloat { a, b, c } => fcmp!(a, b, c, |x, y| x < y),
                        Instr::LeFloat { a, b, c } => fcmp!(a, b, c, |x, y| x <= y),
                        Instr::EqStr { a, b, c } => {
                            r!(a) = (value::str_bytes(r!(b)) == value::str_bytes(r!(c))) as Word
                        }
                        Instr::LtStr { a, b, c } => {
                            r!(a) = (value::str_bytes(r!(b)) < value::str_bytes(r!(c))) as Word
                        }
                        Instr::LeStr { a, b, c } => {
                            r!(a) = (value::str_bytes(r!(b)) <= value::str_bytes(r!(c))) as Word
                        }
                        Instr::EqDeep { a, b, c, t } => {
                            r!(a) = tryv!(value::equal(prog, t, r!(b), r!(c))) as Word
                        }
                        Instr::Not { a, b } => r!(a) = (r!(b) == 0) as Word,

                        Instr::Jump { off } => jump!(off),
                        Instr::JumpIf { a, off } => {
                            if r!(a) != 0 {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfNot { a, off } => {
                            if r!(a) == 0 {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfNotLtInt { a, b, off } => {
                            if (r!(a) as i64) >= (r!(b) as i64) {
                                jump!(off)
                            }
                        }

                        Instr::Concat { a, b, c } => r!(a) = ops::concat(r!(b), r!(c)),
                        Instr::StrLen { a, b } => r!(a) = value::str_len(r!(b)) as Word,
                        Instr::StrIndex { a, b, c } => {
                            let s = value::str_bytes(r!(b));
                            let i = r!(c) as i64;
                            match s.get(i as usize) {
                                Some(&byte) if i >= 0 => r!(a) = byte as Word,
                                _ => fail!(value::index_panic(i, s.len())),
                            }
                        }
                        Instr::StrSlice { a, b, c, d } => {
                            r!(a) = tryv!(ops::str_slice(r!(b), r!(c), r!(d)))
                        }
                        Instr::DecodeRune { a, b, c } => {
                            let (rune, width) =
                                ops::rune_at(value::str_bytes(r!(b)), r!(c) as usize);
                            r!(a) = rune as Word;
                            r!(a + 1) = width as Word;
                        }
                        Instr::RuneToStr { a, b } => r!(a) = ops::rune_to_str(r!(b) as i64),
                        Instr::BytesToStr { a, b } => r!(a) = ops::bytes_to_str(r!(b)),
                        Instr::StrToBytes { a, b } => r!(a) = ops::str_to_bytes(r!(b)),
                        Instr::RunesToStr { a, b } => r!(a) = ops::runes_to_str(r!(b)),
                        Instr::StrToRunes { a, b } => r!(a) = ops::str_to_runes(r!(b)),

                        Instr::MakeSlice { a, t, b, c } => {
                            r!(a) = tryv!(ops::make_slice(prog, t, r!(b), r!(c)))
                        }
                        Instr::SliceLen { a, b } => r!(a) = value::slice_parts(r!(b)).2 as Word,
                        Instr::SliceCap { a, b } => r!(a) = value::slice_parts(r!(b)).3 as Word,
                        Instr::SliceLoad { a, b, c } => {
                            r!(a) = tryv!(value::slice_get(r!(b), r!(c) as i64, false))
                        }
                        Instr::SliceLoadB { a, b, c } => {
                            r!(a) = tryv!(value::slice_get(r!(b), r!(c) as i64, true))
                        }
                        Instr::SliceStore { a, b, c } => {
                            tryv!(value::slice_set(r!(b), r!(c) as i64, r!(a), false))
                        }
                        Instr::SliceStoreB { a, b, c } => {
                            tryv!(value::slice_set(r!(b), r!(c) as i64, r!(a), true))
                        }
                        Instr::SliceAddr { a, b, c } => {
                            r!(a) = tryv!(ops::slice_addr(r!(b), r!(c) as i64))
                        }
                        Instr::SliceSlice { a, b, c, d, e } => {
                            let hi = (d != u16::MAX).then(|| r!(d));
                            let max = (e != u16::MAX).then(|| r!(e));
                            r!(a) = tryv!(ops::slice_slice(r!(b), r!(c), hi, max));
                        }
                        Instr::SliceArray { a, b, c, d, e, t } => {
                            let hi = (d != u16::MAX).then(|| r!(d));
                            let max = (e != u16::MAX).then(|| r!(e));
                            r!(a) = tryv!(ops::slice_array(prog, t, r!(b), r!(c), hi, max));
                        }
                        Instr::ArrayLoad { a, b, c } => {
                            r!(a) = tryv!(ops::array_load(r!(b), r!(c) as i64, false))
                        }
                        Instr::ArrayLoadB { a, b, c } => {
                            r!(a) = tryv!(ops::array_load(r!(b), r!(c) as i64, true))
                        }
                        Instr::ArrayStore { a, b, c } => {
                            tryv!(ops::array_store(r!(b), r!(c) as i64, r!(a), false))
                        }
                        Instr::ArrayStoreB { a, b, c } => {
                            tryv!(ops::array_store(r!(b), r!(c) as i64, r!(a), true))
                        }
                        Instr::ArrayAddr { a, b, c } => {
                            r!(a) = tryv!(ops::array_addr(r!(b), r!(c) as i64))
                        }
                        Instr::Append { a, b, c, n, t } => {
                            let items: Vec<Word> = window!(c, n).to_vec();
                            r!(a) = ops::append(prog, t, r!(b), &items);
                        }
                        Instr::AppendSlice { a, b, c, t } => {
                            r!(a) = ops::append_slice(prog, t, r!(b), r!(c))
                        }
                        Instr::Copy { a, b, c, t } => {
                            r!(a) = ops::copy(prog, t, r!(b), r!(c)) as Word
                        }

                        Instr::FieldLoad { a, b, field: f } => {
                            r!(a) = tryv!(ops::field_load(r!(b), f))
                        }
                        Instr::FieldStore { a, b, field: f } => {
                            tryv!(ops::field_store(r!(b), f, r!(a)))
                        }
                        Instr::FieldAddr { a, b, field: f } => {
                            r!(a) = tryv!(ops::field_addr(r!(b), f))
                        }
                        Instr::Load { a, b } | Instr::LoadAggregate { a, b } => {
                            let p = r!(b);
                            if p == 0 {
                                fail!(ops::nil_deref());
                            }
                            r!(a) = runtime::load_word(p);
                        }
                        Instr::LoadB { a, b } => {
                            let p = r!(b);
                            if p == 0 {
                                fail!(ops::nil_deref());
                            }
                            r!(a) = runtime::load_u8(p) as Word;
                        }
                        Instr::Store { a, b } => {
                            let p = r!(b);
                            if p == 0 {
                                fail!(ops::nil_deref());
                            }
                            runtime::store_word(p, r!(a));
                        }
                        Instr::StoreB { a, b } => {
                            let p = r!(b);
                            if p == 0 {
                                fail!(ops::nil_deref());
                            }
                            runtime::store_u8(p, r!(a) as u8);
                        }
                        Instr::Box { a, b, .. } => {
                            let cell = runtime::alloc_words(1);
                            runtime::store_word(cell, r!(b));
                            r!(a) = cell;
                        }
                        Instr::NilCheck { a } => {
                            if r!(a) == 0 {
                                fail!(ops::nil_deref());
                            }
                        }
                        Instr::NilRecvCheck { a, k } => {
                            if r!(a) == 0 {
                                let text = value::str_lossy(prog.consts[k as usize]);
                                fail!(Panic::Plain(text));
                            }
                        }

                        Instr::MakeMap { a, t: _, b } => {
                            r!(a) = crate::gomap::new_map(r!(b) as usize)
                        }
                        Instr::MapLoad { a, b, c, t } => {
                            r!(a) = tryv!(ops::map_load(prog, t, r!(b), r!(c)))
                                .unwrap_or_else(|| value::zero(prog, prog.types[t as usize].elem))
                        }
                        Instr::MapLoadOk { a, b, c, t } => {
                            let found = tryv!(ops::map_load(prog, t, r!(b), r!(c)));
                            r!(a + 1) = found.is_some() as Word;
                            r!(a) = found
                                .unwrap_or_else(|| value::zero(prog, prog.types[t as usize].elem));
                        }
                        Instr::MapStore { a, b, c, t } => {
                            tryv!(ops::map_store(prog, t, r!(b), r!(c), r!(a)))
                        }
                        Instr::MapDelete { b, c, t } => {
                            tryv!(ops::map_delete(prog, t, r!(b), r!(c)))
                        }
                        Instr::MapLen { a, b } => r!(a) = crate::gomap::len(r!(b)) as Word,
                        Instr::MapClear { b } => tryv!(crate::gomap::clear(r!(b))),
                        Instr::SliceClear { b, t } => ops::slice_clear(prog, r!(b), t),
                        Instr::MapIter { a, b } => {
                            let random = self.random();
                            r!(a) = crate::gomap::iter_new(r!(b), random);
                        }
                        Instr::MapNext { a, b, off } => match tryv!(crate::gomap::iter_next(r!(a)))
                        {
                            Some((k, v)) => {
                                r!(b) = k;
                                r!(b + 1) = v;
                            }
                            None => jump!(off),
                        },

                        Instr::MakeIface { a, b, t } => r!(a) = ops::make_iface(prog, t, r!(b)),
                        Instr::AssertType { a, b, t, iface: s } => {
                            r!(a) = tryv!(ops::assert_type(prog, r!(b), t, s))
                        }
                        Instr::SliceToArrayPtr { a, b, t } => {
                            r!(a) = tryv!(ops::slice_to_array_ptr(prog, r!(b), t))
                        }
                        Instr::AssertTypeOk { a, b, t } => {
                            let (v, ok) = ops::assert_type_ok(prog, r!(b), t);
                            r!(a) = v;
                            r!(a + 1) = ok as Word;
                        }
                        Instr::AssertIface { a, b, t } => {
                            r!(a) = tryv!(ops::assert_iface(prog, r!(b), t))
                        }
                        Instr::AssertIfaceOk { a, b, t } => {
                            let v = r!(b);
                            let ok = ops::iface_implements(prog, v, t);
                            r!(a) = if ok { v } else { 0 };
                            r!(a + 1) = ok as Word;
                        }
                        Instr::IfaceType { a, b } => {
                            r!(a) =
                                value::iface_parts(r!(b)).map_or(-1i64 as Word, |(t, _)| t as Word)
                        }
                        Instr::Implements { a, b, t } => {
                            let dt = r!(b) as i64;
                            r!(a) = (dt >= 0 && ops::type_implements(prog, dt as u32, t)) as Word;
                        }
                        Instr::IsType { a, b, t } => r!(a) = (r!(b) == t as Word) as Word,
                        Instr::IfaceData { a, b } => r!(a) = ops::iface_data(prog, r!(b)),

                        Instr::Call { a, f } => {
                            save_pc!();
                            calls::push_call(self, f, base + a as usize, 0, FrameKind::Normal)?;
                            self.safepoint(by_count);
                            continue 'frame;
                        }
                        Instr::CallValue { a, b } => {
                            save_pc!();
                            let fv = r!(b);
                            parkable_call!(calls::call_value(self, fv, base + a as usize));
                            self.safepoint(by_count);
                            continue 'frame;
                        }
                        Instr::CallIface { a, m } => {
                            save_pc!();
                            parkable_call!(calls::call_iface(self, m, base + a as usize));
                            self.safepoint(by_count);
                            continue 'frame;
                        }
                        Instr::CallNative { a, native: n } => {
                            save_pc!();
                            parkable_call!(calls::call_native(self, n, base + a as usize));
                            continue 'frame;
                        }
                        Instr::Ret {} => {
                            ip = ip.sub(1);
                            save_pc!();
                            if !calls::quick_return(self, stop_depth)
                                && calls::start_return(self, stop_depth)?
                            {
                                return Ok(());
                            }
                            continue 'frame;
                        }
                        Instr::MakeClosure { a, f, b, n } => {
                            r!(a) = calls::make_closure(f, window!(b, n));
                        }
                        Instr::LoadCapture { a, capture: i } => {
                            let closure = self.frames.last().unwrap().closure;
                            r!(a) = runtime::words(closure)[1 + i as usize]
                                .load(std::sync::atomic::Ordering::Acquire);
                        }
                        Instr::BindMethod { a, f, b } => r!(a) = calls::bind_method(f, r!(b)),
                        Instr::BindNative { a, native: n, b } => {
                            r!(a) = calls::bind_native(n, r!(b))
                        }
                        Instr::BindIfaceMethod { a, b, m } => {
                            let i = r!(b);
                            if i == 0 {
                                fail!(ops::nil_deref());
                            }
                            r!(a) = calls::bind_iface_method(m, i);
                        }
                        Instr::NativeValue { a, native: n } => r!(a) = calls::native_value(n),
                        Instr::Go { a, b, n } => {
                            save_pc!();
                            let args = window!(a, n).to_vec();
                            let fv = r!(b);
                            tryv!(task::go_statement(self, fv, args));
                        }
                        Instr::Defer { a, b, n } => {
                            let args = window!(a, n).to_vec();
                            let frame = self.frames.len() - 1;
                            self.defers.push(DeferRecord {
                                frame,
                                func: r!(b),
                                args,
                            });
                        }
                        Instr::Panic { a } => fail!(Panic::Value(r!(a))),
                        Instr::Recover { a } => r!(a) = calls::recover(self),

                        Instr::MakeChan { a, t, b } => {
                            // Go's limit is the buffer's byte size; every element takes a
                            // word here.
                            let n = r!(b) as i64;
                            if n < 0 || n as u64 > (runtime::GO_MAX_ALLOC / 8) as u64 {
                                fail!(Panic::Plain("makechan: size out of range".into()));
                            }
                            let elem = prog.types[t as usize].elem;
                            r!(a) =
                                runtime::make_chan_of(n as usize, value::is_zero_size(prog, elem));
                        }
                        Instr::Send { a, b } => {
                            save_pc!();
                            if !tryv!(chanops::send(self, r!(b), r!(a))) {
                                return Ok(()); // parked stacklessly
                            }
                        }
                        Instr::Recv { a, b } => {
                            save_pc!();
                            match chanops::recv(self, r!(b), base + a as usize, false) {
                                Some((v, _)) => r!(a) = v,
                                None => return Ok(()), // parked stacklessly
                            }
                        }
                        Instr::RecvOk { a, b } => {
                            save_pc!();
                            match chanops::recv(self, r!(b), base + a as usize, true) {
                                Some((v, ok)) => {
                                    r!(a) = v;
                                    r!(a + 1) = ok as Word;
                                }
                                None => return Ok(()), // parked stacklessly
                            }
                        }
                        Instr::Close { b } => tryv!(chanops::close(r!(b))),
                        Instr::ChanLen { a, b } => r!(a) = runtime::chan_len(r!(b)) as Word,
                        Instr::ChanCap { a, b } => r!(a) = runtime::chan_cap(r!(b)) as Word,
                        Instr::Select { a, b, n, default } => {
                            save_pc!();
                            let cases = window!(b, 3 * n as usize).to_vec();
                            let Some((idx, v, ok)) =
                                tryv!(chanops::select(self, &cases, default, base + a as usize))
                            else {
                                return Ok(()); // parked stacklessly
                            };
                            r!(a) = idx as Word;
                            r!(a + 1) = v;
                            r!(a + 2) = ok as Word;
                        }

                        Instr::StoreDeep { a, b, t } => {
                            let dst = r!(b);
                            if dst == 0 {
                                fail!(ops::nil_deref());
                            }
                            value::assign_in_place(prog, t, dst, r!(a));
                        }
                        Instr::GlobalAddr { a, g } => {
                            r!(a) = ops::global(prog, g) as *const _ as Word
                        }
                        Instr::RetBoxed { a: _, n: _ } => {
                            ip = ip.sub(1);
                            save_pc!();
                            if calls::start_return(self, stop_depth)? {
                                return Ok(());
                            }
                            continue 'frame;
                        }

                        Instr::Print { a, kind } => ops::print_value(r!(a), kind),
                        Instr::PrintSpace {} => crate::output::write_stderr(b" "),
                        Instr::PrintNewline {} => crate::output::write_stderr(b"\n"),

                        Instr::MulIntImm { a, b, v } => {
                            r!(a) = (r!(b) as i64).wrapping_mul(v as i64) as Word
                        }
                        Instr::AndImm { a, b, v } => r!(a) = r!(b) & v as i64 as Word,
                        Instr::OrImm { a, b, v } => r!(a) = r!(b) | v as i64 as Word,
                        Instr::XorImm { a, b, v } => r!(a) = r!(b) ^ v as i64 as Word,
                        Instr::ShlImm { a, b, v } => r!(a) = if v >= 64 { 0 } else { r!(b) << v },
                        Instr::ShrIntImm { a, b, v } => {
                            r!(a) = ((r!(b) as i64) >> v.min(63)) as Word
                        }
                        Instr::ShrUintImm { a, b, v } => {
                            r!(a) = if v >= 64 { 0 } else { r!(b) >> v }
                        }
                        Instr::EqIntImm { a, b, v } => r!(a) = (r!(b) as i64 == v as i64) as Word,
                        Instr::NeIntImm { a, b, v } => r!(a) = (r!(b) as i64 != v as i64) as Word,
                        Instr::LtIntImm { a, b, v } => r!(a) = ((r!(b) as i64) < v as i64) as Word,
                        Instr::LeIntImm { a, b, v } => r!(a) = (r!(b) as i64 <= v as i64) as Word,
                        Instr::GtIntImm { a, b, v } => r!(a) = (r!(b) as i64 > v as i64) as Word,
                        Instr::GeIntImm { a, b, v } => r!(a) = (r!(b) as i64 >= v as i64) as Word,
                        Instr::JumpIfLtInt { a, b, off } => {
                            if (r!(a) as i64) < r!(b) as i64 {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfLeInt { a, b, off } => {
                            if r!(a) as i64 <= r!(b) as i64 {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfEqInt { a, b, off } => {
                            if r!(a) == r!(b) {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfNeInt { a, b, off } => {
                            if r!(a) != r!(b) {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfLtUint { a, b, off } => {
                            if r!(a) < r!(b) {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfLeUint { a, b, off } => {
                            if r!(a) <= r!(b) {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfEqIntImm { a, v, off } => {
                            if r!(a) as i64 == v as i64 {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfNeIntImm { a, v, off } => {
                            if r!(a) as i64 != v as i64 {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfLtIntImm { a, v, off } => {
                            if (r!(a) as i64) < v as i64 {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfLeIntImm { a, v, off } => {
                            if r!(a) as i64 <= v as i64 {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfGtIntImm { a, v, off } => {
                            if r!(a) as i64 > v as i64 {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfGeIntImm { a, v, off } => {
                            if r!(a) as i64 >= v as i64 {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfLtFloat { a, b, off } => {
                            if ops::f(r!(a)) < ops::f(r!(b)) {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfLeFloat { a, b, off } => {
                            if ops::f(r!(a)) <= ops::f(r!(b)) {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfNotLtFloat { a, b, off } => {
                            if ops::f(r!(a))
                                .partial_cmp(&ops::f(r!(b)))
                                .is_none_or(|o| o.is_ge())
                            {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfNotLeFloat { a, b, off } => {
                            if ops::f(r!(a))
                                .partial_cmp(&ops::f(r!(b)))
                                .is_none_or(|o| o.is_gt())
                            {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfEqFloat { a, b, off } => {
                            if ops::f(r!(a)) == ops::f(r!(b)) {
                                jump!(off)
                            }
                        }
                        Instr::JumpIfNeFloat { a, b, off } => {
                            if ops::f(r!(a)) != ops::f(r!(b)) {
                                jump!(off)
                            }
                        }
                        Instr::AddJumpIfLtInt { a, step: s, b, off } => {
                            if ops::add_step(&mut r!(a), s) < r!(b) as i64 {
                                jump!(off)
                            }
                        }
                        Instr::AddJumpIfLeInt { a, step: s, b, off } => {
                            if ops::add_step(&mut r!(a), s) <= r!(b) as i64 {
                                jump!(off)
                            }
                        }
                        Instr::AddJumpIfLtIntImm { a, step: s, v, off } => {
                            if ops::add_step(&mut r!(a), s) < v as i64 {
                                jump!(off)
                            }
                        }
                        Instr::AddJumpIfLeIntImm { a, step: s, v, off } => {
                            if ops::add_step(&mut r!(a), s) <= v as i64 {
                                jump!(off)
                            }
                        }
                        Instr::AddJumpIfGtIntImm { a, step: s, v, off } => {
                            if ops::add_step(&mut r!(a), s) > v as i64 {
                                jump!(off)
                            }
                        }
                        Instr::AddJumpIfGeIntImm { a, step: s, v, off } => {
                            if ops::add_step(&mut r!(a), s) >= v as i64 {
                                jump!(off)
                            }
                        }
                        Instr::MulAddFloat { a, b, c, d } => {
                            r!(a) = (ops::f(r!(b)) + ops::f(r!(c)) * ops::f(r!(d))).to_bits()
                        }
                        Instr::MulSubFloat { a, b, c, d } => {
                            r!(a) = (ops::f(r!(b)) - ops::f(r!(c)) * ops::f(r!(d))).to_bits()
                        }
                        Instr::FieldLoad2 {
                            a,
                            b,
                            field1: i,
                            c,
                            d,
                            field2: j,
                        } => {
                            r!(a) = tryv!(ops::field_load(r!(b), i));
                            r!(c) = tryv!(ops::field_load(r!(d), j));
                        }
                        // One arm, one call: the plain dispatch loop keeps its shape.
                        Instr::RaceEnter {}
                        | Instr::RaceAlloc { .. }
                        | Instr::RaceVar { .. }
                        | Instr::RaceGlobal { .. }
                        | Instr::RacePtr { .. }
                        | Instr::RaceField { .. }
                        | Instr::RaceSlice { .. }
                        | Instr::RaceArray { .. }
                        | Instr::RaceObject { .. }
                        | Instr::RaceMapSlot { .. }
                        | Instr::RaceWhole { .. }
                        | Instr::RaceSliceRead { .. }
                        | Instr::RaceCopy { .. }
                        | Instr::RaceAppend { .. }
                        | Instr::RaceAppendSlice { .. } => {
                            save_pc!();
                            // SAFETY: `regs` is this frame's, the program verified.
                            crate::race::execute(self, &*ins, regs);
                        }
                    }
                }
            }
        }
    }
}
