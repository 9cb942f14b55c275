//! Package `encoding/base64`: the four standard encodings (`StdEncoding`, `URLEncoding`,
//! `RawStdEncoding`, `RawURLEncoding`), `NewEncoding`, `(*Encoding).WithPadding`/`Strict`,
//! and `EncodeToString`, `DecodeString`, `Encode`, `Decode`, `EncodedLen`, `DecodedLen`, with
//! Go's decoding rules: `\r` and `\n` are skipped anywhere, padding is checked, and an error
//! is a `base64.CorruptInputError` holding the offset Go reports (`illegal base64 data at
//! input byte N`), returned with the bytes decoded before it. Not yet: `NewEncoder`,
//! `NewDecoder`.
//!
//! Invariants: an `*Encoding` is a one-slot struct whose slot holds a native [`Encoding`]
//! (set once when made, never changed); the four standard encodings are permanent values,
//! one identity per program.

use crate::{declare, native, util};
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use vm::native::{NativeCtx, Panic};
use vm::value;

const STD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/// `base64.NoPadding`.
const NO_PADDING: i64 = -1;

#[derive(Clone)]
struct Encoding {
    alphabet: [u8; 64],
    decode_map: [u8; 256],
    pad: i64,
    strict: bool,
}

impl NativeObject for Encoding {
    fn trace(&self, _marker: &mut Marker) {}
}

impl Encoding {
    fn new(alphabet: &[u8; 64], pad: i64) -> Encoding {
        let mut decode_map = [0xff; 256];
        for (i, &c) in alphabet.iter().enumerate() {
            decode_map[c as usize] = i as u8;
        }
        Encoding {
            alphabet: *alphabet,
            decode_map,
            pad,
            strict: false,
        }
    }

    fn encoded_len(&self, n: usize) -> usize {
        if self.pad == NO_PADDING {
            (n * 8).div_ceil(6)
        } else {
            n.div_ceil(3) * 4
        }
    }

    fn decoded_len(&self, n: usize) -> usize {
        if self.pad == NO_PADDING {
            n * 6 / 8
        } else {
            n / 4 * 3
        }
    }

    fn encode(&self, src: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.encoded_len(src.len()));
        for chunk in src.chunks(3) {
            let v = (chunk[0] as u32) << 16
                | (*chunk.get(1).unwrap_or(&0) as u32) << 8
                | *chunk.get(2).unwrap_or(&0) as u32;
            let digits = chunk.len() + 1;
            for k in 0..4 {
                if k < digits {
                    out.push(self.alphabet[(v >> (18 - 6 * k) & 0x3f) as usize]);
                } else if self.pad != NO_PADDING {
                    out.push(self.pad as u8);
                }
            }
        }
        out
    }

    /// Go's `decodeQuantum` from `si`: the next index, the decoded bytes, and the error
    /// offset (`CorruptInputError`) if any.
    fn decode_quantum(&self, src: &[u8], mut si: usize) -> (usize, Vec<u8>, Option<usize>) {
        let is_newline = |c: u8| c == b'\n' || c == b'\r';
        let mut dbuf = [0u8; 4];
        let mut dlen = 4;
        let mut err = None;
        let mut j = 0;
        while j < 4 {
            if si == src.len() {
                if j == 0 {
                    return (si, Vec::new(), None);
                }
                if j == 1 || self.pad != NO_PADDING {
                    return (si, Vec::new(), Some(si - j));
                }
                dlen = j;
                break;
            }
            let c = src[si];
            si += 1;
            let d = self.decode_map[c as usize];
            if d != 0xff {
                dbuf[j] = d;
                j += 1;
                continue;
            }
            if is_newline(c) {
                continue;
            }
            if c as i64 != self.pad {
                return (si, Vec::new(), Some(si - 1));
            }
            // Padding: only after two or three digits.
            match j {
                0 | 1 => return (si, Vec::new(), Some(si - 1)),
                2 => {
                    while si < src.len() && is_newline(src[si]) {
                        si += 1;
                    }
                    if si == src.len() {
                        return (si, Vec::new(), Some(src.len()));
                    }
                    if src[si] as i64 != self.pad {
                        return (si, Vec::new(), Some(si - 1));
                    }
                    si += 1;
                }
                _ => {}
            }
            while si < src.len() && is_newline(src[si]) {
                si += 1;
            }
            if si < src.len() {
                err = Some(si);
            }
            dlen = j;
            break;
        }
        let v = (dbuf[0] as u32) << 18
            | (dbuf[1] as u32) << 12
            | (dbuf[2] as u32) << 6
            | dbuf[3] as u32;
        let bytes = [(v >> 16) as u8, (v >> 8) as u8, v as u8];
        let n = dlen - 1;
        if self.strict {
            let spare = |k: usize| bytes[k..].iter().any(|&b| b != 0);
            if n == 2 && spare(2) {
                return (si, Vec::new(), Some(si - 1));
            }
            if n == 1 && spare(1) {
                return (si, Vec::new(), Some(si - 2));
            }
        }
        (si, bytes[..n].to_vec(), err)
    }

    /// Go's `Decode`: the bytes decoded before any error, and the error's offset.
    fn decode(&self, src: &[u8]) -> (Vec<u8>, Option<usize>) {
        let mut out = Vec::with_capacity(self.decoded_len(src.len()));
        let mut si = 0;
        while si < src.len() {
            let (next, bytes, err) = self.decode_quantum(src, si);
            out.extend_from_slice(&bytes);
            if err.is_some() {
                return (out, err);
            }
            if next == si {
                break;
            }
            si = next;
        }
        (out, None)
    }
}

