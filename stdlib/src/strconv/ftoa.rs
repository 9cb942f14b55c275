//! Pure number formatting, Go's `strconv` semantics: `format_float` (`strconv.FormatFloat`:
//! fmt bytes `e E f g G b x X`, any precision, shortest with -1, bit sizes 32 and 64) and
//! `format_int` / `format_uint` (bases 2..=36).
//!
//! Digits come from Rust's float formatting, which is exact: `{:e}` is the shortest
//! round-tripping representation (as Go's Ryu), `{:.N$e}` / `{:.N$}` are correctly rounded
//! with ties to even on the exact binary value (as Go's `decimal.Round`).

/// Decimal digits `d` (no leading/trailing zeros; empty for zero) with the decimal point
/// after `dp` digits: the value is `0.d × 10^dp`.
#[derive(Debug, Clone, PartialEq)]
pub struct Digits {
    pub d: Vec<u8>,
    pub dp: i32,
}

fn parse_exp_form(s: &str) -> Digits {
    // "1.2345e-7" / "0e0"
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut d: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return Digits { d, dp: 0 };
    }
    Digits { d, dp: exp + 1 }
}

fn parse_fixed_form(s: &str) -> Digits {
    // "123.4500" / "0.0012"
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let mut d: Vec<u8> = Vec::with_capacity(int.len() + frac.len());
    d.extend_from_slice(int.as_bytes());
    d.extend_from_slice(frac.as_bytes());
    let mut dp = int.len() as i32;
    let lead = d.iter().take_while(|&&b| b == b'0').count();
    d.drain(..lead);
    dp -= lead as i32;
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        dp = 0;
    }
    Digits { d, dp }
}

/// Shortest digits that round-trip at `bit_size` (32 or 64). `v` must be finite, >= 0.
pub fn shortest_digits(v: f64, bit_size: u32) -> Digits {
    let d = if bit_size == 32 {
        parse_exp_form(&format!("{:e}", v as f32))
    } else {
        parse_exp_form(&format!("{:e}", v))
    };
    half_even_tie(v, bit_size, d)
}

/// Rust's shortest digits break an exact tie between two shortest candidates (the value
/// lies exactly halfway) upwards; Go's Ryu takes the one with the even last digit.
fn half_even_tie(v: f64, bit_size: u32, d: Digits) -> Digits {
    let n = d.d.len();
    // A tie: the exact decimal expansion has n+1 digits, the last a 5.
    let Some(exact) = short_exact_digits(v) else {
        return d;
    };
    if n == 0 || exact.d.len() != n + 1 || exact.d[n] != b'5' {
        return d;
    }
    let mut even = Digits {
        d: exact.d[..n].to_vec(),
        dp: exact.dp,
    };
    if exact.d[n - 1] % 2 == 1 {
        increment(&mut even);
    }
    while even.d.last() == Some(&b'0') {
        even.d.pop();
    }
    if even == d || !round_trips(&even, v, bit_size) {
        return d;
    }
    even
}

/// The exact decimal digits of `v` (> 0) when there are at most 18 (integer arithmetic, no
/// formatting: this runs for every shortest float printed). `v = m·2^e`: for `e < 0` the
/// digits are those of `m·5^-e`, for `e >= 0` those of `m·2^e` without trailing zeros;
/// values beyond `u128` have more than 18 significant digits.
fn short_exact_digits(v: f64) -> Option<Digits> {
    const MAX: u128 = 1_000_000_000_000_000_000; // 10^18
    let bits = v.to_bits();
    let (exp, frac) = (((bits >> 52) & 0x7ff) as i32, bits & ((1 << 52) - 1));
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, exp - 1075)
    };
    if m == 0 {
        return None;
    }
    let (m, e) = (m >> m.trailing_zeros(), e + m.trailing_zeros() as i32);
    let (mut p, dp_shift) = if e < 0 {
        let k = (-e) as u32;
        if k > 26 {
            return None;
        }
        (m as u128 * 5u128.pow(k), -(k as i32))
    } else {
        if e as u32 + 64 - m.leading_zeros() > 127 {
            return None;
        }
        ((m as u128) << e, 0)
    };
    let mut zeros = 0;
    while p % 10 == 0 {
        p /= 10;
        zeros += 1;
    }
    if p >= MAX {
        return None;
    }
    let d = p.to_string().into_bytes();
    let dp = d.len() as i32 + zeros + dp_shift;
    Some(Digits { d, dp })
}

/// Adds one unit in the last digit (9s carry; 99 becomes 100 with the point moved).
fn increment(x: &mut Digits) {
    for i in (0..x.d.len()).rev() {
        if x.d[i] == b'9' {
            x.d[i] = b'0';
        } else {
            x.d[i] += 1;
            return;
        }
    }
    x.d.insert(0, b'1');
    x.dp += 1;
}

