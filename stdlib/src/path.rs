//! Package `path` (slash-separated names; also the Unix `path/filepath`'s lexical functions):
//! `Clean` (Go's algorithm exactly: one pass with a `..` barrier), `Join`, `Base`, `Dir`,
//! `Ext`, `Split`, `IsAbs`, and `filepath.Rel`'s [`rel`]; `Match` and `ErrBadPattern` (see `pathmatch`).
//!
//! Invariant: pure functions of bytes; no file-system access here.

use crate::native;
use crate::util;

/// `path.Clean`: the shortest name equivalent to `path` by purely lexical processing.
pub fn clean(path: &[u8]) -> Vec<u8> {
    if path.is_empty() {
        return b".".to_vec();
    }
    let rooted = path[0] == b'/';
    let n = path.len();
    let mut out = Vec::with_capacity(n);
    let (mut r, mut dotdot) = (0, 0);
    if rooted {
        out.push(b'/');
        (r, dotdot) = (1, 1);
    }
    while r < n {
        if path[r] == b'/' || (path[r] == b'.' && (r + 1 == n || path[r + 1] == b'/')) {
            // an empty element or `.`
            r += 1;
        } else if path[r] == b'.' && path[r + 1] == b'.' && (r + 2 == n || path[r + 2] == b'/') {
            r += 2;
            if out.len() > dotdot {
                // back up to the last `/` past the barrier, dropping it too
                let mut w = out.len() - 1;
                while w > dotdot && out[w] != b'/' {
                    w -= 1;
                }
                out.truncate(w);
            } else if !rooted {
                if !out.is_empty() {
                    out.push(b'/');
                }
                out.extend_from_slice(b"..");
                dotdot = out.len();
            }
        } else {
            if (rooted && out.len() != 1) || (!rooted && !out.is_empty()) {
                out.push(b'/');
            }
            while r < n && path[r] != b'/' {
                out.push(path[r]);
                r += 1;
            }
        }
    }
    if out.is_empty() {
        return b".".to_vec();
    }
    out
}

/// `path.Join`: the non-empty elements joined by `/`, cleaned ("" if all are empty).
pub fn join(elems: &[&[u8]]) -> Vec<u8> {
    match elems.iter().position(|e| !e.is_empty()) {
        Some(i) => clean(&elems[i..].join(&b'/')),
        None => Vec::new(),
    }
}

/// `path.Split`: (everything up to and including the last `/`, the rest).
pub fn split(path: &[u8]) -> (&[u8], &[u8]) {
    let i = path.iter().rposition(|&c| c == b'/').map_or(0, |i| i + 1);
    path.split_at(i)
}

/// `path.Base`: the last element, trailing slashes removed (`.` for "", `/` for slashes).
pub fn base(path: &[u8]) -> Vec<u8> {
    if path.is_empty() {
        return b".".to_vec();
    }
    let mut p = path;
    while let [rest @ .., b'/'] = p {
        p = rest;
    }
    if let Some(i) = p.iter().rposition(|&c| c == b'/') {
        p = &p[i + 1..];
    }
    if p.is_empty() {
        return b"/".to_vec();
    }
    p.to_vec()
}

/// `path.Dir`: all but the last element, cleaned.
pub fn dir(path: &[u8]) -> Vec<u8> {
    clean(split(path).0)
}

/// `path.Ext`: the suffix from the last `.` of the last element ("" if none).
pub fn ext(path: &[u8]) -> &[u8] {
    for (i, &c) in path.iter().enumerate().rev() {
        match c {
            b'/' => break,
            b'.' => return &path[i..],
            _ => {}
        }
    }
    b""
}

/// `filepath.Rel`: a name for `targ` relative to `base` (both cleaned first); `None` when
/// there is none (one is rooted and the other not, or `base` climbs out with `..`).
pub fn rel(base: &[u8], targ: &[u8]) -> Option<Vec<u8>> {
    let base = clean(base);
    let targ = clean(targ);
    if targ == base {
        return Some(b".".to_vec());
    }
    let base: &[u8] = if base == b"." { b"" } else { &base };
    if base.starts_with(b"/") != targ.starts_with(b"/") {
        return None;
    }
    let (bl, tl) = (base.len(), targ.len());
    let (mut b0, mut bi, mut t0, mut ti) = (0, 0, 0, 0);
    loop {
        while bi < bl && base[bi] != b'/' {
            bi += 1;
        }
        while ti < tl && targ[ti] != b'/' {
            ti += 1;
        }
        if targ[t0..ti] != base[b0..bi] {
            break;
        }
        if bi < bl {
            bi += 1;
        }
        if ti < tl {
            ti += 1;
        }
        b0 = bi;
        t0 = ti;
    }
    if &base[b0..bi] == b".." {
        return None;
    }
    if b0 == bl {
        return Some(targ[t0..].to_vec());
    }
    let seps = base[b0..].iter().filter(|&&c| c == b'/').count();
    let mut out = b"..".to_vec();
    for _ in 0..seps {
        out.extend_from_slice(b"/..");
    }
    if t0 != tl {
        out.push(b'/');
        out.extend_from_slice(&targ[t0..]);
    }
    Some(out)
}

