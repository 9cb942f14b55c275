//! Unit tests of the peephole pass (`vm::peephole`) and register liveness (`vm::liveness`) on
//! small hand-written instruction sequences. Each optimised sequence is checked structurally,
//! against the verifier, and by running both versions on a tiny integer evaluator that counts
//! executed instructions.

use vm::bytecode::Instr::{self, *};
use vm::liveness::{effects, jump_targets, live_out, RegSet};
use vm::peephole::optimize;
use vm::program::{FuncProto, Program, RuntimeTypes};

fn func(code: Vec<Instr>, nregs: u16, result_base: u16, nresults: u16) -> FuncProto {
    let lines = (0..code.len() as u32).map(|i| 100 + i).collect();
    FuncProto {
        name: "main.t".into(),
        code,
        lines,
        nregs,
        nparams: 0,
        result_base,
        nresults,
        recv_by_value: false,
    }
}

fn verify(f: &FuncProto) {
    let p = Program {
        funcs: vec![f.clone()],
        go_wrappers: Default::default(),
        natives: Vec::new(),
        consts: Vec::new(),
        globals: Vec::new(),
        boxed_vars: Vec::new(),
        types: Vec::new(),
        method_names: Vec::new(),
        init: 0,
        main: 0,
        rt: RuntimeTypes::default(),
        files: vec![("t.go".into(), 1)],
    };
    vm::verify::verify(&p).unwrap();
    assert_eq!(f.code.len(), f.lines.len());
}

/// Runs integer-only code from `regs`; returns the final registers and the number of executed
/// instructions.
fn eval(code: &[Instr], mut regs: Vec<i64>) -> (Vec<i64>, usize) {
    let mut pc = 0usize;
    let mut steps = 0;
    loop {
        steps += 1;
        assert!(steps < 1_000_000, "runaway");
        let ins = code[pc];
        pc += 1;
        macro_rules! r {
            ($x:expr) => {
                regs[$x as usize]
            };
        }
        let jump = |cond: bool, off: i32, pc: &mut usize| {
            if cond {
                *pc = (*pc as i64 + off as i64) as usize
            }
        };
        match ins {
            Nop {} => {}
            Move { a, b } => regs[a as usize] = r!(b),
            LoadInt { a, v } => regs[a as usize] = v as i64,
            AddInt { a, b, c } => regs[a as usize] = r!(b).wrapping_add(r!(c)),
            SubInt { a, b, c } => regs[a as usize] = r!(b).wrapping_sub(r!(c)),
            MulInt { a, b, c } => regs[a as usize] = r!(b).wrapping_mul(r!(c)),
            And { a, b, c } => regs[a as usize] = r!(b) & r!(c),
            Xor { a, b, c } => regs[a as usize] = r!(b) ^ r!(c),
            LtInt { a, b, c } => regs[a as usize] = (r!(b) < r!(c)) as i64,
            LeInt { a, b, c } => regs[a as usize] = (r!(b) <= r!(c)) as i64,
            EqInt { a, b, c } => regs[a as usize] = (r!(b) == r!(c)) as i64,
            AddIntImm { a, b, v } => regs[a as usize] = r!(b).wrapping_add(v as i64),
            MulIntImm { a, b, v } => regs[a as usize] = r!(b).wrapping_mul(v as i64),
            AndImm { a, b, v } => regs[a as usize] = r!(b) & v as i64,
            LtIntImm { a, b, v } => regs[a as usize] = (r!(b) < v as i64) as i64,
            LeIntImm { a, b, v } => regs[a as usize] = (r!(b) <= v as i64) as i64,
            GtIntImm { a, b, v } => regs[a as usize] = (r!(b) > v as i64) as i64,
            Jump { off } => jump(true, off, &mut pc),
            JumpIf { a, off } => jump(r!(a) != 0, off, &mut pc),
            JumpIfNot { a, off } => jump(r!(a) == 0, off, &mut pc),
            JumpIfNotLtInt { a, b, off } => jump(r!(a) >= r!(b), off, &mut pc),
            JumpIfLtInt { a, b, off } => jump(r!(a) < r!(b), off, &mut pc),
            JumpIfLeInt { a, b, off } => jump(r!(a) <= r!(b), off, &mut pc),
            JumpIfEqInt { a, b, off } => jump(r!(a) == r!(b), off, &mut pc),
            JumpIfNeInt { a, b, off } => jump(r!(a) != r!(b), off, &mut pc),
            JumpIfEqIntImm { a, v, off } => jump(r!(a) == v as i64, off, &mut pc),
            JumpIfNeIntImm { a, v, off } => jump(r!(a) != v as i64, off, &mut pc),
            JumpIfLtIntImm { a, v, off } => jump(r!(a) < v as i64, off, &mut pc),
            JumpIfLeIntImm { a, v, off } => jump(r!(a) <= v as i64, off, &mut pc),
            JumpIfGtIntImm { a, v, off } => jump(r!(a) > v as i64, off, &mut pc),
            JumpIfGeIntImm { a, v, off } => jump(r!(a) >= v as i64, off, &mut pc),
            AddJumpIfLtIntImm { a, step: s, v, off } => {
                regs[a as usize] += s as i64;
                jump(regs[a as usize] < v as i64, off, &mut pc)
            }
            AddJumpIfLeIntImm { a, step: s, v, off } => {
                regs[a as usize] += s as i64;
                jump(regs[a as usize] <= v as i64, off, &mut pc)
            }
            AddJumpIfLtInt { a, step: s, b, off } => {
                regs[a as usize] += s as i64;
                jump(regs[a as usize] < r!(b), off, &mut pc)
            }
            Ret {} => return (regs, steps),
            other => panic!("eval: {}", other.name()),
        }
    }
}

