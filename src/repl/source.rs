//! The Go file an input is compiled as, and the text edits of the second pass.
//!
//! Layout of the file (`build`): line 1 holds the package clause, the imports and
//! `func main() {` followed directly by the input's statements, so an input's line `n` is
//! the file's line `n`; then the input's own declarations (the same text with everything
//! else blanked; its `var` statements too when it has declarations), each earlier
//! declaration of the session, and the session's variables.
//!
//! Invariants:
//! - Blanking replaces every byte but newlines by a space, so offsets and lines inside the
//!   input's copies are the input's own (`to_input`); every compiled line is mapped back to
//!   the line it was typed on (`fix_lines`).
//! - `apply` performs edits from the end of the text backwards; edits never overlap (inserts
//!   are empty ranges), so each edit's offsets are those of the original text.

use super::chunk::{Item, Kind};
use super::session::{SessionDecl, SessionVar};
use lang::ast::Span;
use lang::lexer::{Lexer, Tok};

/// What a printed bare expression is wrapped in.
pub const PRINT: &str = "fmt.Println(";

/// A byte range of the input.
pub type Region = (usize, usize);

/// A compiled file, with where the input's copies lie and how its lines map back.
pub struct SessionSource {
    pub text: String,
    body: Region,
    decls: Region,
    /// The input's own import declarations in the file's first line: (where, where typed).
    imports: Vec<(Region, usize)>,
    /// Where each earlier declaration of the session lies: (where, index in the session's).
    session_decls: Vec<(Region, usize)>,
    /// (first line, last line, line typed on of the first line).
    pub regions: Vec<(u32, u32, u32)>,
}

impl SessionSource {
    /// The span in the input's text of a span inside one of its copies; a span after the
    /// input's statements (the closing brace of `main`) is the input's end.
    pub fn clamped_to_input(&self, span: Span) -> Span {
        self.to_input(span).unwrap_or_else(|| {
            let end = (self.body.1 - self.body.0) as u32;
            Span { start: end, end }
        })
    }

    /// The earlier declaration a span lies in: (its index in the session's, the span in its
    /// text).
    pub fn in_session_decl(&self, span: Span) -> Option<(usize, Span)> {
        let (s, e) = (span.start as usize, span.end as usize);
        self.session_decls
            .iter()
            .find(|((start, end), _)| *start <= s && e <= *end)
            .map(|&((start, _), i)| {
                let start = start as u32;
                (
                    i,
                    Span {
                        start: span.start - start,
                        end: span.end - start,
                    },
                )
            })
    }

    /// The span in the input's text of a span inside one of its copies.
    pub fn to_input(&self, span: Span) -> Option<Span> {
        let (s, e) = (span.start as usize, span.end as usize);
        [(self.body, 0), (self.decls, 0)]
            .into_iter()
            .chain(self.imports.iter().copied())
            .find(|&((start, end), _)| start <= s && e <= end)
            .map(|((start, _), typed)| Span {
                start: (s - start + typed) as u32,
                end: (e - start + typed) as u32,
            })
    }
}

/// `text` with every byte but newlines replaced by a space.
pub fn blank(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c == '\n' {
                "\n".to_string()
            } else {
                " ".repeat(c.len_utf8())
            }
        })
        .collect()
}

/// `input` with every item `keep` rejects blanked, and the text between items too except
/// the `;` separators: all of them between statements (`all_semicolons`, an empty statement
/// is allowed), else only the first after a kept item (it ends that declaration).
fn keep_items(
    input: &str,
    items: &[Item],
    all_semicolons: bool,
    keep: impl Fn(&Kind) -> bool,
) -> String {
    let gap = |text: &str, after_kept: bool| {
        let mut kept_one = false;
        text.split(';')
            .map(blank)
            .collect::<Vec<_>>()
            .iter()
            .enumerate()
            .map(|(i, part)| {
                let sep = if i == 0 {
                    ""
                } else if all_semicolons || (after_kept && !kept_one) {
                    kept_one = true;
                    ";"
                } else {
                    " "
                };
                format!("{sep}{part}")
            })
            .collect::<String>()
    };
    let mut out = String::with_capacity(input.len());
    let mut at = 0;
    let mut after_kept = false;
    for item in items {
        out.push_str(&gap(&input[at..item.start], after_kept));
        let text = &input[item.start..item.end];
        after_kept = keep(&item.kind);
        out.push_str(&if after_kept {
            text.to_string()
        } else {
            blank(text)
        });
        at = item.end;
    }
    out.push_str(&gap(&input[at..], after_kept));
    out
}

