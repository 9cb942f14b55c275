//! Directories and names in the file system: `Mkdir`, `MkdirAll`, `MkdirTemp` (and the
//! temporary names `CreateTemp` shares), `Remove`, `RemoveAll`, `Stat`, `Lstat`, `ReadDir`
//! (sorted by name), `Rename` (`*os.LinkError`), `Chmod`, `Getwd`, `Chdir`, `TempDir`.
//!
//! Invariant: every failure is a `*fs.PathError` with Go's operation and path (`mkdir`,
//! `remove`, `stat`, `open` …), so texts and `errors.Is(err, fs.ErrNotExist)` match Go's.

use super::info;
use super::os_path;
use crate::fs as gofs;
use crate::util;
use crate::{declare, native};
use runtime::heap::Word;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::DirBuilderExt;
use std::sync::atomic::{AtomicU64, Ordering};
use vm::native::{NativeCtx, Panic};
use vm::program::Program;

/// An operation's failure: Go's operation name, the path, the system's error.
type Failure = (&'static str, Vec<u8>, std::io::Error);

fn failure_error(prog: &Program, (op, path, e): Failure) -> Word {
    gofs::io_path_error(prog, op, &path, &e)
}

fn mkdir(path: &[u8], perm: u32) -> Result<(), Failure> {
    std::fs::DirBuilder::new()
        .mode(perm)
        .create(os_path(path))
        .map_err(|e| ("mkdir", path.to_vec(), e))
}

/// Go's `MkdirAll`: the parents first, an existing directory is success.
fn mkdir_all(path: &[u8], perm: u32) -> Result<(), Failure> {
    if let Ok(md) = std::fs::metadata(os_path(path)) {
        if md.is_dir() {
            return Ok(());
        }
        let e = std::io::Error::from_raw_os_error(gofs::ENOTDIR);
        return Err(("mkdir", path.to_vec(), e));
    }
    let mut i = path.len();
    while i > 0 && path[i - 1] == b'/' {
        i -= 1;
    }
    let mut j = i;
    while j > 0 && path[j - 1] != b'/' {
        j -= 1;
    }
    if j > 1 {
        mkdir_all(&path[..j - 1], perm)?;
    }
    mkdir(path, perm).or_else(|e| match std::fs::symlink_metadata(os_path(path)) {
        Ok(md) if md.is_dir() => Ok(()),
        _ => Err(e),
    })
}

/// `os.TempDir()`: `$TMPDIR`, else `/tmp`.
fn temp_dir() -> Vec<u8> {
    match std::env::var_os("TMPDIR") {
        Some(d) if !d.is_empty() => d.as_bytes().to_vec(),
        _ => b"/tmp".to_vec(),
    }
}

/// A fresh pseudo-random decimal (Go's `nextRandom`).
fn next_random() -> String {
    static STATE: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let mut x = STATE.fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed) ^ nanos;
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    (x as u32).to_string()
}

/// Tries `make` on `dir/prefix<random>suffix` names (`pattern` = `prefix*suffix`, its last
/// `*` replaced) until one does not exist yet, as `MkdirTemp` and `CreateTemp` do.
pub fn with_temp_name<T>(
    prog: &Program,
    op: &str,
    dir: &[u8],
    pattern: &[u8],
    mut make: impl FnMut(&[u8]) -> Result<T, Word>,
) -> Result<T, Word> {
    let dir = if dir.is_empty() {
        temp_dir()
    } else {
        dir.to_vec()
    };
    if pattern.contains(&b'/') {
        let e = util::new_error(prog, b"pattern contains path separator");
        return Err(gofs::path_error(prog, op, pattern, e));
    }
    let (prefix, suffix) = match pattern.iter().rposition(|&c| c == b'*') {
        Some(i) => (&pattern[..i], &pattern[i + 1..]),
        None => (pattern, &b""[..]),
    };
    let mut base = dir.clone();
    if !base.ends_with(b"/") {
        base.push(b'/');
    }
    base.extend_from_slice(prefix);
    for _ in 0..10000 {
        let mut name = base.clone();
        name.extend_from_slice(next_random().as_bytes());
        name.extend_from_slice(suffix);
        match make(&name) {
            Err(e) if gofs::underlying_is(prog, e, gofs::Sentinel::Exist).unwrap_or(false) => {}
            made => return made,
        }
    }
    let mut shown = base;
    shown.push(b'*');
    shown.extend_from_slice(suffix);
    let exist = gofs::Sentinel::Exist.value(prog);
    Err(gofs::path_error(prog, op, &shown, exist))
}

