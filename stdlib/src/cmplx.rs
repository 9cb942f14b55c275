//! Package `math/cmplx`: `Abs Sqrt Exp Log Pow Phase Polar Rect Conj Inf NaN IsNaN IsInf`,
//! ported from Go's sources (special cases included). A complex value is one word (see
//! `vm::value::complex_parts`); float results are float64 bits.
//!
//! `Abs` follows Go's amd64 `math.Hypot` (max * sqrt(1 + (min/max)²)) and `sincos` Go's
//! `math.Sincos`, so those results match Go bit for bit; `exp`, `ln`, `atan2` and `powf`
//! underneath `Exp`/`Log`/`Pow`/`Phase` are Rust's, as in package `math`, and may differ
//! from Go in the last bit.

// The coefficients are Go's, digit for digit; keep them as written.
#![allow(clippy::excessive_precision)]

use crate::native;
use runtime::heap::Word;
use vm::value::{complex_new, complex_parts};

/// Go's `math.Hypot` on amd64 (`hypot_amd64.s`).
pub fn hypot(p: f64, q: f64) -> f64 {
    let (p, q) = (p.abs(), q.abs());
    if p.is_infinite() || q.is_infinite() {
        return f64::INFINITY;
    }
    if p.is_nan() || q.is_nan() {
        return f64::NAN;
    }
    if p == 0.0 && q == 0.0 {
        return 0.0;
    }
    let (big, small) = if p >= q { (p, q) } else { (q, p) };
    let r = small / big;
    big * (1.0 + r * r).sqrt()
}

