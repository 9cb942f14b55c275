//! The server's `ResponseWriter`, `*http.response` (`Header`, `Write`, `WriteHeader`,
//! `Flush`), with go1.19's framing rules.
//!
//! Invariants:
//! - The handler's output is buffered up to `BUFFER_BEFORE_CHUNKING` bytes (Go's
//!   2048-byte writer): a response that ends within it gets `Content-Length`, a longer one or
//!   one flushed early is sent `Transfer-Encoding: chunked` (HTTP/1.1) unless the handler set
//!   `Content-Length` itself.
//! - The head is the status line, the handler's header (sorted), then what Go adds: `Date`,
//!   `Content-Length`, `Content-Type` (sniffed from the first bytes when not set and the body
//!   is not empty), `Connection: close`, `Transfer-Encoding: chunked`.
//! - No lock is held while writing to the connection (a Go call).

use super::conn;
use super::header;
use super::status;
use crate::url::values;
use crate::util;
use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use std::sync::atomic::Ordering::{Acquire, Release};
use vm::native::{NativeCtx, Panic};
use vm::value;

const BUFFER_BEFORE_CHUNKING: usize = 2048;

#[derive(Default)]
struct State {
    /// The status written (0: none yet).
    status: i64,
    /// The head has gone out.
    committed: bool,
    chunking: bool,
    /// Bytes the handler wrote that are not on the connection yet.
    buf: Vec<u8>,
    /// The handler's own `Content-Length`, and how much of it was written.
    declared_length: Option<i64>,
    written: i64,
    handler_done: bool,
    /// The connection ends after this response.
    close_after: bool,
}

/// What the request asked of its response.
#[derive(Clone, Copy)]
pub struct RequestTraits {
    pub head: bool,
    pub http11: bool,
    pub close: bool,
}

pub struct Response {
    pub io: Word,
    /// The handler's `Header` map.
    pub header: Word,
    traits: RequestTraits,
    /// The connection stays open after this response only while this is true.
    keep_alives: fn() -> bool,
    st: Mutex<State>,
}

impl NativeObject for Response {
    fn trace(&self, marker: &mut Marker) {
        marker.mark(self.io);
        marker.mark(self.header);
    }
}

fn body_allowed(status: i64) -> bool {
    !((100..200).contains(&status) || status == 204 || status == 304)
}

/// `Date` header text: `Sun, 06 Dec 2026 02:39:26 GMT`.
fn http_date() -> String {
    let ns = crate::time::now_ns();
    let t = crate::time::new_time_in(ns, crate::time::utc_loc());
    crate::time::format(
        ns,
        &crate::time::zone_at(t),
        b"Mon, 02 Jan 2006 15:04:05 GMT",
    )
}

/// The status line (`HTTP/1.1 404 Not Found`; `HTTP/1.0` answers an HTTP/1.0 request).
fn status_line(code: i64, http11: bool) -> String {
    let proto = if http11 { "HTTP/1.1" } else { "HTTP/1.0" };
    match status::text(code) {
        "" => format!("{proto} {code:03} status code {code}\r\n"),
        text => format!("{proto} {code:03} {text}\r\n"),
    }
}

fn chunk(data: &[u8]) -> Vec<u8> {
    let mut out = format!("{:x}\r\n", data.len()).into_bytes();
    out.extend_from_slice(data);
    out.extend_from_slice(b"\r\n");
    out
}

