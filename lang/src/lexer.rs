//! The Go lexer: a logos-derived scanner of raw tokens, wrapped by `Lexer`, which decodes
//! literals, reports lexical errors and applies Go's semicolon-insertion rule.
//!
//! Invariants:
//! - `Lexer` yields `Ok((start, Tok, end))` with byte offsets into the source, in order, and
//!   `Err(LexError)` for each lexical error *in addition* to the best-effort token (a bad string
//!   still yields a `Str`), so the parser can report the error and go on, as gc does.
//! - A semicolon (`Tok::Semi(SemiKind::Newline)`, spanning the `\n`) is inserted at a newline
//!   after an identifier, a literal, `break continue fallthrough return ++ -- ) ] }`; a block
//!   comment containing a newline counts as a newline (the semicolon spans the comment), and at
//!   EOF a `Tok::Semi(SemiKind::Eof)` with an empty span is inserted under the same condition.
//!   An illegal character leaves the insertion state as it was.

use logos::Logos;

/// A lexical error with gc's wording, e.g. `newline in string`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LexError {
    pub start: usize,
    pub end: usize,
    pub message: String,
}

/// Where a semicolon came from; gc's messages name it "semicolon", "newline" or "EOF".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    Explicit,
    Newline,
    Eof,
}

/// A token as the parser sees it.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Ident(String),
    Int(String),
    Float(String),
    Imag(String),
    Rune(u32),
    Str(Vec<u8>),
    Semi(SemiKind),
    // keywords
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
    // operators and punctuation
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    AddAssign,
    SubAssign,
    MulAssign,
    QuoAssign,
    RemAssign,
    AndAssign,
    OrAssign,
    XorAssign,
    ShlAssign,
    ShrAssign,
    AndNotAssign,
    LAnd,
    LOr,
    Arrow,
    Inc,
    Dec,
    Eql,
    Lss,
    Gtr,
    Assign,
    Not,
    Tilde,
    Neq,
    Leq,
    Geq,
    Define,
    Ellipsis,
    LParen,
    RParen,
    LBrack,
    RBrack,
    LBrace,
    RBrace,
    Comma,
    Period,
    Colon,
}

impl Tok {
    /// Whether a newline after this token inserts a semicolon.
    pub fn ends_line(&self) -> bool {
        matches!(
            self,
            Tok::Ident(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Rune(_)
                | Tok::Str(_)
                | Tok::Break
                | Tok::Continue
                | Tok::Fallthrough
                | Tok::Return
                | Tok::Inc
                | Tok::Dec
                | Tok::RParen
                | Tok::RBrack
                | Tok::RBrace
        )
    }
}

/// Raw tokens as logos scans them; literals are decoded by `Lexer`.
#[derive(Logos, Clone, Copy, Debug, PartialEq)]
#[logos(skip r"[ \t\r\f]+")]
enum Raw {
    #[token("\n")]
    Newline,
    #[regex(r"//[^\n]*", allow_greedy = true)]
    LineComment,
    #[regex(r"/\*([^*]|\*+[^*/])*\*+/")]
    BlockComment,
    #[regex(r"/\*([^*]|\*+[^*/])*\**", allow_greedy = true, priority = 0)]
    UnterminatedComment,
    #[regex(r"[\p{L}_][\p{L}\p{Nd}_]*")]
    Ident,
    #[regex(r"[0-9][0-9_]*")]
    #[regex(r"0[xX][0-9a-fA-F_]*")]
    #[regex(r"0[oObB][0-9a-fA-F_]*")]
    Int,
    #[regex(r"[0-9][0-9_]*\.[0-9_]*([eE][+-]?[0-9_]+)?")]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9_]+)?")]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9_]+")]
    #[regex(r"0[xX][0-9a-fA-F_]*(\.[0-9a-fA-F_]*)?[pP][+-]?[0-9_]+")]
    Float,
    #[regex(r"[0-9][0-9_]*i")]
    #[regex(r"0[xX][0-9a-fA-F_]*i")]
    #[regex(r"0[oObB][0-9a-fA-F_]*i")]
    #[regex(r"[0-9][0-9_]*\.[0-9_]*([eE][+-]?[0-9_]+)?i")]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9_]+)?i")]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9_]+i")]
    #[regex(r"0[xX][0-9a-fA-F_]*(\.[0-9a-fA-F_]*)?[pP][+-]?[0-9_]+i")]
    Imag,
    #[regex(r"'([^'\\\n]|\\[^\n])*'")]
    Rune,
    #[regex(r"'([^'\\\n]|\\[^\n])*", priority = 0)]
    UnterminatedRune,
    #[regex(r#""([^"\\\n]|\\[^\n])*""#)]
    Str,
    #[regex(r#""([^"\\\n]|\\[^\n])*"#, priority = 0)]
    UnterminatedStr,
    #[regex(r"`[^`]*`")]
    BackquotedStr,
    #[regex(r"`[^`]*", priority = 0)]
    UnterminatedBackquotedStr,

