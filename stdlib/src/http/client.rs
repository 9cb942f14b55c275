//! The HTTP/1.1 client: `Get`, `Post`, `Head`, `*Client` (`Do`, `Get`, `Post`, `Head`,
//! `Timeout`), `DefaultClient`, `*Response`, following redirects as go1.19 does (up to 10;
//! 301/302/303 become GET, 307/308 resend the body).
//!
//! Invariants:
//! - A request reuses an idle connection to its host (`pool`) or dials one, and is written
//!   as Go's transport writes it (`Host`, `User-Agent: Go-http-client/1.1`, `Content-Length`
//!   or chunked, the request's headers, `Accept-Encoding: gzip`); an idle connection found
//!   closed by the server is replaced by a new one. Closing a response body read to its end
//!   gives the connection back.
//! - A deadline — `Client.Timeout` or the request context's — is the connection's deadline;
//!   missing it is Go's error (`context deadline exceeded (Client.Timeout exceeded while
//!   awaiting headers)`, or `context.DeadlineExceeded`). A context cancelled without a
//!   deadline is seen before the request starts, not during it.
//! - Every error is a `*url.Error` (`Get "http://…": dial tcp …: connect: connection refused`).

use super::body::{self, Framing};
use super::conn::{self, Fill};
use super::header;
use super::request::{self, R_BODY, R_HEADER, R_HOST, R_LENGTH, R_METHOD, R_URL};
use crate::url::{self, values};
use crate::util;
use runtime::heap::{self, Word};
use std::sync::atomic::Ordering::{Acquire, Release};
use vm::native::{NativeCtx, Panic};
use vm::value;

pub const RESPONSE_DECL: &str = "type Response struct { Status string; StatusCode int; Proto string; ProtoMajor int; ProtoMinor int; Header Header; Body io.ReadCloser; ContentLength int64; Close bool; Request *Request }";

const MAX_REDIRECTS: usize = 10;

/// Why one exchange failed.
enum Failure {
    /// An `error` word to wrap in `*url.Error`.
    Err(Word),
    /// The deadline passed.
    Deadline,
}

/// The request body read ahead: (known length or -1 for chunked, `*http.body`).
pub fn request_body(ctx: &mut NativeCtx, reader: Word) -> Result<(i64, Word), Panic> {
    ctx.root(reader);
    let Some((t, _)) = value::iface_parts(reader) else {
        return Ok((0, 0));
    };
    let known = matches!(
        ctx.prog.types[t as usize].name.as_str(),
        "*strings.Reader" | "*bytes.Reader" | "*bytes.Buffer"
    );
    let data = read_all(ctx, reader)?;
    let length = if known { data.len() as i64 } else { -1 };
    let n = data.len() as u64;
    let io = conn::memory(data);
    let framing = if n == 0 {
        Framing::Done
    } else {
        Framing::Length(n)
    };
    Ok((
        length,
        body::new_body(ctx, io, framing, body::OnClose::Nothing)?,
    ))
}

/// `io.ReadAll(r)` through the reader's `Read` method.
fn read_all(ctx: &mut NativeCtx, reader: Word) -> Result<Vec<u8>, Panic> {
    let scratch = util::new_byte_slice(&[0u8; 4096]);
    ctx.root(scratch);
    let mut out = Vec::new();
    loop {
        let r = util::call_iface_method(ctx, reader, "Read", &[scratch])?;
        let n = r[0] as usize;
        out.extend_from_slice(&util::byte_slice(scratch)[..n]);
        if r[1] != 0 {
            return Ok(out);
        }
    }
}

/// The bytes of a request's body without consuming a read-ahead one.
fn body_bytes(ctx: &mut NativeCtx, b: Word) -> Result<Vec<u8>, Panic> {
    if b == 0 {
        return Ok(Vec::new());
    }
    if let Some(body) = body::body_of(ctx, b) {
        return Ok(conn::of(body.io).buf.lock().clone());
    }
    read_all(ctx, b)
}

