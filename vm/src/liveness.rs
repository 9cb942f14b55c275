//! Per-function register liveness over bytecode, for the peephole pass and `-race`'s
//! private-slice proof.
//!
//! Every instruction's register reads, definite writes ("kills") and possible writes come
//! from its operand roles as `opcodes!` declares them (`vm::roles`): `Src`/`SrcRange` are
//! reads, `Dst`/`DstPair`/`DstTriple` kills, `MayDstPair` a possible write, `SrcDst` both a
//! read and a kill; nothing here lists opcodes, so a new opcode is modelled exactly as
//! declared. (`FieldLoad2` reads `d` after writing `a`; counting `d` as read when `d == a` only
//! over-approximates.)
//! Calls are the one hand-written case: they read their argument window `R[a..a+width)` when
//! the callee's width is known (`CallWidths`: a Go callee zeroes its registers past its
//! parameters, a native reads its `nargs` arguments), and every register from `a` upward
//! otherwise (the `CallWindow` role); they kill nothing they are not known to write. `Ret`
//! reads only the result registers and `RetBoxed` its boxes too; both are in the `always`
//! set (live everywhere), because a recovered panic returns them from wherever the frame
//! stood.

use crate::bytecode::Instr;
use crate::native::NativeFn;
use crate::program::FuncProto;
use crate::roles::{Flow, Role};

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
    Range(u16, u32),
    /// Every register from `x` upward (a call window).
    From(u16),
}

impl Regs {
    /// The registers as a half-open interval, for a frame of `nregs` registers.
    pub fn span(self, nregs: usize) -> (usize, usize) {
        match self {
            Regs::Range(x, n) => (x as usize, x as usize + n as usize),
            Regs::From(x) => (x as usize, nregs),
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
    /// Registers that may be written (not kills: calls, `MapNext`).
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

/// The register effects of one instruction, calls of unknown width reading and possibly
/// writing every register from their window upward.
pub fn effects(ins: &Instr) -> Effects {
    effects_with(ins, None)
}

/// The register effects of one instruction, derived from its operand roles; a call whose
/// target's widths are known reads exactly its arguments and kills its results.
pub fn effects_with(ins: &Instr, widths: Option<&CallWidths>) -> Effects {
    let exact = |w: Option<&(u16, u16)>, a: u16| {
        w.map(|&(args, results)| Effects {
            reads: vec![Regs::Range(a, args as u32)],
            kills: vec![Regs::Range(a, results as u32)],
            may_write: vec![Regs::From(a)],
        })
    };
    let known = match *ins {
        Instr::Call { a, f } => exact(widths.and_then(|w| w.funcs.get(f as usize)), a),
        Instr::CallNative { a, native } => {
            exact(widths.and_then(|w| w.natives.get(native as usize)), a)
        }
        _ => None,
    };
    if let Some(e) = known {
        return e;
    }
    let mut e = Effects::default();
    for op in ins.operands().iter() {
        let r = op.value as u16;
        match op.role {
            Role::Reads(n) => e.reads.push(Regs::Range(r, n)),
            Role::Writes(n) => e.kills.push(Regs::Range(r, n)),
            Role::MayWrite(n) => e.may_write.push(Regs::Range(r, n)),
            Role::Updates(n) => {
                e.reads.push(Regs::Range(r, n));
                e.kills.push(Regs::Range(r, n));
            }
            Role::CallWindow => {
                e.reads.push(Regs::From(r));
                e.may_write.push(Regs::From(r));
            }
            Role::Absent | Role::Offset | Role::Index(_) | Role::Literal => {}
        }
    }
    e
}

/// Where control goes after instruction `pc` (`target` is its absolute jump target, if any).
pub fn successors(ins: &Instr, pc: usize, target: Option<usize>, len: usize) -> Vec<usize> {
    let next = (pc + 1 < len).then_some(pc + 1);
    match ins.flow() {
        Flow::Exit => Vec::new(),
        Flow::Jump => target.into_iter().collect(),
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