fn round_trips(d: &Digits, v: f64, bit_size: u32) -> bool {
    let text = format!("0.{}e{}", String::from_utf8_lossy(&d.d), d.dp);
    if bit_size == 32 {
        text.parse::<f32>().ok() == Some(v as f32)
    } else {
        text.parse::<f64>().ok() == Some(v)
    }
}

/// `n >= 1` significant digits, correctly rounded. `v` finite, >= 0.
pub fn sig_digits(v: f64, n: usize) -> Digits {
    parse_exp_form(&format!("{:.*e}", n.saturating_sub(1), v))
}

/// Digits rounded to `prec` places after the decimal point. `v` finite, >= 0.
pub fn fixed_digits(v: f64, prec: usize) -> Digits {
    parse_fixed_form(&format!("{:.*}", prec, v))
}

/// `strconv.FormatFloat(v, fmt, prec, bitSize)`.
pub fn format_float(v: f64, fmt: u8, prec: i32, bit_size: u32) -> String {
    let mut out = Vec::new();
    append_float(&mut out, v, fmt, prec, bit_size);
    String::from_utf8(out).unwrap_or_default()
}

/// `strconv.AppendFloat`.
pub fn append_float(dst: &mut Vec<u8>, v: f64, fmt: u8, prec: i32, bit_size: u32) {
    let v = if bit_size == 32 { v as f32 as f64 } else { v };
    if v.is_nan() {
        dst.extend_from_slice(b"NaN");
        return;
    }
    if v.is_infinite() {
        dst.extend_from_slice(if v < 0.0 { b"-Inf" } else { b"+Inf" });
        return;
    }
    let neg = v.is_sign_negative();
    let a = v.abs();
    match fmt {
        b'b' => return fmt_b(dst, neg, a, bit_size),
        b'x' | b'X' => return fmt_x(dst, neg, a, fmt, prec, bit_size),
        b'e' | b'E' | b'f' | b'g' | b'G' => {}
        _ => {
            dst.push(b'%');
            dst.push(fmt);
            return;
        }
    }
    let shortest = prec < 0;
    let mut prec = prec;
    let digs;
    if shortest {
        digs = shortest_digits(a, bit_size);
        let nd = digs.d.len() as i32;
        match fmt {
            b'e' | b'E' => prec = (nd - 1).max(0),
            b'f' => prec = (nd - digs.dp).max(0),
            _ => prec = nd,
        }
    } else if fmt == b'f' {
        digs = fixed_digits(a, prec as usize);
    } else {
        let digits = match fmt {
            b'e' | b'E' => prec + 1,
            _ => {
                if prec == 0 {
                    prec = 1;
                }
                prec
            }
        };
        digs = sig_digits(a, digits as usize);
    }
    format_digits(dst, shortest, neg, &digs, prec, fmt);
}

fn format_digits(dst: &mut Vec<u8>, shortest: bool, neg: bool, digs: &Digits, prec: i32, fmt: u8) {
    let nd = digs.d.len() as i32;
    match fmt {
        b'e' | b'E' => fmt_e(dst, neg, digs, prec, fmt),
        b'f' => fmt_f(dst, neg, digs, prec),
        _ => {
            let mut prec = prec;
            let mut eprec = prec;
            if eprec > nd && nd >= digs.dp {
                eprec = nd;
            }
            if shortest {
                eprec = 6;
            }
            let exp = digs.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > nd {
                    prec = nd;
                }
                return fmt_e(dst, neg, digs, prec - 1, fmt + b'e' - b'g');
            }
            if prec > digs.dp {
                prec = nd;
            }
            fmt_f(dst, neg, digs, (prec - digs.dp).max(0));
        }
    }
}

fn fmt_e(dst: &mut Vec<u8>, neg: bool, digs: &Digits, prec: i32, fmt: u8) {
    if neg {
        dst.push(b'-');
    }
    let nd = digs.d.len() as i32;
    dst.push(if nd == 0 { b'0' } else { digs.d[0] });
    if prec > 0 {
        dst.push(b'.');
        let mut i = 1;
        let m = nd.min(prec + 1);
        if i < m {
            dst.extend_from_slice(&digs.d[i as usize..m as usize]);
            i = m;
        }
        while i <= prec {
            dst.push(b'0');
            i += 1;
        }
    }
    dst.push(fmt);
    let mut exp = digs.dp - 1;
    if nd == 0 {
        exp = 0;
    }
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    if exp < 10 {
        dst.push(b'0');
        dst.push(b'0' + exp as u8);
    } else if exp < 100 {
        dst.push(b'0' + (exp / 10) as u8);
        dst.push(b'0' + (exp % 10) as u8);
    } else {
        dst.push(b'0' + (exp / 100) as u8);
        dst.push(b'0' + (exp / 10 % 10) as u8);
        dst.push(b'0' + (exp % 10) as u8);
    }
}

