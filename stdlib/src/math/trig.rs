//! Go's `Sin`, `Cos`, `Tan` and `Sincos` (`sin.go`, `tan.go`, `sincos.go`: Cephes
//! polynomials after a three-part Cody–Waite reduction by π/4) and the Payne–Hanek
//! reduction `trigReduce` (`trig_reduce.go`) Go uses at and above 2^29.
//!
//! Invariant: every function returns exactly go1.19's float64 bits on amd64 (the same
//! operations in the same order, no fused multiply-adds), NaN payloads included.

// The coefficients are Go's, digit for digit.
#![allow(clippy::excessive_precision)]

use crate::math_special::GO_NAN;

const PI4A: f64 = 7.85398125648498535156e-1;
const PI4B: f64 = 3.77489470793079817668e-8;
const PI4C: f64 = 2.69515142907905952645e-15;
/// Go's `reduceThreshold`.
const REDUCE_THRESHOLD: f64 = (1u64 << 29) as f64;
/// The constant `4 / Pi` rounded once (as Go's constant arithmetic does).
const FOUR_OVER_PI: f64 = 2.0 * std::f64::consts::FRAC_2_PI;

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

/// Bits of 4/π, 64 to a word, starting with the integer part (Go's `mPi4`).
const M_PI4: [u64; 20] = [
    0x0000000000000001,
    0x45f306dc9c882a53,
    0xf84eafa3ea69bb81,
    0xb6c52b3278872083,
    0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0,
    0x0c925dd413a32439,
    0xfc3bd63962534e7d,
    0xd1046bea5d768909,
    0xd338e04d68befc82,
    0x7323ac7306a673e9,
    0x3908bf177bf25076,
    0x3ff12fffbc0b301f,
    0xde5e2316b414da3e,
    0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6,
    0x7a0e73ef14a525d4,
    0xd7f6bf623f1aba10,
    0xac06608df8f6d757,
];

/// Go's `trigReduce`: for finite `x >= 0`, the octant `j` and the remainder `z` with
/// `x = j*π/4 + z`, from the exact product of x's mantissa and 4/π.
fn trig_reduce(x: f64) -> (u64, f64) {
    const PI4: f64 = std::f64::consts::FRAC_PI_4;
    if x < PI4 {
        return (0, x);
    }
    let mut ix = x.to_bits();
    let exp = ((ix >> 52) & 0x7ff) as i64 - 1023 - 52;
    ix &= !(0x7ff << 52);
    ix |= 1 << 52;
    let (digit, bitshift) = (((exp + 61) / 64) as usize, ((exp + 61) % 64) as u32);
    // Go's `a >> 64` is 0; Rust's shifts need the width kept below 64.
    let join = |a: u64, b: u64| (a << bitshift) | b.checked_shr(64 - bitshift).unwrap_or(0);
    let z0 = join(M_PI4[digit], M_PI4[digit + 1]);
    let z1 = join(M_PI4[digit + 1], M_PI4[digit + 2]);
    let z2 = join(M_PI4[digit + 2], M_PI4[digit + 3]);
    let mul = |a: u64, b: u64| {
        let p = a as u128 * b as u128;
        ((p >> 64) as u64, p as u64)
    };
    let (z2hi, _) = mul(z2, ix);
    let (z1hi, z1lo) = mul(z1, ix);
    let z0lo = z0.wrapping_mul(ix);
    let (lo, c) = z1lo.overflowing_add(z2hi);
    let hi = z0lo.wrapping_add(z1hi).wrapping_add(c as u64);
    let mut j = hi >> 61;
    let mut hi = hi << 3 | lo >> 61;
    let lz = hi.leading_zeros();
    let e = 1023 - (lz as u64 + 1);
    hi = hi.checked_shl(lz + 1).unwrap_or(0)
        | lo.checked_shr(64u32.wrapping_sub(lz + 1)).unwrap_or(0);
    hi >>= 64 - 52;
    hi |= e << 52;
    let mut z = f64::from_bits(hi);
    if j & 1 == 1 {
        j += 1;
        j &= 7;
        z -= 1.0;
    }
    (j, z * PI4)
}

