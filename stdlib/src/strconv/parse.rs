//! Pure number parsing, Go's `strconv` semantics: `parse_int` (`ParseInt`, base 0 prefixes
//! and underscores), `parse_uint`, `parse_float` (`ParseFloat`: decimal, hex, inf, nan;
//! range errors return ±Inf), `parse_bool`, and `num_error` for `*strconv.NumError` texts.

use super::quote::quote;

/// Why a parse failed (`strconv.ErrSyntax` / `strconv.ErrRange`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumErr {
    Syntax,
    Range,
}

/// `*strconv.NumError.Error()`: `strconv.<func>: parsing "<input>": <err>`.
pub fn num_error(func: &str, input: &[u8], err: NumErr) -> String {
    let msg = match err {
        NumErr::Syntax => "invalid syntax",
        NumErr::Range => "value out of range",
    };
    format!(
        "strconv.{}: parsing {}: {}",
        func,
        String::from_utf8_lossy(&quote(input)),
        msg
    )
}

fn lower(c: u8) -> u8 {
    c | 0x20
}

/// Go's `underscoreOK`: underscores only between digits, after a base prefix or digit.
fn underscore_ok(s: &[u8]) -> bool {
    let mut saw = b'^';
    let mut i = 0;
    let mut s = s;
    if !s.is_empty() && (s[0] == b'-' || s[0] == b'+') {
        s = &s[1..];
    }
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        if c.is_ascii_digit() || (hex && lower(c).is_ascii_hexdigit() && c.is_ascii_alphabetic()) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
        i += 1;
    }
    saw != b'_'
}

/// `strconv.ParseUint(s, base, bitSize)`: Err((kind, value to return)).
pub fn parse_uint(s: &[u8], base: u32, bit_size: u32) -> Result<u64, (NumErr, u64)> {
    if s.is_empty() {
        return Err((NumErr::Syntax, 0));
    }
    let base0 = base == 0;
    let s0 = s;
    let mut s = s;
    let mut base = base;
    if base == 0 {
        base = 10;
        if s[0] == b'0' {
            if s.len() >= 3 && lower(s[1]) == b'b' {
                base = 2;
                s = &s[2..];
            } else if s.len() >= 3 && lower(s[1]) == b'o' {
                base = 8;
                s = &s[2..];
            } else if s.len() >= 3 && lower(s[1]) == b'x' {
                base = 16;
                s = &s[2..];
            } else {
                base = 8;
                s = &s[1..];
            }
        }
    } else if !(2..=36).contains(&base) {
        return Err((NumErr::Syntax, 0));
    }
    let bit_size = if bit_size == 0 { 64 } else { bit_size.min(64) };
    let max_val: u64 = if bit_size == 64 {
        u64::MAX
    } else {
        (1u64 << bit_size) - 1
    };
    let mut n: u64 = 0;
    let mut underscores = false;
    for &c in s {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => (c - b'0') as u32,
            b'a'..=b'z' | b'A'..=b'Z' => (lower(c) - b'a') as u32 + 10,
            _ => return Err((NumErr::Syntax, 0)),
        };
        if d >= base {
            return Err((NumErr::Syntax, 0));
        }
        let Some(n1) = n
            .checked_mul(base as u64)
            .and_then(|v| v.checked_add(d as u64))
        else {
            return Err((NumErr::Range, max_val));
        };
        if n1 > max_val {
            return Err((NumErr::Range, max_val));
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return Err((NumErr::Syntax, 0));
    }
    Ok(n)
}

