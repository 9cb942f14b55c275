//! Parser and lexer tests: every construct parses cleanly, semicolon insertion, literal
//! decoding, ExprId numbering, and gc-compatible syntax errors with recovery.

use lang::ast::*;
use lang::diag::line_col;
use lang::lexer::{tokens, SemiKind, Tok};
use lang::parser::parse_file;

fn parse_ok(src: &str) -> File {
    let (f, d) = parse_file(src);
    assert!(d.is_empty(), "unexpected diagnostics for:\n{src}\n{d:#?}");
    check_ids(&f);
    f
}

/// Every ExprId is unique and below expr_count (nodes the parser rewrites, such as the
/// `x.(type)` of a type switch, leave a few unused ids).
fn check_ids(f: &File) {
    let dbg = format!("{f:?}");
    let mut ids: Vec<u32> = dbg
        .match_indices("ExprId(")
        .map(|(i, _)| {
            let rest = &dbg[i + 7..];
            rest[..rest.find(')').unwrap()].parse().unwrap()
        })
        .collect();
    ids.sort();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate ExprIds");
    assert!(
        ids.last().is_none_or(|&m| m < f.expr_count),
        "id beyond expr_count"
    );
    assert!(
        n as u32 + 8 * (1 + n as u32 / 64) >= f.expr_count,
        "too many unused ids: {n} of {}",
        f.expr_count
    );
}

fn errors(src: &str) -> Vec<(usize, usize, String)> {
    let (_, d) = parse_file(src);
    d.iter()
        .map(|d| {
            let (l, c) = line_col(src, d.span.start);
            (l, c, d.message.clone())
        })
        .collect()
}

fn main_body(body: &str) -> String {
    format!("package main\n\nfunc main() {{\n{body}\n}}\n")
}

fn body_stmts(f: &File) -> &[Stmt] {
    for d in &f.decls {
        if let Decl::Func(fd) = d {
            if fd.name.name == "main" {
                return &fd.body.as_ref().unwrap().stmts;
            }
        }
    }
    panic!("no main")
}