/// Optimises a copy of `f`, verifies it, and checks it computes the same results.
fn check_same(f: &FuncProto, inputs: &[Vec<i64>]) -> (FuncProto, Vec<(usize, usize)>) {
    let mut g = f.clone();
    optimize(&mut g, None);
    verify(f);
    verify(&g);
    let mut counts = Vec::new();
    let res = f.result_base as usize..(f.result_base + f.nresults) as usize;
    for regs in inputs {
        let (a, n) = eval(&f.code, regs.clone());
        let (b, m) = eval(&g.code, regs.clone());
        assert_eq!(
            a[res.clone()],
            b[res.clone()],
            "input {regs:?}\n{:?}",
            g.code
        );
        counts.push((n, m));
    }
    (g, counts)
}

#[test]
fn liveness_of_a_straight_line() {
    // r1 := 5; r0 := r0 + r1; ret (r0 is the result)
    let code = vec![LoadInt { a: 1, v: 5 }, AddInt { a: 0, b: 0, c: 1 }, Ret {}];
    let t = jump_targets(&code);
    let mut always = RegSet::new(3);
    always.insert(0);
    let live = live_out(&code, &t, &[false; 3], 3, &always, None);
    assert!(live[0].contains(1) && live[0].contains(0));
    assert!(!live[1].contains(1) && live[1].contains(0));
    assert!(!live[2].contains(2));
}

#[test]
fn liveness_around_a_loop_and_calls() {
    // 0: r2 := 0; 1: if !(r2 < r1) goto 4; 2: r2 += 1; 3: goto 1; 4: ret
    let code = vec![
        LoadInt { a: 2, v: 0 },
        JumpIfNotLtInt { a: 2, b: 1, off: 2 },
        AddIntImm { a: 2, b: 2, v: 1 },
        Jump { off: -3 },
        Ret {},
    ];
    let t = jump_targets(&code);
    assert_eq!(t[1], Some(4));
    assert_eq!(t[3], Some(1));
    let live = live_out(&code, &t, &[false; 5], 3, &RegSet::new(3), None);
    assert!(live[3].contains(1) && live[3].contains(2)); // loop-carried
    assert!(!live[1].contains(0));
    // A call of unknown width reads every register from its window upward.
    let e = effects(&Call { a: 3, f: 0 });
    assert!(e.reads_reg(7, 10) && !e.reads_reg(2, 10) && !e.kills_reg(3, 10));
    // MapNext's key and value: a pair, written only while the iterator yields.
    let e = effects(&MapNext { a: 0, b: 4, off: 1 });
    assert!(e.writes_reg(5, 10) && !e.writes_reg(6, 10) && !e.kills_reg(4, 10));
}