fn lines(text: &str) -> u32 {
    text.matches('\n').count() as u32
}

/// Whether a session declaration is replaced by the names `declared` (a redeclared type
/// takes its methods along).
pub fn decl_replaced(names: &[String], declared: &[String]) -> bool {
    names.iter().any(|n| {
        declared.contains(n)
            || n.split_once('.')
                .is_some_and(|(t, _)| declared.iter().any(|d| d == t))
    })
}

/// Whether a session variable is replaced by the declarations `declared` or the new
/// variables `new_vars` (a variable whose type mentions a redeclared name goes too).
pub fn var_replaced(v: &SessionVar, declared: &[String], new_vars: &[String]) -> bool {
    let mentions = |name: &String| {
        v.typ
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
            .any(|w| w == name)
    };
    declared.contains(&v.name) || new_vars.contains(&v.name) || declared.iter().any(mentions)
}

/// The file for `input` (split into `items`) in a session with these declarations and
/// variables: `declared` and `new_names` are the names the input's declarations and new
/// variables replace, `extra_vars` more variables to declare (second pass).
pub fn build(
    session: (&[SessionDecl], &[SessionVar]),
    input: &str,
    items: &[Item],
    declared: &[String],
    new_names: &[String],
    imports: &[String],
    extra_vars: &[SessionVar],
) -> SessionSource {
    let mut text = String::from("package main; ");
    let mut own_imports = Vec::new();
    for i in imports {
        let typed = items
            .iter()
            .find(|it| it.kind == Kind::Import && &input[it.start..it.end] == i);
        if let Some(it) = typed {
            own_imports.push(((text.len(), text.len() + i.len()), it.start));
        }
        text.push_str(i);
        text.push_str("; ");
    }
    text.push_str("func main() {");
    let body_start = text.len();
    // An input with declarations (a file given to `:load`) may use its `var`s in them: they
    // are package-level declarations in the first pass then, not locals of `main`.
    let vars_in_main = !items.iter().any(|i| i.kind.is_decl());
    text.push_str(&keep_items(input, items, true, |k| {
        *k == Kind::Stmt || (vars_in_main && *k == Kind::Var)
    }));
    let body = (body_start, text.len());
    let mut regions = vec![(1, 1 + lines(input), 1)];
    text.push_str("\n}\n");
    let decl_line = 1 + lines(&text);
    let decls_start = text.len();
    text.push_str(&keep_items(input, items, false, |k| {
        k.is_decl() || (!vars_in_main && *k == Kind::Var)
    }));
    let decls = (decls_start, text.len());
    regions.push((decl_line, decl_line + lines(input), 1));
    text.push('\n');
    let (session_decls, session_vars) = session;
    let mut decl_spans = Vec::new();
    for (i, d) in session_decls.iter().enumerate() {
        if decl_replaced(&d.names, declared) || decl_replaced(&d.names, new_names) {
            continue;
        }
        let first = 1 + lines(&text);
        decl_spans.push(((text.len(), text.len() + d.text.len()), i));
        text.push_str(&d.text);
        regions.push((first, first + lines(&d.text), d.line));
        text.push('\n');
    }
    for v in session_vars
        .iter()
        .filter(|v| !var_replaced(v, declared, new_names))
        .chain(extra_vars)
    {
        text.push_str(&format!("var {} {}\n", v.name, v.typ));
    }
    SessionSource {
        text,
        body,
        decls,
        imports: own_imports,
        session_decls: decl_spans,
        regions,
    }
}

/// Maps every instruction's line back to the line it was typed on.
pub fn fix_lines(prog: &mut vm::program::Program, regions: &[(u32, u32, u32)]) {
    let typed = |line: u32| {
        regions
            .iter()
            .find(|&&(first, last, _)| first <= line && line <= last)
            .map(|&(first, _, typed)| typed + (line - first))
    };
    for f in &mut prog.funcs {
        for line in &mut f.lines {
            *line = typed(*line).unwrap_or(*line);
        }
    }
    // A session variable's declaration is generated, typed on no line (0: unknown).
    for g in &mut prog.globals {
        g.line = typed(g.line).unwrap_or(0);
    }
}

/// Applies non-overlapping edits `(start, end, replacement)` to `input`.
pub fn apply(input: &str, edits: &[(usize, usize, String)]) -> String {
    let mut edits: Vec<&(usize, usize, String)> = edits.iter().collect();
    edits.sort_by_key(|e| std::cmp::Reverse((e.0, e.1)));
    let mut out = input.to_string();
    for (start, end, with) in edits {
        out.replace_range(*start..*end, with);
    }
    out
}

