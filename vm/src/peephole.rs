//! Bytecode peephole optimiser, run once per function at the end of `compile`.
//!
//! The interpreter pays roughly one indirect branch per executed instruction, so the pass
//! reduces the number of instructions executed in loops:
//! 1. constant operands: `LoadInt t, v` folded into the next instruction reading `t` (in the
//!    same basic block) when `t` is dead after it — `AddInt a, b, t` → `AddIntImm a, b, v`,
//!    `LtInt`, `JumpIfNotLtInt`, `Move` … → their immediate forms;
//! 2. compare + branch: `LtInt t, a, b; JumpIfNot t` → `JumpIfNotLtInt a, b` (and the `Le`,
//!    `Eq`, `Ne`, unsigned, float and immediate variants) when `t` is dead after the branch;
//! 3. loop rotation: `Jump L` to a conditional branch at `L` whose target is the instruction
//!    after the `Jump` becomes the inverted branch to `L+1` (still backward, so still a
//!    safepoint), saving the `Jump` and re-testing per iteration;
//! 4. loop step + back-branch: `AddIntImm i, i, s; JumpIfLtInt i, n` → `AddJumpIfLtInt`;
//! 5. `MulFloat t, x, y; AddFloat a, z, t` → `MulAddFloat a, z, x, y` (and `MulSubFloat`);
//! 6. `FieldLoad; FieldLoad` on one line → `FieldLoad2`.
//!
//! Invariants kept: only registers proven dead (by `liveness`) lose a write, and never a result
//! register (a recovered panic returns them); instructions with side effects or that can panic
//! stay in place and in order; nothing is fused across a jump target; every jump offset and the
//! `lines` table are rebuilt after instructions are removed, so `code` and `lines` keep the same
//! length and every target keeps pointing at the same (or the folded-into) instruction.

#![allow(clippy::needless_range_loop)] // index loops over parallel tables read best here

use crate::bytecode::Instr;
use crate::liveness::{always_live, effects_with, jump_targets, live_out, CallWidths, RegSet};
use crate::native::NativeFn;
use crate::program::FuncProto;

/// Optimises every function (the hook called by `compile`). `MINIGO_NO_PEEPHOLE=1` turns the
/// pass off (for comparisons).
pub fn optimize_funcs(mut funcs: Vec<FuncProto>, natives: &[NativeFn]) -> Vec<FuncProto> {
    if std::env::var_os("MINIGO_NO_PEEPHOLE").is_none() {
        let widths = CallWidths::new(&funcs, natives);
        funcs.iter_mut().for_each(|f| optimize(f, Some(&widths)));
    }
    funcs
}

/// Optimises one function in place; `widths` describes the program's call targets (`None`:
/// calls are assumed to read every register from their window upward).
pub fn optimize(f: &mut FuncProto, widths: Option<&CallWidths>) {
    if f.code.is_empty() || f.lines.len() != f.code.len() {
        return;
    }
    let mut w = Work::new(f, widths);
    w.fold_constants();
    w.fuse_compare_branches();
    w.fold_constants();
    w.rotate_loops();
    w.fuse_steps();
    w.fuse_mul_adds();
    w.fuse_field_loads();
    f.code = w.code;
    f.lines = w.lines;
}

/// A function being rewritten: instructions with absolute jump targets; `deleted` entries are
/// dropped (and targets pointing at them move to the next kept instruction) by `compact`.
struct Work<'w> {
    code: Vec<Instr>,
    lines: Vec<u32>,
    targets: Vec<Option<usize>>,
    deleted: Vec<bool>,
    /// `is_target[pc]`: some kept jump lands on `pc` (after resolving deleted targets).
    is_target: Vec<bool>,
    nregs: usize,
    /// Registers live everywhere (`liveness::always_live`).
    always: RegSet,
    widths: Option<&'w CallWidths>,
}

