//! `*http.Request`: parsing a request head (`httparse`), building the Go struct the handler
//! sees, and its methods (`Context`, `WithContext`, `FormValue`, `PostFormValue`,
//! `ParseForm`); `NewRequest` and `NewRequestWithContext` for the client.
//!
//! Invariants: a `Request` is a Go struct with the slots below; a server request's `Host`
//! comes from the URL or the `Host` header (removed from `Header`, as Go does); `Form` holds
//! the POST form's values before the URL query's.

use super::body::{self, Framing};
use super::header;
use crate::url::{self, values};
use crate::util;
use runtime::heap::{self, Word};
use std::sync::atomic::Ordering::{Acquire, Release};
use vm::native::{NativeCtx, Panic};
use vm::value;

pub const REQUEST_DECL: &str = "type Request struct { Method string; URL *url.URL; Proto string; ProtoMajor int; ProtoMinor int; Header Header; Body io.ReadCloser; ContentLength int64; Close bool; Host string; Form url.Values; PostForm url.Values; RemoteAddr string; RequestURI string; ctx context.Context }";

pub const R_METHOD: usize = 0;
pub const R_URL: usize = 1;
const R_PROTO: usize = 2;
const R_MAJOR: usize = 3;
const R_MINOR: usize = 4;
pub const R_HEADER: usize = 5;
pub const R_BODY: usize = 6;
pub const R_LENGTH: usize = 7;
const R_CLOSE: usize = 8;
pub const R_HOST: usize = 9;
const R_FORM: usize = 10;
const R_POST_FORM: usize = 11;
const R_REMOTE: usize = 12;
pub const R_URI: usize = 13;
pub const R_CTX: usize = 14;

/// A parsed request head.
pub struct Head {
    pub method: Vec<u8>,
    pub target: Vec<u8>,
    pub minor: u8,
    /// (canonical key, value) in arrival order.
    pub headers: Vec<(Vec<u8>, Vec<u8>)>,
    /// The client asked to close after this request.
    pub close: bool,
}

impl Head {
    fn get(&self, key: &[u8]) -> Option<&[u8]> {
        self.headers
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| &v[..])
    }
}

/// Why a request is refused.
pub enum Invalid {
    MissingHost,
    TransferEncoding,
    Other,
}

/// The head at the start of `buf`: Some((head, its length)), None if incomplete.
pub fn parse_head(buf: &[u8]) -> Result<Option<(Head, usize)>, ()> {
    let mut headers = [httparse::EMPTY_HEADER; 128];
    let mut req = httparse::Request::new(&mut headers);
    let n = match req.parse(buf) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => return Ok(None),
        Err(_) => return Err(()),
    };
    let headers: Vec<(Vec<u8>, Vec<u8>)> = req
        .headers
        .iter()
        .map(|h| (header::canonical(h.name.as_bytes()), h.value.to_vec()))
        .collect();
    let minor = req.version.unwrap_or(1);
    let connection = headers
        .iter()
        .find(|(k, _)| k == b"Connection")
        .map(|(_, v)| v.to_ascii_lowercase());
    let close = match minor {
        0 => connection.as_deref() != Some(b"keep-alive"),
        _ => connection.as_deref() == Some(b"close"),
    };
    Ok(Some((
        Head {
            method: req.method.unwrap_or("").as_bytes().to_vec(),
            target: req.path.unwrap_or("").as_bytes().to_vec(),
            minor,
            headers,
            close,
        },
        n,
    )))
}

/// The body framing a head announces (Go's `transferReader` rules for requests).
pub fn framing_of(
    transfer_encoding: Option<&[u8]>,
    content_length: Option<&[u8]>,
    otherwise: Framing,
) -> Result<(Framing, i64), Invalid> {
    if let Some(te) = transfer_encoding {
        if te.eq_ignore_ascii_case(b"chunked") {
            return Ok((Framing::Chunked(0), -1));
        }
        return Err(Invalid::TransferEncoding);
    }
    match content_length {
        Some(cl) => {
            let n: u64 = std::str::from_utf8(cl.trim_ascii())
                .ok()
                .and_then(|s| s.parse().ok())
                .ok_or(Invalid::Other)?;
            let framing = if n == 0 {
                Framing::Done
            } else {
                Framing::Length(n)
            };
            Ok((framing, n as i64))
        }
        None => Ok((otherwise, if otherwise == Framing::Done { 0 } else { -1 })),
    }
}

fn request_type(prog: &vm::program::Program) -> Result<u32, Panic> {
    util::type_named(prog, "http.Request")
        .ok_or_else(|| Panic::Fatal("net/http: http.Request missing".into()))
}

