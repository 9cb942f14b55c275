//! Go's `Lgamma` (`lgamma.go`, FreeBSD's fdlibm `e_lgamma_r.c` transliterated, with Go's
//! `Log`, `Sin`, `Cos`, `Floor` and `Mod`).
//!
//! Invariant: returns exactly go1.19's float64 bits (and sign) on amd64, NaN payloads
//! included.

// The coefficients are Go's, digit for digit.
#![allow(clippy::excessive_precision)]

use super::explog::log;
use super::poly::poly;
use super::rem::{floor, fmod};
use super::trig::{cos, sin};
use std::f64::consts::PI;

const LGAMA: [f64; 12] = [
    7.72156649015328655494e-02,
    3.22467033424113591611e-01,
    6.73523010531292681824e-02,
    2.05808084325167332806e-02,
    7.38555086081402883957e-03,
    2.89051383673415629091e-03,
    1.19270763183362067845e-03,
    5.10069792153511336608e-04,
    2.20862790713908385557e-04,
    1.08011567247583939954e-04,
    2.52144565451257326939e-05,
    4.48640949618915160150e-05,
];
const LGAMR: [f64; 7] = [
    1.0,
    1.39200533467621045958e+00,
    7.21935547567138069525e-01,
    1.71933865632803078993e-01,
    1.86459191715652901344e-02,
    7.77942496381893596434e-04,
    7.32668430744625636189e-06,
];
const LGAMS: [f64; 7] = [
    -7.72156649015328655494e-02,
    2.14982415960608852501e-01,
    3.25778796408930981787e-01,
    1.46350472652464452805e-01,
    2.66422703033638609560e-02,
    1.84028451407337715652e-03,
    3.19475326584100867617e-05,
];
const LGAMT: [f64; 15] = [
    4.83836122723810047042e-01,
    -1.47587722994593911752e-01,
    6.46249402391333854778e-02,
    -3.27885410759859649565e-02,
    1.79706750811820387126e-02,
    -1.03142241298341437450e-02,
    6.10053870246291332635e-03,
    -3.68452016781138256760e-03,
    2.25964780900612472250e-03,
    -1.40346469989232843813e-03,
    8.81081882437654011382e-04,
    -5.38595305356740546715e-04,
    3.15632070903625950361e-04,
    -3.12754168375120860518e-04,
    3.35529192635519073543e-04,
];
const LGAMU: [f64; 6] = [
    -7.72156649015328655494e-02,
    6.32827064025093366517e-01,
    1.45492250137234768737e+00,
    9.77717527963372745603e-01,
    2.28963728064692451092e-01,
    1.33810918536787660377e-02,
];
const LGAMV: [f64; 6] = [
    1.0,
    2.45597793713041134822e+00,
    2.12848976379893395361e+00,
    7.69285150456672783825e-01,
    1.04222645593369134254e-01,
    3.21709242282423911810e-03,
];
const LGAMW: [f64; 7] = [
    4.18938533204672725052e-01,
    8.33333333333329678849e-02,
    -2.77777777728775536470e-03,
    7.93650558643019558500e-04,
    -5.95187557450339963135e-04,
    8.36339918996282139126e-04,
    -1.63092934096575273989e-03,
];

/// Go's `sinPi`: sin(πx) for x > 0, with the argument reduced exactly first.
fn sin_pi(x: f64) -> f64 {
    const TWO52: f64 = (1u64 << 52) as f64;
    const TWO53: f64 = (1u64 << 53) as f64;
    if x < 0.25 {
        return -sin(PI * x);
    }
    let mut x = x;
    let mut z = floor(x);
    let n: i64;
    if z != x {
        x = fmod(x, 2.0);
        n = (x * 4.0) as i64;
    } else if x >= TWO53 {
        x = 0.0;
        n = 0;
    } else {
        if x < TWO52 {
            z = x + TWO52;
        }
        let bit = (z.to_bits() & 1) as i64;
        x = bit as f64;
        n = bit << 2;
    }
    let v = match n {
        0 => sin(PI * x),
        1 | 2 => cos(PI * (0.5 - x)),
        3 | 4 => sin(PI * (1.0 - x)),
        5 | 6 => -cos(PI * (x - 1.5)),
        _ => sin(PI * (x - 2.0)),
    };
    -v
}

