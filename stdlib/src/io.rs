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
        native!("io", "func Copy(Writer, Reader) (int64, error)", copy),
        native!(
            "io",
            "func ReadFull(Reader, []byte) (int, error)",
            read_full
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
        out.extend_from_slice(&util::byte_slice(buf)[..n]);
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

/// `io.Copy(dst, src)`: reads through `src.Read` into a 32 KiB buffer and writes each chunk
/// to `dst` until EOF (not an error) or the first error.
fn copy(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    const CHUNK: usize = 32 * 1024;
    let (dst, src) = (r[0], r[1]);
    ctx.root(dst);
    ctx.root(src);
    let eof_w = eof(ctx);
    let buf = util::new_byte_slice(&[0u8; CHUNK]);
    ctx.root(buf);
    let mut written: i64 = 0;
    let err = loop {
        let res = util::call_iface_method(ctx, src, "Read", &[buf])?;
        let n = (res.first().copied().unwrap_or(0) as i64).clamp(0, CHUNK as i64) as usize;
        let read_err = res.get(1).copied().unwrap_or(0);
        ctx.root(read_err);
        if n > 0 {
            let chunk = util::byte_slice(buf)[..n].to_vec();
            let write_err = crate::fmt::write_to(ctx, dst, &chunk)?;
            if write_err != 0 {
                break write_err;
            }
            written += n as i64;
        }
        if read_err != 0 {
            break if crate::errors::same_error(ctx.prog, read_err, eof_w)? {
                0
            } else {
                read_err
            };
        }
    };
    r[0] = written as Word;
    r[1] = err;
    Ok(())
}

/// `io.ReadFull(src, buf)`: reads until `buf` is full; `EOF` if nothing was read,
/// `ErrUnexpectedEOF` if the input ended part way.
fn read_full(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let (src, buf) = (r[0], r[1]);
    let (arr, off, len, cap) = value::slice_parts(buf);
    let eof_w = eof(ctx);
    let mut done = 0;
    while done < len {
        let rest = value::slice_new(arr, off + done, len - done, cap - done);
        ctx.root(rest);
        let res = util::call_iface_method(ctx, src, "Read", &[rest])?;
        done += (res.first().copied().unwrap_or(0) as i64).clamp(0, (len - done) as i64) as usize;
        let err = res.get(1).copied().unwrap_or(0);
        if err != 0 && done < len {
            r[0] = done as Word;
            r[1] = match (done, crate::errors::same_error(ctx.prog, err, eof_w)?) {
                (0, _) | (_, false) => err,
                (_, true) => unexpected_eof(ctx),
            };
            return Ok(());
        }
    }
    r[0] = done as Word;
    r[1] = 0;
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
