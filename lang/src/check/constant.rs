//! Exact constant arithmetic (go/constant's role): integers are `BigInt`, floats `f64`,
//! complex numbers pairs of `f64`; literal parsing; representability of a constant in a basic
//! type (with the value converted to that kind's representation).
//!
//! Invariants: an untyped integer or rune constant is always `ConstValue::Int`; an untyped float
//! constant whose value is integral converts exactly to `Int` (`1e9` → 1000000000); after
//! `representable` the value's variant matches the target kind (Int for integers, Float for
//! floats, Complex for complex, String, Bool).

use crate::ast::BinaryOp;
use crate::types::{BasicKind, ConstValue};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

pub fn parse_int_lit(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(r) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = t.strip_prefix("0b").or_else(|| t.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = t.strip_prefix("0o").or_else(|| t.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if t.len() > 1 && t.starts_with('0') {
        (t[1..].to_string(), 8)
    } else {
        (t, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

pub fn parse_float_lit(text: &str) -> Option<f64> {
    let t: String = text.chars().filter(|&c| c != '_').collect();
    if t.starts_with("0x") || t.starts_with("0X") {
        return parse_float_exact(&t).map(|r| r.to_f64());
    }
    if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        // hex float: mantissa p exponent
        let (mant, exp) = h.split_once(['p', 'P']).unwrap_or((h, "0"));
        let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
        let mut v = 0f64;
        for c in ip.chars() {
            v = v * 16.0 + c.to_digit(16)? as f64;
        }
        let mut scale = 1.0 / 16.0;
        for c in fp.chars() {
            v += c.to_digit(16)? as f64 * scale;
            scale /= 16.0;
        }
        let e: i32 = exp.parse().ok()?;
        return Some(v * 2f64.powi(e));
    }
    t.parse::<f64>().ok()
}

pub fn to_float(v: &ConstValue) -> Option<f64> {
    match v {
        ConstValue::Int(i) => i.to_f64(),
        ConstValue::Float(f) => Some(*f),
        ConstValue::Complex(r, i) if *i == 0.0 => Some(*r),
        _ => None,
    }
}

/// The exact integer value, if `v` is integral.
pub fn to_int(v: &ConstValue) -> Option<BigInt> {
    match v {
        ConstValue::Int(i) => Some(i.clone()),
        ConstValue::Float(f) if f.is_finite() && f.fract() == 0.0 => BigInt::from_f64(*f),
        ConstValue::Complex(r, i) if *i == 0.0 && r.is_finite() && r.fract() == 0.0 => {
            BigInt::from_f64(*r)
        }
        _ => None,
    }
}

pub fn to_complex(v: &ConstValue) -> Option<(f64, f64)> {
    match v {
        ConstValue::Complex(r, i) => Some((*r, *i)),
        _ => to_float(v).map(|f| (f, 0.0)),
    }
}

/// Ordering of numeric kinds for mixing untyped constants: int < rune < float < complex.
#[allow(dead_code)]
pub fn int_as_i64(v: &ConstValue) -> Option<i64> {
    to_int(v).and_then(|i| i.to_i64())
}

pub enum ReprError {
    Truncated,
    Overflow,
    Invalid,
}

fn int_range(kind: BasicKind) -> Option<(BigInt, BigInt)> {
    use BasicKind::*;
    let (lo, hi): (i128, i128) = match kind {
        Int8 => (i8::MIN as i128, i8::MAX as i128),
        Int16 => (i16::MIN as i128, i16::MAX as i128),
        Int32 | UntypedRune => (i32::MIN as i128, i32::MAX as i128),
        Int | Int64 => (i64::MIN as i128, i64::MAX as i128),
        Uint8 => (0, u8::MAX as i128),
        Uint16 => (0, u16::MAX as i128),
        Uint32 => (0, u32::MAX as i128),
        Uint | Uint64 | Uintptr => (0, u64::MAX as i128),
        _ => return None,
    };
    Some((BigInt::from(lo), BigInt::from(hi)))
}

/// Converts `v` (of an untyped or typed constant whose kind is `from_integer` etc.) to the
/// representation of `kind`, or says why it cannot be represented.
pub fn representable(v: &ConstValue, kind: BasicKind) -> Result<ConstValue, ReprError> {
    use BasicKind::*;
    let numeric_src = matches!(
        v,
        ConstValue::Int(_) | ConstValue::Float(_) | ConstValue::Complex(..)
    );
    let src_is_int = matches!(v, ConstValue::Int(_));
    match kind {
        Bool | UntypedBool => match v {
            ConstValue::Bool(_) => Ok(v.clone()),
            _ => Err(ReprError::Invalid),
        },
        String | UntypedString => match v {
            ConstValue::String(_) => Ok(v.clone()),
            _ => Err(ReprError::Invalid),
        },
        Int | Int8 | Int16 | Int32 | Int64 | Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr
        | UntypedRune | UntypedInt => {
            if !numeric_src {
                return Err(ReprError::Invalid);
            }
            let Some(i) = to_int(v) else {
                return Err(if src_is_int {
                    ReprError::Overflow
                } else {
                    ReprError::Truncated
                });
            };
            if let Some((lo, hi)) = int_range(kind) {
                if i < lo || i > hi {
                    return Err(ReprError::Overflow);
                }
            }
            Ok(ConstValue::Int(i))
        }
        Float32 | Float64 | UntypedFloat => {
            if !numeric_src {
                return Err(ReprError::Invalid);
            }
            let Some(f) = to_float(v) else {
                return Err(ReprError::Truncated);
            };
            match kind {
                Float32 => {
                    // An exact integer rounds to float32 once (through f64 it could twice).
                    let r = match v {
                        ConstValue::Int(i) => i.to_string().parse::<f32>().unwrap_or(f as f32),
                        _ => f as f32,
                    };
                    if r.is_infinite() {
                        return Err(ReprError::Overflow);
                    }
                    Ok(ConstValue::Float(r as f64))
                }
                Float64 => {
                    if f.is_infinite() {
                        return Err(ReprError::Overflow);
                    }
                    Ok(ConstValue::Float(f))
                }
                _ => Ok(match v {
                    ConstValue::Int(_) => v.clone(),
                    _ => ConstValue::Float(f),
                }),
            }
        }
        Complex64 | Complex128 | UntypedComplex => {
            if !numeric_src {
                return Err(ReprError::Invalid);
            }
            let (r, i) = to_complex(v).ok_or(ReprError::Overflow)?;
            if kind == Complex64 {
                let (a, b) = (r as f32, i as f32);
                if a.is_infinite() || b.is_infinite() {
                    return Err(ReprError::Overflow);
                }
                return Ok(ConstValue::Complex(a as f64, b as f64));
            }
            if kind == UntypedComplex {
                return Ok(v.clone());
            }
            Ok(ConstValue::Complex(r, i))
        }
        _ => Err(ReprError::Invalid),
    }
}

pub fn is_zero(v: &ConstValue) -> bool {
    match v {
        ConstValue::Int(i) => i.is_zero(),
        ConstValue::Float(f) => *f == 0.0,
        ConstValue::Complex(r, i) => *r == 0.0 && *i == 0.0,
        _ => false,
    }
}

/// Arithmetic on two constants of the same class. `int_div` selects truncated integer division.
/// `kind` is the (possibly untyped) result kind, used for unsigned `^`.
pub fn binary(op: BinaryOp, x: &ConstValue, y: &ConstValue, int_div: bool) -> Option<ConstValue> {
    use BinaryOp::*;
    use ConstValue as C;
    match (x, y) {
        (C::Bool(a), C::Bool(b)) => Some(C::Bool(match op {
            LogAnd => *a && *b,
            LogOr => *a || *b,
            _ => return None,
        })),
        (C::String(a), C::String(b)) if op == Add => {
            let mut s = a.clone();
            s.extend_from_slice(b);
            Some(C::String(s))
        }
        (C::Int(a), C::Int(b)) => Some(match op {
            Add => C::Int(a + b),
            Sub => C::Int(a - b),
            Mul => C::Int(a * b),
            Div if int_div => C::Int(a / b),
            Div => C::Float(a.to_f64()? / b.to_f64()?),
            Rem => C::Int(a % b),
            And => C::Int(a & b),
            Or => C::Int(a | b),
            Xor => C::Int(a ^ b),
            AndNot => C::Int(a & !b),
            _ => return None,
        }),
        (C::Complex(..), _) | (_, C::Complex(..)) => {
            let (a, b) = to_complex(x)?;
            let (c, d) = to_complex(y)?;
            Some(match op {
                Add => C::Complex(a + c, b + d),
                Sub => C::Complex(a - c, b - d),
                Mul => C::Complex(a * c - b * d, a * d + b * c),
                Div => {
                    let den = c * c + d * d;
                    C::Complex((a * c + b * d) / den, (b * c - a * d) / den)
                }
                _ => return None,
            })
        }
        _ => {
            let a = to_float(x)?;
            let b = to_float(y)?;
            Some(C::Float(match op {
                Add => a + b,
                Sub => a - b,
                Mul => a * b,
                Div => a / b,
                _ => return None,
            }))
        }
    }
}

pub fn compare(op: BinaryOp, x: &ConstValue, y: &ConstValue) -> Option<bool> {
    use std::cmp::Ordering;
    use BinaryOp::*;
    use ConstValue as C;
    let ord: Option<Ordering> = match (x, y) {
        (C::Bool(a), C::Bool(b)) => {
            return match op {
                Eq => Some(a == b),
                Ne => Some(a != b),
                _ => None,
            }
        }
        (C::String(a), C::String(b)) => Some(a.cmp(b)),
        (C::Int(a), C::Int(b)) => Some(a.cmp(b)),
        (C::Complex(..), _) | (_, C::Complex(..)) => {
            let eq = to_complex(x)? == to_complex(y)?;
            return match op {
                Eq => Some(eq),
                Ne => Some(!eq),
                _ => None,
            };
        }
        _ => to_float(x)?.partial_cmp(&to_float(y)?),
    };
    let o = ord?;
    Some(match op {
        Eq => o == Ordering::Equal,
        Ne => o != Ordering::Equal,
        Lt => o == Ordering::Less,
        Le => o != Ordering::Greater,
        Gt => o == Ordering::Greater,
        Ge => o != Ordering::Less,
        _ => return None,
    })
}

pub fn shift(x: &BigInt, op: BinaryOp, n: u64) -> BigInt {
    if op == BinaryOp::Shl {
        x << (n as usize)
    } else {
        // Arithmetic shift (rounds toward negative infinity), as Go's constant shift:
        // num-bigint's `>>` on a negative `BigInt` already floors (`-5 >> 1 == -3`), so no
        // adjustment is needed here.
        x >> (n as usize)
    }
}

/// `^x` for a value of the given kind: for unsigned kinds the complement within the width.
pub fn bit_not(x: &BigInt, kind: BasicKind) -> BigInt {
    use BasicKind::*;
    let bits = match kind {
        Uint8 => 8,
        Uint16 => 16,
        Uint32 => 32,
        Uint | Uint64 | Uintptr => 64,
        _ => return -x - BigInt::one(),
    };
    let mask = (BigInt::one() << bits) - BigInt::one();
    x ^ mask
}

/// Bit length of an integer constant's magnitude.
pub fn bit_len(x: &BigInt) -> u64 {
    x.bits()
}

/// An exact rational, used for untyped float arithmetic whose intermediate values leave the
/// f64 range (`1e300 * 1e300 / 1e300`).
#[derive(Clone, Debug)]
pub struct Rat {
    pub num: BigInt,
    pub den: BigInt,
}

impl Rat {
    pub fn from_value(v: &ConstValue) -> Option<Rat> {
        match v {
            ConstValue::Int(i) => Some(Rat {
                num: i.clone(),
                den: BigInt::one(),
            }),
            ConstValue::Float(f) if f.is_finite() => {
                let bits = f.to_bits();
                let sign = if bits >> 63 == 1 { -1 } else { 1 };
                let exp = ((bits >> 52) & 0x7ff) as i64;
                let frac = bits & ((1u64 << 52) - 1);
                let (m, e) = if exp == 0 {
                    (frac, -1074)
                } else {
                    (frac | (1u64 << 52), exp - 1075)
                };
                let m = BigInt::from(m) * sign;
                Some(if e >= 0 {
                    Rat {
                        num: m << (e as usize),
                        den: BigInt::one(),
                    }
                } else {
                    Rat {
                        num: m,
                        den: BigInt::one() << ((-e) as usize),
                    }
                })
            }
            _ => None,
        }
    }
    pub fn op(&self, op: BinaryOp, o: &Rat) -> Option<Rat> {
        self.op_raw(op, o).map(Rat::reduce)
    }

    fn op_raw(&self, op: BinaryOp, o: &Rat) -> Option<Rat> {
        let (a, b, c, d) = (&self.num, &self.den, &o.num, &o.den);
        Some(match op {
            BinaryOp::Add => Rat {
                num: a * d + c * b,
                den: b * d,
            },
            BinaryOp::Sub => Rat {
                num: a * d - c * b,
                den: b * d,
            },
            BinaryOp::Mul => Rat {
                num: a * c,
                den: b * d,
            },
            BinaryOp::Div => {
                if c.is_zero() {
                    return None;
                }
                let (n, dd) = (a * d, b * c);
                if dd.is_negative() {
                    Rat { num: -n, den: -dd }
                } else {
                    Rat { num: n, den: dd }
                }
            }
            _ => return None,
        })
    }
    /// The nearest f64 (round half to even; ±Inf beyond the range).
    pub fn to_f64(&self) -> f64 {
        if self.num.is_zero() {
            return 0.0;
        }
        let neg = self.num.is_negative() != self.den.is_negative();
        let num = self.num.abs();
        let den = self.den.abs();
        // q = floor(num * 2^-shift / den) with 65..66 significant bits, plus a sticky bit
        let shift = num.bits() as i64 - den.bits() as i64 - 65;
        let (n, d) = if shift >= 0 {
            (num, den << (shift as usize))
        } else {
            (num << ((-shift) as usize), den)
        };
        let (q, r) = (&n / &d, &n % &d);
        let mut q = q.to_u128().unwrap_or(u128::MAX);
        let mut shift = shift;
        // subnormal results: drop the bits below 2^-1074 into the sticky bit first
        let lsb_exp = shift + (128 - q.leading_zeros() as i64) - 53;
        let mut sticky = !r.is_zero();
        if lsb_exp < -1074 {
            let drop = (-1074 - shift).min(127) as u32;
            if drop > 0 {
                sticky |= q & ((1u128 << drop) - 1) != 0;
                q >>= drop;
                shift += drop as i64;
            }
        }
        // keep the sticky information below the rounding position
        q = (q << 2) | sticky as u128;
        shift -= 2;
        let mut f = q as f64; // correctly rounded (q has at most 68 significant bits... or fewer)

        // scale by 2^shift in steps that stay exact
        while shift > 0 {
            let s = shift.min(1000);
            f *= 2f64.powi(s as i32);
            shift -= s;
        }
        while shift < 0 {
            let s = (-shift).min(1000);
            f /= 2f64.powi(s as i32);
            shift += s;
        }
        if neg {
            -f
        } else {
            f
        }
    }

    pub fn neg(self) -> Rat {
        Rat {
            num: -self.num,
            den: self.den,
        }
    }

    /// Whether this rational equals `f` exactly.
    pub fn is_exactly(&self, f: &f64) -> bool {
        match Rat::from_value(&ConstValue::Float(*f)) {
            Some(r) => &self.num * &r.den == &r.num * &self.den,
            None => false,
        }
    }

    fn reduce(self) -> Rat {
        let (mut a, mut b) = (self.num.abs(), self.den.abs());
        while !b.is_zero() {
            let r = &a % &b;
            a = b;
            b = r;
        }
        let g = a;
        if g.is_zero() || g.is_one() {
            return self;
        }
        Rat {
            num: self.num / &g,
            den: self.den / g,
        }
    }
}

/// The exact value of a float literal (decimal or hexadecimal).
pub fn parse_float_exact(text: &str) -> Option<Rat> {
    let t: String = text.chars().filter(|&c| c != '_').collect();
    let (hex, body) = match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        Some(h) => (true, h.to_string()),
        None => (false, t.clone()),
    };
    let (mant, exp) = if hex {
        match body.split_once(['p', 'P']) {
            Some((m, e)) => (m.to_string(), e.parse::<i64>().ok()?),
            None => (body.clone(), 0),
        }
    } else {
        match body.split_once(['e', 'E']) {
            Some((m, e)) => (m.to_string(), e.parse::<i64>().ok()?),
            None => (body.clone(), 0),
        }
    };
    if exp.abs() > 100_000 {
        return None;
    }
    let (ip, fp) = mant.split_once('.').unwrap_or((&mant, ""));
    let radix = if hex { 16 } else { 10 };
    let digits = format!("{ip}{fp}");
    let digits = if digits.is_empty() {
        "0".to_string()
    } else {
        digits
    };
    let m = BigInt::parse_bytes(digits.as_bytes(), radix)?;
    let frac_den = BigInt::from(radix).pow(fp.len() as u32);
    let base = BigInt::from(if hex { 2 } else { 10 });
    let p = base.pow(exp.unsigned_abs() as u32);
    let r = if exp >= 0 {
        Rat {
            num: m * p,
            den: frac_den,
        }
    } else {
        Rat {
            num: m,
            den: frac_den * p,
        }
    };
    Some(r.reduce())
}
