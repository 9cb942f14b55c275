//! JSON text → [`Value`] tree with `encoding/json`'s scanner errors (`invalid character 'x'
//! looking for beginning of value`, `unexpected end of JSON input`) and their byte offsets,
//! plus Go's `Compact` and `Indent` over text already known to be valid.
//!
//! Invariants: a [`Value::Number`] holds the literal's exact text (validated by Go's number
//! grammar); strings are unescaped with invalid UTF-8 and lone surrogates replaced by U+FFFD,
//! as Go's `unquote` does.

/// A parsed JSON value; objects keep their members in text order (duplicates included).
#[derive(Debug, Clone)]
pub enum Value {
    Null,
    Bool(bool),
    Number(String),
    Str(Vec<u8>),
    Array(Vec<Node>),
    Object(Vec<(Vec<u8>, Node)>),
}

/// A value with the byte range of its text in the input.
#[derive(Debug, Clone)]
pub struct Node {
    pub v: Value,
    pub start: usize,
    pub end: usize,
}

impl Value {
    /// Go's name for the JSON kind in `UnmarshalTypeError.Value`.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "bool",
            Value::Number(_) => "number",
            Value::Str(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        }
    }
}

/// A `*json.SyntaxError`: message and offset (bytes read before the error).
#[derive(Debug, Clone)]
pub struct SyntaxError {
    pub msg: String,
    pub offset: usize,
    /// The input ended before the value did (a stream may read more and retry).
    pub eof: bool,
}

