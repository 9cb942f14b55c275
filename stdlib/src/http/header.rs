//! `http.Header` (`Get`, `Set`, `Add`, `Del`, `Values`, `Clone`), Go's
//! `CanonicalMIMEHeaderKey`, header blocks on the wire, and `DetectContentType`.
//!
//! Invariant: the methods canonicalise their key as Go's do, and the wire form writes a
//! header's keys sorted (Go's `Header.Write` order), one line per value.

use crate::url::values;
use crate::util;
use runtime::heap::Word;
use vm::native::Panic;

/// Go's `textproto.CanonicalMIMEHeaderKey` (`content-type` → `Content-Type`); a key with a
/// byte that is not a token character is returned unchanged.
pub fn canonical(key: &[u8]) -> Vec<u8> {
    let token = |c: u8| c.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&c);
    if !key.iter().all(|&c| token(c)) {
        return key.to_vec();
    }
    let mut upper = true;
    key.iter()
        .map(|&c| {
            let out = if upper {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            };
            upper = c == b'-';
            out
        })
        .collect()
}

/// `h.Get(key)`.
pub fn get(h: Word, key: &[u8]) -> Result<Option<&'static [u8]>, Panic> {
    values::first(h, &canonical(key))
}

/// `h.Set(key, v)`.
pub fn set(h: Word, key: &[u8], v: &[u8]) -> Result<(), Panic> {
    values::set(h, &canonical(key), v)
}

/// The header block: `Key: value\r\n` per value, keys sorted, `skip` keys left out.
pub fn wire(h: Word, skip: &[&[u8]]) -> Vec<u8> {
    let mut out = Vec::new();
    for (k, vs) in values::sorted(h) {
        if skip.contains(&k) {
            continue;
        }
        for v in vs {
            out.extend_from_slice(k);
            out.extend_from_slice(b": ");
            // Go replaces newlines in values with spaces and trims surrounding blanks.
            let v: Vec<u8> = v
                .iter()
                .map(|&c| if c == b'\r' || c == b'\n' { b' ' } else { c })
                .collect();
            out.extend_from_slice(v.trim_ascii());
            out.extend_from_slice(b"\r\n");
        }
    }
    out
}

/// Go's `DetectContentType` for the signatures programs meet: HTML, XML, PDF, images,
/// gzip, zip, JSON-free text (`text/plain; charset=utf-8`) or binary
/// (`application/octet-stream`).
pub fn detect_content_type(data: &[u8]) -> &'static str {
    let data = &data[..data.len().min(512)];
    let ws = |c: u8| matches!(c, b'\t' | b'\n' | 0x0c | b'\r' | b' ');
    let start = data.iter().position(|&c| !ws(c)).unwrap_or(data.len());
    let trimmed = &data[start..];
    const HTML: &[&[u8]] = &[
        b"<!DOCTYPE HTML",
        b"<HTML",
        b"<HEAD",
        b"<SCRIPT",
        b"<IFRAME",
        b"<H1",
        b"<DIV",
        b"<FONT",
        b"<TABLE",
        b"<A",
        b"<STYLE",
        b"<TITLE",
        b"<B",
        b"<BODY",
        b"<BR",
        b"<P",
        b"<!--",
    ];
    for sig in HTML {
        if trimmed.len() > sig.len()
            && trimmed[..sig.len()].eq_ignore_ascii_case(sig)
            && matches!(trimmed[sig.len()], b' ' | b'>')
        {
            return "text/html; charset=utf-8";
        }
    }
    if trimmed.starts_with(b"<?xml") {
        return "text/xml; charset=utf-8";
    }
    const EXACT: &[(&[u8], &str)] = &[
        (b"%PDF-", "application/pdf"),
        (b"%!PS-Adobe-", "application/postscript"),
        (b"GIF87a", "image/gif"),
        (b"GIF89a", "image/gif"),
        (b"\x89PNG\x0D\x0A\x1A\x0A", "image/png"),
        (b"\xFF\xD8\xFF", "image/jpeg"),
        (b"BM", "image/bmp"),
        (b"\x1F\x8B\x08", "application/x-gzip"),
        (b"PK\x03\x04", "application/zip"),
        (b"\xFE\xFF", "text/plain; charset=utf-16be"),
        (b"\xFF\xFE", "text/plain; charset=utf-16le"),
        (b"\xEF\xBB\xBF", "text/plain; charset=utf-8"),
    ];
    for (sig, ct) in EXACT {
        if data.starts_with(sig) {
            return ct;
        }
    }
    let binary =
        |c: u8| c <= 0x08 || c == 0x0B || (0x0E..=0x1A).contains(&c) || (0x1C..=0x1F).contains(&c);
    if data.iter().any(|&c| binary(c)) {
        "application/octet-stream"
    } else {
        "text/plain; charset=utf-8"
    }
}

pub fn natives() -> Vec<crate::Entry> {
    use crate::native;
    vec![
        native!("net/http", "func (Header) Get(string) string", |_, r| {
            r[0] = util::new_str(get(r[0], util::str_arg(r[1]))?.unwrap_or(b""));
            Ok(())
        }),
        native!("net/http", "func (Header) Set(string, string)", |_, r| {
            set(r[0], util::str_arg(r[1]), util::str_arg(r[2]))
        }),
        native!("net/http", "func (Header) Add(string, string)", |_, r| {
            values::add(r[0], &canonical(util::str_arg(r[1])), util::str_arg(r[2]))
        }),
        native!("net/http", "func (Header) Del(string)", |_, r| {
            values::del(r[0], &canonical(util::str_arg(r[1])))
        }),
        native!(
            "net/http",
            "func (Header) Values(string) []string",
            |_, r| {
                r[0] = values::values(r[0], &canonical(util::str_arg(r[1])))?;
                Ok(())
            }
        ),
        native!("net/http", "func (Header) Clone() Header", |_, r| {
            if r[0] == 0 {
                return Ok(());
            }
            let m = vm::gomap::new_map(0);
            for (k, vs) in values::sorted(r[0]) {
                values::put(m, k, util::new_str_slice(&vs))?;
            }
            r[0] = m;
            Ok(())
        }),
        native!(
            "net/http",
            "func CanonicalHeaderKey(string) string",
            |_, r| {
                r[0] = util::new_str(&canonical(util::str_arg(r[0])));
                Ok(())
            }
        ),
        native!(
            "net/http",
            "func DetectContentType([]byte) string",
            |_, r| {
                let data = util::byte_slice(r[0]);
                r[0] = util::new_str(detect_content_type(&data).as_bytes());
                Ok(())
            }
        ),
    ]
}
