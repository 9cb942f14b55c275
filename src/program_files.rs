//! The files of the program `minigo run` is asked to run, as `go run` reads its arguments:
//! every leading argument ending in `.go` is a file of package main (all of them, whatever
//! their build constraints, as the go tool takes named files), else the first argument names
//! the package's folder (`.`, `DIR`): its `.go` files that `build_constraints` keeps, sorted
//! by name. The arguments after those are the program's (`os.Args[1:]`).

use crate::build_constraints;
use std::path::{Path, PathBuf};

/// What `minigo run` runs.
#[derive(Debug, PartialEq, Eq)]
pub struct ProgramFiles {
    /// The files of package main, in initialisation order.
    pub files: Vec<PathBuf>,
    /// The program's own arguments.
    pub args: Vec<String>,
}

/// The program `args` (after `minigo run`'s flags) names; the error to print (exit 1) when
/// its folder cannot be read or holds no Go file of the build.
pub fn from_args(args: &[String]) -> Result<ProgramFiles, String> {
    let named = args.iter().take_while(|a| a.ends_with(".go")).count();
    if named > 0 || args.is_empty() || !Path::new(&args[0]).is_dir() {
        // A single non-`.go` argument that is no folder is read as a file (and its error
        // reported when it is opened).
        let named = named.max(args.len().min(1));
        return Ok(ProgramFiles {
            files: args[..named].iter().map(PathBuf::from).collect(),
            args: args[named..].to_vec(),
        });
    }
    Ok(ProgramFiles {
        files: folder_files(Path::new(&args[0]))?,
        args: args[1..].to_vec(),
    })
}

/// The `.go` files of the build in `dir`, sorted by name (paths as `dir` joined with the name,
/// a leading `./` dropped as the go tool prints them).
pub fn folder_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let shown = |e: std::io::Error| format!("minigo: open {}: {e}", dir.display());
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(shown)?
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| !t.is_dir()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| build_constraints::file_name_included(n))
        .collect();
    names.sort();
    let mut files = Vec::new();
    for name in names {
        let path = dir.strip_prefix(".").unwrap_or(dir).join(&name);
        // An unreadable file is reported when the program is read.
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        if build_constraints::constraint_holds(&text) {
            files.push(path);
        }
    }
    if files.is_empty() {
        let abs = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        return Err(format!("no Go files in {}", abs.display()));
    }
    Ok(files)
}
