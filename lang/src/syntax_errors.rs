//! gc's wording of syntax errors: turns a lalrpop `ParseError` (the token it stopped at and the
//! terminals it expected) into the message `go build` prints, e.g. `syntax error: unexpected
//! newline, expecting { after if clause`.
//!
//! Invariants:
//! - Pure: reads the source text and the token list; records nothing. Which errors are kept
//!   (one per line, none at EOF after another) is decided by the caller, `parser::Ctx`.
//! - The rules are tried in order and the first match wins, so a more specific rule (a named
//!   construct, a statement header) must stay above the general ones at the end.

use lalrpop_util::ParseError;

use crate::ast::Span;
use crate::diag::Diagnostic;
use crate::lexer::{LexError, SemiKind, Tok};

/// gc's name for a token in `unexpected X`.
fn describe(src: &str, tok: &Tok, l: usize, r: usize) -> String {
    let text = src.get(l..r).unwrap_or("");
    match tok {
        Tok::Ident(s) => s.clone(),
        Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Rune(_) | Tok::Str(_) => {
            format!("literal {text}")
        }
        Tok::Semi(SemiKind::Explicit) => "semicolon".into(),
        Tok::Semi(SemiKind::Newline) => "newline".into(),
        Tok::Semi(SemiKind::Eof) => "EOF".into(),
        Tok::Comma => "comma".into(),
        _ => text.to_string(),
    }
}

