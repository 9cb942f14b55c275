//! Package `encoding/json`: `Marshal`, `MarshalIndent`, `Unmarshal`, `Valid`, `Compact`,
//! `Indent`, `HTMLEscape`, `NewEncoder` (`Encode`, `SetIndent`, `SetEscapeHTML`), `NewDecoder`
//! (`Decode`, `More`, `DisallowUnknownFields`, `UseNumber`, `Buffered` not yet), the
//! `Marshaler` / `Unmarshaler` interfaces, `RawMessage`, `Number`, and the error types
//! `SyntaxError`, `UnmarshalTypeError`, `InvalidUnmarshalError`, `UnsupportedTypeError`,
//! `UnsupportedValueError`, `MarshalerError` (their `reflect` fields are not provided).
//!
//! Modules: `syntax` (JSON text → tree, Go's scanner errors, `Compact`, `Indent`), `fields`
//! (which struct fields JSON sees), `encode` (Go values → JSON), `decode` (tree → Go values),
//! `errors` (the error types), `stream` (`Encoder` / `Decoder`).
//!
//! Invariant: the package text names `map[string]interface{}` and `[]interface{}` (in the
//! unexported types `object` and `array`), so every program importing it has the runtime
//! types `Unmarshal` builds for `interface{}` targets.

mod decode;
mod encode;
mod errors;
mod fields;
mod stream;
mod syntax;

use crate::{declare, native, util};
use encode::{EncodeError, Encoder};
use errors::JsonError;
use runtime::heap::Word;
use vm::native::{NativeCtx, Panic};
use vm::value;

/// Marshals the interface value `v`: the JSON text or the Go error word.
pub fn marshal(
    ctx: &mut NativeCtx,
    v: Word,
    escape_html: bool,
) -> Result<Result<Vec<u8>, Word>, Panic> {
    let mut e = Encoder::new(ctx, escape_html);
    let res = match value::iface_parts(v) {
        None => {
            e.out.extend_from_slice(b"null");
            Ok(())
        }
        Some((t, w)) => e.encode(t, w, false),
    };
    let out = std::mem::take(&mut e.out);
    let err = match res {
        Ok(()) => return Ok(Ok(out)),
        Err(EncodeError::Panic(p)) => return Err(p),
        Err(EncodeError::UnsupportedType(t)) => JsonError::unsupported_type(&t),
        Err(EncodeError::UnsupportedValue(s)) => JsonError::unsupported_value(&s),
        Err(EncodeError::Marshaler(t, err, func)) => JsonError::marshaler(&t, err, func),
        Err(EncodeError::MarshalerSyntax(t, se)) => {
            let inner = JsonError::syntax(&se.msg, se.offset).to_go(ctx)?;
            JsonError::marshaler(&t, inner, "MarshalJSON")
        }
    };
    Ok(Err(err.to_go(ctx)?))
}

/// A `[]byte` result and an error result from a marshal outcome.
fn results(r: &mut [Word], res: Result<Vec<u8>, Word>) {
    (r[0], r[1]) = match res {
        Ok(b) => (util::new_byte_slice(&b), 0),
        Err(e) => (0, e),
    };
}

macro_rules! error_type {
    ($name:literal) => {
        native!(
            "encoding/json",
            concat!("func (*", $name, ") Error() string"),
            |c, r| errors::error_method(c, r, $name)
        )
    };
}

/// Validates `src`: the syntax error as a Go error word (nil when valid).
fn check_valid(ctx: &mut NativeCtx, src: &[u8]) -> Result<Word, Panic> {
    match syntax::parse(src) {
        Ok(_) => Ok(0),
        Err(e) => JsonError::syntax(&e.msg, e.offset).to_go(ctx),
    }
}

/// Appends `text` to the `*bytes.Buffer` `buf`.
fn buffer_write(buf: Word, text: &[u8]) -> Result<(), Panic> {
    util::byte_buf(buf)?.buf.lock().extend_from_slice(text);
    Ok(())
}

