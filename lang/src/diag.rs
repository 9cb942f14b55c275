//! Compile-time diagnostics: collected as `(span, message)` pairs and rendered with
//! codespan-reporting under a first line in Go's own `file:line:col: message` form.
//!
//! Invariants: messages use go1.19's wording (`x declared but not used`); at most
//! `MAX_ERRORS` are rendered, then `too many errors`, as gc does.

use crate::ast::Span;

/// gc stops after this many errors.
pub const MAX_ERRORS: usize = 10;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span,
            message: message.into(),
        }
    }
}

/// 1-based line and column (in bytes, as gc counts) of a byte offset.
pub fn line_col(src: &str, offset: u32) -> (usize, usize) {
    let offset = (offset as usize).min(src.len());
    let before = &src.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    (line, offset - line_start + 1)
}

/// Renders diagnostics (sorted by position, at most `MAX_ERRORS`) as plain text: for each, a
/// `file:line:col: message` line followed by codespan-reporting's snippet.
pub fn render(file_name: &str, src: &str, diags: &[Diagnostic]) -> String {
    render_sources(&crate::package::Sources::single(file_name, src), diags)
}

/// [`render`] for the files of a package: each diagnostic names the file its span is in.
pub fn render_sources(sources: &crate::package::Sources, diags: &[Diagnostic]) -> String {
    use codespan_reporting::diagnostic::{Diagnostic as CsDiag, Label};
    use codespan_reporting::files::SimpleFiles;
    use codespan_reporting::term;

    let mut sorted: Vec<&Diagnostic> = diags.iter().collect();
    sorted.sort_by_key(|d| (d.span.start, d.span.end));
    let line_of = |offset: u32| {
        let (f, line, _) = sources.locate(offset);
        (f.start, line)
    };
    sorted
        .dedup_by(|a, b| line_of(a.span.start) == line_of(b.span.start) && a.message == b.message);
    let mut files = SimpleFiles::new();
    let ids: Vec<usize> = sources
        .files
        .iter()
        .map(|f| {
            files.add(
                f.name.clone(),
                sources.text[f.start as usize..f.end as usize].to_string(),
            )
        })
        .collect();
    let header = |offset: u32| {
        let (f, line, col) = sources.locate(offset);
        format!("{}:{line}:{col}", f.name)
    };
    let config = term::Config::default();
    let mut out = String::new();
    for d in sorted.iter().take(MAX_ERRORS) {
        let (f, _, _) = sources.locate(d.span.start);
        let msg = with_positions(sources, &d.message);
        out.push_str(&format!("{}: {msg}\n", header(d.span.start)));
        let len = (f.end - f.start) as usize;
        let start = (d.span.start.saturating_sub(f.start) as usize).min(len);
        let end = (d.span.end.saturating_sub(f.start) as usize).clamp(start, len);
        let id = ids[sources
            .files
            .iter()
            .position(|g| g.start == f.start)
            .unwrap_or(0)];
        let cs = CsDiag::error().with_labels(vec![Label::primary(id, start..end)]);
        let mut snippet = String::new();
        if term::emit_to_string(&mut snippet, &config, &files, &cs).is_ok() {
            // codespan's own "error" header line duplicates ours; keep the snippet only.
            for l in snippet.lines().skip(1) {
                out.push_str(l);
                out.push('\n');
            }
        }
    }
    if sorted.len() > MAX_ERRORS {
        out.push_str(&format!(
            "{}: too many errors\n",
            header(sorted[MAX_ERRORS].span.start)
        ));
    }
    out
}

/// In a message, stands for the name of the file holding the (program-wide) line that
/// follows; see [`position_mark`].
pub const POS_MARK: char = '\u{1}';
/// As [`POS_MARK`], for the file's absolute path.
const ABS_POS_MARK: char = '\u{2}';

/// Another position named in a message (`x.go:3:7`, or with `absolute` the file's absolute
/// path, as gc's `cannot infer T (/home/u/p/x.go:5:11)`): written as a mark and the
/// program-wide `line:col` of `offset` in `src`, which rendering turns into `file:line:col`.
pub fn position_mark(src: &str, offset: u32, absolute: bool) -> String {
    let (l, c) = line_col(src, offset);
    let mark = if absolute { ABS_POS_MARK } else { POS_MARK };
    format!("{mark}{l}:{c}")
}

/// `message` with each position mark and `line:col` written as `file:line:col`.
fn with_positions(sources: &crate::package::Sources, message: &str) -> String {
    let mut out = String::new();
    let mut rest = message;
    while let Some(at) = rest.find([POS_MARK, ABS_POS_MARK]) {
        out.push_str(&rest[..at]);
        let absolute = rest[at..].starts_with(ABS_POS_MARK);
        let part = &rest[at + 1..];
        let digits = part
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(part.len());
        let (file, line) = sources.position(part[..digits].parse().unwrap_or(1));
        let name = if absolute {
            std::path::absolute(&file.name)
                .map_or_else(|_| file.name.clone(), |p| p.display().to_string())
        } else {
            file.name.clone()
        };
        out.push_str(&format!("{name}:{line}"));
        rest = &part[digits..];
    }
    out.push_str(rest);
    out
}
