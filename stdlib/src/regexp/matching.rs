//! A compiled Go regexp and Go's algorithms over it: successive matches (`allMatches`),
//! replacement (`replaceAll`, `expand`) and `Split`, transcribed from Go's `regexp` package so
//! the edge cases (empty matches next to a previous match, `n` limits, `$name` parsing) are
//! Go's. The `regex` crate only answers "the leftmost-first match at or after `pos`" with the
//! whole haystack as context, which is what Go's `doExecute` answers.
//!
//! Invariants: a match is `2 * (NumSubexp + 1)` byte offsets into the haystack, `-1` for a
//! group that did not participate; every `*_at` search starts at a rune boundary or past the
//! end, as in Go.

use super::syntax;
use regex::bytes::{CaptureLocations, Regex, RegexBuilder};

/// A Go regexp: its source text, the crate's program and the Go group names.
pub struct Compiled {
    pub expr: Vec<u8>,
    re: Regex,
    /// Index 0 is the whole match (`""`).
    pub names: Vec<String>,
}

/// A match: `[start0, end0, start1, end1, …]`, `-1` for a group that did not participate.
pub type Match = Vec<i64>;

/// Width of the rune at the start of `s` as Go's `utf8.DecodeRune` counts it (0 at the end,
/// 1 for an invalid byte).
fn rune_width(s: &[u8]) -> usize {
    if s.is_empty() {
        return 0;
    }
    let n = match s[0] {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return 1,
    };
    match std::str::from_utf8(&s[..n.min(s.len())]) {
        Ok(_) => n,
        Err(_) => 1,
    }
}

impl Compiled {
    /// Compiles Go pattern `expr`; `Err` is Go's error text.
    pub fn new(expr: &[u8]) -> Result<Compiled, String> {
        let t = syntax::translate(expr)?;
        let re = RegexBuilder::new(&t.pattern)
            .size_limit(1 << 26)
            .build()
            .map_err(|e| {
                let msg = e.to_string();
                let last = msg.lines().last().unwrap_or("").trim().to_string();
                format!(
                    "error parsing regexp: {}: `{}`",
                    last.trim_start_matches("error: "),
                    String::from_utf8_lossy(expr)
                )
            })?;
        Ok(Compiled {
            expr: expr.to_vec(),
            re,
            names: t.names,
        })
    }

    /// Number of capture groups (Go's `NumSubexp`).
    pub fn num_subexp(&self) -> usize {
        self.names.len() - 1
    }

    /// Whether `s` contains a match.
    pub fn is_match(&self, s: &[u8]) -> bool {
        self.re.is_match(s)
    }

    /// The leftmost-first match at or after `pos` (Go's `doExecute`), with groups when
    /// `groups`, else just the whole match.
    pub fn exec(&self, s: &[u8], pos: usize, groups: bool) -> Option<Match> {
        if !groups {
            let m = self.re.find_at(s, pos)?;
            return Some(vec![m.start() as i64, m.end() as i64]);
        }
        let mut locs: CaptureLocations = self.re.capture_locations();
        self.re.captures_read_at(&mut locs, s, pos)?;
        Some(
            (0..locs.len())
                .flat_map(|i| match locs.get(i) {
                    Some((a, b)) => [a as i64, b as i64],
                    None => [-1, -1],
                })
                .collect(),
        )
    }

    /// Go's `allMatches`: up to `n` successive matches (`n < 0`: all), an empty match right
    /// after the previous match skipped.
    pub fn all_matches(&self, s: &[u8], n: i64, groups: bool) -> Vec<Match> {
        let end = s.len();
        let n = if n < 0 { end as i64 + 1 } else { n };
        let mut out = Vec::new();
        let mut pos = 0;
        let mut prev_end = -1;
        while (out.len() as i64) < n && pos <= end {
            let Some(m) = self.exec(s, pos, groups) else {
                break;
            };
            let mut accept = true;
            if m[1] == pos as i64 {
                if m[0] == prev_end {
                    accept = false;
                }
                let width = rune_width(&s[pos..]);
                pos = if width > 0 { pos + width } else { end + 1 };
            } else {
                pos = m[1] as usize;
            }
            prev_end = m[1];
            if accept {
                out.push(m);
            }
        }
        out
    }