/// Go's `quoteChar`.
fn quote_char(c: u8) -> String {
    match c {
        b'\'' => "'\\''".into(),
        b'"' => "'\"'".into(),
        _ => {
            let q = crate::strconv::quote::quote(&crate::util::encode_rune(c as i64));
            format!("'{}'", String::from_utf8_lossy(&q[1..q.len() - 1]))
        }
    }
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

/// Go's nesting limit (`maxNestingDepth`).
const MAX_DEPTH: usize = 10000;

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

impl Parser<'_> {
    /// The error at the current byte; at the end of input, Go's scanner steps a space, so
    /// inside a literal or escape the error names `' '`.
    fn err(&self, context: &str) -> SyntaxError {
        let in_token = context.contains("escape")
            || (context.contains("literal") && !context.contains("string literal"));
        match self.s.get(self.i) {
            None if in_token => SyntaxError {
                msg: format!("invalid character ' ' {context}"),
                offset: self.s.len(),
                eof: true,
            },
            None => SyntaxError {
                msg: "unexpected end of JSON input".into(),
                offset: self.s.len(),
                eof: true,
            },
            Some(&c) => SyntaxError {
                msg: format!("invalid character {} {context}", quote_char(c)),
                offset: self.i + 1,
                eof: false,
            },
        }
    }

    fn skip_space(&mut self) {
        while self.i < self.s.len() && is_space(self.s[self.i]) {
            self.i += 1;
        }
    }

    fn node(&mut self) -> Result<Node, SyntaxError> {
        self.skip_space();
        let start = self.i;
        let v = self.value()?;
        Ok(Node {
            v,
            start,
            end: self.i,
        })
    }

    fn value(&mut self) -> Result<Value, SyntaxError> {
        let Some(&c) = self.s.get(self.i) else {
            return Err(self.err(""));
        };
        match c {
            b'{' => self.nested(|p| p.object()),
            b'[' => self.nested(|p| p.array()),
            b'"' => Ok(Value::Str(self.string()?)),
            b't' => self.literal(b"true", Value::Bool(true)),
            b'f' => self.literal(b"false", Value::Bool(false)),
            b'n' => self.literal(b"null", Value::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => Err(self.err("looking for beginning of value")),
        }
    }

    fn nested(
        &mut self,
        f: impl FnOnce(&mut Self) -> Result<Value, SyntaxError>,
    ) -> Result<Value, SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(SyntaxError {
                msg: "exceeded max depth".into(),
                offset: self.i + 1,
                eof: false,
            });
        }
        let v = f(self);
        self.depth -= 1;
        v
    }

    fn literal(&mut self, word: &[u8], v: Value) -> Result<Value, SyntaxError> {
        let name = String::from_utf8_lossy(word).into_owned();
        for &want in &word[1..] {
            self.i += 1;
            if self.s.get(self.i) != Some(&want) {
                return Err(self.err(&format!(
                    "in literal {name} (expecting {})",
                    quote_char(want)
                )));
            }
        }
        self.i += 1;
        Ok(v)
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.i;
        let digit = |p: &Self| p.s.get(p.i).is_some_and(|c| c.is_ascii_digit());
        if self.s[self.i] == b'-' {
            self.i += 1;
            if !digit(self) {
                return Err(self.err("in numeric literal"));
            }
        }
        if self.s[self.i] == b'0' {
            self.i += 1;
        } else {
            while digit(self) {
                self.i += 1;
            }
        }
        if self.s.get(self.i) == Some(&b'.') {
            self.i += 1;
            if !digit(self) {
                return Err(self.err("after decimal point in numeric literal"));
            }
            while digit(self) {
                self.i += 1;
            }
        }
        if matches!(self.s.get(self.i), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.s.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if !digit(self) {
                return Err(self.err("in exponent of numeric literal"));
            }
            while digit(self) {
                self.i += 1;
            }
        }
        Ok(Value::Number(
            String::from_utf8_lossy(&self.s[start..self.i]).into_owned(),
        ))
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let h = self.s.get(at..at + 4)?;
        std::str::from_utf8(h)
            .ok()
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .filter(|_| h.iter().all(|c| c.is_ascii_hexdigit()))
    }

    fn string(&mut self) -> Result<Vec<u8>, SyntaxError> {
        self.i += 1;
        let mut out = Vec::new();
        loop {
            let Some(&c) = self.s.get(self.i) else {
                return Err(self.err(""));
            };
            match c {
                b'"' => {
                    self.i += 1;
                    return Ok(out);
                }
                b'\\' => {
                    self.i += 1;
                    let Some(&e) = self.s.get(self.i) else {
                        return Err(self.err(""));
                    };
                    let simple = match e {
                        b'"' | b'\\' | b'/' => Some(e),
                        b'b' => Some(8),
                        b'f' => Some(12),
                        b'n' => Some(b'\n'),
                        b'r' => Some(b'\r'),
                        b't' => Some(b'\t'),
                        _ => None,
                    };
                    if let Some(b) = simple {
                        out.push(b);
                        self.i += 1;
                    } else if e == b'u' {
                        self.i += 1;
                        for k in 0..4 {
                            if !self
                                .s
                                .get(self.i + k)
                                .is_some_and(|c| c.is_ascii_hexdigit())
                            {
                                self.i += k;
                                return Err(self.err("in \\u hexadecimal character escape"));
                            }
                        }
                        let mut r = self.hex4(self.i).unwrap_or(0xfffd);
                        self.i += 4;
                        if (0xd800..0xdc00).contains(&r)
                            && self.s.get(self.i..self.i + 2) == Some(b"\\u")
                        {
                            if let Some(lo) = self.hex4(self.i + 2) {
                                if (0xdc00..0xe000).contains(&lo) {
                                    r = 0x10000 + ((r - 0xd800) << 10) + (lo - 0xdc00);
                                    self.i += 6;
                                }
                            }
                        }
                        out.extend(crate::util::encode_rune(if (0xd800..0xe000).contains(&r) {
                            0xfffd
                        } else {
                            r as i64
                        }));
                    } else {
                        return Err(self.err("in string escape code"));
                    }
                }
                0..=0x1f => return Err(self.err("in string literal")),
                _ => {
                    let rest = &self.s[self.i..];
                    let valid = rest
                        .utf8_chunks()
                        .next()
                        .map_or(&b""[..], |ch| ch.valid().as_bytes());
                    if valid.is_empty() {
                        out.extend_from_slice("\u{fffd}".as_bytes());
                        self.i += 1;
                    } else {
                        let n = valid
                            .iter()
                            .position(|&b| b < 0x20 || b == b'"' || b == b'\\')
                            .unwrap_or(valid.len());
                        out.extend_from_slice(&valid[..n]);
                        self.i += n;
                    }
                }
            }
        }
    }

    fn array(&mut self) -> Result<Value, SyntaxError> {
        self.i += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.s.get(self.i) == Some(&b']') {
            self.i += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.node()?);
            self.skip_space();
            match self.s.get(self.i) {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.err("after array element")),
            }
        }
    }

    fn object(&mut self) -> Result<Value, SyntaxError> {
        self.i += 1;
        let mut members = Vec::new();
        self.skip_space();
        if self.s.get(self.i) == Some(&b'}') {
            self.i += 1;
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_space();
            if self.s.get(self.i) != Some(&b'"') {
                return Err(self.err("looking for beginning of object key string"));
            }
            let key = self.string()?;
            self.skip_space();
            if self.s.get(self.i) != Some(&b':') {
                return Err(self.err("after object key"));
            }
            self.i += 1;
            let v = self.node()?;
            members.push((key, v));
            self.skip_space();
            match self.s.get(self.i) {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(Value::Object(members));
                }
                _ => return Err(self.err("after object key:value pair")),
            }
        }
    }
}