/// The octant and remainder of `x >= 0` as Go's sin/cos/sincos compute them (odd octants
/// mapped to the next even one; `j` modulo 8).
fn reduce(x: f64) -> (u64, f64) {
    if x >= REDUCE_THRESHOLD {
        return trig_reduce(x);
    }
    let (mut j, y) = reduce_octant(x);
    j &= 7;
    let z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
    (j, z)
}

/// `uint64(x * (4/Pi))` rounded up to even, as integer and float (x below 2^29).
fn reduce_octant(x: f64) -> (u64, f64) {
    let mut j = (x * FOUR_OVER_PI) as u64;
    let mut y = j as f64;
    if j & 1 == 1 {
        j += 1;
        y += 1.0;
    }
    (j, y)
}

fn sin_poly(z: f64, zz: f64) -> f64 {
    z + z
        * zz
        * ((((((SIN[0] * zz) + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5])
}

fn cos_poly(zz: f64) -> f64 {
    1.0 - 0.5 * zz
        + zz * zz
            * ((((((COS[0] * zz) + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz
                + COS[5])
}

/// Go's `math.Sin`.
pub fn sin(x: f64) -> f64 {
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return f64::from_bits(GO_NAN);
    }
    let mut sign = x < 0.0;
    let (mut j, z) = reduce(x.abs());
    if j > 3 {
        sign = !sign;
        j -= 4;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 {
        cos_poly(zz)
    } else {
        sin_poly(z, zz)
    };
    if sign {
        -y
    } else {
        y
    }
}

/// Go's `math.Cos`.
pub fn cos(x: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return f64::from_bits(GO_NAN);
    }
    let mut sign = false;
    let (mut j, z) = reduce(x.abs());
    if j > 3 {
        j -= 4;
        sign = !sign;
    }
    if j > 1 {
        sign = !sign;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 {
        sin_poly(z, zz)
    } else {
        cos_poly(zz)
    };
    if sign {
        -y
    } else {
        y
    }
}

/// Go's `math.Sincos`.
pub fn sincos(x: f64) -> (f64, f64) {
    if x == 0.0 {
        return (x, 1.0);
    }
    if x.is_nan() || x.is_infinite() {
        return (f64::from_bits(GO_NAN), f64::from_bits(GO_NAN));
    }
    let mut sin_sign = x < 0.0;
    let mut cos_sign = false;
    let (mut j, z) = reduce(x.abs());
    if j > 3 {
        j -= 4;
        sin_sign = !sin_sign;
        cos_sign = !cos_sign;
    }
    if j > 1 {
        cos_sign = !cos_sign;
    }
    let zz = z * z;
    let (mut s, mut c) = (sin_poly(z, zz), cos_poly(zz));
    if j == 1 || j == 2 {
        std::mem::swap(&mut s, &mut c);
    }
    (if sin_sign { -s } else { s }, if cos_sign { -c } else { c })
}

/// Go's `math.Tan`.
pub fn tan(x: f64) -> f64 {
    const P: [f64; 3] = [
        -1.30936939181383777646e4,
        1.15351664838587416140e6,
        -1.79565251976484877988e7,
    ];
    const Q: [f64; 4] = [
        1.36812963470692954678e4,
        -1.32089234440210967447e6,
        2.50083801823357915839e7,
        -5.38695755929454629881e7,
    ];
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return f64::from_bits(GO_NAN);
    }
    let sign = x < 0.0;
    let x = x.abs();
    // Tan keeps the octant unmasked below the threshold (only bit 1 is tested).
    let (j, z) = if x >= REDUCE_THRESHOLD {
        trig_reduce(x)
    } else {
        let (j, y) = reduce_octant(x);
        (j, ((x - y * PI4A) - y * PI4B) - y * PI4C)
    };
    let zz = z * z;
    let mut y = if zz > 1e-14 {
        z + z
            * (zz * (((P[0] * zz) + P[1]) * zz + P[2])
                / ((((zz + Q[0]) * zz + Q[1]) * zz + Q[2]) * zz + Q[3]))
    } else {
        z
    };
    if j & 2 == 2 {
        y = -1.0 / y;
    }
    if sign {
        -y
    } else {
        y
    }
}
