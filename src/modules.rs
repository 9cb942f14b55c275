//! The packages of a program: from the files of package main, the packages of its module that
//! it imports, directly or not, as the go tool finds them. A `go.mod` in the folder of package
//! main or above gives the module path; an import under it is the package in the matching
//! folder, an import found in the module's `vendor/` folder is that package, a standard
//! library path (no dot in its first element) is the checker's; any other import is the go
//! tool's `no required module provides package` error.
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

/// One package of the program.
#[derive(Debug)]
pub struct Package {
    /// Import path (`main` for package main).
    pub path: String,
    pub files: Vec<PathBuf>,
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
    module: Module,
    state: HashMap<String, Walk>,
    /// Import paths of the packages being visited, outermost first.
    stack: Vec<String>,
    order: Vec<Package>,
}

/// The packages of the program whose package main is `main_files`. Parses files: run it on
/// `lang::nesting::on_large_stack` (once, not per file: each call starts a thread).
pub fn load(main_files: Vec<PathBuf>) -> Result<Vec<Package>, String> {
    let dir = absolute(main_files[0].parent().unwrap_or(Path::new("")));
    let Some(module) = find_module(&dir) else {
        return Ok(vec![Package {
            path: "main".into(),
            files: main_files,
        }]);
    };
    let main_path = import_path_of(&module, &dir);
    let mut loader = Loader {
        module,
        state: HashMap::new(),
        stack: Vec::new(),
        order: Vec::new(),
    };
    loader.visit(main_path, main_files)?;
    let mut order = loader.order;
    if let Some(main) = order.last_mut() {
        main.path = "main".into();
    }
    Ok(order)
}

impl Loader {
    fn visit(&mut self, path: String, files: Vec<PathBuf>) -> Result<(), String> {
        self.state.insert(path.clone(), Walk::Visiting);
        self.stack.push(path.clone());
        for file in &files {
            let text = std::fs::read_to_string(file).unwrap_or_default();
            let (ast, _) = lang::parser::parse_file(&text);
            for imp in &ast.imports {
                let at = || {
                    let (line, col) = lang::diag::line_col(&text, imp.span.start);
                    format!("{}:{line}:{col}", file.display())
                };
                let dep = imp.path.clone();
                if !dep.split('/').next().unwrap_or("").contains('.') {
                    continue; // the standard library: the checker's
                }
                if !internal_allowed(&path, &dep) {
                    return Err(format!(
                        "package {path}\n\t{}: use of internal package {dep} not allowed",
                        at()
                    ));
                }
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
                let missing = || {
                    format!(
                        "{}: no required module provides package {dep}; to add it:\n\tgo get {dep}",
                        at()
                    )
                };
                let dir = self.folder_of(&dep).ok_or_else(missing)?;
                let dep_files = folder_files(&dir).map_err(|_| missing())?;
                self.visit(dep, dep_files)?;
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
        let m = &self.module;
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