    /// Go's `replaceAll`: `src` with every match replaced by what `repl` appends for it (an
    /// empty match right after a previous match is not replaced).
    pub fn replace_all<E>(
        &self,
        src: &[u8],
        groups: bool,
        mut repl: impl FnMut(&mut Vec<u8>, &Match) -> Result<(), E>,
    ) -> Result<Vec<u8>, E> {
        let mut last_end = 0;
        let mut search = 0;
        let mut buf = Vec::new();
        while search <= src.len() {
            let Some(a) = self.exec(src, search, groups) else {
                break;
            };
            let (a0, a1) = (a[0] as usize, a[1] as usize);
            buf.extend_from_slice(&src[last_end..a0]);
            if a1 > last_end || a0 == 0 {
                repl(&mut buf, &a)?;
            }
            last_end = a1;
            let width = rune_width(&src[search..]);
            if search + width > a1 {
                search += width;
            } else if search + 1 > a1 {
                search += 1;
            } else {
                search = a1;
            }
        }
        buf.extend_from_slice(&src[last_end..]);
        Ok(buf)
    }

    /// Go's `expand`: appends `template` to `dst` with `$1`, `${1}`, `$name`, `${name}`
    /// replaced by the groups of match `m` in `src` (`$$` is `$`; a malformed `$` is kept).
    pub fn expand(&self, dst: &mut Vec<u8>, template: &[u8], src: &[u8], m: &Match) {
        let group = |i: usize| -> Option<&[u8]> {
            let (a, b) = (*m.get(2 * i)?, *m.get(2 * i + 1)?);
            (a >= 0).then(|| &src[a as usize..b as usize])
        };
        let mut t = template;
        while let Some(i) = t.iter().position(|&b| b == b'$') {
            dst.extend_from_slice(&t[..i]);
            t = &t[i + 1..];
            if t.first() == Some(&b'$') {
                dst.push(b'$');
                t = &t[1..];
                continue;
            }
            let Some((name, num, rest)) = extract(t) else {
                dst.push(b'$');
                continue;
            };
            t = rest;
            let found = match num {
                Some(n) => group(n),
                None => (0..self.names.len())
                    .filter(|&i| self.names[i].as_bytes() == name)
                    .find_map(group),
            };
            if let Some(g) = found {
                dst.extend_from_slice(g);
            }
        }
        dst.extend_from_slice(t);
    }

    /// Go's `Split`: the pieces of `s` between up to `n - 1` matches (`n < 0`: all; `n == 0`:
    /// nil, returned as `None`).
    pub fn split<'s>(&self, s: &'s [u8], n: i64) -> Option<Vec<&'s [u8]>> {
        if n == 0 {
            return None;
        }
        if !self.expr.is_empty() && s.is_empty() {
            return Some(vec![&s[..0]]);
        }
        let matches = self.all_matches(s, n, false);
        let mut out = Vec::with_capacity(matches.len());
        let (mut beg, mut end) = (0, 0);
        for m in matches {
            if n > 0 && out.len() as i64 == n - 1 {
                break;
            }
            end = m[0] as usize;
            if m[1] != 0 {
                out.push(&s[beg..end]);
            }
            beg = m[1] as usize;
        }
        if end != s.len() {
            out.push(&s[beg..]);
        }
        Some(out)
    }
}

/// Go's `extract`: the name after a `$` (`name` or `{name}`), its number when it is a
/// decimal without leading zeros, and the rest of the template.
fn extract(t: &[u8]) -> Option<(&[u8], Option<usize>, &[u8])> {
    let (brace, s) = match t.strip_prefix(b"{") {
        Some(s) => (true, s),
        None => (false, t),
    };
    let text = String::from_utf8_lossy(s);
    let mut len = 0;
    for c in text.chars() {
        if !(c.is_alphabetic() || c.is_numeric() || c == '_') || c == '\u{FFFD}' {
            break;
        }
        len += c.len_utf8();
    }
    if len == 0 {
        return None;
    }
    let name = &s[..len];
    let mut rest = &s[len..];
    if brace {
        rest = rest.strip_prefix(b"}")?;
    }
    let mut num: Option<usize> = Some(0);
    for &b in name {
        num = match num {
            Some(v) if b.is_ascii_digit() && v < 100_000_000 => Some(v * 10 + (b - b'0') as usize),
            _ => None,
        };
    }
    if name[0] == b'0' && name.len() > 1 {
        num = None;
    }
    Some((name, num, rest))
}
