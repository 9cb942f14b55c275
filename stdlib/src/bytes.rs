//! Package `bytes`:
//! - `type Buffer`: `(*Buffer) WriteString(s string) (int, error)`, `WriteByte(c byte)
//!   error`, `WriteRune(r rune) (int, error)`, `Write(p []byte) (int, error)`, `String()
//!   string`, `Len() int`, `Reset()`, `Bytes() []byte` (a copy, not an alias), `Truncate(n
//!   int)`, `Grow(n int)`, `Read(p []byte) (int, error)`, `ReadString(delim byte) (string,
//!   error)`, `ReadByte() (byte, error)`, `ReadRune() (rune, int, error)`, `Next(n int)
//!   []byte` — state: a `ByteBuf` in the struct's slot 0 (as strings.Builder)
//! - `Contains, Equal, Replace, ReplaceAll, Compare, Index, IndexByte, LastIndex, HasPrefix, HasSuffix, Split,
//!   Fields, Join, ToUpper, ToLower, TrimSpace, Repeat, Count, ContainsRune, ContainsAny`
//! - `func NewBufferString(s string) *Buffer`, `func NewBuffer(buf []byte) *Buffer`
//! - `func NewReader(b []byte) *Reader` with `strings.Reader`'s methods (`Len`, `Read`,
//!   `ReadByte`, `ReadRune`), and `IndexRune`, `Title`, `Runes`

use crate::native;
use crate::reader_methods;
use crate::strings as s;
use crate::util::{self, byte_slice, new_byte_slice, new_str};
use runtime::heap::{self, Word};
use vm::native::Panic;
use vm::utf8::runes;

fn bs(w: Word) -> Vec<u8> {
    byte_slice(w)
}

fn slices(parts: Vec<Vec<u8>>) -> Word {
    let words: Vec<Word> = parts.iter().map(|p| new_byte_slice(p)).collect();
    util::new_word_slice(&words)
}

fn new_buffer(init: &[u8]) -> Word {
    let obj = heap::alloc_words(1);
    util::byte_buf(obj)
        .map(|b| b.buf.lock().extend_from_slice(init))
        .ok();
    obj
}

