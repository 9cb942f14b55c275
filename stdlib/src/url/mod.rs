//! Package `net/url`: `Parse`, `ParseRequestURI`, `*URL` (`String`, `Query`, `Hostname`,
//! `Port`, `EscapedPath`, `IsAbs`, `RequestURI`), `*Error`, `QueryEscape`, `QueryUnescape`,
//! `PathEscape`, `PathUnescape`, `Values` (`Get`, `Set`, `Add`, `Del`, `Has`, `Encode`) and
//! `ParseQuery`, with go1.19's rules and error texts. Not declared: `URL.User` (userinfo in
//! an authority is parsed and dropped), `ResolveReference`, `JoinPath`.
//!
//! Invariant: a `URL` is a Go struct whose field slots are [`Field`]'s, so Go code and these
//! natives read and write the same words.

mod escape;
pub(crate) mod values;

use crate::util;
use crate::{declare, native};
use escape::Mode;
use runtime::heap::{self, Word};
use std::sync::atomic::Ordering::{Acquire, Release};
use vm::native::{NativeCtx, Panic};
use vm::program::Program;
use vm::value;

/// The slots of `url.URL`, in declaration order.
#[derive(Clone, Copy)]
enum Field {
    Scheme,
    Opaque,
    Host,
    Path,
    RawPath,
    ForceQuery,
    RawQuery,
    Fragment,
    RawFragment,
}

const URL_DECL: &str = "type URL struct { Scheme string; Opaque string; Host string; Path string; RawPath string; ForceQuery bool; RawQuery string; Fragment string; RawFragment string }";

/// A parsed URL, as Rust strings.
#[derive(Default, Clone)]
pub struct Url {
    pub scheme: Vec<u8>,
    pub opaque: Vec<u8>,
    pub host: Vec<u8>,
    pub path: Vec<u8>,
    pub raw_path: Vec<u8>,
    pub force_query: bool,
    pub raw_query: Vec<u8>,
    pub fragment: Vec<u8>,
    pub raw_fragment: Vec<u8>,
}

fn get_scheme(raw: &[u8]) -> Result<(&[u8], &[u8]), String> {
    for (i, &c) in raw.iter().enumerate() {
        match c {
            b'a'..=b'z' | b'A'..=b'Z' => {}
            b'0'..=b'9' | b'+' | b'-' | b'.' if i > 0 => {}
            b':' if i == 0 => return Err("missing protocol scheme".into()),
            b':' => return Ok((&raw[..i], &raw[i + 1..])),
            _ => return Ok((b"", raw)),
        }
    }
    Ok((b"", raw))
}

fn valid_optional_port(port: &[u8]) -> bool {
    match port.split_first() {
        None => true,
        Some((b':', digits)) => digits.iter().all(u8::is_ascii_digit),
        _ => false,
    }
}

fn rfind(s: &[u8], c: u8) -> Option<usize> {
    s.iter().rposition(|&b| b == c)
}

fn find(s: &[u8], c: u8) -> Option<usize> {
    s.iter().position(|&b| b == c)
}

fn parse_host(host: &[u8]) -> Result<Vec<u8>, String> {
    let bad_port = |p: &[u8]| {
        format!(
            "invalid port {:?} after host",
            String::from_utf8_lossy(p).as_ref()
        )
    };
    if host.first() == Some(&b'[') {
        let Some(i) = rfind(host, b']') else {
            return Err("missing ']' in host".into());
        };
        if !valid_optional_port(&host[i + 1..]) {
            return Err(bad_port(&host[i + 1..]));
        }
    } else if let Some(i) = rfind(host, b':') {
        if !valid_optional_port(&host[i..]) {
            return Err(bad_port(&host[i..]));
        }
    }
    escape::unescape(host, Mode::Host)
}

impl Url {
    fn set_path(&mut self, p: &[u8]) -> Result<(), String> {
        self.path = escape::unescape(p, Mode::Path)?;
        let escaped = escape::escape(&self.path, Mode::Path);
        self.raw_path = if escaped.as_bytes() == p {
            Vec::new()
        } else {
            p.to_vec()
        };
        Ok(())
    }

    fn set_fragment(&mut self, f: &[u8]) -> Result<(), String> {
        self.fragment = escape::unescape(f, Mode::Fragment)?;
        let escaped = escape::escape(&self.fragment, Mode::Fragment);
        self.raw_fragment = if escaped.as_bytes() == f {
            Vec::new()
        } else {
            f.to_vec()
        };
        Ok(())
    }