/// Go's `math.Lgamma`: (log|Γ(x)|, sign of Γ(x)).
pub fn lgamma(x: f64) -> (f64, i64) {
    const TWO52: f64 = (1u64 << 52) as f64;
    const TWO58: f64 = (1u64 << 58) as f64;
    const TINY: f64 = 1.0 / (1u128 << 70) as f64;
    const TC: f64 = 1.46163214496836224576e+00;
    const TF: f64 = -1.21486290535849611461e-01;
    const TT: f64 = -3.63867699703950536541e-18;
    // Go's constant expressions Ymin-1+0.27, Ymin-1-0.27, Ymin+0.27, Ymin-0.27 and Tc-1,
    // each rounded once from the exact value.
    let ymin_m1_p = f64::from_bits(0x3fe76987d0eaed22);
    let ymin_m1_m = f64::from_bits(0x3fc88766f1c02f69);
    let ymin_p = f64::from_bits(0x3ffbb4c3e8757691);
    let ymin_m = f64::from_bits(0x3ff310ecde3805ed);
    let tc_m1 = f64::from_bits(0x3fdd8b618d5af8fc);
    let mut sign = 1;
    if x.is_nan() || x.is_infinite() {
        return (x, sign);
    }
    if x == 0.0 {
        return (f64::INFINITY, sign);
    }
    let neg = x < 0.0;
    let x = x.abs();
    if x < TINY {
        if neg {
            sign = -1;
        }
        return (-log(x), sign);
    }
    let mut nadj = 0.0;
    if neg {
        if x >= TWO52 {
            return (f64::INFINITY, sign);
        }
        let t = sin_pi(x);
        if t == 0.0 {
            return (f64::INFINITY, sign);
        }
        nadj = log(PI / (t * x).abs());
        if t < 0.0 {
            sign = -1;
        }
    }
    let mut lg;
    if x == 1.0 || x == 2.0 {
        return (0.0, sign);
    } else if x < 2.0 {
        let (y, i);
        if x <= 0.9 {
            lg = -log(x);
            (y, i) = if x >= ymin_m1_p {
                (1.0 - x, 0)
            } else if x >= ymin_m1_m {
                (x - tc_m1, 1)
            } else {
                (x, 2)
            };
        } else {
            lg = 0.0;
            (y, i) = if x >= ymin_p {
                (2.0 - x, 0)
            } else if x >= ymin_m {
                (x - TC, 1)
            } else {
                (x - 1.0, 2)
            };
        }
        let a = &LGAMA;
        let t = &LGAMT;
        match i {
            0 => {
                let z = y * y;
                let p1 = poly(z, &[a[0], a[2], a[4], a[6], a[8], a[10]]);
                let p2 = z * poly(z, &[a[1], a[3], a[5], a[7], a[9], a[11]]);
                let p = y * p1 + p2;
                lg += p - 0.5 * y;
            }
            1 => {
                let z = y * y;
                let w = z * y;
                let p1 = poly(w, &[t[0], t[3], t[6], t[9], t[12]]);
                let p2 = poly(w, &[t[1], t[4], t[7], t[10], t[13]]);
                let p3 = poly(w, &[t[2], t[5], t[8], t[11], t[14]]);
                let p = z * p1 - (TT - w * (p2 + y * p3));
                lg += TF + p;
            }
            _ => {
                let p1 = y * poly(y, &LGAMU);
                let p2 = poly(y, &LGAMV);
                lg += -0.5 * y + p1 / p2;
            }
        }
    } else if x < 8.0 {
        let i = x as i64;
        let y = x - i as f64;
        let p = y * poly(y, &LGAMS);
        let q = poly(y, &LGAMR);
        lg = 0.5 * y + p / q;
        if i >= 3 {
            let mut z = 1.0;
            for k in (2..i).rev() {
                z *= y + k as f64;
            }
            lg += log(z);
        }
    } else if x < TWO58 {
        let t = log(x);
        let z = 1.0 / x;
        let y = z * z;
        let w = LGAMW[0] + z * poly(y, &LGAMW[1..]);
        lg = (x - 0.5) * (t - 1.0) + w;
    } else {
        lg = x * (log(x) - 1.0);
    }
    if neg {
        lg = nadj - lg;
    }
    (lg, sign)
}
