//! Go's regexp syntax (RE2, as `regexp/syntax` parses it with `syntax.Perl`) translated to the
//! `regex` crate's syntax, with Go's parse errors.
//!
//! Invariants:
//! - `translate` accepts what Go's parser accepts and reports the first error Go reports, with
//!   Go's text (`missing closing ): `(abc``), for every error code except the nesting limit of
//!   repeats (`(a{500}){500}` is accepted) and a flag group followed by a repeat (`a(?i)*`).
//! - The output means the same as the input in Go: Go's ASCII-only `\d \s \w \b` and their
//!   negations become explicit ASCII classes, `\Q…\E`, octal and punctuation escapes become
//!   `\x{…}` literals, every literal punctuation character is escaped (so the crate's class
//!   set operators and nested classes never apply), and capture groups are all unnamed — the
//!   Go names (which may start with a digit) are returned separately, by group index.

/// A Go pattern in the crate's syntax, and its capture group names (index 0: the whole match,
/// always `""`; an unnamed group's name is `""`).
pub struct Translated {
    pub pattern: String,
    pub names: Vec<String>,
}

/// Go's error code texts (`regexp/syntax.ErrorCode`).
const MISSING_PAREN: &str = "missing closing )";
const UNEXPECTED_PAREN: &str = "unexpected )";
const MISSING_BRACKET: &str = "missing closing ]";
const INVALID_CHAR_RANGE: &str = "invalid character class range";
const INVALID_ESCAPE: &str = "invalid escape sequence";
const INVALID_NAMED_CAPTURE: &str = "invalid named capture";
const INVALID_PERL_OP: &str = "invalid or unsupported Perl syntax";
const INVALID_REPEAT_OP: &str = "invalid nested repetition operator";
const INVALID_REPEAT_SIZE: &str = "invalid repeat count";
const MISSING_REPEAT_ARGUMENT: &str = "missing argument to repetition operator";
const TRAILING_BACKSLASH: &str = "trailing backslash at end of expression";
const INVALID_UTF8: &str = "invalid UTF-8";

/// `error parsing regexp: <code>: `<expr>``, as Go's `*syntax.Error` prints.
pub fn error_text(code: &str, expr: &str) -> String {
    format!("error parsing regexp: {code}: `{expr}`")
}

const SPACE_CLASS: &str = r"\x{9}\x{A}\x{C}\x{D}\x{20}";
const WORD_CLASS: &str = "0-9A-Za-z_";
const POSIX_NAMES: [&str; 14] = [
    "alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print", "punct",
    "space", "upper", "word", "xdigit",
];
const CATEGORIES: [&str; 37] = [
    "C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn", "N",
    "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm", "So",
    "Z", "Zl", "Zp", "Zs", "Any",
];

/// Translates Go pattern `expr`; `Err` holds Go's whole error text.
pub fn translate(expr: &[u8]) -> Result<Translated, String> {
    let Ok(text) = std::str::from_utf8(expr) else {
        return Err(error_text(INVALID_UTF8, &String::from_utf8_lossy(expr)));
    };
    let mut t = Translator {
        src: text,
        pos: 0,
        out: String::new(),
        names: vec![String::new()],
        open_groups: 0,
        have_operand: false,
        last_repeat: None,
    };
    t.run().map_err(|(code, at)| error_text(code, &at))?;
    Ok(Translated {
        pattern: t.out,
        names: t.names,
    })
}

/// A Go parse error: its code and the expression text it names.
type SyntaxError = (&'static str, String);

struct Translator<'a> {
    src: &'a str,
    pos: usize,
    out: String,
    names: Vec<String>,
    open_groups: usize,
    /// Whether a repeat operator here has an operand (Go: the stack top is not a pseudo-op).
    have_operand: bool,
    /// Where the previous token started, when it was a repeat operator.
    last_repeat: Option<usize>,
}

fn literal(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric() || !c.is_ascii() {
        out.push(c);
    } else {
        out.push_str(&format!("\\x{{{:X}}}", c as u32));
    }
}

/// The body of Go's ASCII Perl class `\c` inside brackets, and whether it is negated.
fn perl_class(c: char) -> Option<(&'static str, bool)> {
    Some(match c {
        'd' => ("0-9", false),
        'D' => ("0-9", true),
        's' => (SPACE_CLASS, false),
        'S' => (SPACE_CLASS, true),
        'w' => (WORD_CLASS, false),
        'W' => (WORD_CLASS, true),
        _ => return None,
    })
}

