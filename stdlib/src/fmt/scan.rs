//! Scanning: `func Sscan(str string, a ...any) (n int, err error)`, `Sscanln`,
//! `Sscanf(str string, format string, a ...any) (n int, err error)` — operands are pointers
//! to bool, integer, float, string (and `[]byte`) variables; verbs `%v %d %s %f %g %e %q %x
//! %c %t`. Simplified from Go: error texts cover the common cases (`unexpected EOF`,
//! `expected integer`, `input does not match format`).

use crate::util;
use runtime::heap::{self, Word};
use vm::native::{NativeCtx, Panic};
use vm::program::RKind;
use vm::value;

pub(super) struct Input<'s> {
    pub(super) s: &'s [u8],
    pub(super) i: usize,
}

impl Input<'_> {
    fn skip_space(&mut self, newlines: bool) {
        while self.i < self.s.len()
            && (self.s[self.i] == b' '
                || self.s[self.i] == b'\t'
                || self.s[self.i] == b'\r'
                || (newlines && self.s[self.i] == b'\n'))
        {
            self.i += 1;
        }
    }
    fn token(&mut self, accept: impl Fn(u8, usize) -> bool) -> &[u8] {
        let start = self.i;
        while self.i < self.s.len() && accept(self.s[self.i], self.i - start) {
            self.i += 1;
        }
        &self.s[start..self.i]
    }
}

pub(super) fn store(
    prog: &vm::program::Program,
    ptr_t: u32,
    ptr: Word,
    inp: &mut Input,
    verb: u8,
) -> Result<(), String> {
    let et = prog.types[ptr_t as usize].elem;
    let kind = util::kind(prog, et);
    if ptr == 0 {
        return Err("can't scan type: nil pointer".into());
    }
    let put = |v: Word| {
        if ptr.is_multiple_of(8) {
            heap::store_word(ptr, v)
        } else {
            heap::store_u8(ptr, v as u8)
        }
    };
    if inp.i >= inp.s.len() {
        return Err("EOF".into());
    }
    match kind {
        RKind::Bool => {
            let t = inp.token(|c, _| c.is_ascii_alphanumeric()).to_vec();
            match crate::strconv::parse::parse_bool(&t) {
                Some(b) => put(b as Word),
                None => return Err("syntax error scanning boolean".into()),
            }
        }
        RKind::Int
        | RKind::Int8
        | RKind::Int16
        | RKind::Int32
        | RKind::Int64
        | RKind::Uint
        | RKind::Uint8
        | RKind::Uint16
        | RKind::Uint32
        | RKind::Uint64
        | RKind::Uintptr => {
            if verb == b'c' {
                let (c, w) = vm::utf8::decode_rune(&inp.s[inp.i..]);
                inp.i += w;
                put(c as u32 as Word);
                return Ok(());
            }
            let base = match verb {
                b'x' | b'X' => 16,
                b'o' => 8,
                b'b' => 2,
                _ => 10,
            };
            let t = inp
                .token(|c, k| (k == 0 && (c == b'+' || c == b'-')) || (c as char).is_digit(base))
                .to_vec();
            let signed = matches!(
                kind,
                RKind::Int | RKind::Int8 | RKind::Int16 | RKind::Int32 | RKind::Int64
            );
            let v = if signed {
                crate::strconv::parse::parse_int(&t, base, 64)
                    .map(|v| v as Word)
                    .map_err(|_| ())
            } else {
                crate::strconv::parse::parse_uint(&t, base, 64).map_err(|_| ())
            };
            match v {
                Ok(v) => put(v),
                Err(()) => return Err("expected integer".into()),
            }
        }
        RKind::Float32 | RKind::Float64 => {
            let t = inp
                .token(|c, _| {
                    c.is_ascii_digit()
                        || matches!(
                            c,
                            b'+' | b'-'
                                | b'.'
                                | b'e'
                                | b'E'
                                | b'_'
                                | b'x'
                                | b'p'
                                | b'i'
                                | b'n'
                                | b'f'
                                | b'N'
                                | b'a'
                        )
                })
                .to_vec();
            match crate::strconv::parse::parse_float(
                &t,
                if kind == RKind::Float32 { 32 } else { 64 },
            ) {
                Ok(f) => put(f.to_bits()),
                Err(_) => {
                    return Err(format!(
                        "strconv.ParseFloat: parsing {:?}: invalid syntax",
                        String::from_utf8_lossy(&t)
                    ))
                }
            }
        }
        RKind::String | RKind::Slice => {
            let t = if verb == b'q' {
                let rest = &inp.s[inp.i..];
                let end = if rest.first() == Some(&b'`') {
                    rest[1..].iter().position(|&c| c == b'`').map(|p| p + 2)
                } else {
                    let mut k = 1;
                    let mut found = None;
                    while k < rest.len() {
                        if rest[k] == b'\\' {
                            k += 2;
                            continue;
                        }
                        if rest[k] == b'"' {
                            found = Some(k + 1);
                            break;
                        }
                        k += 1;
                    }
                    found
                };
                let Some(end) = end else {
                    return Err("unexpected EOF".into());
                };
                let q = &rest[..end];
                inp.i += end;
                crate::strconv::quote::unquote(q).ok_or_else(|| "invalid syntax".to_string())?
            } else {
                inp.token(|c, _| !c.is_ascii_whitespace()).to_vec()
            };
            if kind == RKind::String {
                put(util::new_str(&t));
            } else {
                put(util::new_byte_slice(&t));
            }
        }
        _ => {
            return Err(format!(
                "can't scan type: {}",
                prog.types[ptr_t as usize].name
            ))
        }
    }
    Ok(())
}

