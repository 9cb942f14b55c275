//! `*os.File`: the standard streams and opened files.
//!
//! Invariant: an `*os.File` points to a one-word object whose word is a standard stream's
//! descriptor (0, 1, 2) or a pointer to an [`OsFile`], the native object owning the opened
//! `std::fs::File` (closed by `Close`, or when the collector frees an unreachable one). A
//! regular file's open, read or write blocks the worker briefly, as Go's own file I/O does; a
//! pipe or device is read and written through the poller (`super::pollable`), and opening a
//! FIFO (which waits for its other end) runs on a blocking-call thread: no worker ever waits
//! on another process.
//!
//! - `Open`, `Create`, `OpenFile(name, flag, perm)` with Linux's `O_*` values, `WriteFile`,
//!   `ReadFile`, `CreateTemp`; methods `Read`, `Write`, `WriteString`, `Seek`, `Close`, `Sync`,
//!   `Name`, `Stat`. Failures are `*fs.PathError`s with Go's texts (`open /nope: no such file
//!   or directory`, `read f: file already closed`).

use super::pollable::Polled;
use crate::fs::{self as gofs, Sentinel};
use crate::util;
use crate::{declare, native};
use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use runtime::netpoll::Mode;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use vm::native::{NativeCtx, Panic};
use vm::program::Program;

const O_WRONLY: i64 = 0x1;
const O_RDWR: i64 = 0x2;
const O_CREATE: i64 = 0x40;
const O_EXCL: i64 = 0x80;
const O_TRUNC: i64 = 0x200;
const O_APPEND: i64 = 0x400;

/// An opened file, the name it was opened by and its registration with the poller.
pub struct OsFile {
    name: Vec<u8>,
    file: Mutex<Option<std::fs::File>>,
    polled: Option<Polled>,
}

impl NativeObject for OsFile {
    fn trace(&self, _marker: &mut Marker) {}
}

impl OsFile {
    /// Closes the file: false when it was closed already.
    fn close(&self) -> bool {
        let Some(file) = self.file.lock().take() else {
            return false;
        };
        if let Some(p) = &self.polled {
            p.close(&file);
        }
        true
    }
}

impl Drop for OsFile {
    fn drop(&mut self) {
        self.close();
    }
}

/// The standard stream descriptor (0, 1, 2) or opened file behind an `*os.File`.
pub enum Handle {
    Std(u64),
    Opened(&'static OsFile),
}

/// What an `*os.File` refers to (a nil pointer panics as Go's method calls do).
pub fn handle(f: Word) -> Result<Handle, Panic> {
    if f == 0 {
        return Err(util::nil_deref());
    }
    let w = heap::load_word(f);
    if w < 3 {
        return Ok(Handle::Std(w));
    }
    heap::native::<OsFile>(w)
        .map(Handle::Opened)
        .ok_or_else(util::nil_deref)
}

/// A new `*os.File` object for standard stream `fd`.
pub fn std_file(fd: u64) -> Word {
    let obj = heap::alloc_words(1);
    heap::store_word(obj, fd);
    obj
}

fn std_name(fd: u64) -> &'static [u8] {
    match fd {
        0 => b"/dev/stdin",
        1 => b"/dev/stdout",
        _ => b"/dev/stderr",
    }
}

/// Opens `name` as `os.OpenFile` does: the `*os.File` or the `*fs.PathError`.
pub fn open(ctx: &mut NativeCtx, name: &[u8], flag: i64, perm: u32) -> Result<Word, Word> {
    let (file, _) = open_file(ctx, name, flag, perm)?;
    let native = heap::alloc_native(Box::new(file));
    let obj = heap::alloc_words(1);
    heap::store_word(obj, native);
    Ok(obj)
}