/// Go's `urlErrorOp`: `Get`, `Post`.
fn op_name(method: &[u8]) -> String {
    let m = String::from_utf8_lossy(method);
    let mut chars = m.chars();
    match chars.next() {
        Some(c) => c.to_string() + &chars.as_str().to_lowercase(),
        None => String::new(),
    }
}

fn timeout_error(ctx: &NativeCtx) -> Result<Word, Panic> {
    let t = util::type_named(ctx.prog, "*http.httpError")
        .ok_or_else(|| Panic::Fatal("net/http: httpError missing".into()))?;
    let obj = heap::alloc_words(1);
    heap::words(obj)[0].store(
        util::new_str(
            b"context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
        ),
        Release,
    );
    Ok(value::iface_new(t, obj))
}

fn is_timeout(ctx: &mut NativeCtx, err: Word) -> Result<bool, Panic> {
    let Some((t, _)) = value::iface_parts(err) else {
        return Ok(false);
    };
    if util::find_method(ctx.prog, t, "Timeout").is_none() {
        return Ok(false);
    }
    Ok(util::call_iface_method(ctx, err, "Timeout", &[])?[0] != 0)
}

/// The request's wire form.
fn request_bytes(ctx: &mut NativeCtx, req: Word, u: &url::Url) -> Result<Vec<u8>, Panic> {
    let w = heap::words(req);
    let method = value::str_bytes(w[R_METHOD].load(Acquire));
    let mut host = value::str_bytes(w[R_HOST].load(Acquire)).to_vec();
    if host.is_empty() {
        host = u.host.clone();
    }
    let mut out = Vec::new();
    out.extend_from_slice(method);
    out.push(b' ');
    out.extend_from_slice(u.request_uri().as_bytes());
    out.extend_from_slice(b" HTTP/1.1\r\nHost: ");
    out.extend_from_slice(&host);
    out.extend_from_slice(b"\r\n");
    let h = w[R_HEADER].load(Acquire);
    if header::get(h, b"User-Agent")?.is_none() {
        out.extend_from_slice(b"User-Agent: Go-http-client/1.1\r\n");
    }
    let body_w = w[R_BODY].load(Acquire);
    let length = w[R_LENGTH].load(Acquire) as i64;
    let data = body_bytes(ctx, body_w)?;
    let chunked = body_w != 0 && length < 0;
    if chunked {
        out.extend_from_slice(b"Transfer-Encoding: chunked\r\n");
    } else if length > 0 || matches!(method, b"POST" | b"PUT" | b"PATCH") {
        out.extend_from_slice(format!("Content-Length: {}\r\n", data.len()).as_bytes());
    }
    out.extend_from_slice(&header::wire(
        h,
        &[
            b"Host",
            b"User-Agent",
            b"Content-Length",
            b"Transfer-Encoding",
        ],
    ));
    out.extend_from_slice(b"Accept-Encoding: gzip\r\n\r\n");
    if chunked {
        if !data.is_empty() {
            out.extend_from_slice(format!("{:x}\r\n", data.len()).as_bytes());
            out.extend_from_slice(&data);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b"0\r\n\r\n");
    } else {
        out.extend_from_slice(&data);
    }
    Ok(out)
}

/// A parsed response head.
struct RespHead {
    code: u16,
    reason: String,
    minor: u8,
    headers: Vec<(Vec<u8>, Vec<u8>)>,
}

fn parse_response(buf: &[u8]) -> Result<Option<(RespHead, usize)>, ()> {
    let mut headers = [httparse::EMPTY_HEADER; 128];
    let mut resp = httparse::Response::new(&mut headers);
    match resp.parse(buf) {
        Ok(httparse::Status::Complete(n)) => Ok(Some((
            RespHead {
                code: resp.code.unwrap_or(0),
                reason: resp.reason.unwrap_or("").to_string(),
                minor: resp.version.unwrap_or(1),
                headers: resp
                    .headers
                    .iter()
                    .map(|h| (header::canonical(h.name.as_bytes()), h.value.to_vec()))
                    .collect(),
            },
            n,
        ))),
        Ok(httparse::Status::Partial) => Ok(None),
        Err(_) => Err(()),
    }
}

