//! `*http.ServeMux` and `DefaultServeMux` with go1.19's pattern rules: an exact path, or a
//! subtree `/x/` (longest wins), host-specific patterns first, `/tree` redirected to `/tree/`
//! when only the subtree is registered, unclean paths redirected to their clean form, and
//! `404 page not found` otherwise. `Handle`, `HandleFunc` (package-level and methods),
//! `ServeHTTP`, `HandlerFunc.ServeHTTP`, `NotFound`, `Error`, `Redirect` and the handlers
//! `StripPrefix`, `NotFoundHandler`, `RedirectHandler` are here.
//!
//! Invariant: registered handlers are words of the mux's native state, traced by it; no lock
//! is held while a handler runs.

use super::request::{R_HOST, R_METHOD, R_URL};
use super::response;
use super::status;
use crate::url::{self, values};
use crate::util;
use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use std::sync::atomic::Ordering::{Acquire, Release};
use vm::native::{NativeCtx, Panic};
use vm::value;

#[derive(Default)]
pub struct Mux {
    /// (pattern, handler), in registration order.
    entries: Mutex<Vec<(Vec<u8>, Word)>>,
}

impl NativeObject for Mux {
    fn trace(&self, marker: &mut Marker) {
        for (_, h) in self.entries.lock().iter() {
            marker.mark(*h);
        }
    }
}

/// The `Mux` of a `*ServeMux` (its state made on first use).
fn mux_of(obj: Word) -> Result<&'static Mux, Panic> {
    if obj == 0 {
        return Err(util::nil_deref());
    }
    let slot = &heap::words(obj)[0];
    if slot.load(Acquire) == 0 {
        let fresh = heap::alloc_native(Box::<Mux>::default());
        let _ = slot.compare_exchange(0, fresh, Release, Acquire);
    }
    heap::native::<Mux>(slot.load(Acquire)).ok_or_else(util::nil_deref)
}

fn new_mux(ctx: &NativeCtx) -> Result<Word, Panic> {
    let t = util::type_named(ctx.prog, "http.ServeMux")
        .ok_or_else(|| Panic::Fatal("net/http: ServeMux missing".into()))?;
    Ok(value::zero(ctx.prog, t))
}

/// The permanent `DefaultServeMux` (a `*ServeMux`).
fn default_mux(ctx: &NativeCtx) -> Result<Word, Panic> {
    let mux = new_mux(ctx)?;
    Ok(util::permanent(ctx.prog, "http.DefaultServeMux", || mux))
}

/// `DefaultServeMux` as a `Handler`.
pub fn default_mux_handler(ctx: &NativeCtx) -> Result<Word, Panic> {
    let t = util::type_named(ctx.prog, "*http.ServeMux")
        .ok_or_else(|| Panic::Fatal("net/http: *ServeMux missing".into()))?;
    Ok(value::iface_new(t, default_mux(ctx)?))
}

fn handle(mux: &Mux, pattern: &[u8], h: Word) -> Result<(), Panic> {
    if pattern.is_empty() {
        return Err(crate::sync::string_panic("http: invalid pattern"));
    }
    if h == 0 {
        return Err(crate::sync::string_panic("http: nil handler"));
    }
    let mut entries = mux.entries.lock();
    if entries.iter().any(|(p, _)| p == pattern) {
        let text = format!(
            "http: multiple registrations for {}",
            String::from_utf8_lossy(pattern)
        );
        return Err(crate::sync::string_panic(&text));
    }
    entries.push((pattern.to_vec(), h));
    Ok(())
}

/// A `HandlerFunc` value as a `Handler`.
fn handler_func(ctx: &NativeCtx, f: Word) -> Result<Word, Panic> {
    if f == 0 {
        return Err(crate::sync::string_panic("http: nil handler"));
    }
    let t = util::type_named(ctx.prog, "http.HandlerFunc")
        .ok_or_else(|| Panic::Fatal("net/http: HandlerFunc missing".into()))?;
    Ok(value::iface_new(t, f))
}

