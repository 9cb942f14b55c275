//! Go's exponential and logarithm family on amd64: `Exp` and `Log` as the assembly
//! `exp_amd64.s` / `log_amd64.s` computes them (Exp takes the fused-multiply-add path
//! exactly when Go's `useFMA` would: the CPU has AVX and FMA), `Exp2` and `Expm1` from
//! `exp.go` / `expm1.go`, `Log10`, `Log2`, `Log1p`, and the exact helpers `Frexp` and
//! `Ldexp` (Go's algorithms, which other functions build on).
//!
//! Invariant: every function returns exactly go1.19's float64 bits on amd64, NaN payloads
//! included.

// The coefficients are Go's, digit for digit.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

use crate::math_special::GO_NAN;
use std::f64::consts::{LOG10_E, LOG2_E};

const LN2_HI: f64 = 6.93147180369123816490e-01;
const LN2_LO: f64 = 1.90821492927058770002e-10;
const SMALLEST_NORMAL: f64 = 2.2250738585072014e-308;

/// Go's `normalize`: a subnormal scaled into the normal range, with the exponent offset.
fn normalize(x: f64) -> (f64, i64) {
    if x.abs() < SMALLEST_NORMAL {
        return (x * (1u64 << 52) as f64, -52);
    }
    (x, 0)
}

/// Go's `math.Frexp`.
pub fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || f.is_infinite() || f.is_nan() {
        return (f, 0);
    }
    let (f, exp) = normalize(f);
    let mut x = f.to_bits();
    let exp = exp + ((x >> 52) & 0x7ff) as i64 - 1023 + 1;
    x &= !(0x7ff << 52);
    x |= 1022 << 52;
    (f64::from_bits(x), exp)
}

/// Go's `math.Ldexp` (Go's int arithmetic wraps, so does this).
pub fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_infinite() || frac.is_nan() {
        return frac;
    }
    let (frac, e) = normalize(frac);
    let mut x = frac.to_bits();
    let exp = exp
        .wrapping_add(e)
        .wrapping_add(((x >> 52) & 0x7ff) as i64 - 1023);
    if exp < -1075 {
        return 0f64.copysign(frac);
    }
    if exp > 1023 {
        return if frac < 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let (exp, m) = if exp < -1022 {
        (exp + 53, 1.0 / (1u64 << 53) as f64)
    } else {
        (exp, 1.0)
    };
    x &= !(0x7ff << 52);
    x |= ((exp + 1023) as u64) << 52;
    m * f64::from_bits(x)
}

/// Go's `useFMA` (`exp_amd64.go`): the CPU has AVX and FMA.
fn use_fma() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx") && std::arch::is_x86_feature_detected!("fma")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// `exp_amd64.s`'s Taylor coefficients (`exprodata`): 1/2, 1/6, 1/24, …, 1/40320.
const EXP_C: [f64; 7] = [
    0.5,
    1.6666666666666666667e-1,
    4.1666666666666666667e-2,
    8.3333333333333333333e-3,
    1.3888888888888888889e-3,
    1.9841269841269841270e-4,
    2.4801587301587301587e-5,
];
const LN2U: f64 = 0.69314718055966295651160180568695068359375;
const LN2L: f64 = 0.28235290563031577122588448175013436025525412068e-12;

/// `CVTSD2SL` (under the default rounding mode): round to nearest even, the "integer
/// indefinite" `i32::MIN` when out of range or NaN.
fn cvtsd2sl(x: f64) -> i32 {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_cvtsd_si32, _mm_set_sd};
        // SAFETY: SSE2 is part of the x86_64 baseline.
        unsafe { _mm_cvtsd_si32(_mm_set_sd(x)) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let r = x.round_ties_even();
        if (-2147483648.0..=2147483647.0).contains(&r) {
            r as i32
        } else {
            i32::MIN
        }
    }
}

/// Go's `math.Exp` on amd64 (`archExp` in `exp_amd64.s`).
pub fn exp(x: f64) -> f64 {
    exp_with(x, use_fma())
}

