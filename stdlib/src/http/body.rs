//! Message bodies on a connection: the framing a head announces (Content-Length, chunked,
//! or until the peer closes) and `*http.body`, the `io.ReadCloser` of `Request.Body` and
//! `Response.Body`.
//!
//! Invariants:
//! - A body consumes exactly its own bytes from the connection's buffer, so the next message
//!   on a keep-alive connection starts where it ends; a short body is `unexpected EOF`.
//! - `Read` after `Close` is Go's `http: invalid Read on closed Body`; closing a client
//!   response body gives its connection back to the client's pool or closes it (`OnClose`).

use super::conn::{self, Fill};
use crate::util;
use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use std::sync::atomic::Ordering::{Acquire, Release};
use vm::native::{NativeCtx, Panic};
use vm::value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Framing {
    /// This many bytes remain.
    Length(u64),
    /// Chunked, this many bytes of the current chunk remain (0: a size line is next).
    Chunked(u64),
    /// Until the connection's end.
    UntilEof,
    Done,
}

pub struct Body {
    /// The `conn::Io` object.
    pub io: Word,
    framing: Mutex<Framing>,
    closed: Mutex<bool>,
    on_close: OnClose,
}

/// What closing a body does to its connection.
pub enum OnClose {
    /// Nothing (a server's request body; the connection loop owns the connection).
    Nothing,
    /// Close it (a client response the connection cannot outlive).
    CloseConn,
    /// Give it back to the client's idle pool under this key when the body was read to its
    /// end, else close it.
    Pool(String),
}

impl NativeObject for Body {
    fn trace(&self, marker: &mut Marker) {
        marker.mark(self.io);
    }
}

/// How one step of reading ended.
pub enum Step {
    Bytes(Vec<u8>),
    Eof,
    Failed(Word),
}

/// Parses a chunk-size line at the start of `buf`: (size, line length), or None when the
/// line is incomplete; Err on a malformed size.
fn chunk_size(buf: &[u8]) -> Result<Option<(u64, usize)>, ()> {
    let Some(end) = buf.windows(2).position(|w| w == b"\r\n") else {
        return if buf.len() > 4096 { Err(()) } else { Ok(None) };
    };
    let line = &buf[..end];
    let hex = line
        .split(|&c| c == b';')
        .next()
        .unwrap_or(b"")
        .trim_ascii();
    let text = std::str::from_utf8(hex).map_err(|_| ())?;
    let size = u64::from_str_radix(text, 16).map_err(|_| ())?;
    Ok(Some((size, end + 2)))
}

impl Body {
    /// Takes up to `max` body bytes from the buffer without reading: Some(step) when it could
    /// decide, None when more bytes are needed.
    fn take(&self, buf: &mut Vec<u8>, max: usize, at_eof: bool) -> Option<Result<Step, ()>> {
        let mut framing = self.framing.lock();
        loop {
            match *framing {
                Framing::Done => return Some(Ok(Step::Eof)),
                Framing::Length(0) => {
                    *framing = Framing::Done;
                }
                Framing::Length(n) => {
                    if buf.is_empty() {
                        return at_eof.then_some(Err(()));
                    }
                    let k = buf.len().min(max).min(n as usize);
                    *framing = Framing::Length(n - k as u64);
                    return Some(Ok(Step::Bytes(buf.drain(..k).collect())));
                }
                Framing::UntilEof => {
                    if buf.is_empty() {
                        return at_eof.then_some(Ok(Step::Eof));
                    }
                    let k = buf.len().min(max);
                    return Some(Ok(Step::Bytes(buf.drain(..k).collect())));
                }
                Framing::Chunked(0) => match chunk_size(buf) {
                    Err(()) => return Some(Err(())),
                    Ok(None) => return at_eof.then_some(Err(())),
                    Ok(Some((0, line))) => {
                        // The last chunk: skip trailers up to the empty line.
                        let rest = &buf[line..];
                        if rest.starts_with(b"\r\n") {
                            buf.drain(..line + 2);
                            *framing = Framing::Done;
                        } else if let Some(end) = rest.windows(4).position(|w| w == b"\r\n\r\n") {
                            buf.drain(..line + end + 4);
                            *framing = Framing::Done;
                        } else {
                            return at_eof.then_some(Err(()));
                        }
                    }
                    Ok(Some((size, line))) => {
                        buf.drain(..line);
                        // The chunk's data plus its closing CRLF.
                        *framing = Framing::Chunked(size + 2);
                    }
                },
                Framing::Chunked(n) if n <= 2 => {
                    if buf.len() < n as usize {
                        return at_eof.then_some(Err(()));
                    }
                    if buf[..n as usize] != b"\r\n"[2 - n as usize..] {
                        return Some(Err(()));
                    }
                    buf.drain(..n as usize);
                    *framing = Framing::Chunked(0);
                }
                Framing::Chunked(n) => {
                    if buf.is_empty() {
                        return at_eof.then_some(Err(()));
                    }
                    let k = buf.len().min(max).min(n as usize - 2);
                    *framing = Framing::Chunked(n - k as u64);
                    return Some(Ok(Step::Bytes(buf.drain(..k).collect())));
                }
            }
        }
    }