/// Go's `ServeMux.match`: an exact pattern, else the longest subtree pattern.
fn match_path(entries: &[(Vec<u8>, Word)], path: &[u8]) -> Option<(Word, Vec<u8>)> {
    if let Some((p, h)) = entries.iter().find(|(p, _)| p == path) {
        return Some((*h, p.clone()));
    }
    entries
        .iter()
        .filter(|(p, _)| p.ends_with(b"/") && path.starts_with(p))
        .max_by_key(|(p, _)| p.len())
        .map(|(p, h)| (*h, p.clone()))
}

/// Host-specific patterns first, then path-only ones.
fn lookup(mux: &Mux, host: &[u8], path: &[u8]) -> Option<(Word, Vec<u8>)> {
    let entries = mux.entries.lock();
    if entries.iter().any(|(p, _)| !p.starts_with(b"/")) {
        let mut hp = host.to_vec();
        hp.extend_from_slice(path);
        if let Some(found) = match_path(&entries, &hp) {
            return Some(found);
        }
    }
    match_path(&entries, path)
}

/// Go's `cleanPath`: rooted, cleaned, keeping a trailing slash.
fn clean_path(p: &[u8]) -> Vec<u8> {
    if p.is_empty() {
        return b"/".to_vec();
    }
    let mut rooted = p.to_vec();
    if rooted[0] != b'/' {
        rooted.insert(0, b'/');
    }
    let mut np = crate::path::clean(&rooted);
    if rooted.ends_with(b"/") && np != b"/" {
        np.push(b'/');
    }
    np
}

fn strip_port(host: &[u8]) -> &[u8] {
    match host.iter().rposition(|&c| c == b':') {
        Some(i) if !host.contains(&b']') || host[..i].ends_with(b"]") => &host[..i],
        _ => host,
    }
}

/// What the mux does with a request.
enum Route {
    Serve(Word),
    Redirect(String),
    NotFound,
}

fn route(mux: &Mux, req: Word) -> Result<Route, Panic> {
    let w = heap::words(req);
    let u = url::url_of(w[R_URL].load(Acquire))?;
    let host_w = w[R_HOST].load(Acquire);
    let host = strip_port(value::str_bytes(host_w));
    let method = value::str_bytes(w[R_METHOD].load(Acquire));
    if method == b"CONNECT" {
        return Ok(match lookup(mux, host, &u.path) {
            Some((h, _)) => Route::Serve(h),
            None => Route::NotFound,
        });
    }
    let path = clean_path(&u.path);
    // `/tree` with only `/tree/` registered: redirect.
    {
        let entries = mux.entries.lock();
        let exact = |p: &[u8]| entries.iter().any(|(e, _)| e == p);
        let mut with_slash = path.clone();
        with_slash.push(b'/');
        let mut host_path = host.to_vec();
        host_path.extend_from_slice(&path);
        let mut host_slash = host_path.clone();
        host_slash.push(b'/');
        if !exact(&path) && !exact(&host_path) && (exact(&with_slash) || exact(&host_slash)) {
            let target = url::Url {
                path: with_slash,
                raw_query: u.raw_query.clone(),
                ..Default::default()
            };
            return Ok(Route::Redirect(target.string()));
        }
    }
    if path != u.path {
        let target = url::Url {
            path,
            raw_query: u.raw_query.clone(),
            ..Default::default()
        };
        return Ok(Route::Redirect(target.string()));
    }
    Ok(match lookup(mux, host, &u.path) {
        Some((h, _)) => Route::Serve(h),
        None => Route::NotFound,
    })
}

fn serve_http(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let (mux_obj, w, req) = (r[0], r[1], r[2]);
    let mux = mux_of(mux_obj)?;
    if req == 0 {
        return Err(util::nil_deref());
    }
    let uri = value::str_bytes(heap::words(req)[super::request::R_URI].load(Acquire));
    if uri == b"*" {
        let h = util::call_iface_method(ctx, w, "Header", &[])?[0];
        values::set(h, b"Connection", b"close")?;
        util::call_iface_method(ctx, w, "WriteHeader", &[400])?;
        return Ok(());
    }
    match route(mux, req)? {
        Route::Serve(h) => {
            util::call_iface_method(ctx, h, "ServeHTTP", &[w, req])?;
        }
        Route::Redirect(to) => redirect(ctx, w, req, to.as_bytes(), 301)?,
        Route::NotFound => response::error_reply(ctx, w, b"404 page not found", 404)?,
    }
    Ok(())
}

