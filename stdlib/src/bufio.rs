//! Package `bufio`: `Scanner`, `Reader`, `Writer` over any `io.Reader`/`io.Writer`.
//!
//! - `NewScanner(r)`, `Scan`, `Text`, `Bytes`, `Err`, `Buffer(buf, max)`, `Split(f)` with the
//!   split functions `ScanLines`, `ScanWords`, `ScanRunes` (also callable directly) or a user
//!   `SplitFunc` (called back). Tokens longer than the maximum (64 KiB by default) stop the
//!   scan with `bufio.Scanner: token too long`.
//! - `NewReader(r)`: `ReadString(delim)`, `ReadLine`, `ReadRune`, `ReadByte`, `Read`.
//! - `NewWriter(w)`: `Write`, `WriteString`, `WriteByte`, `WriteRune`, `Flush`, with Go's
//!   4096-byte buffer (so output interleaves with unbuffered writes as in Go).
//! - Reading: `os.Stdin` (an `*os.File` with descriptor 0) is read through `crate::stdin`
//!   (a helper thread; the goroutine blocks without a native stack and its native re-runs),
//!   so a blocked read never stalls other goroutines. Any other reader is called
//!   through its `Read` method. End of input is reported with `io.EOF` (the `io` package's
//!   value when it is registered).

use crate::unicode::is_space;
use crate::util;
use crate::{declare, native};
use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use std::sync::atomic::Ordering::{Acquire, Release};
use vm::native::{NativeCtx, NativeImpl, NativeRegistry, Panic};
use vm::utf8::{decode_rune, full_rune};
use vm::value;

pub const MAX_SCAN_TOKEN_SIZE: usize = 64 * 1024;
const READ_CHUNK: usize = 4096;
const WRITER_SIZE: usize = 4096;

// ---------------------------------------------------------------- halting

/// Why a read did not complete: a Go panic, or standard input has nothing yet (the goroutine
/// is published as a waiter: the native blocks and re-runs from the start, which is sound
/// because no buffer state changes before a read succeeds).
pub enum Halt {
    Panic(Panic),
    Blocked,
}

impl From<Panic> for Halt {
    fn from(p: Panic) -> Halt {
        Halt::Panic(p)
    }
}

impl From<crate::stdin::Blocked> for Halt {
    fn from(_: crate::stdin::Blocked) -> Halt {
        Halt::Blocked
    }
}

/// Ends a reading native: `done`'s panic, or a block that re-runs `native` when readied.
fn finish_read(
    ctx: &mut NativeCtx,
    r: &mut [Word],
    done: Result<(), Halt>,
    native: NativeImpl,
) -> Result<(), Panic> {
    match done {
        Ok(()) => Ok(()),
        Err(Halt::Panic(p)) => Err(p),
        Err(Halt::Blocked) => ctx.block(runtime::WaitReason::IoWait, native, r),
    }
}

// ---------------------------------------------------------------- io helpers

/// The `io.EOF` value (from the registry, so it is identical to the `io` package's).
pub fn io_eof(ctx: &mut NativeCtx) -> Result<Word, Panic> {
    if let Some(f) = crate::Stdlib.lookup("io", "EOF") {
        let mut w = [0 as Word; 1];
        (f.imp)(ctx, &mut w)?;
        return Ok(w[0]);
    }
    Ok(util::new_error(ctx.prog, b"EOF"))
}

fn is_eof(ctx: &mut NativeCtx, err: Word) -> Result<bool, Panic> {
    if err == 0 {
        return Ok(false);
    }
    let eof = io_eof(ctx)?;
    if err == eof {
        return Ok(true);
    }
    if let (Some(a), Some(b)) = (value::iface_parts(err), value::iface_parts(eof)) {
        if a == b {
            return Ok(true);
        }
    }
    Ok(false)
}

fn is_stdin(ctx: &NativeCtx, r: Word) -> bool {
    match value::iface_parts(r) {
        Some((t, data)) => {
            ctx.prog.types[t as usize].name == "*os.File" && data != 0 && heap::load_word(data) == 0
        }
        None => false,
    }
}

