//! Package `strings` (byte-level algorithms shared with `bytes`):
//! - `type Builder`: `(*Builder) WriteString(s string) (int, error)`, `WriteByte(c byte)
//!   error`, `WriteRune(r rune) (int, error)`, `Write(p []byte) (int, error)`, `String()
//!   string`, `Len() int`, `Cap() int`, `Reset()`, `Grow(n int)` — state: a `ByteBuf` native
//!   object stored in the struct's slot 0 on first use
//! - `Contains, ContainsRune, ContainsAny, HasPrefix, HasSuffix, Index, IndexByte, IndexRune,
//!   IndexAny, LastIndex, LastIndexByte, Split, SplitN, SplitAfter, Fields, Join, Repeat,
//!   Replace, ReplaceAll, ToUpper, ToLower, Title, ToTitle, TrimSpace, Trim, TrimLeft,
//!   TrimRight, TrimPrefix, TrimSuffix, TrimFunc, EqualFold, Count, Map, Compare, Cut,
//!   IndexFunc, FieldsFunc`
//! - `func NewReplacer(oldnew ...string) *Replacer`, `(*Replacer) Replace(s string) string`
//! - `func NewReader(s string) *Reader`: `(*Reader) Len() int`, `Read(b []byte) (int,
//!   error)`, `ReadByte() (byte, error)`, `ReadRune() (rune, int, error)` (unread bytes in a
//!   `ByteBuf` in slot 0; `Size`, `Seek`, `Unread*` not provided; `bytes.Reader` shares
//!   these methods)

use crate::unicode::case;
use crate::unicode::{is_digit, is_letter, is_space};
use crate::util::{self, new_str, str_arg};
use crate::{declare, native};
use runtime::heap::{self, NativeObject, Word};
use vm::native::{NativeCtx, Panic};
use vm::utf8::{decode_last_rune, decode_rune, runes};

pub fn index(s: &[u8], sep: &[u8]) -> i64 {
    if sep.is_empty() {
        return 0;
    }
    if sep.len() > s.len() {
        return -1;
    }
    s.windows(sep.len())
        .position(|w| w == sep)
        .map_or(-1, |i| i as i64)
}

pub fn last_index(s: &[u8], sep: &[u8]) -> i64 {
    if sep.is_empty() {
        return s.len() as i64;
    }
    if sep.len() > s.len() {
        return -1;
    }
    s.windows(sep.len())
        .rposition(|w| w == sep)
        .map_or(-1, |i| i as i64)
}

pub fn index_rune(s: &[u8], r: i64) -> i64 {
    for (i, c, w) in runes(s) {
        let invalid = c == '\u{FFFD}' && w == 1;
        if (c as i64 == r && !invalid) || (r == 0xFFFD && invalid) {
            return i as i64;
        }
    }
    -1
}

pub fn index_any(s: &[u8], chars: &[u8]) -> i64 {
    for (i, c, _) in runes(s) {
        if runes(chars).any(|(_, d, _)| d == c) {
            return i as i64;
        }
    }
    -1
}

pub fn count(s: &[u8], sep: &[u8]) -> i64 {
    if sep.is_empty() {
        return runes(s).count() as i64 + 1;
    }
    let mut n = 0;
    let mut rest = s;
    loop {
        let i = index(rest, sep);
        if i < 0 {
            return n;
        }
        n += 1;
        rest = &rest[i as usize + sep.len()..];
    }
}

fn explode(s: &[u8], n: i64) -> Vec<Vec<u8>> {
    let total = runes(s).count();
    let n = if n < 0 || n as usize > total {
        total
    } else {
        n as usize
    };
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while out.len() + 1 < n && i < s.len() {
        let (_, w) = decode_rune(&s[i..]);
        out.push(s[i..i + w].to_vec());
        i += w;
    }
    if n > 0 && (i < s.len() || out.len() < n) {
        out.push(s[i..].to_vec());
    }
    out
}