#[test]
fn declarations() {
    let f = parse_ok(
        r#"package main

import "fmt"
import (
	"os"
	m "math"
	_ "strings"
	. "sort"
)

const Pi = 3.14
const (
	A = iota
	B
	C
	_
	E, F = iota * 10, iota * 100
	G, H
)
const (
	KB int64 = 1 << (10 * (iota + 1))
	MB
)

var x int
var y, z = 1, "two"
var (
	p *int
	q []string = nil
	r map[string][]int
)

type T struct {
	a, b int
	c    string `json:"c"`
	T2
	*T3
	fmt.Stringer
	List[int]
	arr [4]int
	sl  []byte
	f   func(int) (int, error)
	ch  <-chan int
}
type Alias = T
type (
	I interface {
		M(x int) string
		fmt.Stringer
		N()
	}
	Num interface {
		~int | ~int64 | float64
	}
	Arr [3]int
	N   [Size * 2]int
	List[T any] struct{ items []T }
	Pair[K comparable, V any] struct {
		k K
		v V
	}
	Fn func(a, b int, rest ...string) bool
	C1 chan<- <-chan int
	C2 chan (<-chan int)
	C3 <-chan <-chan int
)

func f() {}
func g(a int, b, c string) (int, error) { return 0, nil }
func h(int, string) bool { return false }
func v(format string, args ...interface{}) {}
func (t T) M(x int) string { return "" }
func (t *T) N() {}
func (*T) O() {}
func (l *List[T]) Push(v T) {}
func Map[T, U any](s []T, f func(T) U) []U { return nil }
func Sum[T Num](xs ...T) (sum T) { return }
func named() (n int, err error) { return }
func arrs(a [4]int, b []int, c [N]string, d List[int], e pkg.T, f pkg.G[int]) {}
"#,
    );
    assert_eq!(f.imports.len(), 5);
    assert_eq!(f.imports[2].name.as_ref().unwrap().name, "m");
    assert_eq!(f.imports[4].name.as_ref().unwrap().name, ".");
    // const group with implicit repetition
    let Decl::Gen(GenDecl::Const(specs, _)) = &f.decls[1] else {
        panic!()
    };
    assert_eq!(specs.len(), 6);
    assert_eq!(specs[2].iota, 2);
    assert!(specs[2].implicit && specs[2].values.len() == 1);
    assert!(!specs[0].implicit);
    assert!(specs[5].implicit && specs[5].values.len() == 2 && specs[5].iota == 5);
    let Decl::Gen(GenDecl::Const(specs, _)) = &f.decls[2] else {
        panic!()
    };
    assert!(specs[1].implicit && specs[1].typ.is_some());
    // parameters are grouped as go/parser does
    let g = f
        .decls
        .iter()
        .find_map(|d| match d {
            Decl::Func(fd) if fd.name.name == "g" => Some(fd),
            _ => None,
        })
        .unwrap();
    assert_eq!(g.typ.params.len(), 2);
    assert_eq!(g.typ.params[1].names.len(), 2);
    assert_eq!(g.typ.results.len(), 2);
    let v = f
        .decls
        .iter()
        .find_map(|d| match d {
            Decl::Func(fd) if fd.name.name == "v" => Some(fd),
            _ => None,
        })
        .unwrap();
    assert!(v.typ.variadic);
    let arrs = f
        .decls
        .iter()
        .find_map(|d| match d {
            Decl::Func(fd) if fd.name.name == "arrs" => Some(fd),
            _ => None,
        })
        .unwrap();
    assert_eq!(arrs.typ.params.len(), 6);
    assert!(matches!(
        arrs.typ.params[0].typ.kind,
        ExprKind::ArrayType { len: Some(_), .. }
    ));
    assert!(matches!(arrs.typ.params[3].typ.kind, ExprKind::Index(..)));
    let m = f
        .decls
        .iter()
        .find_map(|d| match d {
            Decl::Func(fd) if fd.name.name == "Map" => Some(fd),
            _ => None,
        })
        .unwrap();
    assert_eq!(m.type_params.len(), 1);
    assert_eq!(m.type_params[0].names.len(), 2);
    // type declarations
    let Decl::Gen(GenDecl::Type(ts, _)) = &f
        .decls
        .iter()
        .filter(|d| matches!(d, Decl::Gen(GenDecl::Type(..))))
        .nth(2)
        .unwrap()
    else {
        panic!()
    };
    let find = |n: &str| ts.iter().find(|t| t.name.name == n).unwrap();
    assert!(
        matches!(find("Arr").typ.kind, ExprKind::ArrayType { .. })
            && find("Arr").type_params.is_empty()
    );
    assert!(
        matches!(find("N").typ.kind, ExprKind::ArrayType { .. })
            && find("N").type_params.is_empty()
    );
    assert_eq!(find("Pair").type_params.len(), 2);
    let ExprKind::ChanType(ChanDir::Send, inner) = &find("C1").typ.kind else {
        panic!()
    };
    assert!(matches!(inner.kind, ExprKind::ChanType(ChanDir::Recv, _)));
    let ExprKind::ChanType(ChanDir::Recv, inner) = &find("C3").typ.kind else {
        panic!()
    };
    assert!(matches!(inner.kind, ExprKind::ChanType(ChanDir::Recv, _)));
    let ExprKind::InterfaceType(elems) = &find("Num").typ.kind else {
        panic!()
    };
    assert!(matches!(elems[0].typ.kind, ExprKind::Union(ref v) if v.len() == 3));
    let Decl::Gen(GenDecl::Type(ts, _)) = &f
        .decls
        .iter()
        .find(|d| matches!(d, Decl::Gen(GenDecl::Type(..))))
        .unwrap()
    else {
        panic!()
    };
    let ExprKind::StructType(fields) = &ts[0].typ.kind else {
        panic!()
    };
    assert_eq!(fields[0].names.len(), 2);
    assert_eq!(fields[1].tag.as_deref(), Some("json:\"c\""));
    assert!(
        fields[2].names.is_empty()
            && fields[3].names.is_empty()
            && fields[4].names.is_empty()
            && fields[5].names.is_empty()
    );
    assert_eq!(fields[6].names[0].name, "arr");
}

