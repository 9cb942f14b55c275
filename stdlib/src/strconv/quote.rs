//! Pure quoting, Go's `strconv` semantics: `quote` (`Quote`), `quote_ascii`
//! (`QuoteToASCII`), `quote_graphic` (`QuoteToGraphic`), the `quote_rune*` twins of each,
//! `can_backquote`, `unquote` (`Unquote`); which runes
//! stay unescaped is `isprint`'s decision.

use super::isprint::{is_graphic, is_print};

use vm::utf8::decode_rune;

/// Which runes the quoting functions leave unescaped (besides the quote and backslash,
/// which are always escaped).
#[derive(Clone, Copy)]
enum Keep {
    /// Printable runes (`Quote`).
    Print,
    /// Printable ASCII only (`QuoteToASCII`).
    Ascii,
    /// Printable and graphic runes (`QuoteToGraphic`).
    Graphic,
}

fn append_escaped_rune(buf: &mut Vec<u8>, r: char, quote: u8, keep: Keep) {
    let u = r as u32;
    if u == quote as u32 || r == '\\' {
        buf.push(b'\\');
        buf.push(u as u8);
        return;
    }
    let kept = match keep {
        Keep::Print => is_print(r),
        Keep::Ascii => u < 0x80 && is_print(r),
        Keep::Graphic => is_graphic(r),
    };
    if kept {
        let mut tmp = [0u8; 4];
        buf.extend_from_slice(r.encode_utf8(&mut tmp).as_bytes());
        return;
    }
    match r {
        '\x07' => buf.extend_from_slice(b"\\a"),
        '\x08' => buf.extend_from_slice(b"\\b"),
        '\x0c' => buf.extend_from_slice(b"\\f"),
        '\n' => buf.extend_from_slice(b"\\n"),
        '\r' => buf.extend_from_slice(b"\\r"),
        '\t' => buf.extend_from_slice(b"\\t"),
        '\x0b' => buf.extend_from_slice(b"\\v"),
        _ => {
            if u < 0x20 || u == 0x7f {
                buf.extend_from_slice(format!("\\x{:02x}", u).as_bytes());
            } else if u < 0x10000 {
                buf.extend_from_slice(format!("\\u{:04x}", u).as_bytes());
            } else {
                buf.extend_from_slice(format!("\\U{:08x}", u).as_bytes());
            }
        }
    }
}

fn quoted(s: &[u8], keep: Keep) -> Vec<u8> {
    let mut buf = Vec::with_capacity(s.len() + 2);
    buf.push(b'"');
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        if w == 1 && r == '\u{FFFD}' && s[i] >= 0x80 {
            buf.extend_from_slice(format!("\\x{:02x}", s[i]).as_bytes());
            i += 1;
            continue;
        }
        append_escaped_rune(&mut buf, r, b'"', keep);
        i += w;
    }
    buf.push(b'"');
    buf
}

/// `strconv.Quote`.
pub fn quote(s: &[u8]) -> Vec<u8> {
    quoted(s, Keep::Print)
}

/// `strconv.QuoteToASCII`.
pub fn quote_ascii(s: &[u8]) -> Vec<u8> {
    quoted(s, Keep::Ascii)
}

/// `strconv.QuoteToGraphic`.
pub fn quote_graphic(s: &[u8]) -> Vec<u8> {
    quoted(s, Keep::Graphic)
}

/// A rune quoted in single quotes; invalid runes (negative, surrogates, past U+10FFFF)
/// become U+FFFD.
fn quoted_rune(r: i64, keep: Keep) -> Vec<u8> {
    let r = u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}');
    let mut b = vec![b'\''];
    append_escaped_rune(&mut b, r, b'\'', keep);
    b.push(b'\'');
    b
}

/// `strconv.QuoteRune`.
pub fn quote_rune(r: i64) -> Vec<u8> {
    quoted_rune(r, Keep::Print)
}

