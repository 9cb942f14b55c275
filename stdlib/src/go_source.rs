//! The standard packages (or parts of packages) minigo writes in Go: `slices`, `maps`, `cmp`,
//! and the generic members of `sync` (`OnceFunc`, `OnceValue`, `OnceValues`) and
//! `sync/atomic` (`Pointer[T]`). Their files (`stdlib/go/<path>/*.go`) are embedded in the
//! binary and join the program as packages of its own when imported (`minigo`'s module
//! loader), so their generic functions are monomorphised like user code.
//!
//! Invariants:
//! - A path here that also has native declarations (`sync`, `sync/atomic`) is an *overlay*:
//!   the checker seeds the Go files' package scope with the native members, so the files
//!   use (and importers see) both.
//! - The files only import packages that are native or listed here (the loader walks the
//!   latter), and they are only parsed when a program imports them.

/// One embedded Go file: its name in tracebacks (`$GOROOT/src/<path>/<file>`) and its text.
pub type GoFile = (&'static str, &'static str);

macro_rules! go_files {
    ($($dir:literal / $file:literal),* $(,)?) => {
        &[$((concat!("/usr/local/go/src/", $dir, "/", $file),
             include_str!(concat!("../go/", $dir, "/", $file)))),*]
    };
}

const PACKAGES: &[(&str, &[GoFile])] = &[
    ("cmp", go_files!["cmp" / "cmp.go"]),
    ("maps", go_files!["maps" / "maps.go"]),
    (
        "slices",
        go_files![
            "slices" / "slices.go",
            "slices" / "search.go",
            "slices" / "sort.go"
        ],
    ),
    ("sync", go_files!["sync" / "oncefunc.go"]),
    ("sync/atomic", go_files!["sync/atomic" / "pointer.go"]),
];

/// The embedded Go files of the standard package `path`, if minigo writes it (or part of it)
/// in Go.
pub fn files(path: &str) -> Option<&'static [GoFile]> {
    PACKAGES.iter().find(|(p, _)| *p == path).map(|(_, f)| *f)
}
