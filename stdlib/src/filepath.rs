//! Package `path/filepath` (Unix: `/` separates, `:` lists): the lexical functions of
//! `path`, plus `Match`, `Glob` (sorted, I/O errors ignored, as Go), `Abs`, `SplitList`,
//! `ToSlash`, `FromSlash`, `Rel`, `Walk` and `WalkDir` (Go's order: a
//! directory before its entries, entries sorted by name; `SkipDir` skips a directory, or the
//! rest of the current one when returned for a file).
//!
//! Invariant: `WalkDir` calls back into Go, so every value it holds across a call is rooted.

use crate::path;
use crate::pathmatch::{self, BadPattern};
use crate::util;
use crate::{declare, native};
use runtime::heap::Word;
use vm::native::{NativeCtx, Panic};

/// Calls `f(path, d, err)` and returns its error result.
fn visit(ctx: &mut NativeCtx, f: Word, p: &[u8], d: Word, err: Word) -> Result<Word, Panic> {
    let ps = util::new_str(p);
    ctx.root(ps);
    let res = ctx.call(f, &[ps, d, err])?;
    let e = res.first().copied().unwrap_or(0);
    ctx.root(e);
    Ok(e)
}

fn is_skip_dir(ctx: &NativeCtx, err: Word) -> Result<bool, Panic> {
    crate::errors::same_error(ctx.prog, err, crate::fs::skip_dir(ctx.prog))
}

fn entry_is_dir(ctx: &mut NativeCtx, d: Word) -> Result<bool, Panic> {
    let res = util::call_iface_method(ctx, d, "IsDir", &[])?;
    Ok(res.first().copied().unwrap_or(0) & 0xff != 0)
}

/// Go's `walkDir`: visits `p` (entry `d`), then its entries in name order.
fn walk_dir(ctx: &mut NativeCtx, f: Word, p: &[u8], d: Word) -> Result<Word, Panic> {
    let is_dir = entry_is_dir(ctx, d)?;
    let err = visit(ctx, f, p, d, 0)?;
    if err != 0 || !is_dir {
        if err != 0 && is_dir && is_skip_dir(ctx, err)? {
            return Ok(0);
        }
        return Ok(err);
    }
    let entries = match crate::os::dirs::read_dir(ctx.prog, p) {
        Ok(entries) => entries,
        Err(read_err) => {
            ctx.root(read_err);
            let err = visit(ctx, f, p, d, read_err)?;
            if err != 0 && !is_skip_dir(ctx, err)? {
                return Ok(err);
            }
            return Ok(0);
        }
    };
    for &e in &entries {
        ctx.root(e);
    }
    for e in entries {
        let name = util::call_iface_method(ctx, e, "Name", &[])?[0];
        let child = path::join(&[p, util::str_arg(name)]);
        let err = walk_dir(ctx, f, &child, e)?;
        if err != 0 {
            if is_skip_dir(ctx, err)? {
                break;
            }
            return Ok(err);
        }
    }
    Ok(0)
}

/// Go's `walk` (`filepath.Walk`): visits `p` (of `info`), then, for a directory, each entry
/// by name with its `Lstat` info.
fn walk(ctx: &mut NativeCtx, f: Word, p: &[u8], info: Word) -> Result<Word, Panic> {
    if !entry_is_dir(ctx, info)? {
        return visit(ctx, f, p, info, 0);
    }
    let names = read_dir_names(p);
    let read_err = match &names {
        Ok(_) => 0,
        Err(e) => crate::fs::io_path_error(ctx.prog, "open", p, e),
    };
    ctx.root(read_err);
    let err = visit(ctx, f, p, info, read_err)?;
    let Ok(names) = names else {
        return Ok(err);
    };
    if err != 0 {
        return Ok(err);
    }
    for name in names {
        let child = path::join(&[p, &name]);
        match std::fs::symlink_metadata(crate::os::os_path(&child)) {
            Err(e) => {
                let lerr = crate::fs::io_path_error(ctx.prog, "lstat", &child, &e);
                ctx.root(lerr);
                let err = visit(ctx, f, &child, 0, lerr)?;
                if err != 0 && !is_skip_dir(ctx, err)? {
                    return Ok(err);
                }
            }
            Ok(md) => {
                let child_info = crate::os::info::file_info(ctx.prog, &name, &md);
                ctx.root(child_info);
                let err = walk(ctx, f, &child, child_info)?;
                if err != 0 && (!md.is_dir() || !is_skip_dir(ctx, err)?) {
                    return Ok(err);
                }
            }
        }
    }
    Ok(0)
}