impl Translator<'_> {
    fn rest(&self) -> &str {
        &self.src[self.pos..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn whole(&self) -> String {
        self.src.to_string()
    }

    fn operand(&mut self) {
        self.have_operand = true;
        self.last_repeat = None;
    }

    fn run(&mut self) -> Result<(), SyntaxError> {
        while let Some(c) = self.peek() {
            let start = self.pos;
            match c {
                '(' => self.open_paren()?,
                ')' => {
                    if self.open_groups == 0 {
                        return Err((UNEXPECTED_PAREN, self.whole()));
                    }
                    self.bump();
                    self.open_groups -= 1;
                    self.out.push(')');
                    self.operand();
                }
                '|' => {
                    self.bump();
                    self.out.push('|');
                    self.have_operand = false;
                    self.last_repeat = None;
                }
                '*' | '+' | '?' => {
                    self.bump();
                    self.repeat(start, &c.to_string())?;
                }
                '{' => match self.counted_repeat()? {
                    Some(op) => self.repeat(start, &op)?,
                    None => {
                        self.bump();
                        literal(&mut self.out, '{');
                        self.operand();
                    }
                },
                '[' => {
                    let class = self.class()?;
                    self.out.push_str(&class);
                    self.operand();
                }
                '.' | '^' | '$' => {
                    self.bump();
                    self.out.push(c);
                    self.operand();
                }
                '\\' => self.escape()?,
                _ => {
                    self.bump();
                    literal(&mut self.out, c);
                    self.operand();
                }
            }
        }
        if self.open_groups > 0 {
            return Err((MISSING_PAREN, self.whole()));
        }
        Ok(())
    }

    /// A repeat operator `op` (its text from `start`), with an optional non-greedy `?`.
    fn repeat(&mut self, start: usize, op: &str) -> Result<(), SyntaxError> {
        let mut op = op.to_string();
        if self.peek() == Some('?') {
            self.bump();
            op.push('?');
        }
        if let Some(last) = self.last_repeat {
            return Err((INVALID_REPEAT_OP, self.src[last..self.pos].to_string()));
        }
        if !self.have_operand {
            return Err((MISSING_REPEAT_ARGUMENT, op));
        }
        self.out.push_str(&op);
        self.last_repeat = Some(start);
        Ok(())
    }

    /// `{n}`, `{n,}` or `{n,m}` at the cursor (consumed, returned as text), or `None` when
    /// the `{` is a literal. Too-large counts are Go's `invalid repeat count`.
    fn counted_repeat(&mut self) -> Result<Option<String>, SyntaxError> {
        fn int(s: &str) -> Option<(i64, &str)> {
            let digits = s.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 || (digits >= 2 && s.starts_with('0')) {
                return None;
            }
            let n = if digits >= 8 {
                -1
            } else {
                s[..digits].parse().ok()?
            };
            Some((n, &s[digits..]))
        }
        let s = &self.rest()[1..];
        let Some((min, s)) = int(s) else {
            return Ok(None);
        };
        let (max, s) = match s.strip_prefix(',') {
            None => (min, s),
            Some(s) if s.starts_with('}') => (-2, s),
            Some(s) => match int(s) {
                Some(r) => r,
                None => return Ok(None),
            },
        };
        let Some(after) = s.strip_prefix('}') else {
            return Ok(None);
        };
        let len = self.rest().len() - after.len();
        let text = self.rest()[..len].to_string();
        if !(0..=1000).contains(&min) || max > 1000 || (max >= 0 && min > max) || max == -1 {
            return Err((INVALID_REPEAT_SIZE, text));
        }
        self.pos += len;
        Ok(Some(text))
    }

    fn open_paren(&mut self) -> Result<(), SyntaxError> {
        let start = self.pos;
        self.bump();
        if !self.rest().starts_with('?') {
            self.open_groups += 1;
            self.names.push(String::new());
            self.out.push('(');
            self.have_operand = false;
            self.last_repeat = None;
            return Ok(());
        }
        if self.rest().starts_with("?P<") && self.rest().len() > 3 {
            let Some(end) = self.rest().find('>') else {
                return Err((INVALID_NAMED_CAPTURE, self.src[start..].to_string()));
            };
            let name = &self.rest()[3..end];
            let capture = &self.src[start..self.pos + end + 1];
            if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                return Err((INVALID_NAMED_CAPTURE, capture.to_string()));
            }
            self.names.push(name.to_string());
            self.pos += end + 1;
            self.open_groups += 1;
            self.out.push('(');
            self.have_operand = false;
            self.last_repeat = None;
            return Ok(());
        }
        self.bump(); // '?'
        let mut flags = String::new();
        let mut negated = false;
        let mut saw_flag = false;
        while let Some(c) = self.bump() {
            match c {
                'i' | 'm' | 's' | 'U' => {
                    flags.push(c);
                    saw_flag = true;
                }
                '-' if !negated => {
                    flags.push(c);
                    negated = true;
                    saw_flag = false;
                }
                ':' | ')' if !negated || saw_flag => {
                    if c == ':' {
                        self.out.push_str(&format!("(?{flags}:"));
                        self.open_groups += 1;
                        self.have_operand = false;
                    } else if !flags.is_empty() {
                        self.out.push_str(&format!("(?{flags})"));
                    }
                    self.last_repeat = None;
                    return Ok(());
                }
                _ => break,
            }
        }
        Err((INVALID_PERL_OP, self.src[start..self.pos].to_string()))
    }

    /// A backslash sequence outside brackets.
    fn escape(&mut self) -> Result<(), SyntaxError> {
        let start = self.pos;
        self.bump();
        let Some(c) = self.peek() else {
            return Err((TRAILING_BACKSLASH, String::new()));
        };
        match c {
            'A' | 'z' => {
                self.bump();
                self.out.push('\\');
                self.out.push(c);
            }
            'b' | 'B' => {
                self.bump();
                self.out.push_str(&format!("(?-u:\\{c})"));
            }
            'Q' => {
                self.bump();
                let body = self.rest();
                let (lit, skip) = match body.find("\\E") {
                    Some(i) => (&body[..i], i + 2),
                    None => (body, body.len()),
                };
                let lit = lit.to_string();
                self.pos += skip;
                for ch in lit.chars() {
                    literal(&mut self.out, ch);
                }
                if !lit.is_empty() {
                    self.operand();
                }
                return Ok(());
            }
            'p' | 'P' => {
                let class = self.unicode_class(start)?;
                self.out.push_str(&class);
            }
            _ => {
                if let Some((body, negated)) = perl_class(c) {
                    self.bump();
                    let caret = if negated { "^" } else { "" };
                    self.out.push_str(&format!("[{caret}{body}]"));
                } else {
                    self.pos = start;
                    let ch = self.escaped_char()?;
                    literal(&mut self.out, ch);
                }
            }
        }
        self.operand();
        Ok(())
    }

    /// `\pX`, `\PX`, `\p{Name}`, `\p{^Name}` starting at `start` (the backslash), in the
    /// crate's syntax; Go knows only `Any`, the general categories and the scripts.
    fn unicode_class(&mut self, start: usize) -> Result<String, SyntaxError> {
        let mut negated = self.bump() == Some('P');
        let name = if self.peek() == Some('{') {
            let Some(end) = self.rest().find('}') else {
                return Err((INVALID_CHAR_RANGE, self.src[start..].to_string()));
            };
            let name = self.rest()[1..end].to_string();
            self.pos += end + 1;
            name
        } else {
            match self.bump() {
                Some(c) => c.to_string(),
                None => return Err((INVALID_CHAR_RANGE, self.src[start..].to_string())),
            }
        };
        let name = match name.strip_prefix('^') {
            Some(n) => {
                negated = !negated;
                n.to_string()
            }
            None => name,
        };
        let known = CATEGORIES.contains(&name.as_str())
            || (name.starts_with(|c: char| c.is_ascii_uppercase())
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                && regex::Regex::new(&format!(r"\p{{{name}}}")).is_ok());
        if !known {
            return Err((INVALID_CHAR_RANGE, self.src[start..self.pos].to_string()));
        }
        if name == "Any" {
            let caret = if negated { "^" } else { "" };
            return Ok(format!(r"[{caret}\x{{0}}-\x{{10FFFF}}]"));
        }
        let p = if negated { 'P' } else { 'p' };
        Ok(format!("\\{p}{{{name}}}"))
    }

    /// A single-character escape at the cursor (the backslash): octal, hex, control and
    /// punctuation escapes, as Go's `parseEscape`.
    fn escaped_char(&mut self) -> Result<char, SyntaxError> {
        let start = self.pos;
        self.bump();
        let Some(c) = self.bump() else {
            return Err((TRAILING_BACKSLASH, String::new()));
        };
        let invalid = |t: &Self| (INVALID_ESCAPE, t.src[start..t.pos].to_string());
        match c {
            '1'..='7' if !self.peek().is_some_and(|d| d.is_ascii_digit()) => Err(invalid(self)),
            '0'..='7' => {
                let mut r = c as u32 - '0' as u32;
                for _ in 1..3 {
                    match self.peek() {
                        Some(d @ '0'..='7') => {
                            self.bump();
                            r = r * 8 + (d as u32 - '0' as u32);
                        }
                        _ => break,
                    }
                }
                Ok(char::from_u32(r).expect("octal escapes are below 0o777"))
            }
            'x' => self.hex_escape().ok_or_else(|| invalid(self)),
            'a' => Ok('\u{7}'),
            'f' => Ok('\u{c}'),
            'n' => Ok('\n'),
            'r' => Ok('\r'),
            't' => Ok('\t'),
            'v' => Ok('\u{b}'),
            c if c.is_ascii() && !c.is_ascii_alphanumeric() => Ok(c),
            _ => Err(invalid(self)),
        }
    }

    /// The rest of `\xHH` or `\x{H…}` after the `x`.
    fn hex_escape(&mut self) -> Option<char> {
        if self.peek() == Some('{') {
            self.bump();
            let mut r: u32 = 0;
            let mut digits = 0;
            loop {
                let c = self.bump()?;
                if c == '}' {
                    break;
                }
                r = r.checked_mul(16)? + c.to_digit(16)?;
                if r > 0x10FFFF {
                    return None;
                }
                digits += 1;
            }
            return if digits == 0 { None } else { char::from_u32(r) };
        }
        let hi = self.bump()?;
        let lo = self.bump()?;
        char::from_u32(hi.to_digit(16)? * 16 + lo.to_digit(16)?)
    }

    /// A bracketed class at the cursor, as the crate's class with every literal escaped.
    fn class(&mut self) -> Result<String, SyntaxError> {
        let start = self.pos;
        let missing = |t: &Self| (MISSING_BRACKET, t.src[start..].to_string());
        self.bump();
        let mut out = String::from("[");
        if self.peek() == Some('^') {
            self.bump();
            out.push('^');
        }
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return Err(missing(self));
            };
            if c == ']' && !first {
                self.bump();
                break;
            }
            first = false;
            if self.rest().starts_with("[:") {
                if let Some(end) = self.rest()[2..].find(":]") {
                    let text = &self.rest()[..end + 4];
                    let name = text[2..text.len() - 2].trim_start_matches('^');
                    if !POSIX_NAMES.contains(&name) {
                        return Err((INVALID_CHAR_RANGE, text.to_string()));
                    }
                    out.push_str(text);
                    self.pos += end + 4;
                    continue;
                }
            }
            if c == '\\' {
                let esc_start = self.pos;
                let next = self.rest()[1..].chars().next();
                if let Some('p' | 'P') = next {
                    self.bump();
                    let class = self.unicode_class(esc_start)?;
                    out.push_str(&class);
                    continue;
                }
                if let Some((body, negated)) = next.and_then(perl_class) {
                    self.pos += 2;
                    if negated {
                        out.push_str(&format!("[^{body}]"));
                    } else {
                        out.push_str(body);
                    }
                    continue;
                }
            }
            let range_start = self.pos;
            let lo = self.class_char(start)?;
            let mut hi = lo;
            let rest = self.rest();
            if rest.len() >= 2 && rest.starts_with('-') && !rest[1..].starts_with(']') {
                self.bump();
                hi = self.class_char(start)?;
                if hi < lo {
                    return Err((
                        INVALID_CHAR_RANGE,
                        self.src[range_start..self.pos].to_string(),
                    ));
                }
            }
            out.push_str(&format!("\\x{{{:X}}}-\\x{{{:X}}}", lo as u32, hi as u32));
        }
        out.push(']');
        Ok(out)
    }

    /// One character inside brackets (a literal or a single-character escape).
    fn class_char(&mut self, class_start: usize) -> Result<char, SyntaxError> {
        match self.peek() {
            None => Err((MISSING_BRACKET, self.src[class_start..].to_string())),
            Some('\\') => self.escaped_char(),
            Some(c) => {
                self.bump();
                Ok(c)
            }
        }
    }
}

/// Go's `QuoteMeta`: a backslash before every byte of `\.+*?()|[]{}^$`.
pub fn quote_meta(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 2);
    for &b in s {
        if br"\.+*?()|[]{}^$".contains(&b) {
            out.push(b'\\');
        }
        out.push(b);
    }
    out
}
