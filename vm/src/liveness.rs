//! Per-function register liveness over bytecode, for the peephole pass.
//!
//! Every instruction's register reads, definite writes ("kills") and possible writes are
//! modelled by `effects`; an instruction not listed there is treated as reading (and possibly
//! writing) every register, so a new opcode is always handled soundly, just not precisely.
//! Calls read their argument window: `R[a..a+width)` when the callee's width is known
//! (`CallWidths`: a Go callee zeroes its registers past its parameters, a native reads its
//! `nargs` arguments), every register from `a` upward otherwise; they kill nothing
//! they are not known to write. `Ret` reads only the result registers and `RetBoxed` its boxes
//! too; both are in the `always` set (live everywhere), because a recovered panic returns them
//! from wherever the frame stood.

use crate::bytecode::Instr;
use crate::native::NativeFn;
use crate::program::FuncProto;

/// A set of registers `0..nregs` as a bit vector.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegSet {
    bits: Vec<u64>,
}

impl RegSet {
    pub fn new(nregs: usize) -> RegSet {
        RegSet {
            bits: vec![0; nregs.div_ceil(64)],
        }
    }

    fn cap(&self) -> usize {
        self.bits.len() * 64
    }

    pub fn contains(&self, r: usize) -> bool {
        r < self.cap() && self.bits[r / 64] & (1 << (r % 64)) != 0
    }

    pub fn insert(&mut self, r: usize) {
        if r < self.cap() {
            self.bits[r / 64] |= 1 << (r % 64);
        }
    }

    pub fn remove(&mut self, r: usize) {
        if r < self.cap() {
            self.bits[r / 64] &= !(1 << (r % 64));
        }
    }

    /// Inserts `start..end` (clipped to the set's capacity).
    pub fn insert_range(&mut self, start: usize, end: usize) {
        for r in start..end.min(self.cap()) {
            self.insert(r);
        }
    }

    pub fn remove_range(&mut self, start: usize, end: usize) {
        for r in start..end.min(self.cap()) {
            self.remove(r);
        }
    }

    /// `self |= other`; returns whether `self` changed.
    pub fn union_with(&mut self, other: &RegSet) -> bool {
        let mut changed = false;
        for (x, y) in self.bits.iter_mut().zip(&other.bits) {
            let n = *x | *y;
            changed |= n != *x;
            *x = n;
        }
        changed
    }

    pub fn is_empty(&self) -> bool {
        self.bits.iter().all(|&w| w == 0)
    }
}

/// A group of registers an instruction touches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Regs {
    /// `R[x..x+n)`.
    Range(u16, u16),
    /// Every register from `x` upward (a call window).
    From(u16),
    /// Every register.
    All,
}

impl Regs {
    fn one(r: u16) -> Regs {
        Regs::Range(r, 1)
    }

    /// The registers as a half-open interval, for a frame of `nregs` registers.
    pub fn span(self, nregs: usize) -> (usize, usize) {
        match self {
            Regs::Range(x, n) => (x as usize, x as usize + n as usize),
            Regs::From(x) => (x as usize, nregs),
            Regs::All => (0, nregs),
        }
    }

    pub fn contains(self, r: usize, nregs: usize) -> bool {
        let (s, e) = self.span(nregs);
        (s..e).contains(&r)
    }
}

/// What an instruction does to registers.
#[derive(Clone, Debug, Default)]
pub struct Effects {
    pub reads: Vec<Regs>,
    /// Registers always written when the instruction completes normally.
    pub kills: Vec<Regs>,
    /// Registers that may be written (not kills: calls, `MapNext`, unmodelled instructions).
    pub may_write: Vec<Regs>,
}

impl Effects {
    pub fn reads_reg(&self, r: usize, nregs: usize) -> bool {
        self.reads.iter().any(|g| g.contains(r, nregs))
    }

    pub fn writes_reg(&self, r: usize, nregs: usize) -> bool {
        self.kills
            .iter()
            .chain(&self.may_write)
            .any(|g| g.contains(r, nregs))
    }

    pub fn kills_reg(&self, r: usize, nregs: usize) -> bool {
        self.kills.iter().any(|g| g.contains(r, nregs))
    }
}

fn eff(reads: &[u16], kills: &[u16]) -> Effects {
    Effects {
        reads: reads.iter().map(|&r| Regs::one(r)).collect(),
        kills: kills.iter().map(|&r| Regs::one(r)).collect(),
        may_write: Vec::new(),
    }
}

/// Argument and result widths of call targets, where known.
#[derive(Clone, Debug, Default)]
pub struct CallWidths {
    /// (nparams, nresults) per function index.
    pub funcs: Vec<(u16, u16)>,
    /// (nargs, nresults) per native index (its result slots are written, not read).
    pub natives: Vec<(u16, u16)>,
}