/// Go's `math.Sincos` (Cephes polynomials, so results match Go bit for bit); arguments
/// at or beyond Go's `reduceThreshold` (2^29) fall back to Rust's `sin_cos`.
pub fn sincos(x: f64) -> (f64, f64) {
    const PI4A: f64 = 7.85398125648498535156e-1;
    const PI4B: f64 = 3.77489470793079817668e-8;
    const PI4C: f64 = 2.69515142907905952645e-15;
    const SIN: [f64; 6] = [
        1.58962301576546568060e-10,
        -2.50507477628578072866e-8,
        2.75573136213857245213e-6,
        -1.98412698295895385996e-4,
        8.33333333332211858878e-3,
        -1.66666666666666307295e-1,
    ];
    const COS: [f64; 6] = [
        -1.13585365213876817300e-11,
        2.08757008419747316778e-9,
        -2.75573141792967388112e-7,
        2.48015872888517045348e-5,
        -1.38888888888730564116e-3,
        4.16666666666665929218e-2,
    ];
    if x == 0.0 {
        return (x, 1.0);
    }
    if x.is_nan() || x.is_infinite() {
        return (f64::NAN, f64::NAN);
    }
    let (mut sin_sign, mut cos_sign) = (false, false);
    let mut x = x;
    if x < 0.0 {
        x = -x;
        sin_sign = true;
    }
    if x >= (1u64 << 29) as f64 {
        let (s, c) = x.sin_cos();
        return (if sin_sign { -s } else { s }, c);
    }
    let mut j = (x * (4.0 / std::f64::consts::PI)) as u64;
    let mut y = j as f64;
    if j & 1 == 1 {
        j += 1;
        y += 1.0;
    }
    j &= 7;
    let z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
    if j > 3 {
        j -= 4;
        sin_sign = !sin_sign;
        cos_sign = !cos_sign;
    }
    if j > 1 {
        cos_sign = !cos_sign;
    }
    let zz = z * z;
    let mut cos = 1.0 - 0.5 * zz
        + zz * zz
            * (((((COS[0] * zz + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz
                + COS[5]);
    let mut sin = z + z
        * zz
        * (((((SIN[0] * zz + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5]);
    if j == 1 || j == 2 {
        std::mem::swap(&mut sin, &mut cos);
    }
    if cos_sign {
        cos = -cos;
    }
    if sin_sign {
        sin = -sin;
    }
    (sin, cos)
}

fn abs(x: (f64, f64)) -> f64 {
    hypot(x.0, x.1)
}

fn phase(x: (f64, f64)) -> f64 {
    x.1.atan2(x.0)
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
                (f64::INFINITY, f64::NAN)
            };
        }
    } else if re.is_nan() && im == 0.0 {
        return (f64::NAN, im);
    }
    let r = re.exp();
    let (s, c) = sincos(im);
    (r * c, r * s)
}

fn log(x: (f64, f64)) -> (f64, f64) {
    (abs(x).ln(), phase(x))
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
            return (f64::NAN, f64::NAN);
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
        return (f64::NAN, f64::NAN);
    }
    let modulus = abs(x);
    if modulus == 0.0 {
        return (0.0, 0.0);
    }
    // Go's math.Pow: Pow(x, 0) = Pow(1, y) = 1 (modulus > 0 here)
    let mut r = if y.0 == 0.0 || modulus == 1.0 {
        1.0
    } else {
        modulus.powf(y.0)
    };
    let arg = phase(x);
    let mut theta = y.0 * arg;
    if y.1 != 0.0 {
        r *= (-y.1 * arg).exp();
        theta += y.1 * modulus.ln();
    }
    let (s, c) = sincos(theta);
    (r * c, r * s)
}

fn c(w: Word) -> (f64, f64) {
    complex_parts(w)
}

fn w(z: (f64, f64)) -> Word {
    complex_new(z.0, z.1)
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        native!("math/cmplx", "Abs", 1, 1, |_, r| {
            r[0] = abs(c(r[0])).to_bits();
            Ok(())
        }),
        native!("math/cmplx", "Phase", 1, 1, |_, r| {
            r[0] = phase(c(r[0])).to_bits();
            Ok(())
        }),
        native!("math/cmplx", "Polar", 1, 2, |_, r| {
            let x = c(r[0]);
            r[0] = abs(x).to_bits();
            r[1] = phase(x).to_bits();
            Ok(())
        }),
        native!("math/cmplx", "Rect", 2, 1, |_, r| {
            let (m, theta) = (f64::from_bits(r[0]), f64::from_bits(r[1]));
            let (s, co) = sincos(theta);
            r[0] = w((m * co, m * s));
            Ok(())
        }),
        native!("math/cmplx", "Sqrt", 1, 1, |_, r| {
            r[0] = w(sqrt(c(r[0])));
            Ok(())
        }),
        native!("math/cmplx", "Exp", 1, 1, |_, r| {
            r[0] = w(exp(c(r[0])));
            Ok(())
        }),
        native!("math/cmplx", "Log", 1, 1, |_, r| {
            r[0] = w(log(c(r[0])));
            Ok(())
        }),
        native!("math/cmplx", "Pow", 2, 1, |_, r| {
            r[0] = w(pow(c(r[0]), c(r[1])));
            Ok(())
        }),
        native!("math/cmplx", "Conj", 1, 1, |_, r| {
            let (re, im) = c(r[0]);
            r[0] = w((re, -im));
            Ok(())
        }),
        native!("math/cmplx", "Inf", 0, 1, |_, r| {
            r[0] = w((f64::INFINITY, f64::INFINITY));
            Ok(())
        }),
        native!("math/cmplx", "NaN", 0, 1, |_, r| {
            r[0] = w((f64::NAN, f64::NAN));
            Ok(())
        }),
        native!("math/cmplx", "IsNaN", 1, 1, |_, r| {
            r[0] = is_nan(c(r[0])) as Word;
            Ok(())
        }),
        native!("math/cmplx", "IsInf", 1, 1, |_, r| {
            let (re, im) = c(r[0]);
            r[0] = (re.is_infinite() || im.is_infinite()) as Word;
            Ok(())
        }),
    ]
}
