//! Go's percent-encoding rules (`net/url`'s `shouldEscape`, `escape`, `unescape`), one
//! `Mode` per URL component.
//!
//! Invariant: `escape(unescape(s, m)?, m)` and Go's functions agree byte for byte, errors
//! included (`invalid URL escape "%zz"`, `invalid character " " in host name`).

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Path,
    PathSegment,
    Host,
    QueryComponent,
    Fragment,
}

/// Go's `shouldEscape`.
pub fn should_escape(c: u8, mode: Mode) -> bool {
    if c.is_ascii_alphanumeric() {
        return false;
    }
    if mode == Mode::Host
        && matches!(
            c,
            b'!' | b'$'
                | b'&'
                | b'\''
                | b'('
                | b')'
                | b'*'
                | b'+'
                | b','
                | b';'
                | b'='
                | b':'
                | b'['
                | b']'
                | b'<'
                | b'>'
                | b'"'
        )
    {
        return false;
    }
    match c {
        b'-' | b'_' | b'.' | b'~' => return false,
        b'$' | b'&' | b'+' | b',' | b'/' | b':' | b';' | b'=' | b'?' | b'@' => match mode {
            Mode::Path => return c == b'?',
            Mode::PathSegment => return matches!(c, b'/' | b';' | b',' | b'?'),
            Mode::QueryComponent => return true,
            Mode::Fragment => return false,
            Mode::Host => {}
        },
        _ => {}
    }
    !(mode == Mode::Fragment && matches!(c, b'!' | b'(' | b')' | b'*'))
}

/// Go's `escape`.
pub fn escape(s: &[u8], mode: Mode) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s {
        if !should_escape(c, mode) {
            out.push(c as char);
        } else if c == b' ' && mode == Mode::QueryComponent {
            out.push('+');
        } else {
            out.push_str(&format!("%{c:02X}"));
        }
    }
    out
}

fn unhex(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// Go's `strconv.Quote` of an ASCII-ish fragment, for error texts.
fn quote(s: &[u8]) -> String {
    format!("{:?}", String::from_utf8_lossy(s))
}

/// Go's `unescape`; the error is the error's text.
pub fn unescape(s: &[u8], mode: Mode) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'%' => {
                let (h, l) = match (s.get(i + 1).and_then(|&c| unhex(c)), s.get(i + 2)) {
                    (Some(h), Some(&c)) if unhex(c).is_some() => (h, unhex(c).unwrap_or(0)),
                    _ => {
                        let end = (i + 3).min(s.len());
                        return Err(format!("invalid URL escape {}", quote(&s[i..end])));
                    }
                };
                if mode == Mode::Host && h < 8 && &s[i..i + 3] != b"%25" {
                    return Err(format!("invalid URL escape {}", quote(&s[i..i + 3])));
                }
                out.push(h << 4 | l);
                i += 3;
            }
            b'+' => {
                out.push(if mode == Mode::QueryComponent {
                    b' '
                } else {
                    b'+'
                });
                i += 1;
            }
            c => {
                if mode == Mode::Host && c < 0x80 && should_escape(c, mode) {
                    return Err(format!(
                        "invalid character {} in host name",
                        quote(&s[i..i + 1])
                    ));
                }
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(out)
}

/// Go's `validEncoded`: `s` needs no escaping beyond what it has.
pub fn valid_encoded(s: &[u8], mode: Mode) -> bool {
    s.iter().all(|&c| {
        matches!(
            c,
            b'!' | b'$'
                | b'&'
                | b'\''
                | b'('
                | b')'
                | b'*'
                | b'+'
                | b','
                | b';'
                | b'='
                | b':'
                | b'@'
                | b'['
                | b']'
                | b'%'
        ) || !should_escape(c, mode)
    })
}
