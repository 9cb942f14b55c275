//! Go's `fmt/format.go`: the flag/width/precision state (`Fmt`) and the primitive formatters
//! (`fmt_integer`, `fmt_float`, `fmt_s`, `fmt_q`, `fmt_c`, `fmt_unicode`, `fmt_sbx`, …),
//! plus the verb dispatch of `print.go` for scalars (`int_verb`, `float_verb`,
//! `complex_verb`, `string_verb`, `bool_verb`, `bytes_verb`), which return `false` for a bad
//! verb (the caller prints `%!x(T=v)`). Pure: works on Rust values only.

use crate::strconv::ftoa::append_float;
use crate::strconv::isprint::is_print;
use crate::strconv::quote::{can_backquote, quote, quote_ascii};
use crate::strconv::quote::{quote_rune, quote_rune_ascii};
use vm::utf8::decode_rune;

pub const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
pub const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

#[derive(Clone, Copy, Default, Debug)]
pub struct Flags {
    pub wid_present: bool,
    pub prec_present: bool,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    pub plus_v: bool,
    pub sharp_v: bool,
    pub wid: i64,
    pub prec: i64,
}

/// The output buffer plus the current verb's flags.
#[derive(Default)]
pub struct Fmt {
    pub buf: Vec<u8>,
    pub f: Flags,
}

fn rune_count(b: &[u8]) -> i64 {
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        let (_, w) = decode_rune(&b[i..]);
        i += w.max(1);
        n += 1;
    }
    n
}

fn encode_rune(u: u64) -> Vec<u8> {
    let c = if u > 0x10FFFF {
        '\u{FFFD}'
    } else {
        char::from_u32(u as u32).unwrap_or('\u{FFFD}')
    };
    let mut tmp = [0u8; 4];
    c.encode_utf8(&mut tmp).as_bytes().to_vec()
}

impl Fmt {
    pub fn clear_flags(&mut self) {
        self.f = Flags::default();
    }