/// Parses one JSON value at the start of `s` (leading space skipped): the value and the
/// index just past it.
pub fn parse_prefix(s: &[u8]) -> Result<Node, SyntaxError> {
    Parser { s, i: 0, depth: 0 }.node()
}

/// Parses `s` as exactly one JSON value (surrounding space allowed), as `checkValid` does.
pub fn parse(s: &[u8]) -> Result<Node, SyntaxError> {
    let mut p = Parser { s, i: 0, depth: 0 };
    let v = p.node()?;
    p.skip_space();
    if p.i < s.len() {
        return Err(p.err("after top-level value"));
    }
    Ok(v)
}

/// The escape of U+2028 / U+2029 if `s` starts with one.
pub fn line_separator(s: &[u8]) -> Option<&'static [u8]> {
    match s {
        [0xe2, 0x80, 0xa8, ..] => Some(b"\\u2028"),
        [0xe2, 0x80, 0xa9, ..] => Some(b"\\u2029"),
        _ => None,
    }
}

/// Go's `compact` of valid JSON `src`: space outside strings dropped, and with `escape_html`
/// `<`, `>`, `&` in strings written as `\u003c`…; U+2028 and U+2029 always escaped.
pub fn compact(src: &[u8], escape_html: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(src.len());
    let mut in_str = false;
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        if in_str {
            if escape_html && matches!(c, b'<' | b'>' | b'&') {
                out.extend_from_slice(format!("\\u00{c:02x}").as_bytes());
            } else if let Some(sep) = line_separator(&src[i..]) {
                out.extend_from_slice(sep);
                i += 2;
            } else {
                out.push(c);
                if c == b'\\' {
                    i += 1;
                    out.extend(src.get(i));
                } else if c == b'"' {
                    in_str = false;
                }
            }
        } else if !is_space(c) {
            out.push(c);
            in_str = c == b'"';
        }
        i += 1;
    }
    out
}

/// Go's `Indent` of valid JSON `src`: each element on its own line, `prefix` after every
/// newline, `indent` per nesting level; empty arrays and objects stay `[]` / `{}`; space after
/// the value is copied as it is.
pub fn indent(src: &[u8], prefix: &[u8], indent: &[u8]) -> Vec<u8> {
    let end = src.iter().rposition(|&c| !is_space(c)).map_or(0, |i| i + 1);
    let (src, trailing) = src.split_at(end);
    let mut out = Vec::with_capacity(src.len() * 2);
    let mut depth = 0usize;
    let mut in_str = false;
    let mut need_indent = false;
    let newline = |out: &mut Vec<u8>, depth: usize| {
        out.push(b'\n');
        out.extend_from_slice(prefix);
        for _ in 0..depth {
            out.extend_from_slice(indent);
        }
    };
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        i += 1;
        if in_str {
            out.push(c);
            if c == b'\\' {
                out.extend(src.get(i));
                i += 1;
            } else if c == b'"' {
                in_str = false;
            }
            continue;
        }
        if is_space(c) {
            continue;
        }
        if need_indent && c != b']' && c != b'}' {
            need_indent = false;
            depth += 1;
            newline(&mut out, depth);
        }
        match c {
            b'"' => {
                in_str = true;
                out.push(c);
            }
            b'{' | b'[' => {
                need_indent = true;
                out.push(c);
            }
            b',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            b':' => out.extend_from_slice(b": "),
            b'}' | b']' => {
                if need_indent {
                    need_indent = false;
                } else {
                    depth = depth.saturating_sub(1);
                    newline(&mut out, depth);
                }
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out.extend_from_slice(trailing);
    out
}

/// Go's `HTMLEscape`: every `<`, `>`, `&`, U+2028 and U+2029 escaped.
pub fn html_escape(src: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(src.len());
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        if matches!(c, b'<' | b'>' | b'&') {
            out.extend_from_slice(format!("\\u00{c:02x}").as_bytes());
        } else if let Some(sep) = line_separator(&src[i..]) {
            out.extend_from_slice(sep);
            i += 2;
        } else {
            out.push(c);
        }
        i += 1;
    }
    out
}
