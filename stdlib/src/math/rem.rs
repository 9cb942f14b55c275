//! Go's exact rounding, splitting and remainder functions: `Floor`, `Ceil`, `Trunc`,
//! `RoundToEven` (gc turns them into `ROUNDSD` on amd64 CPUs with SSE4.1, which quiets a
//! signaling NaN; without SSE4.1 Go's own code keeps it),
//! `Round` (Go's bit manipulation, which keeps any NaN as it is), `Modf`, `Mod`, `Remainder`
//! (`modf.go`, `mod.go`, `remainder.go`; amd64 has no assembly for them).
//!
//! Invariant: every function returns exactly go1.19's float64 bits on amd64, NaN payloads
//! included (Go's `NaN()` where Go returns it, the operands' NaN where Go's arithmetic
//! propagates one).

// Go's constants, digit for digit.
#![allow(clippy::excessive_precision)]

use crate::math_special::GO_NAN;

/// gc's amd64 code for Floor/Ceil/Trunc/RoundToEven: `ROUNDSD` where the CPU has SSE4.1
/// (a NaN comes back quieted), else Go's assembly or bit manipulation (a NaN comes back as
/// it is); any other value goes through `round`.
fn roundsd(x: f64, round: fn(f64) -> f64) -> f64 {
    if x.is_nan() {
        return if has_sse41() {
            f64::from_bits(x.to_bits() | 1 << 51)
        } else {
            x
        };
    }
    round(x)
}

fn has_sse41() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("sse4.1")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Go's `math.Floor` on amd64.
pub fn floor(x: f64) -> f64 {
    roundsd(x, f64::floor)
}

/// Go's `math.Ceil` on amd64.
pub fn ceil(x: f64) -> f64 {
    roundsd(x, f64::ceil)
}

/// Go's `math.Trunc` on amd64.
pub fn trunc(x: f64) -> f64 {
    roundsd(x, f64::trunc)
}

/// Go's `math.RoundToEven` on amd64.
pub fn round_to_even(x: f64) -> f64 {
    roundsd(x, f64::round_ties_even)
}

/// Go's `math.Round`: half away from zero; NaN and ±Inf come back with their bits unchanged.
pub fn round(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    x.round()
}

/// Go's `math.Modf`: (integer part, fractional part), both with f's sign.
pub fn modf(f: f64) -> (f64, f64) {
    if f < 1.0 {
        if f < 0.0 {
            let (i, fr) = modf(-f);
            return (-i, -fr);
        }
        if f == 0.0 {
            return (f, f);
        }
        return (0.0, f);
    }
    let mut x = f.to_bits();
    let e = ((x >> 52) & 0x7ff).wrapping_sub(1023);
    if e < 64 - 12 {
        x &= !((1u64 << (64 - 12 - e)) - 1);
    }
    let int = f64::from_bits(x);
    (int, f - int)
}

/// Go's `math.Mod` (exact, so the C library's `fmod` gives the same finite results).
pub fn fmod(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return f64::from_bits(GO_NAN);
    }
    x % y
}

/// Go's `math.Remainder` (IEEE 754 remainder, computed exactly as Go does).
pub fn remainder(x: f64, y: f64) -> f64 {
    const TINY: f64 = 4.45014771701440276618e-308;
    const HALF_MAX: f64 = f64::MAX / 2.0;
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return f64::from_bits(GO_NAN);
    }
    if y.is_infinite() {
        return x;
    }
    let sign = x < 0.0;
    let mut x = if sign { -x } else { x };
    let y = y.abs();
    if x == y {
        return if sign { -0.0 } else { 0.0 };
    }
    if y <= HALF_MAX {
        x = fmod(x, y + y);
    }
    if y < TINY {
        if x + x > y {
            x -= y;
            if x + x >= y {
                x -= y;
            }
        }
    } else {
        let y_half = 0.5 * y;
        if x > y_half {
            x -= y;
            if x >= y_half {
                x -= y;
            }
        }
    }
    if sign {
        -x
    } else {
        x
    }
}