fn mkdir_temp(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let (dir, pattern) = (util::str_arg(r[0]), util::str_arg(r[1]));
    let prog = ctx.prog;
    let made = with_temp_name(prog, "mkdirtemp", dir, pattern, |name| {
        match mkdir(name, 0o700) {
            Ok(()) => Ok(name.to_vec()),
            Err(f) if f.2.raw_os_error() == Some(gofs::ENOENT) && !dir.is_empty() => {
                match std::fs::metadata(os_path(dir)) {
                    Err(e) if e.raw_os_error() == Some(gofs::ENOENT) => {
                        Err(gofs::io_path_error(prog, "stat", dir, &e))
                    }
                    _ => Err(failure_error(prog, f)),
                }
            }
            Err(f) => Err(failure_error(prog, f)),
        }
    });
    match made {
        Ok(name) => {
            r[0] = util::new_str(&name);
            r[1] = 0;
        }
        Err(e) => {
            r[0] = util::new_str(b"");
            r[1] = e;
        }
    }
    Ok(())
}

/// Go's `Remove`: unlink, else rmdir; the rmdir error wins unless it is `ENOTDIR`.
fn remove(path: &[u8]) -> Result<(), Failure> {
    let Err(e) = std::fs::remove_file(os_path(path)) else {
        return Ok(());
    };
    match std::fs::remove_dir(os_path(path)) {
        Ok(()) => Ok(()),
        Err(e1) if e1.raw_os_error() != Some(gofs::ENOTDIR) => Err(("remove", path.to_vec(), e1)),
        Err(_) => Err(("remove", path.to_vec(), e)),
    }
}

/// `RemoveAll`: a missing path is success.
fn remove_all(path: &[u8]) -> Result<(), Failure> {
    let p = os_path(path);
    let res = match std::fs::symlink_metadata(p) {
        Err(e) if e.raw_os_error() == Some(gofs::ENOENT) => Ok(()),
        Ok(md) if md.is_dir() => std::fs::remove_dir_all(p),
        _ => std::fs::remove_file(p),
    };
    match res {
        Err(e) if e.raw_os_error() == Some(gofs::ENOENT) => Ok(()),
        r => r.map_err(|e| ("unlinkat", path.to_vec(), e)),
    }
}

/// `&os.LinkError{Op: "rename", Old: old, New: new, Err: Errno(code)}` as an `error`.
fn link_error(prog: &Program, old: &[u8], new: &[u8], code: i32) -> Word {
    let t = util::type_named(prog, "*os.LinkError").expect("os.LinkError is declared");
    let obj = vm::value::zero(prog, prog.types[t as usize].elem);
    let slots = runtime::heap::words(obj);
    let fields = [
        util::new_str(b"rename"),
        util::new_str(old),
        util::new_str(new),
        gofs::errno_error(prog, code),
    ];
    for (slot, w) in slots.iter().zip(fields) {
        slot.store(w, std::sync::atomic::Ordering::Release);
    }
    vm::value::iface_new(t, obj)
}

/// Go's `Rename`: an existing directory as the new name is `EEXIST` (unless the old name
/// is the one that is missing).
fn rename(prog: &Program, old: &[u8], new: &[u8]) -> Word {
    if std::fs::symlink_metadata(os_path(new)).is_ok_and(|md| md.is_dir()) {
        use std::os::unix::fs::MetadataExt;
        let same =
            |a: &std::fs::Metadata, b: &std::fs::Metadata| a.dev() == b.dev() && a.ino() == b.ino();
        match std::fs::symlink_metadata(os_path(old)) {
            Err(e) => return link_error(prog, old, new, gofs::errno_of(&e)),
            Ok(omd) => {
                let nmd = std::fs::symlink_metadata(os_path(new));
                if new == old || !nmd.is_ok_and(|nmd| same(&nmd, &omd)) {
                    return link_error(prog, old, new, gofs::EEXIST);
                }
            }
        }
    }
    match std::fs::rename(os_path(old), os_path(new)) {
        Ok(()) => 0,
        Err(e) => link_error(prog, old, new, gofs::errno_of(&e)),
    }
}

/// `(*LinkError).Error`: `Op Old New: Err`.
fn link_error_text(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    if r[0] == 0 {
        return Err(util::nil_deref());
    }
    let slot = |i: usize| runtime::heap::words(r[0])[i].load(std::sync::atomic::Ordering::Acquire);
    let (op, old, new, err) = (slot(0), slot(1), slot(2), slot(3));
    let mut msg = [util::str_arg(op), util::str_arg(old), util::str_arg(new)].join(&b' ');
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

/// The entries of directory `path` as `DirEntry`s sorted by name.
pub fn read_dir(prog: &Program, path: &[u8]) -> Result<Vec<Word>, Word> {
    let rd = std::fs::read_dir(os_path(path)).map_err(|e| {
        let op = if e.raw_os_error() == Some(gofs::ENOTDIR) {
            "readdirent"
        } else {
            "open"
        };
        gofs::io_path_error(prog, op, path, &e)
    })?;
    let mut entries = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| gofs::io_path_error(prog, "readdirent", path, &e))?;
        let typ = ent.file_type().map_or(0, info::type_bits);
        entries.push((ent.file_name().as_bytes().to_vec(), typ));
    }
    entries.sort();
    Ok(entries
        .iter()
        .map(|(name, typ)| info::dir_entry(prog, path, name, *typ))
        .collect())
}

