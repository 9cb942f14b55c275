//! Type-checker tests: Go snippets whose diagnostics must match go1.19 gc's wording (verified
//! with `go build`), and whole programs (bench programs, tests/go) that must check cleanly.

use lang::diag::line_col;
use lang::parser::parse_file;
use std::path::Path;

/// Checks `file` against the standard library's package declarations.
fn check_file(
    file: &lang::ast::File,
    src: &str,
) -> (
    lang::types::TypeTable,
    lang::types::TypeInfo,
    Vec<lang::diag::Diagnostic>,
) {
    lang::check::check_file(file, src, &stdlib::Stdlib)
}

/// Parses and checks `src`; returns `line:col: message` for each diagnostic.
fn check(src: &str) -> Vec<String> {
    let (file, perrs) = parse_file(src);
    assert!(perrs.is_empty(), "parse errors: {perrs:?}\n{src}");
    let (_tt, _info, diags) = check_file(&file, src);
    diags
        .iter()
        .map(|d| {
            let (l, c) = line_col(src, d.span.start);
            format!("{l}:{c}: {}", d.message)
        })
        .collect()
}

fn expect(src: &str, want: &[&str]) {
    let got = check(src);
    assert_eq!(got, want, "\nsource:\n{src}");
}

fn go_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            // errorcheck programs, and folders that are one program of several files
            // (tests/golden/packages.rs)
            if p.file_name().is_some_and(|n| n == "errorcheck")
                || p.join("go.mod").is_file()
                || p.join("run.args").is_file()
            {
                continue;
            }
            go_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

/// Whether a program uses a standard package minigo writes in Go (`stdlib/go/`: the `minigo`
/// crate loads those, this checker-only test does not see them).
fn uses_go_written_package(src: &str) -> bool {
    [
        "\"cmp\"",
        "\"maps\"",
        "\"slices\"",
        "atomic.Pointer[",
        "sync.OnceFunc",
        "sync.OnceValue",
    ]
    .iter()
    .any(|m| src.contains(m))
}

#[test]
fn accepted_programs_check_cleanly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    go_files(&root.join("tests/go"), &mut files);
    go_files(&root.join("../shared/bench/programs"), &mut files);
    files.sort();
    let mut failures = Vec::new();
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        if src.lines().next().is_some_and(|l| l.contains("generic"))
            || uses_go_written_package(&src)
        {
            continue;
        }
        let (file, perrs) = parse_file(&src);
        if !perrs.is_empty() {
            continue; // the parser's tests cover these
        }
        let (_, _, diags) = check_file(&file, &src);
        for d in diags {
            let (l, c) = line_col(&src, d.span.start);
            failures.push(format!("{}:{l}:{c}: {}", f.display(), d.message));
        }
    }
    assert!(
        failures.is_empty(),
        "{} diagnostics:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Development aid: `CHECK_DUMP_DIR=dir cargo test -p lang --test check dump -- --nocapture`
/// prints the checker's diagnostics for every `.go` file in `dir` (compare with `go build`).
#[test]
fn dump() {
    let Ok(dir) = std::env::var("CHECK_DUMP_DIR") else {
        return;
    };
    let mut files = Vec::new();
    go_files(Path::new(&dir), &mut files);
    files.sort();
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        println!("== {}", f.file_stem().unwrap().to_string_lossy());
        for l in check(&src) {
            println!("{l}");
        }
    }
}

// ---- error messages (each expectation is go1.19 gc's output for the same file) ----

#[test]
fn unused_variables_and_imports() {
    expect(
        "package main\nimport \"os\"\nfunc main() { x := 1; var y int }\n",
        &[
            "2:8: imported and not used: \"os\"",
            "3:15: x declared but not used",
            "3:27: y declared but not used",
        ],
    );
}