/// Opens `name` (the `*fs.PathError` on failure), with the size its stat gave (0 when
/// unknown). Opening a FIFO waits for its other end, so that open runs as a blocking call
/// (`NativeCtx::syscall`); any other file opens here.
fn open_file(
    ctx: &mut NativeCtx,
    name: &[u8],
    flag: i64,
    perm: u32,
) -> Result<(OsFile, u64), Word> {
    let acc = flag & 3;
    let mut o = std::fs::OpenOptions::new();
    o.read(acc != O_WRONLY)
        .write(acc == O_WRONLY || acc == O_RDWR)
        .append(flag & O_APPEND != 0)
        .truncate(flag & O_TRUNC != 0)
        .mode(perm);
    if flag & O_CREATE != 0 {
        if flag & O_EXCL != 0 {
            o.create_new(true);
        } else {
            o.create(true);
        }
    }
    // Owned: a Go string's bytes need not stay reachable across the blocking call.
    let name = name.to_vec();
    let path = crate::os::os_path(&name);
    // One stat tells a FIFO (its open waits for the other end: a blocking call) and a
    // regular file or directory (never polled, so no fstat after the open).
    let stat = std::fs::metadata(path).ok();
    let kind = stat.as_ref().map(|md| md.file_type());
    let creates_new = flag & (O_CREATE | O_EXCL) == O_CREATE | O_EXCL;
    let opened = match kind {
        Some(kind) if kind.is_fifo() && !creates_new => {
            let path = path.to_path_buf();
            ctx.syscall(move || o.open(path))
        }
        _ => o.open(path),
    };
    match opened {
        Ok(f) => Ok((
            OsFile {
                name,
                polled: match kind {
                    Some(kind) if kind.is_file() || kind.is_dir() => None,
                    None if flag & O_CREATE != 0 => None, // a new regular file
                    _ => super::pollable::register(&f),
                },
                file: Mutex::new(Some(f)),
            },
            stat.map_or(0, |md| md.len()),
        )),
        Err(e) => Err(gofs::io_path_error(ctx.prog, "open", &name, &e)),
    }
}

/// Runs `op` on the open file, or returns the `*fs.PathError` (`op_name`, `file already
/// closed` or the system's error).
fn with_file<T>(
    prog: &Program,
    f: &OsFile,
    op_name: &str,
    op: impl FnOnce(&mut std::fs::File) -> std::io::Result<T>,
) -> Result<T, Word> {
    let mut guard = f.file.lock();
    let Some(file) = guard.as_mut() else {
        return Err(gofs::path_error(
            prog,
            op_name,
            &f.name,
            Sentinel::Closed.value(prog),
        ));
    };
    op(file).map_err(|e| gofs::io_path_error(prog, op_name, &f.name, &e))
}

/// Writes `bytes` to the `*os.File` `f`; the error word (nil on success). A write to a full
/// pipe waits parked (on its coroutine, keeping its progress), never in the worker.
pub fn write_bytes(ctx: &mut NativeCtx, f: Word, bytes: &[u8]) -> Result<Word, Panic> {
    Ok(match handle(f)? {
        Handle::Std(1) => {
            vm::output::write_stdout(ctx, bytes);
            0
        }
        Handle::Std(2) => {
            vm::output::write_stderr_waiting(ctx, bytes);
            0
        }
        Handle::Std(fd) => gofs::path_error(
            ctx.prog,
            "write",
            std_name(fd),
            gofs::errno_error(ctx.prog, gofs::EBADF),
        ),
        Handle::Opened(of) => {
            if of.polled.is_some() {
                ctx.root(f); // the file stays open while its write waits
            }
            write_all(ctx, of, bytes).err().unwrap_or(0)
        }
    })
}

/// Writes all of `bytes` to the opened file; a polled one (pipe, FIFO, device) that is full
/// parks the goroutine until the poller finds it writable.
fn write_all(ctx: &mut NativeCtx, of: &OsFile, bytes: &[u8]) -> Result<(), Word> {
    let Some(polled) = &of.polled else {
        return with_file(ctx.prog, of, "write", |file| file.write_all(bytes));
    };
    let mut done = 0;
    while done < bytes.len() {
        let wrote = with_file(ctx.prog, of, "write", |file| {
            match file.write(&bytes[done..]) {
                Ok(0) => Err(std::io::ErrorKind::WriteZero.into()),
                Ok(n) => Ok(Some(n)),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => Ok(Some(0)),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Ok(None),
                Err(e) => Err(e),
            }
        })?;
        match wrote {
            Some(n) => done += n,
            None if polled.wait(Mode::Write) => ctx.wait_on_stack(runtime::WaitReason::IoWait),
            None => {}
        }
    }
    Ok(())
}

fn write(ctx: &mut NativeCtx, r: &mut [Word], bytes: &[u8]) -> Result<(), Panic> {
    let err = write_bytes(ctx, r[0], bytes)?;
    r[0] = if err == 0 { bytes.len() as Word } else { 0 };
    r[1] = err;
    Ok(())
}