impl<'w> Work<'w> {
    fn new(f: &FuncProto, widths: Option<&'w CallWidths>) -> Work<'w> {
        let mut w = Work {
            code: f.code.clone(),
            lines: f.lines.clone(),
            targets: jump_targets(&f.code),
            deleted: vec![false; f.code.len()],
            is_target: Vec::new(),
            nregs: f.nregs as usize,
            always: always_live(f),
            widths,
        };
        w.compact();
        w
    }

    /// Drops deleted instructions, remaps targets, recomputes `is_target`.
    fn compact(&mut self) {
        let n = self.code.len();
        let mut new_index = Vec::with_capacity(n + 1);
        let mut k = 0;
        for pc in 0..n {
            new_index.push(k);
            if !self.deleted[pc] {
                k += 1;
            }
        }
        new_index.push(k);
        let mut code = Vec::with_capacity(k);
        let mut lines = Vec::with_capacity(k);
        let mut targets = Vec::with_capacity(k);
        for pc in 0..n {
            if self.deleted[pc] {
                continue;
            }
            let t = self.targets[pc].map(|t| new_index[t]);
            let mut ins = self.code[pc];
            if let Some(t) = t {
                ins.set_jump_offset(t as i32 - (code.len() as i32 + 1));
            }
            code.push(ins);
            lines.push(self.lines[pc]);
            targets.push(t);
        }
        let mut is_target = vec![false; code.len()];
        for t in targets.iter().flatten() {
            is_target[*t] = true;
        }
        self.code = code;
        self.lines = lines;
        self.targets = targets;
        self.deleted = vec![false; self.code.len()];
        self.is_target = is_target;
    }

    fn live(&self) -> Vec<RegSet> {
        live_out(
            &self.code,
            &self.targets,
            &self.deleted,
            self.nregs,
            &self.always,
            self.widths,
        )
    }

    /// Removes instruction `i` whose effect was folded into a later one; jumps to `i` now
    /// land on the next kept instruction.
    fn delete(&mut self, i: usize) {
        self.deleted[i] = true;
        if self.is_target[i] {
            if let Some(n) = (i + 1..self.code.len()).find(|&p| !self.deleted[p]) {
                self.is_target[n] = true;
            }
        }
    }

    fn next_kept(&self, i: usize) -> Option<usize> {
        (i + 1..self.code.len()).find(|&p| !self.deleted[p])
    }

    fn is_always(&self, r: usize) -> bool {
        self.always.contains(r)
    }

    /// `LoadInt t, v` followed (within a few straight-line instructions that neither touch
    /// `t` nor are jump targets) by an instruction reading `t` once, with `t` dead afterwards.
    fn fold_constants(&mut self) {
        let live = self.live();
        for i in 0..self.code.len() {
            let Instr::LoadInt { a: t, v } = self.code[i] else {
                continue;
            };
            if self.deleted[i] || self.is_always(t as usize) {
                continue;
            }
            let mut j = i;
            let mut found = None;
            for _ in 0..6 {
                let Some(n) = self.next_kept(j) else { break };
                j = n;
                if self.is_target[j] {
                    break;
                }
                let e = effects_with(&self.code[j], self.widths);
                if e.reads_reg(t as usize, self.nregs) {
                    found = Some(j);
                    break;
                }
                if e.writes_reg(t as usize, self.nregs)
                    || self.targets[j].is_some()
                    || !self.code[j].flow().straight()
                {
                    break;
                }
            }
            let Some(j) = found else { continue };
            let e = effects_with(&self.code[j], self.widths);
            if live[j].contains(t as usize) && !e.kills_reg(t as usize, self.nregs) {
                continue;
            }
            if let Some(new) = with_constant(self.code[j], t, v) {
                self.code[j] = new;
                self.delete(i);
            }
        }
        self.compact();
    }

    /// `cmp t, x, y; JumpIf[Not] t` with `t` dead after the branch → one compare-branch.
    fn fuse_compare_branches(&mut self) {
        let live = self.live();
        for j in 1..self.code.len() {
            let (t, jump_if) = match self.code[j] {
                Instr::JumpIf { a, .. } => (a, true),
                Instr::JumpIfNot { a, .. } => (a, false),
                _ => continue,
            };
            let i = j - 1;
            if self.is_target[j] || self.deleted[i] || live[j].contains(t as usize) {
                continue;
            }
            let off = 0; // rewritten by `compact` from `targets`
            let fused = match (self.code[i], jump_if) {
                (Instr::Not { a, b }, _) if a == t => {
                    if jump_if {
                        Instr::JumpIfNot { a: b, off }
                    } else {
                        Instr::JumpIf { a: b, off }
                    }
                }
                (cmp, _) => match compare_branch(cmp, t, jump_if) {
                    Some(b) => b,
                    None => continue,
                },
            };
            self.code[j] = fused;
            self.delete(i);
        }
        self.compact();
    }

    /// `Jump L` where `L` holds up to `MAX_HEADER` straight-line instructions `H` and then a
    /// conditional branch to the instruction after the `Jump`: the `Jump` becomes a copy of
    /// `H` and the inverted branch to the instruction after that branch (a backward branch,
    /// so still a safepoint). `H` runs exactly as often as before. When the `Jump` follows a
    /// loop step `AddIntImm i, i, s` that `H` does not touch, the copies go before the step so
    /// that `fuse_steps` can join step and branch.
    fn rotate_loops(&mut self) {
        const MAX_HEADER: usize = 3;
        let n = self.code.len();
        let mut code = Vec::with_capacity(n);
        let mut lines = Vec::with_capacity(n);
        let mut targets: Vec<Option<usize>> = Vec::with_capacity(n); // old indices
        let mut new_index = vec![0; n + 1];
        for j in 0..n {
            new_index[j] = code.len();
            let rotated = match (self.code[j], self.targets[j]) {
                (Instr::Jump { .. }, Some(l)) if l < j => (0..=MAX_HEADER.min(j - l - 1))
                    .find(|&k| {
                        self.targets[l + k] == Some(j + 1) && invert(self.code[l + k]).is_some()
                    })
                    .filter(|&k| {
                        (l..l + k)
                            .all(|p| self.targets[p].is_none() && self.code[p].flow().straight())
                    })
                    .map(|k| (l, k)),
                _ => None,
            };
            let Some((l, k)) = rotated else {
                code.push(self.code[j]);
                lines.push(self.lines[j]);
                targets.push(self.targets[j]);
                continue;
            };
            // Move a preceding loop step below the header copies when they are independent.
            let mut step = None;
            if let (Some(&Instr::AddIntImm { a, b, .. }), false) = (code.last(), self.is_target[j])
            {
                let touches = (l..l + k).any(|p| {
                    let e = effects_with(&self.code[p], self.widths);
                    e.reads_reg(a as usize, self.nregs) || e.writes_reg(a as usize, self.nregs)
                });
                if a == b && !touches && !self.is_always(a as usize) && j > 0 {
                    step = Some((
                        code.pop().unwrap(),
                        lines.pop().unwrap(),
                        targets.pop().unwrap(),
                    ));
                }
            }
            for p in l..l + k {
                code.push(self.code[p]);
                lines.push(self.lines[p]);
                targets.push(None);
            }
            if let Some((ins, line, t)) = step {
                code.push(ins);
                lines.push(line);
                targets.push(t);
            }
            code.push(invert(self.code[l + k]).unwrap());
            lines.push(self.lines[l + k]);
            targets.push(Some(l + k + 1));
        }
        new_index[n] = code.len();
        self.targets = targets
            .into_iter()
            .map(|t| t.map(|t| new_index[t]))
            .collect();
        self.code = code;
        self.lines = lines;
        self.deleted = vec![false; self.code.len()];
        self.compact();
    }

    /// `AddIntImm a, a, s` followed by a compare-branch on `a` → `AddJumpIf…`.
    fn fuse_steps(&mut self) {
        for j in 1..self.code.len() {
            let i = j - 1;
            let Instr::AddIntImm { a, b, v: s } = self.code[i] else {
                continue;
            };
            if a != b || self.is_target[j] || self.deleted[i] {
                continue;
            }
            let off = 0;
            let fused = match self.code[j] {
                Instr::JumpIfLtInt { a: x, b, .. } if x == a => {
                    Instr::AddJumpIfLtInt { a, step: s, b, off }
                }
                Instr::JumpIfLeInt { a: x, b, .. } if x == a => {
                    Instr::AddJumpIfLeInt { a, step: s, b, off }
                }
                Instr::JumpIfLtIntImm { a: x, v, .. } if x == a => {
                    Instr::AddJumpIfLtIntImm { a, step: s, v, off }
                }
                Instr::JumpIfLeIntImm { a: x, v, .. } if x == a => {
                    Instr::AddJumpIfLeIntImm { a, step: s, v, off }
                }
                Instr::JumpIfGtIntImm { a: x, v, .. } if x == a => {
                    Instr::AddJumpIfGtIntImm { a, step: s, v, off }
                }
                Instr::JumpIfGeIntImm { a: x, v, .. } if x == a => {
                    Instr::AddJumpIfGeIntImm { a, step: s, v, off }
                }
                _ => continue,
            };
            self.code[j] = fused;
            self.lines[j] = self.lines[i];
            self.delete(i);
        }
        self.compact();
    }

    /// `MulFloat t, x, y` followed by `AddFloat a, z, t` (either order) or `SubFloat a, z, t`,
    /// with `t` dead afterwards → `MulAddFloat a, z, x, y` / `MulSubFloat a, z, x, y`.
    fn fuse_mul_adds(&mut self) {
        let live = self.live();
        for j in 1..self.code.len() {
            let i = j - 1;
            let Instr::MulFloat { a: t, b: x, c: y } = self.code[i] else {
                continue;
            };
            if self.deleted[i] || self.is_target[j] || self.is_always(t as usize) {
                continue;
            }
            let fused = match self.code[j] {
                Instr::AddFloat { a, b, c } if c == t && b != t => {
                    Instr::MulAddFloat { a, b, c: x, d: y }
                }
                Instr::AddFloat { a, b, c } if b == t && c != t => Instr::MulAddFloat {
                    a,
                    b: c,
                    c: x,
                    d: y,
                },
                Instr::SubFloat { a, b, c } if c == t && b != t => {
                    Instr::MulSubFloat { a, b, c: x, d: y }
                }
                _ => continue,
            };
            let killed = matches!(fused, Instr::MulAddFloat { a, .. } | Instr::MulSubFloat { a, .. } if a == t);
            if live[j].contains(t as usize) && !killed {
                continue;
            }
            self.code[j] = fused;
            self.delete(i);
        }
        self.compact();
    }

    /// Two adjacent `FieldLoad`s on the same source line → `FieldLoad2`.
    fn fuse_field_loads(&mut self) {
        let mut i = 0;
        while i + 1 < self.code.len() {
            let j = i + 1;
            if let (
                Instr::FieldLoad { a, b, field: fi },
                Instr::FieldLoad {
                    a: c,
                    b: d,
                    field: fj,
                },
            ) = (self.code[i], self.code[j])
            {
                if !self.is_target[j] && self.lines[i] == self.lines[j] {
                    self.code[j] = Instr::FieldLoad2 {
                        a,
                        b,
                        field1: fi,
                        c,
                        d,
                        field2: fj,
                    };
                    self.delete(i);
                    i += 2;
                    continue;
                }
            }
            i += 1;
        }
        self.compact();
    }
}

/// `ins` with its single read of register `t` replaced by the constant `v`, if it has an
/// immediate form (`None` when `t` is read more than once or there is no such form).
pub fn with_constant(ins: Instr, t: u16, v: i32) -> Option<Instr> {
    use Instr::*;
    let small = |x: i32| i16::try_from(x).ok();
    // (other operand, constant on the right?) for a two-operand instruction reading t once.
    let pick = |b: u16, c: u16| -> Option<(u16, bool)> {
        match (b == t, c == t) {
            (false, true) => Some((b, true)),
            (true, false) => Some((c, false)),
            _ => None,
        }
    };
    let off = ins.jump_offset().unwrap_or(0);
    Some(match ins {
        Move { a, b } if b == t => LoadInt { a, v },
        AddInt { a, b, c } => {
            let (x, _) = pick(b, c)?;
            AddIntImm {
                a,
                b: x,
                v: small(v)?,
            }
        }
        SubInt { a, b, c } => match pick(b, c)? {
            (x, true) => AddIntImm {
                a,
                b: x,
                v: small(v.checked_neg()?)?,
            },
            _ => return None,
        },
        MulInt { a, b, c } => MulIntImm {
            a,
            b: pick(b, c)?.0,
            v,
        },
        And { a, b, c } => AndImm {
            a,
            b: pick(b, c)?.0,
            v,
        },
        Or { a, b, c } => OrImm {
            a,
            b: pick(b, c)?.0,
            v,
        },
        Xor { a, b, c } => XorImm {
            a,
            b: pick(b, c)?.0,
            v,
        },
        Shl { a, b, c, .. } if c == t && b != t && v >= 0 => ShlImm { a, b, v },
        ShrInt { a, b, c, .. } if c == t && b != t && v >= 0 => ShrIntImm { a, b, v },
        ShrUint { a, b, c, .. } if c == t && b != t && v >= 0 => ShrUintImm { a, b, v },
        EqInt { a, b, c } => EqIntImm {
            a,
            b: pick(b, c)?.0,
            v,
        },
        NeInt { a, b, c } => NeIntImm {
            a,
            b: pick(b, c)?.0,
            v,
        },
        LtInt { a, b, c } => match pick(b, c)? {
            (x, true) => LtIntImm { a, b: x, v },
            (x, false) => GtIntImm { a, b: x, v },
        },
        LeInt { a, b, c } => match pick(b, c)? {
            (x, true) => LeIntImm { a, b: x, v },
            (x, false) => GeIntImm { a, b: x, v },
        },
        // !(x < v) = x >= v;  !(v < x) = x <= v
        JumpIfNotLtInt { a, b, .. } => match pick(a, b)? {
            (x, true) => JumpIfGeIntImm { a: x, v, off },
            (x, false) => JumpIfLeIntImm { a: x, v, off },
        },
        JumpIfLtInt { a, b, .. } => match pick(a, b)? {
            (x, true) => JumpIfLtIntImm { a: x, v, off },
            (x, false) => JumpIfGtIntImm { a: x, v, off },
        },
        JumpIfLeInt { a, b, .. } => match pick(a, b)? {
            (x, true) => JumpIfLeIntImm { a: x, v, off },
            (x, false) => JumpIfGeIntImm { a: x, v, off },
        },
        JumpIfEqInt { a, b, .. } => JumpIfEqIntImm {
            a: pick(a, b)?.0,
            v,
            off,
        },
        JumpIfNeInt { a, b, .. } => JumpIfNeIntImm {
            a: pick(a, b)?.0,
            v,
            off,
        },
        _ => return None,
    })
}

/// The compare-branch equivalent to `cmp` (writing `t`) followed by `JumpIf t` (`jump_if`)
/// or `JumpIfNot t` (the compare's operands may be `t`: the fused branch reads them where the
/// compare did, before `t` would have been written).
pub fn compare_branch(cmp: Instr, t: u16, jump_if: bool) -> Option<Instr> {
    use Instr::*;
    let off = 0;
    Some(match (cmp, jump_if) {
        (LtInt { a, b, c }, true) if a == t => JumpIfLtInt { a: b, b: c, off },
        (LtInt { a, b, c }, false) if a == t => JumpIfLeInt { a: c, b, off },
        (LeInt { a, b, c }, true) if a == t => JumpIfLeInt { a: b, b: c, off },
        (LeInt { a, b, c }, false) if a == t => JumpIfLtInt { a: c, b, off },
        (LtUint { a, b, c }, true) if a == t => JumpIfLtUint { a: b, b: c, off },
        (LtUint { a, b, c }, false) if a == t => JumpIfLeUint { a: c, b, off },
        (LeUint { a, b, c }, true) if a == t => JumpIfLeUint { a: b, b: c, off },
        (LeUint { a, b, c }, false) if a == t => JumpIfLtUint { a: c, b, off },
        (EqInt { a, b, c }, true) | (NeInt { a, b, c }, false) if a == t => {
            JumpIfEqInt { a: b, b: c, off }
        }
        (EqInt { a, b, c }, false) | (NeInt { a, b, c }, true) if a == t => {
            JumpIfNeInt { a: b, b: c, off }
        }
        (LtFloat { a, b, c }, true) if a == t => JumpIfLtFloat { a: b, b: c, off },
        (LtFloat { a, b, c }, false) if a == t => JumpIfNotLtFloat { a: b, b: c, off },
        (LeFloat { a, b, c }, true) if a == t => JumpIfLeFloat { a: b, b: c, off },
        (LeFloat { a, b, c }, false) if a == t => JumpIfNotLeFloat { a: b, b: c, off },
        (EqFloat { a, b, c }, true) if a == t => JumpIfEqFloat { a: b, b: c, off },
        (EqFloat { a, b, c }, false) if a == t => JumpIfNeFloat { a: b, b: c, off },
        (EqIntImm { a, b, v }, true) | (NeIntImm { a, b, v }, false) if a == t => {
            JumpIfEqIntImm { a: b, v, off }
        }
        (EqIntImm { a, b, v }, false) | (NeIntImm { a, b, v }, true) if a == t => {
            JumpIfNeIntImm { a: b, v, off }
        }
        (LtIntImm { a, b, v }, true) | (GeIntImm { a, b, v }, false) if a == t => {
            JumpIfLtIntImm { a: b, v, off }
        }
        (LtIntImm { a, b, v }, false) | (GeIntImm { a, b, v }, true) if a == t => {
            JumpIfGeIntImm { a: b, v, off }
        }
        (LeIntImm { a, b, v }, true) | (GtIntImm { a, b, v }, false) if a == t => {
            JumpIfLeIntImm { a: b, v, off }
        }
        (LeIntImm { a, b, v }, false) | (GtIntImm { a, b, v }, true) if a == t => {
            JumpIfGtIntImm { a: b, v, off }
        }
        _ => return None,
    })
}

/// The branch taken exactly when `ins` (a conditional branch) is not, with offset 0.
pub fn invert(ins: Instr) -> Option<Instr> {
    use Instr::*;
    let off = 0;
    Some(match ins {
        JumpIf { a, .. } => JumpIfNot { a, off },
        JumpIfNot { a, .. } => JumpIf { a, off },
        JumpIfNotLtInt { a, b, .. } => JumpIfLtInt { a, b, off },
        JumpIfLtInt { a, b, .. } => JumpIfNotLtInt { a, b, off },
        JumpIfLeInt { a, b, .. } => JumpIfLtInt { a: b, b: a, off },
        JumpIfLtUint { a, b, .. } => JumpIfLeUint { a: b, b: a, off },
        JumpIfLeUint { a, b, .. } => JumpIfLtUint { a: b, b: a, off },
        JumpIfEqInt { a, b, .. } => JumpIfNeInt { a, b, off },
        JumpIfNeInt { a, b, .. } => JumpIfEqInt { a, b, off },
        JumpIfLtFloat { a, b, .. } => JumpIfNotLtFloat { a, b, off },
        JumpIfNotLtFloat { a, b, .. } => JumpIfLtFloat { a, b, off },
        JumpIfLeFloat { a, b, .. } => JumpIfNotLeFloat { a, b, off },
        JumpIfNotLeFloat { a, b, .. } => JumpIfLeFloat { a, b, off },
        JumpIfEqFloat { a, b, .. } => JumpIfNeFloat { a, b, off },
        JumpIfNeFloat { a, b, .. } => JumpIfEqFloat { a, b, off },
        JumpIfEqIntImm { a, v, .. } => JumpIfNeIntImm { a, v, off },
        JumpIfNeIntImm { a, v, .. } => JumpIfEqIntImm { a, v, off },
        JumpIfLtIntImm { a, v, .. } => JumpIfGeIntImm { a, v, off },
        JumpIfGeIntImm { a, v, .. } => JumpIfLtIntImm { a, v, off },
        JumpIfLeIntImm { a, v, .. } => JumpIfGtIntImm { a, v, off },
        JumpIfGtIntImm { a, v, .. } => JumpIfLeIntImm { a, v, off },
        _ => return None,
    })
}
