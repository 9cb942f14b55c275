//! Package `io`'s readers and writers that wrap others: `MultiWriter`, `MultiReader`,
//! `TeeReader`, `LimitReader` (`*LimitedReader{R, N}`), `NopCloser`, `Discard`. Each is the
//! struct Go declares (so `%v`, `%T` and field access match; `nopCloser`'s embedded `Reader`
//! is a field of that name whose `Read` is forwarded) with its methods as natives that
//! call the wrapped values' `Read`/`Write` through their dynamic types (`util::call_iface_method`),
//! so user types work in them and they work wherever an `io.Reader`/`io.Writer` goes.
//!
//! Invariant: the natives only read and write the struct's fields (slots in declaration
//! order); they keep no state of their own.

use crate::util;
use crate::{declare, native};
use runtime::heap::{self, Word};
use std::sync::atomic::Ordering::{Acquire, Release};
use vm::native::{NativeCtx, Panic};
use vm::value;

fn field(recv: Word, i: usize) -> Result<Word, Panic> {
    if recv == 0 {
        return Err(util::nil_deref());
    }
    Ok(heap::words(recv)[i].load(Acquire))
}

fn set_field(recv: Word, i: usize, w: Word) {
    heap::words(recv)[i].store(w, Release);
}

/// A new value of the struct behind `type_name` (`*io.teeReader`: a pointer; `io.nopCloser`:
/// the struct itself) with `fields`, as an interface value of that type.
fn new_struct(ctx: &NativeCtx, type_name: &str, fields: &[Word]) -> Word {
    let prog = ctx.prog;
    let t = util::type_named(prog, type_name).unwrap_or(0);
    let rt = &prog.types[t as usize];
    let struct_type = if rt.name.starts_with('*') { rt.elem } else { t };
    let obj = value::zero(prog, struct_type);
    for (i, &f) in fields.iter().enumerate() {
        set_field(obj, i, f);
    }
    value::iface_new(t, obj)
}

/// `(n, err)` of `Read(p)` on the reader `r`.
fn read_from(ctx: &mut NativeCtx, r: Word, p: Word) -> Result<(Word, Word), Panic> {
    let res = util::call_iface_method(ctx, r, "Read", &[p])?;
    Ok((
        res.first().copied().unwrap_or(0),
        res.get(1).copied().unwrap_or(0),
    ))
}

/// `(*multiWriter).Write(p)`: `p` to each writer in turn; the first error, or
/// `ErrShortWrite` when one took less.
fn multi_write(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let writers = value::slice_to_vec(field(r[0], 0)?, false);
    let data = util::byte_slice(r[1]);
    for w in writers {
        let (n, err) = crate::fmt::write_counted(ctx, w, &data)?;
        if err != 0 {
            r[0] = n as Word;
            r[1] = err;
            return Ok(());
        }
        if n != data.len() as i64 {
            r[0] = n as Word;
            r[1] = crate::io::err_short_write(ctx);
            return Ok(());
        }
    }
    r[0] = data.len() as Word;
    r[1] = 0;
    Ok(())
}

/// `(*multiReader).Read(p)`: from the first reader that has not ended; `EOF` once all did.
fn multi_read(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let recv = r[0];
    let eof = crate::io::eof(ctx);
    loop {
        let readers = field(recv, 0)?;
        let (arr, off, len, cap) = value::slice_parts(readers);
        if len == 0 {
            r[0] = 0;
            r[1] = eof;
            return Ok(());
        }
        let first = value::slice_to_vec(readers, false)[0];
        let (n, err) = read_from(ctx, first, r[1])?;
        let at_end = crate::errors::same_error(ctx.prog, err, eof)?;
        if at_end {
            set_field(recv, 0, value::slice_new(arr, off + 1, len - 1, cap - 1));
        }
        if n as i64 > 0 || !at_end {
            r[0] = n;
            r[1] = if at_end && len > 1 { 0 } else { err };
            return Ok(());
        }
    }
}