/// `(*File).Read`: standard input (through `crate::stdin`: when it has nothing yet, the
/// native blocks and re-runs), or an opened file (`io.EOF` at its end).
fn read(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let (_, _, max, _) = vm::value::slice_parts(r[1]);
    let got = match handle(r[0])? {
        Handle::Std(0) if max == 0 => Ok(Vec::new()),
        Handle::Std(0) => match crate::stdin::read(max) {
            Ok(got) => got.map_err(|e| gofs::io_path_error(ctx.prog, "read", std_name(0), &e)),
            Err(crate::stdin::Blocked) => return ctx.block(runtime::WaitReason::IoWait, read, r),
        },
        Handle::Std(fd) => Err(gofs::path_error(
            ctx.prog,
            "read",
            std_name(fd),
            gofs::errno_error(ctx.prog, gofs::EBADF),
        )),
        Handle::Opened(of) => loop {
            let got = with_file(ctx.prog, of, "read", |file| {
                let mut buf = vec![0u8; max];
                let n = loop {
                    match file.read(&mut buf) {
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                            if of.polled.is_some() {
                                return Ok(None);
                            }
                            return Err(e);
                        }
                        n => break n?,
                    }
                };
                buf.truncate(n);
                Ok(Some(buf))
            });
            match got {
                Ok(Some(b)) => break Ok(b),
                Ok(None) => {
                    if of.polled.as_ref().is_some_and(|p| p.wait(Mode::Read)) {
                        return ctx.block(runtime::WaitReason::IoWait, read, r);
                    }
                }
                Err(e) => break Err(e),
            }
        },
    };
    match got {
        Ok(b) if b.is_empty() && max > 0 => {
            r[0] = 0;
            r[1] = crate::io::eof(ctx);
        }
        Ok(b) => {
            for (i, &c) in b.iter().enumerate() {
                vm::value::slice_set(r[1], i as i64, c as Word, true)?;
            }
            r[0] = b.len() as Word;
            r[1] = 0;
        }
        Err(e) => {
            r[0] = 0;
            r[1] = e;
        }
    }
    Ok(())
}

fn seek(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let (off, whence) = (r[1] as i64, r[2] as i64);
    let res = match handle(r[0])? {
        Handle::Std(fd) => Err(gofs::path_error(
            ctx.prog,
            "seek",
            std_name(fd),
            gofs::errno_error(ctx.prog, gofs::EINVAL),
        )),
        Handle::Opened(of) => with_file(ctx.prog, of, "seek", |file| {
            let pos = match whence {
                0 if off >= 0 => SeekFrom::Start(off as u64),
                1 => SeekFrom::Current(off),
                2 => SeekFrom::End(off),
                _ => return Err(std::io::Error::from_raw_os_error(gofs::EINVAL)),
            };
            file.seek(pos)
        }),
    };
    match res {
        Ok(pos) => {
            r[0] = pos as Word;
            r[1] = 0;
        }
        Err(e) => {
            r[0] = 0;
            r[1] = e;
        }
    }
    Ok(())
}

fn close(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    r[0] = match handle(r[0])? {
        Handle::Std(_) => 0,
        Handle::Opened(of) if of.close() => 0,
        Handle::Opened(of) => gofs::path_error(
            ctx.prog,
            "close",
            &of.name,
            Sentinel::Closed.value(ctx.prog),
        ),
    };
    Ok(())
}

fn stat(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    match handle(r[0])? {
        Handle::Std(fd) => {
            let md = std::fs::metadata(std_name(fd).iter().map(|&c| c as char).collect::<String>());
            match md {
                Ok(md) => {
                    r[0] = super::info::file_info(ctx.prog, &std_name(fd)[5..], &md);
                    r[1] = 0;
                }
                Err(e) => {
                    r[0] = 0;
                    r[1] = gofs::io_path_error(ctx.prog, "stat", std_name(fd), &e);
                }
            }
        }
        Handle::Opened(of) => match with_file(ctx.prog, of, "stat", |file| file.metadata()) {
            Ok(md) => {
                r[0] = super::info::file_info(ctx.prog, &crate::path::base(&of.name), &md);
                r[1] = 0;
            }
            Err(e) => {
                r[0] = 0;
                r[1] = e;
            }
        },
    }
    Ok(())
}

/// `(*File, error)` of an open in `r[0]`, `r[1]`.
fn open_into(ctx: &mut NativeCtx, r: &mut [Word], flag: i64, perm: u32) -> Result<(), Panic> {
    match open(ctx, util::str_arg(r[0]), flag, perm) {
        Ok(f) => {
            r[0] = f;
            r[1] = 0;
        }
        Err(e) => {
            r[0] = 0;
            r[1] = e;
        }
    }
    Ok(())
}

fn read_file(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let name = util::str_arg(r[0]);
    let res = open_file(ctx, name, 0, 0).and_then(|(of, size)| read_to_end(ctx, &of, size));
    match res {
        Ok(b) => {
            r[0] = util::new_byte_slice(&b);
            r[1] = 0;
        }
        Err(e) => {
            r[0] = 0;
            r[1] = e;
        }
    }
    Ok(())
}

