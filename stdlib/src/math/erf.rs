//! Go's `Erf` and `Erfc` (`erf.go`, FreeBSD's fdlibm `s_erf.c` transliterated, with Go's
//! `Exp`).
//!
//! Invariant: both return exactly go1.19's float64 bits on amd64, NaN payloads included.

// The coefficients are Go's, digit for digit.
#![allow(clippy::excessive_precision)]

use super::explog::exp;
use super::poly::poly;
use crate::math_special::GO_NAN;

const ERX: f64 = 8.45062911510467529297e-01;
const EFX: f64 = 1.28379167095512586316e-01;
const EFX8: f64 = 1.02703333676410069053e+00;
/// Numerator and denominator on [0, 0.84375): pp0..pp4 and 1, qq1..qq5.
const PP: [f64; 5] = [
    1.28379167095512558561e-01,
    -3.25042107247001499370e-01,
    -2.84817495755985104766e-02,
    -5.77027029648944159157e-03,
    -2.37630166566501626084e-05,
];
const QQ: [f64; 6] = [
    1.0,
    3.97917223959155352819e-01,
    6.50222499887672944485e-02,
    5.08130628187576562776e-03,
    1.32494738004321644526e-04,
    -3.96022827877536812320e-06,
];
/// [0.84375, 1.25).
const PA: [f64; 7] = [
    -2.36211856075265944077e-03,
    4.14856118683748331666e-01,
    -3.72207876035701323847e-01,
    3.18346619901161753674e-01,
    -1.10894694282396677476e-01,
    3.54783043256182359371e-02,
    -2.16637559486879084300e-03,
];
const QA: [f64; 7] = [
    1.0,
    1.06420880400844228286e-01,
    5.40397917702171048937e-01,
    7.18286544141962662868e-02,
    1.26171219808761642112e-01,
    1.36370839120290507362e-02,
    1.19844998467991074170e-02,
];
/// [1.25, 1/0.35).
const RA: [f64; 8] = [
    -9.86494403484714822705e-03,
    -6.93858572707181764372e-01,
    -1.05586262253232909814e+01,
    -6.23753324503260060396e+01,
    -1.62396669462573470355e+02,
    -1.84605092906711035994e+02,
    -8.12874355063065934246e+01,
    -9.81432934416914548592e+00,
];
const SA: [f64; 9] = [
    1.0,
    1.96512716674392571292e+01,
    1.37657754143519042600e+02,
    4.34565877475229228821e+02,
    6.45387271733267880336e+02,
    4.29008140027567833386e+02,
    1.08635005541779435134e+02,
    6.57024977031928170135e+00,
    -6.04244152148580987438e-02,
];
/// [1/0.35, 28).
const RB: [f64; 7] = [
    -9.86494292470009928597e-03,
    -7.99283237680523006574e-01,
    -1.77579549177547519889e+01,
    -1.60636384855821916062e+02,
    -6.37566443368389627722e+02,
    -1.02509513161107724954e+03,
    -4.83519191608651397019e+02,
];
const SB: [f64; 8] = [
    1.0,
    3.03380607434824582924e+01,
    3.25792512996573918826e+02,
    1.53672958608443695994e+03,
    3.19985821950859553908e+03,
    2.55305040643316442583e+03,
    4.74528541206955367215e+02,
    -2.24409524465858183362e+01,
];

/// x·P(x²)/Q(x²) on [0, 0.84375) (Go's `y := r / s`).
fn small_ratio(x: f64) -> f64 {
    let z = x * x;
    poly(z, &PP) / poly(z, &QQ)
}

/// P/Q on [0.84375, 1.25).
fn mid_ratio(x: f64) -> f64 {
    let s = x - 1.0;
    poly(s, &PA) / poly(s, &QA)
}

/// exp(-x²-0.5625+R/S)·(1/x)·x for x in [1.25, 28): Go's `r` (divided by x by the caller).
fn tail(x: f64, r: f64, s: f64) -> f64 {
    let z = f64::from_bits(x.to_bits() & 0xffffffff00000000);
    exp(-z * z - 0.5625) * exp((z - x) * (z + x) + r / s)
}

/// Go's `math.Erf`.
pub fn erf(x: f64) -> f64 {
    const VERY_TINY: f64 = 2.848094538889218e-306;
    const SMALL: f64 = 1.0 / (1u64 << 28) as f64;
    if x.is_nan() {
        return f64::from_bits(GO_NAN);
    }
    if x.is_infinite() {
        return if x > 0.0 { 1.0 } else { -1.0 };
    }
    let sign = x < 0.0;
    let x = if sign { -x } else { x }; // Go keeps -0 as it is
    if x < 0.84375 {
        let temp = if x < SMALL {
            if x < VERY_TINY {
                0.125 * (8.0 * x + EFX8 * x)
            } else {
                x + EFX * x
            }
        } else {
            x + x * small_ratio(x)
        };
        return if sign { -temp } else { temp };
    }
    if x < 1.25 {
        let pq = mid_ratio(x);
        return if sign { -ERX - pq } else { ERX + pq };
    }
    if x >= 6.0 {
        return if sign { -1.0 } else { 1.0 };
    }
    let s = 1.0 / (x * x);
    let (r, ss) = if x < 1.0 / 0.35 {
        (poly(s, &RA), poly(s, &SA))
    } else {
        (poly(s, &RB), poly(s, &SB))
    };
    let r = tail(x, r, ss);
    if sign {
        r / x - 1.0
    } else {
        1.0 - r / x
    }
}

/// Go's `math.Erfc`.
pub fn erfc(x: f64) -> f64 {
    const TINY: f64 = 1.0 / (1u64 << 56) as f64;
    if x.is_nan() {
        return f64::from_bits(GO_NAN);
    }
    if x.is_infinite() {
        return if x > 0.0 { 0.0 } else { 2.0 };
    }
    let sign = x < 0.0;
    let x = if sign { -x } else { x }; // Go keeps -0 as it is
    if x < 0.84375 {
        let temp = if x < TINY {
            x
        } else {
            let y = small_ratio(x);
            if x < 0.25 {
                x + x * y
            } else {
                0.5 + (x * y + (x - 0.5))
            }
        };
        return if sign { 1.0 + temp } else { 1.0 - temp };
    }
    if x < 1.25 {
        let pq = mid_ratio(x);
        return if sign { 1.0 + ERX + pq } else { 1.0 - ERX - pq };
    }
    if x < 28.0 {
        let s = 1.0 / (x * x);
        let (r, ss) = if x < 1.0 / 0.35 {
            (poly(s, &RA), poly(s, &SA))
        } else {
            if sign && x > 6.0 {
                return 2.0;
            }
            (poly(s, &RB), poly(s, &SB))
        };
        let r = tail(x, r, ss);
        return if sign { 2.0 - r / x } else { r / x };
    }
    if sign {
        2.0
    } else {
        0.0
    }
}