#[test]
fn statements() {
    let src = main_body(
        r#"
	x := 1
	x++
	x--
	x += 2; x -= 1; x *= 3; x /= 2; x %= 5; x &= 7; x |= 8; x ^= 1; x <<= 2; x >>= 1; x &^= 4
	a, b := 1, 2
	a, b = b, a
	var s []int
	const c = 3
	type L struct{}
	if x > 0 {
	} else if y := x; y < 0 {
	} else {
	}
	for {
		break
	}
	for x < 10 {
		x++
	}
	for i := 0; i < 10; i++ {
		continue
	}
	for ; ; {
		break
	}
	for i := range s {
		_ = i
	}
	for i, v := range s {
		_, _ = i, v
	}
	for k, v = range m {
	}
	for range s {
	}
	for i := range 10 {
		_ = i
	}
	for _, b := range []byte("hi") {
		_ = b
	}
	for _, p := range []Point{{1, 2}} {
		_ = p
	}
outer:
	for {
		for {
			break outer
			continue outer
		}
	}
	goto end
end:
	switch {
	case x > 1:
		fallthrough
	case x > 2, x < 0:
	default:
	}
	switch x := f(); x {
	case 1:
	}
	switch y {
	}
	switch t := v.(type) {
	case int, string:
		_ = t
	case []int, map[string]int, *T, chan int, func(), nil:
	case struct{}, interface{ M() }:
	}
	switch v.(type) {
	}
	switch x := 5; y := v.(type) {
	}
	select {
	case v := <-ch:
		_ = v
	case v, ok := <-ch:
		_, _ = v, ok
	case x = <-ch:
	case <-ch:
	case ch <- 1:
	default:
	}
	select {}
	go f()
	go func() {}()
	defer g(1)
	defer func() { recover() }()
	ch <- 3
	<-ch
	{
		x := 2
		_ = x
	}
	;
	return
"#,
    );
    let f = parse_ok(&src);
    let s = body_stmts(&f);
    assert!(s
        .iter()
        .any(|s| matches!(s.kind, StmtKind::TypeSwitch { bind: Some(_), .. })));
    assert!(s
        .iter()
        .any(|s| matches!(s.kind, StmtKind::TypeSwitch { bind: None, .. })));
    assert!(s.iter().any(|s| matches!(
        s.kind,
        StmtKind::TypeSwitch {
            init: Some(_),
            bind: Some(_),
            ..
        }
    )));
    assert!(s.iter().any(|s| matches!(
        &s.kind,
        StmtKind::Range {
            key: None,
            value: None,
            ..
        }
    )));
    assert!(s.iter().any(|s| matches!(
        &s.kind,
        StmtKind::Range {
            key: Some(_),
            value: Some(_),
            define: false,
            ..
        }
    )));
    assert!(s
        .iter()
        .any(|s| matches!(&s.kind, StmtKind::Labeled(l, _) if l.name == "outer")));
    assert!(s
        .iter()
        .any(|s| matches!(&s.kind, StmtKind::Select(c) if c.len() == 6)));
    assert!(s.iter().any(|s| matches!(
        &s.kind,
        StmtKind::Assign {
            op: AssignOp::Op(BinaryOp::AndNot),
            ..
        }
    )));
}

#[test]
fn expressions() {
    let src = main_body(
        r#"
	_ = a + b*c - d/e%f<<2>>1&g&^h | i ^ j
	_ = a == b && c != d || e < f && g <= h || i > j && k >= l
	_ = -x + +y - ^z + !w
	_ = &x; _ = *p; _ = <-ch
	_ = f(1, 2)(3)
	_ = f(xs...)
	_ = f(a, b,)
	_ = s[1]; _ = s[1:]; _ = s[:2]; _ = s[:]; _ = s[1:2:3]; _ = s[:2:3]
	_ = x.(int); _ = x.(*T); _ = x.([]int); _ = x.(fmt.Stringer); _ = x.(interface{ M() })
	_ = T{}; _ = T{1, 2}; _ = T{a: 1, b: 2}; _ = &T{}
	_ = pkg.T{X: 1}
	_ = []int{1, 2, 3}; _ = [...]string{"a", "b"}; _ = [2][2]int{{1, 2}, {3, 4}}
	_ = map[string]int{"a": 1}; _ = map[Point]string{{1, 2}: "a"}
	_ = []*Point{{1, 2}, &Point{3, 4}}
	_ = struct{ a int }{1}
	_ = func(x int) int { return x * 2 }(3)
	_ = (*T)(nil); _ = []byte("s"); _ = string(b); _ = (chan int)(nil)
	_ = (*T).M; _ = T.M
	_ = interface{}(1)
	_ = make([]int, 3); _ = make(map[string]int); _ = make(chan int, 1); _ = make(chan<- int); _ = new(int)
	_ = new(func()); _ = make(chan func(), 1)
	_ = F[int](1); _ = F[int, string]; _ = List[int]{}; _ = Pair[string, int]{"a", 1}
	_ = F[[]int]; _ = F[map[string]int]
	_ = 'a' + '\n' + '\x41' + '\u00e9' + '\U0001F600' + '\101'
	_ = "s" + `raw`
	_ = 1 + 2i + 1.5 + .5 + 1e3 + 0x1p-2 + 0o17 + 0b101 + 017 + 1_000
	if x == (T{}) {
	}
	if f(T{1, 2}) {
	}
	for i := 0; i < len([]int{1, 2}); i++ {
	}
	switch (T{}).x {
	}
	if v, ok := m[T{}]; ok {
	}
	if fn := func() bool { return true }; fn() {
	}
"#,
    );
    let f = parse_ok(&src);
    let s = body_stmts(&f);
    // precedence: a + b*c ... top node of the first is `|`-level ...
    let StmtKind::Assign { rhs, .. } = &s[0].kind else {
        panic!()
    };
    assert!(matches!(rhs[0].kind, ExprKind::Binary(BinaryOp::Xor, _, _)));
    let StmtKind::Assign { rhs, .. } = &s[1].kind else {
        panic!()
    };
    assert!(matches!(
        rhs[0].kind,
        ExprKind::Binary(BinaryOp::LogOr, _, _)
    ));
}

