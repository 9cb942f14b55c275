//! Package `encoding/hex`: `EncodeToString`, `DecodeString`, `Encode`, `Decode`,
//! `EncodedLen`, `DecodedLen`, `ErrLength` and `InvalidByteError`, with Go's results on bad
//! input (the bytes decoded before the bad one, then the error; an odd length reports an
//! invalid last byte first). Not yet: `Dump`, `Dumper`, `NewEncoder`/`NewDecoder`.
//!
//! Invariants: `ErrLength` has one identity per program; an `InvalidByteError` is the
//! `hex.InvalidByteError` value of the offending byte, printed as Go's `%#U`.

use crate::{declare, native, util};
use runtime::heap::Word;
use vm::native::{NativeCtx, Panic};
use vm::value;

const DIGITS: &[u8; 16] = b"0123456789abcdef";

fn encode(src: &[u8]) -> Vec<u8> {
    src.iter()
        .flat_map(|&b| [DIGITS[(b >> 4) as usize], DIGITS[(b & 15) as usize]])
        .collect()
}

fn nibble(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Why decoding stopped.
enum DecodeError {
    Length,
    InvalidByte(u8),
}

/// Go's `hex.Decode`: the bytes decoded before any error, and the error.
fn decode(src: &[u8]) -> (Vec<u8>, Option<DecodeError>) {
    let mut out = Vec::with_capacity(src.len() / 2);
    for pair in src.chunks_exact(2) {
        let Some(a) = nibble(pair[0]) else {
            return (out, Some(DecodeError::InvalidByte(pair[0])));
        };
        let Some(b) = nibble(pair[1]) else {
            return (out, Some(DecodeError::InvalidByte(pair[1])));
        };
        out.push(a << 4 | b);
    }
    if src.len() % 2 == 1 {
        let last = src[src.len() - 1];
        let err = match nibble(last) {
            None => DecodeError::InvalidByte(last),
            Some(_) => DecodeError::Length,
        };
        return (out, Some(err));
    }
    (out, None)
}

fn err_length(c: &NativeCtx) -> Word {
    let prog = c.prog;
    util::permanent(prog, "hex.ErrLength", || {
        util::new_error(prog, b"encoding/hex: odd length hex string")
    })
}

fn error_value(c: &NativeCtx, e: Option<DecodeError>) -> Result<Word, Panic> {
    Ok(match e {
        None => 0,
        Some(DecodeError::Length) => err_length(c),
        Some(DecodeError::InvalidByte(b)) => {
            let t = util::type_named(c.prog, "hex.InvalidByteError").ok_or_else(|| {
                Panic::Fatal("minigo: type hex.InvalidByteError is not loaded".into())
            })?;
            value::iface_new(t, b as Word)
        }
    })
}

/// `%#U` of a byte value: `U+0067 'g'` (printable) or `U+0000`.
fn sharp_u(b: u8) -> String {
    let c = b as char;
    if crate::strconv::isprint::is_print(c) {
        format!("U+{:04X} '{c}'", b)
    } else {
        format!("U+{:04X}", b)
    }
}

/// Copies `bytes` into the Go `[]byte` `dst` from index 0 (the caller checked its length).
fn copy_into(dst: Word, bytes: &[u8]) -> Result<(), Panic> {
    for (i, &b) in bytes.iter().enumerate() {
        value::slice_set(dst, i as i64, b as Word, true)?;
    }
    Ok(())
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!("encoding/hex", "type InvalidByteError byte"),
        native!(
            "encoding/hex",
            "func (InvalidByteError) Error() string",
            |_, r| {
                let msg = format!("encoding/hex: invalid byte: {}", sharp_u(r[0] as u8));
                r[0] = util::new_str(msg.as_bytes());
                Ok(())
            }
        ),
        native!("encoding/hex", "var ErrLength error", |c, r| {
            r[0] = err_length(c);
            Ok(())
        }),
        native!(
            "encoding/hex",
            "func EncodeToString([]byte) string",
            |_, r| {
                r[0] = util::new_str(&encode(&util::byte_slice(r[0])));
                Ok(())
            }
        ),
        native!(
            "encoding/hex",
            "func DecodeString(string) ([]byte, error)",
            |c, r| {
                let (out, err) = decode(util::str_arg(r[0]));
                r[0] = util::new_byte_slice(&out);
                r[1] = error_value(c, err)?;
                Ok(())
            }
        ),
        native!("encoding/hex", "func EncodedLen(int) int", |_, r| {
            r[0] = (r[0] as i64).wrapping_mul(2) as Word;
            Ok(())
        }),
        native!("encoding/hex", "func DecodedLen(int) int", |_, r| {
            r[0] = (r[0] as i64 / 2) as Word;
            Ok(())
        }),
        native!("encoding/hex", "func Encode([]byte, []byte) int", |_, r| {
            let out = encode(&util::byte_slice(r[1]));
            let (_, _, len, _) = value::slice_parts(r[0]);
            if len < out.len() {
                return Err(value::index_panic(len as i64, len));
            }
            copy_into(r[0], &out)?;
            r[0] = out.len() as Word;
            Ok(())
        }),
        native!(
            "encoding/hex",
            "func Decode([]byte, []byte) (int, error)",
            |c, r| {
                let (out, err) = decode(&util::byte_slice(r[1]));
                let (_, _, len, _) = value::slice_parts(r[0]);
                if len < out.len() {
                    return Err(value::index_panic(len as i64, len));
                }
                copy_into(r[0], &out)?;
                r[0] = out.len() as Word;
                r[1] = error_value(c, err)?;
                Ok(())
            }
        ),
    ]
}