type Token = (usize, Tok, usize);

/// The tokens of `input[start..end]`, with absolute offsets.
fn tokens_in(input: &str, start: usize, end: usize) -> Vec<Token> {
    Lexer::new(&input[start..end])
        .filter_map(Result::ok)
        .map(|(s, t, e)| (s + start, t, e + start))
        .collect()
}

/// Offset of the first `:=` at bracket depth 0 in `input[start..end]`.
pub fn define_token(input: &str, start: usize, end: usize) -> Option<usize> {
    assignment_token(&tokens_in(input, start, end), true)
}

fn assignment_token(toks: &[Token], define_only: bool) -> Option<usize> {
    let mut depth = 0;
    for (s, t, _) in toks {
        match t {
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth -= 1,
            Tok::Define if depth == 0 => return Some(*s),
            Tok::Assign if depth == 0 && !define_only => return Some(*s),
            _ => {}
        }
    }
    None
}

/// Whether `item` declares the session variable `name` (`name := …`, `var name …`).
pub fn declares(input: &str, item: &Item, name: &str) -> bool {
    let toks = tokens_in(input, item.start, item.end);
    let define_only = item.kind != Kind::Var;
    if !matches!(item.kind, Kind::Var | Kind::Stmt) {
        return false;
    }
    let end = match assignment_token(&toks, define_only) {
        Some(at) => at,
        None if item.kind == Kind::Var => item.end,
        None => return false,
    };
    toks.iter()
        .any(|(s, t, _)| *s < end && matches!(t, Tok::Ident(n) if n == name))
}

/// Where the input reads `name` before the item `[decl_start, decl_end)` declares it anew
/// or in its right-hand side: every identifier `name` not after a `.`, outside the names
/// being declared.
pub fn ident_positions(
    input: &str,
    name: &str,
    decl_start: usize,
    decl_end: usize,
) -> Vec<(usize, usize)> {
    let toks = tokens_in(input, 0, decl_end);
    let lhs_end =
        assignment_token(&tokens_in(input, decl_start, decl_end), false).unwrap_or(decl_end);
    let mut out = Vec::new();
    for (i, (s, t, e)) in toks.iter().enumerate() {
        let after_dot = i > 0 && matches!(toks[i - 1].1, Tok::Period);
        let in_lhs = decl_start <= *s && *s < lhs_end;
        if matches!(t, Tok::Ident(n) if n == name) && !after_dot && !in_lhs {
            out.push((*s, *e));
        }
    }
    out
}

/// The standard packages `texts` use as `pkg.Member`.
pub fn packages_used(texts: &[&str]) -> Vec<&'static str> {
    let mut used = Vec::new();
    for text in texts {
        let toks = tokens_in(text, 0, text.len());
        for (i, w) in toks.windows(2).enumerate() {
            let after_dot = i > 0 && matches!(toks[i - 1].1, Tok::Period);
            if let ((_, Tok::Ident(n), _), (_, Tok::Period, _)) = (&w[0], &w[1]) {
                let path = lang::check::SUPPORTED_PACKAGES
                    .iter()
                    .find(|p| p.rsplit('/').next() == Some(n.as_str()));
                if let Some(path) = path.filter(|_| !after_dot) {
                    if !used.contains(path) {
                        used.push(*path);
                    }
                }
            }
        }
    }
    used
}

/// Edits turning the `var` statement `input[start..end]` with specs (names, values) into
/// assignments of the values (a spec without values declares only): everything but the
/// names and values is blanked, and `=` is put right after the names.
pub fn var_as_assignment(
    input: &str,
    start: usize,
    end: usize,
    specs: &[(Region, Option<Region>)],
) -> Vec<(usize, usize, String)> {
    let mut keep = Vec::new();
    for (names, values) in specs {
        if let Some(values) = values {
            keep.push(*names);
            keep.push(*values);
        }
    }
    keep.sort_unstable();
    let mut edits = Vec::new();
    let mut at = start;
    let mut after_names = false;
    for (i, &(s, e)) in keep.iter().chain(std::iter::once(&(end, end))).enumerate() {
        if at < s {
            let mut run = blank(&input[at..s]);
            if after_names {
                run.replace_range(0..1, "=");
            }
            edits.push((at, s, run));
        }
        after_names = i % 2 == 0;
        at = e.max(at);
    }
    edits
}
