//! Depth is never a crash: programs nested 100,000 deep (what go1.19 compiles and runs) run
//! with Go's output, and a program nested deeper than minigo's limit is a diagnostic, exit 1 —
//! never a native stack overflow (SIGABRT/SIGSEGV) or a Rust panic. The programs are
//! generated here (each is hundreds of kilobytes); the expected outputs are what the go-built
//! binaries print (checked by hand with go1.19: `x` sums or passes through the innermost value;
//! for 100,000 nested calls go1.19's compiler ran over a minute and was stopped, so that shape's
//! expectation is the one go1.19 gives 10,000 deep).

mod support;

/// A `main` whose body is `body`, with `fmt` imported and `id` declared.
fn program(body: &str) -> String {
    format!("package main\n\nimport \"fmt\"\n\nfunc id(x int) int {{ return x }}\n\nfunc main() {{\n{body}}}\n")
}

/// Each shape of nesting, `n` deep, with the line go prints.
fn shapes(n: usize) -> Vec<(&'static str, String, String)> {
    vec![
        (
            "a sum of constants",
            format!("\tx := 1{}\n\tfmt.Println(x)\n", " + 1".repeat(n - 1)),
            format!("{n}"),
        ),
        (
            "a sum of variables",
            format!(
                "\ty := 1\n\tx := y{}\n\tfmt.Println(x)\n",
                " + y".repeat(n - 1)
            ),
            format!("{n}"),
        ),
        (
            "right-nested sums",
            format!(
                "\ty := 1\n\tx := {}y{}\n\tfmt.Println(x)\n",
                "(y + ".repeat(n),
                ")".repeat(n)
            ),
            format!("{}", n + 1),
        ),
        (
            "parentheses",
            format!(
                "\ty := 1\n\tx := {}y{}\n\tfmt.Println(x)\n",
                "(".repeat(n),
                ")".repeat(n)
            ),
            "1".into(),
        ),
        (
            "blocks",
            format!(
                "\tx := 0\n{}x++{}\n\tfmt.Println(x)\n",
                "{".repeat(n),
                "}".repeat(n)
            ),
            "1".into(),
        ),
        (
            "unary operators",
            format!("\ty := 1\n\tx := {}y\n\tfmt.Println(x)\n", "^".repeat(n)),
            "1".into(),
        ),
        (
            "calls",
            format!(
                "\tx := {}1{}\n\tfmt.Println(x)\n",
                "id(".repeat(n),
                ")".repeat(n)
            ),
            "1".into(),
        ),
        (
            "slice types",
            format!("\tvar x {}int\n\tfmt.Println(len(x))\n", "[]".repeat(n)),
            "0".into(),
        ),
    ]
}

#[test]
fn programs_nested_100_000_deep_run_as_go_runs_them() {
    for (what, body, want) in shapes(100_000) {
        let out = support::run_source("deep", "deep.go", program(&body).as_bytes());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{what}: {stderr}");
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), want, "{what}");
    }
}

#[test]
fn programs_nested_beyond_the_limit_are_a_diagnostic() {
    for (what, body, _) in shapes(700_000) {
        let out = support::run_source("deep", "too_deep.go", program(&body).as_bytes());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{what}: {stderr}");
        assert!(
            stderr.contains("too_deep.go:") && stderr.contains(": exceeded max nesting depth"),
            "{what}: {stderr}"
        );
    }
}
