//! Programs past the bytecode's limits — more than `MAX_REGISTERS` (60,000) registers in a
//! function, a field index past a 16-bit operand — are diagnostics at the statement (or, for
//! a method wrapper, the type) that went past, exit 1: never a Rust panic, a verifier error or
//! a silently wrapped operand. go1.19 compiles and runs every one of them (its limits are far
//! higher), so the message is minigo's own, worded as gc's `stack frame too large`. The
//! programs are generated here (each is hundreds of kilobytes); the program at the edge of the
//! limits runs with the output go1.19 prints (checked by hand).

mod support;

/// A struct type `S` with `n` int fields `f0`…
fn big_struct(n: usize) -> String {
    let fields: String = (0..n).map(|i| format!("\tf{i} int\n")).collect();
    format!("type S struct {{\n{fields}}}\n")
}

/// `n` parameters `a0, a1, … int`.
fn params(n: usize) -> String {
    let names: Vec<String> = (0..n).map(|i| format!("a{i}")).collect();
    format!("{} int", names.join(", "))
}

/// (what, program, the first diagnostic line).
fn too_large() -> Vec<(&'static str, String, String)> {
    const REGS: &str = "function too large: it needs more than 60000 registers";
    let ones = vec!["1"; 65_536].join(", ");
    let locals: String = (0..60_001).map(|i| format!("\tx{i} := {i}\n")).collect();
    let uses: String = (0..60_001).map(|i| format!("\t_ = x{i}\n")).collect();
    vec![
        (
            "a call with 65,536 variadic arguments",
            format!(
                "package main\n\nimport \"fmt\"\n\nfunc count(xs ...int) int {{ return len(xs) }}\n\nfunc main() {{\n\tfmt.Println(count({ones}))\n}}\n"
            ),
            format!("limits.go:8:2: {REGS}"),
        ),
        (
            "60,001 local variables",
            format!("package main\n\nfunc main() {{\n{locals}{uses}}}\n"),
            format!("limits.go:60004:2: {REGS}"),
        ),
        (
            "field 65,537 of a struct",
            format!(
                "package main\n\nimport \"fmt\"\n\n{}\nfunc main() {{\n\tvar s S\n\tfmt.Println(s.f65537)\n}}\n",
                big_struct(65_540)
            ),
            "limits.go:65550:2: function too large: index 65537 does not fit in an \
             instruction (at most 65535)"
                .into(),
        ),
        (
            "the *T wrapper of a method with 31,000 parameters",
            format!(
                "package main\n\nimport \"fmt\"\n\ntype T struct{{}}\n\nfunc (T) M({p}) int {{ return a0 }}\n\ntype I interface{{ M({p}) int }}\n\nfunc main() {{\n\tvar i I = &T{{}}\n\tfmt.Println(i != nil)\n}}\n",
                p = params(31_000)
            ),
            format!("limits.go:5:6: {REGS}"),
        ),
    ]
}

#[test]
fn programs_past_the_bytecode_limits_are_a_diagnostic() {
    for (what, src, want) in too_large() {
        let out = support::run_source("limits-past", "limits.go", src.as_bytes());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{what}: {stderr}");
        assert_eq!(
            stderr.lines().next(),
            Some(want.as_str()),
            "{what}: {stderr}"
        );
    }
}

#[test]
fn programs_at_the_edge_of_the_limits_run_as_go_runs_them() {
    let ones = vec!["1"; 50_000].join(", ");
    let src = format!(
        "package main\n\nimport \"fmt\"\n\n{}\nfunc count(xs ...int) int {{ return len(xs) }}\n\nfunc main() {{\n\tvar s S\n\ts.f65535 = 7\n\ts.f1 = 1\n\tfmt.Println(s.f1, s.f65534, s.f65535, count({ones}))\n}}\n",
        big_struct(65_536)
    );
    let out = support::run_source("limits-edge", "limits.go", src.as_bytes());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1 0 7 50000\n");
}