/// Go's `htmlEscape`.
fn html_escape(s: &[u8]) -> String {
    let mut out = String::new();
    for c in String::from_utf8_lossy(s).chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Go's `http.Redirect`.
fn redirect(ctx: &mut NativeCtx, w: Word, req: Word, to: &[u8], code: i64) -> Result<(), Panic> {
    ctx.root(w);
    ctx.root(req);
    let mut target = to.to_vec();
    if let Ok(u) = url::parse(to) {
        if u.scheme.is_empty() && u.host.is_empty() {
            let old = url::url_of(heap::words(req)[R_URL].load(Acquire))?.path;
            let old = if old.is_empty() { b"/".to_vec() } else { old };
            if target.first() != Some(&b'/') {
                let (dir, _) = crate::path::split(&old);
                let mut joined = dir.to_vec();
                joined.extend_from_slice(&target);
                target = joined;
            }
            let mut query = Vec::new();
            if let Some(i) = target.iter().position(|&c| c == b'?') {
                query = target.split_off(i);
            }
            let trailing = target.ends_with(b"/");
            target = crate::path::clean(&target);
            if trailing && !target.ends_with(b"/") {
                target.push(b'/');
            }
            target.extend_from_slice(&query);
        }
    }
    let h = util::call_iface_method(ctx, w, "Header", &[])?[0];
    let had_ct = values::has(h, b"Content-Type");
    let mut location = String::new();
    for &c in &target {
        if c >= 0x80 {
            location.push_str(&format!("%{c:02x}"));
        } else {
            location.push(c as char);
        }
    }
    values::set(h, b"Location", location.as_bytes())?;
    let method = value::str_bytes(heap::words(req)[R_METHOD].load(Acquire));
    let get = method == b"GET";
    if !had_ct && (get || method == b"HEAD") {
        values::set(h, b"Content-Type", b"text/html; charset=utf-8")?;
    }
    util::call_iface_method(ctx, w, "WriteHeader", &[code as Word])?;
    if !had_ct && get {
        let body = format!(
            "<a href=\"{}\">{}</a>.\n\n",
            html_escape(&target),
            status::text(code)
        );
        util::call_iface_method(ctx, w, "Write", &[util::new_byte_slice(body.as_bytes())])?;
    }
    Ok(())
}

/// A handler type's value: a new object of the struct `name` with `fields`, as a `Handler`.
fn handler_value(ctx: &NativeCtx, name: &str, fields: &[Word]) -> Result<Word, Panic> {
    let t = util::type_named(ctx.prog, &format!("*http.{name}"))
        .ok_or_else(|| Panic::Fatal(format!("net/http: {name} missing")))?;
    let obj = value::zero(ctx.prog, ctx.prog.types[t as usize].elem);
    for (slot, &f) in heap::words(obj).iter().zip(fields) {
        slot.store(f, Release);
    }
    Ok(value::iface_new(t, obj))
}

/// Go's `StripPrefix` handler: the request with its path's prefix removed, or 404.
fn strip_prefix_serve(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let (me, w, req) = (r[0], r[1], r[2]);
    if me == 0 || req == 0 {
        return Err(util::nil_deref());
    }
    let fields = heap::words(me);
    let (prefix, h) = (
        value::str_bytes(fields[0].load(Acquire)),
        fields[1].load(Acquire),
    );
    let mut u = url::url_of(heap::words(req)[R_URL].load(Acquire))?;
    let path = u.path.strip_prefix(prefix);
    let raw_path = u.raw_path.strip_prefix(prefix);
    let (Some(path), true) = (path, u.raw_path.is_empty() || raw_path.is_some()) else {
        return response::error_reply(ctx, w, b"404 page not found", 404);
    };
    u.path = path.to_vec();
    u.raw_path = raw_path.unwrap_or(b"").to_vec();
    let t = util::type_named(ctx.prog, "http.Request")
        .ok_or_else(|| Panic::Fatal("net/http: http.Request missing".into()))?;
    let r2 = value::clone(ctx.prog, t, req);
    ctx.root(r2);
    heap::words(r2)[R_URL].store(url::new_url(ctx.prog, &u)?, Release);
    util::call_iface_method(ctx, h, "ServeHTTP", &[w, r2])?;
    Ok(())
}

pub fn natives() -> Vec<crate::Entry> {
    use crate::{declare, native};
    vec![
        declare!("net/http", "type ServeMux struct { impl uintptr }"),
        native!("net/http", "func NewServeMux() *ServeMux", |c, r| {
            r[0] = new_mux(c)?;
            Ok(())
        }),
        native!("net/http", "var DefaultServeMux *ServeMux", |c, r| {
            r[0] = default_mux(c)?;
            Ok(())
        }),
        native!(
            "net/http",
            "func (*ServeMux) Handle(string, Handler)",
            |_, r| { handle(mux_of(r[0])?, util::str_arg(r[1]), r[2]) }
        ),
        native!(
            "net/http",
            "func (*ServeMux) HandleFunc(string, func(ResponseWriter, *Request))",
            |c, r| {
                let h = handler_func(c, r[2])?;
                handle(mux_of(r[0])?, util::str_arg(r[1]), h)
            }
        ),
        native!(
            "net/http",
            "func (*ServeMux) ServeHTTP(ResponseWriter, *Request)",
            serve_http
        ),
        native!("net/http", "func Handle(string, Handler)", |c, r| {
            handle(mux_of(default_mux(c)?)?, util::str_arg(r[0]), r[1])
        }),
        native!(
            "net/http",
            "func HandleFunc(string, func(ResponseWriter, *Request))",
            |c, r| {
                let h = handler_func(c, r[1])?;
                handle(mux_of(default_mux(c)?)?, util::str_arg(r[0]), h)
            }
        ),
        native!(
            "net/http",
            "func (HandlerFunc) ServeHTTP(ResponseWriter, *Request)",
            |c, r| {
                let (f, w, req) = (r[0], r[1], r[2]);
                c.call(f, &[w, req])?;
                Ok(())
            }
        ),
        native!(
            "net/http",
            "func Error(ResponseWriter, string, int)",
            |c, r| {
                let msg = util::str_arg(r[1]);
                response::error_reply(c, r[0], msg, r[2] as i64)
            }
        ),
        native!(
            "net/http",
            "func NotFound(ResponseWriter, *Request)",
            |c, r| { response::error_reply(c, r[0], b"404 page not found", 404) }
        ),
        declare!(
            "net/http",
            "type stripPrefix struct { prefix string; h Handler }
type notFoundHandler struct { impl uintptr }
type redirectHandler struct { url string; code int }"
        ),
        native!(
            "net/http",
            "func StripPrefix(string, Handler) Handler",
            |c, r| {
                if value::str_len(r[0]) > 0 {
                    r[0] = handler_value(c, "stripPrefix", &[r[0], r[1]])?;
                } else {
                    r[0] = r[1];
                }
                Ok(())
            }
        ),
        native!(
            "net/http",
            "func (*stripPrefix) ServeHTTP(ResponseWriter, *Request)",
            strip_prefix_serve
        ),
        native!("net/http", "func NotFoundHandler() Handler", |c, r| {
            r[0] = handler_value(c, "notFoundHandler", &[])?;
            Ok(())
        }),
        native!(
            "net/http",
            "func (*notFoundHandler) ServeHTTP(ResponseWriter, *Request)",
            |c, r| response::error_reply(c, r[1], b"404 page not found", 404)
        ),
        native!(
            "net/http",
            "func RedirectHandler(string, int) Handler",
            |c, r| {
                r[0] = handler_value(c, "redirectHandler", &[r[0], r[1]])?;
                Ok(())
            }
        ),
        native!(
            "net/http",
            "func (*redirectHandler) ServeHTTP(ResponseWriter, *Request)",
            |c, r| {
                if r[0] == 0 {
                    return Err(util::nil_deref());
                }
                let f = heap::words(r[0]);
                let to = value::str_bytes(f[0].load(Acquire)).to_vec();
                redirect(c, r[1], r[2], &to, f[1].load(Acquire) as i64)
            }
        ),
        native!(
            "net/http",
            "func Redirect(ResponseWriter, *Request, string, int)",
            |c, r| {
                let to = util::str_arg(r[2]).to_vec();
                redirect(c, r[0], r[1], &to, r[3] as i64)
            }
        ),
    ]
}