fn store_str(slots: &[std::sync::atomic::AtomicU64], i: usize, b: &[u8]) {
    slots[i].store(util::new_str(b), Release);
}

/// The server's `*Request` for `head`, with its body framing; Err for a request Go
/// rejects with 400 (the reason).
pub fn build(
    ctx: &mut NativeCtx,
    head: &Head,
    io: Word,
    remote: &str,
) -> Result<Result<(Word, Framing), Invalid>, Panic> {
    let u = match url::parse_raw(&head.target, true) {
        Ok(u) => u,
        Err(_) => return Ok(Err(Invalid::Other)),
    };
    let mut host = u.host.clone();
    if host.is_empty() {
        host = head.get(b"Host").unwrap_or(b"").to_vec();
    }
    if head.minor >= 1 && head.get(b"Host").is_none() {
        return Ok(Err(Invalid::MissingHost));
    }
    let (framing, length) = match framing_of(
        head.get(b"Transfer-Encoding"),
        head.get(b"Content-Length"),
        Framing::Done,
    ) {
        Ok(f) => f,
        Err(why) => return Ok(Err(why)),
    };
    let t = request_type(ctx.prog)?;
    let obj = value::zero(ctx.prog, t);
    ctx.root(obj);
    let slots = heap::words(obj);
    store_str(slots, R_METHOD, &head.method);
    slots[R_URL].store(url::new_url(ctx.prog, &u)?, Release);
    store_str(slots, R_PROTO, format!("HTTP/1.{}", head.minor).as_bytes());
    slots[R_MAJOR].store(1, Release);
    slots[R_MINOR].store(head.minor as Word, Release);
    let h = vm::gomap::new_map(head.headers.len());
    slots[R_HEADER].store(h, Release);
    for (k, v) in &head.headers {
        if k != b"Host" {
            values::add(h, k, v)?;
        }
    }
    slots[R_BODY].store(
        body::new_body(ctx, io, framing, body::OnClose::Nothing)?,
        Release,
    );
    slots[R_LENGTH].store(length as Word, Release);
    slots[R_CLOSE].store(head.close as Word, Release);
    store_str(slots, R_HOST, &host);
    store_str(slots, R_REMOTE, remote.as_bytes());
    store_str(slots, R_URI, &head.target);
    Ok(Ok((obj, framing)))
}

pub fn set_context(req: Word, ctx: Word) {
    heap::words(req)[R_CTX].store(ctx, Release);
}

pub fn body_word(req: Word) -> Word {
    heap::words(req)[R_BODY].load(Acquire)
}

fn slot(req: Word, i: usize) -> Result<Word, Panic> {
    if req == 0 {
        return Err(util::nil_deref());
    }
    Ok(heap::words(req)[i].load(Acquire))
}

/// Go's `Request.ParseForm`: fills `Form` and `PostForm` once; the first error's text.
fn parse_form(ctx: &mut NativeCtx, req: Word) -> Result<Option<String>, Panic> {
    let slots = heap::words(req);
    let mut err = None;
    if slots[R_POST_FORM].load(Acquire) == 0 {
        let post = vm::gomap::new_map(0);
        slots[R_POST_FORM].store(post, Release);
        let method = value::str_bytes(slots[R_METHOD].load(Acquire));
        let ct = header::get(slots[R_HEADER].load(Acquire), b"Content-Type")?.unwrap_or(b"");
        let ct = ct.split(|&c| c == b';').next().unwrap_or(b"").trim_ascii();
        if matches!(method, b"POST" | b"PUT" | b"PATCH")
            && ct.eq_ignore_ascii_case(b"application/x-www-form-urlencoded")
        {
            if let Some(b) = body::body_of(ctx, slots[R_BODY].load(Acquire)) {
                let (data, _) = b.drain(ctx, 10 << 20)?;
                err = url::parse_query_into(post, &data)?;
            }
        }
    }
    if slots[R_FORM].load(Acquire) == 0 {
        let form = vm::gomap::new_map(0);
        slots[R_FORM].store(form, Release);
        for (k, vs) in values::sorted(slots[R_POST_FORM].load(Acquire)) {
            for v in vs {
                values::add(form, k, v)?;
            }
        }
        let u = slots[R_URL].load(Acquire);
        if u != 0 {
            let query = url::url_of(u)?.raw_query;
            let e = url::parse_query_into(form, &query)?;
            err = err.or(e);
        }
    }
    Ok(err)
}