/// One read from `r`: Ok(bytes) (empty at end of input) or Err(error value).
fn read_some(ctx: &mut NativeCtx, r: Word, max: usize) -> Result<Result<Vec<u8>, Word>, Halt> {
    if r == 0 {
        return Err(util::nil_deref().into());
    }
    if is_stdin(ctx, r) {
        return Ok(match crate::stdin::read(max)? {
            Ok(b) => Ok(b),
            Err(e) => Err(util::new_error(
                ctx.prog,
                format!("read /dev/stdin: {e}").as_bytes(),
            )),
        });
    }
    // Go's io.Reader contract: retry a few times on (0, nil).
    for _ in 0..100 {
        let p = util::new_byte_slice(&vec![0u8; max]);
        ctx.root(p);
        let res = util::call_iface_method(ctx, r, "Read", &[p])?;
        let n = (res.first().copied().unwrap_or(0) as i64).clamp(0, max as i64) as usize;
        let err = res.get(1).copied().unwrap_or(0);
        let got = util::byte_prefix(p, n);
        if err != 0 {
            if is_eof(ctx, err)? {
                if !got.is_empty() {
                    return Ok(Ok(got)); // the EOF is seen by the next read
                }
                return Ok(Ok(Vec::new()));
            }
            if !got.is_empty() {
                return Ok(Ok(got));
            }
            ctx.root(err);
            return Ok(Err(err));
        }
        if n > 0 {
            return Ok(Ok(got));
        }
    }
    Ok(Err(util::new_error(
        ctx.prog,
        b"multiple Read calls return no data or error",
    )))
}

// ---------------------------------------------------------------- split functions

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Split {
    Lines,
    Words,
    Runes,
    Bytes,
}

/// A split function's result: (advance, token).
pub fn split(kind: Split, data: &[u8], at_eof: bool) -> (usize, Option<Vec<u8>>) {
    match kind {
        Split::Lines => {
            if at_eof && data.is_empty() {
                return (0, None);
            }
            if let Some(i) = data.iter().position(|&c| c == b'\n') {
                let mut line = &data[..i];
                if line.last() == Some(&b'\r') {
                    line = &line[..line.len() - 1];
                }
                return (i + 1, Some(line.to_vec()));
            }
            if at_eof {
                let mut line = data;
                if line.last() == Some(&b'\r') {
                    line = &line[..line.len() - 1];
                }
                return (data.len(), Some(line.to_vec()));
            }
            (0, None)
        }
        Split::Words => {
            let mut start = 0;
            while start < data.len() {
                let (r, w) = decode_rune(&data[start..]);
                if !is_space(r) {
                    break;
                }
                start += w;
            }
            let mut i = start;
            while i < data.len() {
                let (r, w) = decode_rune(&data[i..]);
                if is_space(r) {
                    return (i + w, Some(data[start..i].to_vec()));
                }
                i += w;
            }
            if at_eof && data.len() > start {
                return (data.len(), Some(data[start..].to_vec()));
            }
            (start, None)
        }
        Split::Runes => {
            if at_eof && data.is_empty() {
                return (0, None);
            }
            if data.first().is_some_and(|&c| c < 0x80) {
                return (1, Some(data[..1].to_vec()));
            }
            if !at_eof && !full_rune(data) {
                return (0, None);
            }
            let (r, w) = decode_rune(data);
            if r == '\u{FFFD}' && w == 1 {
                return (1, Some("\u{FFFD}".as_bytes().to_vec()));
            }
            (w, Some(data[..w].to_vec()))
        }
        Split::Bytes => {
            if at_eof && data.is_empty() {
                return (0, None);
            }
            (1, Some(data[..1].to_vec()))
        }
    }
}

// ---------------------------------------------------------------- Scanner

#[derive(Default)]
struct ScanInner {
    buf: Vec<u8>,
    start: usize,
    token: Vec<u8>,
    eof: bool,
    done: bool,
    /// A read error or split error (error value).
    err: Word,
    /// Custom split func value, or 0 for `kind`.
    split_fn: Word,
    kind: Option<Split>,
    max: usize,
    scanned: bool,
    empties: usize,
}