impl CallWidths {
    pub fn new(funcs: &[FuncProto], natives: &[NativeFn]) -> CallWidths {
        CallWidths {
            funcs: funcs.iter().map(|f| (f.nparams, f.nresults)).collect(),
            natives: natives.iter().map(|n| (n.nargs, n.nresults)).collect(),
        }
    }
}

/// The register effects of one instruction, calls modelled conservatively.
pub fn effects(ins: &Instr) -> Effects {
    effects_with(ins, None)
}

/// The register effects of one instruction (conservative for anything not modelled).
pub fn effects_with(ins: &Instr, widths: Option<&CallWidths>) -> Effects {
    use Instr::*;
    let known = |w: Option<&(u16, u16)>, a: u16| {
        w.map(|&(args, results)| Effects {
            reads: vec![Regs::Range(a, args)],
            kills: vec![Regs::Range(a, results)],
            may_write: vec![Regs::From(a)],
        })
    };
    match *ins {
        Call { a, f } => {
            if let Some(e) = known(widths.and_then(|w| w.funcs.get(f as usize)), a) {
                return e;
            }
        }
        CallNative { a, n } => {
            if let Some(e) = known(widths.and_then(|w| w.natives.get(n as usize)), a) {
                return e;
            }
        }
        _ => {}
    }
    match *ins {
        Ret {} => Effects::default(),
        RetBoxed { a, n } => Effects {
            reads: vec![Regs::Range(a, n)],
            kills: Vec::new(),
            may_write: Vec::new(),
        },
        Nop {} | Jump { .. } | PrintSpace {} | PrintNewline {} => Effects::default(),
        Move { a, b } => eff(&[b], &[a]),
        LoadInt { a, .. }
        | LoadK { a, .. }
        | LoadGlobal { a, .. }
        | Zero { a, .. }
        | GlobalAddr { a, .. }
        | NativeValue { a, .. }
        | LoadCapture { a, .. } => eff(&[], &[a]),
        StoreGlobal { a, .. }
        | NilCheck { a }
        | NilRecvCheck { a, .. }
        | Panic { a }
        | Print { a, .. } => eff(&[a], &[]),
        JumpIf { a, .. } | JumpIfNot { a, .. } => eff(&[a], &[]),
        JumpIfEqIntImm { a, .. }
        | JumpIfNeIntImm { a, .. }
        | JumpIfLtIntImm { a, .. }
        | JumpIfLeIntImm { a, .. }
        | JumpIfGtIntImm { a, .. }
        | JumpIfGeIntImm { a, .. } => eff(&[a], &[]),
        JumpIfNotLtInt { a, b, .. }
        | JumpIfLtInt { a, b, .. }
        | JumpIfLeInt { a, b, .. }
        | JumpIfEqInt { a, b, .. }
        | JumpIfNeInt { a, b, .. }
        | JumpIfLtUint { a, b, .. }
        | JumpIfLeUint { a, b, .. }
        | JumpIfLtFloat { a, b, .. }
        | JumpIfLeFloat { a, b, .. }
        | JumpIfNotLtFloat { a, b, .. }
        | JumpIfNotLeFloat { a, b, .. }
        | JumpIfEqFloat { a, b, .. }
        | JumpIfNeFloat { a, b, .. } => eff(&[a, b], &[]),
        AddJumpIfLtInt { a, b, .. } | AddJumpIfLeInt { a, b, .. } => eff(&[a, b], &[a]),
        AddJumpIfLtIntImm { a, .. }
        | AddJumpIfLeIntImm { a, .. }
        | AddJumpIfGtIntImm { a, .. }
        | AddJumpIfGeIntImm { a, .. } => eff(&[a], &[a]),
        Clone { a, b, .. }
        | AddIntImm { a, b, .. }
        | MulIntImm { a, b, .. }
        | AndImm { a, b, .. }
        | OrImm { a, b, .. }
        | XorImm { a, b, .. }
        | ShlImm { a, b, .. }
        | ShrIntImm { a, b, .. }
        | ShrUintImm { a, b, .. }
        | EqIntImm { a, b, .. }
        | NeIntImm { a, b, .. }
        | LtIntImm { a, b, .. }
        | LeIntImm { a, b, .. }
        | GtIntImm { a, b, .. }
        | GeIntImm { a, b, .. }
        | NegInt { a, b }
        | BitNot { a, b }
        | Narrow { a, b, .. }
        | NegFloat { a, b }
        | RoundF32 { a, b }
        | RealPart { a, b }
        | ImagPart { a, b }
        | NegComplex { a, b }
        | RoundC64 { a, b }
        | IntToFloat { a, b }
        | UintToFloat { a, b }
        | IntToFloat32 { a, b }
        | UintToFloat32 { a, b }
        | FloatToInt { a, b }
        | FloatToUint { a, b }
        | FloatToInt32 { a, b }
        | Not { a, b }
        | StrLen { a, b }
        | RuneToStr { a, b }
        | BytesToStr { a, b }
        | StrToBytes { a, b }
        | RunesToStr { a, b }
        | StrToRunes { a, b }
        | SliceLen { a, b }
        | SliceCap { a, b }
        | FieldLoad { a, b, .. }
        | FieldAddr { a, b, .. }
        | Load { a, b }
        | LoadAggregate { a, b }
        | LoadB { a, b }
        | Box { a, b, .. }
        | MakeMap { a, b, .. }
        | MapLen { a, b }
        | MapIter { a, b }
        | MakeIface { a, b, .. }
        | AssertType { a, b, .. }
        | AssertIface { a, b, .. }
        | IfaceType { a, b }
        | Implements { a, b, .. }
        | IsType { a, b, .. }
        | IfaceData { a, b }
        | BindMethod { a, b, .. }
        | BindNative { a, b, .. }
        | BindIfaceMethod { a, b, .. }
        | MakeChan { a, b, .. }
        | Recv { a, b }
        | ChanLen { a, b }
        | ChanCap { a, b } => eff(&[b], &[a]),
        AddInt { a, b, c }
        | SubInt { a, b, c }
        | MulInt { a, b, c }
        | DivInt { a, b, c }
        | RemInt { a, b, c }
        | DivUint { a, b, c }
        | RemUint { a, b, c }
        | And { a, b, c }
        | Or { a, b, c }
        | Xor { a, b, c }
        | AndNot { a, b, c }
        | Shl { a, b, c, .. }
        | ShrInt { a, b, c, .. }
        | ShrUint { a, b, c, .. }
        | AddFloat { a, b, c }
        | SubFloat { a, b, c }
        | MulFloat { a, b, c }
        | DivFloat { a, b, c }
        | MakeComplex { a, b, c }
        | AddComplex { a, b, c }
        | SubComplex { a, b, c }
        | MulComplex { a, b, c }
        | DivComplex { a, b, c }
        | EqComplex { a, b, c }
        | EqInt { a, b, c }
        | NeInt { a, b, c }
        | LtInt { a, b, c }
        | LeInt { a, b, c }
        | LtUint { a, b, c }
        | LeUint { a, b, c }
        | EqFloat { a, b, c }
        | LtFloat { a, b, c }
        | LeFloat { a, b, c }
        | EqStr { a, b, c }
        | LtStr { a, b, c }
        | LeStr { a, b, c }
        | EqDeep { a, b, c, .. }
        | Concat { a, b, c }
        | StrIndex { a, b, c }
        | MakeSlice { a, b, c, .. }
        | SliceLoad { a, b, c }
        | SliceLoadB { a, b, c }
        | SliceAddr { a, b, c }
        | ArrayLoad { a, b, c }
        | ArrayLoadB { a, b, c }
        | ArrayAddr { a, b, c }
        | AppendSlice { a, b, c, .. }
        | Copy { a, b, c, .. }
        | MapLoad { a, b, c, .. } => eff(&[b, c], &[a]),
        StrSlice { a, b, c, d } | MulAddFloat { a, b, c, d } | MulSubFloat { a, b, c, d } => {
            eff(&[b, c, d], &[a])
        }
        SliceSlice { a, b, c, d, e } | SliceArray { a, b, c, d, e, .. } => {
            let mut r = vec![b, c];
            r.extend([d, e].into_iter().filter(|&x| x != u16::MAX));
            eff(&r, &[a])
        }
        DecodeRune { a, b, c } | MapLoadOk { a, b, c, .. } => eff(&[b, c], &[a, a + 1]),
        AssertTypeOk { a, b, .. } | AssertIfaceOk { a, b, .. } | RecvOk { a, b } => {
            eff(&[b], &[a, a + 1])
        }
        SliceStore { a, b, c }
        | SliceStoreB { a, b, c }
        | ArrayStore { a, b, c }
        | ArrayStoreB { a, b, c }
        | MapStore { a, b, c, .. } => eff(&[a, b, c], &[]),
        FieldStore { a, b, .. }
        | Store { a, b }
        | StoreB { a, b }
        | StoreDeep { a, b, .. }
        | Send { a, b } => eff(&[a, b], &[]),
        MapDelete { b, c, .. } => eff(&[b, c], &[]),
        MapClear { b } | SliceClear { b, .. } | Close { b } => eff(&[b], &[]),
        FieldLoad2 { a, b, c, d, .. } => {
            // R[a] is written before R[d] is read: a read of d == a sees the new value.
            if d == a {
                eff(&[b], &[a, c])
            } else {
                eff(&[b, d], &[a, c])
            }
        }
        Append { a, b, c, n, .. } => Effects {
            reads: vec![Regs::one(b), Regs::Range(c, n)],
            kills: vec![Regs::one(a)],
            may_write: Vec::new(),
        },
        MakeClosure { a, b, n, .. } => Effects {
            reads: vec![Regs::Range(b, n)],
            kills: vec![Regs::one(a)],
            may_write: Vec::new(),
        },
        MapNext { a, b, .. } => Effects {
            reads: vec![Regs::one(a)],
            kills: Vec::new(),
            may_write: vec![Regs::Range(b, 2)],
        },
        Go { a, b, n } | Defer { a, b, n } => Effects {
            reads: vec![Regs::one(b), Regs::Range(a, n)],
            kills: Vec::new(),
            may_write: Vec::new(),
        },
        Select { a, b, n, .. } => Effects {
            reads: vec![Regs::Range(b, n.saturating_mul(3))],
            kills: vec![Regs::Range(a, 3)],
            may_write: Vec::new(),
        },
        Call { a, .. } | CallIface { a, .. } | CallNative { a, .. } => Effects {
            reads: vec![Regs::From(a)],
            kills: Vec::new(),
            may_write: vec![Regs::From(a)],
        },
        CallValue { a, b } => Effects {
            reads: vec![Regs::From(a), Regs::one(b)],
            kills: Vec::new(),
            may_write: vec![Regs::From(a)],
        },
        // `Recover` and anything not modelled above.
        _ => Effects {
            reads: vec![Regs::All],
            kills: Vec::new(),
            may_write: vec![Regs::All],
        },
    }
}