/// The gc wording (and position) of one syntax error. `tokens` are all tokens the parser was
/// fed, used to look at what came before the error. (Every error currently gets a message.)
pub(crate) fn syntax_error(
    src: &str,
    tokens: &[(usize, Tok, usize)],
    err: &ParseError<usize, Tok, LexError>,
) -> Option<Diagnostic> {
    let (mut span, tok, expected) = match err {
        ParseError::UnrecognizedToken {
            token: (l, t, r),
            expected,
        } => {
            let span = if matches!(t, Tok::Semi(SemiKind::Eof)) {
                Span::new(*l, *l)
            } else {
                Span::new(*l, *r)
            };
            (span, describe(src, t, *l, *r), expected.clone())
        }
        ParseError::UnrecognizedEof { expected, .. } => (
            Span::new(src.len(), src.len()),
            "EOF".to_string(),
            expected.clone(),
        ),
        ParseError::ExtraToken { token: (l, t, r) } => {
            (Span::new(*l, *r), describe(src, t, *l, *r), vec![])
        }
        ParseError::InvalidToken { location } => {
            (Span::new(*location, *location), "token".to_string(), vec![])
        }
        ParseError::User { error } => {
            return Some(Diagnostic::new(
                Span::new(error.start, error.end),
                error.message.clone(),
            ));
        }
    };
    let has = |t: &str| expected.iter().any(|e| e.trim_matches('"') == t);
    let expr_start = has("Ident") && has("Int") && has("func");
    let binop = has("+") && has("==") && has("||");
    // The token index of the error, to look at what came before it.
    let idx = tokens.partition_point(|t| (t.0 as u32) < span.start);
    let prev = |k: usize| if idx >= k { tokens.get(idx - k) } else { None };
    // The `if`/`for`/`switch` whose header we are in, if any: scan back to the last statement
    // keyword without crossing a brace.
    let header = || {
        let mut i = idx;
        while i > 0 {
            i -= 1;
            match &tokens[i].1 {
                Tok::If => return Some(("if", i)),
                Tok::For => return Some(("for", i)),
                Tok::Switch => return Some(("switch", i)),
                Tok::LBrace | Tok::RBrace => return None,
                _ => {}
            }
        }
        None
    };
    let at_brace = tok == "{";
    let msg = if tok == "EOF" && has("}") {
        "syntax error: unexpected EOF, expecting }".to_string()
    } else if has("package") && expected.len() == 1 {
        "syntax error: package statement must be first".to_string()
    } else if has("func") && has("type") && has("var") && has("const") && !has("if") && !has("(") {
        if tok == "EOF" {
            "syntax error: unexpected EOF".to_string()
        } else if at_brace && matches!(prev(1), Some((_, Tok::Semi(SemiKind::Newline), _))) {
            "syntax error: unexpected semicolon or newline before {".to_string()
        } else {
            "syntax error: non-declaration statement outside function body".to_string()
        }
    } else if at_brace && expr_start && matches!(prev(1), Some((_, Tok::If, _))) {
        "syntax error: missing condition in if statement".to_string()
    } else if at_brace
        && expr_start
        && header().is_some()
        && matches!(prev(1), Some((_, Tok::Semi(SemiKind::Newline), _)))
    {
        let (kw, _) = header().unwrap();
        let nl = prev(1).unwrap();
        span = Span::new(nl.0, nl.2);
        format!("syntax error: unexpected newline, expecting {{ after {kw} clause")
    } else if at_brace && has(";") && matches!(header(), Some(("if", _))) {
        let (_, k) = header().unwrap();
        let start = tokens.get(k + 1).map_or(span.start as usize, |t| t.0);
        let text = src[start..span.start as usize].trim();
        let op = tokens[k + 1..idx].iter().find(|t| {
            matches!(
                t.1,
                Tok::Define | Tok::Assign | Tok::Inc | Tok::Dec | Tok::Arrow
            ) || matches!(
                t.1,
                Tok::AddAssign | Tok::SubAssign | Tok::MulAssign | Tok::QuoAssign
            )
        });
        span = match op {
            Some(t) => Span::new(t.0, t.2),
            None => Span::new(start, start + text.len()),
        };
        format!("syntax error: cannot use {text} as value")
    } else if has("{") && !at_brace && tok != "newline" && tok != "EOF" && header().is_some() {
        // the end of an if/for/switch header: gc's header() wants `{` after a lone simple
        // statement; after `init;` the clause is complete and the block's `{` is missing
        let (kw, k) = header().unwrap();
        let semi = tokens[k + 1..idx]
            .iter()
            .any(|t| matches!(t.1, Tok::Semi(_)));
        if !semi {
            format!("syntax error: unexpected {tok}, expecting {{")
        } else if kw == "switch" {
            "syntax error: missing { after switch clause".to_string()
        } else {
            format!("syntax error: unexpected {tok}, expecting {{ after {kw} clause")
        }
    } else if tok == "newline" && has(",") && has("}") {
        "syntax error: unexpected newline in composite literal; possibly missing comma or }"
            .to_string()
    } else if tok == "newline" && has(",") && has(")") && has("...") {
        "syntax error: unexpected newline in argument list; possibly missing comma or )".to_string()
    } else if has(",") && has(")") && has("...") {
        format!("syntax error: unexpected {tok} in argument list; possibly missing comma or )")
    } else if has(",") && has(")") {
        format!("syntax error: unexpected {tok} in parameter list; possibly missing comma or )")
    } else if has(",") && has("}") && has(":") {
        format!("syntax error: unexpected {tok} in composite literal; possibly missing comma or }}")
    } else if has(";") && has("}") && has("Str") && !expr_start {
        format!("syntax error: unexpected {tok} in struct type; possibly missing semicolon or newline or }}")
    } else if has(";") && has("}") && has("|") && !binop {
        format!("syntax error: unexpected {tok} in interface type; possibly missing semicolon or newline or }}")
    } else if has(";") && has("}") {
        format!("syntax error: unexpected {tok} at end of statement")
    } else if has(";") && binop {
        format!("syntax error: unexpected {tok}, expecting semicolon or newline")
    } else if has(",") && has(":") && has("]") {
        format!("syntax error: unexpected {tok}, expecting comma, : or ]")
    } else if has(",") && has("]") {
        format!("syntax error: unexpected {tok}, expecting comma or ]")
    } else if has(",") && has(":") {
        format!("syntax error: unexpected {tok}, expecting :")
    } else if at_brace && has("(") && !has("{") && has("==") {
        format!("syntax error: unexpected {tok}")
    } else if has("{") && !has(";") && binop {
        match header() {
            Some((kw, _)) => {
                format!("syntax error: unexpected {tok}, expecting {{ after {kw} clause")
            }
            None => format!("syntax error: unexpected {tok}, expecting {{"),
        }
    } else if expr_start {
        format!("syntax error: unexpected {tok}, expecting expression")
    } else if expected.len() == 1 || (expected.len() == 2 && has("||")) {
        let e = expected
            .iter()
            .find(|e| e.trim_matches('"') != "||")
            .unwrap()
            .trim_matches('"');
        let e = match e {
            "Ident" => "name",
            "," => "comma",
            ";" => "semicolon or newline",
            "Str" => "literal",
            e => e,
        };
        match header() {
            _ if e == "{" && matches!(prev(1), Some((_, Tok::Select, _))) => {
                "syntax error: missing { after select clause".to_string()
            }

            _ => format!("syntax error: unexpected {tok}, expecting {e}"),
        }
    } else if has("Ident") && expected.len() <= 3 {
        format!("syntax error: unexpected {tok}, expecting name")
    } else {
        format!("syntax error: unexpected {tok}")
    };
    Some(Diagnostic::new(span, msg))
}