pub struct ScannerState {
    reader: Word,
    inner: Mutex<ScanInner>,
}

impl NativeObject for ScannerState {
    fn trace(&self, marker: &mut Marker) {
        marker.mark(self.reader);
        let s = self.inner.lock();
        marker.mark(s.err);
        marker.mark(s.split_fn);
    }
}

fn new_native_struct<T: NativeObject>(t: T) -> Word {
    let obj = heap::alloc_words(1);
    heap::words(obj)[0].store(heap::alloc_native(Box::new(t)), Release);
    obj
}

fn state<T: NativeObject>(recv: Word, what: &str) -> Result<&'static T, Panic> {
    if recv == 0 {
        return Err(util::nil_deref());
    }
    heap::native::<T>(heap::words(recv)[0].load(Acquire)).ok_or_else(|| {
        Panic::Runtime(format!(
            "invalid memory address or nil pointer dereference ({what})"
        ))
    })
}

/// The split kind of a func value that is one of this package's split functions.
fn builtin_split(ctx: &NativeCtx, f: Word) -> Option<Split> {
    if f == 0 {
        return None;
    }
    let h = heap::words(f).first()?.load(Acquire);
    if h >> 32 != 2 {
        return None; // not a native func value
    }
    match ctx.prog.natives.get(h as u32 as usize)?.name {
        "bufio.ScanLines" => Some(Split::Lines),
        "bufio.ScanWords" => Some(Split::Words),
        "bufio.ScanRunes" => Some(Split::Runes),
        "bufio.ScanBytes" => Some(Split::Bytes),
        _ => None,
    }
}

fn scan(ctx: &mut NativeCtx, recv: Word) -> Result<bool, Halt> {
    let st = state::<ScannerState>(recv, "Scanner")?;
    loop {
        let (data, at_eof, kind, split_fn, max) = {
            let mut s = st.inner.lock();
            if s.done {
                return Ok(false);
            }
            s.scanned = true;
            let data = s.buf[s.start..].to_vec();
            (data, s.eof || s.err != 0, s.kind, s.split_fn, s.max)
        };
        if !data.is_empty() || at_eof {
            // Try to get a token.
            let (adv, tok, serr) = match kind {
                Some(k) => {
                    let (a, t) = split(k, &data, at_eof);
                    (a, t, 0)
                }
                None => {
                    let slice = util::new_byte_slice(&data);
                    ctx.root(slice);
                    let r = ctx.call(split_fn, &[slice, at_eof as Word])?;
                    let adv = r.first().copied().unwrap_or(0) as i64;
                    let tok = r.get(1).copied().unwrap_or(0);
                    let err = r.get(2).copied().unwrap_or(0);
                    if adv < 0 || adv as usize > data.len() {
                        let e = if adv < 0 {
                            "bufio.Scanner: SplitFunc returns negative advance count"
                        } else {
                            "bufio.Scanner: SplitFunc returns advance count beyond input"
                        };
                        let e = util::new_error(ctx.prog, e.as_bytes());
                        let mut s = st.inner.lock();
                        s.err = e;
                        s.done = true;
                        return Ok(false);
                    }
                    let t = if tok == 0 {
                        None
                    } else {
                        Some(util::byte_slice(tok))
                    };
                    (adv as usize, t, err)
                }
            };
            let mut s = st.inner.lock();
            if serr != 0 {
                let final_token = util::call_iface_method(ctx, serr, "Error", &[])
                    .map(|r| value::str_bytes(r.first().copied().unwrap_or(0)) == b"final token")
                    .unwrap_or(false);
                s.done = true;
                if final_token {
                    s.token = tok.unwrap_or_default();
                    return Ok(true);
                }
                s.err = serr;
                return Ok(false);
            }
            s.start += adv;
            if let Some(t) = tok {
                s.token = t;
                if adv > 0 {
                    s.empties = 0;
                } else {
                    s.empties += 1;
                    if s.empties > 100 {
                        return Err(crate::sync::string_panic(
                            "bufio.Scan: too many empty tokens without progressing",
                        )
                        .into());
                    }
                }
                return Ok(true);
            }
            if at_eof {
                s.done = true;
                s.token.clear();
                return Ok(false);
            }
            if adv > 0 {
                continue;
            }
            if s.buf.len() - s.start >= max {
                s.err = util::new_error(ctx.prog, b"bufio.Scanner: token too long");
                s.done = true;
                s.token.clear();
                return Ok(false);
            }
        }
        // Read more input.
        {
            let mut s = st.inner.lock();
            if s.start > 0 {
                let start = s.start;
                s.buf.drain(..start);
                s.start = 0;
            }
        }
        let room = max.saturating_sub(data.len()).clamp(1, READ_CHUNK.max(1));
        match read_some(ctx, st.reader, room)? {
            Ok(bytes) => {
                let mut s = st.inner.lock();
                if bytes.is_empty() {
                    s.eof = true;
                } else {
                    s.buf.extend_from_slice(&bytes);
                }
            }
            Err(e) => {
                st.inner.lock().err = e;
            }
        }
    }
}

