//! Package `bytes`:
//! - `type Buffer`: `(*Buffer) WriteString(s string) (int, error)`, `WriteByte(c byte)
//!   error`, `WriteRune(r rune) (int, error)`, `Write(p []byte) (int, error)`, `String()
//!   string`, `Len() int`, `Reset()`, `Bytes() []byte` (a copy, not an alias), `Truncate(n
//!   int)`, `Grow(n int)`, `Read(p []byte) (int, error)`, `ReadString(delim byte) (string,
//!   error)`, `ReadByte() (byte, error)`, `ReadRune() (rune, int, error)`, `Next(n int)
//!   []byte`, `ReadBytes(delim byte) ([]byte, error)`, `Cap() int` (the capacity reserved, at
//!   least `NewBuffer`'s slice's: Go's growth steps are not modelled) — state: a `ByteBuf` in the struct's slot 0 (as strings.Builder)
//! - `Contains, Equal, Replace, ReplaceAll, Compare, Index, IndexByte, LastIndex, HasPrefix, HasSuffix, Split,
//!   Fields, Join, ToUpper, ToLower, TrimSpace, Trim, TrimPrefix, TrimSuffix, EqualFold, Repeat,
//!   Count, ContainsRune, ContainsAny, TrimLeft, TrimFunc, FieldsFunc, IndexFunc, Map, IndexAny,
//!   LastIndexByte, Cut, SplitN`
//! - `func NewBufferString(s string) *Buffer`, `func NewBuffer(buf []byte) *Buffer`
//! - `func NewReader(b []byte) *Reader` with `strings.Reader`'s methods (`Len`, `Read`,
//!   `ReadByte`, `ReadRune`), and `IndexRune`, `Title`, `Runes`

use crate::reader_methods;
use crate::strings as s;
use crate::util::{self, byte_slice, new_byte_slice, new_str};
use crate::{declare, native};
use runtime::heap::{self, Word};
use vm::native::Panic;
use vm::utf8::runes;

fn bs(w: Word) -> Vec<u8> {
    byte_slice(w)
}

/// A trimmed `[]byte`: nil when nothing is left, as Go's trim functions return.
fn nil_if_empty(t: &[u8]) -> Word {
    if t.is_empty() {
        0
    } else {
        new_byte_slice(t)
    }
}

