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
    use codespan_reporting::diagnostic::{Diagnostic as CsDiag, Label};
    use codespan_reporting::files::SimpleFiles;
    use codespan_reporting::term;

    let mut sorted: Vec<&Diagnostic> = diags.iter().collect();
    sorted.sort_by_key(|d| (d.span.start, d.span.end));
    sorted.dedup_by(|a, b| {
        line_col(src, a.span.start).0 == line_col(src, b.span.start).0 && a.message == b.message
    });
    let mut files = SimpleFiles::new();
    let id = files.add(file_name.to_string(), src.to_string());
    let config = term::Config::default();
    let mut out = String::new();
    for d in sorted.iter().take(MAX_ERRORS) {
        let (line, col) = line_col(src, d.span.start);
        let msg = d
            .message
            .replace(crate::branches::POS_MARK, &format!("{file_name}:"));
        out.push_str(&format!("{file_name}:{line}:{col}: {msg}\n"));
        let start = (d.span.start as usize).min(src.len());
        let end = (d.span.end as usize).clamp(start, src.len());
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
        let (line, col) = line_col(src, sorted[MAX_ERRORS].span.start);
        out.push_str(&format!("{file_name}:{line}:{col}: too many errors\n"));
    }
    out
}