// ---------------------------------------------------------------- Reader

#[derive(Default)]
struct ReadInner {
    buf: Vec<u8>,
    eof: bool,
    err: Word,
}

pub struct ReaderState {
    reader: Word,
    inner: Mutex<ReadInner>,
}

impl NativeObject for ReaderState {
    fn trace(&self, marker: &mut Marker) {
        marker.mark(self.reader);
        marker.mark(self.inner.lock().err);
    }
}

/// Reads more into the buffer; false at end of input or error.
fn fill(ctx: &mut NativeCtx, st: &ReaderState) -> Result<bool, Halt> {
    {
        let s = st.inner.lock();
        if s.eof || s.err != 0 {
            return Ok(false);
        }
    }
    match read_some(ctx, st.reader, READ_CHUNK)? {
        Ok(b) if b.is_empty() => {
            st.inner.lock().eof = true;
            Ok(false)
        }
        Ok(b) => {
            st.inner.lock().buf.extend_from_slice(&b);
            Ok(true)
        }
        Err(e) => {
            st.inner.lock().err = e;
            Ok(false)
        }
    }
}

/// The error to report once the buffer is exhausted (io.EOF or the read error), consuming a
/// read error as Go's `readErr` does.
fn read_err(ctx: &mut NativeCtx, st: &ReaderState) -> Result<Word, Panic> {
    let mut s = st.inner.lock();
    if s.err != 0 {
        return Ok(std::mem::take(&mut s.err));
    }
    drop(s);
    io_eof(ctx)
}

fn read_until(ctx: &mut NativeCtx, st: &ReaderState, delim: u8) -> Result<(Vec<u8>, Word), Halt> {
    let mut scanned = 0;
    loop {
        {
            let mut s = st.inner.lock();
            if let Some(i) = s.buf[scanned..].iter().position(|&c| c == delim) {
                let line: Vec<u8> = s.buf.drain(..scanned + i + 1).collect();
                return Ok((line, 0));
            }
            scanned = s.buf.len();
        }
        if !fill(ctx, st)? {
            let line: Vec<u8> = std::mem::take(&mut st.inner.lock().buf);
            let e = read_err(ctx, st)?;
            return Ok((line, e));
        }
    }
}

/// The reading natives of `Scanner` and `Reader`: each a restartable attempt (`*_once`) and
/// the native that blocks and re-runs it when standard input has nothing yet.
fn scanner_scan(c: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let done = scan(c, r[0]).map(|more| r[0] = more as Word);
    finish_read(c, r, done, scanner_scan)
}

fn reader_read_string(c: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let done = read_string_once(c, r);
    finish_read(c, r, done, reader_read_string)
}

fn read_string_once(c: &mut NativeCtx, r: &mut [Word]) -> Result<(), Halt> {
    let st = state::<ReaderState>(r[0], "Reader")?;
    let (line, err) = read_until(c, st, r[1] as u8)?;
    r[0] = util::new_str(&line);
    r[1] = err;
    Ok(())
}