    #[token("break")]
    Break,
    #[token("case")]
    Case,
    #[token("chan")]
    Chan,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("default")]
    Default,
    #[token("defer")]
    Defer,
    #[token("else")]
    Else,
    #[token("fallthrough")]
    Fallthrough,
    #[token("for")]
    For,
    #[token("func")]
    Func,
    #[token("go")]
    Go,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("interface")]
    Interface,
    #[token("map")]
    Map,
    #[token("package")]
    Package,
    #[token("range")]
    Range,
    #[token("return")]
    Return,
    #[token("select")]
    Select,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("type")]
    Type,
    #[token("var")]
    Var,

    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Mul,
    #[token("/")]
    Quo,
    #[token("%")]
    Rem,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    QuoAssign,
    #[token("%=")]
    RemAssign,
    #[token("&=")]
    AndAssign,
    #[token("|=")]
    OrAssign,
    #[token("^=")]
    XorAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&^=")]
    AndNotAssign,
    #[token("&&")]
    LAnd,
    #[token("||")]
    LOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eql,
    #[token("<")]
    Lss,
    #[token(">")]
    Gtr,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("!=")]
    Neq,
    #[token("<=")]
    Leq,
    #[token(">=")]
    Geq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBrack,
    #[token("]")]
    RBrack,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(".")]
    Period,
    #[token(":")]
    Colon,
}

pub type Spanned = (usize, Tok, usize);

/// The token stream with semicolons inserted; see the module invariants.
pub struct Lexer<'src> {
    src: &'src str,
    raw: logos::SpannedIter<'src, Raw>,
    /// Whether a newline now inserts a semicolon.
    insert_semi: bool,
    /// Items decoded but not yet handed out (an error before its token).
    pending: std::collections::VecDeque<Result<Spanned, LexError>>,
    done: bool,
}

