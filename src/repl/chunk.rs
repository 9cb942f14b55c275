//! Reading REPL input with Go's own lexer: whether an input is complete (so the prompt asks
//! for another line), and splitting a complete input into its top-level items.
//!
//! Invariants:
//! - An input is complete when every bracket is closed, no literal or comment is open, and
//!   its last token ends a line (Go would insert a semicolon there) — or it holds no token.
//! - `split` covers every token of the input exactly once; an item's byte range runs from
//!   its first token to the end of its last one (the separating semicolon excluded).

use lang::lexer::{Lexer, Tok};

/// What a top-level item of an input is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Import,
    /// `func f…`: the function's name.
    Func(String),
    /// `func (r T) m…`: `T.m`.
    Method(String),
    /// `type …`: the names declared.
    Type(Vec<String>),
    /// `const …`: the names declared.
    Const(Vec<String>),
    /// `var …` at the prompt: a statement declaring session variables.
    Var,
    /// Any other statement (including a bare expression).
    Stmt,
}

impl Kind {
    /// The package-level names this item declares (methods as `T.m`).
    pub fn names(&self) -> Vec<String> {
        match self {
            Kind::Func(n) | Kind::Method(n) => vec![n.clone()],
            Kind::Type(ns) | Kind::Const(ns) => ns.clone(),
            Kind::Import | Kind::Var | Kind::Stmt => Vec::new(),
        }
    }

    /// Declarations joining the session's package scope (not run).
    pub fn is_decl(&self) -> bool {
        matches!(
            self,
            Kind::Func(_) | Kind::Method(_) | Kind::Type(_) | Kind::Const(_)
        )
    }
}

/// One top-level item: its kind and byte range in the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

type Token = (usize, Tok, usize);

fn tokens(src: &str) -> (Vec<Token>, bool) {
    let mut out = Vec::new();
    let mut lex_error = false;
    for t in Lexer::new(src) {
        match t {
            Ok(t) => out.push(t),
            Err(_) => lex_error = true,
        }
    }
    (out, lex_error)
}

/// Whether `src` is a complete input (see the module invariants); an input with a lexical
/// error other than an unterminated literal or comment is complete (so the error shows).
pub fn is_complete(src: &str) -> bool {
    let mut depth = 0i64;
    let mut last = None;
    for t in Lexer::new(src) {
        match t {
            Ok((_, tok, _)) => {
                match tok {
                    Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
                    Tok::RParen | Tok::RBrack | Tok::RBrace => depth -= 1,
                    _ => {}
                }
                last = Some(tok);
            }
            Err(e) if e.message.contains("not terminated") => return false,
            Err(_) => return true,
        }
    }
    if depth > 0 {
        return false;
    }
    match last {
        None => true,
        Some(Tok::Semi(_)) => true,
        Some(tok) => tok.ends_line(),
    }
}

/// The first closing bracket that closes nothing (`}` typed at the prompt): its byte range.
pub fn unmatched_close(src: &str) -> Option<(usize, usize)> {
    let mut depth = 0i64;
    for (start, tok, end) in tokens(src).0 {
        match tok {
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => {
                depth -= 1;
                if depth < 0 {
                    return Some((start, end));
                }
            }
            _ => {}
        }
    }
    None
}

/// Splits a complete input into its top-level items.
pub fn split(src: &str) -> Vec<Item> {
    let (toks, _) = tokens(src);
    let mut items = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if matches!(toks[i].1, Tok::Semi(_)) {
            i += 1;
            continue;
        }
        let first = i;
        let mut depth = 0i64;
        // A `for`/`if`/`switch` header's semicolons come before its body's `{`.
        let mut in_header = matches!(toks[i].1, Tok::For | Tok::If | Tok::Switch);
        while i < toks.len() {
            match toks[i].1 {
                Tok::LBrace if depth == 0 => {
                    in_header = false;
                    depth += 1;
                }
                Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
                Tok::RParen | Tok::RBrack | Tok::RBrace => depth -= 1,
                Tok::Semi(_) if depth <= 0 && !in_header => break,
                _ => {}
            }
            i += 1;
        }
        let item = &toks[first..i];
        items.push(Item {
            kind: classify(item),
            start: item[0].0,
            end: item[item.len() - 1].2,
        });
    }
    items
}

