//! Package `strconv`:
//! - `func Itoa(i int) string`, `func Atoi(s string) (int, error)`
//! - `func ParseInt(s string, base int, bitSize int) (int64, error)`, `ParseUint`,
//!   `ParseFloat(s string, bitSize int) (float64, error)`, `ParseBool(str string) (bool, error)`
//! - `func FormatInt(i int64, base int) string`, `FormatUint`, `FormatBool`,
//!   `FormatFloat(f float64, fmt byte, prec, bitSize int) string`
//! - `func Quote(s string) string`, `QuoteToASCII`, `QuoteToGraphic`, `QuoteRune(r rune)
//!   string`, `QuoteRuneToASCII`, `QuoteRuneToGraphic`, `Unquote(s string) (string, error)`,
//!   `QuotedPrefix`,
//!   `CanBackquote`, `IsPrint(r rune) bool`, `IsGraphic`
//! - `func AppendInt(dst []byte, i int64, base int) []byte`, `AppendQuote` (and the other
//!   `Append*` twins of the formatting and quoting functions)
//!
//! - `var ErrSyntax, ErrRange error` (zero-argument natives; one identity per program)
//! - `type NumError struct { Func, Num string; Err error }` with `(*NumError) Error() string`
//!   and `Unwrap() error`: parse errors are real `*strconv.NumError` values when the program's
//!   type table has `*strconv.NumError` (fields in Go's order), otherwise `*errors.errorString`
//!   values with the same text. `Unquote` returns `ErrSyntax`.
//!
//! Submodules (pure, unit-tested): `ftoa`, `isprint`, `parse`, `quote`.

pub mod ftoa;
pub mod isprint;
pub mod parse;
pub mod quote;

use crate::util::{self, new_str, str_arg};
use crate::{declare, native};
use parse::{num_error, NumErr};
use runtime::heap::Word;
use vm::native::{NativeCtx, Panic};

/// `strconv.ErrSyntax` / `strconv.ErrRange` (one identity per program).
pub fn sentinel(ctx: &NativeCtx, e: NumErr) -> Word {
    let prog = ctx.prog;
    match e {
        NumErr::Syntax => util::permanent(prog, "strconv.ErrSyntax", || {
            util::new_error(prog, b"invalid syntax")
        }),
        NumErr::Range => util::permanent(prog, "strconv.ErrRange", || {
            util::new_error(prog, b"value out of range")
        }),
    }
}

/// `Append*`: `r[0]` (a `[]byte`) with `text` appended (Go's append) in `r[0]`.
fn append(r: &mut [Word], text: &[u8]) {
    r[0] = util::append_bytes(r[0], text);
}

/// A `*strconv.NumError{Func, Num, Err}` when the program has that type (fields in Go's
/// order), else an `*errors.errorString` with the same text.
pub(crate) fn err(ctx: &NativeCtx, func: &str, input: &[u8], e: NumErr) -> Word {
    let prog = ctx.prog;
    if let Some(t) = util::type_named(prog, "*strconv.NumError") {
        let st = prog.types[t as usize].elem;
        let obj = vm::value::zero(prog, st);
        let slots = runtime::heap::words(obj);
        if slots.len() >= 3 {
            use std::sync::atomic::Ordering::Release;
            slots[0].store(new_str(func.as_bytes()), Release);
            slots[1].store(new_str(input), Release);
            slots[2].store(sentinel(ctx, e), Release);
            return vm::value::iface_new(t, obj);
        }
    }
    util::new_error(prog, num_error(func, input, e).as_bytes())
}

/// `(*NumError).Error`: receiver = the struct object `[Func, Num, Err]`.
fn num_error_method(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    if r[0] == 0 {
        return Err(util::nil_deref());
    }
    let slots = runtime::heap::words(r[0]);
    let load = |i: usize| {
        slots
            .get(i)
            .map_or(0, |c| c.load(std::sync::atomic::Ordering::Acquire))
    };
    let (func, num, e) = (load(0), load(1), load(2));
    let msg = if e == 0 {
        b"<nil>".to_vec()
    } else {
        let m = util::call_iface_method(ctx, e, "Error", &[])?;
        str_arg(m.first().copied().unwrap_or(0)).to_vec()
    };
    let mut out = b"strconv.".to_vec();
    out.extend_from_slice(str_arg(func));
    out.extend_from_slice(b": parsing ");
    out.extend_from_slice(&quote::quote(str_arg(num)));
    out.extend_from_slice(b": ");
    out.extend_from_slice(&msg);
    r[0] = new_str(&out);
    Ok(())
}