/// Go's `genSplit`.
pub fn gen_split(s: &[u8], sep: &[u8], sep_save: usize, n: i64) -> Vec<Vec<u8>> {
    if n == 0 {
        return Vec::new();
    }
    if sep.is_empty() {
        return explode(s, n);
    }
    let n = if n < 0 { count(s, sep) + 1 } else { n };
    let mut out = Vec::new();
    let mut s = s;
    while (out.len() as i64) < n - 1 {
        let m = index(s, sep);
        if m < 0 {
            break;
        }
        let m = m as usize;
        out.push(s[..m + sep_save].to_vec());
        s = &s[m + sep.len()..];
    }
    out.push(s.to_vec());
    out
}

pub fn fields(s: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c, _) in runes(s) {
        if is_space(c) {
            if let Some(st) = start.take() {
                out.push(s[st..i].to_vec());
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push(s[st..].to_vec());
    }
    out
}

pub fn map_runes(s: &[u8], f: impl Fn(char) -> char) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut tmp = [0u8; 4];
    for (_, c, _) in runes(s) {
        out.extend_from_slice(f(c).encode_utf8(&mut tmp).as_bytes());
    }
    out
}

/// `strings.ToUpper`.
pub fn to_upper(s: &[u8]) -> Vec<u8> {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    map_runes(s, case::to_upper)
}

/// `strings.ToLower`.
pub fn to_lower(s: &[u8]) -> Vec<u8> {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    map_runes(s, case::to_lower)
}

/// `strings.ToTitle`.
pub fn to_title(s: &[u8]) -> Vec<u8> {
    map_runes(s, case::to_title)
}

/// Go's `isSeparator` of `strings.Title`: ASCII alphanumerics, `_`, letters and digits are
/// not separators, other ASCII is, and other runes only if they are spaces.
fn is_separator(c: char) -> bool {
    if c.is_ascii() {
        return !(c.is_ascii_alphanumeric() || c == '_');
    }
    !(is_letter(c) || is_digit(c)) && is_space(c)
}

/// `strings.Title`.
pub fn title(s: &[u8]) -> Vec<u8> {
    let mut prev = ' ';
    let mut out = Vec::with_capacity(s.len());
    let mut tmp = [0u8; 4];
    for (_, c, _) in runes(s) {
        let m = if is_separator(prev) {
            case::to_title(c)
        } else {
            c
        };
        out.extend_from_slice(m.encode_utf8(&mut tmp).as_bytes());
        prev = c;
    }
    out
}

pub fn trim_left_by(s: &[u8], f: &mut dyn FnMut(char) -> bool) -> usize {
    let mut i = 0;
    while i < s.len() {
        let (c, w) = decode_rune(&s[i..]);
        if !f(c) {
            break;
        }
        i += w;
    }
    i
}

pub fn trim_right_by(s: &[u8], f: &mut dyn FnMut(char) -> bool) -> usize {
    let mut j = s.len();
    while j > 0 {
        let (c, w) = decode_last_rune(&s[..j]);
        if !f(c) {
            break;
        }
        j -= w;
    }
    j
}

pub fn trim_space(s: &[u8]) -> &[u8] {
    let i = trim_left_by(s, &mut is_space);
    let s = &s[i..];
    let j = trim_right_by(s, &mut is_space);
    &s[..j]
}

pub fn in_cutset(cutset: &[u8]) -> impl FnMut(char) -> bool + '_ {
    move |c| runes(cutset).any(|(_, d, _)| d == c)
}

/// `TrimLeft(s, cutset)`: `s` without the leading runes in `cutset`.
pub fn trim_left_cutset<'s>(s: &'s [u8], cutset: &[u8]) -> &'s [u8] {
    &s[trim_left_by(s, &mut in_cutset(cutset))..]
}

/// `Trim(s, cutset)`: `s` without the leading and trailing runes in `cutset`.
pub fn trim_cutset<'s>(s: &'s [u8], cutset: &[u8]) -> &'s [u8] {
    let s = &s[trim_left_by(s, &mut in_cutset(cutset))..];
    &s[..trim_right_by(s, &mut in_cutset(cutset))]
}