impl Response {
    /// The head for `first` (the first body bytes), deciding framing as Go's
    /// `chunkWriter.writeHeader`.
    fn head(&self, st: &mut State, first: &[u8]) -> Result<Vec<u8>, Panic> {
        let h = self.header;
        let mut skip: Vec<&[u8]> = Vec::new();
        let te = header::get(h, b"Transfer-Encoding")?.map(<[u8]>::to_vec);
        if st.handler_done
            && te.is_none()
            && body_allowed(st.status)
            && st.declared_length.is_none()
            && (!self.traits.head || !first.is_empty())
        {
            st.declared_length = Some(first.len() as i64);
            skip.push(b"Content-Length");
        }
        let mut content_length = None;
        if skip.contains(&&b"Content-Length"[..]) {
            content_length = st.declared_length;
        }
        let conn_close =
            header::get(h, b"Connection")?.is_some_and(|v| v.eq_ignore_ascii_case(b"close"));
        if self.traits.close || conn_close || !(self.keep_alives)() {
            st.close_after = true;
        }
        let mut transfer_encoding = false;
        skip.push(b"Transfer-Encoding");
        let has_body = !self.traits.head && body_allowed(st.status);
        if has_body && st.declared_length.is_none() {
            if self.traits.http11 {
                st.chunking = true;
                transfer_encoding = true;
            } else {
                st.close_after = true;
            }
        }
        let content_type = match header::get(h, b"Content-Type")? {
            None if te.is_none() && body_allowed(st.status) && !first.is_empty() => {
                Some(header::detect_content_type(first))
            }
            _ => None,
        };
        let connection = st.close_after && self.traits.http11;
        if connection {
            skip.push(b"Connection");
        }
        let mut out = status_line(st.status, self.traits.http11).into_bytes();
        out.extend_from_slice(&header::wire(h, &skip));
        if header::get(h, b"Date")?.is_none() {
            out.extend_from_slice(format!("Date: {}\r\n", http_date()).as_bytes());
        }
        if let Some(n) = content_length {
            out.extend_from_slice(format!("Content-Length: {n}\r\n").as_bytes());
        }
        if let Some(ct) = content_type {
            out.extend_from_slice(format!("Content-Type: {ct}\r\n").as_bytes());
        }
        if connection {
            out.extend_from_slice(b"Connection: close\r\n");
        }
        if transfer_encoding {
            out.extend_from_slice(b"Transfer-Encoding: chunked\r\n");
        }
        out.extend_from_slice(b"\r\n");
        Ok(out)
    }

    /// The bytes to send now: the head (once) and the buffered body, framed.
    fn take_output(&self, st: &mut State) -> Result<Vec<u8>, Panic> {
        let data = std::mem::take(&mut st.buf);
        let mut out = Vec::new();
        if !st.committed {
            st.committed = true;
            out = self.head(st, &data)?;
        }
        if self.traits.head || !body_allowed(st.status) || data.is_empty() {
            return Ok(out);
        }
        if st.chunking {
            out.extend_from_slice(&chunk(&data));
        } else {
            out.extend_from_slice(&data);
        }
        Ok(out)
    }

    fn send(&self, ctx: &mut NativeCtx, out: Vec<u8>) -> Result<(), Panic> {
        if !out.is_empty() {
            // A failed write means the client went away; the connection loop sees it next.
            conn::of(self.io).write(ctx, &out)?;
        }
        Ok(())
    }

    fn write_header(&self, ctx: &mut NativeCtx, code: i64) -> Result<(), Panic> {
        if !(100..=999).contains(&code) {
            return Err(crate::sync::string_panic(&format!(
                "invalid WriteHeader code {code}"
            )));
        }
        let declared = header::get(self.header, b"Content-Length")?
            .and_then(|v| std::str::from_utf8(v).ok()?.trim().parse::<i64>().ok());
        let mut st = self.st.lock();
        if st.status != 0 {
            drop(st);
            let from = match ctx.caller(0) {
                Some((func, file, line)) => {
                    let base = file.rsplit('/').next().unwrap_or(&file).to_string();
                    format!("{func} ({base}:{line})")
                }
                None => "unknown".into(),
            };
            let msg = format!("http: superfluous response.WriteHeader call from {from}");
            return super::server::log_error(ctx, &msg);
        }
        st.status = code;
        st.declared_length = declared;
        Ok(())
    }

