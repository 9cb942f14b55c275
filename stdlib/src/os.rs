//! Package `os`:
//! - `func Exit(code int)` → `Panic::Exit(code)`
//! - `var Args []string` — a zero-argument native `os.Args` returning the slice (the CLI
//!   calls [`set_args`] first; `Args[0]` is the program name)
//! - `var Stdin, Stdout, Stderr *os.File` — zero-argument natives `os.Stdout` / `os.Stderr`
//!   returning a pointer to a one-word object holding the descriptor (1 or 2); `fmt.Fprint*`
//!   recognises the dynamic type `*os.File` and reads the descriptor ([`file_fd`])
//! - `func Getenv(key string) string`, `func LookupEnv(key string) (string, bool)`
//! - `func (f *File) WriteString(s string) (n int, err error)`, `(f *File) Write(b []byte)`

use crate::native;
use crate::util;
use parking_lot::Mutex;
use runtime::heap::{self, Word};
use vm::native::{NativeCtx, Panic};

/// The environment variable `key`'s value, as raw bytes (Go's values need not be UTF-8); none
/// for a key that no `NAME=value` entry can have (empty, or holding `=` or NUL).
fn env_lookup(key: &[u8]) -> Option<Vec<u8>> {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
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

/// The descriptor of an `*os.File` pointer (0 when unknown).
pub fn file_fd(f: Word) -> u64 {
    if f == 0 || !f.is_multiple_of(8) {
        return 0;
    }
    heap::load_word(f)
}

fn file(fd: u64) -> Word {
    let obj = heap::alloc_words(1);
    heap::store_word(obj, fd);
    obj
}

fn write(ctx: &mut NativeCtx, regs: &mut [Word], bytes: &[u8]) -> Result<(), Panic> {
    let n = bytes.len() as Word;
    match file_fd(regs[0]) {
        1 => vm::output::write_stdout(bytes),
        2 => vm::output::write_stderr(bytes),
        _ => {
            regs[0] = 0;
            regs[1] = util::new_error(ctx.prog, b"write: bad file descriptor");
            return Ok(());
        }
    }
    regs[0] = n;
    regs[1] = 0;
    Ok(())
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        native!("os", "Exit", 1, 0, |_, r| Err(Panic::Exit(
            r[0] as i64 as i32
        ))),
        native!("os", "Args", 0, 1, |_, r| {
            let args = ARGS.lock().clone();
            r[0] = util::new_str_slice(&args.iter().map(|s| s.as_bytes()).collect::<Vec<_>>());
            Ok(())
        }),
        native!("os", "Stdin", 0, 1, |_, r| {
            r[0] = file(0);
            Ok(())
        }),
        native!("os", "Stdout", 0, 1, |_, r| {
            r[0] = file(1);
            Ok(())
        }),
        native!("os", "Stderr", 0, 1, |_, r| {
            r[0] = file(2);
            Ok(())
        }),
        native!("os", "Getenv", 1, 1, |_, r| {
            r[0] = util::new_str(&env_lookup(util::str_arg(r[0])).unwrap_or_default());
            Ok(())
        }),
        native!("os", "LookupEnv", 1, 2, |_, r| {
            let v = env_lookup(util::str_arg(r[0]));
            r[1] = v.is_some() as Word;
            r[0] = util::new_str(&v.unwrap_or_default());
            Ok(())
        }),
        native!("os", "File.WriteString", 2, 2, |c, r| {
            let b = util::str_arg(r[1]);
            write(c, r, b)
        }),
        native!("os", "File.Write", 2, 2, |c, r| {
            let b = util::byte_slice(r[1]);
            write(c, r, &b)
        }),
    ]
}