/// `strings.EqualFold`: runes equal, or the larger reached from the smaller by walking its
/// `SimpleFold` orbit upwards.
pub fn equal_fold(a: &[u8], b: &[u8]) -> bool {
    let mut x = runes(a);
    let mut y = runes(b);
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some((_, c, _)), Some((_, d, _))) => {
                let (lo, hi) = if c <= d { (c, d) } else { (d, c) };
                if lo == hi {
                    continue;
                }
                if hi.is_ascii() {
                    if lo.is_ascii_uppercase() && hi == lo.to_ascii_lowercase() {
                        continue;
                    }
                    return false;
                }
                let mut r = case::simple_fold(lo);
                while r != lo && r < hi {
                    r = case::simple_fold(r);
                }
                if r != hi {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

pub fn replace(s: &[u8], old: &[u8], new: &[u8], n: i64) -> Vec<u8> {
    if old == new || n == 0 {
        return s.to_vec();
    }
    let m = count(s, old);
    if m == 0 {
        return s.to_vec();
    }
    let n = if n < 0 || m < n { m } else { n };
    let mut out = Vec::with_capacity(s.len() + n as usize * new.len());
    let mut start = 0;
    for i in 0..n {
        let mut j = start;
        if old.is_empty() {
            if i > 0 {
                let (_, w) = decode_rune(&s[start..]);
                j += w;
            }
        } else {
            j += index(&s[start..], old) as usize;
        }
        out.extend_from_slice(&s[start..j]);
        out.extend_from_slice(new);
        start = j + old.len();
    }
    out.extend_from_slice(&s[start..]);
    out
}

pub fn repeat(s: &[u8], count: i64, pkg: &str) -> Result<Vec<u8>, Panic> {
    if count < 0 {
        return Err(Panic::Plain(format!("{pkg}: negative Repeat count")));
    }
    let Some(len) = (s.len() as i64).checked_mul(count) else {
        return Err(Panic::Plain(format!("{pkg}: Repeat count causes overflow")));
    };
    let mut out = Vec::new();
    if len as u64 > runtime::max_object_bytes() as u64
        || out.try_reserve_exact(len as usize).is_err()
    {
        runtime::out_of_memory();
    }
    for _ in 0..count {
        out.extend_from_slice(s);
    }
    Ok(out)
}

/// Go's `LastIndexFunc`: the index of the last rune of `s` for which Go func `f` is true.
pub fn last_index_func(ctx: &mut NativeCtx, s: &[u8], f: Word) -> Result<i64, Panic> {
    let mut j = s.len();
    while j > 0 {
        let (ch, w) = decode_last_rune(&s[..j]);
        j -= w;
        if call_rune_fn(ctx, f, ch)? & 0xff != 0 {
            return Ok(j as i64);
        }
    }
    Ok(-1)
}

/// `trim_left_by` with a Go `func(rune) bool`.
pub fn trim_left_go(ctx: &mut NativeCtx, s: &[u8], f: Word) -> Result<usize, Panic> {
    let mut i = 0;
    while i < s.len() {
        let (ch, w) = decode_rune(&s[i..]);
        if call_rune_fn(ctx, f, ch)? & 0xff == 0 {
            break;
        }
        i += w;
    }
    Ok(i)
}

/// `trim_right_by` with a Go `func(rune) bool`.
pub fn trim_right_go(ctx: &mut NativeCtx, s: &[u8], f: Word) -> Result<usize, Panic> {
    let mut j = s.len();
    while j > 0 {
        let (ch, w) = decode_last_rune(&s[..j]);
        if call_rune_fn(ctx, f, ch)? & 0xff == 0 {
            break;
        }
        j -= w;
    }
    Ok(j)
}

/// Go's `LastIndexAny`: the last rune of `s` (invalid bytes as U+FFFD) that is in `chars`.
pub fn last_index_any(s: &[u8], chars: &[u8]) -> i64 {
    if chars.is_empty() {
        return -1;
    }
    let mut j = s.len();
    while j > 0 {
        let (ch, w) = decode_last_rune(&s[..j]);
        j -= w;
        if index_rune(chars, ch as i64) >= 0 {
            return j as i64;
        }
    }
    -1
}

/// Go's `ToValidUTF8`: each run of invalid bytes becomes one `replacement`.
pub fn to_valid_utf8(s: &[u8], replacement: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut invalid = false;
    let mut i = 0;
    while i < s.len() {
        let (ch, w) = decode_rune(&s[i..]);
        if ch == '\u{FFFD}' && w == 1 {
            if !invalid {
                out.extend_from_slice(replacement);
                invalid = true;
            }
        } else {
            out.extend_from_slice(&s[i..i + w]);
            invalid = false;
        }
        i += w;
    }
    out
}

/// Calls a Go `func(rune) bool` / `func(rune) rune`.
fn call_rune_fn(ctx: &mut NativeCtx, f: Word, c: char) -> Result<Word, Panic> {
    Ok(ctx
        .call(f, &[c as u32 as Word])?
        .first()
        .copied()
        .unwrap_or(0))
}

// The `…Func` functions of strings and bytes: `f` is a Go func value, `s` text that stays
// reachable while `f` runs (a Go string in the argument window, or a Rust copy).

/// `FieldsFunc`: the runs of runes of `s` for which `f` is false.
pub fn fields_func(c: &mut NativeCtx, s: &[u8], f: Word) -> Result<Vec<Vec<u8>>, Panic> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, ch, _) in runes(s) {
        if call_rune_fn(c, f, ch)? & 0xff != 0 {
            if let Some(st) = start.take() {
                out.push(s[st..i].to_vec());
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push(s[st..].to_vec());
    }
    Ok(out)
}

/// `IndexFunc`: the byte index of the first rune for which `f` is true, or -1.
pub fn index_func(c: &mut NativeCtx, s: &[u8], f: Word) -> Result<i64, Panic> {
    for (i, ch, _) in runes(s) {
        if call_rune_fn(c, f, ch)? & 0xff != 0 {
            return Ok(i as i64);
        }
    }
    Ok(-1)
}

/// `Map(f, s)`: each rune replaced by `f`'s result, dropped where it is negative.
pub fn map_go(c: &mut NativeCtx, f: Word, s: &[u8]) -> Result<Vec<u8>, Panic> {
    let mut out = Vec::with_capacity(s.len());
    for (_, ch, _) in runes(s) {
        let m = call_rune_fn(c, f, ch)? as i32 as i64;
        if m >= 0 {
            out.extend_from_slice(&util::encode_rune(m));
        }
    }
    Ok(out)
}

/// `TrimFunc`: the range of `s` left without the leading and trailing runes `f` accepts.
pub fn trim_func(c: &mut NativeCtx, s: &[u8], f: Word) -> Result<std::ops::Range<usize>, Panic> {
    let i = trim_left_go(c, s, f)?;
    Ok(i..i + trim_right_go(c, &s[i..], f)?)
}

struct Replacer {
    pairs: Vec<(Vec<u8>, Vec<u8>)>,
}

impl NativeObject for Replacer {
    fn trace(&self, _: &mut runtime::gc::Marker) {}
}

pub fn replacer_replace(pairs: &[(Vec<u8>, Vec<u8>)], s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    loop {
        let mut matched = false;
        for (old, new) in pairs {
            if s[i..].starts_with(old) {
                out.extend_from_slice(new);
                if old.is_empty() {
                    if i < s.len() {
                        let (_, w) = decode_rune(&s[i..]);
                        out.extend_from_slice(&s[i..i + w]);
                        i += w;
                    } else {
                        return out;
                    }
                } else {
                    i += old.len();
                }
                matched = true;
                break;
            }
        }
        if i >= s.len() && !pairs.iter().any(|(o, _)| o.is_empty()) {
            return out;
        }
        if !matched {
            if i >= s.len() {
                return out;
            }
            out.push(s[i]);
            i += 1;
        }
    }
}

/// `CutPrefix`/`CutSuffix(s, affix) (string, bool)`: `s` without the affix `strip` removes,
/// and whether it was there (else `s` unchanged).
fn cut_affix(r: &mut [Word], strip: fn(&'static [u8], &[u8]) -> Option<&'static [u8]>) {
    match strip(str_arg(r[0]), str_arg(r[1])) {
        Some(rest) => (r[0], r[1]) = (new_str(rest), 1),
        None => r[1] = 0,
    }
}

fn ints(v: i64) -> Word {
    v as Word
}

fn set_strs(r: &mut [Word], v: Vec<Vec<u8>>) {
    r[0] = util::new_str_slice(&v);
}

/// A `*strings.Reader` / `*bytes.Reader` (named by `ptr_type`) over a copy of `data`: its
/// unread bytes live in a `ByteBuf` in slot 0, which the `reader_methods!` natives consume.
pub fn new_reader(c: &NativeCtx, ptr_type: &str, data: &[u8]) -> Result<Word, Panic> {
    let prog = c.prog;
    let obj = match util::type_named(prog, ptr_type) {
        Some(t) => vm::value::zero(prog, prog.types[t as usize].elem),
        None => heap::alloc_words(1),
    };
    util::byte_buf(obj)?.buf.lock().extend_from_slice(data);
    Ok(obj)
}

/// The read methods shared by `strings.Reader` and `bytes.Reader` (`Len`, `Read`,
/// `ReadByte`, `ReadRune`) for package `$pkg`, on a receiver made by `new_reader`.
#[macro_export]
macro_rules! reader_methods {
    ($pkg:literal) => {
        [
            $crate::declare!($pkg, "type Reader struct { impl uintptr }"),
            $crate::native!($pkg, "func (*Reader) Len() int", |_, r| {
                r[0] = $crate::util::byte_buf(r[0])?.buf.lock().len() as Word;
                Ok(())
            }),
            $crate::native!($pkg, "func (*Reader) Read([]byte) (int, error)", |c, r| {
                let b = $crate::util::byte_buf(r[0])?;
                $crate::io::read(c, b, r)
            }),
            $crate::native!($pkg, "func (*Reader) ReadByte() (byte, error)", |c, r| {
                let b = $crate::util::byte_buf(r[0])?;
                $crate::io::read_byte(c, b, r);
                Ok(())
            }),
            $crate::native!(
                $pkg,
                "func (*Reader) ReadRune() (rune, int, error)",
                |c, r| {
                    let b = $crate::util::byte_buf(r[0])?;
                    $crate::io::read_rune(c, b, r);
                    Ok(())
                }
            ),
        ]
    };
}

pub fn natives() -> Vec<crate::Entry> {
    let mut v = vec![
        // ---- Builder
        declare!("strings", "type Builder struct { impl uintptr }"),
        native!(
            "strings",
            "func (*Builder) WriteString(string) (int, error)",
            |_, r| {
                let s = str_arg(r[1]);
                util::byte_buf(r[0])?.buf.lock().extend_from_slice(s);
                r[0] = s.len() as Word;
                r[1] = 0;
                Ok(())
            }
        ),
        native!(
            "strings",
            "func (*Builder) Write([]byte) (int, error)",
            |_, r| {
                let s = util::byte_slice(r[1]);
                util::byte_buf(r[0])?.buf.lock().extend_from_slice(&s);
                r[0] = s.len() as Word;
                r[1] = 0;
                Ok(())
            }
        ),
        native!(
            "strings",
            "func (*Builder) WriteByte(byte) error",
            |_, r| {
                util::byte_buf(r[0])?.buf.lock().push(r[1] as u8);
                r[0] = 0;
                Ok(())
            }
        ),
        native!(
            "strings",
            "func (*Builder) WriteRune(rune) (int, error)",
            |_, r| {
                let b = util::encode_rune(r[1] as i32 as i64);
                util::byte_buf(r[0])?.buf.lock().extend_from_slice(&b);
                r[0] = b.len() as Word;
                r[1] = 0;
                Ok(())
            }
        ),
        native!("strings", "func (*Builder) String() string", |_, r| {
            r[0] = match util::existing_byte_buf(r[0]) {
                Some(b) => new_str(&b.buf.lock()),
                None => 0,
            };
            Ok(())
        }),
        native!("strings", "func (*Builder) Len() int", |_, r| {
            r[0] = util::existing_byte_buf(r[0]).map_or(0, |b| b.buf.lock().len()) as Word;
            Ok(())
        }),
        native!("strings", "func (*Builder) Cap() int", |_, r| {
            r[0] = util::existing_byte_buf(r[0]).map_or(0, |b| b.buf.lock().capacity()) as Word;
            Ok(())
        }),
        native!("strings", "func (*Builder) Reset()", |_, r| {
            if r[0] != 0 {
                heap::store_word(r[0], 0);
            }
            Ok(())
        }),
        native!("strings", "func (*Builder) Grow(int)", |_, r| {
            if (r[1] as i64) < 0 {
                return Err(Panic::Plain("strings.Builder.Grow: negative count".into()));
            }
            if r[1] as usize > runtime::GO_MAX_ALLOC {
                return Err(Panic::Runtime("makeslice: cap out of range".into()));
            }
            util::byte_buf(r[0])?.buf.lock().reserve(r[1] as usize);
            Ok(())
        }),
        // ---- searching
        native!("strings", "func Contains(string, string) bool", |_, r| {
            r[0] = (index(str_arg(r[0]), str_arg(r[1])) >= 0) as Word;
            Ok(())
        }),
        native!("strings", "func ContainsRune(string, rune) bool", |_, r| {
            r[0] = (index_rune(str_arg(r[0]), r[1] as i32 as i64) >= 0) as Word;
            Ok(())
        }),
        native!(
            "strings",
            "func ContainsAny(string, string) bool",
            |_, r| {
                r[0] = (index_any(str_arg(r[0]), str_arg(r[1])) >= 0) as Word;
                Ok(())
            }
        ),
        native!("strings", "func HasPrefix(string, string) bool", |_, r| {
            r[0] = str_arg(r[0]).starts_with(str_arg(r[1])) as Word;
            Ok(())
        }),
        native!("strings", "func HasSuffix(string, string) bool", |_, r| {
            r[0] = str_arg(r[0]).ends_with(str_arg(r[1])) as Word;
            Ok(())
        }),
        native!("strings", "func Index(string, string) int", |_, r| {
            r[0] = ints(index(str_arg(r[0]), str_arg(r[1])));
            Ok(())
        }),
        native!("strings", "func IndexByte(string, byte) int", |_, r| {
            r[0] = ints(
                str_arg(r[0])
                    .iter()
                    .position(|&b| b == r[1] as u8)
                    .map_or(-1, |i| i as i64),
            );
            Ok(())
        }),
        native!("strings", "func IndexRune(string, rune) int", |_, r| {
            r[0] = ints(index_rune(str_arg(r[0]), r[1] as i32 as i64));
            Ok(())
        }),
        native!("strings", "func IndexAny(string, string) int", |_, r| {
            r[0] = ints(index_any(str_arg(r[0]), str_arg(r[1])));
            Ok(())
        }),
        native!("strings", "func LastIndex(string, string) int", |_, r| {
            r[0] = ints(last_index(str_arg(r[0]), str_arg(r[1])));
            Ok(())
        }),
        native!("strings", "func LastIndexByte(string, byte) int", |_, r| {
            r[0] = ints(
                str_arg(r[0])
                    .iter()
                    .rposition(|&b| b == r[1] as u8)
                    .map_or(-1, |i| i as i64),
            );
            Ok(())
        }),
        native!(
            "strings",
            "func IndexFunc(string, func(rune) bool) int",
            |c, r| {
                r[0] = ints(index_func(c, str_arg(r[0]), r[1])?);
                Ok(())
            }
        ),
        native!("strings", "func Count(string, string) int", |_, r| {
            r[0] = ints(count(str_arg(r[0]), str_arg(r[1])));
            Ok(())
        }),
        native!("strings", "func Compare(string, string) int", |_, r| {
            r[0] = ints(str_arg(r[0]).cmp(str_arg(r[1])) as i64);
            Ok(())
        }),
        native!("strings", "func EqualFold(string, string) bool", |_, r| {
            r[0] = equal_fold(str_arg(r[0]), str_arg(r[1])) as Word;
            Ok(())
        }),
        native!(
            "strings",
            "func Cut(string, string) (string, string, bool)",
            |_, r| {
                let (s, sep) = (str_arg(r[0]), str_arg(r[1]));
                let i = index(s, sep);
                if i >= 0 {
                    let i = i as usize;
                    r[0] = new_str(&s[..i]);
                    r[1] = new_str(&s[i + sep.len()..]);
                    r[2] = 1;
                } else {
                    r[1] = 0;
                    r[2] = 0;
                }
                Ok(())
            }
        ),
        native!(
            "strings",
            "func CutPrefix(string, string) (string, bool)",
            |_, r| {
                cut_affix(r, |s, p| s.strip_prefix(p));
                Ok(())
            }
        ),
        native!(
            "strings",
            "func CutSuffix(string, string) (string, bool)",
            |_, r| {
                cut_affix(r, |s, p| s.strip_suffix(p));
                Ok(())
            }
        ),
        native!(
            "strings",
            "func ContainsFunc(string, func(rune) bool) bool",
            |c, r| {
                r[0] = (index_func(c, str_arg(r[0]), r[1])? >= 0) as Word;
                Ok(())
            }
        ),
        // ---- splitting and joining
        native!("strings", "func Split(string, string) []string", |_, r| {
            let v = gen_split(str_arg(r[0]), str_arg(r[1]), 0, -1);
            set_strs(r, v);
            Ok(())
        }),
        native!(
            "strings",
            "func SplitN(string, string, int) []string",
            |_, r| {
                let v = gen_split(str_arg(r[0]), str_arg(r[1]), 0, r[2] as i64);
                if r[2] == 0 {
                    r[0] = 0;
                } else {
                    set_strs(r, v);
                }
                Ok(())
            }
        ),
        native!(
            "strings",
            "func SplitAfter(string, string) []string",
            |_, r| {
                let sep = str_arg(r[1]);
                let v = gen_split(str_arg(r[0]), sep, sep.len(), -1);
                set_strs(r, v);
                Ok(())
            }
        ),
        native!("strings", "func Fields(string) []string", |_, r| {
            let v = fields(str_arg(r[0]));
            set_strs(r, v);
            Ok(())
        }),
        native!(
            "strings",
            "func FieldsFunc(string, func(rune) bool) []string",
            |c, r| {
                let out = fields_func(c, str_arg(r[0]), r[1])?;
                set_strs(r, out);
                Ok(())
            }
        ),
        native!("strings", "func Join([]string, string) string", |_, r| {
            let parts = util::str_slice(r[0]);
            r[0] = new_str(&parts.join(str_arg(r[1])));
            Ok(())
        }),
        native!("strings", "func Repeat(string, int) string", |_, r| {
            let v = repeat(str_arg(r[0]), r[1] as i64, "strings")?;
            r[0] = new_str(&v);
            Ok(())
        }),
        native!(
            "strings",
            "func Replace(string, string, string, int) string",
            |_, r| {
                r[0] = new_str(&replace(
                    str_arg(r[0]),
                    str_arg(r[1]),
                    str_arg(r[2]),
                    r[3] as i64,
                ));
                Ok(())
            }
        ),
        native!(
            "strings",
            "func ReplaceAll(string, string, string) string",
            |_, r| {
                r[0] = new_str(&replace(str_arg(r[0]), str_arg(r[1]), str_arg(r[2]), -1));
                Ok(())
            }
        ),
        // ---- case
        native!("strings", "func ToUpper(string) string", |_, r| {
            r[0] = new_str(&to_upper(str_arg(r[0])));
            Ok(())
        }),
        native!("strings", "func ToLower(string) string", |_, r| {
            r[0] = new_str(&to_lower(str_arg(r[0])));
            Ok(())
        }),
        native!("strings", "func ToTitle(string) string", |_, r| {
            r[0] = new_str(&to_title(str_arg(r[0])));
            Ok(())
        }),
        native!("strings", "func Title(string) string", |_, r| {
            r[0] = new_str(&title(str_arg(r[0])));
            Ok(())
        }),
        native!(
            "strings",
            "func Map(func(rune) rune, string) string",
            |c, r| {
                r[0] = new_str(&map_go(c, r[0], str_arg(r[1]))?);
                Ok(())
            }
        ),
        // ---- trimming
        native!("strings", "func TrimSpace(string) string", |_, r| {
            r[0] = new_str(trim_space(str_arg(r[0])));
            Ok(())
        }),
        native!("strings", "func Trim(string, string) string", |_, r| {
            r[0] = new_str(trim_cutset(str_arg(r[0]), str_arg(r[1])));
            Ok(())
        }),
        native!("strings", "func TrimLeft(string, string) string", |_, r| {
            r[0] = new_str(trim_left_cutset(str_arg(r[0]), str_arg(r[1])));
            Ok(())
        }),
        native!(
            "strings",
            "func TrimRight(string, string) string",
            |_, r| {
                let (s, cut) = (str_arg(r[0]), str_arg(r[1]));
                let j = trim_right_by(s, &mut in_cutset(cut));
                r[0] = new_str(&s[..j]);
                Ok(())
            }
        ),
        native!(
            "strings",
            "func TrimPrefix(string, string) string",
            |_, r| {
                let (s, p) = (str_arg(r[0]), str_arg(r[1]));
                r[0] = new_str(s.strip_prefix(p).unwrap_or(s));
                Ok(())
            }
        ),
        native!(
            "strings",
            "func TrimSuffix(string, string) string",
            |_, r| {
                let (s, p) = (str_arg(r[0]), str_arg(r[1]));
                r[0] = new_str(s.strip_suffix(p).unwrap_or(s));
                Ok(())
            }
        ),
        native!(
            "strings",
            "func TrimFunc(string, func(rune) bool) string",
            |c, r| {
                let s = str_arg(r[0]);
                r[0] = new_str(&s[trim_func(c, s, r[1])?]);
                Ok(())
            }
        ),
        native!(
            "strings",
            "func TrimLeftFunc(string, func(rune) bool) string",
            |c, r| {
                let s = str_arg(r[0]);
                r[0] = new_str(&s[trim_left_go(c, s, r[1])?..]);
                Ok(())
            }
        ),
        native!(
            "strings",
            "func TrimRightFunc(string, func(rune) bool) string",
            |c, r| {
                let s = str_arg(r[0]);
                r[0] = new_str(&s[..trim_right_go(c, s, r[1])?]);
                Ok(())
            }
        ),
        native!(
            "strings",
            "func LastIndexFunc(string, func(rune) bool) int",
            |c, r| {
                r[0] = ints(last_index_func(c, str_arg(r[0]), r[1])?);
                Ok(())
            }
        ),
        native!(
            "strings",
            "func LastIndexAny(string, string) int",
            |_, r| {
                r[0] = ints(last_index_any(str_arg(r[0]), str_arg(r[1])));
                Ok(())
            }
        ),
        native!(
            "strings",
            "func SplitAfterN(string, string, int) []string",
            |_, r| {
                let sep = str_arg(r[1]);
                let v = gen_split(str_arg(r[0]), sep, sep.len(), r[2] as i64);
                if r[2] == 0 {
                    r[0] = 0;
                } else {
                    set_strs(r, v);
                }
                Ok(())
            }
        ),
        native!("strings", "func Clone(string) string", |_, r| {
            r[0] = new_str(str_arg(r[0]));
            Ok(())
        }),
        native!(
            "strings",
            "func ToValidUTF8(string, string) string",
            |_, r| {
                r[0] = new_str(&to_valid_utf8(str_arg(r[0]), str_arg(r[1])));
                Ok(())
            }
        ),
        // ---- Reader
        native!("strings", "func NewReader(string) *Reader", |c, r| {
            r[0] = new_reader(c, "*strings.Reader", str_arg(r[0]))?;
            Ok(())
        }),
        // ---- Replacer
        native!(
            "strings",
            "func NewReplacer(...string) *Replacer",
            |_, r| {
                let args = util::str_slice(r[0]);
                if args.len() % 2 == 1 {
                    return Err(Panic::Plain(
                        "strings.NewReplacer: odd argument count".into(),
                    ));
                }
                let pairs = args
                    .chunks(2)
                    .map(|p| (p[0].to_vec(), p[1].to_vec()))
                    .collect();
                let obj = heap::alloc_words(1);
                heap::store_word(obj, heap::alloc_native(Box::new(Replacer { pairs })));
                r[0] = obj;
                Ok(())
            }
        ),
        declare!("strings", "type Replacer struct { impl uintptr }"),
        native!(
            "strings",
            "func (*Replacer) Replace(string) string",
            |_, r| {
                if r[0] == 0 {
                    return Err(util::nil_deref());
                }
                let Some(rep) = heap::native::<Replacer>(heap::load_word(r[0])) else {
                    r[0] = r[1];
                    return Ok(());
                };
                r[0] = new_str(&replacer_replace(&rep.pairs, str_arg(r[1])));
                Ok(())
            }
        ),
    ];
    v.extend(reader_methods!("strings"));
    v
}
