//! The process's identity and environment expansion: `Getpid`, `Getppid`, `Getuid`,
//! `Geteuid`, `Getgid`, `Getegid`, `Getpagesize`, `IsPathSeparator`, `DevNull`, and
//! `Expand`/`ExpandEnv` with the shell-like rules of Go's `os.Expand` (`$name`, `${name}`,
//! the one-character special names `$*`, `$1`…, bad syntax eaten, a lone `$` kept).
//!
//! Invariant: `Expand` calls the Go mapping function once per name, left to right, as Go's.

use crate::{declare, native, util};
use runtime::heap::Word;
use vm::native::{NativeCtx, Panic};

fn is_shell_special(c: u8) -> bool {
    matches!(
        c,
        b'*' | b'#' | b'$' | b'@' | b'!' | b'?' | b'-' | b'0'..=b'9'
    )
}

fn is_alnum(c: u8) -> bool {
    c == b'_' || c.is_ascii_alphanumeric()
}

/// Go's `getShellName`: the name after a `$` and the bytes it takes (an empty name with a
/// non-zero width is bad syntax, eaten).
fn shell_name(s: &[u8]) -> (&[u8], usize) {
    if s[0] == b'{' {
        if s.len() > 2 && is_shell_special(s[1]) && s[2] == b'}' {
            return (&s[1..2], 3);
        }
        return match s[1..].iter().position(|&c| c == b'}') {
            Some(0) => (&[], 2),
            Some(i) => (&s[1..i + 1], i + 2),
            None => (&[], 1),
        };
    }
    if is_shell_special(s[0]) {
        return (&s[..1], 1);
    }
    let n = s.iter().take_while(|&&c| is_alnum(c)).count();
    (&s[..n], n)
}

/// Go's `os.Expand` with `mapping` giving each name's replacement.
fn expand(
    s: &[u8],
    mut mapping: impl FnMut(&[u8]) -> Result<Vec<u8>, Panic>,
) -> Result<Vec<u8>, Panic> {
    let mut out = Vec::with_capacity(s.len());
    let (mut i, mut j) = (0, 0);
    while j < s.len() {
        if s[j] == b'$' && j + 1 < s.len() {
            out.extend_from_slice(&s[i..j]);
            let (name, w) = shell_name(&s[j + 1..]);
            if name.is_empty() && w == 0 {
                out.push(b'$');
            } else if !name.is_empty() {
                out.extend(mapping(name)?);
            }
            j += w;
            i = j + 1;
        }
        j += 1;
    }
    out.extend_from_slice(&s[i.min(s.len())..]);
    Ok(out)
}

/// One of the process's user or group ids.
fn process_id(get: unsafe extern "C" fn() -> libc::uid_t) -> u32 {
    // SAFETY: getuid, geteuid, getgid and getegid take no arguments and always succeed.
    unsafe { get() }
}

fn page_size() -> i64 {
    // SAFETY: sysconf with a valid name only reads system configuration.
    unsafe { libc::sysconf(libc::_SC_PAGESIZE) as i64 }
}

/// `os.Getpid` and `syscall.Getpid`.
pub fn getpid(_: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    r[0] = std::process::id() as Word;
    Ok(())
}

fn call_mapping(c: &mut NativeCtx, f: Word, name: &[u8]) -> Result<Vec<u8>, Panic> {
    let arg = util::new_str(name);
    c.root(arg);
    let res = c.call(f, &[arg])?;
    Ok(util::str_arg(res.first().copied().unwrap_or(0)).to_vec())
}

/// A key `setenv` refuses (`setenv: invalid argument` in Go).
fn bad_key(key: &[u8]) -> bool {
    key.is_empty() || key.contains(&b'=') || key.contains(&0)
}

fn os_str(b: &[u8]) -> &std::ffi::OsStr {
    use std::os::unix::ffi::OsStrExt;
    std::ffi::OsStr::from_bytes(b)
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        native!("os", "func Setenv(string, string) error", |c, r| {
            let (k, v) = (util::str_arg(r[0]), util::str_arg(r[1]));
            r[0] = if bad_key(k) || v.contains(&0) {
                util::new_error(c.prog, b"setenv: invalid argument")
            } else {
                std::env::set_var(os_str(k), os_str(v));
                0
            };
            Ok(())
        }),
        native!("os", "func Unsetenv(string) error", |_, r| {
            let k = util::str_arg(r[0]);
            if !bad_key(k) {
                std::env::remove_var(os_str(k));
            }
            r[0] = 0;
            Ok(())
        }),
        native!("os", "func Clearenv()", |_, _| {
            for (k, _) in std::env::vars_os() {
                std::env::remove_var(k);
            }
            Ok(())
        }),
        declare!("os", "const DevNull = \"/dev/null\"\nconst PathSeparator = '/'\nconst PathListSeparator = ':'"),
        native!("os", "func Getpid() int", getpid),
        native!("os", "func Getppid() int", |_, r| {
            r[0] = std::os::unix::process::parent_id() as Word;
            Ok(())
        }),
        native!("os", "func Getuid() int", |_, r| {
            r[0] = process_id(libc::getuid) as Word;
            Ok(())
        }),
        native!("os", "func Geteuid() int", |_, r| {
            r[0] = process_id(libc::geteuid) as Word;
            Ok(())
        }),
        native!("os", "func Getgid() int", |_, r| {
            r[0] = process_id(libc::getgid) as Word;
            Ok(())
        }),
        native!("os", "func Getegid() int", |_, r| {
            r[0] = process_id(libc::getegid) as Word;
            Ok(())
        }),
        native!("os", "func Getpagesize() int", |_, r| {
            r[0] = page_size() as Word;
            Ok(())
        }),
        native!("os", "func IsPathSeparator(uint8) bool", |_, r| {
            r[0] = (r[0] as u8 == b'/') as Word;
            Ok(())
        }),
        native!("os", "func Expand(string, func(string) string) string", |c, r| {
            let (s, f) = (util::str_arg(r[0]).to_vec(), r[1]);
            r[0] = util::new_str(&expand(&s, |name| call_mapping(c, f, name))?);
            Ok(())
        }),
        native!("os", "func ExpandEnv(string) string", |_, r| {
            let out = expand(util::str_arg(r[0]), |name| {
                Ok(super::env_lookup(name).unwrap_or_default())
            })?;
            r[0] = util::new_str(&out);
            Ok(())
        }),
    ]
}