/// `r[0]` = the error of `res` (nil on success).
fn error_into(prog: &Program, r: &mut [Word], res: Result<(), Failure>) {
    r[0] = res.map_or_else(|f| failure_error(prog, f), |()| 0);
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!(
            "os",
            "type LinkError struct { Op string; Old string; New string; Err error }"
        ),
        native!("os", "func (*LinkError) Error() string", link_error_text),
        native!("os", "func (*LinkError) Unwrap() error", |_, r| {
            if r[0] == 0 {
                return Err(util::nil_deref());
            }
            r[0] = runtime::heap::words(r[0])[3].load(std::sync::atomic::Ordering::Acquire);
            Ok(())
        }),
        native!("os", "func Rename(string, string) error", |c, r| {
            r[0] = rename(c.prog, util::str_arg(r[0]), util::str_arg(r[1]));
            Ok(())
        }),
        native!("os", "func Chmod(string, FileMode) error", |c, r| {
            use std::os::unix::fs::PermissionsExt;
            let name = util::str_arg(r[0]);
            // Go's syscallMode: the permission bits plus setuid, setgid and sticky
            let m = r[1] as u32;
            let mut mode = m & 0o777;
            for (go, sys) in [
                (gofs::MODE_SETUID, 0o4000),
                (gofs::MODE_SETGID, 0o2000),
                (gofs::MODE_STICKY, 0o1000),
            ] {
                if m & go != 0 {
                    mode |= sys;
                }
            }
            let perms = std::fs::Permissions::from_mode(mode);
            r[0] = match std::fs::set_permissions(os_path(name), perms) {
                Ok(()) => 0,
                Err(e) => gofs::io_path_error(c.prog, "chmod", name, &e),
            };
            Ok(())
        }),
        native!("os", "func Mkdir(string, FileMode) error", |c, r| {
            error_into(c.prog, r, mkdir(util::str_arg(r[0]), r[1] as u32));
            Ok(())
        }),
        native!("os", "func MkdirAll(string, FileMode) error", |c, r| {
            error_into(c.prog, r, mkdir_all(util::str_arg(r[0]), r[1] as u32));
            Ok(())
        }),
        native!(
            "os",
            "func MkdirTemp(string, string) (string, error)",
            mkdir_temp
        ),
        native!("os", "func TempDir() string", |_, r| {
            r[0] = util::new_str(&temp_dir());
            Ok(())
        }),
        native!("os", "func Remove(string) error", |c, r| {
            error_into(c.prog, r, remove(util::str_arg(r[0])));
            Ok(())
        }),
        native!("os", "func RemoveAll(string) error", |c, r| {
            error_into(c.prog, r, remove_all(util::str_arg(r[0])));
            Ok(())
        }),
        native!("os", "func Stat(string) (FileInfo, error)", |c, r| {
            info::stat_into(c.prog, r, "stat", util::str_arg(r[0]), true);
            Ok(())
        }),
        native!("os", "func Lstat(string) (FileInfo, error)", |c, r| {
            info::stat_into(c.prog, r, "lstat", util::str_arg(r[0]), false);
            Ok(())
        }),
        native!("os", "func ReadDir(string) ([]DirEntry, error)", |c, r| {
            match read_dir(c.prog, util::str_arg(r[0])) {
                Ok(entries) => {
                    r[0] = util::new_word_slice(&entries);
                    r[1] = 0;
                }
                Err(e) => {
                    r[0] = 0;
                    r[1] = e;
                }
            }
            Ok(())
        }),
        native!("os", "func Getwd() (string, error)", |c, r| {
            match std::env::current_dir() {
                Ok(d) => {
                    r[0] = util::new_str(d.as_os_str().as_bytes());
                    r[1] = 0;
                }
                Err(e) => {
                    r[0] = util::new_str(b"");
                    r[1] = util::new_error(
                        c.prog,
                        format!("getwd: {}", gofs::errno_text(gofs::errno_of(&e))).as_bytes(),
                    );
                }
            }
            Ok(())
        }),
        native!("os", "func Chdir(string) error", |c, r| {
            let dir = util::str_arg(r[0]);
            r[0] = match std::env::set_current_dir(os_path(dir)) {
                Ok(()) => 0,
                Err(e) => gofs::io_path_error(c.prog, "chdir", dir, &e),
            };
            Ok(())
        }),
    ]
}