/// One request on a fresh connection: the `*Response` or why not.
fn exchange(
    ctx: &mut NativeCtx,
    req: Word,
    u: &url::Url,
    deadline: Option<i128>,
) -> Result<Result<Word, Failure>, Panic> {
    let fail = |ctx: &NativeCtx, text: String| {
        Ok(Err(Failure::Err(util::new_error(
            ctx.prog,
            text.as_bytes(),
        ))))
    };
    if u.scheme != b"http" {
        return fail(
            ctx,
            format!(
                "unsupported protocol scheme {:?}",
                String::from_utf8_lossy(&u.scheme)
            ),
        );
    }
    if u.host.is_empty() {
        return fail(ctx, "http: no Host in request URL".into());
    }
    let (hostname, port) = u.host_port();
    let port = if port.is_empty() { &b"80"[..] } else { port };
    let host = String::from_utf8_lossy(hostname);
    let addr = if host.contains(':') {
        format!("[{host}]:{}", String::from_utf8_lossy(port))
    } else {
        format!("{host}:{}", String::from_utf8_lossy(port))
    };
    loop {
        let (io_obj, reused) = match super::pool::take(ctx, &addr) {
            Some(io) => (io, true),
            None => match connect(ctx, &addr, deadline)? {
                Ok(io) => (io, false),
                Err(f) => return Ok(Err(f)),
            },
        };
        ctx.root(io_obj);
        match round_trip(ctx, req, u, io_obj, deadline)? {
            Ok(head) => return build_response(ctx, req, io_obj, head, addr).map(Ok),
            // An idle connection the server closed meanwhile: dial again, as Go retries.
            Err((_, true)) if reused => {}
            Err((f, _)) => return Ok(Err(f)),
        }
    }
}

fn failure(ctx: &mut NativeCtx, err: Word) -> Result<Failure, Panic> {
    Ok(if is_timeout(ctx, err)? {
        Failure::Deadline
    } else {
        Failure::Err(err)
    })
}

/// Dials `addr` within the deadline: the `conn::Io` object.
fn connect(
    ctx: &mut NativeCtx,
    addr: &str,
    deadline: Option<i128>,
) -> Result<Result<Word, Failure>, Panic> {
    let remaining = deadline.map(|d| (d - crate::time::now_ns()).max(1) as i64);
    if remaining == Some(1) {
        return Ok(Err(Failure::Deadline));
    }
    let mut window = [
        util::new_str(b"tcp"),
        util::new_str(addr.as_bytes()),
        remaining.unwrap_or(0) as Word,
    ];
    ctx.block_on_stack();
    crate::net::dial_timeout(ctx, &mut window)?;
    if window[1] != 0 {
        return Ok(Err(failure(ctx, window[1])?));
    }
    Ok(Ok(conn::new(window[0])))
}

/// Writes the request and reads the response head; a failure says whether nothing of a
/// response arrived (so a reused connection may be retried).
fn round_trip(
    ctx: &mut NativeCtx,
    req: Word,
    u: &url::Url,
    io_obj: Word,
    deadline: Option<i128>,
) -> Result<Result<RespHead, (Failure, bool)>, Panic> {
    let io = conn::of(io_obj);
    let left = deadline.map_or(0, |d| (d - crate::time::now_ns()).max(1) as i64);
    io.set_deadline(ctx, "SetDeadline", left)?;
    let wire = request_bytes(ctx, req, u)?;
    if let Some(err) = io.write(ctx, &wire)? {
        io.close(ctx)?;
        return Ok(Err((failure(ctx, err)?, true)));
    }
    loop {
        let parsed = {
            let mut buf = io.buf.lock();
            match parse_response(&buf) {
                Ok(Some((head, n))) => {
                    buf.drain(..n);
                    Some(Ok(head))
                }
                Ok(None) => None,
                Err(()) => Some(Err(())),
            }
        };
        match parsed {
            Some(Ok(head)) => return Ok(Ok(head)),
            Some(Err(())) => {
                io.close(ctx)?;
                let err = util::new_error(ctx.prog, b"net/http: malformed HTTP response");
                return Ok(Err((Failure::Err(err), false)));
            }
            None => {}
        }
        match io.fill(ctx)? {
            Fill::Data => {}
            Fill::Eof => {
                io.close(ctx)?;
                let nothing = io.buf.lock().is_empty();
                let eof = if nothing {
                    crate::io::eof(ctx)
                } else {
                    crate::io::unexpected_eof(ctx)
                };
                return Ok(Err((Failure::Err(eof), nothing)));
            }
            Fill::Failed(err) => {
                io.close(ctx)?;
                let nothing = io.buf.lock().is_empty();
                return Ok(Err((failure(ctx, err)?, nothing)));
            }
        }
    }
}