    pub fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let b = if self.f.zero { b'0' } else { b' ' };
        self.buf.extend(std::iter::repeat_n(b, n as usize));
    }

    pub fn pad(&mut self, b: &[u8]) {
        if !self.f.wid_present || self.f.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.f.wid - rune_count(b);
        if !self.f.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    pub fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    pub fn fmt_unicode(&mut self, u: u64) {
        let mut prec = 4;
        if self.f.prec_present && self.f.prec > 4 {
            prec = self.f.prec;
        }
        let mut out: Vec<u8> = Vec::new();
        let mut digits = Vec::new();
        let mut v = u;
        loop {
            digits.push(UDIGITS[(v & 0xF) as usize]);
            v >>= 4;
            if v == 0 {
                break;
            }
        }
        out.extend_from_slice(b"U+");
        let pad = (prec - digits.len() as i64).max(0) as usize;
        out.extend(std::iter::repeat_n(b'0', pad));
        out.extend(digits.iter().rev());
        if self.f.sharp && u <= 0x10FFFF && char::from_u32(u as u32).is_some_and(is_print) {
            out.extend_from_slice(b" '");
            out.extend_from_slice(&encode_rune(u));
            out.push(b'\'');
        }
        let old = self.f.zero;
        self.f.zero = false;
        self.pad(&out);
        self.f.zero = old;
    }

    pub fn fmt_integer(
        &mut self,
        u: u64,
        base: u32,
        is_signed: bool,
        verb: char,
        digits: &[u8; 17],
    ) {
        let negative = is_signed && (u as i64) < 0;
        let mut u = if negative {
            (u as i64).unsigned_abs()
        } else {
            u
        };
        let mut prec: i64 = 0;
        if self.f.prec_present {
            prec = self.f.prec;
            if prec == 0 && u == 0 {
                let old = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.f.wid);
                self.f.zero = old;
                return;
            }
        } else if self.f.zero && self.f.wid_present {
            prec = self.f.wid;
            if negative || self.f.plus || self.f.space {
                prec -= 1;
            }
        }
        let mut rev: Vec<u8> = Vec::with_capacity(24);
        let b = base as u64;
        while u >= b {
            rev.push(digits[(u % b) as usize]);
            u /= b;
        }
        rev.push(digits[u as usize]);
        while (rev.len() as i64) < prec {
            rev.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => {
                    rev.push(digits[16]);
                    rev.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if self.f.plus {
            rev.push(b'+');
        } else if self.f.space {
            rev.push(b' ');
        }
        rev.reverse();
        let old = self.f.zero;
        self.f.zero = false;
        self.pad(&rev);
        self.f.zero = old;
    }

    fn truncate<'a>(&self, b: &'a [u8]) -> &'a [u8] {
        if self.f.prec_present {
            let mut n = self.f.prec;
            let mut i = 0;
            while i < b.len() {
                n -= 1;
                if n < 0 {
                    return &b[..i];
                }
                let (_, w) = decode_rune(&b[i..]);
                i += w.max(1);
            }
        }
        b
    }

    pub fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    pub fn fmt_sbx(&mut self, b: &[u8], digits: &[u8; 17]) {
        let mut length = b.len() as i64;
        if self.f.prec_present && self.f.prec < length {
            length = self.f.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                self.write_padding(self.f.wid);
            }
            return;
        }
        if self.f.wid_present && self.f.wid > width && !self.f.minus {
            self.write_padding(self.f.wid - width);
        }
        if self.f.sharp {
            self.buf.push(b'0');
            self.buf.push(digits[16]);
        }
        for (i, &c) in b[..length as usize].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.push(b'0');
                    self.buf.push(digits[16]);
                }
            }
            self.buf.push(digits[(c >> 4) as usize]);
            self.buf.push(digits[(c & 0xF) as usize]);
        }
        if self.f.wid_present && self.f.wid > width && self.f.minus {
            self.write_padding(self.f.wid - width);
        }
    }

    pub fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.f.sharp && can_backquote(s) {
            let mut b = Vec::with_capacity(s.len() + 2);
            b.push(b'`');
            b.extend_from_slice(s);
            b.push(b'`');
            self.pad(&b);
            return;
        }
        let q = if self.f.plus {
            quote_ascii(s)
        } else {
            quote(s)
        };
        self.pad(&q);
    }

    pub fn fmt_c(&mut self, c: u64) {
        let b = encode_rune(c);
        self.pad(&b);
    }

    pub fn fmt_qc(&mut self, c: u64) {
        let r = if c > 0x10FFFF { 0xFFFD } else { c as i64 };
        let q = if self.f.plus {
            quote_rune_ascii(r)
        } else {
            quote_rune(r)
        };
        self.pad(&q);
    }

    pub fn fmt_float(&mut self, v: f64, size: u32, verb: char, prec: i64) {
        let prec = if self.f.prec_present {
            self.f.prec
        } else {
            prec
        };
        let mut num = vec![b'+'];
        append_float(&mut num, v, verb as u8, prec as i32, size);
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            let old = self.f.zero;
            self.f.zero = false;
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.f.zero = old;
            return;
        }
        if self.f.sharp && verb != 'b' {
            let mut digits: i64 = 0;
            if matches!(verb, 'v' | 'g' | 'G' | 'x') {
                digits = prec;
                if digits == -1 {
                    digits = 6;
                }
            }
            let mut tail: Vec<u8> = Vec::new();
            let mut has_dot = false;
            let mut saw_nonzero = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_dot = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    b'e' | b'E' if verb != 'x' && verb != 'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero = true;
                        }
                        if saw_nonzero {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_dot {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if self.f.plus || num[0] != b'+' {
            if self.f.zero && self.f.wid_present && self.f.wid > num.len() as i64 {
                self.buf.push(num[0]);
                self.write_padding(self.f.wid - num.len() as i64);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    // ------------------------------------------------ print.go's per-kind verb dispatch

    pub fn fmt_0x64(&mut self, v: u64, leading0x: bool) {
        let sharp = self.f.sharp;
        self.f.sharp = leading0x;
        self.fmt_integer(v, 16, false, 'v', LDIGITS);
        self.f.sharp = sharp;
    }

    pub fn bool_verb(&mut self, v: bool, verb: char) -> bool {
        match verb {
            't' | 'v' => self.fmt_boolean(v),
            _ => return false,
        }
        true
    }

    pub fn int_verb(&mut self, v: u64, is_signed: bool, verb: char) -> bool {
        match verb {
            'v' => {
                if self.f.sharp_v && !is_signed {
                    self.fmt_0x64(v, true)
                } else {
                    self.fmt_integer(v, 10, is_signed, verb, LDIGITS)
                }
            }
            'd' => self.fmt_integer(v, 10, is_signed, verb, LDIGITS),
            'b' => self.fmt_integer(v, 2, is_signed, verb, LDIGITS),
            'o' | 'O' => self.fmt_integer(v, 8, is_signed, verb, LDIGITS),
            'x' => self.fmt_integer(v, 16, is_signed, verb, LDIGITS),
            'X' => self.fmt_integer(v, 16, is_signed, verb, UDIGITS),
            'c' => self.fmt_c(v),
            'q' => self.fmt_qc(v),
            'U' => self.fmt_unicode(v),
            _ => return false,
        }
        true
    }

    pub fn float_verb(&mut self, v: f64, size: u32, verb: char) -> bool {
        match verb {
            'v' => self.fmt_float(v, size, 'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt_float(v, size, verb, -1),
            'f' | 'e' | 'E' => self.fmt_float(v, size, verb, 6),
            'F' => self.fmt_float(v, size, 'f', 6),
            _ => return false,
        }
        true
    }

    pub fn complex_verb(&mut self, re: f64, im: f64, size: u32, verb: char) -> bool {
        match verb {
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
                let old = self.f.plus;
                self.buf.push(b'(');
                self.float_verb(re, size / 2, verb);
                self.f.plus = true;
                self.float_verb(im, size / 2, verb);
                self.buf.extend_from_slice(b"i)");
                self.f.plus = old;
                true
            }
            _ => false,
        }
    }

    pub fn string_verb(&mut self, v: &[u8], verb: char) -> bool {
        match verb {
            'v' => {
                if self.f.sharp_v {
                    self.fmt_q(v)
                } else {
                    self.fmt_s(v)
                }
            }
            's' => self.fmt_s(v),
            'x' => self.fmt_sbx(v, LDIGITS),
            'X' => self.fmt_sbx(v, UDIGITS),
            'q' => self.fmt_q(v),
            _ => return false,
        }
        true
    }

    /// `fmtBytes` for verbs other than the element-wise fallback; returns false when the
    /// caller must print the value element by element (Go's `printValue` default).
    pub fn bytes_verb(&mut self, v: &[u8], is_nil: bool, verb: char, type_name: &str) -> bool {
        match verb {
            'v' | 'd' => {
                if self.f.sharp_v {
                    self.buf.extend_from_slice(type_name.as_bytes());
                    if is_nil {
                        self.buf.extend_from_slice(b"(nil)");
                        return true;
                    }
                    self.buf.push(b'{');
                    for (i, &c) in v.iter().enumerate() {
                        if i > 0 {
                            self.buf.extend_from_slice(b", ");
                        }
                        self.fmt_0x64(c as u64, true);
                    }
                    self.buf.push(b'}');
                } else {
                    self.buf.push(b'[');
                    for (i, &c) in v.iter().enumerate() {
                        if i > 0 {
                            self.buf.push(b' ');
                        }
                        self.fmt_integer(c as u64, 10, false, verb, LDIGITS);
                    }
                    self.buf.push(b']');
                }
            }
            's' => {
                let b = self.truncate(v).to_vec();
                self.pad(&b);
            }
            'x' => self.fmt_sbx(v, LDIGITS),
            'X' => self.fmt_sbx(v, UDIGITS),
            'q' => self.fmt_q(v),
            _ => return false,
        }
        true
    }
}