/// The names in directory `p`, sorted.
fn read_dir_names(p: &[u8]) -> std::io::Result<Vec<Vec<u8>>> {
    use std::os::unix::ffi::OsStrExt;
    let mut names = std::fs::read_dir(crate::os::os_path(p))?
        .map(|e| e.map(|e| e.file_name().as_bytes().to_vec()))
        .collect::<std::io::Result<Vec<_>>>()?;
    names.sort();
    Ok(names)
}

fn walk_root(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let (root, f) = (util::str_arg(r[0]).to_vec(), r[1]);
    ctx.root(f);
    let err = match std::fs::symlink_metadata(crate::os::os_path(&root)) {
        Err(e) => {
            let err = crate::fs::io_path_error(ctx.prog, "lstat", &root, &e);
            ctx.root(err);
            visit(ctx, f, &root, 0, err)?
        }
        Ok(md) => {
            let info = crate::os::info::file_info(ctx.prog, &path::base(&root), &md);
            ctx.root(info);
            walk(ctx, f, &root, info)?
        }
    };
    r[0] = if err != 0 && is_skip_dir(ctx, err)? {
        0
    } else {
        err
    };
    Ok(())
}

fn walk_dir_root(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let (root, f) = (util::str_arg(r[0]).to_vec(), r[1]);
    ctx.root(f);
    let err = match std::fs::symlink_metadata(crate::os::os_path(&root)) {
        Err(e) => {
            let err = crate::fs::io_path_error(ctx.prog, "lstat", &root, &e);
            ctx.root(err);
            visit(ctx, f, &root, 0, err)?
        }
        Ok(md) => {
            let typ = crate::os::info::type_bits(md.file_type());
            let d =
                crate::os::info::dir_entry(ctx.prog, &path::dir(&root), &path::base(&root), typ);
            ctx.root(d);
            walk_dir(ctx, f, &root, d)?
        }
    };
    r[0] = if err != 0 && is_skip_dir(ctx, err)? {
        0
    } else {
        err
    };
    Ok(())
}

/// Go's `glob`: the entries of `dir` matching `pattern`, sorted, appended to `out` (I/O errors
/// ignored).
fn glob_dir(dir: &[u8], pattern: &[u8], out: &mut Vec<Vec<u8>>) -> Result<(), BadPattern> {
    let p = crate::os::os_path(dir);
    if !std::fs::metadata(p).is_ok_and(|md| md.is_dir()) {
        return Ok(());
    }
    let Ok(rd) = std::fs::read_dir(p) else {
        return Ok(());
    };
    use std::os::unix::ffi::OsStrExt;
    let mut names: Vec<Vec<u8>> = rd
        .flatten()
        .map(|e| e.file_name().as_bytes().to_vec())
        .collect();
    names.sort();
    for n in names {
        if pathmatch::matches(pattern, &n)? {
            out.push(path::join(&[dir, &n]));
        }
    }
    Ok(())
}

/// Go's `Glob`: the names matching `pattern`, directory by directory.
fn glob(pattern: &[u8]) -> Result<Vec<Vec<u8>>, BadPattern> {
    pathmatch::matches(pattern, b"")?;
    if !pathmatch::has_meta(pattern) {
        let exists = std::fs::symlink_metadata(crate::os::os_path(pattern)).is_ok();
        return Ok(if exists {
            vec![pattern.to_vec()]
        } else {
            vec![]
        });
    }
    let (dir, file) = path::split(pattern);
    let dir = match dir {
        b"" => &b"."[..],
        b"/" => dir,
        _ => &dir[..dir.len() - 1],
    };
    let mut out = Vec::new();
    if !pathmatch::has_meta(dir) {
        glob_dir(dir, file, &mut out)?;
        return Ok(out);
    }
    if dir == pattern {
        return Err(BadPattern);
    }
    for d in glob(dir)? {
        glob_dir(&d, file, &mut out)?;
    }
    Ok(out)
}

