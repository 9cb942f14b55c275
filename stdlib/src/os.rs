//! Package `os`:
//! - `func Exit(code int)` → `Panic::Exit(code)`
//! - `var Args []string` — a zero-argument native `os.Args` returning the slice (the CLI
//!   calls [`set_args`] first; `Args[0]` is the program name)
//! - `var Stdin, Stdout, Stderr *os.File` — zero-argument natives `os.Stdout` / `os.Stderr`
//!   returning a pointer to a one-word object holding the descriptor (1 or 2); `fmt.Fprint*`
//!   recognises the dynamic type `*os.File` and reads the descriptor ([`file_fd`])
//! - `func Getenv(key string) string`, `func LookupEnv(key string) (string, bool)`
//! - `func (f *File) WriteString(s string) (n int, err error)`, `(f *File) Write(b []byte)`,
//!   `Read(b []byte)` (standard input only), `Close() error` (nothing to release)
//! - `func ReadFile(name string) ([]byte, error)`

use crate::util;
use crate::{declare, native};
use parking_lot::Mutex;
use runtime::heap::{self, Word};
use std::os::unix::ffi::OsStrExt;
use vm::native::{NativeCtx, Panic};

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

/// `(*File).Read`: standard input is read (what is available, up to `len(p)` bytes); other
/// files are not open for reading.
fn read(ctx: &mut NativeCtx, regs: &mut [Word]) -> Result<(), Panic> {
    let (_, _, max, _) = vm::value::slice_parts(regs[1]);
    if file_fd(regs[0]) != 0 {
        regs[0] = 0;
        regs[1] = util::new_error(ctx.prog, b"read: bad file descriptor");
        return Ok(());
    }
    if max == 0 {
        regs[0] = 0;
        regs[1] = 0;
        return Ok(());
    }
    match crate::bufio::read_stdin(max) {
        Ok(b) if b.is_empty() => {
            regs[0] = 0;
            regs[1] = crate::io::eof(ctx);
        }
        Ok(b) => {
            for (i, &c) in b.iter().enumerate() {
                vm::value::slice_set(regs[1], i as i64, c as Word, true)?;
            }
            regs[0] = b.len() as Word;
            regs[1] = 0;
        }
        Err(e) => {
            regs[0] = 0;
            regs[1] = util::new_error(ctx.prog, format!("read /dev/stdin: {e}").as_bytes());
        }
    }
    Ok(())
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        native!("os", "func Exit(int)", |_, r| Err(Panic::Exit(
            r[0] as i64 as i32
        ))),
        native!("os", "var Args []string", |_, r| {
            let args = ARGS.lock().clone();
            r[0] = util::new_str_slice(&args.iter().map(|s| s.as_bytes()).collect::<Vec<_>>());
            Ok(())
        }),
        native!("os", "var Stdin *File", |_, r| {
            r[0] = file(0);
            Ok(())
        }),
        native!("os", "var Stdout *File", |_, r| {
            r[0] = file(1);
            Ok(())
        }),
        native!("os", "var Stderr *File", |_, r| {
            r[0] = file(2);
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
        declare!("os", "type File struct { impl uintptr }"),
        native!(
            "os",
            "func (*File) WriteString(string) (int, error)",
            |c, r| {
                let b = util::str_arg(r[1]);
                write(c, r, b)
            }
        ),
        native!("os", "func (*File) Write([]byte) (int, error)", |c, r| {
            let b = util::byte_slice(r[1]);
            write(c, r, &b)
        }),
        native!("os", "func (*File) Read([]byte) (int, error)", read),
        native!("os", "func (*File) Close() error", |_, r| {
            r[0] = 0;
            Ok(())
        }),
        native!("os", "func ReadFile(string) ([]byte, error)", |c, r| {
            let name = util::str_arg(r[0]);
            let path = std::ffi::OsStr::from_bytes(name);
            match std::fs::read(path) {
                Ok(b) => {
                    r[0] = util::new_byte_slice(&b);
                    r[1] = 0;
                }
                Err(e) => {
                    let (op, why) = match e.raw_os_error() {
                        Some(21) => ("read", "is a directory".to_string()),
                        Some(2) => ("open", "no such file or directory".to_string()),
                        Some(13) => ("open", "permission denied".to_string()),
                        _ => ("open", e.kind().to_string()),
                    };
                    let mut msg = format!("{op} ").into_bytes();
                    msg.extend_from_slice(name);
                    msg.extend_from_slice(format!(": {why}").as_bytes());
                    r[0] = 0;
                    r[1] = util::new_error(c.prog, &msg);
                }
            }
            Ok(())
        }),
    ]
}
