//! Packages `io/fs` and `syscall` (its `Errno` only): what file-system errors and file
//! metadata are.
//!
//! - `type FileMode uint32` with Go's bits (`ModeDir`… `ModePerm`), `String()` (`drwxr-xr-x`),
//!   `IsDir`, `IsRegular`, `Perm`, `Type`.
//! - `type FileInfo interface`, `type DirEntry interface` (implemented by `os`'s `*fileStat`
//!   and `*unixDirent`), `type WalkDirFunc`.
//! - `type PathError struct { Op, Path string; Err error }` with `Error()` = `Op + " " + Path +
//!   ": " + Err.Error()` and `Unwrap()`; natives build one with [`path_error`], whose `Err` is a
//!   `syscall.Errno` (Go's lower-case strerror text; `Is` maps it to the sentinels below).
//! - `var ErrInvalid, ErrPermission, ErrExist, ErrNotExist, ErrClosed error`, `var SkipDir
//!   error`: one identity per program (`os.ErrNotExist` is the same value).

use crate::util;
use crate::{declare, native};
use runtime::heap::{self, Word};
use std::sync::atomic::Ordering::{Acquire, Release};
use vm::native::{NativeCtx, Panic};
use vm::program::Program;
use vm::value;

pub const MODE_DIR: u32 = 1 << 31;
pub const MODE_SYMLINK: u32 = 1 << 27;
pub const MODE_DEVICE: u32 = 1 << 26;
pub const MODE_NAMED_PIPE: u32 = 1 << 25;
pub const MODE_SOCKET: u32 = 1 << 24;
pub const MODE_SETUID: u32 = 1 << 23;
pub const MODE_SETGID: u32 = 1 << 22;
pub const MODE_CHAR_DEVICE: u32 = 1 << 21;
pub const MODE_STICKY: u32 = 1 << 20;
pub const MODE_IRREGULAR: u32 = 1 << 19;
pub const MODE_TYPE: u32 = MODE_DIR
    | MODE_SYMLINK
    | MODE_NAMED_PIPE
    | MODE_SOCKET
    | MODE_DEVICE
    | MODE_CHAR_DEVICE
    | MODE_IRREGULAR;

pub const ENOENT: i32 = 2;
pub const EIO: i32 = 5;
pub const EBADF: i32 = 9;
pub const EACCES: i32 = 13;
pub const EPERM: i32 = 1;
pub const EEXIST: i32 = 17;
pub const ENOTDIR: i32 = 20;
pub const EINVAL: i32 = 22;
pub const ENOTEMPTY: i32 = 39;

/// `FileMode.String()`.
pub fn mode_string(m: u32) -> String {
    let mut out: String = "dalTLDpSugct?"
        .chars()
        .enumerate()
        .filter(|&(i, _)| m & (1 << (31 - i)) != 0)
        .map(|(_, c)| c)
        .collect();
    if out.is_empty() {
        out.push('-');
    }
    for (i, c) in "rwxrwxrwx".chars().enumerate() {
        out.push(if m & (1 << (8 - i)) != 0 { c } else { '-' });
    }
    out
}

/// `syscall.Errno(code).Error()`: the C library's text with Go's lower-case first letter.
pub fn errno_text(code: i32) -> String {
    let text = std::io::Error::from_raw_os_error(code).to_string();
    let text = text.split(" (os error").next().unwrap_or("").to_string();
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => format!("errno {code}"),
    }
}

/// The errno of a failed `std` file operation (`EINVAL` for `std`'s own argument checks).
pub fn errno_of(e: &std::io::Error) -> i32 {
    e.raw_os_error().unwrap_or(EINVAL)
}

/// The sentinel errors, by the name of their package variable.
#[derive(Clone, Copy, PartialEq)]
pub enum Sentinel {
    Invalid,
    Permission,
    Exist,
    NotExist,
    Closed,
}

impl Sentinel {
    /// In the order of their declarations in [`sentinel_vars`].
    const ALL: [Sentinel; 5] = [
        Sentinel::Invalid,
        Sentinel::Permission,
        Sentinel::Exist,
        Sentinel::NotExist,
        Sentinel::Closed,
    ];