    /// Reads up to `max` bytes of the body (blocking on the connection as needed).
    pub fn read(&self, ctx: &mut NativeCtx, max: usize) -> Result<Step, Panic> {
        let io = conn::of(self.io);
        let mut at_eof = false;
        loop {
            let step = self.take(&mut io.buf.lock(), max, at_eof);
            match step {
                Some(Ok(s)) => return Ok(s),
                Some(Err(())) => {
                    *self.framing.lock() = Framing::Done;
                    return Ok(Step::Failed(crate::io::unexpected_eof(ctx)));
                }
                None => {}
            }
            match io.fill(ctx)? {
                Fill::Data => {}
                Fill::Eof => at_eof = true,
                Fill::Failed(e) => return Ok(Step::Failed(e)),
            }
        }
    }

    /// Reads the rest of the body, at most `limit` bytes: (bytes, reached its end).
    pub fn drain(&self, ctx: &mut NativeCtx, limit: usize) -> Result<(Vec<u8>, bool), Panic> {
        let mut out = Vec::new();
        while out.len() <= limit {
            match self.read(ctx, 64 * 1024)? {
                Step::Bytes(b) => out.extend_from_slice(&b),
                Step::Eof => return Ok((out, true)),
                Step::Failed(_) => return Ok((out, false)),
            }
        }
        Ok((out, false))
    }

    pub fn at_end(&self) -> bool {
        *self.framing.lock() == Framing::Done
    }
}

/// A new `*http.body` as an `io.ReadCloser`.
pub fn new_body(
    ctx: &NativeCtx,
    io: Word,
    framing: Framing,
    on_close: OnClose,
) -> Result<Word, Panic> {
    let t = util::type_named(ctx.prog, "*http.body")
        .ok_or_else(|| Panic::Fatal("net/http: *http.body missing".into()))?;
    let obj = heap::alloc_words(1);
    let state = heap::alloc_native(Box::new(Body {
        io,
        framing: Mutex::new(framing),
        closed: Mutex::new(false),
        on_close,
    }));
    heap::words(obj)[0].store(state, Release);
    Ok(value::iface_new(t, obj))
}

/// The `Body` behind a `*http.body` interface value (None for another `io.ReadCloser`).
pub fn body_of(ctx: &NativeCtx, iface: Word) -> Option<&'static Body> {
    let (t, p) = value::iface_parts(iface)?;
    if Some(t) != util::type_named(ctx.prog, "*http.body") || p == 0 {
        return None;
    }
    heap::native::<Body>(heap::words(p)[0].load(Acquire))
}

fn state(recv: Word) -> Result<&'static Body, Panic> {
    if recv == 0 {
        return Err(util::nil_deref());
    }
    heap::native::<Body>(heap::words(recv)[0].load(Acquire)).ok_or_else(util::nil_deref)
}

fn read_native(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let b = state(r[0])?;
    let (arr, off, len, _) = value::slice_parts(r[1]);
    if *b.closed.lock() {
        r[0] = 0;
        r[1] = util::new_error(ctx.prog, b"http: invalid Read on closed Body");
        return Ok(());
    }
    if len == 0 {
        r[0] = 0;
        r[1] = 0;
        return Ok(());
    }
    match b.read(ctx, len)? {
        Step::Bytes(bytes) => {
            let cells = heap::bytes(arr);
            for (i, &c) in bytes.iter().enumerate() {
                cells[off + i].store(c, Release);
            }
            r[0] = bytes.len() as Word;
            r[1] = 0;
        }
        Step::Eof => {
            r[0] = 0;
            r[1] = crate::io::eof(ctx);
        }
        Step::Failed(e) => {
            r[0] = 0;
            r[1] = e;
        }
    }
    Ok(())
}

fn close_native(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let b = state(r[0])?;
    let was = std::mem::replace(&mut *b.closed.lock(), true);
    if !was {
        match &b.on_close {
            OnClose::Nothing => {}
            OnClose::Pool(key) if b.at_end() => super::pool::put(ctx, key, b.io)?,
            OnClose::Pool(_) | OnClose::CloseConn => conn::of(b.io).close(ctx)?,
        }
    }
    r[0] = 0;
    Ok(())
}

pub fn natives() -> Vec<crate::Entry> {
    use crate::{declare, native};
    vec![
        declare!("net/http", "type body struct { impl uintptr }"),
        native!(
            "net/http",
            "func (*body) Read([]byte) (int, error)",
            read_native
        ),
        native!("net/http", "func (*body) Close() error", close_native),
    ]
}