/// All of an opened file (`os.ReadFile`), `size` bytes by its stat (a capacity hint, so the
/// reading needs no second stat); a polled one waits parked (on its coroutine) for more until
/// its writers are gone.
fn read_to_end(ctx: &mut NativeCtx, of: &OsFile, size: u64) -> Result<Vec<u8>, Word> {
    /// Reads only through `read`: `File`'s own `read_to_end` would stat the file again.
    struct Plain<'a>(&'a mut std::fs::File);
    impl Read for Plain<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            self.0.read(buf)
        }
    }
    let mut b = Vec::new();
    // Room for one byte more, so the end is found by one more `read` of 0.
    let _ = b.try_reserve(usize::try_from(size).unwrap_or(0).saturating_add(1));
    loop {
        let got = with_file(ctx.prog, of, "read", |file| {
            match Plain(file).read_to_end(&mut b) {
                Ok(_) => Ok(true),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock && of.polled.is_some() => {
                    Ok(false)
                }
                Err(e) => Err(e),
            }
        })?;
        if got {
            return Ok(b);
        }
        if of.polled.as_ref().is_some_and(|p| p.wait(Mode::Read)) {
            ctx.wait_on_stack(runtime::WaitReason::IoWait);
        }
    }
}

fn write_file(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let name = util::str_arg(r[0]);
    let data = util::byte_slice(r[1]);
    r[0] = match open_file(ctx, name, O_WRONLY | O_CREATE | O_TRUNC, r[2] as u32) {
        Ok((of, _)) => write_all(ctx, &of, &data).err().unwrap_or(0),
        Err(e) => e,
    };
    Ok(())
}

fn create_temp(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let (dir, pattern) = (util::str_arg(r[0]), util::str_arg(r[1]));
    let made = super::dirs::with_temp_name(ctx.prog, "createtemp", dir, pattern, |name| {
        open(ctx, name, O_RDWR | O_CREATE | O_EXCL, 0o600)
    });
    match made {
        Ok(f) => {
            r[0] = f;
            r[1] = 0;
        }
        Err(e) => {
            r[0] = 0;
            r[1] = e;
        }
    }
    Ok(())
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!(
            "os",
            "type File struct { impl uintptr }
const O_RDONLY int = 0
const O_WRONLY int = 1
const O_RDWR int = 2
const O_APPEND int = 1024
const O_CREATE int = 64
const O_EXCL int = 128
const O_SYNC int = 1052672
const O_TRUNC int = 512"
        ),
        native!("os", "var Stdin *File", |_, r| {
            r[0] = std_file(0);
            Ok(())
        }),
        native!("os", "var Stdout *File", |_, r| {
            r[0] = std_file(1);
            Ok(())
        }),
        native!("os", "var Stderr *File", |_, r| {
            r[0] = std_file(2);
            Ok(())
        }),
        native!("os", "func Open(string) (*File, error)", |c, r| {
            open_into(c, r, 0, 0)
        }),
        native!("os", "func Create(string) (*File, error)", |c, r| {
            open_into(c, r, O_RDWR | O_CREATE | O_TRUNC, 0o666)
        }),
        native!(
            "os",
            "func OpenFile(string, int, FileMode) (*File, error)",
            |c, r| open_into(c, r, r[1] as i64, r[2] as u32)
        ),
        native!("os", "func ReadFile(string) ([]byte, error)", read_file),
        native!(
            "os",
            "func WriteFile(string, []byte, FileMode) error",
            write_file
        ),
        native!(
            "os",
            "func CreateTemp(string, string) (*File, error)",
            create_temp
        ),
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
        native!("os", "func (*File) Seek(int64, int) (int64, error)", seek),
        native!("os", "func (*File) Close() error", close),
        native!("os", "func (*File) Sync() error", |c, r| {
            r[0] = match handle(r[0])? {
                Handle::Std(_) => 0,
                Handle::Opened(of) => with_file(c.prog, of, "sync", |file| file.sync_all())
                    .err()
                    .unwrap_or(0),
            };
            Ok(())
        }),
        native!("os", "func (*File) Stat() (FileInfo, error)", stat),
        native!("os", "func (*File) Name() string", |_, r| {
            r[0] = util::new_str(match handle(r[0])? {
                Handle::Std(fd) => std_name(fd),
                Handle::Opened(of) => &of.name,
            });
            Ok(())
        }),
    ]
}
