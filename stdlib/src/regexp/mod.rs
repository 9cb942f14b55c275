//! Package `regexp` on the `regex` crate: Go's RE2 syntax (translated by `syntax`, with Go's
//! parse errors), Go's match-iteration and replacement rules (`matching`).
//!
//! - `Compile`, `MustCompile` (Go's panic text), `MatchString`, `Match`, `QuoteMeta`.
//! - `*Regexp` methods: `Match`, `MatchString`, the `Find` family in string and `[]byte`
//!   forms (`All`, `Submatch`, `Index` and their combinations), `ReplaceAll[String]`,
//!   `ReplaceAll[Literal|Func][String]`, `Expand[String]`, `Split`, `String`, `NumSubexp`,
//!   `SubexpNames`, `SubexpIndex`.
//! - Not provided: `Longest`, `LiteralPrefix`, `CompilePOSIX`, the `Reader` forms.
//!
//! Invariants: a `*Regexp` is a one-word struct whose slot holds the native `Compiled` (set
//! once by `Compile`, never changed); results follow Go's nil rules — no match gives a nil
//! slice, a group that did not participate gives `""` / a nil `[]byte` / `-1` — and `[]byte`
//! results alias the argument's backing array as Go's do.

mod matching;
mod syntax;

use crate::util;
use crate::{declare, native};
use matching::{Compiled, Match};
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use std::sync::atomic::Ordering::{Acquire, Release};
use vm::native::{NativeCtx, Panic};
use vm::value;

impl NativeObject for Compiled {
    fn trace(&self, _marker: &mut Marker) {}
}

/// The compiled regexp behind a `*Regexp`.
fn compiled(recv: Word) -> Result<&'static Compiled, Panic> {
    if recv == 0 {
        return Err(util::nil_deref());
    }
    heap::native::<Compiled>(heap::words(recv)[0].load(Acquire)).ok_or_else(util::nil_deref)
}

/// A new `*Regexp` for `expr`, or Go's error text.
fn compile(c: &NativeCtx, expr: &[u8]) -> Result<Word, String> {
    let re = Compiled::new(expr)?;
    let obj = match util::type_named(c.prog, "*regexp.Regexp") {
        Some(t) => value::zero(c.prog, c.prog.types[t as usize].elem),
        None => heap::alloc_words(1),
    };
    heap::words(obj)[0].store(heap::alloc_native(Box::new(re)), Release);
    Ok(obj)
}

/// Go's `regexp.quote`: backquoted when possible, else `strconv.Quote`d.
fn quote(s: &[u8]) -> Vec<u8> {
    if crate::strconv::quote::can_backquote(s) {
        [b"`", s, b"`"].concat()
    } else {
        crate::strconv::quote::quote(s)
    }
}

/// A Go `[]int` of `m`.
fn int_slice(m: &[i64]) -> Word {
    util::new_word_slice(&m.iter().map(|&v| v as Word).collect::<Vec<_>>())
}

/// Group `i` of match `m` in `s`, if it participated.
fn group<'s>(s: &'s [u8], m: &Match, i: usize) -> Option<&'s [u8]> {
    let (a, b) = (m[2 * i], m[2 * i + 1]);
    (a >= 0).then(|| &s[a as usize..b as usize])
}

/// The groups of `m` as a `[]string`.
fn group_strings(s: &[u8], m: &Match) -> Word {
    let items: Vec<&[u8]> = (0..m.len() / 2)
        .map(|i| group(s, m, i).unwrap_or(b""))
        .collect();
    util::new_str_slice(&items)
}

/// `b[from:to:to]` of the `[]byte` `b` (nil when `b` has no backing array).
fn subslice(b: Word, from: i64, to: i64) -> Word {
    let (arr, off, _, _) = value::slice_parts(b);
    if arr == 0 {
        return 0;
    }
    let n = (to - from) as usize;
    value::slice_new(arr, off + from as usize, n, n)
}

/// The groups of `m` as a `[][]byte` aliasing `b` (nil for a group that did not participate).
fn group_bytes(b: Word, m: &Match) -> Word {
    let items: Vec<Word> = m
        .chunks(2)
        .map(|g| if g[0] < 0 { 0 } else { subslice(b, g[0], g[1]) })
        .collect();
    util::new_word_slice(&items)
}

