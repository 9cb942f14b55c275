//! `path.Match` / `filepath.Match` (Unix): shell patterns — `*` (any run of non-`/` bytes),
//! `?` (one non-`/` character), `[class]` with ranges and `^` negation, `\` escapes — with
//! Go's algorithm, so a malformed pattern reports `ErrBadPattern` exactly when Go's does.
//!
//! Invariant: pure functions of bytes; `Err(BadPattern)` stands for `ErrBadPattern`.

use vm::utf8::decode_rune;

/// The pattern is malformed (`ErrBadPattern`, `syntax error in pattern`).
#[derive(Debug, PartialEq)]
pub struct BadPattern;

/// Go's `Match(pattern, name)`.
pub fn matches(mut pattern: &[u8], mut name: &[u8]) -> Result<bool, BadPattern> {
    'pattern: while !pattern.is_empty() {
        let (star, chunk, rest) = scan_chunk(pattern);
        pattern = rest;
        if star && chunk.is_empty() {
            return Ok(!name.contains(&b'/'));
        }
        let res = match_chunk(chunk, name);
        if let Ok(Some(t)) = res {
            if t.is_empty() || !pattern.is_empty() {
                name = t;
                continue;
            }
        }
        res?;
        if star {
            let mut i = 0;
            while i < name.len() && name[i] != b'/' {
                if let Some(t) = match_chunk(chunk, &name[i + 1..])? {
                    if pattern.is_empty() && !t.is_empty() {
                        i += 1;
                        continue;
                    }
                    name = t;
                    continue 'pattern;
                }
                i += 1;
            }
        }
        while !pattern.is_empty() {
            let (_, chunk, rest) = scan_chunk(pattern);
            pattern = rest;
            match_chunk(chunk, b"")?;
        }
        return Ok(false);
    }
    Ok(name.is_empty())
}

/// (leading stars?, the chunk up to the next star outside a class, the rest).
fn scan_chunk(mut pattern: &[u8]) -> (bool, &[u8], &[u8]) {
    let mut star = false;
    while let [b'*', rest @ ..] = pattern {
        pattern = rest;
        star = true;
    }
    let mut in_range = false;
    let mut i = 0;
    while i < pattern.len() {
        match pattern[i] {
            b'\\' if i + 1 < pattern.len() => i += 1,
            b'[' => in_range = true,
            b']' => in_range = false,
            b'*' if !in_range => break,
            _ => {}
        }
        i += 1;
    }
    (star, &pattern[..i], &pattern[i..])
}

/// Matches `chunk` (no stars) against the start of `s`: the rest of `s` on a match.
fn match_chunk<'s>(mut chunk: &[u8], mut s: &'s [u8]) -> Result<Option<&'s [u8]>, BadPattern> {
    let mut failed = false;
    while !chunk.is_empty() {
        if !failed && s.is_empty() {
            failed = true;
        }
        match chunk[0] {
            b'[' => {
                let mut r = '\0';
                if !failed {
                    let (c, n) = decode_rune(s);
                    r = c;
                    s = &s[n..];
                }
                chunk = &chunk[1..];
                let negated = chunk.first() == Some(&b'^');
                if negated {
                    chunk = &chunk[1..];
                }
                let mut matched = false;
                let mut nrange = 0;
                loop {
                    if chunk.first() == Some(&b']') && nrange > 0 {
                        chunk = &chunk[1..];
                        break;
                    }
                    let (lo, rest) = get_esc(chunk)?;
                    chunk = rest;
                    let mut hi = lo;
                    if chunk[0] == b'-' {
                        let (h, rest) = get_esc(&chunk[1..])?;
                        hi = h;
                        chunk = rest;
                    }
                    if lo <= r && r <= hi {
                        matched = true;
                    }
                    nrange += 1;
                }
                if matched == negated {
                    failed = true;
                }
            }
            b'?' => {
                if !failed {
                    if s[0] == b'/' {
                        failed = true;
                    }
                    s = &s[decode_rune(s).1..];
                }
                chunk = &chunk[1..];
            }
            c => {
                let c = if c == b'\\' {
                    chunk = &chunk[1..];
                    *chunk.first().ok_or(BadPattern)?
                } else {
                    c
                };
                if !failed {
                    if c != s[0] {
                        failed = true;
                    }
                    s = &s[1..];
                }
                chunk = &chunk[1..];
            }
        }
    }
    Ok(if failed { None } else { Some(s) })
}