    /// Go's `URL.EscapedPath`.
    pub fn escaped_path(&self) -> String {
        if !self.raw_path.is_empty()
            && escape::valid_encoded(&self.raw_path, Mode::Path)
            && escape::unescape(&self.raw_path, Mode::Path).ok().as_ref() == Some(&self.path)
        {
            return String::from_utf8_lossy(&self.raw_path).into_owned();
        }
        if self.path == b"*" {
            return "*".into();
        }
        escape::escape(&self.path, Mode::Path)
    }

    fn escaped_fragment(&self) -> String {
        if !self.raw_fragment.is_empty()
            && escape::valid_encoded(&self.raw_fragment, Mode::Fragment)
            && escape::unescape(&self.raw_fragment, Mode::Fragment)
                .ok()
                .as_ref()
                == Some(&self.fragment)
        {
            return String::from_utf8_lossy(&self.raw_fragment).into_owned();
        }
        escape::escape(&self.fragment, Mode::Fragment)
    }

    /// Go's `URL.String`.
    pub fn string(&self) -> String {
        let mut b = String::new();
        if !self.scheme.is_empty() {
            b.push_str(&String::from_utf8_lossy(&self.scheme));
            b.push(':');
        }
        if !self.opaque.is_empty() {
            b.push_str(&String::from_utf8_lossy(&self.opaque));
        } else {
            if !self.scheme.is_empty() || !self.host.is_empty() {
                if !self.host.is_empty() || !self.path.is_empty() {
                    b.push_str("//");
                }
                b.push_str(&escape::escape(&self.host, Mode::Host));
            }
            let path = self.escaped_path();
            if !path.is_empty() && !path.starts_with('/') && !self.host.is_empty() {
                b.push('/');
            }
            if b.is_empty() {
                let segment = path.split('/').next().unwrap_or("");
                if segment.contains(':') {
                    b.push_str("./");
                }
            }
            b.push_str(&path);
        }
        if self.force_query || !self.raw_query.is_empty() {
            b.push('?');
            b.push_str(&String::from_utf8_lossy(&self.raw_query));
        }
        if !self.fragment.is_empty() {
            b.push('#');
            b.push_str(&self.escaped_fragment());
        }
        b
    }

    /// Go's `URL.RequestURI`.
    pub fn request_uri(&self) -> String {
        let mut result = String::from_utf8_lossy(&self.opaque).into_owned();
        if result.is_empty() {
            result = self.escaped_path();
            if result.is_empty() {
                result = "/".into();
            }
        } else if result.starts_with("//") {
            result = format!("{}:{result}", String::from_utf8_lossy(&self.scheme));
        }
        if self.force_query || !self.raw_query.is_empty() {
            result.push('?');
            result.push_str(&String::from_utf8_lossy(&self.raw_query));
        }
        result
    }

    /// Go's `splitHostPort` of the `Host` field: (hostname, port).
    pub fn host_port(&self) -> (&[u8], &[u8]) {
        let h = &self.host[..];
        let (mut host, port) = match rfind(h, b':') {
            Some(i) if valid_optional_port(&h[i..]) => (&h[..i], &h[i + 1..]),
            _ => (h, &b""[..]),
        };
        if host.len() >= 2 && host[0] == b'[' && host[host.len() - 1] == b']' {
            host = &host[1..host.len() - 1];
        }
        (host, port)
    }
}