/// The lexical functions, declared in package `pkg` (`path` or `path/filepath`).
pub fn lexical_natives(pkg: &'static str) -> Vec<crate::Entry> {
    vec![
        native!(pkg, "func Clean(string) string", |_, r| {
            r[0] = util::new_str(&clean(util::str_arg(r[0])));
            Ok(())
        }),
        native!(pkg, "func Join(...string) string", |_, r| {
            r[0] = util::new_str(&join(&util::str_slice(r[0])));
            Ok(())
        }),
        native!(pkg, "func Split(string) (string, string)", |_, r| {
            let (d, f) = split(util::str_arg(r[0]));
            r[1] = util::new_str(f);
            r[0] = util::new_str(d);
            Ok(())
        }),
        native!(pkg, "func Base(string) string", |_, r| {
            r[0] = util::new_str(&base(util::str_arg(r[0])));
            Ok(())
        }),
        native!(pkg, "func Dir(string) string", |_, r| {
            r[0] = util::new_str(&dir(util::str_arg(r[0])));
            Ok(())
        }),
        native!(pkg, "func Ext(string) string", |_, r| {
            r[0] = util::new_str(ext(util::str_arg(r[0])));
            Ok(())
        }),
        native!(pkg, "func IsAbs(string) bool", |_, r| {
            r[0] = util::str_arg(r[0]).starts_with(b"/") as runtime::heap::Word;
            Ok(())
        }),
    ]
}

pub fn natives() -> Vec<crate::Entry> {
    let mut v = vec![
        native!("path", "var ErrBadPattern error", |c, r| {
            r[0] = crate::pathmatch::bad_pattern_error(c.prog, "path");
            Ok(())
        }),
        native!(
            "path",
            "func Match(string, string) (bool, error)",
            |c, r| {
                crate::pathmatch::match_into(c.prog, "path", r);
                Ok(())
            }
        ),
    ];
    v.extend(lexical_natives("path"));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_matches_go() {
        let cases: &[(&str, &str)] = &[
            ("", "."),
            ("abc", "abc"),
            ("abc/def", "abc/def"),
            ("a/b/c", "a/b/c"),
            (".", "."),
            ("..", ".."),
            ("../..", "../.."),
            ("../../abc", "../../abc"),
            ("/abc", "/abc"),
            ("/", "/"),
            ("abc/", "abc"),
            ("abc/def/", "abc/def"),
            ("/abc/", "/abc"),
            ("abc//def//ghi", "abc/def/ghi"),
            ("//abc", "/abc"),
            ("///abc", "/abc"),
            ("//abc//", "/abc"),
            ("abc//", "abc"),
            ("abc/./def", "abc/def"),
            ("/./abc/def", "/abc/def"),
            ("abc/.", "abc"),
            ("abc/def/ghi/../jkl", "abc/def/jkl"),
            ("abc/def/../ghi/../jkl", "abc/jkl"),
            ("abc/def/..", "abc"),
            ("abc/def/../..", "."),
            ("/abc/def/../..", "/"),
            ("abc/def/../../..", ".."),
            ("/abc/def/../../..", "/"),
            ("abc/def/../../../ghi/jkl/../../../mno", "../../mno"),
            ("abc/./../def", "def"),
            ("abc//./../def", "def"),
            ("abc/../../././../def", "../../def"),
        ];
        for (i, o) in cases {
            assert_eq!(clean(i.as_bytes()), o.as_bytes(), "Clean({i:?})");
        }
    }

    #[test]
    fn base_dir_ext() {
        assert_eq!(base(b"/a/b/"), b"b");
        assert_eq!(base(b"///"), b"/");
        assert_eq!(dir(b"/a/b"), b"/a");
        assert_eq!(dir(b"a"), b".");
        assert_eq!(ext(b"a/b.tar.gz"), b".gz");
        assert_eq!(ext(b"a.b/c"), b"");
        assert_eq!(join(&[b"", b"a", b"", b"b/"]), b"a/b");
        assert_eq!(join(&[b"", b""]), b"");
    }
}