#[test]
fn constants_fold_into_immediate_forms() {
    // r0 := r1 * 3 + r1 & 0xffff ; r4 is a dead temporary
    let f = func(
        vec![
            LoadInt { a: 4, v: 3 },
            MulInt { a: 2, b: 1, c: 4 },
            LoadInt { a: 4, v: 0xffff },
            And { a: 0, b: 4, c: 2 },
            Ret {},
        ],
        5,
        0,
        1,
    );
    let (g, _) = check_same(&f, &[vec![0, 7, 0, 0, 0], vec![0, -9, 0, 0, 0]]);
    assert_eq!(
        g.code,
        vec![
            MulIntImm { a: 2, b: 1, v: 3 },
            AndImm {
                a: 0,
                b: 2,
                v: 0xffff
            },
            Ret {}
        ]
    );
    assert_eq!(g.lines, vec![101, 103, 104]);
}

#[test]
fn live_or_result_constants_are_kept() {
    // r2 is read again later: no folding.
    let f = func(
        vec![
            LoadInt { a: 2, v: 3 },
            AddInt { a: 0, b: 1, c: 2 },
            AddInt { a: 0, b: 0, c: 2 },
            Ret {},
        ],
        3,
        0,
        1,
    );
    let (g, _) = check_same(&f, &[vec![0, 4, 0]]);
    assert_eq!(g.code, f.code);
    // r0 is the result register: its constant must stay even though nothing reads it.
    let f = func(
        vec![LoadInt { a: 0, v: 3 }, AddInt { a: 1, b: 1, c: 0 }, Ret {}],
        2,
        0,
        1,
    );
    let mut g = f.clone();
    optimize(&mut g, None);
    assert_eq!(g.code, f.code);
}

#[test]
fn no_fusion_across_a_jump_target() {
    // 0: r2 := 1; 1: if r1 goto 3; 2: r2 := 2; 3: r0 := r1 + r2 (target)
    let f = func(
        vec![
            LoadInt { a: 2, v: 1 },
            JumpIf { a: 1, off: 1 },
            LoadInt { a: 2, v: 2 },
            AddInt { a: 0, b: 1, c: 2 },
            Ret {},
        ],
        3,
        0,
        1,
    );
    let (g, _) = check_same(&f, &[vec![0, 0, 0], vec![0, 1, 0]]);
    assert!(
        g.code.contains(&AddInt { a: 0, b: 1, c: 2 }),
        "{:?}",
        g.code
    );
}

#[test]
fn compare_and_branch_fuse_and_jumps_are_relinked() {
    // if r1 <= 10 { r0 = 1 } else { r0 = 2 }
    let f = func(
        vec![
            LoadInt { a: 3, v: 10 },
            LeInt { a: 2, b: 1, c: 3 },
            JumpIfNot { a: 2, off: 2 },
            LoadInt { a: 0, v: 1 },
            Ret {},
            LoadInt { a: 0, v: 2 },
            Ret {},
        ],
        4,
        0,
        1,
    );
    let (g, _) = check_same(
        &f,
        &[vec![0, 3, 0, 0], vec![0, 10, 0, 0], vec![0, 11, 0, 0]],
    );
    assert_eq!(
        g.code[0],
        JumpIfGtIntImm {
            a: 1,
            v: 10,
            off: 2
        }
    );
    assert_eq!(g.code.len(), 5);
    assert_eq!(g.lines[0], 102);
}