fn build_response(
    ctx: &mut NativeCtx,
    req: Word,
    io_obj: Word,
    head: RespHead,
    addr: String,
) -> Result<Word, Panic> {
    let get = |k: &[u8]| {
        head.headers
            .iter()
            .find(|(hk, _)| hk == k)
            .map(|(_, v)| v.clone())
    };
    let method = value::str_bytes(heap::words(req)[R_METHOD].load(Acquire));
    let no_body = method == b"HEAD"
        || (100..200).contains(&head.code)
        || head.code == 204
        || head.code == 304;
    let te = get(b"Transfer-Encoding");
    let cl = get(b"Content-Length");
    let (framing, mut length) = if no_body {
        (Framing::Done, 0)
    } else {
        request::framing_of(te.as_deref(), cl.as_deref(), Framing::UntilEof)
            .unwrap_or((Framing::UntilEof, -1))
    };
    if method == b"HEAD" {
        length = cl
            .as_deref()
            .and_then(|v| std::str::from_utf8(v).ok()?.trim().parse().ok())
            .unwrap_or(-1);
    }
    let t = util::type_named(ctx.prog, "http.Response")
        .ok_or_else(|| Panic::Fatal("net/http: http.Response missing".into()))?;
    let obj = value::zero(ctx.prog, t);
    ctx.root(obj);
    let w = heap::words(obj);
    let status = format!("{} {}", head.code, head.reason);
    w[0].store(util::new_str(status.trim_end().as_bytes()), Release);
    w[1].store(head.code as Word, Release);
    w[2].store(
        util::new_str(format!("HTTP/1.{}", head.minor).as_bytes()),
        Release,
    );
    w[3].store(1, Release);
    w[4].store(head.minor as Word, Release);
    let h = vm::gomap::new_map(head.headers.len());
    w[5].store(h, Release);
    let chunked = matches!(framing, Framing::Chunked(_));
    for (k, v) in &head.headers {
        if !(chunked && k == b"Transfer-Encoding") {
            values::add(h, k, v)?;
        }
    }
    let close = get(b"Connection").is_some_and(|v| v.eq_ignore_ascii_case(b"close"));
    let on_close = if close || head.minor == 0 || framing == Framing::UntilEof {
        body::OnClose::CloseConn
    } else {
        body::OnClose::Pool(addr)
    };
    w[6].store(body::new_body(ctx, io_obj, framing, on_close)?, Release);
    w[7].store(length as Word, Release);
    w[8].store(close as Word, Release);
    w[9].store(req, Release);
    Ok(obj)
}