fn reader_read_line(c: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let done = read_line_once(c, r);
    finish_read(c, r, done, reader_read_line)
}

fn read_line_once(c: &mut NativeCtx, r: &mut [Word]) -> Result<(), Halt> {
    let st = state::<ReaderState>(r[0], "Reader")?;
    let (mut line, err) = read_until(c, st, b'\n')?;
    if line.is_empty() && err != 0 {
        r[0] = 0;
        r[1] = 0;
        r[2] = err;
        return Ok(());
    }
    if line.last() == Some(&b'\n') {
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
    }
    r[0] = util::new_byte_slice(&line);
    r[1] = 0;
    r[2] = 0;
    Ok(())
}

fn reader_read_byte(c: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let done = read_byte_once(c, r);
    finish_read(c, r, done, reader_read_byte)
}

fn read_byte_once(c: &mut NativeCtx, r: &mut [Word]) -> Result<(), Halt> {
    let st = state::<ReaderState>(r[0], "Reader")?;
    loop {
        {
            let mut s = st.inner.lock();
            if !s.buf.is_empty() {
                r[0] = s.buf.remove(0) as Word;
                r[1] = 0;
                return Ok(());
            }
        }
        if !fill(c, st)? {
            r[0] = 0;
            r[1] = read_err(c, st)?;
            return Ok(());
        }
    }
}

fn reader_read_rune(c: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let done = read_rune_once(c, r);
    finish_read(c, r, done, reader_read_rune)
}

fn read_rune_once(c: &mut NativeCtx, r: &mut [Word]) -> Result<(), Halt> {
    let st = state::<ReaderState>(r[0], "Reader")?;
    loop {
        {
            let mut s = st.inner.lock();
            let at_end = s.eof || s.err != 0;
            if !s.buf.is_empty() && (full_rune(&s.buf) || at_end) {
                let (ch, w) = decode_rune(&s.buf);
                let w = w.max(1);
                s.buf.drain(..w);
                r[0] = ch as u32 as Word;
                r[1] = w as Word;
                r[2] = 0;
                return Ok(());
            }
        }
        if !fill(c, st)? && st.inner.lock().buf.is_empty() {
            r[0] = 0;
            r[1] = 0;
            r[2] = read_err(c, st)?;
            return Ok(());
        }
    }
}

fn reader_read(c: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let done = read_once(c, r);
    finish_read(c, r, done, reader_read)
}

fn read_once(c: &mut NativeCtx, r: &mut [Word]) -> Result<(), Halt> {
    let st = state::<ReaderState>(r[0], "Reader")?;
    let (arr, off, len, _) = value::slice_parts(r[1]);
    if len == 0 {
        r[0] = 0;
        r[1] = 0;
        return Ok(());
    }
    if st.inner.lock().buf.is_empty() && !fill(c, st)? {
        r[0] = 0;
        r[1] = read_err(c, st)?;
        return Ok(());
    }
    let mut s = st.inner.lock();
    let n = len.min(s.buf.len());
    let cells = heap::bytes(arr);
    for (i, b) in s.buf.drain(..n).enumerate() {
        cells[off + i].store(b, Release);
    }
    r[0] = n as Word;
    r[1] = 0;
    Ok(())
}

// ---------------------------------------------------------------- Writer

#[derive(Default)]
struct WriteInner {
    buf: Vec<u8>,
    err: Word,
}

pub struct WriterState {
    writer: Word,
    inner: Mutex<WriteInner>,
}

impl NativeObject for WriterState {
    fn trace(&self, marker: &mut Marker) {
        marker.mark(self.writer);
        marker.mark(self.inner.lock().err);
    }
}

/// Writes `b` to the underlying writer; returns (n, err).
fn write_through(ctx: &mut NativeCtx, w: Word, b: &[u8]) -> Result<(usize, Word), Panic> {
    let p = util::new_byte_slice(b);
    ctx.root(p);
    let r = util::call_iface_method(ctx, w, "Write", &[p])?;
    let n = (r.first().copied().unwrap_or(0) as i64).clamp(0, b.len() as i64) as usize;
    let mut err = r.get(1).copied().unwrap_or(0);
    if err == 0 && n < b.len() {
        err = util::new_error(ctx.prog, b"short write");
    }
    Ok((n, err))
}

