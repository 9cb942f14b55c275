//! The `-race` compilation pass: before every instruction that touches memory other
//! goroutines can reach, insert the race check for that access (`Race*` instructions).
//! Programs run without `-race` never contain these instructions, so the detector costs them
//! nothing (no branch per access in the dispatch loop).
//!
//! Invariants:
//! - Only shareable memory is checked (slices no other goroutine can reach are not, see
//!   `race_private`): globals, pointees (boxed variables — captured and
//!   reassigned, or address-taken — and every `*p`), struct fields and array or slice
//!   elements (their objects may be reachable from several goroutines), maps and channels
//!   as objects, and whole-value copies (also into an interface). Registers are
//!   goroutine-private and never checked.
//! - A check sits immediately before its access, reads only registers the access reads, and
//!   jumps that targeted the access now target its check, so every executed access is
//!   checked, with the access's line.
//! - Every function starts with `RaceEnter` (the new frame, for the stacks in reports); a
//!   jump to the old first instruction lands after it.
//! - Fused `FieldLoad2` is split back into two `FieldLoad`s, since its second load may read
//!   the first one's result.

use crate::bytecode::Instr;
use crate::program::{FuncProto, Program, RType};

/// Instruments every function of `prog` for the race detector.
pub fn instrument(prog: &mut Program) {
    let aggregate: Vec<bool> = (0..prog.types.len() as u32)
        .map(|t| crate::value::is_aggregate(prog, t))
        .collect();
    for f in &mut prog.funcs {
        instrument_func(&prog.types, f, &aggregate);
    }
}

/// The checks to run before `ins` (which follows `prev`, and whose result is used later if
/// `result_used`), and what `ins` becomes (`FieldLoad2` splits in two); `aggregate[t]` says
/// whether type `t` is a struct or array (copied whole into an interface).
fn expand(
    types: &[RType],
    prev: Option<Instr>,
    ins: Instr,
    result_used: bool,
    aggregate: &[bool],
) -> Vec<Instr> {
    use crate::race_frames::{conv_frame, frame, map_frame, MapOp};
    use Instr::*;
    let check = match ins {
        LoadGlobal { g, .. } => RaceGlobal { g, w: false },
        StoreGlobal { g, .. } => RaceGlobal { g, w: true },
        Load { b, .. } | LoadB { b, .. } => RacePtr { b, w: false },
        Store { b, .. } | StoreB { b, .. } => RacePtr { b, w: true },
        FieldLoad { b, field: f, .. } => RaceField {
            b,
            field: f,
            w: false,
        },
        FieldStore { b, field: f, .. } => RaceField {
            b,
            field: f,
            w: true,
        },
        FieldLoad2 {
            a,
            b,
            field1: i,
            c,
            d,
            field2: j,
        } => {
            return vec![
                RaceField {
                    b,
                    field: i,
                    w: false,
                },
                FieldLoad { a, b, field: i },
                RaceField {
                    b: d,
                    field: j,
                    w: false,
                },
                FieldLoad {
                    a: c,
                    b: d,
                    field: j,
                },
            ]
        }
        SliceLoad { b, c, .. } | SliceLoadB { b, c, .. } => RaceSlice { b, c, w: false },
        SliceStore { b, c, .. } | SliceStoreB { b, c, .. } => RaceSlice { b, c, w: true },
        ArrayLoad { b, c, .. } | ArrayLoadB { b, c, .. } => RaceArray { b, c, w: false },
        ArrayStore { b, c, .. } | ArrayStoreB { b, c, .. } => RaceArray { b, c, w: true },
        MapLoad { b, c, t, .. } | MapLoadOk { b, c, t, .. } => {
            let op = match ins {
                MapLoad { .. } => MapOp::Access1,
                _ => MapOp::Access2,
            };
            let rt = map_frame(types, t, op);
            let object = RaceObject { b, w: false, rt };
            // gc reads the value's slot only when the value is used.
            return if result_used {
                vec![object, RaceMapSlot { b, c, t, w: false }, ins]
            } else {
                vec![object, ins]
            };
        }
        MapLen { b, .. } => RaceObject { b, w: false, rt: 0 },
        MapIter { b, .. } => RaceObject {
            b,
            w: false,
            rt: frame("runtime.mapiterinit"),
        },
        MapStore { b, c, t, .. } => {
            let rt = map_frame(types, t, MapOp::Assign);
            let slot = RaceMapSlot { b, c, t, w: true };
            return vec![RaceObject { b, w: true, rt }, slot, ins];
        }
        MapDelete { b, t, .. } => RaceObject {
            b,
            w: true,
            rt: map_frame(types, t, MapOp::Delete),
        },
        MapClear { b } => RaceObject {
            b,
            w: true,
            rt: frame("runtime.mapclear"),
        },
        Send { b, .. } => RaceObject {
            b,
            w: false,
            rt: frame("runtime.chansend"),
        },
        Close { b } => RaceObject {
            b,
            w: true,
            rt: frame("runtime.closechan"),
        },
        Clone { b, .. } => RaceWhole { b, w: false, rt: 0 },
        // gc converts a global in place (`convT` reads it); anything else it copies first.
        MakeIface { b, t, .. } if aggregate[t as usize] => RaceWhole {
            b,
            w: false,
            rt: match prev {
                Some(LoadGlobal { a, .. }) if a == b => conv_frame(types, t),
                _ => 0,
            },
        },
        StoreDeep { b, .. } => RaceWhole { b, w: true, rt: 0 },
        Copy { b, c, .. } => RaceCopy { b, c },
        BytesToStr { b, .. } => RaceSliceRead {
            b,
            rt: frame("runtime.slicebytetostring"),
        },
        RunesToStr { b, .. } => RaceSliceRead {
            b,
            rt: frame("runtime.slicerunetostring"),
        },
        Append { a, b, n, t, .. } => return vec![RaceAppend { b, n }, ins, RaceAlloc { a, t }],
        AppendSlice { a, b, c, t } => {
            return vec![RaceAppendSlice { b, c }, ins, RaceAlloc { a, t }]
        }
        Box { a, var: v, .. } if v != crate::program::NO_VAR => {
            return vec![ins, RaceVar { a, var: v }]
        }
        Zero { a, t } | MakeSlice { a, t, .. } if allocates(types, t) => {
            return vec![ins, RaceAlloc { a, t }]
        }
        _ => return vec![ins],
    };
    match ins {
        Clone { a, t, .. } => vec![check, ins, RaceAlloc { a, t }],
        _ => vec![check, ins],
    }
}

