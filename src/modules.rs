//! The packages of a program: from the files of package main, the packages of its module that
//! it imports, directly or not, as the go tool finds them. A `go.mod` in the folder of package
//! main or above gives the module path; an import under it is the package in the matching
//! folder, an import found in the module's `vendor/` folder is that package, a standard
//! library path (no dot in its first element) is the checker's; any other import is the go
//! tool's `no required module provides package` error. A standard package minigo writes in Go
//! (`stdlib::go_source`: `slices`, `maps`, `cmp`, the generic parts of `sync` and
//! `sync/atomic`) joins the program as one of its packages, embedded files and all, whether
//! or not there is a `go.mod`.
//!
//! Invariants:
//! - The result lists each package once, dependencies before their importers (a depth-first
//!   walk in the order of the import declarations, files in order, as go1.19 initialises
//!   them), package main last.
//! - Errors are the go tool's texts: an import cycle, an `internal` package imported from
//!   outside the tree rooted at its parent, an import nothing provides. Without a `go.mod`,
//!   package main is the whole program.

use crate::program_files::folder_files;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use stdlib::go_source::GoFile;

/// One package of the program.
#[derive(Debug)]
pub struct Package {
    /// Import path (`main` for package main).
    pub path: String,
    pub files: Files,
}

/// Where a package's files are.
#[derive(Debug)]
pub enum Files {
    /// On disk (package main and the module's packages).
    Disk(Vec<PathBuf>),
    /// In the binary (a standard package written in Go).
    Embedded(&'static [GoFile]),
}

struct Module {
    path: String,
    root: PathBuf,
}

/// Where a package stands in the walk.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Walk {
    Visiting,
    Done,
}

struct Loader {
    /// `None` without a `go.mod`: only standard packages are walked.
    module: Option<Module>,
    state: HashMap<String, Walk>,
    /// Import paths of the packages being visited, outermost first.
    stack: Vec<String>,
    order: Vec<Package>,
}

/// The packages of the program whose package main is `main_files`. Parses files: run it on
/// `lang::nesting::on_large_stack` (once, not per file: each call starts a thread).
pub fn load(main_files: Vec<PathBuf>) -> Result<Vec<Package>, String> {
    let dir = absolute(main_files[0].parent().unwrap_or(Path::new("")));
    let module = find_module(&dir);
    let main_path = module
        .as_ref()
        .map_or_else(|| "main".into(), |m| import_path_of(m, &dir));
    let mut loader = Loader {
        module,
        state: HashMap::new(),
        stack: Vec::new(),
        order: Vec::new(),
    };
    loader.visit(main_path, Files::Disk(main_files))?;
    let mut order = loader.order;
    if let Some(main) = order.last_mut() {
        main.path = "main".into();
    }
    Ok(order)
}

impl Loader {
    fn visit(&mut self, path: String, files: Files) -> Result<(), String> {
        self.state.insert(path.clone(), Walk::Visiting);
        self.stack.push(path.clone());
        let texts: Vec<(String, std::borrow::Cow<'static, str>)> = match &files {
            Files::Disk(paths) => paths
                .iter()
                .map(|f| {
                    let text = std::fs::read_to_string(f).unwrap_or_default();
                    (f.display().to_string(), text.into())
                })
                .collect(),
            Files::Embedded(embedded) => embedded
                .iter()
                .map(|&(name, text)| (name.to_string(), text.into()))
                .collect(),
        };
        for (file, text) in &texts {
            for (dep, span) in imports(text) {
                let at = || {
                    let (line, col) = lang::diag::line_col(text, span.start);
                    format!("{file}:{line}:{col}")
                };
                match self.state.get(&dep) {
                    Some(Walk::Done) => continue,
                    Some(Walk::Visiting) => {
                        let mut msg = format!("package {}\n", self.stack[0]);
                        for p in &self.stack[1..] {
                            msg.push_str(&format!("\timports {p}\n"));
                        }
                        msg.push_str(&format!("\timports {dep}: import cycle not allowed"));
                        return Err(msg);
                    }
                    None => {}
                }
                if !dep.split('/').next().unwrap_or("").contains('.') {
                    // the standard library: the checker's, unless written in Go
                    if let Some(embedded) = stdlib::go_source::files(&dep) {
                        self.visit(dep, Files::Embedded(embedded))?;
                    }
                    continue;
                }
                if self.module.is_none() {
                    continue; // the checker reports it
                }
                if !internal_allowed(&path, &dep) {
                    return Err(format!(
                        "package {path}\n\t{}: use of internal package {dep} not allowed",
                        at()
                    ));
                }
                let missing = || {
                    format!(
                        "{}: no required module provides package {dep}; to add it:\n\tgo get {dep}",
                        at()
                    )
                };
                let dir = self.folder_of(&dep).ok_or_else(missing)?;
                let dep_files = folder_files(&dir).map_err(|_| missing())?;
                self.visit(dep, Files::Disk(dep_files))?;
            }
        }
        self.stack.pop();
        self.state.insert(path.clone(), Walk::Done);
        self.order.push(Package { path, files });
        Ok(())
    }