/// One possibly escaped character of a class, and the rest of the chunk.
fn get_esc(mut chunk: &[u8]) -> Result<(char, &[u8]), BadPattern> {
    if chunk.is_empty() || chunk[0] == b'-' || chunk[0] == b']' {
        return Err(BadPattern);
    }
    if chunk[0] == b'\\' {
        chunk = &chunk[1..];
        if chunk.is_empty() {
            return Err(BadPattern);
        }
    }
    let (r, n) = decode_rune(chunk);
    if (r == '\u{FFFD}' && n == 1) || chunk.len() == n {
        return Err(BadPattern);
    }
    Ok((r, &chunk[n..]))
}

/// Whether `path` holds any of the special characters of a pattern.
pub fn has_meta(path: &[u8]) -> bool {
    path.iter().any(|c| b"*?[\\".contains(c))
}

/// The program's `ErrBadPattern` of package `pkg` (`path` and `path/filepath` have one each).
pub fn bad_pattern_error(prog: &vm::program::Program, pkg: &str) -> runtime::heap::Word {
    let key = format!("{pkg}.ErrBadPattern");
    crate::util::permanent(prog, &key, || {
        crate::util::new_error(prog, b"syntax error in pattern")
    })
}

/// `Match(pattern, name string) (bool, error)` of package `pkg` on `r`.
pub fn match_into(prog: &vm::program::Program, pkg: &str, r: &mut [runtime::heap::Word]) {
    match matches(crate::util::str_arg(r[0]), crate::util::str_arg(r[1])) {
        Ok(m) => {
            r[0] = m as runtime::heap::Word;
            r[1] = 0;
        }
        Err(BadPattern) => {
            r[0] = 0;
            r[1] = bad_pattern_error(prog, pkg);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn match_matches_go() {
        let ok: &[(&str, &str, bool)] = &[
            ("abc", "abc", true),
            ("*", "abc", true),
            ("*c", "abc", true),
            ("a*", "a", true),
            ("a*", "abc", true),
            ("a*", "ab/c", false),
            ("a*/b", "abc/b", true),
            ("a*b*c*d*e*/f", "axbxcxdxe/f", true),
            ("a*b?c*x", "abxbbxdbxebxczzx", true),
            ("a*b?c*x", "abxbbxdbxebxczzy", false),
            ("ab[c]", "abc", true),
            ("ab[b-d]", "abc", true),
            ("ab[^c]", "abc", false),
            ("ab[^e-g]", "abc", true),
            ("a\\*b", "a*b", true),
            ("a?b", "a☺b", true),
            ("a[^a]b", "a☺b", true),
            ("a???b", "a☺b", false),
            ("[a-ζ]*", "α", true),
            ("*[a-ζ]", "A", false),
            ("a?b", "a/b", false),
            ("a*b", "a/b", false),
            ("[\\]a]", "]", true),
            ("[\\-]", "-", true),
            ("[x\\-]", "z", false),
            ("*x", "xxx", true),
        ];
        for (p, n, want) in ok {
            assert_eq!(matches(p.as_bytes(), n.as_bytes()), Ok(*want), "{p} {n}");
        }
        for (p, n) in [
            ("[]a]", "]"),
            ("[-]", "-"),
            ("[x-]", "x"),
            ("[", "a"),
            ("a[", "x"),
            ("[^", "a"),
            ("*x\\", "xxx"),
        ] {
            assert_eq!(
                matches(p.as_bytes(), n.as_bytes()),
                Err(BadPattern),
                "{p} {n}"
            );
        }
    }
}
