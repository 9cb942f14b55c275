//! Package `math/cmplx`: `Abs Sqrt Exp Log Pow Phase Polar Rect Conj Inf NaN IsNaN IsInf`,
//! ported from Go's sources (special cases included). A complex value is one word (see
//! `vm::value::complex_parts`); float results are float64 bits.
//!
//! Invariant: every float operation underneath (`Hypot`, `Sincos`, `Exp`, `Log`, `Pow`,
//! `Atan2`) is package `math`'s Go-exact one and every NaN produced is Go's `NaN()`, so
//! results match go1.19 on amd64 bit for bit.

// The coefficients are Go's, digit for digit; keep them as written.
#![allow(clippy::excessive_precision)]

use crate::math::{self, hypot, sincos};
use crate::math_special::GO_NAN;
use crate::native;
use runtime::heap::Word;
use vm::value::{complex_new, complex_parts};

fn abs(x: (f64, f64)) -> f64 {
    hypot(x.0, x.1)
}

fn phase(x: (f64, f64)) -> f64 {
    math::atan2(x.1, x.0)
}

fn sqrt(x: (f64, f64)) -> (f64, f64) {
    let (re, im) = x;
    if im == 0.0 {
        if re == 0.0 {
            return (0.0, im);
        }
        if re < 0.0 {
            return (0.0, (-re).sqrt().copysign(im));
        }
        return (re.sqrt(), im);
    } else if im.is_infinite() {
        return (f64::INFINITY, im);
    }
    if re == 0.0 {
        if im < 0.0 {
            let r = (-0.5 * im).sqrt();
            return (r, -r);
        }
        let r = (0.5 * im).sqrt();
        return (r, r);
    }
    let (mut a, mut b) = (re, im);
    let scale = if a.abs() > 4.0 || b.abs() > 4.0 {
        a *= 0.25;
        b *= 0.25;
        2.0
    } else {
        a *= 1.8014398509481984e16; // 2**54
        b *= 1.8014398509481984e16;
        7.450580596923828125e-9 // 2**-27
    };
    let mut r = hypot(a, b);
    let mut t;
    if a > 0.0 {
        t = (0.5 * r + 0.5 * a).sqrt();
        r = scale * ((0.5 * b) / t).abs();
        t *= scale;
    } else {
        r = (0.5 * r - 0.5 * a).sqrt();
        t = scale * ((0.5 * b) / r).abs();
        r *= scale;
    }
    if b < 0.0 {
        (t, -r)
    } else {
        (t, r)
    }
}

fn exp(x: (f64, f64)) -> (f64, f64) {
    let (re, im) = x;
    if re.is_infinite() {
        if re > 0.0 && im == 0.0 {
            return x;
        }
        if im.is_infinite() || im.is_nan() {
            return if re < 0.0 {
                (0.0, 0.0f64.copysign(im))
            } else {
                (f64::INFINITY, f64::from_bits(GO_NAN))
            };
        }
    } else if re.is_nan() && im == 0.0 {
        return (f64::from_bits(GO_NAN), im);
    }
    let r = math::exp(re);
    let (s, c) = sincos(im);
    (r * c, r * s)
}

fn log(x: (f64, f64)) -> (f64, f64) {
    (math::log(abs(x)), phase(x))
}

fn is_nan(x: (f64, f64)) -> bool {
    if x.0.is_infinite() || x.1.is_infinite() {
        return false;
    }
    x.0.is_nan() || x.1.is_nan()
}