/// A slice of `items`, nil when there are none (Go's `FindAll*` with no match).
fn slice_or_nil(items: Vec<Word>) -> Word {
    if items.is_empty() {
        0
    } else {
        util::new_word_slice(&items)
    }
}

/// A `[]byte` of `b`, nil when empty (Go's replace results built by `append` onto nil).
fn bytes_or_nil(b: &[u8]) -> Word {
    if b.is_empty() {
        0
    } else {
        util::new_byte_slice(b)
    }
}

/// `ReplaceAll[Literal]String` / `ReplaceAll[Literal]`: `src` with every match replaced by
/// `repl`, `$` expanded unless `literal`.
fn replace(re: &Compiled, src: &[u8], repl: &[u8], literal: bool) -> Vec<u8> {
    let expand = !literal && repl.contains(&b'$');
    let out = re.replace_all::<()>(src, expand, |dst, m| {
        if expand {
            re.expand(dst, repl, src, m);
        } else {
            dst.extend_from_slice(repl);
        }
        Ok(())
    });
    out.unwrap_or_default()
}

/// `ReplaceAll[String]Func`: each match replaced by Go func `f` applied to it; `as_arg` makes
/// the Go argument from the match's byte range in `src`, `of_result` reads the Go result.
fn replace_func(
    c: &mut NativeCtx,
    re: &Compiled,
    src: &[u8],
    f: Word,
    as_arg: impl Fn(i64, i64) -> Word,
    of_result: fn(Word) -> Vec<u8>,
) -> Result<Vec<u8>, Panic> {
    re.replace_all(src, false, |dst, m| {
        let arg = as_arg(m[0], m[1]);
        let res = c.call(f, &[arg])?;
        dst.extend(of_result(res.first().copied().unwrap_or(0)));
        Ok(())
    })
}