/// Go's `parse(rawURL, viaRequest)`; the error is the wrapped error's text.
pub fn parse_raw(raw: &[u8], via_request: bool) -> Result<Url, String> {
    if raw.iter().any(|&c| c < 0x20 || c == 0x7f) {
        return Err("net/url: invalid control character in URL".into());
    }
    if raw.is_empty() && via_request {
        return Err("empty url".into());
    }
    let mut url = Url::default();
    if raw == b"*" {
        url.path = b"*".to_vec();
        return Ok(url);
    }
    let (scheme, mut rest) = get_scheme(raw)?;
    url.scheme = scheme.to_ascii_lowercase();
    if rest.ends_with(b"?") && rest.iter().filter(|&&c| c == b'?').count() == 1 {
        url.force_query = true;
        rest = &rest[..rest.len() - 1];
    } else if let Some(i) = find(rest, b'?') {
        url.raw_query = rest[i + 1..].to_vec();
        rest = &rest[..i];
    }
    if !rest.starts_with(b"/") {
        if !url.scheme.is_empty() {
            url.opaque = rest.to_vec();
            return Ok(url);
        }
        if via_request {
            return Err("invalid URI for request".into());
        }
        let segment = rest.split(|&c| c == b'/').next().unwrap_or(b"");
        if segment.contains(&b':') {
            return Err("first path segment in URL cannot contain colon".into());
        }
    }
    if (!url.scheme.is_empty() || !via_request && !rest.starts_with(b"///"))
        && rest.starts_with(b"//")
    {
        let mut authority = &rest[2..];
        rest = b"";
        if let Some(i) = find(authority, b'/') {
            rest = &authority[i..];
            authority = &authority[..i];
        }
        let host = match rfind(authority, b'@') {
            Some(i) => &authority[i + 1..],
            None => authority,
        };
        url.host = parse_host(host)?;
    }
    url.set_path(rest)?;
    Ok(url)
}

/// Go's `url.Parse`: (URL, or the `*url.Error`'s (URL, wrapped text)).
pub fn parse(raw: &[u8]) -> Result<Url, (Vec<u8>, String)> {
    let (u, frag) = match find(raw, b'#') {
        Some(i) => (&raw[..i], Some(&raw[i + 1..])),
        None => (raw, None),
    };
    let mut url = parse_raw(u, false).map_err(|e| (u.to_vec(), e))?;
    if let Some(f) = frag.filter(|f| !f.is_empty()) {
        url.set_fragment(f).map_err(|e| (raw.to_vec(), e))?;
    }
    Ok(url)
}

// ---------------------------------------------------------------- Go values

fn field(obj: Word, f: Field) -> Word {
    heap::words(obj)[f as usize].load(Acquire)
}

fn bytes_of(obj: Word, f: Field) -> Vec<u8> {
    value::str_bytes(field(obj, f)).to_vec()
}

/// The `Url` a `*url.URL` holds (nil: Go's nil dereference).
pub fn url_of(obj: Word) -> Result<Url, Panic> {
    if obj == 0 {
        return Err(util::nil_deref());
    }
    Ok(Url {
        scheme: bytes_of(obj, Field::Scheme),
        opaque: bytes_of(obj, Field::Opaque),
        host: bytes_of(obj, Field::Host),
        path: bytes_of(obj, Field::Path),
        raw_path: bytes_of(obj, Field::RawPath),
        force_query: field(obj, Field::ForceQuery) != 0,
        raw_query: bytes_of(obj, Field::RawQuery),
        fragment: bytes_of(obj, Field::Fragment),
        raw_fragment: bytes_of(obj, Field::RawFragment),
    })
}

/// A new `*url.URL` holding `u`.
pub fn new_url(prog: &Program, u: &Url) -> Result<Word, Panic> {
    let t = util::type_named(prog, "url.URL")
        .ok_or_else(|| Panic::Fatal("net/url: url.URL missing".into()))?;
    let obj = value::zero(prog, t);
    let w = heap::words(obj);
    let s = |f: Field, b: &[u8]| w[f as usize].store(util::new_str(b), Release);
    s(Field::Scheme, &u.scheme);
    s(Field::Opaque, &u.opaque);
    s(Field::Host, &u.host);
    s(Field::Path, &u.path);
    s(Field::RawPath, &u.raw_path);
    w[Field::ForceQuery as usize].store(u.force_query as Word, Release);
    s(Field::RawQuery, &u.raw_query);
    s(Field::Fragment, &u.fragment);
    s(Field::RawFragment, &u.raw_fragment);
    Ok(obj)
}

/// `&url.Error{op, url, err}` as an `error`.
pub fn url_error(prog: &Program, op: &str, url: &[u8], err: Word) -> Word {
    let Some(t) = util::type_named(prog, "*url.Error") else {
        return err;
    };
    let obj = value::zero(prog, prog.types[t as usize].elem);
    let w = heap::words(obj);
    w[0].store(util::new_str(op.as_bytes()), Release);
    w[1].store(util::new_str(url), Release);
    w[2].store(err, Release);
    value::iface_new(t, obj)
}

