//! Per-function compilation state: the instruction buffer and its line table, register
//! allocation, jump patching, variable locations and break/continue/goto targets.
//!
//! Register allocation invariants:
//! - Registers are allocated stack-like: `top` is the first free register; parameters come
//!   first (receiver, params), then the result registers at `result_base`, then locals and
//!   temporaries in allocation order. A local keeps its register until its block ends.
//! - Every register `>= top` is dead, so a call placed at `top` may let the callee's frame
//!   overlap everything above it (the call convention puts the callee frame at `R[a]`).
//! - `max` is the high-water mark of `top`; it becomes `FuncProto::nregs`.
//! - `locals_top` is `top` at the last statement boundary: registers at or above it are
//!   statement temporaries that an expression may clobber early; registers below it may be
//!   variables.
//!
//! Operand invariant: every register, count and index placed in an instruction goes through
//! `alloc`, `reg`, `count` or `operand`, never an `as u16` cast. Past a limit they latch `too_large`
//! (the function is reported, never run) and give 0, so the code built after it stays in range.

use crate::bytecode::Instr;
use lang::ast::Span;
use lang::types::{ObjId, TypeId};
use std::cell::Cell;
use std::collections::HashMap;

/// Where a variable lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Loc {
    /// The value is in the register.
    Reg(u16),
    /// The register holds a pointer to a one-word box holding the value.
    Boxed(u16),
    /// A package-level variable slot.
    Global(u32),
}

/// A break/continue target (loop, switch or select).
pub(crate) struct Target {
    pub label: Option<String>,
    pub is_loop: bool,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
    /// `fallthrough` jumps of the switch clause being compiled.
    pub fallthroughs: Vec<usize>,
}

pub(crate) struct FuncState {
    pub name: String,
    pub code: Vec<Instr>,
    pub lines: Vec<u32>,
    pub line: u32,
    pub top: u16,
    pub max: u16,
    pub locals_top: u16,
    pub vars: HashMap<ObjId, Loc>,
    pub nparams: u16,
    pub result_base: u16,
    /// Result types, in order.
    pub results: Vec<TypeId>,
    /// Objects of named results (empty when unnamed).
    pub result_objs: Vec<ObjId>,
    /// When named results are captured: the register of the first of their boxes.
    pub boxed_results: Option<u16>,
    pub targets: Vec<Target>,
    pub labels: HashMap<String, usize>,
    pub gotos: Vec<(String, usize, lang::ast::Span)>,
    /// Label attached to the statement being compiled next (for labelled loops).
    pub pending_label: Option<String>,
    pub is_toplevel: bool,
    pub lit_count: u32,
    /// `go`/`defer` calls go1.19 wraps in a synthesised closure so far (numbered after all
    /// of the function's literals).
    pub wrap_count: u32,
    /// The wrapped `go` calls: (line of the `Go` instruction, line of the call's `(`,
    /// ordinal among the wrappers).
    pub go_wraps: Vec<(u32, u32, u32)>,
    pub recv_by_value: bool,
    /// The statement being compiled: where a `Limit` error points.
    pub span: Span,
    /// The first limit the function went past and the statement that did. A `Cell`, so that
    /// `reg`, `count` and `operand` can latch it from inside an `emit` argument.
    pub too_large: Cell<Option<(Span, Limit)>>,
}

/// The most registers a function may use (register operands are `u16`, and a few more are
/// addressed past `top` by calls).
pub const MAX_REGISTERS: u16 = 60_000;

/// `r` as a register, if it is one a function may use.
fn register(r: usize) -> Option<u16> {
    u16::try_from(r).ok().filter(|&r| r <= MAX_REGISTERS)
}

/// A bytecode limit a function went past (Go has none of these: the diagnostic is ours).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Limit {
    /// It needs more than `MAX_REGISTERS` registers.
    Registers,
    /// A field or capture index that does not fit a 16-bit operand.
    Operand(usize),
}