pub fn natives() -> Vec<crate::Entry> {
    let mut v = vec![
        declare!(
            "encoding/json",
            r#"
import bytes
import io
type Marshaler interface { MarshalJSON() ([]byte, error) }
type Unmarshaler interface { UnmarshalJSON([]byte) error }
type RawMessage []byte
type Number string
type UnsupportedTypeError struct { typ string }
type UnsupportedValueError struct { Str string }
type MarshalerError struct { typ string; Err error; sourceFunc string }
type SyntaxError struct { msg string; Offset int64 }
type UnmarshalTypeError struct { Value string; typ string; Offset int64; Struct string; Field string }
type InvalidUnmarshalError struct { msg string }
type object map[string]interface{}
type array []interface{}
"#
        ),
        error_type!("UnsupportedTypeError"),
        error_type!("UnsupportedValueError"),
        error_type!("MarshalerError"),
        error_type!("SyntaxError"),
        error_type!("UnmarshalTypeError"),
        error_type!("InvalidUnmarshalError"),
        native!(
            "encoding/json",
            "func (*MarshalerError) Unwrap() error",
            |_, r| {
                if r[0] == 0 {
                    return Err(util::nil_deref());
                }
                r[0] = encode::slot(r[0], 1);
                Ok(())
            }
        ),
        native!(
            "encoding/json",
            "func Marshal(interface{}) ([]byte, error)",
            |c, r| {
                let res = marshal(c, r[0], true)?;
                results(r, res);
                Ok(())
            }
        ),
        native!(
            "encoding/json",
            "func MarshalIndent(interface{}, string, string) ([]byte, error)",
            |c, r| {
                let (prefix, ind) = (util::str_arg(r[1]), util::str_arg(r[2]));
                let res = marshal(c, r[0], true)?.map(|b| syntax::indent(&b, prefix, ind));
                results(r, res);
                Ok(())
            }
        ),
        native!("encoding/json", "func Valid([]byte) bool", |_, r| {
            r[0] = util::bool_word(syntax::parse(&util::byte_slice(r[0])).is_ok());
            Ok(())
        }),
        native!(
            "encoding/json",
            "func Compact(*bytes.Buffer, []byte) error",
            |c, r| {
                let src = util::byte_slice(r[1]);
                let err = check_valid(c, &src)?;
                if err == 0 {
                    buffer_write(r[0], &syntax::compact(&src, false))?;
                }
                r[0] = err;
                Ok(())
            }
        ),
        native!(
            "encoding/json",
            "func Indent(*bytes.Buffer, []byte, string, string) error",
            |c, r| {
                let src = util::byte_slice(r[1]);
                let err = check_valid(c, &src)?;
                if err == 0 {
                    let out = syntax::indent(&src, util::str_arg(r[2]), util::str_arg(r[3]));
                    buffer_write(r[0], &out)?;
                }
                r[0] = err;
                Ok(())
            }
        ),
        native!(
            "encoding/json",
            "func HTMLEscape(*bytes.Buffer, []byte)",
            |_, r| {
                let src = util::byte_slice(r[1]);
                buffer_write(r[0], &syntax::html_escape(&src))
            }
        ),
        native!(
            "encoding/json",
            "func (RawMessage) MarshalJSON() ([]byte, error)",
            |_, r| {
                if r[0] == 0 {
                    r[0] = util::new_byte_slice(b"null");
                }
                r[1] = 0;
                Ok(())
            }
        ),
        native!(
            "encoding/json",
            "func (*RawMessage) UnmarshalJSON([]byte) error",
            |c, r| {
                if r[0] == 0 {
                    r[0] =
                        util::new_error(c.prog, b"json.RawMessage: UnmarshalJSON on nil pointer");
                    return Ok(());
                }
                let copy = util::new_byte_slice(&util::byte_slice(r[1]));
                runtime::store_word(r[0], copy);
                r[0] = 0;
                Ok(())
            }
        ),
        native!("encoding/json", "func (Number) String() string", |_, _| Ok(
            ()
        )),
        native!(
            "encoding/json",
            "func (Number) Float64() (float64, error)",
            |c, r| {
                let s = util::str_arg(r[0]);
                (r[0], r[1]) = match crate::strconv::parse::parse_float(s, 64) {
                    Ok(f) => (f.to_bits(), 0),
                    Err((e, f)) => (f.to_bits(), crate::strconv::err(c, "ParseFloat", s, e)),
                };
                Ok(())
            }
        ),
        native!(
            "encoding/json",
            "func (Number) Int64() (int64, error)",
            |c, r| {
                let s = util::str_arg(r[0]);
                (r[0], r[1]) = match crate::strconv::parse::parse_int(s, 10, 64) {
                    Ok(i) => (i as Word, 0),
                    Err((e, i)) => (i as Word, crate::strconv::err(c, "ParseInt", s, e)),
                };
                Ok(())
            }
        ),
    ];
    v.extend(decode::natives());
    v.extend(stream::natives());
    v
}
