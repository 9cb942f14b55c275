//! The source files of one package as one text: `Sources` concatenates them (each followed by a
//! newline) so that a single byte offset, and a single line number, names a place in any of
//! them; `parse` parses each file at its own offset and merges the trees into one `ast::File`
//! (declarations and imports in file order, `ExprId`s unique across files), which the checker
//! and the compiler treat as they treat one file.
//!
//! Invariants:
//! - File `i` occupies `text[files[i].start .. files[i].end]`; a newline separates it from the
//!   next, so no token spans two files and a global line belongs to exactly one file.
//! - `ast::File::packages` lists the packages dependencies first, main last, and
//!   `file_packages` says which package each file is of (the checker gives each its own
//!   package scope, the compiler qualifies its names by its path). The files are grouped by
//!   package in that order too, except in `main_first`, where package main's one file comes
//!   first in the text (so its offsets are its own, as the REPL needs).
//! - Global lines (counted in `text`, 1-based) map back to (file, line in that file) by
//!   `position`; offsets map by `locate`.

use crate::ast::{File, Ident};
use crate::diag::Diagnostic;

/// One file of a package.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The name diagnostics print (as given, or relative to the package folder).
    pub name: String,
    /// Byte range of its text in `Sources::text`.
    pub start: u32,
    pub end: u32,
    /// Global line of its first line.
    pub first_line: u32,
    /// Its package (index in `Sources::packages`).
    pub package: usize,
}

/// The files of a package, concatenated.
#[derive(Clone, Debug, Default)]
pub struct Sources {
    pub text: String,
    pub files: Vec<SourceFile>,
    /// Import paths of the packages, in initialisation order (main, the last, is `main`).
    pub packages: Vec<String>,
}

impl Sources {
    /// The files `(name, text)` of package main, in this order.
    pub fn new(files: Vec<(String, String)>) -> Sources {
        Sources::of_packages(vec![("main".into(), files)])
    }

    /// The packages `(import path, files)`, dependencies before their importers, main last.
    pub fn of_packages(packages: Vec<(String, Vec<(String, String)>)>) -> Sources {
        let mut sources = Sources::default();
        let mut line = 1u32;
        let files = packages
            .into_iter()
            .enumerate()
            .flat_map(|(p, (path, files))| {
                sources.packages.push(path);
                files.into_iter().map(move |f| (p, f))
            });
        let files: Vec<_> = files.collect();
        for (package, (name, text)) in files {
            let start = sources.text.len() as u32;
            sources.text.push_str(&text);
            let end = sources.text.len() as u32;
            sources.text.push('\n');
            sources.files.push(SourceFile {
                name,
                start,
                end,
                first_line: line,
                package,
            });
            line += text.bytes().filter(|&b| b == b'\n').count() as u32 + 1;
        }
        sources
    }

    /// Package main's one file `(name, text)` at offset 0, followed by the packages `deps`
    /// (dependencies before their importers) it imports.
    pub fn main_first(
        main: (String, String),
        deps: Vec<(String, Vec<(String, String)>)>,
    ) -> Sources {
        let n = deps.len();
        let mut packages = deps;
        packages.insert(0, ("main".into(), vec![main]));
        let mut sources = Sources::of_packages(packages);
        sources.packages.rotate_left(1);
        for f in &mut sources.files {
            f.package = if f.package == 0 { n } else { f.package - 1 };
        }
        sources
    }

    /// One file.
    pub fn single(name: &str, text: &str) -> Sources {
        Sources::new(vec![(name.to_string(), text.to_string())])
    }

    /// Parses every file and merges them; the package clause of each file; the diagnostics
    /// of all files, in file order.
    pub fn parse(&self) -> (File, Vec<Ident>, Vec<Diagnostic>) {
        let mut merged: Option<File> = None;
        let mut packages = Vec::new();
        let mut diags = Vec::new();
        let main = self.packages.len().saturating_sub(1);
        for f in &self.files {
            let first_id = merged.as_ref().map_or(0, |m| m.expr_count);
            let (file, d) = crate::parser::parse_file_at(
                &self.text[..f.end as usize],
                f.start as usize,
                first_id,
            );
            diags.extend(d);
            packages.push(file.package.clone());
            merged = Some(match merged {
                None => file,
                Some(mut m) => {
                    m.imports.extend(file.imports);
                    m.decls.extend(file.decls);
                    m.expr_count = file.expr_count;
                    m.file_starts.extend(file.file_starts);
                    // package main's clause, its last file's
                    if f.package == main {
                        m.package = file.package;
                    }
                    m
                }
            });
        }
        let mut file = merged.unwrap_or_else(|| crate::parser::parse_file("").0);
        file.file_packages = self.files.iter().map(|f| f.package).collect();
        file.packages = self
            .packages
            .iter()
            .enumerate()
            .map(|(p, path)| {
                let name = self
                    .files
                    .iter()
                    .zip(&packages)
                    .find(|(f, _)| f.package == p)
                    .map_or_else(String::new, |(_, clause)| clause.name.clone());
                (path.clone(), name)
            })
            .collect();
        (file, packages, diags)
    }

    /// The file holding byte `offset` (the last one for an offset past the end).
    pub fn file_at(&self, offset: u32) -> &SourceFile {
        let i = self
            .files
            .partition_point(|f| f.start <= offset)
            .saturating_sub(1);
        &self.files[i]
    }

    /// (file, 1-based line, 1-based byte column) of `offset`.
    pub fn locate(&self, offset: u32) -> (&SourceFile, usize, usize) {
        let f = self.file_at(offset);
        let local = &self.text[f.start as usize..f.end as usize];
        let (line, col) = crate::diag::line_col(local, offset.saturating_sub(f.start));
        (f, line, col)
    }

    /// (file, line in it) of a global line.
    pub fn position(&self, line: u32) -> (&SourceFile, u32) {
        let i = self
            .files
            .partition_point(|f| f.first_line <= line)
            .saturating_sub(1);
        let f = &self.files[i];
        (f, line.saturating_sub(f.first_line) + 1)
    }
}
