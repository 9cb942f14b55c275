//! Package `math` (constants are compile-time and not here). All take/return float64
//! unless noted:
//! `Sqrt Pow Abs Floor Ceil Trunc Round RoundToEven Max Min Mod Log Log2 Log10 Log1p Exp Exp2
//! Expm1 Sin Cos Tan Asin Acos Atan Atan2 Sinh Cosh Tanh Hypot Cbrt Copysign Dim Remainder`,
//! `Inf(sign int) float64`, `NaN()`, `IsNaN(f) bool`, `IsInf(f, sign int) bool`,
//! `Signbit(x) bool`, `Float64bits(f) uint64`, `Float64frombits(b uint64) float64`,
//! `Float32bits(f float32) uint32`, `Float32frombits(b uint32) float32`,
//! `Modf(f) (int, frac float64)`, `Frexp(f) (frac float64, exp int)`, `Ldexp(frac, exp int)`;
//! the special functions of `math_special` (`Gamma Lgamma Erf Erfc Erfinv Erfcinv J0 J1 Jn
//! Y0 Y1 Yn Asinh Acosh Atanh Nextafter Nextafter32 Logb Ilogb Pow10`), `FMA`, `Sincos`.

use crate::math_special as sp;
use crate::native;
use runtime::heap::Word;

fn f(w: Word) -> f64 {
    f64::from_bits(w)
}

macro_rules! unary {
    ($name:literal, $e:expr) => {
        native!("math", $name, 1, 1, |_, r| {
            let g: fn(f64) -> f64 = $e;
            r[0] = g(f(r[0])).to_bits();
            Ok(())
        })
    };
}

macro_rules! binary {
    ($name:literal, $e:expr) => {
        native!("math", $name, 2, 1, |_, r| {
            let g: fn(f64, f64) -> f64 = $e;
            r[0] = g(f(r[0]), f(r[1])).to_bits();
            Ok(())
        })
    };
}

fn go_max(x: f64, y: f64) -> f64 {
    if x.is_infinite() && x > 0.0 || y.is_infinite() && y > 0.0 {
        return f64::INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { y } else { x };
    }
    if x > y {
        x
    } else {
        y
    }
}

fn go_min(x: f64, y: f64) -> f64 {
    if x.is_infinite() && x < 0.0 || y.is_infinite() && y < 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { x } else { y };
    }
    if x < y {
        x
    } else {
        y
    }
}

pub fn go_pow(x: f64, y: f64) -> f64 {
    // Go: Pow(1, y) = 1 and Pow(x, 0) = 1 for any x (also NaN); Pow(-1, ±Inf) = 1.
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    x.powf(y)
}

fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return (x, 0);
    }
    let (mut x, mut e) = (x, 0i64);
    if x.abs() < f64::MIN_POSITIVE {
        x *= (1u64 << 52) as f64;
        e = -52;
    }
    let bits = x.to_bits();
    e += ((bits >> 52) & 0x7ff) as i64 - 1022;
    let bits = (bits & !(0x7ff << 52)) | (1022 << 52);
    (f64::from_bits(bits), e)
}

fn ldexp(frac: f64, exp: i64) -> f64 {
    frac * 2f64.powi(exp.clamp(-1100, 1100) as i32 / 2)
        * 2f64.powi((exp.clamp(-1100, 1100) - exp.clamp(-1100, 1100) / 2) as i32)
}