/// The request for following a redirect to `location` (Go's `Client.Do` loop).
fn redirected(
    ctx: &mut NativeCtx,
    req: Word,
    code: u16,
    location: &[u8],
) -> Result<Result<Word, String>, Panic> {
    let from = url::url_of(heap::words(req)[R_URL].load(Acquire))?;
    let to = match url::parse(location) {
        Ok(u) => u,
        Err((_, text)) => {
            return Ok(Err(format!(
                "failed to parse Location header {:?}: {text}",
                String::from_utf8_lossy(location)
            )))
        }
    };
    let mut next = to.clone();
    if next.scheme.is_empty() {
        next.scheme = from.scheme.clone();
        if next.host.is_empty() {
            next.host = from.host.clone();
            if !next.path.starts_with(b"/") {
                let (dir, _) = crate::path::split(&from.path);
                let mut p = dir.to_vec();
                p.extend_from_slice(&next.path);
                next.path = crate::path::clean(&p);
            }
        }
    }
    let t = util::type_named(ctx.prog, "http.Request")
        .ok_or_else(|| Panic::Fatal("net/http: http.Request missing".into()))?;
    let copy = value::clone(ctx.prog, t, req);
    ctx.root(copy);
    let w = heap::words(copy);
    let method = value::str_bytes(w[R_METHOD].load(Acquire)).to_vec();
    if matches!(code, 301..=303) {
        if method != b"GET" && method != b"HEAD" {
            w[R_METHOD].store(util::new_str(b"GET"), Release);
        }
        w[R_BODY].store(0, Release);
        w[R_LENGTH].store(0, Release);
    }
    w[R_URL].store(url::new_url(ctx.prog, &next)?, Release);
    w[R_HOST].store(util::new_str(&next.host), Release);
    let h = vm::gomap::new_map(0);
    for (k, vs) in values::sorted(heap::words(req)[R_HEADER].load(Acquire)) {
        values::put(h, k, util::new_str_slice(&vs))?;
    }
    values::set(h, b"Referer", from.string().as_bytes())?;
    w[R_HEADER].store(h, Release);
    Ok(Ok(copy))
}

/// `Client.Do`: (response, error).
fn do_request(ctx: &mut NativeCtx, client: Word, req: Word) -> Result<(Word, Word), Panic> {
    if req == 0 {
        return Err(util::nil_deref());
    }
    ctx.root(req);
    let timeout = if client == 0 {
        0
    } else {
        heap::words(client)[0].load(Acquire) as i64
    };
    let started = crate::time::now_ns();
    let client_deadline = (timeout > 0).then(|| started + timeout as i128);
    let mut req = req;
    let mut hops = 0;
    loop {
        let w = heap::words(req);
        let method = value::str_bytes(w[R_METHOD].load(Acquire)).to_vec();
        let u = url::url_of(w[R_URL].load(Acquire))?;
        let op = op_name(&method);
        let url_text = u.string();
        let wrap = |ctx: &NativeCtx, err: Word| {
            (0, url::url_error(ctx.prog, &op, url_text.as_bytes(), err))
        };
        let rctx = w[request::R_CTX].load(Acquire);
        let mut ctx_deadline = None;
        if rctx != 0 {
            let err = util::call_iface_method(ctx, rctx, "Err", &[])?[0];
            if err != 0 {
                return Ok(wrap(ctx, err));
            }
            ctx_deadline = crate::context::deadline_ns(ctx, rctx)?;
        }
        let deadline = match (client_deadline, ctx_deadline) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let resp = match exchange(ctx, req, &u, deadline)? {
            Ok(resp) => resp,
            Err(Failure::Err(e)) => return Ok(wrap(ctx, e)),
            Err(Failure::Deadline) => {
                let err = if ctx_deadline.is_some() && ctx_deadline == deadline {
                    crate::context::deadline_exceeded(ctx.prog)
                } else {
                    timeout_error(ctx)?
                };
                return Ok(wrap(ctx, err));
            }
        };
        ctx.root(resp);
        let rw = heap::words(resp);
        let code = rw[1].load(Acquire) as u16;
        let location = header::get(rw[5].load(Acquire), b"Location")?.map(<[u8]>::to_vec);
        let Some(location) = location.filter(|_| matches!(code, 301..=303 | 307 | 308)) else {
            return Ok((resp, 0));
        };
        util::call_iface_method(ctx, rw[6].load(Acquire), "Close", &[])?;
        if hops == MAX_REDIRECTS {
            let next = redirected(ctx, req, code, &location)?;
            let text = b"stopped after 10 redirects";
            let shown = match next {
                Ok(n) => url::url_of(heap::words(n)[R_URL].load(Acquire))?.string(),
                Err(_) => url_text.clone(),
            };
            let err = util::new_error(ctx.prog, text);
            return Ok((0, url::url_error(ctx.prog, &op, shown.as_bytes(), err)));
        }
        hops += 1;
        req = match redirected(ctx, req, code, &location)? {
            Ok(next) => next,
            Err(text) => {
                let err = util::new_error(ctx.prog, text.as_bytes());
                return Ok(wrap(ctx, err));
            }
        };
        ctx.root(req);
    }
}