fn parse_result(
    ctx: &NativeCtx,
    r: &mut [Word],
    parsed: Result<Url, (Vec<u8>, String)>,
) -> Result<(), Panic> {
    match parsed {
        Ok(u) => {
            r[0] = new_url(ctx.prog, &u)?;
            r[1] = 0;
        }
        Err((url, text)) => {
            let err = util::new_error(ctx.prog, text.as_bytes());
            r[0] = 0;
            r[1] = url_error(ctx.prog, "parse", &url, err);
        }
    }
    Ok(())
}

/// Go's `ParseQuery` into the map `m`; the first error's text, if any.
pub fn parse_query_into(m: Word, query: &[u8]) -> Result<Option<String>, Panic> {
    let mut first_err = None;
    for part in query.split(|&c| c == b'&') {
        if part.contains(&b';') {
            // Go's ParseQuery lets this error replace an earlier one.
            first_err = Some("invalid semicolon separator in query".to_string());
            continue;
        }
        if part.is_empty() {
            continue;
        }
        let (k, v) = match find(part, b'=') {
            Some(i) => (&part[..i], &part[i + 1..]),
            None => (part, &b""[..]),
        };
        match (
            escape::unescape(k, Mode::QueryComponent),
            escape::unescape(v, Mode::QueryComponent),
        ) {
            (Ok(k), Ok(v)) => values::add(m, &k, &v)?,
            (Err(e), _) | (_, Err(e)) => {
                first_err.get_or_insert(e);
            }
        }
    }
    Ok(first_err)
}

/// Go's `Values.Encode`.
pub fn encode(m: Word) -> String {
    let mut out = String::new();
    for (k, vs) in values::sorted(m) {
        let k = escape::escape(k, Mode::QueryComponent);
        for v in vs {
            if !out.is_empty() {
                out.push('&');
            }
            out.push_str(&k);
            out.push('=');
            out.push_str(&escape::escape(v, Mode::QueryComponent));
        }
    }
    out
}

/// Go's `QueryEscape`.
pub fn query_escape(s: &[u8]) -> String {
    escape::escape(s, Mode::QueryComponent)
}

fn unescape_result(ctx: &NativeCtx, r: &mut [Word], mode: Mode) {
    match escape::unescape(util::str_arg(r[0]), mode) {
        Ok(s) => {
            r[0] = util::new_str(&s);
            r[1] = 0;
        }
        Err(e) => {
            r[0] = 0;
            r[1] = util::new_error(ctx.prog, e.as_bytes());
        }
    }
}