fn base_panic(func: &str, base: i64) -> Result<(), Panic> {
    if !(2..=36).contains(&base) {
        return Err(Panic::Plain(format!("strconv: illegal {func} base")));
    }
    Ok(())
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!("strconv", "const IntSize = 64"),
        declare!(
            "strconv",
            "type NumError struct { Func string; Num string; Err error }"
        ),
        native!(
            "strconv",
            "func (*NumError) Error() string",
            num_error_method
        ),
        native!("strconv", "func (*NumError) Unwrap() error", |_, r| {
            if r[0] == 0 {
                return Err(util::nil_deref());
            }
            r[0] = runtime::heap::words(r[0])
                .get(2)
                .map_or(0, |c| c.load(std::sync::atomic::Ordering::Acquire));
            Ok(())
        }),
        native!("strconv", "var ErrSyntax error", |c, r| {
            r[0] = sentinel(c, NumErr::Syntax);
            Ok(())
        }),
        native!("strconv", "var ErrRange error", |c, r| {
            r[0] = sentinel(c, NumErr::Range);
            Ok(())
        }),
        native!("strconv", "func Itoa(int) string", |_, r| {
            r[0] = new_str((r[0] as i64).to_string().as_bytes());
            Ok(())
        }),
        native!("strconv", "func Atoi(string) (int, error)", |c, r| {
            let s = str_arg(r[0]);
            match parse::parse_int(s, 10, 64) {
                Ok(v) => {
                    r[0] = v as Word;
                    r[1] = 0;
                }
                Err((e, v)) => {
                    r[1] = err(c, "Atoi", s, e);
                    r[0] = if e == NumErr::Range { v as Word } else { 0 };
                }
            }
            Ok(())
        }),
        native!(
            "strconv",
            "func ParseInt(string, int, int) (int64, error)",
            |c, r| {
                let s = str_arg(r[0]);
                match parse::parse_int(s, r[1] as u32, r[2] as u32) {
                    Ok(v) => {
                        r[0] = v as Word;
                        r[1] = 0;
                    }
                    Err((e, v)) => {
                        r[1] = err(c, "ParseInt", s, e);
                        r[0] = v as Word;
                    }
                }
                Ok(())
            }
        ),
        native!(
            "strconv",
            "func ParseUint(string, int, int) (uint64, error)",
            |c, r| {
                let s = str_arg(r[0]);
                match parse::parse_uint(s, r[1] as u32, r[2] as u32) {
                    Ok(v) => {
                        r[0] = v;
                        r[1] = 0;
                    }
                    Err((e, v)) => {
                        r[1] = err(c, "ParseUint", s, e);
                        r[0] = v;
                    }
                }
                Ok(())
            }
        ),
        native!(
            "strconv",
            "func ParseFloat(string, int) (float64, error)",
            |c, r| {
                let s = str_arg(r[0]);
                match parse::parse_float(s, r[1] as u32) {
                    Ok(v) => {
                        r[0] = v.to_bits();
                        r[1] = 0;
                    }
                    Err((e, v)) => {
                        r[1] = err(c, "ParseFloat", s, e);
                        r[0] = v.to_bits();
                    }
                }
                Ok(())
            }
        ),
        native!("strconv", "func ParseBool(string) (bool, error)", |c, r| {
            let s = str_arg(r[0]);
            match parse::parse_bool(s) {
                Some(b) => {
                    r[0] = b as Word;
                    r[1] = 0;
                }
                None => {
                    r[1] = err(c, "ParseBool", s, NumErr::Syntax);
                    r[0] = 0;
                }
            }
            Ok(())
        }),
        native!("strconv", "func FormatInt(int64, int) string", |_, r| {
            base_panic("FormatInt", r[1] as i64)?;
            r[0] = new_str(ftoa::format_int(r[0] as i64, r[1] as u32).as_bytes());
            Ok(())
        }),
        native!("strconv", "func FormatUint(uint64, int) string", |_, r| {
            base_panic("FormatUint", r[1] as i64)?;
            r[0] = new_str(ftoa::format_uint(r[0], r[1] as u32).as_bytes());
            Ok(())
        }),
        native!("strconv", "func FormatBool(bool) string", |_, r| {
            r[0] = new_str(if r[0] & 0xff != 0 { b"true" } else { b"false" });
            Ok(())
        }),
        native!(
            "strconv",
            "func FormatFloat(float64, byte, int, int) string",
            |_, r| {
                let s = ftoa::format_float(
                    f64::from_bits(r[0]),
                    r[1] as u8,
                    r[2] as i64 as i32,
                    r[3] as u32,
                );
                r[0] = new_str(s.as_bytes());
                Ok(())
            }
        ),
        native!("strconv", "func Quote(string) string", |_, r| {
            r[0] = new_str(&quote::quote(str_arg(r[0])));
            Ok(())
        }),
        native!("strconv", "func QuoteToASCII(string) string", |_, r| {
            r[0] = new_str(&quote::quote_ascii(str_arg(r[0])));
            Ok(())
        }),
        native!("strconv", "func QuoteRune(rune) string", |_, r| {
            r[0] = new_str(&quote::quote_rune(r[0] as i32 as i64));
            Ok(())
        }),
        native!("strconv", "func QuoteRuneToASCII(rune) string", |_, r| {
            r[0] = new_str(&quote::quote_rune_ascii(r[0] as i32 as i64));
            Ok(())
        }),
        native!("strconv", "func QuoteToGraphic(string) string", |_, r| {
            r[0] = new_str(&quote::quote_graphic(str_arg(r[0])));
            Ok(())
        }),
        native!("strconv", "func QuoteRuneToGraphic(rune) string", |_, r| {
            r[0] = new_str(&quote::quote_rune_graphic(r[0] as i32 as i64));
            Ok(())
        }),
        native!("strconv", "func CanBackquote(string) bool", |_, r| {
            r[0] = quote::can_backquote(str_arg(r[0])) as Word;
            Ok(())
        }),
        native!(
            "strconv",
            "func QuotedPrefix(string) (string, error)",
            |c, r| {
                match quote::quoted_prefix(str_arg(r[0])) {
                    Some(p) => {
                        r[0] = new_str(p);
                        r[1] = 0;
                    }
                    None => {
                        r[0] = 0;
                        r[1] = sentinel(c, NumErr::Syntax);
                    }
                }
                Ok(())
            }
        ),
        native!("strconv", "func Unquote(string) (string, error)", |c, r| {
            match quote::unquote(str_arg(r[0])) {
                Some(v) => {
                    r[0] = new_str(&v);
                    r[1] = 0;
                }
                None => {
                    r[0] = 0;
                    r[1] = sentinel(c, NumErr::Syntax);
                }
            }
            Ok(())
        }),
        native!(
            "strconv",
            "func AppendInt([]byte, int64, int) []byte",
            |_, r| {
                base_panic("AppendInt", r[2] as i64)?;
                append(r, ftoa::format_int(r[1] as i64, r[2] as u32).as_bytes());
                Ok(())
            }
        ),
        native!(
            "strconv",
            "func AppendQuote([]byte, string) []byte",
            |_, r| {
                append(r, &quote::quote(str_arg(r[1])));
                Ok(())
            }
        ),
        native!(
            "strconv",
            "func AppendQuoteToASCII([]byte, string) []byte",
            |_, r| {
                append(r, &quote::quote_ascii(str_arg(r[1])));
                Ok(())
            }
        ),
        native!(
            "strconv",
            "func AppendQuoteRune([]byte, rune) []byte",
            |_, r| {
                append(r, &quote::quote_rune(r[1] as i32 as i64));
                Ok(())
            }
        ),
        native!(
            "strconv",
            "func AppendQuoteRuneToASCII([]byte, rune) []byte",
            |_, r| {
                append(r, &quote::quote_rune_ascii(r[1] as i32 as i64));
                Ok(())
            }
        ),
        native!(
            "strconv",
            "func AppendQuoteToGraphic([]byte, string) []byte",
            |_, r| {
                append(r, &quote::quote_graphic(str_arg(r[1])));
                Ok(())
            }
        ),
        native!(
            "strconv",
            "func AppendQuoteRuneToGraphic([]byte, rune) []byte",
            |_, r| {
                append(r, &quote::quote_rune_graphic(r[1] as i32 as i64));
                Ok(())
            }
        ),
        native!("strconv", "func AppendBool([]byte, bool) []byte", |_, r| {
            let text: &[u8] = if r[1] & 0xff != 0 { b"true" } else { b"false" };
            append(r, text);
            Ok(())
        }),
        native!(
            "strconv",
            "func AppendUint([]byte, uint64, int) []byte",
            |_, r| {
                base_panic("AppendUint", r[2] as i64)?;
                append(r, ftoa::format_uint(r[1], r[2] as u32).as_bytes());
                Ok(())
            }
        ),
        native!(
            "strconv",
            "func AppendFloat([]byte, float64, byte, int, int) []byte",
            |_, r| {
                let f = f64::from_bits(r[1]);
                let s = ftoa::format_float(f, r[2] as u8, r[3] as i64 as i32, r[4] as u32);
                append(r, s.as_bytes());
                Ok(())
            }
        ),
        native!("strconv", "func IsPrint(rune) bool", |_, r| {
            r[0] = char::from_u32(r[0] as u32).is_some_and(isprint::is_print) as Word;
            Ok(())
        }),
        native!("strconv", "func IsGraphic(rune) bool", |_, r| {
            r[0] = char::from_u32(r[0] as u32).is_some_and(isprint::is_graphic) as Word;
            Ok(())
        }),
    ]
}