/// A request for the package-level helpers: (request, error).
fn simple_request(
    ctx: &mut NativeCtx,
    method: &[u8],
    raw: Word,
    content_type: Option<Word>,
    body: Word,
) -> Result<(Word, Word), Panic> {
    let bg = crate::context::background(ctx.prog)?;
    let (req, err) = request::new_request(ctx, bg, util::new_str(method), raw, body)?;
    if let (Some(ct), 0) = (content_type, err) {
        values::set(
            heap::words(req)[R_HEADER].load(Acquire),
            b"Content-Type",
            value::str_bytes(ct),
        )?;
    }
    Ok((req, err))
}

fn send(
    ctx: &mut NativeCtx,
    r: &mut [Word],
    client: Word,
    method: &[u8],
    raw: Word,
    content_type: Option<Word>,
    body: Word,
) -> Result<(), Panic> {
    let (req, err) = simple_request(ctx, method, raw, content_type, body)?;
    (r[0], r[1]) = if err != 0 {
        (0, err)
    } else {
        do_request(ctx, client, req)?
    };
    Ok(())
}

fn default_client(ctx: &NativeCtx) -> Result<Word, Panic> {
    let t = util::type_named(ctx.prog, "http.Client")
        .ok_or_else(|| Panic::Fatal("net/http: http.Client missing".into()))?;
    let fresh = value::zero(ctx.prog, t);
    Ok(util::permanent(ctx.prog, "http.DefaultClient", || fresh))
}

pub fn natives() -> Vec<crate::Entry> {
    use crate::{declare, native};
    vec![
        declare!("net/http", RESPONSE_DECL),
        declare!("net/http", "type Client struct { Timeout time.Duration }"),
        declare!("net/http", "type httpError struct { err string }"),
        native!("net/http", "func (*httpError) Error() string", |_, r| {
            r[0] = heap::words(r[0])[0].load(Acquire);
            Ok(())
        }),
        native!("net/http", "func (*httpError) Timeout() bool", |_, r| {
            r[0] = 1;
            Ok(())
        }),
        native!("net/http", "func (*httpError) Temporary() bool", |_, r| {
            r[0] = 1;
            Ok(())
        }),
        native!("net/http", "var DefaultClient *Client", |c, r| {
            r[0] = default_client(c)?;
            Ok(())
        }),
        native!("net/http", "func Get(string) (*Response, error)", |c, r| {
            let client = default_client(c)?;
            send(c, r, client, b"GET", r[0], None, 0)
        }),
        native!(
            "net/http",
            "func Head(string) (*Response, error)",
            |c, r| {
                let client = default_client(c)?;
                send(c, r, client, b"HEAD", r[0], None, 0)
            }
        ),
        native!(
            "net/http",
            "func Post(string, string, io.Reader) (*Response, error)",
            |c, r| {
                let client = default_client(c)?;
                send(c, r, client, b"POST", r[0], Some(r[1]), r[2])
            }
        ),
        native!(
            "net/http",
            "func (*Client) Get(string) (*Response, error)",
            |c, r| send(c, r, r[0], b"GET", r[1], None, 0)
        ),
        native!(
            "net/http",
            "func (*Client) Head(string) (*Response, error)",
            |c, r| send(c, r, r[0], b"HEAD", r[1], None, 0)
        ),
        native!(
            "net/http",
            "func (*Client) Post(string, string, io.Reader) (*Response, error)",
            |c, r| send(c, r, r[0], b"POST", r[1], Some(r[2]), r[3])
        ),
        native!(
            "net/http",
            "func (*Client) Do(*Request) (*Response, error)",
            |c, r| {
                (r[0], r[1]) = do_request(c, r[0], r[1])?;
                Ok(())
            }
        ),
    ]
}