fn url_string_native(r: &mut [Word], f: impl Fn(&Url) -> String) -> Result<(), Panic> {
    let u = url_of(r[0])?;
    r[0] = util::new_str(f(&u).as_bytes());
    Ok(())
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!("net/url", URL_DECL),
        declare!(
            "net/url",
            "type Values map[string][]string
type Error struct { Op string; URL string; Err error }"
        ),
        native!("net/url", "func Parse(string) (*URL, error)", |c, r| {
            let parsed = parse(util::str_arg(r[0]));
            parse_result(c, r, parsed)
        }),
        native!(
            "net/url",
            "func ParseRequestURI(string) (*URL, error)",
            |c, r| {
                let raw = util::str_arg(r[0]);
                let parsed = parse_raw(raw, true).map_err(|e| (raw.to_vec(), e));
                parse_result(c, r, parsed)
            }
        ),
        native!("net/url", "func (*URL) String() string", |_, r| {
            url_string_native(r, Url::string)
        }),
        native!("net/url", "func (*URL) EscapedPath() string", |_, r| {
            url_string_native(r, Url::escaped_path)
        }),
        native!("net/url", "func (*URL) RequestURI() string", |_, r| {
            url_string_native(r, Url::request_uri)
        }),
        native!("net/url", "func (*URL) Hostname() string", |_, r| {
            url_string_native(r, |u| String::from_utf8_lossy(u.host_port().0).into_owned())
        }),
        native!("net/url", "func (*URL) Port() string", |_, r| {
            url_string_native(r, |u| String::from_utf8_lossy(u.host_port().1).into_owned())
        }),
        native!("net/url", "func (*URL) IsAbs() bool", |_, r| {
            r[0] = util::bool_word(!url_of(r[0])?.scheme.is_empty());
            Ok(())
        }),
        native!("net/url", "func (*URL) Query() Values", |_, r| {
            let query = url_of(r[0])?.raw_query;
            let m = vm::gomap::new_map(0);
            parse_query_into(m, &query)?;
            r[0] = m;
            Ok(())
        }),
        native!("net/url", "func (*Error) Error() string", |c, r| {
            if r[0] == 0 {
                return Err(util::nil_deref());
            }
            let w = heap::words(r[0]);
            let err = w[2].load(Acquire);
            let inner = if err == 0 {
                "<nil>".to_string()
            } else {
                let text = util::call_iface_method(c, err, "Error", &[])?;
                value::str_lossy(text.first().copied().unwrap_or(0))
            };
            let text = format!(
                "{} {:?}: {inner}",
                value::str_lossy(w[0].load(Acquire)),
                value::str_lossy(w[1].load(Acquire))
            );
            r[0] = util::new_str(text.as_bytes());
            Ok(())
        }),
        native!("net/url", "func (*Error) Unwrap() error", |_, r| {
            if r[0] == 0 {
                return Err(util::nil_deref());
            }
            r[0] = heap::words(r[0])[2].load(Acquire);
            Ok(())
        }),
        native!("net/url", "func (*Error) Timeout() bool", |c, r| {
            r[0] = util::bool_word(inner_flag(c, r[0], "Timeout")?);
            Ok(())
        }),
        native!("net/url", "func (*Error) Temporary() bool", |c, r| {
            r[0] = util::bool_word(inner_flag(c, r[0], "Temporary")?);
            Ok(())
        }),
        native!("net/url", "func QueryEscape(string) string", |_, r| {
            r[0] = util::new_str(query_escape(util::str_arg(r[0])).as_bytes());
            Ok(())
        }),
        native!("net/url", "func PathEscape(string) string", |_, r| {
            let s = escape::escape(util::str_arg(r[0]), Mode::PathSegment);
            r[0] = util::new_str(s.as_bytes());
            Ok(())
        }),
        native!(
            "net/url",
            "func QueryUnescape(string) (string, error)",
            |c, r| {
                unescape_result(c, r, Mode::QueryComponent);
                Ok(())
            }
        ),
        native!(
            "net/url",
            "func PathUnescape(string) (string, error)",
            |c, r| {
                unescape_result(c, r, Mode::PathSegment);
                Ok(())
            }
        ),
        native!(
            "net/url",
            "func ParseQuery(string) (Values, error)",
            |c, r| {
                let m = vm::gomap::new_map(0);
                let err = parse_query_into(m, util::str_arg(r[0]))?;
                r[0] = m;
                r[1] = err.map_or(0, |e| util::new_error(c.prog, e.as_bytes()));
                Ok(())
            }
        ),
        native!("net/url", "func (Values) Get(string) string", |_, r| {
            let v = values::first(r[0], util::str_arg(r[1]))?;
            r[0] = util::new_str(v.unwrap_or(b""));
            Ok(())
        }),
        native!("net/url", "func (Values) Set(string, string)", |_, r| {
            values::set(r[0], util::str_arg(r[1]), util::str_arg(r[2]))
        }),
        native!("net/url", "func (Values) Add(string, string)", |_, r| {
            values::add(r[0], util::str_arg(r[1]), util::str_arg(r[2]))
        }),
        native!("net/url", "func (Values) Del(string)", |_, r| {
            values::del(r[0], util::str_arg(r[1]))
        }),
        native!("net/url", "func (Values) Has(string) bool", |_, r| {
            r[0] = util::bool_word(values::has(r[0], util::str_arg(r[1])));
            Ok(())
        }),
        native!("net/url", "func (Values) Encode() string", |_, r| {
            r[0] = util::new_str(encode(r[0]).as_bytes());
            Ok(())
        }),
    ]
}

/// `Timeout()` / `Temporary()` of a `*url.Error`: its wrapped error's, when it has one.
fn inner_flag(ctx: &mut NativeCtx, recv: Word, method: &str) -> Result<bool, Panic> {
    if recv == 0 {
        return Err(util::nil_deref());
    }
    let err = heap::words(recv)[2].load(Acquire);
    let Some((t, _)) = value::iface_parts(err) else {
        return Ok(false);
    };
    if util::find_method(ctx.prog, t, method).is_none() {
        return Ok(false);
    }
    let out = util::call_iface_method(ctx, err, method, &[])?;
    Ok(out.first().copied().unwrap_or(0) != 0)
}