impl<'src> Lexer<'src> {
    pub fn new(src: &'src str) -> Lexer<'src> {
        Lexer::starting_at(src, 0)
    }

    /// The tokens of `src` from byte `start` on (a char boundary), with offsets into `src`.
    pub fn starting_at(src: &'src str, start: usize) -> Lexer<'src> {
        let mut raw = Raw::lexer(src);
        raw.bump(start);
        Lexer {
            src,
            raw: raw.spanned(),
            insert_semi: false,
            pending: Default::default(),
            done: false,
        }
    }

    fn error(&mut self, start: usize, end: usize, message: impl Into<String>) {
        self.pending.push_back(Err(LexError {
            start,
            end,
            message: message.into(),
        }));
    }

    fn push(&mut self, start: usize, tok: Tok, end: usize) {
        self.insert_semi = tok.ends_line();
        self.pending.push_back(Ok((start, tok, end)));
    }

    /// Scans raw tokens until at least one item is pending or the input ends.
    fn fill(&mut self) {
        while self.pending.is_empty() {
            let Some((raw, span)) = self.raw.next() else {
                if !self.done {
                    self.done = true;
                    if self.insert_semi {
                        let n = self.src.len();
                        self.push(n, Tok::Semi(SemiKind::Eof), n);
                    }
                }
                return;
            };
            let (start, end) = (span.start, span.end);
            let text = &self.src[start..end];
            let raw = match raw {
                Ok(raw) => raw,
                Err(()) => {
                    let c = text.chars().next().unwrap_or('\0');
                    if c == '\u{feff}' && start == 0 {
                        // A byte order mark opening the file is ignored, as gc does.
                        continue;
                    }
                    let msg = if c == '\u{feff}' {
                        "invalid BOM in the middle of the file".to_string()
                    } else {
                        format!("invalid character {}", fmt_char_u(c))
                    };
                    self.error(start, end, msg);
                    continue;
                }
            };
            let tok = match raw {
                Raw::Newline => {
                    if self.insert_semi {
                        self.push(start, Tok::Semi(SemiKind::Newline), end);
                    }
                    continue;
                }
                Raw::LineComment => continue,
                Raw::BlockComment => {
                    if self.insert_semi && text.contains('\n') {
                        self.push(start, Tok::Semi(SemiKind::Newline), end);
                    }
                    continue;
                }
                Raw::UnterminatedComment => {
                    self.error(start, start + 2, "comment not terminated");
                    continue;
                }
                Raw::Ident => Tok::Ident(text.to_string()),
                Raw::Int => {
                    self.check_int(start, text);
                    Tok::Int(text.to_string())
                }
                Raw::Float => Tok::Float(text.to_string()),
                Raw::Imag => Tok::Imag(text.to_string()),
                Raw::Rune | Raw::UnterminatedRune => {
                    let terminated = raw == Raw::Rune;
                    let body = if terminated {
                        &text[1..text.len() - 1]
                    } else {
                        &text[1..]
                    };
                    let (bytes, errs) = decode_escapes(body, start + 1, '\'', terminated);
                    let had_escape_error = !errs.is_empty();
                    for (s, e, m) in errs {
                        self.error(s, e, m);
                    }
                    let s = String::from_utf8_lossy(&bytes).into_owned();
                    let mut chars = body_runes(body, &bytes, &s);
                    if had_escape_error {
                    } else if !terminated {
                        self.error(start, start, "newline in rune literal");
                    } else if chars.is_empty() {
                        self.error(start + 1, start + 1, "empty rune literal or unescaped '");
                    } else if chars.len() > 1 {
                        self.error(start, start, "more than one character in rune literal");
                    }
                    Tok::Rune(if chars.is_empty() { 0 } else { chars.remove(0) })
                }
                Raw::Str | Raw::UnterminatedStr => {
                    let terminated = raw == Raw::Str;
                    let body = if terminated {
                        &text[1..text.len() - 1]
                    } else {
                        &text[1..]
                    };
                    let (bytes, errs) = decode_escapes(body, start + 1, '"', terminated);
                    for (s, e, m) in errs {
                        self.error(s, e, m);
                    }
                    if !terminated {
                        let msg = if end < self.src.len() {
                            "newline in string"
                        } else {
                            "string literal not terminated"
                        };
                        self.error(end, end, msg);
                    }
                    Tok::Str(bytes)
                }
                Raw::BackquotedStr | Raw::UnterminatedBackquotedStr => {
                    let terminated = raw == Raw::BackquotedStr;
                    let body = if terminated {
                        &text[1..text.len() - 1]
                    } else {
                        &text[1..]
                    };
                    if !terminated {
                        self.error(start, start, "raw string literal not terminated");
                    }
                    Tok::Str(body.bytes().filter(|&b| b != b'\r').collect())
                }
                Raw::Break => Tok::Break,
                Raw::Case => Tok::Case,
                Raw::Chan => Tok::Chan,
                Raw::Const => Tok::Const,
                Raw::Continue => Tok::Continue,
                Raw::Default => Tok::Default,
                Raw::Defer => Tok::Defer,
                Raw::Else => Tok::Else,
                Raw::Fallthrough => Tok::Fallthrough,
                Raw::For => Tok::For,
                Raw::Func => Tok::Func,
                Raw::Go => Tok::Go,
                Raw::Goto => Tok::Goto,
                Raw::If => Tok::If,
                Raw::Import => Tok::Import,
                Raw::Interface => Tok::Interface,
                Raw::Map => Tok::Map,
                Raw::Package => Tok::Package,
                Raw::Range => Tok::Range,
                Raw::Return => Tok::Return,
                Raw::Select => Tok::Select,
                Raw::Struct => Tok::Struct,
                Raw::Switch => Tok::Switch,
                Raw::Type => Tok::Type,
                Raw::Var => Tok::Var,
                Raw::Add => Tok::Add,
                Raw::Sub => Tok::Sub,
                Raw::Mul => Tok::Mul,
                Raw::Quo => Tok::Quo,
                Raw::Rem => Tok::Rem,
                Raw::And => Tok::And,
                Raw::Or => Tok::Or,
                Raw::Xor => Tok::Xor,
                Raw::Shl => Tok::Shl,
                Raw::Shr => Tok::Shr,
                Raw::AndNot => Tok::AndNot,
                Raw::AddAssign => Tok::AddAssign,
                Raw::SubAssign => Tok::SubAssign,
                Raw::MulAssign => Tok::MulAssign,
                Raw::QuoAssign => Tok::QuoAssign,
                Raw::RemAssign => Tok::RemAssign,
                Raw::AndAssign => Tok::AndAssign,
                Raw::OrAssign => Tok::OrAssign,
                Raw::XorAssign => Tok::XorAssign,
                Raw::ShlAssign => Tok::ShlAssign,
                Raw::ShrAssign => Tok::ShrAssign,
                Raw::AndNotAssign => Tok::AndNotAssign,
                Raw::LAnd => Tok::LAnd,
                Raw::LOr => Tok::LOr,
                Raw::Arrow => Tok::Arrow,
                Raw::Inc => Tok::Inc,
                Raw::Dec => Tok::Dec,
                Raw::Eql => Tok::Eql,
                Raw::Lss => Tok::Lss,
                Raw::Gtr => Tok::Gtr,
                Raw::Assign => Tok::Assign,
                Raw::Not => Tok::Not,
                Raw::Tilde => Tok::Tilde,
                Raw::Neq => Tok::Neq,
                Raw::Leq => Tok::Leq,
                Raw::Geq => Tok::Geq,
                Raw::Define => Tok::Define,
                Raw::Ellipsis => Tok::Ellipsis,
                Raw::LParen => Tok::LParen,
                Raw::RParen => Tok::RParen,
                Raw::LBrack => Tok::LBrack,
                Raw::RBrack => Tok::RBrack,
                Raw::LBrace => Tok::LBrace,
                Raw::RBrace => Tok::RBrace,
                Raw::Comma => Tok::Comma,
                Raw::Semi => Tok::Semi(SemiKind::Explicit),
                Raw::Period => Tok::Period,
                Raw::Colon => Tok::Colon,
            };
            self.push(start, tok, end);
        }
    }

    /// Reports gc's errors for malformed integer literals (`invalid digit '8' in octal literal`).
    fn check_int(&mut self, start: usize, text: &str) {
        let lower = text.to_ascii_lowercase();
        let (digits, base, name, prefix) = if let Some(d) = lower.strip_prefix("0x") {
            (d, 16, "hexadecimal", 2)
        } else if let Some(d) = lower.strip_prefix("0b") {
            (d, 2, "binary", 2)
        } else if let Some(d) = lower.strip_prefix("0o") {
            (d, 8, "octal", 2)
        } else if lower.len() > 1 && lower.starts_with('0') {
            (&lower[1..], 8, "octal", 1)
        } else {
            (&lower[..], 10, "decimal", 0)
        };
        for (i, c) in digits.char_indices() {
            if c != '_' && !c.is_digit(base) {
                self.error(
                    start + prefix + i,
                    start + prefix + i + 1,
                    format!("invalid digit '{c}' in {name} literal"),
                );
                return;
            }
        }
        if prefix == 2 && !digits.chars().any(|c| c != '_') {
            self.error(
                start + text.len(),
                start + text.len(),
                format!("{name} literal has no digits"),
            );
            return;
        }
        // `_` must separate digits (a base prefix counts as a digit), as gc's `invalidSep`.
        let b = text.as_bytes();
        for i in 0..b.len() {
            if b[i] == b'_' && (i == 0 || !(b[i - 1].is_ascii_alphanumeric())) {
                self.error(
                    start + i,
                    start + i + 1,
                    "'_' must separate successive digits",
                );
                return;
            }
        }
        if b.last() == Some(&b'_') {
            self.error(
                start + b.len() - 1,
                start + b.len(),
                "'_' must separate successive digits",
            );
        }
    }
}

/// `U+0040 '@'`, as Go's `%#U` prints it.
fn fmt_char_u(c: char) -> String {
    if c.is_control() {
        format!("U+{:04X}", c as u32)
    } else {
        format!("U+{:04X} '{}'", c as u32, c)
    }
}

/// The runes of a rune literal body: a single escape decodes to one value (`\xff` is 255,
/// not a byte), otherwise the decoded text's characters.
fn body_runes(body: &str, bytes: &[u8], decoded: &str) -> Vec<u32> {
    if body.starts_with('\\') {
        // One escape: \x, octal and \u give a code point directly.
        let b = body.as_bytes();
        if b.len() >= 2 && (b[1] == b'x' || b[1].is_ascii_digit()) {
            // A byte escape is the code point of that byte value.
            if body.len() == 4 && bytes.len() == 1 {
                return vec![bytes[0] as u32];
            }
        }
    }
    decoded.chars().map(|c| c as u32).collect()
}

/// Decodes the escapes of a string or rune literal body. Returns the bytes and the errors as
/// `(start, end, message)` with absolute offsets (`base` is the body's offset).
fn decode_escapes(
    body: &str,
    base: usize,
    quote: char,
    terminated: bool,
) -> (Vec<u8>, Vec<(usize, usize, String)>) {
    let mut out = Vec::with_capacity(body.len());
    let mut errs = Vec::new();
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            let c = body[i..].chars().next().unwrap();
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            i += c.len_utf8();
            continue;
        }
        let at = base + i;
        let Some(&e) = b.get(i + 1) else {
            errs.push((at, at + 1, "escape sequence not terminated".to_string()));
            break;
        };
        i += 2;
        let simple = match e {
            b'a' => Some(7u8),
            b'b' => Some(8),
            b'f' => Some(12),
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            b'v' => Some(11),
            b'\\' => Some(b'\\'),
            _ => None,
        };
        if let Some(v) = simple {
            out.push(v);
            continue;
        }
        if e as char == quote {
            out.push(e);
            continue;
        }
        let (n, radix, max) = match e {
            b'0'..=b'7' => (3, 8, 255u32),
            b'x' => (2, 16, 255),
            b'u' => (4, 16, 0x10FFFF),
            b'U' => (8, 16, 0x10FFFF),
            _ => {
                errs.push((at + 1, at + 2, "unknown escape".to_string()));
                // Skip the whole (possibly multi-byte) character after the backslash.
                i += body[i - 1..].chars().next().map_or(1, char::len_utf8) - 1;
                continue;
            }
        };
        let digits_start = if e.is_ascii_digit() { i - 1 } else { i };
        // At most `n` characters (not bytes: a multi-byte one is an invalid digit).
        let digits_end = body[digits_start..]
            .char_indices()
            .nth(n)
            .map_or(body.len(), |(j, _)| digits_start + j);
        let digits = &body[digits_start..digits_end];
        let kind = if radix == 8 { "octal" } else { "hexadecimal" };
        if let Some((j, c)) = digits.char_indices().find(|(_, c)| !c.is_digit(radix)) {
            let p = base + digits_start + j;
            errs.push((
                p,
                p + c.len_utf8(),
                format!("invalid character {c:?} in {kind} escape"),
            ));
            i = digits_start + j;
            continue;
        }
        if digits.len() < n {
            if terminated {
                // The closing quote came where a digit was due.
                let p = base + body.len();
                errs.push((
                    p,
                    p + 1,
                    format!("invalid character {quote:?} in {kind} escape"),
                ));
            } else {
                errs.push((at, at + 2, "escape sequence not terminated".to_string()));
            }
            i = digits_start + digits.len();
            continue;
        }
        i = digits_start + n;
        let v = u32::from_str_radix(digits, radix).unwrap();
        if v > max {
            let p = base + i;
            let msg = if radix == 8 {
                format!("octal escape value {v} > 255")
            } else {
                format!(
                    "escape is invalid Unicode code point {}",
                    fmt_char_u(char::from_u32(v).unwrap_or('?'))
                )
            };
            errs.push((p, p + 1, msg));
            continue;
        }
        if e == b'u' || e == b'U' {
            match char::from_u32(v) {
                Some(c) => {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                None => errs.push((
                    at,
                    at + 2,
                    format!("escape is invalid Unicode code point U+{v:04X}"),
                )),
            }
        } else {
            out.push(v as u8);
        }
    }
    (out, errs)
}

impl<'src> Iterator for Lexer<'src> {
    type Item = Result<Spanned, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.fill();
        self.pending.pop_front()
    }
}

/// All tokens of `src` (errors dropped); handy for tests.
pub fn tokens(src: &str) -> Vec<Tok> {
    Lexer::new(src)
        .filter_map(|r| r.ok())
        .map(|(_, t, _)| t)
        .collect()
}