fn abs(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let p = util::str_arg(r[0]);
    if p.starts_with(b"/") {
        r[0] = util::new_str(&path::clean(p));
        r[1] = 0;
        return Ok(());
    }
    match std::env::current_dir() {
        Ok(wd) => {
            use std::os::unix::ffi::OsStrExt;
            r[0] = util::new_str(&path::join(&[wd.as_os_str().as_bytes(), p]));
            r[1] = 0;
        }
        Err(e) => {
            r[0] = util::new_str(b"");
            let text = format!("getwd: {}", crate::fs::errno_text(crate::fs::errno_of(&e)));
            r[1] = util::new_error(ctx.prog, text.as_bytes());
        }
    }
    Ok(())
}

pub fn natives() -> Vec<crate::Entry> {
    let mut v = vec![
        declare!(
            "path/filepath",
            "import io/fs
const Separator = 47
const ListSeparator = 58
type WalkFunc func(string, fs.FileInfo, error) error"
        ),
        native!("path/filepath", "var SkipDir error", |c, r| {
            r[0] = crate::fs::skip_dir(c.prog);
            Ok(())
        }),
        native!("path/filepath", "func Abs(string) (string, error)", abs),
        native!("path/filepath", "var ErrBadPattern error", |c, r| {
            r[0] = pathmatch::bad_pattern_error(c.prog, "path/filepath");
            Ok(())
        }),
        native!(
            "path/filepath",
            "func Match(string, string) (bool, error)",
            |c, r| {
                pathmatch::match_into(c.prog, "path/filepath", r);
                Ok(())
            }
        ),
        native!(
            "path/filepath",
            "func Glob(string) ([]string, error)",
            |c, r| {
                match glob(util::str_arg(r[0])) {
                    Ok(names) if names.is_empty() => (r[0], r[1]) = (0, 0),
                    Ok(names) => (r[0], r[1]) = (util::new_str_slice(&names), 0),
                    Err(BadPattern) => {
                        (r[0], r[1]) = (0, pathmatch::bad_pattern_error(c.prog, "path/filepath"))
                    }
                }
                Ok(())
            }
        ),
        native!(
            "path/filepath",
            "func ToSlash(string) string",
            |_, _| Ok(())
        ),
        native!("path/filepath", "func FromSlash(string) string", |_, _| Ok(
            ()
        )),
        native!(
            "path/filepath",
            "func SplitList(string) []string",
            |_, r| {
                let s = util::str_arg(r[0]);
                r[0] = if s.is_empty() {
                    util::new_str_slice::<&[u8]>(&[])
                } else {
                    util::new_str_slice(&s.split(|&c| c == b':').collect::<Vec<_>>())
                };
                Ok(())
            }
        ),
        native!(
            "path/filepath",
            "func WalkDir(string, fs.WalkDirFunc) error",
            walk_dir_root
        ),
        native!(
            "path/filepath",
            "func Walk(string, WalkFunc) error",
            walk_root
        ),
        native!(
            "path/filepath",
            "func Rel(string, string) (string, error)",
            |c, r| {
                let (base, targ) = (util::str_arg(r[0]), util::str_arg(r[1]));
                match path::rel(base, targ) {
                    Some(p) => (r[0], r[1]) = (util::new_str(&p), 0),
                    None => {
                        let mut msg = b"Rel: can't make ".to_vec();
                        msg.extend_from_slice(targ);
                        msg.extend_from_slice(b" relative to ");
                        msg.extend_from_slice(base);
                        (r[0], r[1]) = (util::new_str(b""), util::new_error(c.prog, &msg));
                    }
                }
                Ok(())
            }
        ),
    ];
    v.extend(path::lexical_natives("path/filepath"));
    v
}