    fn text(self) -> &'static str {
        match self {
            Sentinel::Invalid => "invalid argument",
            Sentinel::Permission => "permission denied",
            Sentinel::Exist => "file already exists",
            Sentinel::NotExist => "file does not exist",
            Sentinel::Closed => "file already closed",
        }
    }

    /// The sentinel an errno stands for (`syscall.Errno.Is`).
    pub fn of_errno(code: i32) -> Option<Sentinel> {
        match code {
            ENOENT => Some(Sentinel::NotExist),
            EEXIST | ENOTEMPTY => Some(Sentinel::Exist),
            EACCES | EPERM => Some(Sentinel::Permission),
            _ => None,
        }
    }

    /// The program's one value of this sentinel.
    pub fn value(self, prog: &Program) -> Word {
        let key = format!("fs.sentinel {}", self.text());
        util::permanent(prog, &key, || util::new_error(prog, self.text().as_bytes()))
    }
}

/// The id of a type this module declares (present whenever `io/fs` is loaded, which every
/// package whose natives call this imports).
fn declared_type(prog: &Program, name: &str) -> u32 {
    util::type_named(prog, name).unwrap_or_else(|| panic!("{name} is not declared"))
}

/// `syscall.Errno(code)` as an `error`.
pub fn errno_error(prog: &Program, code: i32) -> Word {
    value::iface_new(declared_type(prog, "syscall.Errno"), code as Word)
}

/// `&fs.PathError{Op: op, Path: path, Err: err}` as an `error`.
pub fn path_error(prog: &Program, op: &str, path: &[u8], err: Word) -> Word {
    let t = declared_type(prog, "*fs.PathError");
    let obj = value::zero(prog, prog.types[t as usize].elem);
    let slots = heap::words(obj);
    slots[0].store(util::new_str(op.as_bytes()), Release);
    slots[1].store(util::new_str(path), Release);
    slots[2].store(err, Release);
    value::iface_new(t, obj)
}

/// A `*fs.PathError` for a failed `std` operation.
pub fn io_path_error(prog: &Program, op: &str, path: &[u8], e: &std::io::Error) -> Word {
    path_error(prog, op, path, errno_error(prog, errno_of(e)))
}

/// The `Err` of a `*fs.PathError` or `*os.LinkError` (`err` itself for any other error).
pub fn underlying(prog: &Program, err: Word) -> Word {
    let Some((t, data)) = value::iface_parts(err) else {
        return err;
    };
    let slot = match prog.types[t as usize].name.as_str() {
        "*fs.PathError" => 2,
        "*os.LinkError" => 3,
        _ => return err,
    };
    if data == 0 {
        return err;
    }
    heap::words(data)[slot].load(Acquire)
}

/// `os.IsNotExist` and its twins: `err` (or the `Err` of a `*PathError`) is the sentinel or
/// an `Errno` standing for it.
pub fn underlying_is(prog: &Program, err: Word, s: Sentinel) -> Result<bool, Panic> {
    let err = underlying(prog, err);
    if let Some((t, data)) = value::iface_parts(err) {
        if prog.types[t as usize].name == "syscall.Errno" {
            return Ok(Sentinel::of_errno(data as i32) == Some(s));
        }
    }
    crate::errors::same_error(prog, err, s.value(prog))
}

/// `(*PathError).Error`.
fn path_error_text(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    if r[0] == 0 {
        return Err(util::nil_deref());
    }
    let slots = heap::words(r[0]);
    let (op, path, err) = (
        slots[0].load(Acquire),
        slots[1].load(Acquire),
        slots[2].load(Acquire),
    );
    let mut msg = util::str_arg(op).to_vec();
    msg.push(b' ');
    msg.extend_from_slice(util::str_arg(path));
    msg.extend_from_slice(b": ");
    if err == 0 {
        msg.extend_from_slice(b"<nil>");
    } else {
        let m = util::call_iface_method(ctx, err, "Error", &[])?;
        msg.extend_from_slice(util::str_arg(m.first().copied().unwrap_or(0)));
    }
    r[0] = util::new_str(&msg);
    Ok(())
}

/// The native of a sentinel's package variable (`S` indexes [`Sentinel::ALL`]).
fn sentinel_var<const S: usize>(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    r[0] = Sentinel::ALL[S].value(ctx.prog);
    Ok(())
}