/// Where control goes after instruction `pc` (`target` is its absolute jump target, if any).
pub fn successors(ins: &Instr, pc: usize, target: Option<usize>, len: usize) -> Vec<usize> {
    let next = (pc + 1 < len).then_some(pc + 1);
    match ins {
        Instr::Ret {} | Instr::RetBoxed { .. } | Instr::Panic { .. } => Vec::new(),
        Instr::Jump { .. } => target.into_iter().collect(),
        _ => next.into_iter().chain(target).collect(),
    }
}

/// Absolute jump target of each instruction (`None` for non-branches).
pub fn jump_targets(code: &[Instr]) -> Vec<Option<usize>> {
    code.iter()
        .enumerate()
        .map(|(pc, ins)| {
            ins.jump_offset()
                .map(|off| (pc as i64 + 1 + off as i64) as usize)
        })
        .collect()
}

/// The registers of `f` live everywhere: its results and the boxes `RetBoxed` reads (both are
/// read when a recovered panic makes the frame return from any pc).
pub fn always_live(f: &FuncProto) -> RegSet {
    let nregs = f.nregs as usize;
    let mut s = RegSet::new(nregs);
    s.insert_range(
        f.result_base as usize,
        f.result_base as usize + f.nresults as usize,
    );
    for ins in &f.code {
        if let Instr::RetBoxed { a, n } = *ins {
            s.insert_range(a as usize, a as usize + n as usize);
        }
    }
    s
}