/// The statements of `src` that are expression lists (`v, ok` typed to see both values):
/// their byte ranges. Go has no such statement; the prompt prints the values.
pub fn expression_lists(src: &str, items: &[Item]) -> Vec<(usize, usize)> {
    let (toks, _) = tokens(src);
    items
        .iter()
        .filter(|item| item.kind == Kind::Stmt)
        .filter(|item| {
            let toks: Vec<&Tok> = toks
                .iter()
                .filter(|(s, _, e)| item.start <= *s && *e <= item.end)
                .map(|(_, t, _)| t)
                .collect();
            let statement_keyword = matches!(
                toks.first(),
                Some(
                    Tok::Go
                        | Tok::Defer
                        | Tok::Return
                        | Tok::For
                        | Tok::If
                        | Tok::Switch
                        | Tok::Select
                        | Tok::Case
                        | Tok::Default
                        | Tok::Goto
                        | Tok::Break
                        | Tok::Continue
                        | Tok::Fallthrough
                )
            );
            let mut depth = 0i64;
            let mut comma = false;
            for t in &toks {
                match t {
                    Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
                    Tok::RParen | Tok::RBrack | Tok::RBrace => depth -= 1,
                    Tok::Comma if depth == 0 => comma = true,
                    Tok::Assign
                    | Tok::Define
                    | Tok::AddAssign
                    | Tok::SubAssign
                    | Tok::MulAssign
                    | Tok::QuoAssign
                    | Tok::RemAssign
                    | Tok::AndAssign
                    | Tok::OrAssign
                    | Tok::XorAssign
                    | Tok::ShlAssign
                    | Tok::ShrAssign
                    | Tok::AndNotAssign
                    | Tok::Inc
                    | Tok::Dec
                    | Tok::Colon
                        if depth == 0 =>
                    {
                        return false
                    }
                    _ => {}
                }
            }
            comma && !statement_keyword
        })
        .map(|item| (item.start, item.end))
        .collect()
}

fn ident(t: Option<&Token>) -> Option<String> {
    match t {
        Some((_, Tok::Ident(n), _)) => Some(n.clone()),
        _ => None,
    }
}

fn classify(item: &[Token]) -> Kind {
    match item[0].1 {
        Tok::Import => Kind::Import,
        Tok::Var => Kind::Var,
        Tok::Type => Kind::Type(spec_names(item)),
        Tok::Const => Kind::Const(spec_names(item)),
        Tok::Func => {
            if let Some(name) = ident(item.get(1)) {
                return Kind::Func(name);
            }
            // `func (recv) name(` is a method; `func (params) …` a function literal.
            let Some(close) = matching_paren(item, 1) else {
                return Kind::Stmt;
            };
            match (ident(item.get(close + 1)), item.get(close + 2)) {
                (Some(name), Some((_, Tok::LParen, _))) => {
                    let recv = item[2..close].iter().rev().find_map(|t| ident(Some(t)));
                    Kind::Method(format!("{}.{name}", recv.unwrap_or_default()))
                }
                _ => Kind::Stmt,
            }
        }
        _ => Kind::Stmt,
    }
}

/// Index of the `)` closing the `(` at `open`.
fn matching_paren(item: &[Token], open: usize) -> Option<usize> {
    if !matches!(item.get(open), Some((_, Tok::LParen, _))) {
        return None;
    }
    let mut depth = 0;
    for (i, t) in item.iter().enumerate().skip(open) {
        match t.1 {
            Tok::LParen => depth += 1,
            Tok::RParen => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The names a `type`/`const` declaration (single or grouped) declares.
fn spec_names(item: &[Token]) -> Vec<String> {
    let grouped = matches!(item.get(1), Some((_, Tok::LParen, _)));
    if !grouped {
        let mut names = Vec::new();
        let mut i = 1;
        while let Some(n) = ident(item.get(i)) {
            names.push(n);
            if !matches!(item.get(i + 1), Some((_, Tok::Comma, _))) {
                break;
            }
            i += 2;
        }
        return names;
    }
    let mut names = Vec::new();
    let mut depth = 0;
    // At a spec's start a name is expected; after a name, a comma expects another.
    let (mut expect_name, mut after_name) = (false, false);
    for t in &item[1..] {
        let (expect, after) = match &t.1 {
            Tok::LParen | Tok::LBrack | Tok::LBrace => {
                depth += 1;
                (depth == 1, false)
            }
            Tok::RParen | Tok::RBrack | Tok::RBrace => {
                depth -= 1;
                (false, false)
            }
            Tok::Semi(_) if depth == 1 => (true, false),
            Tok::Ident(n) if depth == 1 && expect_name => {
                names.push(n.clone());
                (false, true)
            }
            Tok::Comma if depth == 1 && after_name => (true, false),
            _ => (false, false),
        };
        (expect_name, after_name) = (expect, after);
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completeness_follows_brackets_and_semicolons() {
        assert!(is_complete("x := 1"));
        assert!(is_complete(""));
        assert!(!is_complete("for i := 0; i < 3; i++ {"));
        assert!(!is_complete("x := 1 +"));
        assert!(!is_complete("s := `raw"));
        assert!(is_complete("func f() {\n}"));
        assert_eq!(unmatched_close("f(x))"), Some((4, 5)));
        assert_eq!(unmatched_close("{}"), None);
    }

    #[test]
    fn items_are_classified() {
        assert_eq!(
            split("for i := 0; i < 3; i++ {\n}\nif x := 1; x > 0 {}").len(),
            2
        );
        let kinds: Vec<Kind> = split(
            "import \"fmt\"\nfunc f() {}\nfunc (t *T) M() {}\nfunc() {}()\ntype (A int; B string)\nconst c, d = 1, 2\nvar x int\nx++",
        )
        .into_iter()
        .map(|i| i.kind)
        .collect();
        assert_eq!(
            kinds,
            vec![
                Kind::Import,
                Kind::Func("f".into()),
                Kind::Method("T.M".into()),
                Kind::Stmt,
                Kind::Type(vec!["A".into(), "B".into()]),
                Kind::Const(vec!["c".into(), "d".into()]),
                Kind::Var,
                Kind::Stmt,
            ]
        );
    }
}
