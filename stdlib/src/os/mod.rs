//! Package `os`:
//! - `func Exit(code int)` → `Panic::Exit(code)`
//! - `var Args []string` — a zero-argument native `os.Args` returning the slice (the CLI
//!   calls [`set_args`] first; `Args[0]` is the program name)
//! - `func Getenv(key string) string`, `func LookupEnv(key string) (string, bool)`,
//!   `func Environ() []string`, `func Hostname() (string, error)`, `func Getpid() int`,
//!   `var ErrDeadlineExceeded error` (the deadline error every `net` timeout wraps)
//! - `type FileMode = fs.FileMode`, `FileInfo`, `DirEntry`, `PathError` (aliases of `io/fs`'s),
//!   `ModePerm`, `ModeDir`, and `ErrNotExist`… (the same values as `io/fs`'s)
//! - submodules, one concern each: `file` (`*os.File`: standard streams and opened files),
//!   `dirs` (directories, names, removal, temporary names), `info` (`FileInfo`/`DirEntry`
//!   implementations, `IsNotExist`…), `process` (ids, `Expand`/`ExpandEnv`), `pollable` (pipes and
//!   devices read through the poller)
//!
//! Invariant: a name is passed to the system as its raw bytes ([`os_path`]); Go strings need
//! not be UTF-8.

pub mod dirs;
pub mod file;
pub mod info;
pub mod pollable;
pub mod process;

use crate::util;
use crate::{declare, native};
use parking_lot::Mutex;
use runtime::heap::Word;
use std::os::unix::ffi::OsStrExt;
use vm::native::Panic;

/// The environment variable `key`'s value, as raw bytes (Go's values need not be UTF-8); none
/// for a key that no `NAME=value` entry can have (empty, or holding `=` or NUL).
fn env_lookup(key: &[u8]) -> Option<Vec<u8>> {
    use std::os::unix::ffi::OsStringExt;
    if key.is_empty() || key.contains(&b'=') || key.contains(&0) {
        return None;
    }
    std::env::var_os(std::ffi::OsStr::from_bytes(key)).map(OsStringExt::into_vec)
}

static ARGS: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Sets `os.Args` (program name first).
pub fn set_args(args: Vec<String>) {
    *ARGS.lock() = args;
}

/// `os.Args` as set by [`set_args`].
pub fn args() -> Vec<String> {
    ARGS.lock().clone()
}

/// A Go name as a system path (its raw bytes).
pub fn os_path(name: &[u8]) -> &std::path::Path {
    std::path::Path::new(std::ffi::OsStr::from_bytes(name))
}

pub fn natives() -> Vec<crate::Entry> {
    let mut v = vec![
        declare!(
            "os",
            "import io/fs
import time
type FileMode = fs.FileMode
type FileInfo = fs.FileInfo
type DirEntry = fs.DirEntry
type PathError = fs.PathError
const ModeDir FileMode = 2147483648
const ModeSymlink FileMode = 134217728
const ModeType FileMode = 2401763328
const ModePerm FileMode = 511
const PathSeparator = 47
const PathListSeparator = 58"
        ),
        native!("os", "func Exit(int)", |_, r| Err(Panic::Exit(
            r[0] as i64 as i32
        ))),
        native!("os", "var Args []string", |_, r| {
            let args = args();
            r[0] = util::new_str_slice(&args.iter().map(|s| s.as_bytes()).collect::<Vec<_>>());
            Ok(())
        }),
        native!("os", "func Getenv(string) string", |_, r| {
            r[0] = util::new_str(&env_lookup(util::str_arg(r[0])).unwrap_or_default());
            Ok(())
        }),
        native!("os", "func LookupEnv(string) (string, bool)", |_, r| {
            let v = env_lookup(util::str_arg(r[0]));
            r[1] = v.is_some() as Word;
            r[0] = util::new_str(&v.unwrap_or_default());
            Ok(())
        }),
        native!("os", "func Environ() []string", |_, r| {
            let vars: Vec<Vec<u8>> = std::env::vars_os()
                .map(|(k, v)| [k.as_bytes(), b"=", v.as_bytes()].concat())
                .collect();
            r[0] = util::new_str_slice(&vars);
            Ok(())
        }),
        native!("os", "var ErrDeadlineExceeded error", |c, r| {
            r[0] = crate::net::err_timeout(c);
            Ok(())
        }),
        native!("os", "func Hostname() (string, error)", |c, r| {
            match std::fs::read("/proc/sys/kernel/hostname") {
                Ok(mut h) => {
                    while h.last() == Some(&b'\n') {
                        h.pop();
                    }
                    r[0] = util::new_str(&h);
                    r[1] = 0;
                }
                Err(e) => {
                    r[0] = util::new_str(b"");
                    r[1] =
                        crate::fs::io_path_error(c.prog, "open", b"/proc/sys/kernel/hostname", &e);
                }
            }
            Ok(())
        }),
    ];
    v.extend(crate::fs::sentinel_vars("os"));
    v.extend(file::natives());
    v.extend(dirs::natives());
    v.extend(info::natives());
    v.extend(process::natives());
    v
}