fn str_bytes(w: Word) -> Vec<u8> {
    util::str_arg(w).to_vec()
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!("regexp", "type Regexp struct { impl uintptr }"),
        native!("regexp", "func Compile(string) (*Regexp, error)", |c, r| {
            match compile(c, util::str_arg(r[0])) {
                Ok(re) => {
                    r[0] = re;
                    r[1] = 0;
                }
                Err(msg) => {
                    r[0] = 0;
                    r[1] = util::new_error(c.prog, msg.as_bytes());
                }
            }
            Ok(())
        }),
        native!("regexp", "func MustCompile(string) *Regexp", |c, r| {
            let expr = util::str_arg(r[0]);
            r[0] = compile(c, expr).map_err(|msg| {
                let text = [
                    b"regexp: Compile(",
                    &quote(expr)[..],
                    b"): ",
                    msg.as_bytes(),
                ]
                .concat();
                crate::sync::string_panic(&String::from_utf8_lossy(&text))
            })?;
            Ok(())
        }),
        native!(
            "regexp",
            "func MatchString(string, string) (bool, error)",
            |c, r| {
                match Compiled::new(util::str_arg(r[0])) {
                    Ok(re) => {
                        r[0] = re.is_match(util::str_arg(r[1])) as Word;
                        r[1] = 0;
                    }
                    Err(msg) => {
                        r[0] = 0;
                        r[1] = util::new_error(c.prog, msg.as_bytes());
                    }
                }
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func Match(string, []byte) (bool, error)",
            |c, r| {
                match Compiled::new(util::str_arg(r[0])) {
                    Ok(re) => {
                        r[0] = re.is_match(&util::byte_slice(r[1])) as Word;
                        r[1] = 0;
                    }
                    Err(msg) => {
                        r[0] = 0;
                        r[1] = util::new_error(c.prog, msg.as_bytes());
                    }
                }
                Ok(())
            }
        ),
        native!("regexp", "func QuoteMeta(string) string", |_, r| {
            r[0] = util::new_str(&syntax::quote_meta(util::str_arg(r[0])));
            Ok(())
        }),
        // ---- about the pattern
        native!("regexp", "func (*Regexp) String() string", |_, r| {
            r[0] = util::new_str(&compiled(r[0])?.expr);
            Ok(())
        }),
        native!("regexp", "func (*Regexp) NumSubexp() int", |_, r| {
            r[0] = compiled(r[0])?.num_subexp() as Word;
            Ok(())
        }),
        native!("regexp", "func (*Regexp) SubexpNames() []string", |_, r| {
            r[0] = util::new_str_slice(&compiled(r[0])?.names);
            Ok(())
        }),
        native!(
            "regexp",
            "func (*Regexp) SubexpIndex(string) int",
            |_, r| {
                let name = util::str_arg(r[1]);
                let names = &compiled(r[0])?.names;
                let i = (!name.is_empty())
                    .then(|| names.iter().position(|n| n.as_bytes() == name))
                    .flatten();
                r[0] = i.map_or(-1, |i| i as i64) as Word;
                Ok(())
            }
        ),
        // ---- matching strings
        native!(
            "regexp",
            "func (*Regexp) MatchString(string) bool",
            |_, r| {
                r[0] = compiled(r[0])?.is_match(util::str_arg(r[1])) as Word;
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) FindString(string) string",
            |_, r| {
                let s = util::str_arg(r[1]);
                r[0] = match compiled(r[0])?.exec(s, 0, false) {
                    Some(m) => util::new_str(&s[m[0] as usize..m[1] as usize]),
                    None => 0,
                };
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) FindStringIndex(string) []int",
            |_, r| {
                let m = compiled(r[0])?.exec(util::str_arg(r[1]), 0, false);
                r[0] = m.map_or(0, |m| int_slice(&m));
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) FindStringSubmatch(string) []string",
            |_, r| {
                let s = util::str_arg(r[1]);
                let m = compiled(r[0])?.exec(s, 0, true);
                r[0] = m.map_or(0, |m| group_strings(s, &m));
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) FindStringSubmatchIndex(string) []int",
            |_, r| {
                let m = compiled(r[0])?.exec(util::str_arg(r[1]), 0, true);
                r[0] = m.map_or(0, |m| int_slice(&m));
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) FindAllString(string, int) []string",
            |_, r| {
                let s = util::str_arg(r[1]);
                let all = compiled(r[0])?.all_matches(s, r[2] as i64, false);
                let items = all
                    .iter()
                    .map(|m| util::new_str(group(s, m, 0).unwrap_or(b"")));
                r[0] = slice_or_nil(items.collect());
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) FindAllStringIndex(string, int) [][]int",
            |_, r| {
                let all = compiled(r[0])?.all_matches(util::str_arg(r[1]), r[2] as i64, false);
                r[0] = slice_or_nil(all.iter().map(|m| int_slice(m)).collect());
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) FindAllStringSubmatch(string, int) [][]string",
            |_, r| {
                let s = util::str_arg(r[1]);
                let all = compiled(r[0])?.all_matches(s, r[2] as i64, true);
                r[0] = slice_or_nil(all.iter().map(|m| group_strings(s, m)).collect());
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) FindAllStringSubmatchIndex(string, int) [][]int",
            |_, r| {
                let all = compiled(r[0])?.all_matches(util::str_arg(r[1]), r[2] as i64, true);
                r[0] = slice_or_nil(all.iter().map(|m| int_slice(m)).collect());
                Ok(())
            }
        ),
        // ---- matching []byte
        native!("regexp", "func (*Regexp) Match([]byte) bool", |_, r| {
            r[0] = compiled(r[0])?.is_match(&util::byte_slice(r[1])) as Word;
            Ok(())
        }),
        native!("regexp", "func (*Regexp) Find([]byte) []byte", |_, r| {
            let m = compiled(r[0])?.exec(&util::byte_slice(r[1]), 0, false);
            r[0] = m.map_or(0, |m| subslice(r[1], m[0], m[1]));
            Ok(())
        }),
        native!(
            "regexp",
            "func (*Regexp) FindIndex([]byte) []int",
            |_, r| {
                let m = compiled(r[0])?.exec(&util::byte_slice(r[1]), 0, false);
                r[0] = m.map_or(0, |m| int_slice(&m));
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) FindSubmatch([]byte) [][]byte",
            |_, r| {
                let m = compiled(r[0])?.exec(&util::byte_slice(r[1]), 0, true);
                r[0] = m.map_or(0, |m| group_bytes(r[1], &m));
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) FindSubmatchIndex([]byte) []int",
            |_, r| {
                let m = compiled(r[0])?.exec(&util::byte_slice(r[1]), 0, true);
                r[0] = m.map_or(0, |m| int_slice(&m));
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) FindAll([]byte, int) [][]byte",
            |_, r| {
                let all = compiled(r[0])?.all_matches(&util::byte_slice(r[1]), r[2] as i64, false);
                r[0] = slice_or_nil(all.iter().map(|m| subslice(r[1], m[0], m[1])).collect());
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) FindAllIndex([]byte, int) [][]int",
            |_, r| {
                let all = compiled(r[0])?.all_matches(&util::byte_slice(r[1]), r[2] as i64, false);
                r[0] = slice_or_nil(all.iter().map(|m| int_slice(m)).collect());
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) FindAllSubmatch([]byte, int) [][][]byte",
            |_, r| {
                let all = compiled(r[0])?.all_matches(&util::byte_slice(r[1]), r[2] as i64, true);
                r[0] = slice_or_nil(all.iter().map(|m| group_bytes(r[1], m)).collect());
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) FindAllSubmatchIndex([]byte, int) [][]int",
            |_, r| {
                let all = compiled(r[0])?.all_matches(&util::byte_slice(r[1]), r[2] as i64, true);
                r[0] = slice_or_nil(all.iter().map(|m| int_slice(m)).collect());
                Ok(())
            }
        ),
        // ---- replacing
        native!(
            "regexp",
            "func (*Regexp) ReplaceAllString(string, string) string",
            |_, r| {
                let re = compiled(r[0])?;
                r[0] = util::new_str(&replace(
                    re,
                    util::str_arg(r[1]),
                    util::str_arg(r[2]),
                    false,
                ));
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) ReplaceAllLiteralString(string, string) string",
            |_, r| {
                let re = compiled(r[0])?;
                r[0] = util::new_str(&replace(re, util::str_arg(r[1]), util::str_arg(r[2]), true));
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) ReplaceAll([]byte, []byte) []byte",
            |_, r| {
                let (src, repl) = (util::byte_slice(r[1]), util::byte_slice(r[2]));
                r[0] = bytes_or_nil(&replace(compiled(r[0])?, &src, &repl, false));
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) ReplaceAllLiteral([]byte, []byte) []byte",
            |_, r| {
                let (src, repl) = (util::byte_slice(r[1]), util::byte_slice(r[2]));
                r[0] = bytes_or_nil(&replace(compiled(r[0])?, &src, &repl, true));
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) ReplaceAllStringFunc(string, func(string) string) string",
            |c, r| {
                let re = compiled(r[0])?;
                let src = str_bytes(r[1]);
                let arg = |a, b| util::new_str(&src[a as usize..b as usize]);
                let out = replace_func(c, re, &src, r[2], arg, str_bytes)?;
                r[0] = util::new_str(&out);
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) ReplaceAllFunc([]byte, func([]byte) []byte) []byte",
            |c, r| {
                let re = compiled(r[0])?;
                let src = util::byte_slice(r[1]);
                let b = r[1];
                let arg = |from, to| match value::slice_parts(b) {
                    (0, ..) => 0,
                    (arr, off, _, cap) => value::slice_new(
                        arr,
                        off + from as usize,
                        (to - from) as usize,
                        cap - from as usize,
                    ),
                };
                let out = replace_func(c, re, &src, r[2], arg, util::byte_slice)?;
                r[0] = bytes_or_nil(&out);
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) ExpandString([]byte, string, string, []int) []byte",
            |_, r| {
                let re = compiled(r[0])?;
                let m: Match = value::slice_to_vec(r[4], false)
                    .into_iter()
                    .map(|w| w as i64)
                    .collect();
                let mut dst = Vec::new();
                re.expand(&mut dst, util::str_arg(r[2]), util::str_arg(r[3]), &m);
                r[0] = util::append_bytes(r[1], &dst);
                Ok(())
            }
        ),
        native!(
            "regexp",
            "func (*Regexp) Split(string, int) []string",
            |_, r| {
                let s = util::str_arg(r[1]);
                r[0] = match compiled(r[0])?.split(s, r[2] as i64) {
                    Some(parts) => util::new_str_slice(&parts),
                    None => 0,
                };
                Ok(())
            }
        ),
    ]
}
