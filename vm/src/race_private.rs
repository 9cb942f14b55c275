//! Goroutine-private slices, whose element accesses `-race` need not check: a register that
//! only ever holds arrays fresh from `make` in this frame, and whose value never leaves it
//! (it is only ever indexed, loaded from, stored into, or measured), names memory no other
//! goroutine can reach, so no access to it can race. (`make([]bool, n)` indexed in a loop is
//! the common case: a sieve, a table, a buffer.)
//!
//! Invariants (each sound over-approximation keeps a register out):
//! - Every write to the register, by the liveness model of `liveness::effects` (definite or
//!   possible), is a `MakeSlice`; parameters (set by the caller) and results (handed to the
//!   caller, also by a recovered panic) never qualify.
//! - Every read of the register is as the slice operand of `SliceLoad`, `SliceLoadB`,
//!   `SliceStore`, `SliceStoreB`, `SliceLen` or `SliceCap`, never as a value stored, copied,
//!   passed, captured, sliced or returned (an instruction the model does not know reads every
//!   register, so it disqualifies them all).

use crate::bytecode::Instr;
use crate::liveness::{always_live, effects, RegSet};
use crate::program::FuncProto;

/// The registers of `f` that hold only goroutine-private slices.
pub fn private_slices(f: &FuncProto) -> RegSet {
    let nregs = f.nregs as usize;
    let mut candidates = RegSet::new(nregs);
    for ins in &f.code {
        if let Instr::MakeSlice { a, .. } = *ins {
            candidates.insert(a as usize);
        }
    }
    let always = always_live(f);
    let mut private = RegSet::new(nregs);
    for r in (f.nparams as usize..nregs).filter(|&r| candidates.contains(r) && !always.contains(r))
    {
        let only_private_uses = f.code.iter().all(|ins| {
            let e = effects(ins);
            let defined_fresh = !e.writes_reg(r, nregs)
                || matches!(*ins, Instr::MakeSlice { a, .. } if a as usize == r);
            let used_as_slice = !e.reads_reg(r, nregs) || indexes_only(ins, r);
            defined_fresh && used_as_slice
        });
        if only_private_uses {
            private.insert(r);
        }
    }
    private
}

/// Whether `ins` reads register `r` only as the slice it indexes or measures.
fn indexes_only(ins: &Instr, r: usize) -> bool {
    use Instr::*;
    let r = r as u16;
    match *ins {
        SliceLoad { b, c, .. } | SliceLoadB { b, c, .. } => b == r && c != r,
        SliceStore { a, b, c } | SliceStoreB { a, b, c } => b == r && a != r && c != r,
        SliceLen { b, .. } | SliceCap { b, .. } => b == r,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Instr::*;

    fn func(nparams: u16, code: Vec<Instr>) -> FuncProto {
        FuncProto {
            name: "main.f".into(),
            lines: vec![1; code.len()],
            code,
            nregs: 8,
            nparams,
            result_base: 0,
            nresults: 0,
            recv_by_value: false,
        }
    }

    fn private(f: &FuncProto) -> Vec<usize> {
        let set = private_slices(f);
        (0..f.nregs as usize).filter(|&r| set.contains(r)).collect()
    }

    #[test]
    fn a_made_slice_only_indexed_is_private() {
        let f = func(
            0,
            vec![
                LoadInt { a: 1, v: 10 },
                MakeSlice {
                    a: 0,
                    t: 0,
                    b: 1,
                    c: 1,
                },
                SliceLen { a: 2, b: 0 },
                SliceStoreB { a: 2, b: 0, c: 3 },
                SliceLoadB { a: 4, b: 0, c: 3 },
                Ret {},
            ],
        );
        assert_eq!(private(&f), [0]);
    }

    #[test]
    fn a_slice_that_leaves_its_register_is_not() {
        let base = vec![
            LoadInt { a: 1, v: 10 },
            MakeSlice {
                a: 0,
                t: 0,
                b: 1,
                c: 1,
            },
            SliceLoad { a: 4, b: 0, c: 3 },
        ];
        let escapes = [
            Move { a: 5, b: 0 },
            SliceStore { a: 0, b: 6, c: 3 },
            MakeClosure {
                a: 5,
                f: 0,
                b: 0,
                n: 1,
            },
            LoadInt { a: 0, v: 0 },
        ];
        for e in escapes {
            let mut code = base.clone();
            code.push(e);
            code.push(Ret {});
            assert_eq!(private(&func(0, code)), [] as [usize; 0], "{e:?}");
        }
        // A parameter holds the caller's slice.
        let mut code = base.clone();
        code.push(Ret {});
        assert_eq!(private(&func(1, code)), [] as [usize; 0]);
    }
}
