//! Package `strconv`:
//! - `func Itoa(i int) string`, `func Atoi(s string) (int, error)`
//! - `func ParseInt(s string, base int, bitSize int) (int64, error)`, `ParseUint`,
//!   `ParseFloat(s string, bitSize int) (float64, error)`, `ParseBool(str string) (bool, error)`
//! - `func FormatInt(i int64, base int) string`, `FormatUint`, `FormatBool`,
//!   `FormatFloat(f float64, fmt byte, prec, bitSize int) string`
//! - `func Quote(s string) string`, `QuoteToASCII`, `QuoteRune(r rune) string`,
//!   `QuoteRuneToASCII`, `Unquote(s string) (string, error)`, `CanBackquote`
//! - `func AppendInt(dst []byte, i int64, base int) []byte`, `AppendQuote`
//!
//! Errors are `*strconv.NumError`-texted errors (`strconv.Atoi: parsing "x": invalid
//! syntax`) represented as `*errors.errorString` (so `%T` differs from Go);
//! `Unquote` returns `invalid syntax` (`strconv.ErrSyntax`'s text).
//! Submodules (pure, unit-tested): `ftoa`, `parse`, `quote`.

pub mod ftoa;
pub mod parse;
pub mod quote;

use crate::native;
use crate::util::{self, new_str, str_arg};
use parse::{num_error, NumErr};
use runtime::heap::Word;
use vm::native::{NativeCtx, Panic};

fn err(ctx: &NativeCtx, func: &str, input: &[u8], e: NumErr) -> Word {
    util::new_error(ctx.prog, num_error(func, input, e).as_bytes())
}

fn base_panic(func: &str, base: i64) -> Result<(), Panic> {
    if base < 2 || base > 36 {
        return Err(Panic::Plain(format!("strconv: illegal {func} base")));
    }
    Ok(())
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        native!("strconv", "Itoa", 1, 1, |_, r| {
            r[0] = new_str((r[0] as i64).to_string().as_bytes());
            Ok(())
        }),
        native!("strconv", "Atoi", 1, 2, |c, r| {
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
        native!("strconv", "ParseInt", 3, 2, |c, r| {
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
        }),
        native!("strconv", "ParseUint", 3, 2, |c, r| {
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
        }),
        native!("strconv", "ParseFloat", 2, 2, |c, r| {
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
        }),
        native!("strconv", "ParseBool", 1, 2, |c, r| {
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
        native!("strconv", "FormatInt", 2, 1, |_, r| {
            base_panic("FormatInt", r[1] as i64)?;
            r[0] = new_str(ftoa::format_int(r[0] as i64, r[1] as u32).as_bytes());
            Ok(())
        }),
        native!("strconv", "FormatUint", 2, 1, |_, r| {
            base_panic("FormatUint", r[1] as i64)?;
            r[0] = new_str(ftoa::format_uint(r[0], r[1] as u32).as_bytes());
            Ok(())
        }),
        native!("strconv", "FormatBool", 1, 1, |_, r| {
            r[0] = new_str(if r[0] & 0xff != 0 { b"true" } else { b"false" });
            Ok(())
        }),
        native!("strconv", "FormatFloat", 4, 1, |_, r| {
            let s = ftoa::format_float(f64::from_bits(r[0]), r[1] as u8, r[2] as i64 as i32, r[3] as u32);
            r[0] = new_str(s.as_bytes());
            Ok(())
        }),
        native!("strconv", "Quote", 1, 1, |_, r| {
            r[0] = new_str(&quote::quote(str_arg(r[0])));
            Ok(())
        }),
        native!("strconv", "QuoteToASCII", 1, 1, |_, r| {
            r[0] = new_str(&quote::quote_ascii(str_arg(r[0])));
            Ok(())
        }),
        native!("strconv", "QuoteRune", 1, 1, |_, r| {
            r[0] = new_str(&quote::quote_rune(r[0] as i32 as i64));
            Ok(())
        }),
        native!("strconv", "QuoteRuneToASCII", 1, 1, |_, r| {
            r[0] = new_str(&quote::quote_rune_ascii(r[0] as i32 as i64));
            Ok(())
        }),
        native!("strconv", "CanBackquote", 1, 1, |_, r| {
            r[0] = quote::can_backquote(str_arg(r[0])) as Word;
            Ok(())
        }),
        native!("strconv", "Unquote", 1, 2, |c, r| {
            match quote::unquote(str_arg(r[0])) {
                Some(v) => {
                    r[0] = new_str(&v);
                    r[1] = 0;
                }
                None => {
                    r[0] = 0;
                    r[1] = util::new_error(c.prog, b"invalid syntax");
                }
            }
            Ok(())
        }),
        native!("strconv", "AppendInt", 3, 1, |_, r| {
            base_panic("AppendInt", r[2] as i64)?;
            let mut b = util::byte_slice(r[0]);
            b.extend_from_slice(ftoa::format_int(r[1] as i64, r[2] as u32).as_bytes());
            r[0] = util::new_byte_slice(&b);
            Ok(())
        }),
        native!("strconv", "AppendQuote", 2, 1, |_, r| {
            let mut b = util::byte_slice(r[0]);
            b.extend_from_slice(&quote::quote(str_arg(r[1])));
            r[0] = util::new_byte_slice(&b);
            Ok(())
        }),
    ]
}
