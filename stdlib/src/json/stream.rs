//! `json.Encoder` and `json.Decoder` over an `io.Writer` / `io.Reader` (methods called
//! through the interpreter). An `*Encoder` writes each value with one `Write` call, a newline
//! after it; a `*Decoder` reads a stream of values, keeping what it read past the current
//! value for the next `Decode`.
//!
//! Invariants: both are Go structs whose slots hold Go values (so the collector sees the
//! reader, writer and buffered text): `Encoder{w, prefix, indent, noHTML}` and
//! `Decoder{r, buf, eof, disallow, useNumber, err, consumed}`, `buf` an immutable Go string
//! replaced as input arrives or is consumed; a read or syntax error is kept in `err` and
//! returned by every later `Decode`.

use super::encode::slot;
use super::errors::JsonError;
use crate::{native, util};
use runtime::heap::{self, Word};
use std::sync::atomic::Ordering::Release;
use vm::native::{NativeCtx, Panic};
use vm::value;

const ENC_W: usize = 0;
const ENC_PREFIX: usize = 1;
const ENC_INDENT: usize = 2;
const ENC_NO_HTML: usize = 3;

const DEC_R: usize = 0;
const DEC_BUF: usize = 1;
const DEC_EOF: usize = 2;
const DEC_DISALLOW: usize = 3;
const DEC_USE_NUMBER: usize = 4;
const DEC_ERR: usize = 5;
const DEC_CONSUMED: usize = 6;

/// A new `*<name>` (a struct of `n` slots) with `first` in slot 0.
fn new_struct(c: &NativeCtx, name: &str, first: Word) -> Result<Word, Panic> {
    let t = util::type_named(c.prog, name)
        .ok_or_else(|| Panic::Fatal(format!("minigo: type {name} is not loaded")))?;
    let obj = value::zero(c.prog, c.prog.types[t as usize].elem);
    heap::words(obj)[0].store(first, Release);
    Ok(obj)
}

fn set(obj: Word, i: usize, w: Word) -> Result<(), Panic> {
    if obj == 0 {
        return Err(util::nil_deref());
    }
    if let Some(c) = heap::words(obj).get(i) {
        c.store(w, Release);
    }
    Ok(())
}

fn get(obj: Word, i: usize) -> Result<Word, Panic> {
    if obj == 0 {
        return Err(util::nil_deref());
    }
    Ok(slot(obj, i))
}