/// `s[from:to]` of the `[]byte` `s`, sharing its backing array.
fn subslice(s: Word, from: usize, to: usize) -> Word {
    if s == 0 {
        return 0;
    }
    let (arr, off, _, cap) = vm::value::slice_parts(s);
    vm::value::slice_new(arr, off + from, to - from, cap - from)
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
        declare!("bytes", "type Buffer struct { impl uintptr }"),
        native!(
            "bytes",
            "func (*Buffer) WriteString(string) (int, error)",
            |_, r| {
                let v = util::str_arg(r[1]);
                util::byte_buf(r[0])?.buf.lock().extend_from_slice(v);
                r[0] = v.len() as Word;
                r[1] = 0;
                Ok(())
            }
        ),
        native!(
            "bytes",
            "func (*Buffer) Write([]byte) (int, error)",
            |_, r| {
                let v = bs(r[1]);
                util::byte_buf(r[0])?.buf.lock().extend_from_slice(&v);
                r[0] = v.len() as Word;
                r[1] = 0;
                Ok(())
            }
        ),
        native!("bytes", "func (*Buffer) WriteByte(byte) error", |_, r| {
            util::byte_buf(r[0])?.buf.lock().push(r[1] as u8);
            r[0] = 0;
            Ok(())
        }),
        native!(
            "bytes",
            "func (*Buffer) WriteRune(rune) (int, error)",
            |_, r| {
                let b = util::encode_rune(r[1] as i32 as i64);
                util::byte_buf(r[0])?.buf.lock().extend_from_slice(&b);
                r[0] = b.len() as Word;
                r[1] = 0;
                Ok(())
            }
        ),
        native!("bytes", "func (*Buffer) String() string", |_, r| {
            r[0] = if r[0] == 0 {
                new_str(b"<nil>")
            } else {
                util::existing_byte_buf(r[0]).map_or(0, |b| new_str(&b.buf.lock()))
            };
            Ok(())
        }),
        native!("bytes", "func (*Buffer) Bytes() []byte", |_, r| {
            r[0] = util::existing_byte_buf(r[0]).map_or(0, |b| new_byte_slice(&b.buf.lock()));
            Ok(())
        }),
        native!("bytes", "func (*Buffer) Len() int", |_, r| {
            r[0] = util::existing_byte_buf(r[0]).map_or(0, |b| b.buf.lock().len()) as Word;
            Ok(())
        }),
        native!("bytes", "func (*Buffer) Reset()", |_, r| {
            if let Some(b) = util::existing_byte_buf(r[0]) {
                b.buf.lock().clear();
            }
            Ok(())
        }),
        native!("bytes", "func (*Buffer) Truncate(int)", |_, r| {
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
        native!("bytes", "func (*Buffer) Grow(int)", |_, r| {
            if (r[1] as i64) < 0 {
                return Err(Panic::Plain("bytes.Buffer.Grow: negative count".into()));
            }
            if r[1] as usize > runtime::GO_MAX_ALLOC {
                return Err(Panic::Plain("bytes.Buffer: too large".into()));
            }
            util::byte_buf(r[0])?.buf.lock().reserve(r[1] as usize);
            Ok(())
        }),
        native!(
            "bytes",
            "func (*Buffer) Read([]byte) (int, error)",
            |c, r| {
                let b = util::byte_buf(r[0])?;
                crate::io::read(c, b, r)
            }
        ),
        native!(
            "bytes",
            "func (*Buffer) ReadString(byte) (string, error)",
            |c, r| {
                let b = util::byte_buf(r[0])?;
                crate::io::read_string(c, b, r);
                Ok(())
            }
        ),
        native!(
            "bytes",
            "func (*Buffer) ReadByte() (byte, error)",
            |c, r| {
                let b = util::byte_buf(r[0])?;
                crate::io::read_byte(c, b, r);
                Ok(())
            }
        ),
        native!(
            "bytes",
            "func (*Buffer) ReadRune() (rune, int, error)",
            |c, r| {
                let b = util::byte_buf(r[0])?;
                crate::io::read_rune(c, b, r);
                Ok(())
            }
        ),
        native!("bytes", "func (*Buffer) Next(int) []byte", |_, r| {
            let b = util::byte_buf(r[0])?;
            let mut buf = b.buf.lock();
            let n = (r[1] as i64).clamp(0, buf.len() as i64) as usize;
            r[0] = new_byte_slice(&buf[..n]);
            buf.drain(..n);
            Ok(())
        }),
        native!(
            "bytes",
            "func (*Buffer) ReadBytes(byte) ([]byte, error)",
            |c, r| {
                let (line, err) = crate::io::read_until(c, util::byte_buf(r[0])?, r[1] as u8);
                r[0] = if line.is_empty() {
                    0
                } else {
                    new_byte_slice(&line)
                };
                r[1] = err;
                Ok(())
            }
        ),
        native!("bytes", "func (*Buffer) Cap() int", |_, r| {
            r[0] = util::existing_byte_buf(r[0]).map_or(0, |b| b.buf.lock().capacity()) as Word;
            Ok(())
        }),
        native!("bytes", "func NewBufferString(string) *Buffer", |_, r| {
            r[0] = new_buffer(util::str_arg(r[0]));
            Ok(())
        }),
        native!("bytes", "func NewBuffer([]byte) *Buffer", |_, r| {
            let (_, _, _, cap) = vm::value::slice_parts(r[0]);
            r[0] = new_buffer(&bs(r[0]));
            if let Ok(b) = util::byte_buf(r[0]) {
                let mut buf = b.buf.lock();
                let len = buf.len();
                buf.reserve_exact(cap.saturating_sub(len));
            }
            Ok(())
        }),
        native!("bytes", "func NewReader([]byte) *Reader", |c, r| {
            r[0] = s::new_reader(c, "*bytes.Reader", &bs(r[0]))?;
            Ok(())
        }),
        native!("bytes", "func IndexRune([]byte, rune) int", |_, r| {
            r[0] = s::index_rune(&bs(r[0]), r[1] as i32 as i64) as Word;
            Ok(())
        }),
        native!("bytes", "func Title([]byte) []byte", |_, r| {
            r[0] = new_byte_slice(&s::title(&bs(r[0])));
            Ok(())
        }),
        native!("bytes", "func Runes([]byte) []rune", |_, r| {
            let words: Vec<Word> = runes(&bs(r[0])).map(|(_, c, _)| c as Word).collect();
            r[0] = util::new_word_slice(&words);
            Ok(())
        }),
        native!("bytes", "func Contains([]byte, []byte) bool", |_, r| {
            r[0] = (s::index(&bs(r[0]), &bs(r[1])) >= 0) as Word;
            Ok(())
        }),
        native!("bytes", "func ContainsRune([]byte, rune) bool", |_, r| {
            r[0] = (s::index_rune(&bs(r[0]), r[1] as i32 as i64) >= 0) as Word;
            Ok(())
        }),
        native!("bytes", "func ContainsAny([]byte, string) bool", |_, r| {
            r[0] = (s::index_any(&bs(r[0]), util::str_arg(r[1])) >= 0) as Word;
            Ok(())
        }),
        native!("bytes", "func Equal([]byte, []byte) bool", |_, r| {
            r[0] = (bs(r[0]) == bs(r[1])) as Word;
            Ok(())
        }),
        native!("bytes", "func Compare([]byte, []byte) int", |_, r| {
            r[0] = (bs(r[0]).cmp(&bs(r[1])) as i64) as Word;
            Ok(())
        }),
        native!("bytes", "func Index([]byte, []byte) int", |_, r| {
            r[0] = s::index(&bs(r[0]), &bs(r[1])) as Word;
            Ok(())
        }),
        native!("bytes", "func IndexByte([]byte, byte) int", |_, r| {
            r[0] = bs(r[0])
                .iter()
                .position(|&b| b == r[1] as u8)
                .map_or(-1, |i| i as i64) as Word;
            Ok(())
        }),
        native!("bytes", "func LastIndex([]byte, []byte) int", |_, r| {
            r[0] = s::last_index(&bs(r[0]), &bs(r[1])) as Word;
            Ok(())
        }),
        native!("bytes", "func Count([]byte, []byte) int", |_, r| {
            r[0] = s::count(&bs(r[0]), &bs(r[1])) as Word;
            Ok(())
        }),
        native!("bytes", "func HasPrefix([]byte, []byte) bool", |_, r| {
            r[0] = bs(r[0]).starts_with(&bs(r[1])) as Word;
            Ok(())
        }),
        native!("bytes", "func HasSuffix([]byte, []byte) bool", |_, r| {
            r[0] = bs(r[0]).ends_with(&bs(r[1])) as Word;
            Ok(())
        }),
        native!("bytes", "func Split([]byte, []byte) [][]byte", |_, r| {
            r[0] = slices(s::gen_split(&bs(r[0]), &bs(r[1]), 0, -1));
            Ok(())
        }),
        native!("bytes", "func Fields([]byte) [][]byte", |_, r| {
            r[0] = slices(s::fields(&bs(r[0])));
            Ok(())
        }),
        native!("bytes", "func Join([][]byte, []byte) []byte", |_, r| {
            let parts: Vec<Vec<u8>> = vm::value::slice_to_vec(r[0], false)
                .into_iter()
                .map(bs)
                .collect();
            r[0] = new_byte_slice(&parts.join(&bs(r[1])[..]));
            Ok(())
        }),
        native!(
            "bytes",
            "func Replace([]byte, []byte, []byte, int) []byte",
            |_, r| {
                r[0] = new_byte_slice(&s::replace(&bs(r[0]), &bs(r[1]), &bs(r[2]), r[3] as i64));
                Ok(())
            }
        ),
        native!(
            "bytes",
            "func ReplaceAll([]byte, []byte, []byte) []byte",
            |_, r| {
                r[0] = new_byte_slice(&s::replace(&bs(r[0]), &bs(r[1]), &bs(r[2]), -1));
                Ok(())
            }
        ),
        native!("bytes", "func ToUpper([]byte) []byte", |_, r| {
            r[0] = new_byte_slice(&s::to_upper(&bs(r[0])));
            Ok(())
        }),
        native!("bytes", "func ToLower([]byte) []byte", |_, r| {
            r[0] = new_byte_slice(&s::to_lower(&bs(r[0])));
            Ok(())
        }),
        native!("bytes", "func TrimSpace([]byte) []byte", |_, r| {
            let v = bs(r[0]);
            let t = s::trim_space(&v);
            r[0] = if t.is_empty() { 0 } else { new_byte_slice(t) };
            Ok(())
        }),
        native!("bytes", "func Trim([]byte, string) []byte", |_, r| {
            let v = bs(r[0]);
            let t = s::trim_cutset(&v, util::str_arg(r[1]));
            r[0] = if t.is_empty() { 0 } else { new_byte_slice(t) };
            Ok(())
        }),
        native!("bytes", "func TrimPrefix([]byte, []byte) []byte", |_, r| {
            let (v, p) = (bs(r[0]), bs(r[1]));
            if let Some(t) = v.strip_prefix(&p[..]) {
                r[0] = new_byte_slice(t);
            }
            Ok(())
        }),
        native!("bytes", "func TrimSuffix([]byte, []byte) []byte", |_, r| {
            let (v, p) = (bs(r[0]), bs(r[1]));
            if let Some(t) = v.strip_suffix(&p[..]) {
                r[0] = new_byte_slice(t);
            }
            Ok(())
        }),
        native!("bytes", "func EqualFold([]byte, []byte) bool", |_, r| {
            r[0] = s::equal_fold(&bs(r[0]), &bs(r[1])) as Word;
            Ok(())
        }),
        native!("bytes", "func TrimLeft([]byte, string) []byte", |_, r| {
            let v = bs(r[0]);
            let t = s::trim_left_cutset(&v, util::str_arg(r[1]));
            r[0] = if t.is_empty() { 0 } else { new_byte_slice(t) };
            Ok(())
        }),
        native!(
            "bytes",
            "func TrimFunc([]byte, func(rune) bool) []byte",
            |c, r| {
                let v = bs(r[0]);
                let t = &v[s::trim_func(c, &v, r[1])?];
                r[0] = if t.is_empty() { 0 } else { new_byte_slice(t) };
                Ok(())
            }
        ),
        native!(
            "bytes",
            "func FieldsFunc([]byte, func(rune) bool) [][]byte",
            |c, r| {
                let v = bs(r[0]);
                r[0] = slices(s::fields_func(c, &v, r[1])?);
                Ok(())
            }
        ),
        native!(
            "bytes",
            "func IndexFunc([]byte, func(rune) bool) int",
            |c, r| {
                let v = bs(r[0]);
                r[0] = s::index_func(c, &v, r[1])? as Word;
                Ok(())
            }
        ),
        native!(
            "bytes",
            "func Map(func(rune) rune, []byte) []byte",
            |c, r| {
                let v = bs(r[1]);
                r[0] = new_byte_slice(&s::map_go(c, r[0], &v)?);
                Ok(())
            }
        ),
        native!("bytes", "func IndexAny([]byte, string) int", |_, r| {
            r[0] = s::index_any(&bs(r[0]), util::str_arg(r[1])) as Word;
            Ok(())
        }),
        native!("bytes", "func LastIndexByte([]byte, byte) int", |_, r| {
            let i = bs(r[0]).iter().rposition(|&b| b == r[1] as u8);
            r[0] = i.map_or(-1, |i| i as i64) as Word;
            Ok(())
        }),
        native!(
            "bytes",
            "func Cut([]byte, []byte) ([]byte, []byte, bool)",
            |_, r| {
                let (v, sep) = (bs(r[0]), bs(r[1]));
                let i = s::index(&v, &sep);
                if i >= 0 {
                    let i = i as usize;
                    r[0] = new_byte_slice(&v[..i]);
                    r[1] = new_byte_slice(&v[i + sep.len()..]);
                    r[2] = 1;
                } else {
                    r[1] = 0;
                    r[2] = 0;
                }
                Ok(())
            }
        ),
        native!(
            "bytes",
            "func SplitN([]byte, []byte, int) [][]byte",
            |_, r| {
                let n = r[2] as i64;
                let parts = s::gen_split(&bs(r[0]), &bs(r[1]), 0, n);
                r[0] = if n == 0 { 0 } else { slices(parts) };
                Ok(())
            }
        ),
        native!("bytes", "func TrimRight([]byte, string) []byte", |_, r| {
            let v = bs(r[0]);
            let j = s::trim_right_by(&v, &mut s::in_cutset(util::str_arg(r[1])));
            if j < v.len() {
                r[0] = new_byte_slice(&v[..j]);
            }
            Ok(())
        }),
        native!(
            "bytes",
            "func TrimLeftFunc([]byte, func(rune) bool) []byte",
            |c, r| {
                let v = bs(r[0]);
                r[0] = nil_if_empty(&v[s::trim_left_go(c, &v, r[1])?..]);
                Ok(())
            }
        ),
        native!(
            "bytes",
            "func TrimRightFunc([]byte, func(rune) bool) []byte",
            |c, r| {
                let v = bs(r[0]);
                let j = s::trim_right_go(c, &v, r[1])?;
                if j < v.len() {
                    r[0] = new_byte_slice(&v[..j]);
                }
                Ok(())
            }
        ),
        native!(
            "bytes",
            "func LastIndexFunc([]byte, func(rune) bool) int",
            |c, r| {
                r[0] = s::last_index_func(c, &bs(r[0]), r[1])? as Word;
                Ok(())
            }
        ),
        native!("bytes", "func LastIndexAny([]byte, string) int", |_, r| {
            r[0] = s::last_index_any(&bs(r[0]), util::str_arg(r[1])) as Word;
            Ok(())
        }),
        native!(
            "bytes",
            "func SplitAfter([]byte, []byte) [][]byte",
            |_, r| {
                let sep = bs(r[1]);
                r[0] = slices(s::gen_split(&bs(r[0]), &sep, sep.len(), -1));
                Ok(())
            }
        ),
        native!(
            "bytes",
            "func SplitAfterN([]byte, []byte, int) [][]byte",
            |_, r| {
                let (n, sep) = (r[2] as i64, bs(r[1]));
                let parts = s::gen_split(&bs(r[0]), &sep, sep.len(), n);
                r[0] = if n == 0 { 0 } else { slices(parts) };
                Ok(())
            }
        ),
        native!("bytes", "func ToTitle([]byte) []byte", |_, r| {
            r[0] = new_byte_slice(&s::to_title(&bs(r[0])));
            Ok(())
        }),
        native!(
            "bytes",
            "func ToValidUTF8([]byte, []byte) []byte",
            |_, r| {
                r[0] = new_byte_slice(&s::to_valid_utf8(&bs(r[0]), &bs(r[1])));
                Ok(())
            }
        ),
        native!(
            "bytes",
            "func CutPrefix([]byte, []byte) ([]byte, bool)",
            |_, r| {
                let (v, p) = (bs(r[0]), bs(r[1]));
                r[1] = v.starts_with(&p) as Word;
                if r[1] != 0 {
                    r[0] = subslice(r[0], p.len(), v.len());
                }
                Ok(())
            }
        ),
        native!(
            "bytes",
            "func CutSuffix([]byte, []byte) ([]byte, bool)",
            |_, r| {
                let (v, p) = (bs(r[0]), bs(r[1]));
                r[1] = v.ends_with(&p) as Word;
                if r[1] != 0 {
                    r[0] = subslice(r[0], 0, v.len() - p.len());
                }
                Ok(())
            }
        ),
        native!(
            "bytes",
            "func ContainsFunc([]byte, func(rune) bool) bool",
            |c, r| {
                r[0] = (s::index_func(c, &bs(r[0]), r[1])? >= 0) as Word;
                Ok(())
            }
        ),
        native!("bytes", "func Clone([]byte) []byte", |_, r| {
            if r[0] != 0 {
                r[0] = new_byte_slice(&bs(r[0]));
            }
            Ok(())
        }),
        native!("bytes", "func Repeat([]byte, int) []byte", |_, r| {
            r[0] = new_byte_slice(&s::repeat(&bs(r[0]), r[1] as i64, "bytes")?);
            Ok(())
        }),
    ];
    v.extend(reader_methods!("bytes"));
    v
}