/// `(*teeReader).Read(p)`: reads `r`, and writes what came to `w`.
fn tee_read(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let (src, dst) = (field(r[0], 0)?, field(r[0], 1)?);
    let p = r[1];
    let (n, err) = read_from(ctx, src, p)?;
    let got = (n as i64).clamp(0, value::slice_parts(p).2 as i64) as usize;
    if got > 0 {
        ctx.root(err);
        let (wn, werr) = crate::fmt::write_counted(ctx, dst, &util::byte_prefix(p, got))?;
        if werr != 0 {
            r[0] = wn as Word;
            r[1] = werr;
            return Ok(());
        }
    }
    r[0] = n;
    r[1] = err;
    Ok(())
}

/// `(*LimitedReader).Read(p)`: at most `N` more bytes from `R`.
fn limited_read(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let recv = r[0];
    let (src, left) = (field(recv, 0)?, field(recv, 1)? as i64);
    if left <= 0 {
        r[0] = 0;
        r[1] = crate::io::eof(ctx);
        return Ok(());
    }
    let (arr, off, len, cap) = value::slice_parts(r[1]);
    let p = if len as i64 > left {
        value::slice_new(arr, off, left as usize, cap)
    } else {
        r[1]
    };
    ctx.root(p);
    let (n, err) = read_from(ctx, src, p)?;
    set_field(recv, 1, (left - n as i64) as Word);
    r[0] = n;
    r[1] = err;
    Ok(())
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!(
            "io",
            r#"
type LimitedReader struct { R Reader; N int64 }
type multiWriter struct { writers []Writer }
type multiReader struct { readers []Reader }
type teeReader struct { r Reader; w Writer }
type nopCloser struct { Reader Reader }
type discard struct {}
"#
        ),
        native!("io", "func MultiWriter(...Writer) Writer", |c, r| {
            let copy = util::new_word_slice(&value::slice_to_vec(r[0], false));
            r[0] = new_struct(c, "*io.multiWriter", &[copy]);
            Ok(())
        }),
        native!(
            "io",
            "func (*multiWriter) Write([]byte) (int, error)",
            multi_write
        ),
        native!("io", "func MultiReader(...Reader) Reader", |c, r| {
            let copy = util::new_word_slice(&value::slice_to_vec(r[0], false));
            r[0] = new_struct(c, "*io.multiReader", &[copy]);
            Ok(())
        }),
        native!(
            "io",
            "func (*multiReader) Read([]byte) (int, error)",
            multi_read
        ),
        native!("io", "func TeeReader(Reader, Writer) Reader", |c, r| {
            r[0] = new_struct(c, "*io.teeReader", &[r[0], r[1]]);
            Ok(())
        }),
        native!(
            "io",
            "func (*teeReader) Read([]byte) (int, error)",
            tee_read
        ),
        native!("io", "func LimitReader(Reader, int64) Reader", |c, r| {
            r[0] = new_struct(c, "*io.LimitedReader", &[r[0], r[1]]);
            Ok(())
        }),
        native!(
            "io",
            "func (*LimitedReader) Read([]byte) (int, error)",
            limited_read
        ),
        native!("io", "func NopCloser(Reader) ReadCloser", |c, r| {
            r[0] = new_struct(c, "io.nopCloser", &[r[0]]);
            Ok(())
        }),
        native!(
            "io",
            "func (nopCloser) Read([]byte) (int, error)",
            |c, r| {
                (r[0], r[1]) = read_from(c, field(r[0], 0)?, r[1])?;
                Ok(())
            }
        ),
        native!("io", "func (nopCloser) Close() error", |_, r| {
            r[0] = 0;
            Ok(())
        }),
        native!("io", "var Discard Writer", |c, r| {
            r[0] = util::permanent(c.prog, "io.Discard", || new_struct(c, "io.discard", &[]));
            Ok(())
        }),
        native!("io", "func (discard) Write([]byte) (int, error)", |_, r| {
            r[0] = value::slice_parts(r[1]).2 as Word;
            r[1] = 0;
            Ok(())
        }),
        native!(
            "io",
            "func (discard) WriteString(string) (int, error)",
            |_, r| {
                r[0] = value::str_bytes(r[1]).len() as Word;
                r[1] = 0;
                Ok(())
            }
        ),
    ]
}