#[test]
fn composite_literal_in_header_is_not_a_literal() {
    // `if x == T {` would make T{...} the block; gc reports it.
    let e = errors(&main_body("\tif x == T{} {\n\t}"));
    assert_eq!(
        e,
        vec![(
            4,
            14,
            "syntax error: unexpected { at end of statement".to_string()
        )]
    );
}

#[test]
fn semicolon_insertion() {
    use Tok::*;
    let nl = Semi(SemiKind::Newline);
    assert_eq!(
        tokens("x\ny"),
        vec![
            Ident("x".into()),
            nl.clone(),
            Ident("y".into()),
            Semi(SemiKind::Eof)
        ]
    );
    assert_eq!(tokens("return\n"), vec![Return, nl.clone()]);
    assert_eq!(
        tokens("f(\n)"),
        vec![Ident("f".into()), LParen, RParen, Semi(SemiKind::Eof)]
    );
    assert_eq!(
        tokens("x++ // c\ny--"),
        vec![
            Ident("x".into()),
            Inc,
            nl.clone(),
            Ident("y".into()),
            Dec,
            Semi(SemiKind::Eof)
        ]
    );
    assert_eq!(
        tokens("x /* a\nb */ y"),
        vec![
            Ident("x".into()),
            nl.clone(),
            Ident("y".into()),
            Semi(SemiKind::Eof)
        ]
    );
    assert_eq!(
        tokens("x /* a b */ y"),
        vec![Ident("x".into()), Ident("y".into()), Semi(SemiKind::Eof)]
    );
    assert_eq!(
        tokens("a +\nb"),
        vec![
            Ident("a".into()),
            Add,
            Ident("b".into()),
            Semi(SemiKind::Eof)
        ]
    );
    assert_eq!(tokens("}"), vec![RBrace, Semi(SemiKind::Eof)]);
    assert_eq!(tokens("{\n"), vec![LBrace]);
    assert_eq!(
        tokens("break\ncontinue\nfallthrough\n]\n"),
        vec![
            Break,
            nl.clone(),
            Continue,
            nl.clone(),
            Fallthrough,
            nl.clone(),
            RBrack,
            nl.clone()
        ]
    );
    assert_eq!(
        tokens("1\n'a'\n\"s\"\n`r`\n2.5\n3i\n")
            .iter()
            .filter(|t| **t == nl)
            .count(),
        6
    );
    assert_eq!(
        tokens("x :=\n1"),
        vec![
            Ident("x".into()),
            Define,
            Int("1".into()),
            Semi(SemiKind::Eof)
        ]
    );
    // the semicolon's span is the newline itself (gc reports "unexpected newline" there)
    let toks: Vec<_> = lang::lexer::Lexer::new("ab  \ncd")
        .filter_map(|t| t.ok())
        .collect();
    assert_eq!((toks[1].0, toks[1].2), (4, 5));
    // multi-line composite literal without trailing comma
    let e = errors(&main_body("\tx := []int{\n\t\t1,\n\t\t2\n\t}\n\t_ = x"));
    assert_eq!(
        e,
        vec![(
            6,
            4,
            "syntax error: unexpected newline in composite literal; possibly missing comma or }"
                .to_string()
        )]
    );
    // file without trailing newline
    parse_ok("package main\nfunc main() {}");
    // unicode identifiers
    parse_ok("package main\nfunc main() { π := 3.14; 変数 := π; _ = 変数 }\n");
}

