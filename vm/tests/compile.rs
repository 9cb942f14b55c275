//! Compiler unit tests: parse + check + compile small Go programs and assert on the
//! disassembly of chosen functions (no execution).

use vm::native::{NativeCtx, NativeFn, NativeRegistry, Panic};

struct AnyNative;

fn noop(_: &mut NativeCtx, _: &mut [u64]) -> Result<(), Panic> {
    Ok(())
}

impl NativeRegistry for AnyNative {
    fn lookup(&self, pkg: &str, name: &str) -> Option<NativeFn> {
        let name: &'static str = Box::leak(format!("{pkg}.{name}").into_boxed_str());
        Some(NativeFn {
            name,
            nargs: 0,
            nresults: 1,
            imp: noop,
        })
    }
}

fn compile(src: &str) -> Result<vm::program::Program, Vec<String>> {
    let (file, d) = lang::parser::parse_file(src);
    assert!(d.is_empty(), "parse: {d:?}");
    let (tt, info, d) = lang::check::check_file(&file, src, &stdlib::Stdlib);
    assert!(d.is_empty(), "check: {d:?}");
    vm::compile::compile(&file, &tt, &info, &AnyNative, "t.go", src)
        .map_err(|ds| ds.into_iter().map(|d| d.message).collect())
}

/// Instruction names of function `name`.
fn ops(src: &str, name: &str) -> Vec<String> {
    let p = compile(src).expect("compiles");
    let f = p
        .funcs
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no {name}"));
    f.code.iter().map(|i| i.disassemble()).collect()
}

#[test]
fn fib_uses_fused_compare_and_direct_calls() {
    let src = "package main\nfunc fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\nfunc main() { println(fib(10)) }\n";
    let code = ops(src, "main.fib");
    assert!(
        code.iter().any(|i| i.starts_with("JumpIfNotLtInt a=0")
            || i.starts_with("JumpIfGeIntImm a=0 v=2")), // after vm::peephole
        "{code:?}"
    );
    assert!(
        code.contains(&"AddIntImm a=2 b=0 v=-1".to_string()),
        "{code:?}"
    );
    assert!(code.contains(&"AddInt a=1 b=2 c=3".to_string()), "{code:?}");
    // Only `return n` moves; call results land where they are used.
    assert_eq!(
        code.iter().filter(|i| i.starts_with("Move")).count(),
        1,
        "{code:?}"
    );
}

#[test]
fn loop_counter_stays_in_register() {
    let src = "package main\nfunc main() {\n\ts := 0\n\tfor i := 0; i < 10; i++ {\n\t\ts += i\n\t}\n\tprintln(s)\n}\n";
    let code = ops(src, "main.main");
    assert!(
        code.contains(&"AddIntImm a=1 b=1 v=1".to_string())
            || code
                .iter()
                .any(|i| i.starts_with("AddJumpIfLtIntImm a=1 step=1 v=10")), // peephole
        "{code:?}"
    );
    assert!(code.contains(&"AddInt a=0 b=0 c=1".to_string()), "{code:?}");
    assert!(!code.iter().any(|i| i.starts_with("Box")), "{code:?}");
}

#[test]
fn captured_loop_variable_gets_fresh_box_per_iteration() {
    let src = "package main\nfunc main() {\n\tvar fs []func() int\n\tfor i := 0; i < 3; i++ {\n\t\tfs = append(fs, func() int { return i })\n\t}\n\tprintln(fs[0]())\n}\n";
    let code = ops(src, "main.main");
    assert!(
        code.iter().filter(|i| i.starts_with("Box")).count() >= 2,
        "{code:?}"
    );
    let lit = ops(src, "main.main.func1");
    assert!(lit[0].starts_with("LoadCapture"), "{lit:?}");
}

#[test]
fn small_ints_wrap_and_float32_rounds() {
    let src = "package main\nfunc f(a, b int8) int8 { return a + b }\nfunc g(a, b float32) float32 { return a * b }\nfunc main() { println(f(1, 2), g(1, 2)) }\n";
    assert!(ops(src, "main.f")
        .iter()
        .any(|i| i.starts_with("Narrow") && i.contains("bits=8 signed=true")));
    assert!(ops(src, "main.g").iter().any(|i| i.starts_with("RoundF32")));
}

#[test]
fn interface_conversion_and_method_names() {
    let src = "package main\nimport \"fmt\"\ntype T struct{ X int }\nfunc (t *T) Inc() { t.X++ }\nfunc (t T) Get() int { return t.X }\nfunc main() {\n\tt := T{1}\n\tt.Inc()\n\tfmt.Println(t.Get())\n}\n";
    let p = compile(src).unwrap();
    assert!(p.funcs.iter().any(|f| f.name == "main.(*T).Inc"));
    assert!(p.funcs.iter().any(|f| f.name == "main.T.Get"));
    let main = ops(src, "main.main");
    assert!(main.iter().any(|i| i.starts_with("MakeIface")), "{main:?}");
    assert!(main.iter().any(|i| i.starts_with("CallNative")), "{main:?}");
    let t = p.types.iter().find(|t| t.name == "main.T").unwrap();
    assert_eq!(t.methods.len(), 1);
    let pt = p.types.iter().find(|t| t.name == "*main.T").unwrap();
    assert_eq!(pt.methods.len(), 2);
}

#[test]
fn disassembly_lists_functions() {
    let src = "package main\nfunc main() { println(1) }\n";
    let p = compile(src).unwrap();
    let d = vm::compile::disassemble(&p);
    assert!(d.contains("main.main"), "{d}");
    assert!(d.contains("Print a="), "{d}");
}

#[test]
fn deferred_clear_compiles() {
    let src = "package main\nfunc main() {\n\ta := []int{1}\n\tdefer clear(a)\n}\n";
    assert!(compile(src).is_ok());
}

/// The verifier checks every operand by its declared role: type ids against the type table,
/// both registers of `MapNext`'s key/value pair.
#[test]
fn verifier_checks_operands_by_role() {
    use vm::bytecode::Instr;
    let src = "package main\nfunc main() {\n\tm := map[int]int{1: 2}\n\tfor k, v := range m {\n\t\tprintln(k, v)\n\t}\n}\n";
    let p = compile(src).expect("compiles");
    vm::verify::verify(&p).expect("verifies");
    let main = p.funcs.iter().position(|f| f.name == "main.main").unwrap();
    let tampered = |edit: &dyn Fn(&mut Instr, u16, u32) -> bool| {
        let mut q = compile(src).unwrap();
        let (nregs, ntypes) = (q.funcs[main].nregs, q.types.len() as u32);
        let hit = q.funcs[main]
            .code
            .iter_mut()
            .any(|ins| edit(ins, nregs, ntypes));
        assert!(hit, "nothing to tamper with");
        vm::verify::verify(&q).expect_err("tampered program verifies")
    };
    let err = tampered(&|ins, _, ntypes| match ins {
        Instr::MakeMap { t, .. } => {
            *t = ntypes;
            true
        }
        _ => false,
    });
    assert!(err.contains("operand t="), "{err}");
    // R[b+1] is written too: b = nregs - 1 is out of range.
    let err = tampered(&|ins, nregs, _| match ins {
        Instr::MapNext { b, .. } => {
            *b = nregs - 1;
            true
        }
        _ => false,
    });
    assert!(err.contains("operand b="), "{err}");
}