#[test]
fn loops_are_rotated_and_steps_fused() {
    // s := 0; for i := 0; i < 100; i++ { s += i }   (the compiler's shape)
    let f = func(
        vec![
            LoadInt { a: 0, v: 0 },
            LoadInt { a: 1, v: 0 },
            LoadInt { a: 2, v: 100 }, // loop head (jump target)
            JumpIfNotLtInt { a: 1, b: 2, off: 3 },
            AddInt { a: 0, b: 0, c: 1 },
            AddIntImm { a: 1, b: 1, v: 1 },
            Jump { off: -5 },
            Ret {},
        ],
        3,
        0,
        1,
    );
    let (g, counts) = check_same(&f, &[vec![0, 0, 0]]);
    assert_eq!(
        g.code,
        vec![
            LoadInt { a: 0, v: 0 },
            LoadInt { a: 1, v: 0 },
            JumpIfGeIntImm {
                a: 1,
                v: 100,
                off: 2
            },
            AddInt { a: 0, b: 0, c: 1 },
            AddJumpIfLtIntImm {
                a: 1,
                step: 1,
                v: 100,
                off: -2
            },
            Ret {},
        ]
    );
    // 5 instructions per iteration before, 2 after.
    assert_eq!(counts[0], (2 + 5 * 100 + 2 + 1, 3 + 2 * 100 + 1));
}

#[test]
fn rotation_keeps_register_bounds() {
    // for i < n (register bound) with a `continue`-style jump to the step.
    let f = func(
        vec![
            LoadInt { a: 1, v: 0 },
            JumpIfNotLtInt { a: 1, b: 2, off: 5 }, // head
            EqInt { a: 3, b: 1, c: 1 },
            JumpIf { a: 3, off: 1 }, // continue → step
            AddInt { a: 0, b: 0, c: 1 },
            AddIntImm { a: 1, b: 1, v: 1 }, // step (jump target)
            Jump { off: -6 },
            Ret {},
        ],
        4,
        0,
        1,
    );
    let (g, _) = check_same(&f, &[vec![0, 0, 5, 0], vec![0, 0, 0, 0]]);
    assert!(
        g.code.iter().any(|i| matches!(
            i,
            AddJumpIfLtInt {
                a: 1,
                step: 1,
                b: 2,
                ..
            }
        )),
        "{:?}",
        g.code
    );
    assert!(
        !g.code.iter().any(|i| matches!(i, Jump { .. })),
        "{:?}",
        g.code
    );
}

#[test]
fn jumps_into_a_folded_constant_land_on_its_consumer() {
    // The loop head is the `LoadInt` of the bound: after folding, the back-branch targets
    // the fused compare-branch.
    let f = func(
        vec![
            LoadInt { a: 1, v: 0 },
            LoadInt { a: 2, v: 7 }, // target of the back jump
            LtInt { a: 3, b: 1, c: 2 },
            JumpIfNot { a: 3, off: 2 },
            AddIntImm { a: 1, b: 1, v: 2 },
            Jump { off: -5 },
            Move { a: 0, b: 1 },
            Ret {},
        ],
        4,
        0,
        1,
    );
    let (g, counts) = check_same(&f, &[vec![0, 0, 0, 0]]);
    assert_eq!(g.code[1], JumpIfGeIntImm { a: 1, v: 7, off: 1 });
    assert!(counts[0].1 < counts[0].0 / 2, "{counts:?}");
}

#[test]
fn loop_headers_are_duplicated_when_rotating() {
    // for i := 0; i < n*2; i++ { s += i }  with the bound recomputed in the header
    let f = func(
        vec![
            LoadInt { a: 1, v: 0 },
            AddInt { a: 3, b: 2, c: 2 }, // header (jump target)
            JumpIfNotLtInt { a: 1, b: 3, off: 3 },
            AddInt { a: 0, b: 0, c: 1 },
            AddIntImm { a: 1, b: 1, v: 1 },
            Jump { off: -5 },
            Ret {},
        ],
        4,
        0,
        1,
    );
    let (g, counts) = check_same(&f, &[vec![0, 0, 5, 0], vec![0, 0, 0, 0], vec![0, 0, -3, 0]]);
    assert_eq!(
        g.code,
        vec![
            LoadInt { a: 1, v: 0 },
            AddInt { a: 3, b: 2, c: 2 },
            JumpIfNotLtInt { a: 1, b: 3, off: 3 },
            AddInt { a: 0, b: 0, c: 1 },
            AddInt { a: 3, b: 2, c: 2 },
            AddJumpIfLtInt {
                a: 1,
                step: 1,
                b: 3,
                off: -3
            },
            Ret {},
        ]
    );
    assert_eq!(counts[0], (1 + 10 * 5 + 2 + 1, 1 + 2 + 10 * 3 + 1));
}
