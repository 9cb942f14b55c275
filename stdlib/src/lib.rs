//! Go standard packages implemented as native Rust functions (see `vm::native` for the
//! calling convention). One module per package; each lists its members with Go signatures.
//!
//! `Stdlib` is the `NativeRegistry` the compiler asks for `(package, member)` and
//! `(package, "Type.Method")`. Package variables (`os.Args`, `os.Stdout`, `os.Stderr`) are
//! zero-argument natives returning the value.

pub mod bits;
pub mod bytes;
pub mod cmplx;
pub mod errors;
pub mod fmt;
pub mod heap;
pub mod io;
pub mod log;
pub mod math;
pub mod math_special;
pub mod net;
pub mod os;
pub mod sort;
pub mod strconv;
pub mod strings;
pub mod unicode;
pub mod utf8;
pub mod util;
// concurrency packages
pub mod atomic;
pub mod bufio;
pub mod context;
pub mod goruntime;
pub mod rand;
pub mod rand_source;
pub mod sync;
pub mod time;

pub use os::set_args;
pub use vm::output::flush_stdout;

use std::collections::HashMap;
use std::sync::OnceLock;
use vm::native::{NativeFn, NativeRegistry};

/// A registry entry: (package path, member or `Type.Method`, native).
pub type Entry = (&'static str, &'static str, NativeFn);

/// Builds a table entry: `native!("pkg", "Member", nargs, nresults, impl)`.
#[macro_export]
macro_rules! native {
    ($pkg:literal, $name:expr, $nargs:expr, $nres:expr, $imp:expr) => {
        (
            $pkg,
            $name,
            vm::native::NativeFn {
                name: concat!($pkg, ".", $name),
                nargs: $nargs,
                nresults: $nres,
                imp: $imp,
            },
        )
    };
}

fn table() -> &'static HashMap<(&'static str, &'static str), NativeFn> {
    static TABLE: OnceLock<HashMap<(&'static str, &'static str), NativeFn>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = HashMap::new();
        let all: Vec<Vec<Entry>> = vec![
            fmt::natives(),
            io::natives(),
            bits::natives(),
            strings::natives(),
            strconv::natives(),
            errors::natives(),
            math::natives(),
            cmplx::natives(),
            sort::natives(),
            heap::natives(),
            os::natives(),
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
            log::natives(),
        ];
        for (pkg, name, f) in all.into_iter().flatten() {
            t.insert((pkg, name), f);
        }
        t
    })
}

/// The standard library registry.
pub struct Stdlib;

impl NativeRegistry for Stdlib {
    fn lookup(&self, pkg: &str, name: &str) -> Option<NativeFn> {
        table().get(&(pkg, name)).copied()
    }
}

/// Every registered `(package, member)` (for diagnostics and tests).
pub fn members() -> Vec<(&'static str, &'static str)> {
    let mut v: Vec<_> = table().keys().copied().collect();
    v.sort();
    v
}