fn lit(src: &str) -> BasicLit {
    let f = parse_ok(&format!("package p\nvar _ = {src}\n"));
    let Decl::Gen(GenDecl::Var(v, _)) = &f.decls[0] else {
        panic!()
    };
    let ExprKind::BasicLit(l) = &v[0].values[0].kind else {
        panic!("{:?}", v[0].values[0])
    };
    l.clone()
}

#[test]
fn literals() {
    let int = |s: &str| match lit(s) {
        BasicLit::Int(t) => t,
        l => panic!("{l:?}"),
    };
    for s in [
        "42",
        "0x2A",
        "0X2a",
        "052",
        "0o52",
        "0O52",
        "0b101010",
        "0B1",
        "1_000_000",
        "0x_FF",
        "0",
        "00",
    ] {
        assert_eq!(int(s), s);
    }
    let float = |s: &str| match lit(s) {
        BasicLit::Float(t) => t,
        l => panic!("{s}: {l:?}"),
    };
    for s in [
        "1.5",
        ".5",
        "1.",
        "1e3",
        "1E-3",
        "6.02214076e23",
        "1_000.000_1",
        "0x1p-2",
        "0x1.8p1",
        "0X.8p0",
        "0x_1p4",
        "00.5",
        "010.5",
    ] {
        assert_eq!(float(s), s);
    }
    for s in ["0i", "1e2i", "0x10i", "3i", "1.5i", "012i"] {
        assert!(matches!(lit(s), BasicLit::Imag(t) if t == s));
    }
    let rune = |s: &str| match lit(s) {
        BasicLit::Rune(c) => c,
        l => panic!("{l:?}"),
    };
    assert_eq!(rune("'a'"), 97);
    assert_eq!(rune("'é'"), 0xe9);
    assert_eq!(rune(r"'\a'"), 7);
    assert_eq!(rune(r"'\b'"), 8);
    assert_eq!(rune(r"'\f'"), 12);
    assert_eq!(rune(r"'\n'"), 10);
    assert_eq!(rune(r"'\r'"), 13);
    assert_eq!(rune(r"'\t'"), 9);
    assert_eq!(rune(r"'\v'"), 11);
    assert_eq!(rune(r"'\\'"), 92);
    assert_eq!(rune(r"'\''"), 39);
    assert_eq!(rune(r"'\x41'"), 65);
    assert_eq!(rune(r"'\xff'"), 255);
    assert_eq!(rune(r"'\377'"), 255);
    assert_eq!(rune(r"'\u00e9'"), 0xe9);
    assert_eq!(rune(r"'\U0001F600'"), 0x1F600);
    let string = |s: &str| match lit(s) {
        BasicLit::Str(b) => b,
        l => panic!("{l:?}"),
    };
    assert_eq!(string(r#""a\tb\n""#), b"a\tb\n");
    assert_eq!(string(r#""\xff\x00""#), vec![0xff, 0]);
    assert_eq!(string(r#""\u00e9\U0001F600""#), "é😀".as_bytes());
    assert_eq!(string(r#""\101\"\\""#), b"A\"\\");
    assert_eq!(string(r#""日本""#), "日本".as_bytes());
    assert_eq!(string("`a\\n\r\nb`"), b"a\\n\nb");
}

#[test]
fn lexical_errors() {
    let e = errors("package main\n\nfunc main() {\n\ts := \"abc\n\t_ = s\n\t@\n\tx := 0x\n\ty := 09\n\tz := '\\q'\n}\n");
    let msgs: Vec<_> = e.iter().map(|(l, c, m)| format!("{l}:{c}: {m}")).collect();
    assert_eq!(
        msgs,
        vec![
            "4:11: newline in string",
            "6:2: invalid character U+0040 '@'",
            "7:9: hexadecimal literal has no digits",
            "8:8: invalid digit '9' in octal literal",
            "9:9: unknown escape",
        ]
    );
}

/// Three syntax errors in three functions: three diagnostics at gc's positions
/// (checked against `go tool compile` 1.19).
#[test]
fn three_syntax_errors_recovered() {
    let src = r#"package main

import "fmt"

func a() {
	x := = 1
	fmt.Println(x)
}

func b() {
	y := 1 2
	fmt.Println(y)
}

func c() {
	z := []int{1,
		2
	}
	fmt.Println(z)
}

func main() {
	a()
}
"#;
    let e = errors(src);
    assert_eq!(e, vec![
        (6, 7, "syntax error: unexpected =, expecting expression".to_string()),
        (11, 9, "syntax error: unexpected literal 2 at end of statement".to_string()),
        (17, 4, "syntax error: unexpected newline in composite literal; possibly missing comma or }".to_string()),
    ]);
    // The file still has all four functions.
    let (f, _) = parse_file(src);
    assert_eq!(
        f.decls
            .iter()
            .filter(|d| matches!(d, Decl::Func(_)))
            .count(),
        4
    );
}

#[test]
fn gc_messages() {
    let cases: &[(&str, (usize, usize, &str))] = &[
        ("\tfor i := 0; i < 3 i++ {\n\t}", (4, 20, "syntax error: unexpected i, expecting semicolon or newline")),
        ("\tf(1,\n\t  2\n\t)", (5, 5, "syntax error: unexpected newline in argument list; possibly missing comma or )")),
        ("\tprintln(\"a\" \"b\")", (4, 14, "syntax error: unexpected literal \"b\" in argument list; possibly missing comma or )")),
        ("\tvar 3 = 4", (4, 6, "syntax error: unexpected literal 3, expecting name")),
        ("\tswitch x {\n\tcase 1\n\t}", (5, 8, "syntax error: unexpected newline, expecting :")),
        ("\tif x {\n\t} else if {\n\t}", (5, 12, "syntax error: missing condition in if statement")),
        ("\tif x := 1 {\n\t}", (4, 7, "syntax error: cannot use x := 1 as value")),
        ("\tif x\n\t{\n\t}", (4, 6, "syntax error: unexpected newline, expecting { after if clause")),
        ("\tx++ y", (4, 6, "syntax error: unexpected y at end of statement")),
        ("\treturn 1,", (5, 1, "syntax error: unexpected }, expecting expression")),
        ("\tgo func() {}", (4, 5, "expression in go must be function call")),
        ("\tselect {\n\tcase x = 1:\n\t}", (5, 7, "select case must be send or receive (possibly with assignment)")),
        ("\tx := struct{a int b int}{}", (4, 20, "syntax error: unexpected b in struct type; possibly missing semicolon or newline or }")),
        ("\tfunc f() {}", (4, 7, "syntax error: unexpected f, expecting (")),
        ("\ta.b.(int\n\tx := 1", (4, 10, "syntax error: unexpected newline, expecting )")),
    ];
    for (body, (l, c, m)) in cases {
        let e = errors(&main_body(body));
        assert_eq!(
            e.first(),
            Some(&(*l, *c, m.to_string())),
            "for {body:?}: {e:?}"
        );
    }
    let files: &[(&str, (usize, usize, &str))] = &[
        ("package main\n\nfunc f(a int b int) {}\n", (3, 14, "syntax error: unexpected b in parameter list; possibly missing comma or )")),
        ("package main\n\nfunc f() {}\n}\n", (4, 1, "syntax error: non-declaration statement outside function body")),
        ("package main\n\nx := 1\n", (3, 1, "syntax error: non-declaration statement outside function body")),
        ("package main\n\nfunc f()\n{\n}\n", (4, 1, "syntax error: unexpected semicolon or newline before {")),
        ("package main\n\nfunc f() {\n", (4, 1, "syntax error: unexpected EOF, expecting }")),
        ("x := 1\n", (1, 1, "syntax error: package statement must be first")),
        ("package main\n\ntype T struct {\n\ta int,\n}\n", (4, 7, "syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }")),
        ("package main\n\nconst (\n\ta = iota\n\tb c\n)\n", (5, 2, "missing init expr for b")),
    ];
    for (src, (l, c, m)) in files {
        let e = errors(src);
        assert_eq!(
            e.first(),
            Some(&(*l, *c, m.to_string())),
            "for {src:?}: {e:?}"
        );
    }
}

#[test]
fn spans_and_ids() {
    let src = "package main\n\nfunc main() {\n\tx := foo(1, \"a\")\n}\n";
    let f = parse_ok(src);
    let StmtKind::Assign { rhs, lhs, .. } = &body_stmts(&f)[0].kind else {
        panic!()
    };
    assert_eq!(
        &src[rhs[0].span.start as usize..rhs[0].span.end as usize],
        "foo(1, \"a\")"
    );
    assert_eq!(
        &src[lhs[0].span.start as usize..lhs[0].span.end as usize],
        "x"
    );
}