fn round_to_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        unary!("Sqrt", f64::sqrt),
        unary!("Abs", f64::abs),
        unary!("Floor", f64::floor),
        unary!("Ceil", f64::ceil),
        unary!("Trunc", f64::trunc),
        unary!("Round", f64::round),
        unary!("RoundToEven", round_to_even),
        unary!("Log", f64::ln),
        unary!("Log2", f64::log2),
        unary!("Log10", f64::log10),
        unary!("Log1p", f64::ln_1p),
        unary!("Exp", f64::exp),
        unary!("Exp2", f64::exp2),
        unary!("Expm1", f64::exp_m1),
        unary!("Sin", f64::sin),
        unary!("Cos", f64::cos),
        unary!("Tan", f64::tan),
        unary!("Asin", f64::asin),
        unary!("Acos", f64::acos),
        unary!("Atan", f64::atan),
        unary!("Sinh", f64::sinh),
        unary!("Cosh", f64::cosh),
        unary!("Tanh", f64::tanh),
        unary!("Cbrt", f64::cbrt),
        binary!("Pow", go_pow),
        binary!("Atan2", f64::atan2),
        binary!("Hypot", f64::hypot),
        binary!("Max", go_max),
        binary!("Min", go_min),
        binary!("Mod", |x, y| x % y),
        binary!("Remainder", |x, y| {
            if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
                return f64::NAN;
            }
            let n = round_to_even(x / y);
            x - n * y
        }),
        binary!("Copysign", f64::copysign),
        binary!("Dim", |x, y| {
            let v = x - y;
            if v <= 0.0 {
                0.0
            } else {
                v
            }
        }),
        native!("math", "Inf", 1, 1, |_, r| {
            r[0] = if (r[0] as i64) >= 0 {
                f64::INFINITY
            } else {
                f64::NEG_INFINITY
            }
            .to_bits();
            Ok(())
        }),
        native!("math", "NaN", 0, 1, |_, r| {
            r[0] = sp::GO_NAN;
            Ok(())
        }),
        native!("math", "IsNaN", 1, 1, |_, r| {
            r[0] = f(r[0]).is_nan() as Word;
            Ok(())
        }),
        native!("math", "IsInf", 2, 1, |_, r| {
            let (x, s) = (f(r[0]), r[1] as i64);
            r[0] = (s >= 0 && x == f64::INFINITY || s <= 0 && x == f64::NEG_INFINITY) as Word;
            Ok(())
        }),
        native!("math", "Signbit", 1, 1, |_, r| {
            r[0] = f(r[0]).is_sign_negative() as Word;
            Ok(())
        }),
        native!("math", "Float64bits", 1, 1, |_, _| Ok(())),
        native!("math", "Float64frombits", 1, 1, |_, _| Ok(())),
        native!("math", "Float32bits", 1, 1, |_, r| {
            r[0] = (f(r[0]) as f32).to_bits() as Word;
            Ok(())
        }),
        native!("math", "Float32frombits", 1, 1, |_, r| {
            r[0] = (f32::from_bits(r[0] as u32) as f64).to_bits();
            Ok(())
        }),
        native!("math", "Modf", 1, 2, |_, r| {
            let x = f(r[0]);
            let i = if x.abs() < 1.0 {
                0.0f64.copysign(x)
            } else {
                x.trunc()
            };
            let fr = if x.is_infinite() {
                f64::NAN
            } else {
                (x - i).copysign(x)
            };
            r[0] = i.to_bits();
            r[1] = fr.to_bits();
            Ok(())
        }),
        unary!("Erf", |x| sp::go_nan(sp::erf(x))),
        unary!("Erfc", |x| sp::go_nan(sp::erfc(x))),
        unary!("Erfinv", |x| sp::go_nan(sp::erfinv(x))),
        unary!("Erfcinv", |x| sp::go_nan(sp::erfinv(1.0 - x))),
        unary!("Gamma", |x| sp::go_nan(sp::gamma(x))),
        unary!("J0", |x| sp::go_nan(sp::j0(x))),
        unary!("J1", |x| sp::go_nan(sp::j1(x))),
        unary!("Y0", |x| sp::go_nan(sp::y0(x))),
        unary!("Y1", |x| sp::go_nan(sp::y1(x))),
        unary!("Asinh", |x| sp::go_nan(sp::asinh(x))),
        unary!("Acosh", |x| sp::go_nan(sp::acosh(x))),
        unary!("Atanh", |x| sp::go_nan(sp::atanh(x))),
        unary!("Logb", sp::logb),
        binary!("Nextafter", sp::nextafter),
        native!("math", "Lgamma", 1, 2, |_, r| {
            let (v, sign) = sp::lgamma(f(r[0]));
            r[0] = sp::go_nan(v).to_bits();
            r[1] = sign as Word;
            Ok(())
        }),
        native!("math", "Jn", 2, 1, |_, r| {
            r[0] = sp::go_nan(sp::jn(r[0] as i64, f(r[1]))).to_bits();
            Ok(())
        }),
        native!("math", "Yn", 2, 1, |_, r| {
            r[0] = sp::go_nan(sp::yn(r[0] as i64, f(r[1]))).to_bits();
            Ok(())
        }),
        native!("math", "Ilogb", 1, 1, |_, r| {
            r[0] = sp::ilogb(f(r[0])) as Word;
            Ok(())
        }),
        native!("math", "Pow10", 1, 1, |_, r| {
            r[0] = sp::pow10(r[0] as i64).to_bits();
            Ok(())
        }),
        native!("math", "Nextafter32", 2, 1, |_, r| {
            let (x, y) = (f(r[0]) as f32, f(r[1]) as f32);
            r[0] = (sp::nextafter32(x, y) as f64).to_bits();
            Ok(())
        }),
        native!("math", "FMA", 3, 1, |_, r| {
            r[0] = f(r[0]).mul_add(f(r[1]), f(r[2])).to_bits();
            Ok(())
        }),
        native!("math", "Sincos", 1, 2, |_, r| {
            let x = f(r[0]);
            r[0] = sp::go_nan(x.sin()).to_bits();
            r[1] = sp::go_nan(x.cos()).to_bits();
            Ok(())
        }),
        native!("math", "Frexp", 1, 2, |_, r| {
            let (fr, e) = frexp(f(r[0]));
            r[0] = fr.to_bits();
            r[1] = e as Word;
            Ok(())
        }),
        native!("math", "Ldexp", 2, 1, |_, r| {
            r[0] = ldexp(f(r[0]), r[1] as i64).to_bits();
            Ok(())
        }),
    ]
}