/// The sentinel variables' declarations in package `pkg` (`io/fs`, and `os` shares them).
pub fn sentinel_vars(pkg: &'static str) -> Vec<crate::Entry> {
    vec![
        native!(pkg, "var ErrInvalid error", sentinel_var::<0>),
        native!(pkg, "var ErrPermission error", sentinel_var::<1>),
        native!(pkg, "var ErrExist error", sentinel_var::<2>),
        native!(pkg, "var ErrNotExist error", sentinel_var::<3>),
        native!(pkg, "var ErrClosed error", sentinel_var::<4>),
    ]
}

/// `fs.SkipDir` (one identity per program).
pub fn skip_dir(prog: &Program) -> Word {
    util::permanent(prog, "fs.SkipDir", || {
        util::new_error(prog, b"skip this directory")
    })
}

pub fn natives() -> Vec<crate::Entry> {
    let mut v = vec![
        declare!(
            "syscall",
            "type Errno uintptr
const ENOENT Errno = 2
const EEXIST Errno = 17
const ENOTDIR Errno = 20
const EISDIR Errno = 21
const ENOTEMPTY Errno = 39
const EACCES Errno = 13"
        ),
        native!("syscall", "func (Errno) Error() string", |_, r| {
            r[0] = util::new_str(errno_text(r[0] as i32).as_bytes());
            Ok(())
        }),
        native!("syscall", "func (Errno) Is(error) bool", |c, r| {
            r[0] = match Sentinel::of_errno(r[0] as i32) {
                Some(s) => crate::errors::same_error(c.prog, r[1], s.value(c.prog))? as Word,
                None => 0,
            };
            Ok(())
        }),
        declare!(
            "io/fs",
            "import time
import syscall
type FileMode uint32
const ModeDir FileMode = 2147483648
const ModeAppend FileMode = 1073741824
const ModeExclusive FileMode = 536870912
const ModeTemporary FileMode = 268435456
const ModeSymlink FileMode = 134217728
const ModeDevice FileMode = 67108864
const ModeNamedPipe FileMode = 33554432
const ModeSocket FileMode = 16777216
const ModeSetuid FileMode = 8388608
const ModeSetgid FileMode = 4194304
const ModeCharDevice FileMode = 2097152
const ModeSticky FileMode = 1048576
const ModeIrregular FileMode = 524288
const ModeType FileMode = 2401763328
const ModePerm FileMode = 511
type FileInfo interface { Name() string; Size() int64; Mode() FileMode; ModTime() time.Time; IsDir() bool }
type DirEntry interface { Name() string; IsDir() bool; Type() FileMode; Info() (FileInfo, error) }
type WalkDirFunc func(string, DirEntry, error) error
type PathError struct { Op string; Path string; Err error }"
        ),
        native!("io/fs", "func (FileMode) String() string", |_, r| {
            r[0] = util::new_str(mode_string(r[0] as u32).as_bytes());
            Ok(())
        }),
        native!("io/fs", "func (FileMode) IsDir() bool", |_, r| {
            r[0] = (r[0] as u32 & MODE_DIR != 0) as Word;
            Ok(())
        }),
        native!("io/fs", "func (FileMode) IsRegular() bool", |_, r| {
            r[0] = (r[0] as u32 & MODE_TYPE == 0) as Word;
            Ok(())
        }),
        native!("io/fs", "func (FileMode) Perm() FileMode", |_, r| {
            r[0] &= 0o777;
            Ok(())
        }),
        native!("io/fs", "func (FileMode) Type() FileMode", |_, r| {
            r[0] &= MODE_TYPE as Word;
            Ok(())
        }),
        native!("io/fs", "func (*PathError) Error() string", path_error_text),
        native!("io/fs", "func (*PathError) Unwrap() error", |_, r| {
            if r[0] == 0 {
                return Err(util::nil_deref());
            }
            r[0] = heap::words(r[0])[2].load(Acquire);
            Ok(())
        }),
        native!("io/fs", "var SkipDir error", |c, r| {
            r[0] = skip_dir(c.prog);
            Ok(())
        }),
    ];
    v.extend(sentinel_vars("io/fs"));
    v
}