/// Stores the results `n, err`; the message `EOF` (input ended where an operand was due) is
/// `io.EOF` itself, `unexpected EOF` is `io.ErrUnexpectedEOF`.
pub(super) fn finish(ctx: &NativeCtx, regs: &mut [Word], n: usize, err: Option<String>) {
    regs[0] = n as Word;
    regs[1] = match err {
        None => 0,
        Some(e) if e == "EOF" => crate::io::eof(ctx),
        Some(e) if e == "unexpected EOF" => crate::io::unexpected_eof(ctx),
        Some(e) => util::new_error(ctx.prog, e.as_bytes()),
    };
}

/// `Sscan` (newlines count as space) and `Sscanln`.
pub fn sscan(ctx: &mut NativeCtx, regs: &mut [Word], newlines: bool) -> Result<(), Panic> {
    let s = value::str_bytes(regs[0]);
    let args = value::slice_to_vec(regs[1], false);
    let mut inp = Input { s, i: 0 };
    let mut n = 0;
    for a in args {
        inp.skip_space(newlines);
        let Some((t, ptr)) = value::iface_parts(a) else {
            finish(ctx, regs, n, Some("can't scan type: <nil>".into()));
            return Ok(());
        };
        if let Err(e) = store(ctx.prog, t, ptr, &mut inp, b'v') {
            finish(ctx, regs, n, Some(e));
            return Ok(());
        }
        n += 1;
    }
    finish(ctx, regs, n, None);
    Ok(())
}

/// `Sscanf`.
pub fn sscanf(ctx: &mut NativeCtx, regs: &mut [Word]) -> Result<(), Panic> {
    let s = value::str_bytes(regs[0]);
    let format = value::str_bytes(regs[1]);
    let args = value::slice_to_vec(regs[2], false);
    let mut inp = Input { s, i: 0 };
    let mut n = 0;
    let mut fi = 0;
    let mut argi = 0;
    while fi < format.len() {
        let c = format[fi];
        if c == b'%' && fi + 1 < format.len() {
            let mut verb = format[fi + 1];
            fi += 2;
            while verb.is_ascii_digit() && fi < format.len() {
                verb = format[fi];
                fi += 1;
            }
            if verb == b'%' {
                inp.skip_space(false);
                if inp.s.get(inp.i) != Some(&b'%') {
                    finish(ctx, regs, n, Some("missing literal %".into()));
                    return Ok(());
                }
                inp.i += 1;
                continue;
            }
            let Some(&a) = args.get(argi) else {
                finish(
                    ctx,
                    regs,
                    n,
                    Some(format!("too few operands for format '%{}'", verb as char)),
                );
                return Ok(());
            };
            argi += 1;
            if verb != b'c' {
                inp.skip_space(false);
            }
            let Some((t, ptr)) = value::iface_parts(a) else {
                finish(ctx, regs, n, Some("can't scan type: <nil>".into()));
                return Ok(());
            };
            if let Err(e) = store(ctx.prog, t, ptr, &mut inp, verb) {
                finish(ctx, regs, n, Some(e));
                return Ok(());
            }
            n += 1;
        } else if c == b' ' || c == b'\t' || c == b'\n' {
            inp.skip_space(c == b'\n');
            fi += 1;
        } else {
            if inp.s.get(inp.i) != Some(&c) {
                let e = if inp.i >= inp.s.len() {
                    "unexpected EOF"
                } else {
                    "input does not match format"
                };
                finish(ctx, regs, n, Some(e.into()));
                return Ok(());
            }
            inp.i += 1;
            fi += 1;
        }
    }
    if argi < args.len() {
        finish(ctx, regs, n, Some("too many operands".into()));
        return Ok(());
    }
    finish(ctx, regs, n, None);
    Ok(())
}
