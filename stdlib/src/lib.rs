//! Go standard packages implemented as native Rust functions (see `vm::native` for the
//! calling convention). One module per package; its `natives()` lists the package's Go
//! declarations, each member's next to its implementation:
//! `native!("sync", "func (*Mutex) Lock()", mutex_lock)`, and the lines that need none
//! (`declare!("sync", "type Mutex struct { impl uintptr }")`: imports, types, constants).
//!
//! Each Go package is declared once: `Stdlib` is both the `lang::check::PackageSource` the
//! checker reads (a package's text is its declaration lines in registration order) and the
//! `NativeRegistry` the compiler asks for `(package, member)` and `(package, "Type.Method")`,
//! with each native's arity computed from its declaration (`lang::check::DeclaredMember`).
//! Invariants, checked when the table is built: a `native!` declares a function, method or
//! variable, a `declare!` none, and no member is declared twice — so every declared member
//! has exactly one implementation. Package variables (`os.Args`, `io.EOF`) are
//! zero-argument natives returning the value.

pub mod base64;
pub mod bits;
pub mod bytes;
pub mod cmplx;
pub mod digest;
pub mod errors;
pub mod filepath;
pub mod flag;
pub mod fmt;
pub mod fs;
pub mod heap;
pub mod hex;
pub mod http;
pub mod io;
pub mod io_adapters;
pub mod io_pipe;
pub mod json;
pub mod list;
pub mod log;
pub mod math;
pub mod math_special;
pub mod net;
pub mod net_addr;
pub mod net_udp;
pub mod os;
pub mod path;
pub mod pathmatch;
pub mod regexp;
pub mod signal;
pub mod sort;
pub mod stdin;
pub mod strconv;
pub mod strings;
pub mod unicode;
pub mod url;
pub mod utf8;
pub mod util;
// concurrency packages
pub mod atomic;
pub mod bufio;
pub mod context;
pub mod go_source;
pub mod goruntime;
pub mod rand;
pub mod rand_source;
pub mod sync;
pub mod time;

pub use os::set_args;
pub use vm::output::flush_stdout;

use lang::check::{DeclaredMember, PackageSource};
use std::collections::HashMap;
use std::sync::OnceLock;
use vm::native::{NativeFn, NativeImpl, NativeRegistry};

/// One line of a package's declaration: a member with its native, or (`imp: None`) lines that
/// declare no member needing one.
pub struct Entry {
    /// The import path (`fmt`, `math/rand`).
    pub pkg: &'static str,
    /// Go declaration text (see `lang::check::PackageSource`).
    pub decl: &'static str,
    pub imp: Option<NativeImpl>,
}

/// A member and its implementation: `native!("strings", "func Repeat(string, int) string", imp)`.
#[macro_export]
macro_rules! native {
    ($pkg:expr, $decl:expr, $imp:expr) => {
        $crate::Entry {
            pkg: $pkg,
            decl: $decl,
            imp: Some($imp),
        }
    };
}

/// Declaration lines without implementations (imports, types, constants):
/// `declare!("time", "type Duration int64")`.
#[macro_export]
macro_rules! declare {
    ($pkg:expr, $decl:expr) => {
        $crate::Entry {
            pkg: $pkg,
            decl: $decl,
            imp: None,
        }
    };
}

/// The whole library: every package's text and natives.
struct Library {
    paths: Vec<&'static str>,
    texts: HashMap<&'static str, String>,
    natives: HashMap<(&'static str, &'static str), NativeFn>,
}

fn entries() -> Vec<Entry> {
    let all: Vec<Vec<Entry>> = vec![
        fmt::natives(),
        io::natives(),
        io_pipe::natives(),
        io_adapters::natives(),
        bits::natives(),
        strings::natives(),
        strconv::natives(),
        errors::natives(),
        math::natives(),
        cmplx::natives(),
        sort::natives(),
        heap::natives(),
        fs::natives(),
        os::natives(),
        path::natives(),
        filepath::natives(),
        unicode::natives(),
        utf8::natives(),
        bytes::natives(),
        sync::natives(),
        atomic::natives(),
        time::natives(),
        goruntime::natives(),
        context::natives(),
        rand::natives(),
        bufio::natives(),
        net::natives(),
        net_addr::natives(),
        net_udp::natives(),
        signal::natives(),
        log::natives(),
        regexp::natives(),
        flag::natives(),
        digest::natives(),
        hex::natives(),
        list::natives(),
        base64::natives(),
        url::natives(),
        http::natives(),
        json::natives(),
    ];
    all.into_iter().flatten().collect()
}

fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        let mut lib = Library {
            paths: Vec::new(),
            texts: HashMap::new(),
            natives: HashMap::new(),
        };
        for e in entries() {
            if !lib.texts.contains_key(e.pkg) {
                lib.paths.push(e.pkg);
            }
            let text = lib.texts.entry(e.pkg).or_default();
            text.push_str(e.decl);
            text.push('\n');
            let Some(imp) = e.imp else {
                for line in e.decl.lines() {
                    let member = DeclaredMember::of(line);
                    assert!(member.is_none(), "{}: `{line}` needs a native", e.pkg);
                }
                continue;
            };
            let member = DeclaredMember::of(e.decl)
                .unwrap_or_else(|| panic!("{}: `{}` declares no member", e.pkg, e.decl));
            let name: &'static str = Box::leak(format!("{}.{}", e.pkg, member.key).into());
            let key = &name[e.pkg.len() + 1..];
            let f = NativeFn {
                name,
                nargs: member.nargs,
                nresults: member.nresults,
                imp,
            };
            let twice = lib.natives.insert((e.pkg, key), f).is_some();
            assert!(!twice, "{name} is declared twice");
        }
        lib
    })
}

/// The standard library: its package declarations and their natives.
pub struct Stdlib;

impl NativeRegistry for Stdlib {
    fn lookup(&self, pkg: &str, name: &str) -> Option<NativeFn> {
        library().natives.get(&(pkg, name)).copied()
    }
}

impl PackageSource for Stdlib {
    fn paths(&self) -> &[&'static str] {
        &library().paths
    }

    fn text(&self, path: &str) -> Option<&str> {
        library().texts.get(path).map(String::as_str)
    }
}

/// Every registered `(package, member)` (for diagnostics and tests).
pub fn members() -> Vec<(&'static str, &'static str)> {
    let mut v: Vec<_> = library().natives.keys().copied().collect();
    v.sort();
    v
}
