//! Unit tests of the pure formatting/parsing engines (fmt verbs and printer, strconv), with
//! expectations taken from Go 1.19 output.

// The inputs are literal decimals (`3.14159`) copied from the Go programs whose output the
// expectations record, not stand-ins for `PI`.
#![allow(clippy::approx_constant)]

use stdlib::fmt::printer::{Host, Kind, MethodFailure, MethodResult, Printer};
use stdlib::fmt::verbs::Flags;
use stdlib::strconv::ftoa::format_float;
use stdlib::strconv::parse::{num_error, parse_float, parse_int, NumErr};
use stdlib::strconv::quote::{quote, quote_ascii, quote_rune, unquote};

#[derive(Clone, Debug)]
enum TV {
    Nil,
    Bool(bool),
    Int(i64, &'static str),
    Uint(u64, &'static str),
    F64(f64),
    F32(f64),
    Str(&'static str),
    /// A named string type `main.S` with `String() string` = `S<..>`.
    S(&'static str),
    Slice(Vec<TV>, &'static str, bool),
    Struct(Vec<(&'static str, TV)>, &'static str),
    Ptr(Box<TV>, &'static str),
}

struct TH;

impl Host for TH {
    type V = TV;
    type Err = ();
    fn kind(&self, v: &TV) -> Kind {
        match v {
            TV::Nil => Kind::Invalid,
            TV::Bool(_) => Kind::Bool,
            TV::Int(..) => Kind::Int,
            TV::Uint(..) => Kind::Uint,
            TV::F64(_) => Kind::Float64,
            TV::F32(_) => Kind::Float32,
            TV::Str(_) | TV::S(_) => Kind::String,
            TV::Slice(..) => Kind::Slice,
            TV::Struct(..) => Kind::Struct,
            TV::Ptr(..) => Kind::Pointer,
        }
    }
    fn type_name(&self, v: &TV) -> String {
        match v {
            TV::Nil => "<nil>".into(),
            TV::Bool(_) => "bool".into(),
            TV::Int(_, t)
            | TV::Uint(_, t)
            | TV::Slice(_, t, _)
            | TV::Struct(_, t)
            | TV::Ptr(_, t) => t.to_string(),
            TV::F64(_) => "float64".into(),
            TV::F32(_) => "float32".into(),
            TV::Str(_) => "string".into(),
            TV::S(_) => "main.S".into(),
        }
    }
    fn bool_of(&self, v: &TV) -> bool {
        matches!(v, TV::Bool(true))
    }
    fn int_of(&self, v: &TV) -> i64 {
        match v {
            TV::Int(i, _) => *i,
            _ => 0,
        }
    }
    fn uint_of(&self, v: &TV) -> u64 {
        match v {
            TV::Uint(i, _) => *i,
            _ => 0,
        }
    }
    fn float_of(&self, v: &TV) -> f64 {
        match v {
            TV::F64(f) | TV::F32(f) => *f,
            _ => 0.0,
        }
    }
    fn complex_of(&self, _: &TV) -> (f64, f64) {
        (0.0, 0.0)
    }
    fn string_of(&self, v: &TV) -> Vec<u8> {
        match v {
            TV::Str(s) | TV::S(s) => s.as_bytes().to_vec(),
            _ => vec![],
        }
    }
    fn is_nil(&self, v: &TV) -> bool {
        matches!(v, TV::Slice(_, _, true))
    }
    fn pointer(&self, _: &TV) -> u64 {
        0xc000010000
    }
    fn len(&self, v: &TV) -> usize {
        match v {
            TV::Slice(e, ..) => e.len(),
            _ => 0,
        }
    }
    fn index(&self, v: &TV, i: usize) -> TV {
        match v {
            TV::Slice(e, ..) => e[i].clone(),
            _ => TV::Nil,
        }
    }
    fn elem_is_u8(&self, v: &TV) -> bool {
        matches!(v, TV::Slice(_, "[]byte" | "[]uint8", _))
    }
    fn num_field(&self, v: &TV) -> usize {
        match v {
            TV::Struct(f, _) => f.len(),
            _ => 0,
        }
    }
    fn field_name(&self, v: &TV, i: usize) -> String {
        match v {
            TV::Struct(f, _) => f[i].0.to_string(),
            _ => String::new(),
        }
    }
    fn field(&self, v: &TV, i: usize) -> TV {
        match v {
            TV::Struct(f, _) => f[i].1.clone(),
            _ => TV::Nil,
        }
    }
    fn elem(&self, v: &TV) -> TV {
        match v {
            TV::Ptr(e, _) => (**e).clone(),
            _ => TV::Nil,
        }
    }
    fn map_sorted(&mut self, _: &TV) -> Result<Vec<(TV, TV)>, ()> {
        Ok(vec![])
    }
    fn can_interface(&self, _: &TV) -> bool {
        true
    }
    fn has_method(&self, v: &TV, name: &str) -> bool {
        matches!(v, TV::S(_)) && name == "String"
    }
    fn call_format(&mut self, _: &TV, _: char, _: Flags) -> Option<MethodResult<TV, ()>> {
        None
    }
    fn call_string_method(&mut self, v: &TV, _: &str) -> Result<Vec<u8>, MethodFailure<TV, ()>> {
        match v {
            TV::S(s) => Ok(format!("S<{s}>").into_bytes()),
            _ => Err(MethodFailure::PanickedText("x".into())),
        }
    }
}

fn int(i: i64) -> Option<TV> {
    Some(TV::Int(i, "int"))
}
fn f(x: f64) -> Option<TV> {
    Some(TV::F64(x))
}
fn s(x: &'static str) -> Option<TV> {
    Some(TV::Str(x))
}

fn sprintf(format: &str, args: &[Option<TV>]) -> String {
    let mut h = TH;
    let mut p = Printer::new(&mut h);
    p.do_printf(format.as_bytes(), args).unwrap();
    String::from_utf8(p.fmt.buf).unwrap()
}

#[test]
fn integers() {
    let c = |x: char| int(x as i64);
    assert_eq!(
        sprintf(
            "%d %5d %-5d| %05d %+d %x %X %#x %o %#o %O %b %c %q %U %#U",
            &[
                int(42),
                int(42),
                int(42),
                int(-42),
                int(42),
                int(255),
                int(255),
                int(255),
                int(8),
                int(8),
                int(8),
                int(5),
                c('x'),
                c('x'),
                int(0x1F600),
                c('x')
            ]
        ),
        "42    42 42   | -0042 +42 ff FF 0xff 10 010 0o10 101 x 'x' U+1F600 U+0078 'x'"
    );
    assert_eq!(
        sprintf(
            "%v %v",
            &[
                Some(TV::Int(-128, "int8")),
                Some(TV::Uint(u64::MAX, "uint64"))
            ]
        ),
        "-128 18446744073709551615"
    );
    assert_eq!(
        sprintf("%c %c %q %q", &[int(65), int(0x4E16), int(0x4E16), int(10)]),
        "A 世 '世' '\\n'"
    );
}

#[test]
fn floats() {
    assert_eq!(
        sprintf(
            "%v %.2f %e %E %g %G %8.3f %-8.3f| %08.3f %+.1e % f",
            &[f(3.14159), f(3.14159), f(1234.5678), f(1234.5678), f(1234.5678), f(1e21), f(3.14159), f(3.14159), f(-3.14159), f(12345.0), f(1.5)]
        ),
        "3.14159 3.14 1.234568e+03 1.234568E+03 1234.5678 1E+21    3.142 3.142   | -003.142 +1.2e+04  1.500000"
    );
    assert_eq!(
        sprintf(
            "%v %v %v %v %v %v %v",
            &[
                f(1.0),
                f(0.1),
                f(1e6),
                f(1e21),
                f(1e-5),
                f(123456789.0),
                f(1.0 / 3.0)
            ]
        ),
        "1 0.1 1e+06 1e+21 1e-05 1.23456789e+08 0.3333333333333333"
    );
    let f32v = |x: f32| Some(TV::F32(x as f64));
    assert_eq!(
        sprintf("%v %v %v", &[f32v(0.1), f32v(1.0 / 3.0), f32v(16777216.0)]),
        "0.1 0.33333334 1.6777216e+07"
    );
    assert_eq!(
        sprintf(
            "%g %.3g %.10g %#g %#.3g %#v",
            &[
                f(100000.0),
                f(3.14159),
                f(1.0 / 3.0),
                f(1.0),
                f(2.0),
                f(1.0)
            ]
        ),
        "100000 3.14 0.3333333333 1.00000 2.00 1"
    );
    assert_eq!(
        sprintf(
            "%v %.0f %.0f %.0f %.1f %.1f",
            &[f(2.5), f(0.5), f(1.5), f(2.5), f(0.25), f(0.35)]
        ),
        "2.5 0 2 2 0.2 0.3"
    );
    assert_eq!(
        sprintf(
            "%6.2f|%-8v|%08d|%+08d|%x",
            &[f(-1.0), f(1.5), int(-123), int(123), int(-255)]
        ),
        " -1.00|1.5     |-0000123|+0000123|-ff"
    );
    assert_eq!(
        sprintf(
            "%e %g %v %v %v",
            &[f(0.0), f(0.0), f(-0.0), f(1e100), f(5e-324)]
        ),
        "0.000000e+00 0 -0 1e+100 5e-324"
    );
    assert_eq!(
        sprintf(
            "%.3e %.0e %10.4g|%-10.4g|",
            &[f(123456.0), f(5.5), f(123.456), f(0.000012345)]
        ),
        "1.235e+05 6e+00      123.5|1.234e-05 |"
    );
    assert_eq!(
        sprintf(
            "%08.3f|%-08.3f|%+08.3f|% 8.3f",
            &[f(3.14159), f(3.14159), f(3.14159), f(3.14159)]
        ),
        "0003.142|3.142   |+003.142|   3.142"
    );
    assert_eq!(sprintf("%#x", &[f(3.5)]), "0x1.c000p+01");
}

#[test]
fn strings_and_errors() {
    assert_eq!(
        sprintf(
            "%s|%10s|%-10s|%.2s|%q|%x|%X|% x|%#x",
            &[
                s("hello"),
                s("hi"),
                s("hi"),
                s("hello"),
                s("a\"b\n\x00é"),
                s("hi"),
                s("hi"),
                s("hi"),
                s("hi")
            ]
        ),
        "hello|        hi|hi        |he|\"a\\\"b\\n\\x00é\"|6869|6869|68 69|0x6869"
    );
    assert_eq!(
        sprintf(
            "%t %v %5t",
            &[
                Some(TV::Bool(true)),
                Some(TV::Bool(false)),
                Some(TV::Bool(true))
            ]
        ),
        "true false  true"
    );
    assert_eq!(
        sprintf("%d %s", &[s("hi"), int(5)]),
        "%!d(string=hi) %!s(int=5)"
    );
    assert_eq!(sprintf("%d", &[int(1), int(2)]), "1%!(EXTRA int=2)");
    assert_eq!(sprintf("%d %d", &[int(1)]), "1 %!d(MISSING)");
    assert_eq!(sprintf("%!", &[int(1)]), "%!!(int=1)");
    assert_eq!(sprintf("%z", &[int(3)]), "%!z(int=3)");
    assert_eq!(
        sprintf(
            "%*d|%-*d|%.*f",
            &[int(5), int(1), int(5), int(2), int(2), f(3.14159)]
        ),
        "    1|2    |3.14"
    );
    assert_eq!(sprintf("%[2]d %[1]d", &[int(1), int(2)]), "2 1");
    assert_eq!(
        sprintf(
            "%5.1q|%q|%#q|%+q",
            &[s("héllo"), s("`x`"), s("abc"), s("héllo")]
        ),
        "  \"h\"|\"`x`\"|`abc`|\"h\\u00e9llo\""
    );
    assert_eq!(
        sprintf("%5s|%05s|%.0s|%5.1s", &[s("ab"), s("ab"), s("ab"), s("ab")]),
        "   ab|000ab||    a"
    );
    assert_eq!(sprintf("%x %X", &[s("héllo"), int(-1)]), "68c3a96c6c6f -1");
    assert_eq!(
        sprintf("%T %T %T %T", &[int(1), s("s"), f(1.5), None]),
        "int string float64 <nil>"
    );
    assert_eq!(sprintf("%v", &[None]), "<nil>");
}

#[test]
fn composites() {
    let t = |x: i64, y: &'static str| {
        TV::Struct(vec![("X", TV::Int(x, "int")), ("Y", TV::Str(y))], "main.T")
    };
    assert_eq!(
        sprintf(
            "%v %+v %#v",
            &[Some(t(1, "a")), Some(t(1, "a")), Some(t(1, "a"))]
        ),
        "{1 a} {X:1 Y:a} main.T{X:1, Y:\"a\"}"
    );
    let ints = TV::Slice(
        vec![TV::Int(1, "int"), TV::Int(2, "int"), TV::Int(3, "int")],
        "[]int",
        false,
    );
    assert_eq!(
        sprintf(
            "%v %v",
            &[Some(TV::Ptr(Box::new(t(2, "b")), "*main.T")), Some(ints)]
        ),
        "&{2 b} [1 2 3]"
    );
    let strs = TV::Slice(vec![TV::Str("a"), TV::Str("b")], "[]string", false);
    let strs1 = TV::Slice(vec![TV::Str("a")], "[]string", false);
    let hi = TV::Slice(
        vec![TV::Uint(104, "uint8"), TV::Uint(105, "uint8")],
        "[]uint8",
        false,
    );
    assert_eq!(
        sprintf(
            "%v %#v %v %s %x",
            &[
                Some(strs),
                Some(strs1),
                Some(hi.clone()),
                Some(hi.clone()),
                Some(hi)
            ]
        ),
        "[a b] []string{\"a\"} [104 105] hi 6869"
    );
    let ss = TV::Slice(vec![TV::S("a"), TV::S("b")], "[]main.S", false);
    assert_eq!(
        sprintf("%v %d %v", &[Some(TV::S("x")), Some(TV::S("x")), Some(ss)]),
        "S<x> %!d(main.S=x) [S<a> S<b>]"
    );
    let nil_slice = TV::Slice(vec![], "[]int", true);
    assert_eq!(
        sprintf(
            "%v %v %#v",
            &[None, Some(nil_slice.clone()), Some(nil_slice)]
        ),
        "<nil> [] []int(nil)"
    );
    let mut h = TH;
    let mut p = Printer::new(&mut h);
    p.do_print(&[int(1), int(2), s("a"), int(3), s("b"), s("c")])
        .unwrap();
    assert_eq!(String::from_utf8(p.fmt.buf).unwrap(), "1 2a3bc");
}

#[test]
fn format_float_table() {
    let cases: &[(f64, &str)] = &[
        (0.0, "0 0e+00 0 0 0.000e+00 0.000 0 0x0p+00 0p-1074"),
        (1.0, "1 1e+00 1 1 1.000e+00 1.000 1 0x1p+00 4503599627370496p-52"),
        (-1.0, "-1 -1e+00 -1 -1 -1.000e+00 -1.000 -1 -0x1p+00 -4503599627370496p-52"),
        (0.1, "0.1 1e-01 0.1 0.1 1.000e-01 0.100 0.1 0x1.999999999999ap-04 7205759403792794p-56"),
        (123.456, "123.456 1.23456e+02 123.456 123 1.235e+02 123.456 123.456 0x1.edd2f1a9fbe77p+06 8687443681197687p-46"),
        (1e21, "1e+21 1e+21 1000000000000000000000 1e+21 1.000e+21 1000000000000000000000.000 1e+21 0x1.b1ae4d6e2ef5p+69 7629394531250000p+17"),
        (1.5e-7, "1.5e-07 1.5e-07 0.00000015 1.5e-07 1.500e-07 0.000 1.5e-07 0x1.421f5f40d8376p-23 5666839779443574p-75"),
        (123456789.0, "1.23456789e+08 1.23456789e+08 123456789 1.23e+08 1.235e+08 123456789.000 1.2345679e+08 0x1.d6f3454p+26 8285044862877696p-26"),
        (0.00001234, "1.234e-05 1.234e-05 0.00001234 1.23e-05 1.234e-05 0.000 1.234e-05 0x1.9e0fcaf9380fcp-17 7284250299826428p-69"),
    ];
    for &(v, want) in cases {
        let got = [
            format_float(v, b'g', -1, 64),
            format_float(v, b'e', -1, 64),
            format_float(v, b'f', -1, 64),
            format_float(v, b'g', 3, 64),
            format_float(v, b'e', 3, 64),
            format_float(v, b'f', 3, 64),
            format_float(v, b'g', -1, 32),
            format_float(v, b'x', -1, 64),
            format_float(v, b'b', -1, 64),
        ]
        .join(" ");
        assert_eq!(got, want, "value {v}");
    }
}

#[test]
fn quoting() {
    assert_eq!(
        String::from_utf8(quote("a\tb\x7f\u{a0}\u{200b}☺".as_bytes())).unwrap(),
        "\"a\\tb\\x7f\\u00a0\\u200b☺\""
    );
    assert_eq!(String::from_utf8(quote(b"\xff")).unwrap(), "\"\\xff\"");
    assert_eq!(
        String::from_utf8(quote_ascii("☺x".as_bytes())).unwrap(),
        "\"\\u263ax\""
    );
    assert_eq!(String::from_utf8(quote_rune('☺' as i64)).unwrap(), "'☺'");
    assert_eq!(unquote(b"\"a\\tb\"").unwrap(), b"a\tb");
    assert_eq!(unquote(b"`raw`").unwrap(), b"raw");
    assert_eq!(unquote(b"'x'").unwrap(), b"x");
    assert_eq!(unquote(b"\"\\u263a\"").unwrap(), "☺".as_bytes());
    assert_eq!(unquote(b"\"\\x41\"").unwrap(), b"A");
    assert!(unquote(b"\"bad").is_none());
    assert!(unquote(b"'ab'").is_none());
}

#[test]
fn parsing() {
    assert_eq!(parse_int(b"0x1f", 0, 64), Ok(31));
    assert_eq!(parse_int(b"1_000", 0, 64), Ok(1000));
    assert_eq!(parse_int(b"1_000", 10, 64), Err((NumErr::Syntax, 0)));
    assert_eq!(parse_int(b"017", 0, 64), Ok(15));
    assert_eq!(parse_int(b"0o17", 0, 64), Ok(15));
    assert_eq!(parse_int(b"0b101", 0, 64), Ok(5));
    assert_eq!(parse_int(b"+5", 10, 64), Ok(5));
    assert_eq!(
        parse_int(b"99999999999999999999", 10, 64),
        Err((NumErr::Range, i64::MAX))
    );
    assert_eq!(
        parse_int(b"99999999999999999999", 10, 8),
        Err((NumErr::Range, 127))
    );
    assert_eq!(parse_int(b"-129", 10, 8), Err((NumErr::Range, -128)));
    assert_eq!(
        num_error("Atoi", b"abc", NumErr::Syntax),
        "strconv.Atoi: parsing \"abc\": invalid syntax"
    );
    assert_eq!(parse_float(b"1.5", 64), Ok(1.5));
    assert_eq!(
        parse_float(b"1e400", 64),
        Err((NumErr::Range, f64::INFINITY))
    );
    assert_eq!(
        parse_float(b"-1e400", 64),
        Err((NumErr::Range, f64::NEG_INFINITY))
    );
    assert_eq!(parse_float(b"inf", 64), Ok(f64::INFINITY));
    assert!(parse_float(b"NaN", 64).unwrap().is_nan());
    assert_eq!(parse_float(b".5", 64), Ok(0.5));
    assert_eq!(parse_float(b"5.", 64), Ok(5.0));
    assert_eq!(parse_float(b"0x1p-2", 64), Ok(0.25));
    assert_eq!(parse_float(b"1_0.5", 64), Ok(10.5));
    assert_eq!(parse_float(b"1e", 64), Err((NumErr::Syntax, 0.0)));
    assert_eq!(parse_float(b"abc", 64), Err((NumErr::Syntax, 0.0)));
}