impl Limit {
    /// The diagnostic, worded as gc's own limit errors (`stack frame too large`).
    pub fn message(self) -> String {
        match self {
            Limit::Registers => {
                format!("function too large: it needs more than {MAX_REGISTERS} registers")
            }
            Limit::Operand(n) => format!(
                "function too large: index {n} does not fit in an instruction (at most {})",
                u16::MAX
            ),
        }
    }
}

impl FuncState {
    pub fn new(name: String, is_toplevel: bool) -> FuncState {
        FuncState {
            name,
            code: Vec::new(),
            lines: Vec::new(),
            line: 0,
            top: 0,
            max: 0,
            locals_top: 0,
            vars: HashMap::new(),
            nparams: 0,
            result_base: 0,
            results: Vec::new(),
            result_objs: Vec::new(),
            boxed_results: None,
            targets: Vec::new(),
            labels: HashMap::new(),
            gotos: Vec::new(),
            pending_label: None,
            is_toplevel,
            lit_count: 0,
            wrap_count: 0,
            go_wraps: Vec::new(),
            recv_by_value: false,
            span: Span::default(),
            too_large: Cell::new(None),
        }
    }

    pub fn emit(&mut self, i: Instr) -> usize {
        self.code.push(i);
        self.lines.push(self.line);
        self.code.len() - 1
    }

    /// Allocates `n` consecutive registers at the top of the stack (0 past `MAX_REGISTERS`).
    pub fn alloc(&mut self, n: usize) -> u16 {
        let r = self.top;
        match register(usize::from(r) + n) {
            Some(top) => {
                self.top = top;
                self.max = self.max.max(top);
                r
            }
            None => self.exceed(Limit::Registers),
        }
    }

    /// Register `base + i` (0 past `MAX_REGISTERS`).
    pub fn reg(&self, base: u16, i: usize) -> u16 {
        register(usize::from(base) + i).unwrap_or_else(|| self.exceed(Limit::Registers))
    }

    /// `n` as a number of registers (0 past `MAX_REGISTERS`).
    pub fn count(&self, n: usize) -> u16 {
        self.reg(0, n)
    }

    /// `n` as a 16-bit field or capture index (0 past `u16::MAX`).
    pub fn operand(&self, n: usize) -> u16 {
        u16::try_from(n).unwrap_or_else(|_| self.exceed(Limit::Operand(n)))
    }

    /// Latches the first limit the function went past; gives the operand that stands in.
    fn exceed(&self, limit: Limit) -> u16 {
        if self.too_large.get().is_none() {
            self.too_large.set(Some((self.span, limit)));
        }
        0
    }

    /// Makes sure registers up to `r` (exclusive) count for `nregs`.
    pub fn reserve_to(&mut self, r: u16) {
        if r > self.max {
            self.max = r;
        }
    }

    /// Emits a forward jump to be patched; returns its pc.
    pub fn jump(&mut self) -> usize {
        self.emit(Instr::Jump { off: 0 })
    }

    /// Points the branch at `pc` to `target`.
    pub fn patch(&mut self, pc: usize, target: usize) {
        let off = target as i64 - (pc as i64 + 1);
        self.code[pc].set_jump_offset(off as i32);
    }

    pub fn patch_here(&mut self, pc: usize) {
        let here = self.code.len();
        self.patch(pc, here);
    }

    pub fn patch_all_here(&mut self, pcs: Vec<usize>) {
        for pc in pcs {
            self.patch_here(pc);
        }
    }

    /// Emits a jump back to `target`.
    pub fn jump_to(&mut self, target: usize) {
        let pc = self.emit(Instr::Jump { off: 0 });
        self.patch(pc, target);
    }

    /// Whether `r` is a statement temporary (may be clobbered before the final write).
    pub fn is_scratch(&self, r: u16) -> bool {
        r >= self.locals_top
    }
}