#[test]
fn constant_overflow_and_division() {
    expect(
        "package main\nfunc main() {\n\tvar a int8\n\ta = 300\n\tvar c uint8 = 255 + 1\n\tx := 10\n\tx = x / 0\n\t_, _ = a, c\n\tconst big = 1 << 64\n\tvar i int = big\n\t_ = i\n}\n",
        &[
            "4:6: cannot use 300 (untyped int constant) as int8 value in assignment (overflows)",
            "5:16: cannot use 255 + 1 (untyped int constant 256) as uint8 value in variable declaration (overflows)",
            "7:10: invalid operation: division by zero",
            "10:14: cannot use big (untyped int constant 18446744073709551616) as int value in variable declaration (overflows)",
        ],
    );
    expect(
        "package main\nconst c uint8 = 255\nconst d = c + 1\nvar e int8 = int8(c)\nvar f = uint8(1.5)\nvar g int = 2.5\nvar h = 1 << 100\nconst big = 1 << 600\nfunc main() { var x int; x = 1.5; _ = x; println(h, f, g) }\n",
        &[
            "3:11: c + 1 (constant 256 of type uint8) overflows uint8",
            "4:19: cannot convert c (constant 255 of type uint8) to type int8",
            "5:15: cannot convert 1.5 (untyped float constant) to type uint8",
            "6:13: cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)",
            "7:9: cannot use 1 << 100 (untyped int constant 1267650600228229401496703205376) as int value in variable declaration (overflows)",
            "8:15: constant shift overflow",
            "9:30: cannot use 1.5 (untyped float constant) as int value in assignment (truncated)",
        ],
    );
}

#[test]
fn calls_and_assignments() {
    expect(
        "package main\nfunc f(a, b int) int { return a }\nfunc g() (int, string) { return 1, \"\" }\nfunc main() { f(1); f(1, 2, 3); f(g()); var x int = \"s\"; _ = x; y := 1 + \"a\"; x := 2; undefinedfn() }\n",
        &[
            "4:17: not enough arguments in call to f\n\thave (number)\n\twant (int, int)",
            "4:29: too many arguments in call to f\n\thave (number, number, number)\n\twant (int, int)",
            "4:35: cannot use g() (value of type string) as type int in argument to f",
            "4:53: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "4:70: invalid operation: 1 + \"a\" (mismatched types untyped int and untyped string)",
            "4:79: no new variables on left side of :=",
            "4:87: undefined: undefinedfn",
        ],
    );
    expect(
        "package main\ntype S struct{ a int }\nfunc f() (int, int) { return 1, 2 }\nfunc g() S { return S{} }\nfunc h() (int, error) { return 1 }\nfunc k() int { return 1, 2 }\nfunc main() {\n\tg().a = 1\n\tvar m map[string]S\n\tm[\"a\"].a = 2\n\ta, b, c := f()\n\tvar i interface{} = 1\n\tvar n int = i\n\t1 = 2\n\tprintln(a, b, c, n)\n}\n",
        &[
            "5:32: not enough return values\n\thave (number)\n\twant (int, error)",
            "6:26: too many return values\n\thave (number, number)\n\twant (int)",
            "8:2: cannot assign to g().a (value of type int)",
            "10:2: cannot assign to struct field m[\"a\"].a in map",
            "11:13: assignment mismatch: 3 variables but f returns 2 values",
            "13:14: cannot use i (variable of type interface{}) as type int in variable declaration:\n\tneed type assertion",
            "14:2: cannot assign to 1 (untyped int constant)",
        ],
    );
}

#[test]
fn interfaces_channels_conditions() {
    expect(
        "package main\ntype I interface{ M() }\ntype T struct{}\nfunc (t *T) M() {}\ntype U struct{}\nfunc h() int { for {} }\nfunc k(x int) int { if x > 0 { return 1 } }\nfunc main() {\n\tvar t T\n\tvar i I\n\ti = t\n\ti = U{}\n\t_ = i\n\tvar ch <-chan int\n\tch <- 1\n\tvar sc chan<- int\n\t<-sc\n\tif 1 { }\n\tx := 5\n\tx()\n}\n",
        &[
            "7:43: missing return",
            "11:6: cannot use t (variable of type T) as type I in assignment:\n\tT does not implement I (M method has pointer receiver)",
            "12:6: cannot use U{} (value of type U) as type I in assignment:\n\tU does not implement I (missing M method)",
            "15:2: invalid operation: cannot send to receive-only channel ch (variable of type <-chan int)",
            "17:4: invalid operation: cannot receive from send-only channel sc (variable of type chan<- int)",
            "18:5: non-boolean condition in if statement",
            "20:2: invalid operation: cannot call non-function x (variable of type int)",
        ],
    );
}