/// `archExp` with its FMA path taken or not (`fma` only where the CPU has FMA).
fn exp_with(x: f64, fma: bool) -> f64 {
    const OVERFLOW: f64 = 7.09782712893384e+02;
    let bits = x.to_bits();
    if bits & !(1 << 63) >= 0x7FF0_0000_0000_0000 {
        return if bits == 0xFFF0_0000_0000_0000 {
            0.0
        } else {
            x
        };
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    let k = cvtsd2sl(LOG2_E * x);
    let kf = k as f64;
    let r = if fma {
        // SAFETY: `fma` is only true where the CPU has FMA.
        unsafe { exp_series_fma(x, kf) }
    } else {
        exp_series(x, kf)
    };
    exp_scale(r, k)
}

/// `exp_amd64.s` without FMA: reduce by k·ln2, scale by 1/16, Taylor series, square 4 times.
fn exp_series(x: f64, kf: f64) -> f64 {
    let mut x0 = x - LN2U * kf;
    x0 -= LN2L * kf;
    x0 *= 0.0625;
    let mut x1 = EXP_C[6];
    for c in EXP_C[..6].iter().rev() {
        x1 = x1 * x0 + c;
    }
    x1 = x1 * x0 + 1.0;
    x0 *= x1;
    for _ in 0..4 {
        x0 *= 2.0 + x0;
    }
    x0 + 1.0
}

/// `exp_amd64.s`'s `avxfma` path: the same steps with Go's `VFMADD`/`VFNMADD` fused.
#[cfg_attr(target_arch = "x86_64", target_feature(enable = "fma"))]
unsafe fn exp_series_fma(x: f64, kf: f64) -> f64 {
    let mut x0 = (-kf).mul_add(LN2U, x);
    x0 = (-kf).mul_add(LN2L, x0);
    x0 *= 0.0625;
    let mut x1 = EXP_C[6];
    for &c in EXP_C[..6].iter().rev() {
        x1 = x1.mul_add(x0, c);
    }
    x1 = x1.mul_add(x0, 1.0);
    x0 *= x1;
    for _ in 0..3 {
        x0 *= x0 + 2.0;
    }
    let x1 = x0 + 2.0;
    x0.mul_add(x1, 1.0)
}

/// `exp_amd64.s`'s `ldexp` tail: `r * 2**k` with its overflow, subnormal and underflow steps.
fn exp_scale(r: f64, k: i32) -> f64 {
    let b = k.wrapping_add(0x3FF);
    if b <= 0 {
        if b < -52 {
            return 0.0;
        }
        let r = r * f64::from_bits(((b + 0x3FE) as u64) << 52);
        return r * f64::from_bits(1 << 52);
    }
    if b >= 0x7FF {
        return f64::INFINITY;
    }
    r * f64::from_bits((b as u64) << 52)
}

/// Go's `expmulti`: e**(hi-lo) scaled by 2**k.
fn expmulti(hi: f64, lo: f64, k: i64) -> f64 {
    const P1: f64 = 1.66666666666666657415e-01;
    const P2: f64 = -2.77777777770155933842e-03;
    const P3: f64 = 6.61375632143793436117e-05;
    const P4: f64 = -1.65339022054652515390e-06;
    const P5: f64 = 4.13813679705723846039e-08;
    let r = hi - lo;
    let t = r * r;
    let c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    ldexp(y, k)
}

/// Go's `math.Exp2` (`exp.go`; amd64 has no assembly for it).
pub fn exp2(x: f64) -> f64 {
    const OVERFLOW: f64 = 1.0239999999999999e+03;
    const UNDERFLOW: f64 = -1.0740e+03;
    if x.is_nan() || x == f64::INFINITY {
        return x;
    }
    if x == f64::NEG_INFINITY {
        return 0.0;
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    if x < UNDERFLOW {
        return 0.0;
    }
    let k = if x > 0.0 {
        (x + 0.5) as i64
    } else if x < 0.0 {
        (x - 0.5) as i64
    } else {
        0
    };
    let t = x - k as f64;
    let hi = t * LN2_HI;
    let lo = -t * LN2_LO;
    expmulti(hi, lo, k)
}

/// Go's `math.Expm1` (`expm1.go`).
pub fn expm1(x: f64) -> f64 {
    const OTHRESHOLD: f64 = 7.09782712893383973096e+02;
    const LN2X56: f64 = 3.88162421113569373274e+01;
    const LN2HALFX3: f64 = 1.03972077083991796413e+00;
    const LN2HALF: f64 = 3.46573590279972654709e-01;
    const INVLN2: f64 = 1.44269504088896338700e+00;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const Q1: f64 = -3.33333333333331316428e-02;
    const Q2: f64 = 1.58730158725481460165e-03;
    const Q3: f64 = -7.93650757867487942473e-05;
    const Q4: f64 = 4.00821782732936239552e-06;
    const Q5: f64 = -2.01099218183624371326e-07;
    if x == f64::INFINITY || x.is_nan() {
        return x;
    }
    if x == f64::NEG_INFINITY {
        return -1.0;
    }
    let sign = x < 0.0;
    let absx = x.abs();
    if absx >= LN2X56 {
        if sign {
            return -1.0;
        }
        if absx >= OTHRESHOLD {
            return f64::INFINITY;
        }
    }
    let mut x = x;
    let mut c = 0.0;
    let k: i64;
    if absx > LN2HALF {
        let (hi, lo);
        if absx < LN2HALFX3 {
            if !sign {
                (hi, lo, k) = (x - LN2_HI, LN2_LO, 1);
            } else {
                (hi, lo, k) = (x + LN2_HI, -LN2_LO, -1);
            }
        } else {
            k = if !sign {
                (INVLN2 * x + 0.5) as i64
            } else {
                (INVLN2 * x - 0.5) as i64
            };
            let t = k as f64;
            hi = x - t * LN2_HI;
            lo = t * LN2_LO;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if absx < TINY {
        return x;
    } else {
        k = 0;
    }
    let hfx = 0.5 * x;
    let hxs = x * hfx;
    let r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    let t = 3.0 - r1 * hfx;
    let mut e = hxs * ((r1 - t) / (6.0 - x * t));
    if k == 0 {
        return x - (x * e - hxs);
    }
    e = x * (e - c) - c;
    e -= hxs;
    let add_exp = |y: f64| f64::from_bits(y.to_bits().wrapping_add((k as u64) << 52));
    if k == -1 {
        return 0.5 * (x - e) - 0.5;
    }
    if k == 1 {
        if x < -0.25 {
            return -2.0 * (e - (x + 0.5));
        }
        return 1.0 + 2.0 * (x - e);
    }
    if k <= -2 || k > 56 {
        return add_exp(1.0 - (e - x)) - 1.0;
    }
    if k < 20 {
        let t = f64::from_bits(0x3ff0000000000000 - (0x20000000000000 >> k));
        return add_exp(t - (e - x));
    }
    let t = f64::from_bits(((0x3ff - k) as u64) << 52);
    add_exp(x - (e + t) + 1.0)
}

/// Go's `math.Log` on amd64 (`archLog` in `log_amd64.s`; its mantissa split treats a
/// subnormal as if its exponent were -1022, as the assembly does).
pub fn log(x: f64) -> f64 {
    const HSQRT2: f64 = 7.07106781186547524401e-01;
    const L1: f64 = 6.666666666666735130e-01;
    const L2: f64 = 3.999999999940941908e-01;
    const L3: f64 = 2.857142874366239149e-01;
    const L4: f64 = 2.222219843214978396e-01;
    const L5: f64 = 1.818357216161805012e-01;
    const L6: f64 = 1.531383769920937332e-01;
    const L7: f64 = 1.479819860511658591e-01;
    let bits = x.to_bits();
    if bits & !(1 << 63) == 0 {
        return f64::NEG_INFINITY;
    }
    if (bits as i64) < 0 {
        return f64::from_bits(GO_NAN);
    }
    if bits >= 0x7FF0_0000_0000_0000 {
        return x;
    }
    let mut f1 = f64::from_bits((bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FE0_0000_0000_0000);
    let mut k = (((bits >> 52) & 0x7FF) as i32 - 0x3FE) as f64;
    // The assembly's `CMPSD` not-less-than test; f1 is never NaN here.
    if f1 <= HSQRT2 {
        k -= 1.0;
        f1 *= 2.0;
    }
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
    let t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f)
}

/// Go's `math.Log10`.
pub fn log10(x: f64) -> f64 {
    log(x) * LOG10_E
}

/// Go's `math.Log2`.
pub fn log2(x: f64) -> f64 {
    let (frac, exp) = frexp(x);
    if frac == 0.5 {
        return (exp - 1) as f64;
    }
    log(frac) * LOG2_E + exp as f64
}

/// Go's `math.Log1p` (`log1p.go`).
pub fn log1p(x: f64) -> f64 {
    const SQRT2M1: f64 = 4.142135623730950488017e-01;
    const SQRT2HALFM1: f64 = -2.928932188134524755992e-01;
    const SMALL: f64 = 1.0 / (1u64 << 29) as f64;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const TWO53: f64 = (1u64 << 53) as f64;
    const LP: [f64; 7] = [
        6.666666666666735130e-01,
        3.999999999940941908e-01,
        2.857142874366239149e-01,
        2.222219843214978396e-01,
        1.818357216161805012e-01,
        1.531383769920937332e-01,
        1.479819860511658591e-01,
    ];
    if x < -1.0 || x.is_nan() {
        return f64::from_bits(GO_NAN);
    }
    if x == -1.0 {
        return f64::NEG_INFINITY;
    }
    if x == f64::INFINITY {
        return f64::INFINITY;
    }
    let absx = x.abs();
    let mut f = 0.0;
    let mut iu: u64 = 0;
    let mut k: i64 = 1;
    if absx < SQRT2M1 {
        if absx < SMALL {
            if absx < TINY {
                return x;
            }
            return x - x * x * 0.5;
        }
        if x > SQRT2HALFM1 {
            k = 0;
            f = x;
            iu = 1;
        }
    }
    let mut c = 0.0;
    if k != 0 {
        let mut u;
        if absx < TWO53 {
            u = 1.0 + x;
            iu = u.to_bits();
            k = (iu >> 52) as i64 - 1023;
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
        } else {
            u = x;
            iu = u.to_bits();
            k = (iu >> 52) as i64 - 1023;
            c = 0.0;
        }
        iu &= 0x000fffffffffffff;
        if iu < 0x0006a09e667f3bcd {
            u = f64::from_bits(iu | 0x3ff0000000000000);
        } else {
            k += 1;
            u = f64::from_bits(iu | 0x3fe0000000000000);
            iu = (0x0010000000000000 - iu) >> 2;
        }
        f = u - 1.0;
    }
    let hfsq = 0.5 * f * f;
    let kf = k as f64;
    if iu == 0 {
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            c += kf * LN2_LO;
            return kf * LN2_HI + c;
        }
        let r = hfsq * (1.0 - 0.66666666666666666 * f);
        if k == 0 {
            return f - r;
        }
        return kf * LN2_HI - ((r - (kf * LN2_LO + c)) - f);
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z
        * (LP[0] + z * (LP[1] + z * (LP[2] + z * (LP[3] + z * (LP[4] + z * (LP[5] + z * LP[6]))))));
    if k == 0 {
        return f - (hfsq - s * (hfsq + r));
    }
    kf * LN2_HI - ((hfsq - (s * (hfsq + r) + (kf * LN2_LO + c))) - f)
}

#[cfg(test)]
mod tests {
    /// (x, go1.19's Exp(x) bits with FMA, with `GODEBUG=cpu.fma=off`): arguments where
    /// the two paths of `exp_amd64.s` differ (about 5% of them; both paths matched Go on
    /// 100,000 arguments when this was written).
    const CASES: [(u64, u64, u64); 6] = [
        (0x400921fb54442d18, 0x403724046eb09339, 0x403724046eb0933a),
        (0x3ff000005fb128ea, 0x4005bf0b0d237089, 0x4005bf0b0d237088),
        (0x4033000000000000, 0x41a546d8f9ed26e1, 0x41a546d8f9ed26e2),
        (0xc067f59d90e6ac9a, 0x2ea62c4737667861, 0x2ea62c4737667862),
        (0xbfe544b0245c85ea, 0x3fe07677bb1183d9, 0x3fe07677bb1183da),
        (0xc08624b1b64564c3, 0x000d3a05cee4bd3c, 0x000d3a05cee4bd3d),
    ];

    #[test]
    fn exp_paths_match_go() {
        for (x, with_fma, without) in CASES {
            let x = f64::from_bits(x);
            assert_eq!(
                super::exp_with(x, false).to_bits(),
                without,
                "no FMA, x = {x:e}"
            );
            if super::use_fma() {
                assert_eq!(
                    super::exp_with(x, true).to_bits(),
                    with_fma,
                    "FMA, x = {x:e}"
                );
            }
        }
    }
}