pub fn natives() -> Vec<crate::Entry> {
    let mut v = vec![
        native!("bytes", "Buffer.WriteString", 2, 2, |_, r| {
            let v = util::str_arg(r[1]);
            util::byte_buf(r[0])?.buf.lock().extend_from_slice(v);
            r[0] = v.len() as Word;
            r[1] = 0;
            Ok(())
        }),
        native!("bytes", "Buffer.Write", 2, 2, |_, r| {
            let v = bs(r[1]);
            util::byte_buf(r[0])?.buf.lock().extend_from_slice(&v);
            r[0] = v.len() as Word;
            r[1] = 0;
            Ok(())
        }),
        native!("bytes", "Buffer.WriteByte", 2, 1, |_, r| {
            util::byte_buf(r[0])?.buf.lock().push(r[1] as u8);
            r[0] = 0;
            Ok(())
        }),
        native!("bytes", "Buffer.WriteRune", 2, 2, |_, r| {
            let b = util::encode_rune(r[1] as i32 as i64);
            util::byte_buf(r[0])?.buf.lock().extend_from_slice(&b);
            r[0] = b.len() as Word;
            r[1] = 0;
            Ok(())
        }),
        native!("bytes", "Buffer.String", 1, 1, |_, r| {
            r[0] = if r[0] == 0 {
                new_str(b"<nil>")
            } else {
                util::existing_byte_buf(r[0]).map_or(0, |b| new_str(&b.buf.lock()))
            };
            Ok(())
        }),
        native!("bytes", "Buffer.Bytes", 1, 1, |_, r| {
            r[0] = util::existing_byte_buf(r[0]).map_or(0, |b| new_byte_slice(&b.buf.lock()));
            Ok(())
        }),
        native!("bytes", "Buffer.Len", 1, 1, |_, r| {
            r[0] = util::existing_byte_buf(r[0]).map_or(0, |b| b.buf.lock().len()) as Word;
            Ok(())
        }),
        native!("bytes", "Buffer.Reset", 1, 0, |_, r| {
            if let Some(b) = util::existing_byte_buf(r[0]) {
                b.buf.lock().clear();
            }
            Ok(())
        }),
        native!("bytes", "Buffer.Truncate", 2, 0, |_, r| {
            let n = r[1] as i64;
            if let Some(b) = util::existing_byte_buf(r[0]) {
                let mut b = b.buf.lock();
                if n < 0 || n as usize > b.len() {
                    return Err(Panic::Plain("bytes.Buffer: truncation out of range".into()));
                }
                b.truncate(n as usize);
            }
            Ok(())
        }),
        native!("bytes", "Buffer.Grow", 2, 0, |_, r| {
            if (r[1] as i64) < 0 {
                return Err(Panic::Plain("bytes.Buffer.Grow: negative count".into()));
            }
            if r[1] as usize > runtime::GO_MAX_ALLOC {
                return Err(Panic::Plain("bytes.Buffer: too large".into()));
            }
            util::byte_buf(r[0])?.buf.lock().reserve(r[1] as usize);
            Ok(())
        }),
        native!("bytes", "Buffer.Read", 2, 2, |c, r| {
            let b = util::byte_buf(r[0])?;
            crate::io::read(c, b, r)
        }),
        native!("bytes", "Buffer.ReadString", 2, 2, |c, r| {
            let b = util::byte_buf(r[0])?;
            crate::io::read_string(c, b, r);
            Ok(())
        }),
        native!("bytes", "Buffer.ReadByte", 1, 2, |c, r| {
            let b = util::byte_buf(r[0])?;
            crate::io::read_byte(c, b, r);
            Ok(())
        }),
        native!("bytes", "Buffer.ReadRune", 1, 3, |c, r| {
            let b = util::byte_buf(r[0])?;
            crate::io::read_rune(c, b, r);
            Ok(())
        }),
        native!("bytes", "Buffer.Next", 2, 1, |_, r| {
            let b = util::byte_buf(r[0])?;
            let mut buf = b.buf.lock();
            let n = (r[1] as i64).clamp(0, buf.len() as i64) as usize;
            r[0] = new_byte_slice(&buf[..n]);
            buf.drain(..n);
            Ok(())
        }),
        native!("bytes", "NewBufferString", 1, 1, |_, r| {
            r[0] = new_buffer(util::str_arg(r[0]));
            Ok(())
        }),
        native!("bytes", "NewBuffer", 1, 1, |_, r| {
            r[0] = new_buffer(&bs(r[0]));
            Ok(())
        }),
        native!("bytes", "NewReader", 1, 1, |c, r| {
            r[0] = s::new_reader(c, "*bytes.Reader", &bs(r[0]))?;
            Ok(())
        }),
        native!("bytes", "IndexRune", 2, 1, |_, r| {
            r[0] = s::index_rune(&bs(r[0]), r[1] as i32 as i64) as Word;
            Ok(())
        }),
        native!("bytes", "Title", 1, 1, |_, r| {
            r[0] = new_byte_slice(&s::title(&bs(r[0])));
            Ok(())
        }),
        native!("bytes", "Runes", 1, 1, |_, r| {
            let words: Vec<Word> = runes(&bs(r[0])).map(|(_, c, _)| c as Word).collect();
            r[0] = util::new_word_slice(&words);
            Ok(())
        }),
        native!("bytes", "Contains", 2, 1, |_, r| {
            r[0] = (s::index(&bs(r[0]), &bs(r[1])) >= 0) as Word;
            Ok(())
        }),
        native!("bytes", "ContainsRune", 2, 1, |_, r| {
            r[0] = (s::index_rune(&bs(r[0]), r[1] as i32 as i64) >= 0) as Word;
            Ok(())
        }),
        native!("bytes", "ContainsAny", 2, 1, |_, r| {
            r[0] = (s::index_any(&bs(r[0]), util::str_arg(r[1])) >= 0) as Word;
            Ok(())
        }),
        native!("bytes", "Equal", 2, 1, |_, r| {
            r[0] = (bs(r[0]) == bs(r[1])) as Word;
            Ok(())
        }),
        native!("bytes", "Compare", 2, 1, |_, r| {
            r[0] = (bs(r[0]).cmp(&bs(r[1])) as i64) as Word;
            Ok(())
        }),
        native!("bytes", "Index", 2, 1, |_, r| {
            r[0] = s::index(&bs(r[0]), &bs(r[1])) as Word;
            Ok(())
        }),
        native!("bytes", "IndexByte", 2, 1, |_, r| {
            r[0] = bs(r[0])
                .iter()
                .position(|&b| b == r[1] as u8)
                .map_or(-1, |i| i as i64) as Word;
            Ok(())
        }),
        native!("bytes", "LastIndex", 2, 1, |_, r| {
            r[0] = s::last_index(&bs(r[0]), &bs(r[1])) as Word;
            Ok(())
        }),
        native!("bytes", "Count", 2, 1, |_, r| {
            r[0] = s::count(&bs(r[0]), &bs(r[1])) as Word;
            Ok(())
        }),
        native!("bytes", "HasPrefix", 2, 1, |_, r| {
            r[0] = bs(r[0]).starts_with(&bs(r[1])) as Word;
            Ok(())
        }),
        native!("bytes", "HasSuffix", 2, 1, |_, r| {
            r[0] = bs(r[0]).ends_with(&bs(r[1])) as Word;
            Ok(())
        }),
        native!("bytes", "Split", 2, 1, |_, r| {
            r[0] = slices(s::gen_split(&bs(r[0]), &bs(r[1]), 0, -1));
            Ok(())
        }),
        native!("bytes", "Fields", 1, 1, |_, r| {
            r[0] = slices(s::fields(&bs(r[0])));
            Ok(())
        }),
        native!("bytes", "Join", 2, 1, |_, r| {
            let parts: Vec<Vec<u8>> = vm::value::slice_to_vec(r[0], false)
                .into_iter()
                .map(bs)
                .collect();
            r[0] = new_byte_slice(&parts.join(&bs(r[1])[..]));
            Ok(())
        }),
        native!("bytes", "Replace", 4, 1, |_, r| {
            r[0] = new_byte_slice(&s::replace(&bs(r[0]), &bs(r[1]), &bs(r[2]), r[3] as i64));
            Ok(())
        }),
        native!("bytes", "ReplaceAll", 3, 1, |_, r| {
            r[0] = new_byte_slice(&s::replace(&bs(r[0]), &bs(r[1]), &bs(r[2]), -1));
            Ok(())
        }),
        native!("bytes", "ToUpper", 1, 1, |_, r| {
            r[0] = new_byte_slice(&s::to_upper(&bs(r[0])));
            Ok(())
        }),
        native!("bytes", "ToLower", 1, 1, |_, r| {
            r[0] = new_byte_slice(&s::to_lower(&bs(r[0])));
            Ok(())
        }),
        native!("bytes", "TrimSpace", 1, 1, |_, r| {
            let v = bs(r[0]);
            let t = s::trim_space(&v);
            r[0] = if t.is_empty() { 0 } else { new_byte_slice(t) };
            Ok(())
        }),
        native!("bytes", "Repeat", 2, 1, |_, r| {
            r[0] = new_byte_slice(&s::repeat(&bs(r[0]), r[1] as i64, "bytes")?);
            Ok(())
        }),
    ];
    v.extend(reader_methods!("bytes"));
    v
}
