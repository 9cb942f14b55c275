//! The bytecode verifier: checks once, before a program runs, every fact the dispatch loop
//! relies on without checking it again per instruction.
//!
//! Invariants established for every function, from each operand's declared role
//! (`vm::roles`), so no opcode is checked by hand:
//! - every register operand is below the function's `nregs`, with all the registers it
//!   names: ranges `R[x..x+n)` (`SrcRange`, `SrcTriples`), pairs and triples (`DstPair`,
//!   `MayDstPair` — `MapNext`'s key and value —, `DstTriple`); an empty range may start at
//!   `nregs`; a call window's first register is in range (the callee's frame grows the
//!   stack);
//! - every jump lands inside the function, and the last instruction cannot fall through
//!   (`Flow::terminates`), so the program counter never leaves the code;
//! - every function, native, constant, global, type, method-name and boxed-variable index
//!   is in range of its table.
//!
//! A failure is a compiler bug; it is reported, never executed.

use crate::bytecode::IdKind;
use crate::program::{Program, NO_VAR};
use crate::roles::{Operand, Role};

pub fn verify(prog: &Program) -> Result<(), String> {
    for (fi, f) in prog.funcs.iter().enumerate() {
        let fail = |pc: usize, what: &str| {
            Err(format!(
                "function {} ({fi}) pc {pc}: {what}: {}",
                f.name,
                f.code[pc].disassemble()
            ))
        };
        if !f.code.last().is_some_and(|ins| ins.flow().terminates()) {
            return Err(format!(
                "function {} does not end in a terminating instruction",
                f.name
            ));
        }
        if f.lines.len() != f.code.len() {
            return Err(format!(
                "function {} has a line table of the wrong length",
                f.name
            ));
        }
        for (pc, ins) in f.code.iter().enumerate() {
            for op in ins.operands().iter() {
                if !in_range(prog, f.nregs, f.code.len(), pc, op) {
                    return fail(
                        pc,
                        &format!("operand {}={} out of range", op.name, op.value),
                    );
                }
            }
        }
    }
    Ok(())
}

/// Whether operand `op` of the instruction at `pc` (of a function with `nregs` registers and
/// `len` instructions) names only what exists.
fn in_range(prog: &Program, nregs: u16, len: usize, pc: usize, op: &Operand) -> bool {
    let (nregs, v) = (nregs as i64, op.value);
    match op.role {
        Role::Reads(n) | Role::Writes(n) | Role::MayWrite(n) | Role::Updates(n) => {
            v + n as i64 <= nregs
        }
        Role::CallWindow => v < nregs,
        Role::Absent | Role::Literal => true,
        Role::Offset => (0..len as i64).contains(&(pc as i64 + 1 + v)),
        Role::Index(kind) => {
            let v = v as usize;
            match kind {
                IdKind::Func => v < prog.funcs.len(),
                IdKind::Native => v < prog.natives.len(),
                IdKind::Const => v < prog.consts.len(),
                IdKind::Global => v < prog.globals.len(),
                IdKind::Type => v < prog.types.len(),
                IdKind::MethodName => v < prog.method_names.len(),
                IdKind::BoxedVar => v as u32 == NO_VAR || v < prog.boxed_vars.len(),
            }
        }
    }
}