#[test]
fn operators_methods_builtins() {
    expect(
        "package main\n\nimport \"fmt\"\n\ntype T struct{ x int }\n\nfunc (t *T) M()  {}\nfunc (t T) V()   {}\nfunc f(a ...int) {}\nfunc main() {\n\tvar s []int\n\tvar m map[string]int\n\t_ = s == s\n\t_ = m == nil\n\tvar t T\n\tT{}.M()\n\tt.M()\n\t_ = t.y\n\tvar p *T\n\tp.V()\n\tf(s...)\n\tf(1, s...)\n\tvar i interface{} = t\n\t_ = i.(T)\n\tswitch v := i.(type) {\n\tcase int, string:\n\t}\n\tvar c chan int\n\tclose(c)\n\tfmt.Println(len(s, s))\n\t_ = append()\n\tx := 3\n\tx.foo()\n}\n",
        &[
            "13:6: invalid operation: s == s (slice can only be compared to nil)",
            "16:6: cannot call pointer method M on T",
            "18:8: t.y undefined (type T has no field or method y)",
            "22:7: too many arguments in call to f\n\thave (number, []int)\n\twant (...int)",
            "25:9: v declared but not used",
            "30:14: invalid operation: too many arguments for len(s, s) (expected 1, found 2)",
            "31:6: invalid operation: not enough arguments for append() (expected 1, found 0)",
            "33:4: x.foo undefined (type int has no field or method foo)",
        ],
    );
    expect(
        "package main\ntype MyInt int\nfunc main() {\n\tvar f float64 = 1.5\n\tn := int(f)\n\tvar mi MyInt = 3\n\tvar k int = mi\n\tvar q = \"x\" * 2\n\tvar z = !n\n\t_, _, _ = k, q, z\n\tvar e error = \"oops\"\n\t_ = e\n}\n",
        &[
            "7:14: cannot use mi (variable of type MyInt) as type int in variable declaration",
            "8:10: invalid operation: \"x\" * 2 (mismatched types untyped string and untyped int)",
            "9:11: invalid operation: operator ! not defined on n (variable of type int)",
            "11:16: cannot use \"oops\" (constant of type string) as type error in variable declaration:\n\tstring does not implement error (missing Error method)",
        ],
    );
}

#[test]
fn package_declarations() {
    expect(
        "package main\nvar a, b = f()\nvar c, d = 1\nvar e = g\nfunc f() int { return 1 }\nfunc g() {}\ntype T struct{ t T }\ntype A B\ntype B A\nfunc (t T) M() {}\nfunc (t T) M() {}\nfunc (i int) N() {}\nfunc init() {}\nvar z = init\nfunc main(a int) {}\n",
        &[
            "2:12: assignment mismatch: 2 variables but f returns 1 value",
            "3:12: assignment mismatch: 2 variables but 1 value",
            "7:6: invalid recursive type T",
            "8:6: invalid recursive type A",
            "11:12: T.M redeclared in this block",
            "12:9: cannot define new methods on non-local type int",
            "14:9: undefined: init",
            "15:6: func main must have no arguments and no return values",
        ],
    );
    // gc adds the cycle's positions to each "refers to" line
    let got = check("package main\nvar x = y\nvar y = x\nfunc main() {}\n");
    assert_eq!(got.len(), 1);
    assert!(
        got[0].starts_with("2:5: initialization loop for x"),
        "{got:?}"
    );
}