/// `strconv.QuoteRuneToASCII`.
pub fn quote_rune_ascii(r: i64) -> Vec<u8> {
    quoted_rune(r, Keep::Ascii)
}

/// `strconv.QuoteRuneToGraphic`.
pub fn quote_rune_graphic(r: i64) -> Vec<u8> {
    quoted_rune(r, Keep::Graphic)
}

/// `strconv.CanBackquote`.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        i += w;
        if w > 1 {
            if r == '\u{FEFF}' {
                return false;
            }
            continue;
        }
        if r == '\u{FFFD}' {
            return false;
        }
        if (r < ' ' && r != '\t') || r == '`' || r == '\u{7F}' {
            return false;
        }
    }
    true
}

fn unhex(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// `strconv.UnquoteChar`: (value, multibyte, tail) or None for syntax errors.
fn unquote_char(s: &[u8], quote: u8) -> Option<(u32, bool, &[u8])> {
    let c = *s.first()?;
    if c == quote && (quote == b'\'' || quote == b'"') {
        return None;
    }
    if c >= 0x80 {
        let (r, w) = decode_rune(s);
        return Some((r as u32, true, &s[w..]));
    }
    if c != b'\\' {
        return Some((c as u32, false, &s[1..]));
    }
    let c = *s.get(1)?;
    let s = &s[2..];
    let v = match c {
        b'a' => 7,
        b'b' => 8,
        b'f' => 12,
        b'n' => 10,
        b'r' => 13,
        b't' => 9,
        b'v' => 11,
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            if s.len() < n {
                return None;
            }
            let mut v = 0u32;
            for &b in &s[..n] {
                v = (v << 4) | unhex(b)?;
            }
            if c == b'x' {
                return Some((v, false, &s[n..]));
            }
            char::from_u32(v)?;
            return Some((v, true, &s[n..]));
        }
        b'0'..=b'7' => {
            if s.len() < 2 {
                return None;
            }
            let mut v = (c - b'0') as u32;
            for &b in &s[..2] {
                if !(b'0'..=b'7').contains(&b) {
                    return None;
                }
                v = (v << 3) | (b - b'0') as u32;
            }
            if v > 255 {
                return None;
            }
            return Some((v, false, &s[2..]));
        }
        b'\\' => b'\\' as u32,
        b'\'' | b'"' => {
            if c != quote {
                return None;
            }
            c as u32
        }
        _ => return None,
    };
    Some((v, false, s))
}

/// `strconv.Unquote`; `None` means `invalid syntax`.
pub fn unquote(s: &[u8]) -> Option<Vec<u8>> {
    let n = s.len();
    if n < 2 {
        return None;
    }
    let q = s[0];
    if q != s[n - 1] {
        return None;
    }
    let body = &s[1..n - 1];
    match q {
        b'`' => {
            if body.contains(&b'`') {
                return None;
            }
            Some(body.iter().copied().filter(|&b| b != b'\r').collect())
        }
        b'"' | b'\'' => {
            if q == b'"'
                && !body.contains(&b'\\')
                && !body.contains(&b'\n')
                && !body.contains(&b'"')
                && std::str::from_utf8(body).is_ok()
            {
                return Some(body.to_vec());
            }
            if body.contains(&b'\n') {
                return None;
            }
            let mut out = Vec::new();
            let mut rest = body;
            while !rest.is_empty() {
                let (v, multibyte, tail) = unquote_char(rest, q)?;
                rest = tail;
                if v < 0x80 || !multibyte {
                    out.push(v as u8);
                } else {
                    let mut tmp = [0u8; 4];
                    let c = char::from_u32(v).unwrap_or('\u{FFFD}');
                    out.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
                }
                if q == b'\'' {
                    if !rest.is_empty() {
                        return None;
                    }
                    break;
                }
            }
            if q == b'\'' && out.is_empty() {
                return None;
            }
            Some(out)
        }
        _ => None,
    }
}
