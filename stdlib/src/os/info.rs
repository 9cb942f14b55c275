//! File metadata as `io/fs` interfaces: `*os.fileStat` (an `fs.FileInfo`: `Name`, `Size`,
//! `Mode`, `ModTime`, `IsDir`) and `*os.unixDirent` (an `fs.DirEntry`: `Name`, `IsDir`,
//! `Type`, `Info`).
//!
//! Invariant: both are plain structs of the program's type table (`fileStat{name, size, mode,
//! modTime}` with the modification time in Unix nanoseconds, `unixDirent{parent, name, typ}`),
//! built only by [`file_info`] and [`dir_entry`]; a `FileMode` holds Go's bits (see
//! [`mode_of`]), never the system's `st_mode`.

use crate::fs::{self as gofs, Sentinel};
use crate::util;
use crate::{declare, native};
use runtime::heap::{self, Word};
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::sync::atomic::Ordering::{Acquire, Release};
use vm::native::{NativeCtx, Panic};
use vm::program::Program;
use vm::value;

/// Go's `FileMode` of a file type.
pub fn type_bits(ft: std::fs::FileType) -> u32 {
    if ft.is_dir() {
        gofs::MODE_DIR
    } else if ft.is_symlink() {
        gofs::MODE_SYMLINK
    } else if ft.is_block_device() {
        gofs::MODE_DEVICE
    } else if ft.is_char_device() {
        gofs::MODE_DEVICE | gofs::MODE_CHAR_DEVICE
    } else if ft.is_fifo() {
        gofs::MODE_NAMED_PIPE
    } else if ft.is_socket() {
        gofs::MODE_SOCKET
    } else {
        0
    }
}

/// Go's `FileMode` of a file's metadata (`fillFileStatFromSys`).
pub fn mode_of(md: &std::fs::Metadata) -> u32 {
    let sys = md.mode();
    let mut m = (sys & 0o777) | type_bits(md.file_type());
    if sys & 0o4000 != 0 {
        m |= gofs::MODE_SETUID;
    }
    if sys & 0o2000 != 0 {
        m |= gofs::MODE_SETGID;
    }
    if sys & 0o1000 != 0 {
        m |= gofs::MODE_STICKY;
    }
    m
}

/// A new struct of the type `*name`'s element, filled with `slots`, as `*name`.
fn new_struct(prog: &Program, name: &str, slots: &[Word]) -> (u32, Word) {
    let t = util::type_named(prog, name).unwrap_or_else(|| panic!("{name} is not declared"));
    let obj = value::zero(prog, prog.types[t as usize].elem);
    for (slot, &w) in heap::words(obj).iter().zip(slots) {
        slot.store(w, Release);
    }
    (t, obj)
}

/// An `fs.FileInfo` (`*os.fileStat`) named `name` for metadata `md`.
pub fn file_info(prog: &Program, name: &[u8], md: &std::fs::Metadata) -> Word {
    let mtime = md.mtime() as i128 * 1_000_000_000 + md.mtime_nsec() as i128;
    let slots = [
        util::new_str(name),
        md.len() as Word,
        mode_of(md) as Word,
        mtime as i64 as Word,
    ];
    let (t, obj) = new_struct(prog, "*os.fileStat", &slots);
    value::iface_new(t, obj)
}

/// An `fs.DirEntry` (`*os.unixDirent`) for `name` in directory `parent` of type bits `typ`.
pub fn dir_entry(prog: &Program, parent: &[u8], name: &[u8], typ: u32) -> Word {
    let slots = [util::new_str(parent), util::new_str(name), typ as Word];
    let (t, obj) = new_struct(prog, "*os.unixDirent", &slots);
    value::iface_new(t, obj)
}

/// `(l)stat` of `path` as `(FileInfo, error)` in `r[0]`, `r[1]`; the info is named `name`.
pub fn stat_into(prog: &Program, r: &mut [Word], op: &str, path: &[u8], follow: bool) {
    let p = crate::os::os_path(path);
    let md = if follow {
        std::fs::metadata(p)
    } else {
        std::fs::symlink_metadata(p)
    };
    match md {
        Ok(md) => {
            r[0] = file_info(prog, &crate::path::base(path), &md);
            r[1] = 0;
        }
        Err(e) => {
            r[0] = 0;
            r[1] = gofs::io_path_error(prog, op, path, &e);
        }
    }
}

/// Slot `i` of the struct a receiver points to.
fn slot(recv: Word, i: usize) -> Result<Word, Panic> {
    if recv == 0 {
        return Err(util::nil_deref());
    }
    Ok(heap::words(recv)[i].load(Acquire))
}

fn dirent_info(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let mut path = util::str_arg(slot(r[0], 0)?).to_vec();
    path.push(b'/');
    path.extend_from_slice(util::str_arg(slot(r[0], 1)?));
    stat_into(ctx.prog, r, "lstat", &path, false);
    Ok(())
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!(
            "os",
            "type fileStat struct { name string; size int64; mode FileMode; modTime int64 }
type unixDirent struct { parent string; name string; typ FileMode }"
        ),
        native!("os", "func (*fileStat) Name() string", |_, r| {
            r[0] = slot(r[0], 0)?;
            Ok(())
        }),
        native!("os", "func (*fileStat) Size() int64", |_, r| {
            r[0] = slot(r[0], 1)?;
            Ok(())
        }),
        native!("os", "func (*fileStat) Mode() FileMode", |_, r| {
            r[0] = slot(r[0], 2)?;
            Ok(())
        }),
        native!("os", "func (*fileStat) IsDir() bool", |_, r| {
            r[0] = (slot(r[0], 2)? as u32 & gofs::MODE_DIR != 0) as Word;
            Ok(())
        }),
        native!("os", "func (*fileStat) ModTime() time.Time", |_, r| {
            let ns = slot(r[0], 3)? as i64 as i128;
            r[0] = crate::time::new_time_in(ns, crate::time::local_loc());
            Ok(())
        }),
        native!("os", "func (*unixDirent) Name() string", |_, r| {
            r[0] = slot(r[0], 1)?;
            Ok(())
        }),
        native!("os", "func (*unixDirent) IsDir() bool", |_, r| {
            r[0] = (slot(r[0], 2)? as u32 & gofs::MODE_DIR != 0) as Word;
            Ok(())
        }),
        native!("os", "func (*unixDirent) Type() FileMode", |_, r| {
            r[0] = slot(r[0], 2)?;
            Ok(())
        }),
        native!(
            "os",
            "func (*unixDirent) Info() (FileInfo, error)",
            dirent_info
        ),
        native!("os", "func IsNotExist(error) bool", |c, r| {
            r[0] = gofs::underlying_is(c.prog, r[0], Sentinel::NotExist)? as Word;
            Ok(())
        }),
        native!("os", "func IsExist(error) bool", |c, r| {
            r[0] = gofs::underlying_is(c.prog, r[0], Sentinel::Exist)? as Word;
            Ok(())
        }),
        native!("os", "func IsPermission(error) bool", |c, r| {
            r[0] = gofs::underlying_is(c.prog, r[0], Sentinel::Permission)? as Word;
            Ok(())
        }),
    ]
}
