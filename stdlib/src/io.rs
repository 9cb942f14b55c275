//! Package `io`: the interfaces `Reader`, `Writer`, `StringWriter`, `Seeker`, `Closer` and
//! their unions, `SeekStart`/`SeekCurrent`/`SeekEnd`, `var EOF error`, `var ErrUnexpectedEOF error` (zero-argument natives; one
//! identity per program),
//! `func ReadAll(r Reader) ([]byte, error)`, `Copy(dst Writer, src Reader)`, `ReadFull` (each
//! calls `Read`/`Write` through the dynamic type),
//! `func WriteString(w Writer, s string) (n int, err error)`, and the
//! reading helpers shared by `bytes.Buffer` and `strings.Reader`, whose unread bytes live in
//! a `ByteBuf` (slot 0 of the struct) and are drained as they are read.

use crate::util::{self, ByteBuf};
use crate::{declare, native};
use runtime::heap::Word;
use vm::native::{NativeCtx, Panic};
use vm::value;

pub fn eof(ctx: &NativeCtx) -> Word {
    let prog = ctx.prog;
    util::permanent(prog, "io.EOF", || util::new_error(prog, b"EOF"))
}

/// `io.ErrShortWrite` (one identity per program).
pub fn err_short_write(ctx: &NativeCtx) -> Word {
    let prog = ctx.prog;
    util::permanent(prog, "io.ErrShortWrite", || {
        util::new_error(prog, b"short write")
    })
}

/// `io.ErrShortBuffer` (one identity per program).
fn err_short_buffer(ctx: &NativeCtx) -> Word {
    let prog = ctx.prog;
    util::permanent(prog, "io.ErrShortBuffer", || {
        util::new_error(prog, b"short buffer")
    })
}

/// `io.ErrNoProgress` (one identity per program).
fn err_no_progress(ctx: &NativeCtx) -> Word {
    let prog = ctx.prog;
    util::permanent(prog, "io.ErrNoProgress", || {
        util::new_error(prog, b"multiple Read calls return no data or error")
    })
}

/// `io.ErrUnexpectedEOF` (one identity per program, as `EOF`).
pub fn unexpected_eof(ctx: &NativeCtx) -> Word {
    let prog = ctx.prog;
    util::permanent(prog, "io.ErrUnexpectedEOF", || {
        util::new_error(prog, b"unexpected EOF")
    })
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!(
            "io",
            r#"
type Writer interface { Write([]byte) (int, error) }
type Reader interface { Read([]byte) (int, error) }
type StringWriter interface { WriteString(string) (int, error) }
type Seeker interface { Seek(int64, int) (int64, error) }
type Closer interface { Close() error }
type ReadCloser interface { Read([]byte) (int, error); Close() error }
type WriteCloser interface { Write([]byte) (int, error); Close() error }
type ReadWriter interface { Read([]byte) (int, error); Write([]byte) (int, error) }
type ReadWriteCloser interface { Read([]byte) (int, error); Write([]byte) (int, error); Close() error }
type ReadSeeker interface { Read([]byte) (int, error); Seek(int64, int) (int64, error) }
type ReadSeekCloser interface { Read([]byte) (int, error); Seek(int64, int) (int64, error); Close() error }
type WriteSeeker interface { Write([]byte) (int, error); Seek(int64, int) (int64, error) }
type ReadWriteSeeker interface { Read([]byte) (int, error); Write([]byte) (int, error); Seek(int64, int) (int64, error) }
type ReaderAt interface { ReadAt([]byte, int64) (int, error) }
type WriterAt interface { WriteAt([]byte, int64) (int, error) }
type ReaderFrom interface { ReadFrom(Reader) (int64, error) }
type WriterTo interface { WriteTo(Writer) (int64, error) }
type ByteReader interface { ReadByte() (byte, error) }
type ByteScanner interface { ReadByte() (byte, error); UnreadByte() error }
type ByteWriter interface { WriteByte(byte) error }
type RuneReader interface { ReadRune() (rune, int, error) }
type RuneScanner interface { ReadRune() (rune, int, error); UnreadRune() error }
const SeekStart = 0
const SeekCurrent = 1
const SeekEnd = 2
"#
        ),
        native!("io", "var EOF error", |c, r| {
            r[0] = eof(c);
            Ok(())
        }),
        native!("io", "var ErrUnexpectedEOF error", |c, r| {
            r[0] = unexpected_eof(c);
            Ok(())
        }),
        native!("io", "func ReadAll(Reader) ([]byte, error)", read_all),
        native!("io", "var ErrShortWrite error", |c, r| {
            r[0] = err_short_write(c);
            Ok(())
        }),
        native!("io", "var ErrShortBuffer error", |c, r| {
            r[0] = err_short_buffer(c);
            Ok(())
        }),
        native!("io", "var ErrNoProgress error", |c, r| {
            r[0] = err_no_progress(c);
            Ok(())
        }),
        native!("io", "func Copy(Writer, Reader) (int64, error)", copy),
        native!(
            "io",
            "func CopyBuffer(Writer, Reader, []byte) (int64, error)",
            copy_buffer
        ),
        native!(
            "io",
            "func CopyN(Writer, Reader, int64) (int64, error)",
            copy_n
        ),
        native!(
            "io",
            "func ReadFull(Reader, []byte) (int, error)",
            read_full
        ),
        native!(
            "io",
            "func ReadAtLeast(Reader, []byte, int) (int, error)",
            read_at_least
        ),
        native!(
            "io",
            "func WriteString(Writer, string) (int, error)",
            |c, r| {
                let s = util::str_arg(r[1]);
                let err = crate::fmt::write_to(c, r[0], s)?;
                r[0] = s.len() as Word;
                r[1] = err;
                Ok(())
            }
        ),
    ]
}

