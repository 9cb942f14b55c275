//! The bytecode verifier: checks once, before a program runs, every fact the dispatch loop
//! relies on without checking it again per instruction.
//!
//! Invariants established for every function:
//! - every register operand (fields `a`–`e`, and the ranges `R[x..x+n)` that `Append`,
//!   `MakeClosure`, `Go`, `Defer`, `Select` and `RetBoxed` name, and the pairs/triples that
//!   comma-ok forms write) is below the function's `nregs`;
//! - every jump lands inside the function, and the last instruction cannot fall through, so
//!   the program counter never leaves the code;
//! - every function, native, constant, global and type index is in range.
//!
//! A failure is a compiler bug; it is reported, never executed.

use crate::bytecode::{IdKind, Instr};
use crate::program::Program;

/// Registers an instruction writes beyond its `a` (comma-ok pairs, select results).
fn extra_writes(ins: &Instr) -> i64 {
    match ins {
        Instr::MapLoadOk { .. }
        | Instr::AssertTypeOk { .. }
        | Instr::AssertIfaceOk { .. }
        | Instr::RecvOk { .. } => 1,
        Instr::DecodeRune { .. } => 1,
        Instr::Select { .. } => 2,
        _ => 0,
    }
}

pub fn verify(prog: &Program) -> Result<(), String> {
    for (fi, f) in prog.funcs.iter().enumerate() {
        let nregs = f.nregs as i64;
        let len = f.code.len() as i64;
        let fail = |pc: usize, what: &str| {
            Err(format!(
                "function {} ({fi}) pc {pc}: {what}: {}",
                f.name,
                f.code[pc].disassemble()
            ))
        };
        match f.code.last() {
            Some(Instr::Ret {})
            | Some(Instr::RetBoxed { .. })
            | Some(Instr::Jump { .. })
            | Some(Instr::Panic { .. }) => {}
            _ => {
                return Err(format!(
                    "function {} does not end in a terminating instruction",
                    f.name
                ))
            }
        }
        if f.lines.len() != f.code.len() {
            return Err(format!(
                "function {} has a line table of the wrong length",
                f.name
            ));
        }
        for (pc, ins) in f.code.iter().enumerate() {
            let ops = ins.operands();
            let get = |name: &str| ops.iter().find(|(n, _)| *n == name).map(|&(_, v)| v);
            let n = get("n").unwrap_or(0);
            for &(name, v) in &ops {
                let ok = match name {
                    "a" | "b" | "c" | "d" | "e" => {
                        let sentinel =
                            matches!(ins, Instr::SliceSlice { .. } | Instr::SliceArray { .. })
                                && matches!(name, "d" | "e")
                                && v == u16::MAX as i64;
                        let span = match (ins, name) {
                            (Instr::Append { .. }, "c") | (Instr::MakeClosure { .. }, "b") => n,
                            (Instr::Go { .. }, "a")
                            | (Instr::Defer { .. }, "a")
                            | (Instr::RetBoxed { .. }, "a") => n,
                            (Instr::Select { .. }, "b") => 3 * n,
                            (_, "a") => 1 + extra_writes(ins),
                            _ => 1,
                        };
                        sentinel || v + span.max(1) <= nregs || (span == 0 && v <= nregs)
                    }
                    "off" => (0..len).contains(&(pc as i64 + 1 + v)),
                    _ => match ins.id_kind(name) {
                        Some(IdKind::Func) => (v as usize) < prog.funcs.len(),
                        Some(IdKind::Native) => (v as usize) < prog.natives.len(),
                        Some(IdKind::Const) => (v as usize) < prog.consts.len(),
                        Some(IdKind::Global) => (v as usize) < prog.globals.len(),
                        Some(IdKind::Type) => (v as usize) < prog.types.len(),
                        Some(IdKind::MethodName) => (v as usize) < prog.method_names.len(),
                        Some(IdKind::BoxedVar) => {
                            v as u32 == crate::program::NO_VAR
                                || (v as usize) < prog.boxed_vars.len()
                        }
                        None => true,
                    },
                };
                if !ok {
                    return fail(pc, &format!("operand {name}={v} out of range"));
                }
            }
        }
    }
    Ok(())
}