/// Whether a zero value or `make` of type `t` allocates objects worth naming.
fn allocates(types: &[RType], t: u32) -> bool {
    types.get(t as usize).is_some_and(|rt| {
        matches!(
            rt.kind,
            crate::program::RKind::Struct
                | crate::program::RKind::Array
                | crate::program::RKind::Slice
        )
    })
}

/// The registers live after each instruction, if `f` looks values up in maps.
fn map_loads_live(f: &FuncProto) -> Option<Vec<crate::liveness::RegSet>> {
    use crate::liveness::{always_live, jump_targets, live_out};
    if !f
        .code
        .iter()
        .any(|i| matches!(i, Instr::MapLoad { .. } | Instr::MapLoadOk { .. }))
    {
        return None;
    }
    let targets = jump_targets(&f.code);
    let deleted = vec![false; f.code.len()];
    let always = always_live(f);
    Some(live_out(
        &f.code,
        &targets,
        &deleted,
        f.nregs as usize,
        &always,
        None,
    ))
}

fn instrument_func(types: &[RType], f: &mut FuncProto, aggregate: &[bool]) {
    let n = f.code.len();
    // new_index[pc]: where old instruction pc's expansion starts (its check, if any).
    let mut new_index = Vec::with_capacity(n + 1);
    let mut code = Vec::with_capacity(n + n / 4);
    let mut lines = Vec::with_capacity(n + n / 4);
    // (new pc of a branch, old target pc)
    let mut branches = Vec::new();
    let entry_line = f.lines.first().copied().unwrap_or(0);
    code.push(Instr::RaceEnter {});
    lines.push(entry_line);
    let live = map_loads_live(f);
    let private = crate::race_private::private_slices(f);
    for (pc, &ins) in f.code.iter().enumerate() {
        new_index.push(code.len());
        let line = f.lines.get(pc).copied().unwrap_or(0);
        let prev = pc.checked_sub(1).map(|p| f.code[p]);
        let result_used = match (ins, &live) {
            (Instr::MapLoad { a, .. } | Instr::MapLoadOk { a, .. }, Some(live)) => {
                live[pc].contains(a as usize)
            }
            _ => true,
        };
        let checks = match ins {
            Instr::SliceLoad { b, .. }
            | Instr::SliceLoadB { b, .. }
            | Instr::SliceStore { b, .. }
            | Instr::SliceStoreB { b, .. }
                if private.contains(b as usize) =>
            {
                vec![ins]
            }
            _ => expand(types, prev, ins, result_used, aggregate),
        };
        for e in checks {
            if let Some(off) = e.jump_offset() {
                branches.push((code.len(), (pc as i64 + 1 + off as i64) as usize));
            }
            code.push(e);
            lines.push(line);
        }
    }
    new_index.push(code.len());
    for (at, target) in branches {
        let new_target = new_index[target.min(n)] as i32;
        code[at].set_jump_offset(new_target - (at as i32 + 1));
    }
    f.code = code;
    f.lines = lines;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_precede_accesses_and_jumps_land_on_checks() {
        let mut f = FuncProto {
            name: "main.f".into(),
            code: vec![
                Instr::LoadInt { a: 0, v: 1 },
                Instr::StoreGlobal { g: 0, a: 0 },
                Instr::Jump { off: -2 },
            ],
            lines: vec![1, 2, 3],
            nregs: 1,
            nparams: 0,
            result_base: 0,
            nresults: 0,
            recv_by_value: false,
        };
        instrument_func(&[], &mut f, &[]);
        assert_eq!(
            f.code,
            vec![
                Instr::RaceEnter {},
                Instr::LoadInt { a: 0, v: 1 },
                Instr::RaceGlobal { g: 0, w: true },
                Instr::StoreGlobal { g: 0, a: 0 },
                Instr::Jump { off: -3 },
            ]
        );
        assert_eq!(f.lines, vec![1, 1, 2, 2, 3]);
    }
}