fn fmt_f(dst: &mut Vec<u8>, neg: bool, digs: &Digits, prec: i32) {
    if neg {
        dst.push(b'-');
    }
    let nd = digs.d.len() as i32;
    if digs.dp > 0 {
        let m = nd.min(digs.dp);
        dst.extend_from_slice(&digs.d[..m as usize]);
        for _ in m..digs.dp {
            dst.push(b'0');
        }
    } else {
        dst.push(b'0');
    }
    if prec > 0 {
        dst.push(b'.');
        for i in 1..=prec {
            let j = digs.dp + i - 1;
            dst.push(if j >= 0 && j < nd {
                digs.d[j as usize]
            } else {
                b'0'
            });
        }
    }
}

fn mant_exp(a: f64, bit_size: u32) -> (u64, i32, u32) {
    // Returns (mantissa, binary exponent, mantbits) as Go's ftoa sees them.
    if bit_size == 32 {
        let bits = (a as f32).to_bits();
        let exp = ((bits >> 23) & 0xff) as i32;
        let mut mant = (bits & ((1 << 23) - 1)) as u64;
        let e = if exp == 0 {
            1 - 127
        } else {
            mant |= 1 << 23;
            exp - 127
        };
        (mant, e, 23)
    } else {
        let bits = a.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i32;
        let mut mant = bits & ((1 << 52) - 1);
        let e = if exp == 0 {
            1 - 1023
        } else {
            mant |= 1 << 52;
            exp - 1023
        };
        (mant, e, 52)
    }
}

fn fmt_b(dst: &mut Vec<u8>, neg: bool, a: f64, bit_size: u32) {
    let (mant, exp, mantbits) = mant_exp(a, bit_size);
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(mant.to_string().as_bytes());
    dst.push(b'p');
    let e = exp - mantbits as i32;
    if e >= 0 {
        dst.push(b'+');
    }
    dst.extend_from_slice(e.to_string().as_bytes());
}

/// `%x` / `%X`: hexadecimal mantissa and binary exponent, as Go's `fmtX`.
fn fmt_x(dst: &mut Vec<u8>, neg: bool, a: f64, fmt: u8, prec: i32, bit_size: u32) {
    let (mut mant, mut exp, mantbits) = mant_exp(a, bit_size);
    if mant == 0 {
        exp = 0;
    }
    // Shift digits so leading 1 (if any) is at bit 1<<60.
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    // Round if requested.
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            // Wrapped around.
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8] = if fmt == b'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    if neg {
        dst.push(b'-');
    }
    dst.push(b'0');
    dst.push(fmt);
    dst.push(b'0' + ((mant >> 60) & 1) as u8);
    mant <<= 4; // remove leading 0 or 1
    if prec < 0 && mant != 0 {
        dst.push(b'.');
        while mant != 0 {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        dst.push(b'.');
        for _ in 0..prec {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    dst.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    if exp < 100 {
        dst.push(b'0' + (exp / 10) as u8);
        dst.push(b'0' + (exp % 10) as u8);
    } else if exp < 1000 {
        dst.push(b'0' + (exp / 100) as u8);
        dst.push(b'0' + ((exp / 10) % 10) as u8);
        dst.push(b'0' + (exp % 10) as u8);
    } else {
        dst.push(b'0' + (exp / 1000) as u8);
        dst.push(b'0' + ((exp / 100) % 10) as u8);
        dst.push(b'0' + ((exp / 10) % 10) as u8);
        dst.push(b'0' + (exp % 10) as u8);
    }
}

const DIGITS36: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// `strconv.FormatUint(u, base)` (base 2..=36).
pub fn format_uint(mut u: u64, base: u32) -> String {
    let base = base.clamp(2, 36) as u64;
    let mut buf = Vec::new();
    loop {
        buf.push(DIGITS36[(u % base) as usize]);
        u /= base;
        if u == 0 {
            break;
        }
    }
    buf.reverse();
    String::from_utf8(buf).unwrap_or_default()
}

/// `strconv.FormatInt(i, base)`.
pub fn format_int(i: i64, base: u32) -> String {
    if i < 0 {
        format!("-{}", format_uint(i.unsigned_abs(), base))
    } else {
        format_uint(i as u64, base)
    }
}