fn flush(ctx: &mut NativeCtx, st: &WriterState) -> Result<Word, Panic> {
    let data = {
        let s = st.inner.lock();
        if s.err != 0 {
            return Ok(s.err);
        }
        s.buf.clone()
    };
    if data.is_empty() {
        return Ok(0);
    }
    let (n, err) = write_through(ctx, st.writer, &data)?;
    let mut s = st.inner.lock();
    let n = n.min(s.buf.len());
    s.buf.drain(..n);
    if err != 0 {
        s.err = err;
    }
    Ok(err)
}

/// Go's `Writer.Write` (`direct`: a large write with an empty buffer bypasses it).
fn buffered_write(
    ctx: &mut NativeCtx,
    st: &WriterState,
    mut b: &[u8],
    direct: bool,
) -> Result<(usize, Word), Panic> {
    let mut nn = 0;
    loop {
        let (avail, buffered, err) = {
            let s = st.inner.lock();
            (WRITER_SIZE.saturating_sub(s.buf.len()), s.buf.len(), s.err)
        };
        if err != 0 {
            return Ok((nn, err));
        }
        if b.len() <= avail {
            break;
        }
        let n;
        if buffered == 0 && direct {
            let (m, e) = write_through(ctx, st.writer, b)?;
            if e != 0 {
                st.inner.lock().err = e;
            }
            n = m;
        } else {
            st.inner.lock().buf.extend_from_slice(&b[..avail]);
            n = avail;
            flush(ctx, st)?;
        }
        nn += n;
        b = &b[n..];
    }
    st.inner.lock().buf.extend_from_slice(b);
    Ok((nn + b.len(), 0))
}

// ---------------------------------------------------------------- registry