/// `io.ReadAll`: reads through `Read([]byte) (int, error)` until EOF or an error.
fn read_all(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let reader = r[0];
    let eof_w = eof(ctx);
    let mut out = Vec::new();
    let buf = util::new_byte_slice(&[0u8; 512]);
    ctx.root(buf);
    for _ in 0..1_000_000 {
        let res = util::call_iface_method(ctx, reader, "Read", &[buf])?;
        let n = (res.first().copied().unwrap_or(0) as i64).clamp(0, 512) as usize;
        out.extend_from_slice(&util::byte_prefix(buf, n));
        let err = res.get(1).copied().unwrap_or(0);
        if err != 0 {
            r[0] = util::new_byte_slice(&out);
            r[1] = if crate::errors::same_error(ctx.prog, err, eof_w)? {
                0
            } else {
                err
            };
            return Ok(());
        }
    }
    r[0] = util::new_byte_slice(&out);
    r[1] = 0;
    Ok(())
}

/// `io.Copy(dst, src)`.
fn copy(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let (written, err) = copy_with(ctx, r[0], r[1], 0, None)?;
    r[0] = written as Word;
    r[1] = err;
    Ok(())
}

/// `io.CopyBuffer(dst, src, buf)`: `Copy` reading through `buf` (a non-nil empty one panics).
fn copy_buffer(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let buf = r[2];
    if buf != 0 && value::slice_parts(buf).2 == 0 {
        return Err(crate::sync::string_panic("empty buffer in CopyBuffer"));
    }
    let (written, err) = copy_with(ctx, r[0], r[1], buf, None)?;
    r[0] = written as Word;
    r[1] = err;
    Ok(())
}

/// `io.CopyN(dst, src, n)`: `Copy` of at most `n` bytes; `io.EOF` when fewer came.
fn copy_n(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let n = r[2] as i64;
    let (written, err) = copy_with(ctx, r[0], r[1], 0, Some(n))?;
    r[0] = written as Word;
    r[1] = match err {
        _ if written == n => 0,
        0 if written < n => eof(ctx),
        e => e,
    };
    Ok(())
}

/// Go's `copyBuffer`: reads through `src.Read` (into `buf`, or a 32 KiB buffer — smaller when
/// `limit` says fewer bytes are wanted, as Go's for a `*LimitedReader`) and writes each chunk
/// to `dst` until EOF (not an error), the first error, a short write (`ErrShortWrite`) or
/// `limit` bytes.
fn copy_with(
    ctx: &mut NativeCtx,
    dst: Word,
    src: Word,
    buf: Word,
    limit: Option<i64>,
) -> Result<(i64, Word), Panic> {
    const CHUNK: i64 = 32 * 1024;
    ctx.root(dst);
    ctx.root(src);
    let eof_w = eof(ctx);
    let buf = match buf {
        0 => util::new_byte_slice(&vec![0u8; limit.unwrap_or(CHUNK).clamp(1, CHUNK) as usize]),
        b => b,
    };
    ctx.root(buf);
    let (arr, off, size, cap) = value::slice_parts(buf);
    let mut written: i64 = 0;
    let err = loop {
        let want = match limit {
            Some(n) if n - written <= 0 => break eof_w,
            Some(n) => (n - written).min(size as i64) as usize,
            None => size,
        };
        let p = value::slice_new(arr, off, want, cap);
        ctx.root(p);
        let res = util::call_iface_method(ctx, src, "Read", &[p])?;
        let nr = (res.first().copied().unwrap_or(0) as i64).clamp(0, want as i64);
        let read_err = res.get(1).copied().unwrap_or(0);
        ctx.root(read_err);
        if nr > 0 {
            let chunk = util::byte_prefix(p, nr as usize);
            let (mut nw, mut write_err) = crate::fmt::write_counted(ctx, dst, &chunk)?;
            if nw < 0 || nr < nw {
                nw = 0;
                if write_err == 0 {
                    write_err = util::new_error(ctx.prog, b"invalid write result");
                }
            }
            written += nw;
            if write_err != 0 {
                break write_err;
            }
            if nr != nw {
                break err_short_write(ctx);
            }
        }
        if read_err != 0 {
            break read_err;
        }
    };
    let err = if crate::errors::same_error(ctx.prog, err, eof_w)? && limit.is_none() {
        0
    } else {
        err
    };
    Ok((written, err))
}

