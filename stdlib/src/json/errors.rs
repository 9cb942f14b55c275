//! `encoding/json`'s error types as Go values: each is a pointer to a struct whose slots hold
//! strings (and, for `MarshalerError`, the wrapped error), built when the program's type
//! table has the type — otherwise an `*errors.errorString` with the same text.
//!
//! Invariant: a type's `Error()` text is computed from its slots by [`text`], the one place
//! each message is spelled.

use crate::util;
use runtime::heap::{self, Word};
use std::sync::atomic::Ordering::Release;
use vm::native::{NativeCtx, Panic};
use vm::value;

/// A `*json.<name>` error: its Go type name and slot values (strings, except `Err` words).
pub struct JsonError {
    pub name: &'static str,
    pub slots: Vec<Slot>,
}

pub enum Slot {
    Str(String),
    Word(Word),
    Int(i64),
}

impl JsonError {
    pub fn unsupported_type(typ: &str) -> Self {
        JsonError {
            name: "UnsupportedTypeError",
            slots: vec![Slot::Str(typ.into())],
        }
    }

    pub fn unsupported_value(s: &str) -> Self {
        JsonError {
            name: "UnsupportedValueError",
            slots: vec![Slot::Str(s.into())],
        }
    }

    pub fn marshaler(typ: &str, err: Word, func: &str) -> Self {
        JsonError {
            name: "MarshalerError",
            slots: vec![
                Slot::Str(typ.into()),
                Slot::Word(err),
                Slot::Str(func.into()),
            ],
        }
    }

    pub fn syntax(msg: &str, offset: usize) -> Self {
        JsonError {
            name: "SyntaxError",
            slots: vec![Slot::Str(msg.into()), Slot::Int(offset as i64)],
        }
    }

    /// `*json.UnmarshalTypeError{Value, Type, Offset, Struct, Field}`.
    pub fn unmarshal_type(value: &str, typ: &str, offset: usize, strct: &str, field: &str) -> Self {
        JsonError {
            name: "UnmarshalTypeError",
            slots: vec![
                Slot::Str(value.into()),
                Slot::Str(typ.into()),
                Slot::Int(offset as i64),
                Slot::Str(strct.into()),
                Slot::Str(field.into()),
            ],
        }
    }

    pub fn invalid_unmarshal(msg: &str) -> Self {
        JsonError {
            name: "InvalidUnmarshalError",
            slots: vec![Slot::Str(msg.into())],
        }
    }

    fn slot_words(&self) -> Vec<Word> {
        self.slots
            .iter()
            .map(|s| match s {
                Slot::Str(s) => util::new_str(s.as_bytes()),
                Slot::Word(w) => *w,
                Slot::Int(i) => *i as Word,
            })
            .collect()
    }

    /// The error as a Go `error` value.
    pub fn to_go(&self, ctx: &mut NativeCtx) -> Result<Word, Panic> {
        let prog = ctx.prog;
        let words = self.slot_words();
        if let Some(t) = util::type_named(prog, &format!("*json.{}", self.name)) {
            let obj = value::zero(prog, prog.types[t as usize].elem);
            let cells = heap::words(obj);
            if cells.len() >= words.len() {
                for (c, w) in cells.iter().zip(&words) {
                    c.store(*w, Release);
                }
                return Ok(value::iface_new(t, obj));
            }
        }
        let msg = text(ctx, self.name, &words)?;
        Ok(util::new_error(prog, msg.as_bytes()))
    }
}

/// The `Error()` text of a `*json.<name>` whose slots are `s`.
pub fn text(ctx: &mut NativeCtx, name: &str, s: &[Word]) -> Result<String, Panic> {
    let str_at = |i: usize| value::str_lossy(s.get(i).copied().unwrap_or(0));
    Ok(match name {
        "UnsupportedTypeError" => format!("json: unsupported type: {}", str_at(0)),
        "UnsupportedValueError" => format!("json: unsupported value: {}", str_at(0)),
        "MarshalerError" => {
            let err = s.get(1).copied().unwrap_or(0);
            let r = util::call_iface_method(ctx, err, "Error", &[])?;
            let msg = value::str_lossy(r.first().copied().unwrap_or(0));
            let func = match str_at(2) {
                f if f.is_empty() => "MarshalJSON".to_string(),
                f => f,
            };
            format!("json: error calling {func} for type {}: {msg}", str_at(0))
        }
        "UnmarshalTypeError" => {
            let (strct, field) = (str_at(3), str_at(4));
            if !strct.is_empty() || !field.is_empty() {
                format!(
                    "json: cannot unmarshal {} into Go struct field {strct}.{field} of type {}",
                    str_at(0),
                    str_at(1)
                )
            } else {
                format!(
                    "json: cannot unmarshal {} into Go value of type {}",
                    str_at(0),
                    str_at(1)
                )
            }
        }
        _ => str_at(0),
    })
}

/// `(*json.<name>).Error()` on the struct object `r[0]`.
pub fn error_method(ctx: &mut NativeCtx, r: &mut [Word], name: &str) -> Result<(), Panic> {
    if r[0] == 0 {
        return Err(util::nil_deref());
    }
    let slots: Vec<Word> = (0..5).map(|i| super::encode::slot(r[0], i)).collect();
    r[0] = util::new_str(text(ctx, name, &slots)?.as_bytes());
    Ok(())
}