/// `base64.StdEncoding.EncodeToString(src)` (for `encoding/json`'s `[]byte`).
pub fn encode_std(src: &[u8]) -> Vec<u8> {
    Encoding::new(STD, '=' as i64).encode(src)
}

/// `base64.StdEncoding.DecodeString(src)`: the bytes, or the `CorruptInputError` offset.
pub fn decode_std(src: &[u8]) -> Result<Vec<u8>, usize> {
    match Encoding::new(STD, '=' as i64).decode(src) {
        (out, None) => Ok(out),
        (_, Some(at)) => Err(at),
    }
}

/// A `base64.CorruptInputError(at)` as an `error`.
/// (An `*errors.errorString` with its text when the program never names that type.)
pub fn corrupt_input_error(c: &NativeCtx, at: usize) -> Word {
    match util::type_named(c.prog, "base64.CorruptInputError") {
        Some(t) => value::iface_new(t, at as Word),
        None => util::new_error(
            c.prog,
            format!("illegal base64 data at input byte {at}").as_bytes(),
        ),
    }
}

fn encoding_type(c: &NativeCtx) -> Result<u32, Panic> {
    util::type_named(c.prog, "*base64.Encoding")
        .ok_or_else(|| Panic::Fatal("minigo: type base64.Encoding is not loaded".into()))
}

/// A new `*Encoding` value holding `e`.
fn new_encoding(c: &NativeCtx, e: Encoding) -> Result<Word, Panic> {
    let t = encoding_type(c)?;
    let obj = value::zero(c.prog, c.prog.types[t as usize].elem);
    heap::store_word(obj, heap::alloc_native(Box::new(e)));
    Ok(obj)
}

/// The permanent standard encoding `name`.
fn standard(
    c: &NativeCtx,
    name: &str,
    alphabet: &'static [u8; 64],
    pad: i64,
) -> Result<Word, Panic> {
    encoding_type(c)?;
    Ok(util::permanent(c.prog, name, || {
        new_encoding(c, Encoding::new(alphabet, pad)).unwrap_or(0)
    }))
}

fn encoding(recv: Word) -> Result<&'static Encoding, Panic> {
    if recv == 0 {
        return Err(util::nil_deref());
    }
    heap::native::<Encoding>(heap::load_word(recv)).ok_or_else(util::nil_deref)
}

/// Go's `panic("…")` with a string value.
fn string_panic(c: &NativeCtx, msg: &str) -> Panic {
    let string = util::type_named(c.prog, "string").unwrap_or(0);
    Panic::Value(value::iface_new(string, util::new_str(msg.as_bytes())))
}

fn corrupt(c: &NativeCtx, offset: Option<usize>) -> Result<Word, Panic> {
    Ok(offset.map_or(0, |at| corrupt_input_error(c, at)))
}

