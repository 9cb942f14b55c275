//! `:load file.go`: the input a Go file becomes. Its package clause, `main` and `init` are
//! blanked; its package variables become `var` statements run in Go's initialisation order
//! (the type checker's `init_order`: a variable is initialised after every variable its
//! initialiser uses, directly or through functions), so a file whose variables use later ones
//! gets the values its program would.
//!
//! Invariants:
//! - The file's declarations keep their text and lines; only the package-level `var`
//!   declarations move, each initialised variable to one statement after the file's text
//!   (uninitialised ones first, in written order; then the initialised ones in `init_order`).
//! - A file that does not type-check on its own (a snippet without imports, an error) keeps
//!   its written order: the session then reports what is wrong, or runs it as typed.

use super::chunk::{self, Kind};
use super::source;
use lang::ast::{Decl, GenDecl, Span, ValueSpec};
use std::collections::HashSet;

/// The input `:load` evaluates for the Go file `text`.
pub fn input(text: &str) -> String {
    let edits: Vec<(usize, usize, String)> = chunk::split(text)
        .into_iter()
        .filter(|i| {
            text[i.start..].starts_with("package")
                || matches!(&i.kind, Kind::Func(n) if n == "main" || n == "init")
        })
        .map(|i| (i.start, i.end, source::blank(&text[i.start..i.end])))
        .collect();
    let blanked = source::apply(text, &edits);
    in_init_order(text, &blanked).unwrap_or(blanked)
}

/// `text` (`file` with its package clause, `main` and `init` blanked) with its package
/// variables moved to statements in initialisation order; `None` when `file` does not check
/// cleanly (a missing `main` aside).
fn in_init_order(file: &str, text: &str) -> Option<String> {
    lang::nesting::on_large_stack(|| {
        let full = file;
        let (file, diags) = lang::parser::parse_file(full);
        if !diags.is_empty() {
            return None;
        }
        let (_, info, diags) = lang::check::check_file(&file, full);
        // A file loaded for its declarations need not have a `main`.
        if diags
            .iter()
            .any(|d| !d.message.starts_with("function main is undeclared"))
        {
            return None;
        }
        let at = |span: Span| &full[span.start as usize..span.end as usize];
        let specs = |d: usize| match &file.decls[d] {
            Decl::Gen(GenDecl::Var(specs, _)) => specs.as_slice(),
            _ => &[],
        };
        let typed = |spec: &ValueSpec| spec.typ.as_ref().map(|t| format!(" {}", at(t.span)));
        let mut statements = Vec::new();
        let mut edits = Vec::new();
        for decl in &file.decls {
            if let Decl::Gen(GenDecl::Var(specs, span)) = decl {
                let (s, e) = (span.start as usize, span.end as usize);
                edits.push((s, e, source::blank(&text[s..e])));
                for spec in specs.iter().filter(|s| s.values.is_empty()) {
                    statements.push(format!(
                        "var {}{}",
                        names(spec, 0..spec.names.len()),
                        typed(spec).unwrap_or_default()
                    ));
                }
            }
        }
        // (decl, spec, name) already emitted: `var a, b = f()` is one unit.
        let mut done: HashSet<(usize, usize, usize)> = HashSet::new();
        for (objs, d, s) in &info.init_order {
            let spec = &specs(*d)[*s];
            let positions: Vec<usize> = (0..spec.names.len())
                .filter(|&i| {
                    info.defs
                        .get(&spec.names[i].id)
                        .is_some_and(|o| objs.contains(o))
                })
                .collect();
            statements.push(unit(spec, &positions, at, &typed));
            done.extend(positions.iter().map(|&i| (*d, *s, i)));
        }
        // What `init_order` does not list (blank names): after the rest, in written order.
        for (d, decl) in file.decls.iter().enumerate() {
            let Decl::Gen(GenDecl::Var(specs, _)) = decl else {
                continue;
            };
            for (s, spec) in specs
                .iter()
                .enumerate()
                .filter(|(_, s)| !s.values.is_empty())
            {
                let left: Vec<usize> = (0..spec.names.len())
                    .filter(|&i| !done.contains(&(d, s, i)))
                    .collect();
                if !left.is_empty() {
                    statements.push(unit(spec, &left, at, &typed));
                }
            }
        }
        let mut out = source::apply(text, &edits);
        out.push('\n');
        out.push_str(&statements.join("\n"));
        out.push('\n');
        Some(out)
    })
}

/// `var names type = values` for the names of `spec` at `positions` (all of them for a
/// multi-valued initialiser).
fn unit<'a>(
    spec: &ValueSpec,
    positions: &[usize],
    at: impl Fn(Span) -> &'a str,
    typed: &dyn Fn(&ValueSpec) -> Option<String>,
) -> String {
    let (names_text, values) = if spec.values.len() == 1 && spec.names.len() > 1 {
        (
            names(spec, 0..spec.names.len()),
            at(spec.values[0].span).to_string(),
        )
    } else {
        let values: Vec<&str> = positions.iter().map(|&i| at(spec.values[i].span)).collect();
        (names(spec, positions.iter().copied()), values.join(", "))
    };
    format!(
        "var {names_text}{} = {values}",
        typed(spec).unwrap_or_default()
    )
}

fn names(spec: &ValueSpec, positions: impl Iterator<Item = usize>) -> String {
    positions
        .map(|i| spec.names[i].name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