/// `NewRequestWithContext(ctx, method, url, body)`: (request, error word).
pub fn new_request(
    ctx: &mut NativeCtx,
    rctx: Word,
    method: Word,
    raw: Word,
    body: Word,
) -> Result<(Word, Word), Panic> {
    let mut method_b = value::str_bytes(method).to_vec();
    if method_b.is_empty() {
        method_b = b"GET".to_vec();
    }
    let valid = method_b
        .iter()
        .all(|&c| c.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&c));
    if !valid {
        let text = format!(
            "net/http: invalid method {:?}",
            String::from_utf8_lossy(&method_b)
        );
        return Ok((0, util::new_error(ctx.prog, text.as_bytes())));
    }
    if rctx == 0 {
        return Ok((0, util::new_error(ctx.prog, b"net/http: nil Context")));
    }
    let u = match url::parse(value::str_bytes(raw)) {
        Ok(u) => u,
        Err((raw_url, text)) => {
            let err = util::new_error(ctx.prog, text.as_bytes());
            return Ok((0, url::url_error(ctx.prog, "parse", &raw_url, err)));
        }
    };
    let t = request_type(ctx.prog)?;
    let obj = value::zero(ctx.prog, t);
    ctx.root(obj);
    let slots = heap::words(obj);
    store_str(slots, R_METHOD, &method_b);
    slots[R_URL].store(url::new_url(ctx.prog, &u)?, Release);
    store_str(slots, R_PROTO, b"HTTP/1.1");
    slots[R_MAJOR].store(1, Release);
    slots[R_MINOR].store(1, Release);
    slots[R_HEADER].store(vm::gomap::new_map(0), Release);
    // A host without its empty port (`host:` → `host`), as Go's removeEmptyPort.
    let mut host = u.host.clone();
    if host.ends_with(b":") {
        host.pop();
    }
    store_str(slots, R_HOST, &host);
    slots[R_CTX].store(rctx, Release);
    if body != 0 {
        let (length, reader) = super::client::request_body(ctx, body)?;
        slots[R_BODY].store(reader, Release);
        slots[R_LENGTH].store(length as Word, Release);
    }
    Ok((obj, 0))
}

pub fn natives() -> Vec<crate::Entry> {
    use crate::{declare, native};
    vec![
        declare!("net/http", REQUEST_DECL),
        native!(
            "net/http",
            "func (*Request) Context() context.Context",
            |c, r| {
                let ctx = slot(r[0], R_CTX)?;
                r[0] = if ctx == 0 {
                    crate::context::background(c.prog)?
                } else {
                    ctx
                };
                Ok(())
            }
        ),
        native!(
            "net/http",
            "func (*Request) WithContext(context.Context) *Request",
            |c, r| {
                slot(r[0], R_CTX)?;
                if r[1] == 0 {
                    return Err(crate::sync::string_panic("nil context"));
                }
                let t = request_type(c.prog)?;
                let copy = value::clone(c.prog, t, r[0]);
                heap::words(copy)[R_CTX].store(r[1], Release);
                r[0] = copy;
                Ok(())
            }
        ),
        native!("net/http", "func (*Request) ParseForm() error", |c, r| {
            slot(r[0], R_FORM)?;
            let err = parse_form(c, r[0])?;
            r[0] = err.map_or(0, |e| util::new_error(c.prog, e.as_bytes()));
            Ok(())
        }),
        native!("net/http", "func (*Request) FormValue(string) string", |c, r| {
            slot(r[0], R_FORM)?;
            parse_form(c, r[0])?;
            let form = slot(r[0], R_FORM)?;
            r[0] = util::new_str(values::first(form, util::str_arg(r[1]))?.unwrap_or(b""));
            Ok(())
        }),
        native!(
            "net/http",
            "func (*Request) PostFormValue(string) string",
            |c, r| {
                slot(r[0], R_FORM)?;
                parse_form(c, r[0])?;
                let form = slot(r[0], R_POST_FORM)?;
                r[0] = util::new_str(values::first(form, util::str_arg(r[1]))?.unwrap_or(b""));
                Ok(())
            }
        ),
        native!("net/http", "func (*Request) UserAgent() string", |_, r| {
            let h = slot(r[0], R_HEADER)?;
            r[0] = util::new_str(header::get(h, b"User-Agent")?.unwrap_or(b""));
            Ok(())
        }),
        native!(
            "net/http",
            "func NewRequest(string, string, io.Reader) (*Request, error)",
            |c, r| {
                let bg = crate::context::background(c.prog)?;
                (r[0], r[1]) = new_request(c, bg, r[0], r[1], r[2])?;
                Ok(())
            }
        ),
        native!(
            "net/http",
            "func NewRequestWithContext(context.Context, string, string, io.Reader) (*Request, error)",
            |c, r| {
                (r[0], r[1]) = new_request(c, r[0], r[1], r[2], r[3])?;
                Ok(())
            }
        ),
    ]
}