fn split_native(kind: Split, r: &mut [Word]) {
    let data = util::byte_slice(r[0]);
    let (adv, tok) = split(kind, &data, r[1] != 0);
    r[0] = adv as Word;
    r[1] = match tok {
        Some(t) => util::new_byte_slice(&t),
        None => 0,
    };
    r[2] = 0;
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!(
            "bufio",
            r#"
import io
type SplitFunc func([]byte, bool) (int, []byte, error)
const MaxScanTokenSize = 65536
"#
        ),
        native!(
            "bufio",
            "func ScanLines([]byte, bool) (int, []byte, error)",
            |_, r| {
                split_native(Split::Lines, r);
                Ok(())
            }
        ),
        native!(
            "bufio",
            "func ScanWords([]byte, bool) (int, []byte, error)",
            |_, r| {
                split_native(Split::Words, r);
                Ok(())
            }
        ),
        native!(
            "bufio",
            "func ScanRunes([]byte, bool) (int, []byte, error)",
            |_, r| {
                split_native(Split::Runes, r);
                Ok(())
            }
        ),
        native!(
            "bufio",
            "func ScanBytes([]byte, bool) (int, []byte, error)",
            |_, r| {
                split_native(Split::Bytes, r);
                Ok(())
            }
        ),
        // ---- Scanner
        native!("bufio", "func NewScanner(io.Reader) *Scanner", |_, r| {
            let st = ScannerState {
                reader: r[0],
                inner: Mutex::new(ScanInner {
                    kind: Some(Split::Lines),
                    max: MAX_SCAN_TOKEN_SIZE,
                    ..Default::default()
                }),
            };
            r[0] = new_native_struct(st);
            Ok(())
        }),
        declare!("bufio", "type Scanner struct { impl uintptr }"),
        native!("bufio", "func (*Scanner) Scan() bool", scanner_scan),
        native!("bufio", "func (*Scanner) Text() string", |_, r| {
            let st = state::<ScannerState>(r[0], "Scanner")?;
            r[0] = util::new_str(&st.inner.lock().token);
            Ok(())
        }),
        native!("bufio", "func (*Scanner) Bytes() []byte", |_, r| {
            let st = state::<ScannerState>(r[0], "Scanner")?;
            let t = st.inner.lock().token.clone();
            r[0] = util::new_byte_slice(&t);
            Ok(())
        }),
        native!("bufio", "func (*Scanner) Err() error", |_, r| {
            let st = state::<ScannerState>(r[0], "Scanner")?;
            r[0] = st.inner.lock().err;
            Ok(())
        }),
        native!("bufio", "func (*Scanner) Buffer([]byte, int)", |_, r| {
            let st = state::<ScannerState>(r[0], "Scanner")?;
            let mut s = st.inner.lock();
            if s.scanned {
                return Err(crate::sync::string_panic("Buffer called after Scan"));
            }
            s.max = (r[2] as i64).max(1) as usize;
            Ok(())
        }),
        native!("bufio", "func (*Scanner) Split(SplitFunc)", |c, r| {
            let st = state::<ScannerState>(r[0], "Scanner")?;
            let kind = builtin_split(c, r[1]);
            let mut s = st.inner.lock();
            if s.scanned {
                return Err(crate::sync::string_panic("Split called after Scan"));
            }
            s.kind = kind;
            s.split_fn = if kind.is_some() { 0 } else { r[1] };
            Ok(())
        }),
        // ---- Reader
        native!("bufio", "func NewReader(io.Reader) *Reader", |_, r| {
            r[0] = new_native_struct(ReaderState {
                reader: r[0],
                inner: Mutex::new(ReadInner::default()),
            });
            Ok(())
        }),
        declare!("bufio", "type Reader struct { impl uintptr }"),
        native!(
            "bufio",
            "func (*Reader) ReadString(byte) (string, error)",
            reader_read_string
        ),
        native!(
            "bufio",
            "func (*Reader) ReadLine() ([]byte, bool, error)",
            reader_read_line
        ),
        native!(
            "bufio",
            "func (*Reader) ReadByte() (byte, error)",
            reader_read_byte
        ),
        native!(
            "bufio",
            "func (*Reader) ReadRune() (rune, int, error)",
            reader_read_rune
        ),
        native!(
            "bufio",
            "func (*Reader) Read([]byte) (int, error)",
            reader_read
        ),
        // ---- Writer
        native!("bufio", "func NewWriter(io.Writer) *Writer", |_, r| {
            r[0] = new_native_struct(WriterState {
                writer: r[0],
                inner: Mutex::new(WriteInner::default()),
            });
            Ok(())
        }),
        declare!("bufio", "type Writer struct { impl uintptr }"),
        native!(
            "bufio",
            "func (*Writer) Write([]byte) (int, error)",
            |c, r| {
                let st = state::<WriterState>(r[0], "Writer")?;
                let b = util::byte_slice(r[1]);
                let (n, e) = buffered_write(c, st, &b, true)?;
                r[0] = n as Word;
                r[1] = e;
                Ok(())
            }
        ),
        native!(
            "bufio",
            "func (*Writer) WriteString(string) (int, error)",
            |c, r| {
                let st = state::<WriterState>(r[0], "Writer")?;
                let b = util::str_arg(r[1]);
                let (n, e) = buffered_write(c, st, b, false)?;
                r[0] = n as Word;
                r[1] = e;
                Ok(())
            }
        ),
        native!("bufio", "func (*Writer) WriteByte(byte) error", |c, r| {
            let st = state::<WriterState>(r[0], "Writer")?;
            let (_, e) = buffered_write(c, st, &[r[1] as u8], false)?;
            r[0] = e;
            Ok(())
        }),
        native!(
            "bufio",
            "func (*Writer) WriteRune(rune) (int, error)",
            |c, r| {
                let st = state::<WriterState>(r[0], "Writer")?;
                let b = util::encode_rune(r[1] as i64);
                let (n, e) = buffered_write(c, st, &b, false)?;
                r[0] = n as Word;
                r[1] = e;
                Ok(())
            }
        ),
        native!("bufio", "func (*Writer) Flush() error", |c, r| {
            let st = state::<WriterState>(r[0], "Writer")?;
            r[0] = flush(c, st)?;
            Ok(())
        }),
    ]
}