    /// The folder of the package `path`, if the module or its `vendor/` folder holds it (as
    /// a path relative to the working directory where it can be).
    fn folder_of(&self, path: &str) -> Option<PathBuf> {
        let m = self.module.as_ref()?;
        let inside = if path == m.path {
            Some(m.root.clone())
        } else {
            path.strip_prefix(&format!("{}/", m.path))
                .map(|rest| m.root.join(rest))
        };
        let dir = inside
            .filter(|d| d.is_dir())
            .or_else(|| Some(m.root.join("vendor").join(path)).filter(|d| d.is_dir()))?;
        Some(relative(&dir))
    }
}

/// The standard packages written in Go (`stdlib::go_source`) that the Go file `text`
/// imports, directly or through one another, dependencies first.
pub fn embedded_imports(text: &str) -> Vec<(String, &'static [GoFile])> {
    fn walk(text: &str, order: &mut Vec<(String, &'static [GoFile])>) {
        for (dep, _) in imports(text) {
            let Some(files) = stdlib::go_source::files(&dep) else {
                continue;
            };
            if order.iter().any(|(p, _)| *p == dep) {
                continue;
            }
            for (_, text) in files {
                walk(text, order);
            }
            order.push((dep, files));
        }
    }
    let mut order = Vec::new();
    walk(text, &mut order);
    order
}

/// The import paths of the Go file `text` with their spans: the import declarations after the
/// package clause, read by the lexer alone (parsing the whole file would cost a program
/// without a `go.mod` a second parse). A file whose header does not lex as imports yields
/// what it has read so far (the parser reports the error).
fn imports(text: &str) -> Vec<(String, lang::ast::Span)> {
    use lang::lexer::Tok;
    let mut out = Vec::new();
    let mut toks = lang::lexer::Lexer::new(text).filter_map(|t| t.ok());
    // `package name ;`
    if !matches!(toks.next(), Some((_, Tok::Package, _))) {
        return out;
    }
    let mut toks = toks.skip(2).peekable();
    while let Some((_, Tok::Import, _)) = toks.peek() {
        toks.next();
        let grouped = matches!(toks.peek(), Some((_, Tok::LParen, _)));
        if grouped {
            toks.next();
        }
        // An import spec's span starts at its name, if it has one.
        let mut spec_start = None;
        for (start, tok, end) in toks.by_ref() {
            match tok {
                Tok::RParen if grouped => break,
                Tok::Semi(_) if !grouped => break,
                Tok::Semi(_) => spec_start = None,
                Tok::Str(lit) => out.push((
                    String::from_utf8_lossy(&lit).into_owned(),
                    lang::ast::Span::new(spec_start.take().unwrap_or(start), end),
                )),
                _ => spec_start = spec_start.or(Some(start)),
            }
        }
        if grouped {
            toks.next(); // `;` after `)`
        }
    }
    out
}

/// Whether package `importer` may import `path` (Go's rule for `internal` elements: only
/// from the tree rooted at the internal folder's parent).
fn internal_allowed(importer: &str, path: &str) -> bool {
    let parent = if let Some(i) = path.rfind("/internal/") {
        &path[..i]
    } else if let Some(p) = path.strip_suffix("/internal") {
        p
    } else if path.starts_with("internal/") || path == "internal" {
        ""
    } else {
        return true;
    };
    parent.is_empty() || importer == parent || importer.starts_with(&format!("{parent}/"))
}

/// The module whose `go.mod` is in `dir` or above.
fn find_module(dir: &Path) -> Option<Module> {
    let mut at = Some(dir);
    while let Some(d) = at {
        if let Ok(text) = std::fs::read_to_string(d.join("go.mod")) {
            let path = text
                .lines()
                .find_map(|l| l.trim().strip_prefix("module "))
                .map(|p| p.trim().trim_matches('"').to_string())?;
            return Some(Module {
                path,
                root: d.to_path_buf(),
            });
        }
        at = d.parent();
    }
    None
}

/// The import path of the package in `dir` (inside `module`'s root).
fn import_path_of(module: &Module, dir: &Path) -> String {
    match dir.strip_prefix(&module.root) {
        Ok(rest) if !rest.as_os_str().is_empty() => {
            format!("{}/{}", module.path, rest.display())
        }
        _ => module.path.clone(),
    }
}

fn absolute(path: &Path) -> PathBuf {
    let path = if path.as_os_str().is_empty() {
        Path::new(".")
    } else {
        path
    };
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// `path` relative to the working directory when it is below it.
fn relative(path: &Path) -> PathBuf {
    let cwd = std::env::current_dir().ok().map(|d| absolute(&d));
    match cwd.as_deref().and_then(|c| path.strip_prefix(c).ok()) {
        Some(rest) if !rest.as_os_str().is_empty() => rest.to_path_buf(),
        _ => path.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::internal_allowed;

    #[test]
    fn internal_packages_are_visible_from_their_parents_tree() {
        assert!(internal_allowed("a.com/m/lib", "a.com/m/lib/internal/x"));
        assert!(internal_allowed("a.com/m/lib/y", "a.com/m/lib/internal/x"));
        assert!(!internal_allowed("a.com/m/app", "a.com/m/lib/internal/x"));
        assert!(internal_allowed("a.com/m", "a.com/m/internal"));
        assert!(internal_allowed("a.com/m/app", "a.com/m/other"));
    }
}