/// `io.ReadFull(src, buf)`: `ReadAtLeast(src, buf, len(buf))`.
fn read_full(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let min = value::slice_parts(r[1]).2;
    read_at_least_into(ctx, r, min)
}

/// `io.ReadAtLeast(src, buf, min)`.
fn read_at_least(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let min = (r[2] as i64).max(0) as usize;
    read_at_least_into(ctx, r, min)
}

/// Reads into `buf` (`r[1]`) until at least `min` bytes came: `ErrShortBuffer` when `buf` is
/// smaller; `EOF` if nothing was read, `ErrUnexpectedEOF` if the input ended part way.
fn read_at_least_into(ctx: &mut NativeCtx, r: &mut [Word], min: usize) -> Result<(), Panic> {
    let (src, buf) = (r[0], r[1]);
    let (arr, off, len, cap) = value::slice_parts(buf);
    if len < min {
        r[0] = 0;
        r[1] = err_short_buffer(ctx);
        return Ok(());
    }
    let eof_w = eof(ctx);
    let mut done = 0;
    let mut err = 0;
    while done < min && err == 0 {
        let rest = value::slice_new(arr, off + done, len - done, cap - done);
        ctx.root(rest);
        let res = util::call_iface_method(ctx, src, "Read", &[rest])?;
        done += (res.first().copied().unwrap_or(0) as i64).clamp(0, (len - done) as i64) as usize;
        err = res.get(1).copied().unwrap_or(0);
        ctx.root(err);
    }
    r[0] = done as Word;
    r[1] = if done >= min {
        0
    } else if done > 0 && crate::errors::same_error(ctx.prog, err, eof_w)? {
        unexpected_eof(ctx)
    } else {
        err
    };
    Ok(())
}

/// `Read(p []byte) (n int, err error)` on the unread bytes of `b`.
pub fn read(ctx: &NativeCtx, b: &ByteBuf, r: &mut [Word]) -> Result<(), Panic> {
    let (_, _, plen, _) = value::slice_parts(r[1]);
    let mut buf = b.buf.lock();
    if buf.is_empty() {
        r[0] = 0;
        r[1] = if plen == 0 { 0 } else { eof(ctx) };
        return Ok(());
    }
    let n = plen.min(buf.len());
    for (i, &c) in buf[..n].iter().enumerate() {
        value::slice_set(r[1], i as i64, c as Word, true)?;
    }
    buf.drain(..n);
    r[0] = n as Word;
    r[1] = 0;
    Ok(())
}

/// `ReadString(delim byte) (string, error)` / `ReadBytes(delim byte) ([]byte, error)`: the
/// unread bytes up to and including `delim` — all of them, with `io.EOF`, when there is none —
/// and the error.
pub fn read_until(ctx: &NativeCtx, b: &ByteBuf, delim: u8) -> (Vec<u8>, Word) {
    let mut buf = b.buf.lock();
    match buf.iter().position(|&c| c == delim) {
        Some(i) => (buf.drain(..=i).collect(), 0),
        None => (std::mem::take(&mut *buf), eof(ctx)),
    }
}

/// `ReadString(delim byte) (string, error)`.
pub fn read_string(ctx: &NativeCtx, b: &ByteBuf, r: &mut [Word]) {
    let (line, err) = read_until(ctx, b, r[1] as u8);
    r[0] = util::new_str(&line);
    r[1] = err;
}

/// `ReadByte() (byte, error)`.
pub fn read_byte(ctx: &NativeCtx, b: &ByteBuf, r: &mut [Word]) {
    let mut buf = b.buf.lock();
    if buf.is_empty() {
        r[0] = 0;
        r[1] = eof(ctx);
    } else {
        r[0] = buf.remove(0) as Word;
        r[1] = 0;
    }
}

/// `ReadRune() (ch rune, size int, err error)`.
pub fn read_rune(ctx: &NativeCtx, b: &ByteBuf, r: &mut [Word]) {
    let mut buf = b.buf.lock();
    if buf.is_empty() {
        r[0] = 0;
        r[1] = 0;
        r[2] = eof(ctx);
        return;
    }
    let (c, w) = vm::utf8::decode_rune(&buf);
    buf.drain(..w);
    r[0] = c as u32 as Word;
    r[1] = w as Word;
    r[2] = 0;
}