/// Registers live after each instruction. `deleted` instructions act as `Nop`s; `always`
/// registers are live everywhere.
pub fn live_out(
    code: &[Instr],
    targets: &[Option<usize>],
    deleted: &[bool],
    nregs: usize,
    always: &RegSet,
    widths: Option<&CallWidths>,
) -> Vec<RegSet> {
    let n = code.len();
    let mut uses = Vec::with_capacity(n);
    let mut defs = Vec::with_capacity(n);
    let mut succ = Vec::with_capacity(n);
    for pc in 0..n {
        let mut u = RegSet::new(nregs);
        let mut d = RegSet::new(nregs);
        if deleted[pc] {
            succ.push(if pc + 1 < n { vec![pc + 1] } else { Vec::new() });
        } else {
            let e = effects_with(&code[pc], widths);
            for g in &e.kills {
                let (s, t) = g.span(nregs);
                d.insert_range(s, t);
            }
            for g in &e.reads {
                let (s, t) = g.span(nregs);
                u.insert_range(s, t);
            }
            succ.push(successors(&code[pc], pc, targets[pc], n));
        }
        uses.push(u);
        defs.push(d);
    }
    let base = always.clone();
    let mut live_in: Vec<RegSet> = uses.clone();
    let mut out: Vec<RegSet> = vec![base.clone(); n];
    loop {
        let mut changed = false;
        for pc in (0..n).rev() {
            let mut o = base.clone();
            for &s in &succ[pc] {
                o.union_with(&live_in[s]);
            }
            // live_in = uses ∪ (out − defs)
            let mut li = o.clone();
            for (w, d) in li.bits.iter_mut().zip(&defs[pc].bits) {
                *w &= !d;
            }
            li.union_with(&uses[pc]);
            if li != live_in[pc] {
                live_in[pc] = li;
                changed = true;
            }
            out[pc] = o;
        }
        if !changed {
            return out;
        }
    }
}