#[test]
fn generic_code_and_local_generic_types_check() {
    let got = check("package main\nfunc F[T any](x T) T { return x }\ntype S[T any] struct{ x T }\nfunc main() { F(S[int]{1}) }\n");
    assert!(got.is_empty(), "{got:?}");
    let got =
        check("package main\nfunc main() {\n\ttype S[T any] struct{ x T }\n\t_ = S[int]{}\n}\n");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn side_tables() {
    use lang::types::*;
    let src = "package main\nimport (\"fmt\"; \"sync\")\ntype P struct{ sync.Mutex; n int }\nvar b = a + 1\nvar a = 2\nfunc main() {\n\tvar x int8 = 1 << 3\n\tp := &P{}\n\tp.Lock()\n\tp.n++\n\tf := func() { x++ }\n\tf()\n\tvar i interface{} = p\n\tswitch v := i.(type) {\n\tcase *P:\n\t\tfmt.Println(v.n)\n\tdefault:\n\t\t_ = v\n\t}\n}\n";
    let (file, perrs) = parse_file(src);
    assert!(perrs.is_empty());
    let (tt, info, diags) = check_file(&file, src);
    assert!(diags.is_empty(), "{diags:?}");
    // init order: a before b
    let names: Vec<&str> = info
        .init_order
        .iter()
        .map(|(objs, _, _)| info.objects[objs[0].0 as usize].name.as_str())
        .collect();
    assert_eq!(names, ["a", "b"]);
    // x is captured by the closure; the constant 1 << 3 is recorded as int8 with value 8
    let x = info.objects.iter().find(|o| o.name == "x").unwrap();
    assert!(matches!(x.kind, ObjKind::Var { captured: true, .. }));
    let int8 = TypeTable::basic(BasicKind::Int8);
    assert!(info.exprs.iter().any(
        |tv| tv.typ == int8 && matches!(&tv.value, Some(ConstValue::Int(v)) if *v == 8.into())
    ));
    // p.Lock() is a promoted pointer method of sync.Mutex through the embedded field
    let lock = info.selections.values().find_map(|s| match s {
        Selection::Method { path, method, .. } => Some((path.clone(), *method)),
        _ => None,
    });
    let (path, m) = lock.unwrap();
    assert_eq!(path, [0]);
    assert!(
        matches!(&info.objects[m.0 as usize].kind, ObjKind::PkgMember { pkg, name } if pkg == "sync" && name == "Mutex.Lock")
    );
    // one implicit object per type-switch clause: *P in the first, interface{} in default
    assert_eq!(info.implicits.len(), 2);
    let mut tys: Vec<String> = info
        .implicits
        .values()
        .map(|o| lang::check::format::type_string(&tt, info.objects[o.0 as usize].typ))
        .collect();
    tys.sort();
    assert_eq!(tys, ["*P", "interface{}"]);
}

/// Records the constant values of all `const` objects of `src` (by name).
fn const_values(src: &str) -> std::collections::HashMap<String, lang::types::ConstValue> {
    let (file, perrs) = parse_file(src);
    assert!(perrs.is_empty(), "{perrs:?}");
    let (_tt, info, diags) = check_file(&file, src);
    assert!(diags.is_empty(), "{diags:?}");
    info.objects
        .iter()
        .filter_map(|o| match &o.kind {
            lang::types::ObjKind::Const(v) => Some((o.name.clone(), v.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn untyped_float_constants_are_exact() {
    use lang::types::ConstValue;
    let v = const_values(
        "package main\nconst a = 0.1 + 0.2\nconst b = 0.1\nconst c = b * 3\nconst d = -0.0\nconst e = 1.0 / 3 * 3\nconst f float64 = 0.1\nconst g = f + 0.2\nconst h = 0x1p-1074 / 2 * 2\nfunc main() {}\n",
    );
    let f = |n: &str| match &v[n] {
        ConstValue::Float(f) => *f,
        ConstValue::Int(i) => i.to_string().parse().unwrap(),
        other => panic!("{n}: {other:?}"),
    };
    assert_eq!(f("a"), 0.3);
    assert_eq!(f("c"), 0.3);
    assert!(f("d") == 0.0 && f("d").is_sign_positive());
    assert_eq!(f("e"), 1.0);
    // typed constants round to their type at each step
    assert_eq!(f("g"), 0.1f64 + 0.2f64);
    assert_eq!(f("h"), 5e-324);
}

#[test]
fn non_constant_operands_are_not_folded() {
    // `1 / zero` and `len(s)` of a string variable are values, not constants
    let src = "package main\nfunc main() {\n\tzero := 0\n\ts := \"abc\"\n\t_ = 1 / zero\n\t_ = len(s)\n}\n";
    let (file, _) = parse_file(src);
    let (_tt, info, diags) = check_file(&file, src);
    assert!(diags.is_empty(), "{diags:?}");
    for tv in info.exprs.iter() {
        assert!(
            tv.value.is_none() || tv.mode == lang::types::Mode::Constant,
            "non-constant expression with a value: {tv:?}"
        );
    }
    let consts = info.exprs.iter().filter(|tv| tv.value.is_some()).count();
    // 0, "abc", 1 only
    assert_eq!(consts, 3);
}

#[test]
fn assignment_arity_messages() {
    expect(
        "package main\nfunc two() (int, int) { return 1, 2 }\nfunc main() {\n\ta := two()\n\tvar b, c, d = 1, 2\n\tvar x = 1, 2\n\tvar e int\n\te = two()\n\t_, _, _, _, _, _ = a, b, c, d, x, e\n}\n",
        &[
            "4:7: assignment mismatch: 1 variable but two returns 2 values",
            "5:12: missing init expr for d",
            "6:13: extra init expr 2",
            "8:6: assignment mismatch: 1 variable but two returns 2 values",
        ],
    );
}

#[test]
fn method_sets_through_embedded_pointers() {
    // Set has a pointer receiver but is reached through the embedded *B: C implements Setter
    expect(
        "package main\ntype A struct{ n int }\nfunc (a *A) Set(n int) { a.n = n }\ntype B struct{ A }\ntype C struct{ *B }\ntype Setter interface{ Set(int) }\nfunc main() {\n\tvar s Setter = C{&B{}}\n\tvar t Setter = B{}\n\t_, _ = s, t\n}\n",
        &["9:17: cannot use B{} (value of type B) as type Setter in variable declaration:\n\tB does not implement Setter (Set method has pointer receiver)"],
    );
}

/// Parse-time branch diagnostics (gc's syntax/branches.go).
fn parse_diags(src: &str) -> Vec<String> {
    let (_file, diags) = parse_file(src);
    diags
        .iter()
        .map(|d| {
            let (l, c) = line_col(src, d.span.start);
            format!(
                "{l}:{c}: {}",
                d.message.replace(lang::diag::POS_MARK, "f.go:")
            )
        })
        .collect()
}

#[test]
fn labels_and_branches() {
    let mut got = parse_diags(
        "package main\n\nfunc main() {\nL:\n\tfor {\n\t\tbreak L\n\t}\nL:\n\tfor {\n\t}\n\tgoto M\n\tx := 1\n\t_ = x\nM:\n\tif true {\n\t\tbreak M\n\t}\nN:\n\tswitch {\n\tcase true:\n\t\tcontinue N\n\t}\n\tswitch interface{}(1).(type) {\n\tcase int:\n\t\tfallthrough\n\tcase string:\n\t}\n\t{\n\tI:\n\t}\n\tgoto I\n\tfunc() {\n\t\tgoto L\n\t}()\n\tgoto Z\n\tfallthrough\n\tbreak\n\tcontinue\nU:\n\tfor {\n\t\tbreak nowhere\n\t}\n}\n",
    );
    got.sort_by_key(|s| {
        let mut it = s.split(':');
        (
            it.next().unwrap().parse::<u32>().unwrap(),
            it.next().unwrap().parse::<u32>().unwrap(),
        )
    });
    assert_eq!(
        got,
        [
            "8:1: label L already defined at f.go:4:1",
            "11:7: goto M jumps over declaration of x at f.go:12:4",
            "16:9: invalid break label M",
            "21:12: invalid continue label N",
            "25:3: cannot fallthrough in type switch",
            "31:7: goto I jumps into block starting at f.go:28:2",
            "33:8: label L not defined",
            "35:7: label Z not defined",
            "36:2: fallthrough statement out of place",
            "37:2: break is not in a loop, switch, or select",
            "38:2: continue is not in a loop",
            "39:1: label U defined and not used",
            "41:9: break label not defined: nowhere",
        ]
    );
    // fallthrough rules in expression switches
    assert_eq!(
        parse_diags("package main\nfunc main() {\n\tswitch {\n\tcase false:\n\t\tif true {\n\t\t\tfallthrough\n\t\t}\n\tcase true:\n\t\tfallthrough\n\t}\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\tdefault:\n\t}\n}\n"),
        ["6:4: fallthrough statement out of place", "9:3: cannot fallthrough final case in switch"]
    );
}

#[test]
fn negative_constant_shift_floors_and_os_exit_does_not_terminate() {
    // `-5 >> 1 == -3` (floor, as gc), `-4 >> 1 == -2`; and a call of `os.Exit` is not a
    // terminating statement, so gc reports "missing return" after it.
    expect(
        "package main\nimport \"os\"\nvar a [-(-5 >> 1)]int\nvar b [3]int = a\nvar c [-(-4 >> 1)]int\nvar d [2]int = c\nfunc f() int { os.Exit(1) }\nfunc main() {}\n",
        &["7:27: missing return"],
    );
}