fn pow(x: (f64, f64), y: (f64, f64)) -> (f64, f64) {
    if x.0 == 0.0 && x.1 == 0.0 {
        if is_nan(y) {
            return (f64::from_bits(GO_NAN), f64::from_bits(GO_NAN));
        }
        let (r, i) = y;
        if r == 0.0 {
            return (1.0, 0.0);
        }
        if r < 0.0 {
            return if i == 0.0 {
                (f64::INFINITY, 0.0)
            } else {
                (f64::INFINITY, f64::INFINITY)
            };
        }
        if r > 0.0 {
            return (0.0, 0.0);
        }
        // NaN real part with a non-NaN imaginary one: Go panics "not reached"; keep NaN.
        return (f64::from_bits(GO_NAN), f64::from_bits(GO_NAN));
    }
    let modulus = abs(x);
    if modulus == 0.0 {
        return (0.0, 0.0);
    }
    let mut r = math::pow(modulus, y.0);
    let arg = phase(x);
    let mut theta = y.0 * arg;
    if y.1 != 0.0 {
        r = mulsd(math::exp(mulsd(-y.1, arg)), r);
        theta += y.1 * math::log(modulus);
    }
    let (s, c) = sincos(theta);
    (mulsd(c, r), mulsd(r, s))
}

/// `dst * src` as amd64's `MULSD` computes it: when both are NaN, dst's NaN (quieted)
/// wins. Go's compiled `Pow` chooses the destinations used above (measured against go1.19:
/// `-imag(y)`, then the Exp result, then c for the real part and r for the imaginary one);
/// Rust leaves the operand order to LLVM, hence this helper.
fn mulsd(dst: f64, src: f64) -> f64 {
    if dst.is_nan() {
        return f64::from_bits(dst.to_bits() | 1 << 51);
    }
    dst * src
}

fn c(w: Word) -> (f64, f64) {
    complex_parts(w)
}

fn w(z: (f64, f64)) -> Word {
    complex_new(z.0, z.1)
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        native!("math/cmplx", "func Abs(complex128) float64", |_, r| {
            r[0] = abs(c(r[0])).to_bits();
            Ok(())
        }),
        native!("math/cmplx", "func Phase(complex128) float64", |_, r| {
            r[0] = phase(c(r[0])).to_bits();
            Ok(())
        }),
        native!(
            "math/cmplx",
            "func Polar(complex128) (float64, float64)",
            |_, r| {
                let x = c(r[0]);
                r[0] = abs(x).to_bits();
                r[1] = phase(x).to_bits();
                Ok(())
            }
        ),
        native!(
            "math/cmplx",
            "func Rect(float64, float64) complex128",
            |_, r| {
                let (m, theta) = (f64::from_bits(r[0]), f64::from_bits(r[1]));
                let (s, co) = sincos(theta);
                r[0] = w((m * co, m * s));
                Ok(())
            }
        ),
        native!("math/cmplx", "func Sqrt(complex128) complex128", |_, r| {
            r[0] = w(sqrt(c(r[0])));
            Ok(())
        }),
        native!("math/cmplx", "func Exp(complex128) complex128", |_, r| {
            r[0] = w(exp(c(r[0])));
            Ok(())
        }),
        native!("math/cmplx", "func Log(complex128) complex128", |_, r| {
            r[0] = w(log(c(r[0])));
            Ok(())
        }),
        native!(
            "math/cmplx",
            "func Pow(complex128, complex128) complex128",
            |_, r| {
                r[0] = w(pow(c(r[0]), c(r[1])));
                Ok(())
            }
        ),
        native!("math/cmplx", "func Conj(complex128) complex128", |_, r| {
            let (re, im) = c(r[0]);
            r[0] = w((re, -im));
            Ok(())
        }),
        native!("math/cmplx", "func Inf() complex128", |_, r| {
            r[0] = w((f64::INFINITY, f64::INFINITY));
            Ok(())
        }),
        native!("math/cmplx", "func NaN() complex128", |_, r| {
            r[0] = w((f64::from_bits(GO_NAN), f64::from_bits(GO_NAN)));
            Ok(())
        }),
        native!("math/cmplx", "func IsNaN(complex128) bool", |_, r| {
            r[0] = is_nan(c(r[0])) as Word;
            Ok(())
        }),
        native!("math/cmplx", "func IsInf(complex128) bool", |_, r| {
            let (re, im) = c(r[0]);
            r[0] = (re.is_infinite() || im.is_infinite()) as Word;
            Ok(())
        }),
    ]
}