/// `strconv.ParseInt(s, base, bitSize)`: Err((kind, value to return)).
pub fn parse_int(s: &[u8], base: u32, bit_size: u32) -> Result<i64, (NumErr, i64)> {
    if s.is_empty() {
        return Err((NumErr::Syntax, 0));
    }
    let (neg, body) = match s[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let bit_size = if bit_size == 0 { 64 } else { bit_size.min(64) };
    // As Go: the digits are parsed at `bit_size`, so an overflow before a bad digit is a
    // range error ("333x" at 8 bits), not a syntax error.
    let un = match parse_uint(body, base, bit_size) {
        Ok(u) => u,
        Err((NumErr::Syntax, _)) => return Err((NumErr::Syntax, 0)),
        Err((NumErr::Range, _)) => u64::MAX,
    };
    let cutoff = 1u64 << (bit_size - 1);
    if !neg && un >= cutoff {
        return Err((NumErr::Range, (cutoff - 1) as i64));
    }
    if neg && un > cutoff {
        return Err((NumErr::Range, (cutoff as i64).wrapping_neg()));
    }
    Ok(if neg {
        (un as i64).wrapping_neg()
    } else {
        un as i64
    })
}

/// `strconv.ParseBool`.
pub fn parse_bool(s: &[u8]) -> Option<bool> {
    match s {
        b"1" | b"t" | b"T" | b"TRUE" | b"true" | b"True" => Some(true),
        b"0" | b"f" | b"F" | b"FALSE" | b"false" | b"False" => Some(false),
        _ => None,
    }
}

fn parse_hex_float(s: &[u8]) -> Option<f64> {
    // s without sign, starting with 0x.
    let s = &s[2..];
    let mut mant: u64 = 0;
    let mut exp: i64 = 0;
    let mut seen_dot = false;
    let mut ndigits = 0;
    let mut i = 0;
    let mut sticky = false;
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            i += 1;
            continue;
        }
        if c == b'.' {
            if seen_dot {
                return None;
            }
            seen_dot = true;
            i += 1;
            continue;
        }
        let Some(d) = (c as char).to_digit(16) else {
            break;
        };
        ndigits += 1;
        if mant >> 58 == 0 {
            mant = (mant << 4) | d as u64;
            if seen_dot {
                exp -= 4;
            }
        } else {
            sticky |= d != 0;
            if !seen_dot {
                exp += 4;
            }
        }
        i += 1;
    }
    if ndigits == 0 || i >= s.len() || lower(s[i]) != b'p' {
        return None;
    }
    let e: i64 = std::str::from_utf8(&s[i + 1..]).ok()?.parse().ok()?;
    if sticky {
        mant |= 1;
    }
    Some(mant as f64 * 2f64.powi((exp + e).clamp(-10000, 10000) as i32))
}

/// A parsed magnitude that overflowed to infinity is `ErrRange`, returning the signed infinity.
fn overflow_is_range(v: f64, neg: bool) -> Result<f64, (NumErr, f64)> {
    if v.is_infinite() {
        let inf = if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
        return Err((NumErr::Range, inf));
    }
    Ok(v)
}

/// `strconv.ParseFloat(s, bitSize)`: Err((kind, value to return)).
pub fn parse_float(s: &[u8], bit_size: u32) -> Result<f64, (NumErr, f64)> {
    let (neg, body) = match s.first() {
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    let lowered: Vec<u8> = body.iter().map(|c| c.to_ascii_lowercase()).collect();
    // (never true for the `inf`/`nan` spellings, which have no `_`)
    if lowered.contains(&b'_') && !underscore_ok(body) {
        return Err((NumErr::Syntax, 0.0));
    }
    let v = match &lowered[..] {
        b"inf" | b"infinity" => f64::INFINITY,
        b"nan" => f64::NAN,
        _ if lowered.starts_with(b"0x") => {
            let v = parse_hex_float(&lowered).ok_or((NumErr::Syntax, 0.0))?;
            let v = if bit_size == 32 { v as f32 as f64 } else { v };
            overflow_is_range(v, neg)?
        }
        _ => {
            let lowered: Vec<u8> = lowered.iter().copied().filter(|&c| c != b'_').collect();
            let ok = !lowered.is_empty()
                && lowered
                    .iter()
                    .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'+' | b'-'))
                && lowered.iter().any(|c| c.is_ascii_digit());
            if !ok {
                return Err((NumErr::Syntax, 0.0));
            }
            let text = std::str::from_utf8(&lowered).map_err(|_| (NumErr::Syntax, 0.0))?;
            let v = if bit_size == 32 {
                text.parse::<f32>().map(|f| f as f64)
            } else {
                text.parse::<f64>()
            }
            .map_err(|_| (NumErr::Syntax, 0.0))?;
            overflow_is_range(v, neg)?
        }
    };
    Ok(if neg { -v } else { v })
}