/// `(*Encoder).Encode(v)`: the error word.
fn encode(c: &mut NativeCtx, enc: Word, v: Word) -> Result<Word, Panic> {
    let no_html = get(enc, ENC_NO_HTML)? & 0xff != 0;
    let mut text = match super::marshal(c, v, !no_html)? {
        Ok(b) => b,
        Err(e) => return Ok(e),
    };
    let (prefix, ind) = (get(enc, ENC_PREFIX)?, get(enc, ENC_INDENT)?);
    if prefix != 0 || ind != 0 {
        text = super::syntax::indent(&text, value::str_bytes(prefix), value::str_bytes(ind));
    }
    text.push(b'\n');
    let b = util::new_byte_slice(&text);
    c.root(b);
    let res = util::call_iface_method(c, get(enc, ENC_W)?, "Write", &[b])?;
    Ok(res.get(1).copied().unwrap_or(0))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

/// Reads more input into the decoder's buffer: false at end of input.
fn fill(c: &mut NativeCtx, dec: Word) -> Result<bool, Panic> {
    if get(dec, DEC_EOF)? != 0 {
        return Ok(false);
    }
    let p = util::new_byte_slice(&[0; 4096]);
    c.root(p);
    let res = util::call_iface_method(c, get(dec, DEC_R)?, "Read", &[p])?;
    let (n, err) = (
        res.first().copied().unwrap_or(0) as usize,
        res.get(1).copied().unwrap_or(0),
    );
    let got = util::byte_slice(p);
    let mut buf = value::str_bytes(get(dec, DEC_BUF)?).to_vec();
    buf.extend_from_slice(&got[..n.min(got.len())]);
    set(dec, DEC_BUF, util::new_str(&buf))?;
    if err != 0 {
        let eof = crate::io::eof(c);
        if value::iface_parts(err).map(|p| p.1) != value::iface_parts(eof).map(|p| p.1) {
            set(dec, DEC_ERR, err)?;
        }
        set(dec, DEC_EOF, 1)?;
    }
    Ok(n > 0 || err == 0)
}

/// `(*Decoder).Decode(v)`: the error word.
fn decode(c: &mut NativeCtx, dec: Word, v: Word) -> Result<Word, Panic> {
    loop {
        let err = get(dec, DEC_ERR)?;
        if err != 0 {
            return Ok(err);
        }
        let buf_word = get(dec, DEC_BUF)?;
        // Kept alive while values decoded from it call methods (safepoints).
        c.root(buf_word);
        let buf = value::str_bytes(buf_word);
        let start = buf.iter().position(|&b| !is_space(b)).unwrap_or(buf.len());
        let at_eof = get(dec, DEC_EOF)? != 0;
        if start == buf.len() {
            if at_eof {
                return Ok(crate::io::eof(c));
            }
            fill(c, dec)?;
            continue;
        }
        let text = &buf[start..];
        match super::syntax::parse_prefix(text) {
            // A number at the end of the buffer may go on in the next read.
            Ok(n)
                if n.end == text.len()
                    && !at_eof
                    && matches!(n.v, super::syntax::Value::Number(_)) =>
            {
                fill(c, dec)?;
            }
            Ok(n) => {
                let rest = util::new_str(&text[n.end..]);
                let consumed = get(dec, DEC_CONSUMED)? as usize + start + n.end;
                set(dec, DEC_BUF, rest)?;
                set(dec, DEC_CONSUMED, consumed as Word)?;
                let (disallow, use_number) =
                    (get(dec, DEC_DISALLOW)? != 0, get(dec, DEC_USE_NUMBER)? != 0);
                return super::decode::unmarshal_node(c, text, &n, v, disallow, use_number);
            }
            Err(e) if e.eof => {
                if at_eof {
                    let e = crate::io::unexpected_eof(c);
                    set(dec, DEC_ERR, e)?;
                    return Ok(e);
                }
                fill(c, dec)?;
            }
            Err(e) => {
                let offset = get(dec, DEC_CONSUMED)? as usize + start + e.offset;
                let e = JsonError::syntax(&e.msg, offset).to_go(c)?;
                set(dec, DEC_ERR, e)?;
                return Ok(e);
            }
        }
    }
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        crate::declare!(
            "encoding/json",
            "type Encoder struct { w io.Writer; prefix string; indent string; noHTML bool }
type Decoder struct { r io.Reader; buf string; eof bool; disallow bool; useNumber bool; err error; consumed int }"
        ),
        native!("encoding/json", "func NewEncoder(io.Writer) *Encoder", |c, r| {
            r[0] = new_struct(c, "*json.Encoder", r[0])?;
            Ok(())
        }),
        native!("encoding/json", "func (*Encoder) Encode(interface{}) error", |c, r| {
            r[0] = encode(c, r[0], r[1])?;
            Ok(())
        }),
        native!("encoding/json", "func (*Encoder) SetIndent(string, string)", |_, r| {
            set(r[0], ENC_PREFIX, r[1])?;
            set(r[0], ENC_INDENT, r[2])
        }),
        native!("encoding/json", "func (*Encoder) SetEscapeHTML(bool)", |_, r| {
            set(r[0], ENC_NO_HTML, (r[1] & 0xff == 0) as Word)
        }),
        native!("encoding/json", "func NewDecoder(io.Reader) *Decoder", |c, r| {
            r[0] = new_struct(c, "*json.Decoder", r[0])?;
            Ok(())
        }),
        native!("encoding/json", "func (*Decoder) Decode(interface{}) error", |c, r| {
            r[0] = decode(c, r[0], r[1])?;
            Ok(())
        }),
        native!("encoding/json", "func (*Decoder) DisallowUnknownFields()", |_, r| {
            set(r[0], DEC_DISALLOW, 1)
        }),
        native!("encoding/json", "func (*Decoder) UseNumber()", |_, r| {
            set(r[0], DEC_USE_NUMBER, 1)
        }),
        native!("encoding/json", "func (*Decoder) More() bool", |c, r| {
            let dec = r[0];
            loop {
                let buf = value::str_bytes(get(dec, DEC_BUF)?);
                match buf.iter().find(|&&b| !is_space(b)) {
                    Some(&b) => {
                        r[0] = util::bool_word(b != b']' && b != b'}');
                        return Ok(());
                    }
                    None if get(dec, DEC_EOF)? != 0 || get(dec, DEC_ERR)? != 0 => {
                        r[0] = util::bool_word(false);
                        return Ok(());
                    }
                    None => {
                        fill(c, dec)?;
                    }
                }
            }
        }),
    ]
}