/// Copies `bytes` into `dst` from index 0, panicking as Go's indexing does when it is short.
fn copy_into(dst: Word, bytes: &[u8]) -> Result<(), Panic> {
    for (i, &b) in bytes.iter().enumerate() {
        value::slice_set(dst, i as i64, b as Word, true)?;
    }
    Ok(())
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!(
            "encoding/base64",
            "type Encoding struct { impl uintptr }
type CorruptInputError int64
const StdPadding rune = '='
const NoPadding rune = -1"
        ),
        native!(
            "encoding/base64",
            "func (CorruptInputError) Error() string",
            |_, r| {
                let msg = format!("illegal base64 data at input byte {}", r[0] as i64);
                r[0] = util::new_str(msg.as_bytes());
                Ok(())
            }
        ),
        native!("encoding/base64", "var StdEncoding *Encoding", |c, r| {
            r[0] = standard(c, "base64.StdEncoding", STD, '=' as i64)?;
            Ok(())
        }),
        native!("encoding/base64", "var URLEncoding *Encoding", |c, r| {
            r[0] = standard(c, "base64.URLEncoding", URL, '=' as i64)?;
            Ok(())
        }),
        native!("encoding/base64", "var RawStdEncoding *Encoding", |c, r| {
            r[0] = standard(c, "base64.RawStdEncoding", STD, NO_PADDING)?;
            Ok(())
        }),
        native!("encoding/base64", "var RawURLEncoding *Encoding", |c, r| {
            r[0] = standard(c, "base64.RawURLEncoding", URL, NO_PADDING)?;
            Ok(())
        }),
        native!(
            "encoding/base64",
            "func NewEncoding(string) *Encoding",
            |c, r| {
                let a = util::str_arg(r[0]);
                let Ok(alphabet) = <&[u8; 64]>::try_from(a) else {
                    return Err(string_panic(c, "encoding alphabet is not 64-bytes long"));
                };
                if a.iter().any(|&b| b == b'\n' || b == b'\r') {
                    return Err(string_panic(
                        c,
                        "encoding alphabet contains newline character",
                    ));
                }
                r[0] = new_encoding(c, Encoding::new(alphabet, '=' as i64))?;
                Ok(())
            }
        ),
        native!(
            "encoding/base64",
            "func (*Encoding) WithPadding(rune) *Encoding",
            |c, r| {
                let mut e = encoding(r[0])?.clone();
                let pad = r[1] as i32 as i64;
                if pad == '\r' as i64 || pad == '\n' as i64 || pad > 0xff {
                    return Err(string_panic(c, "invalid padding"));
                }
                if e.alphabet.iter().any(|&b| b as i64 == pad) {
                    return Err(string_panic(c, "padding contained in alphabet"));
                }
                e.pad = pad;
                r[0] = new_encoding(c, e)?;
                Ok(())
            }
        ),
        native!(
            "encoding/base64",
            "func (*Encoding) Strict() *Encoding",
            |c, r| {
                let mut e = encoding(r[0])?.clone();
                e.strict = true;
                r[0] = new_encoding(c, e)?;
                Ok(())
            }
        ),
        native!(
            "encoding/base64",
            "func (*Encoding) EncodeToString([]byte) string",
            |_, r| {
                r[0] = util::new_str(&encoding(r[0])?.encode(&util::byte_slice(r[1])));
                Ok(())
            }
        ),
        native!(
            "encoding/base64",
            "func (*Encoding) DecodeString(string) ([]byte, error)",
            |c, r| {
                let (out, err) = encoding(r[0])?.decode(util::str_arg(r[1]));
                r[0] = util::new_byte_slice(&out);
                r[1] = corrupt(c, err)?;
                Ok(())
            }
        ),
        native!(
            "encoding/base64",
            "func (*Encoding) EncodedLen(int) int",
            |_, r| {
                r[0] = encoding(r[0])?.encoded_len(r[1] as usize) as Word;
                Ok(())
            }
        ),
        native!(
            "encoding/base64",
            "func (*Encoding) DecodedLen(int) int",
            |_, r| {
                r[0] = encoding(r[0])?.decoded_len(r[1] as usize) as Word;
                Ok(())
            }
        ),
        native!(
            "encoding/base64",
            "func (*Encoding) Encode([]byte, []byte)",
            |_, r| {
                let out = encoding(r[0])?.encode(&util::byte_slice(r[2]));
                copy_into(r[1], &out)
            }
        ),
        native!(
            "encoding/base64",
            "func (*Encoding) Decode([]byte, []byte) (int, error)",
            |c, r| {
                let (out, err) = encoding(r[0])?.decode(&util::byte_slice(r[2]));
                copy_into(r[1], &out)?;
                r[0] = out.len() as Word;
                r[1] = corrupt(c, err)?;
                Ok(())
            }
        ),
    ]
}