    fn write(
        &self,
        ctx: &mut NativeCtx,
        data: &[u8],
    ) -> Result<Result<usize, &'static str>, Panic> {
        if self.st.lock().status == 0 {
            self.write_header(ctx, 200)?;
        }
        let mut st = self.st.lock();
        if !body_allowed(st.status) {
            return Ok(Err(
                "http: request method or response status code does not allow body",
            ));
        }
        if let Some(n) = st.declared_length {
            if st.written + data.len() as i64 > n {
                return Ok(Err("http: wrote more than the declared Content-Length"));
            }
        }
        st.written += data.len() as i64;
        // Go's 2048-byte bufio.Writer: a write that does not fit fills the buffer, which
        // goes out whole; one that exceeds an empty buffer goes out directly.
        let mut rest = data;
        let mut out = Vec::new();
        while rest.len() > BUFFER_BEFORE_CHUNKING - st.buf.len() {
            let n = if st.buf.is_empty() {
                rest.len()
            } else {
                BUFFER_BEFORE_CHUNKING - st.buf.len()
            };
            st.buf.extend_from_slice(&rest[..n]);
            rest = &rest[n..];
            out.extend(self.take_output(&mut st)?);
        }
        st.buf.extend_from_slice(rest);
        drop(st);
        self.send(ctx, out)?;
        Ok(Ok(data.len()))
    }

    fn flush(&self, ctx: &mut NativeCtx) -> Result<(), Panic> {
        if self.st.lock().status == 0 {
            self.write_header(ctx, 200)?;
        }
        let out = self.take_output(&mut self.st.lock())?;
        self.send(ctx, out)
    }

    /// After the handler returned: sends the rest; true if the connection may be reused.
    pub fn finish(&self, ctx: &mut NativeCtx) -> Result<bool, Panic> {
        if self.st.lock().status == 0 {
            self.write_header(ctx, 200)?;
        }
        let mut st = self.st.lock();
        st.handler_done = true;
        let mut out = self.take_output(&mut st)?;
        if st.chunking {
            out.extend_from_slice(b"0\r\n\r\n");
        }
        let reuse = !st.close_after
            && st
                .declared_length
                .is_none_or(|n| n == st.written || self.traits.head);
        drop(st);
        self.send(ctx, out)?;
        Ok(reuse)
    }
}

/// A new `*http.response` as a `ResponseWriter`.
pub fn new_writer(
    ctx: &NativeCtx,
    io: Word,
    traits: RequestTraits,
    keep_alives: fn() -> bool,
) -> Result<(Word, &'static Response), Panic> {
    let t = util::type_named(ctx.prog, "*http.response")
        .ok_or_else(|| Panic::Fatal("net/http: *http.response missing".into()))?;
    let state = heap::alloc_native(Box::new(Response {
        io,
        header: vm::gomap::new_map(0),
        traits,
        keep_alives,
        st: Mutex::new(State::default()),
    }));
    let obj = heap::alloc_words(1);
    heap::words(obj)[0].store(state, Release);
    let resp = heap::native::<Response>(state).expect("fresh response");
    Ok((value::iface_new(t, obj), resp))
}

fn state(recv: Word) -> Result<&'static Response, Panic> {
    if recv == 0 {
        return Err(util::nil_deref());
    }
    heap::native::<Response>(heap::words(recv)[0].load(Acquire)).ok_or_else(util::nil_deref)
}

pub fn natives() -> Vec<crate::Entry> {
    use crate::{declare, native};
    vec![
        declare!("net/http", "type response struct { impl uintptr }"),
        native!("net/http", "func (*response) Header() Header", |_, r| {
            r[0] = state(r[0])?.header;
            Ok(())
        }),
        native!(
            "net/http",
            "func (*response) Write([]byte) (int, error)",
            |c, r| {
                let data = util::byte_slice(r[1]);
                match state(r[0])?.write(c, &data)? {
                    Ok(n) => {
                        r[0] = n as Word;
                        r[1] = 0;
                    }
                    Err(text) => {
                        r[0] = 0;
                        r[1] = util::new_error(c.prog, text.as_bytes());
                    }
                }
                Ok(())
            }
        ),
        native!("net/http", "func (*response) WriteHeader(int)", |c, r| {
            state(r[0])?.write_header(c, r[1] as i64)
        }),
        native!("net/http", "func (*response) Flush()", |c, r| {
            state(r[0])?.flush(c)
        }),
    ]
}

/// `http.Error(w, msg, code)` on any `ResponseWriter`.
pub fn error_reply(ctx: &mut NativeCtx, w: Word, msg: &[u8], code: i64) -> Result<(), Panic> {
    ctx.root(w);
    let h = util::call_iface_method(ctx, w, "Header", &[])?[0];
    values::set(h, b"Content-Type", b"text/plain; charset=utf-8")?;
    values::set(h, b"X-Content-Type-Options", b"nosniff")?;
    util::call_iface_method(ctx, w, "WriteHeader", &[code as Word])?;
    let mut body = msg.to_vec();
    body.push(b'\n');
    util::call_iface_method(ctx, w, "Write", &[util::new_byte_slice(&body)])?;
    Ok(())
}
