//! Package `math/bits`: `UintSize` is a constant; `LeadingZeros{,8,16,32,64}`,
//! `TrailingZeros{,8,16,32,64}`, `OnesCount{,8,16,32,64}`, `Len{,8,16,32,64}` (x uintN) int;
//! `RotateLeft{,8,16,32,64}(x uintN, k int) uintN`, `Reverse{,8,16,32,64}`,
//! `ReverseBytes{,16,32,64}`, `Add64(x, y, carry uint64) (sum, carryOut uint64)`, `Sub64`,
//! `Mul64(x, y uint64) (hi, lo uint64)`, `Div64(hi, lo, y uint64) (quo, rem uint64)`.

use crate::{declare, native};
use runtime::heap::Word;
use vm::native::Panic;

macro_rules! family {
    ($v:ident, $suffix:literal, $go:literal, $t:ty) => {
        $v.push(native!(
            "math/bits",
            concat!("func LeadingZeros", $suffix, "(", $go, ") int"),
            |_, r| {
                r[0] = (r[0] as $t).leading_zeros() as Word;
                Ok(())
            }
        ));
        $v.push(native!(
            "math/bits",
            concat!("func TrailingZeros", $suffix, "(", $go, ") int"),
            |_, r| {
                r[0] = (r[0] as $t).trailing_zeros() as Word;
                Ok(())
            }
        ));
        $v.push(native!(
            "math/bits",
            concat!("func OnesCount", $suffix, "(", $go, ") int"),
            |_, r| {
                r[0] = (r[0] as $t).count_ones() as Word;
                Ok(())
            }
        ));
        $v.push(native!(
            "math/bits",
            concat!("func Len", $suffix, "(", $go, ") int"),
            |_, r| {
                r[0] = (<$t>::BITS - (r[0] as $t).leading_zeros()) as Word;
                Ok(())
            }
        ));
        $v.push(native!(
            "math/bits",
            concat!("func RotateLeft", $suffix, "(", $go, ", int) ", $go),
            |_, r| {
                let k = r[1] as i64;
                let n = <$t>::BITS as i64;
                let s = k.rem_euclid(n) as u32;
                r[0] = (r[0] as $t).rotate_left(s) as Word;
                Ok(())
            }
        ));
        $v.push(native!(
            "math/bits",
            concat!("func Reverse", $suffix, "(", $go, ") ", $go),
            |_, r| {
                r[0] = (r[0] as $t).reverse_bits() as Word;
                Ok(())
            }
        ));
    };
}

macro_rules! rev_bytes {
    ($v:ident, $suffix:literal, $go:literal, $t:ty) => {
        $v.push(native!(
            "math/bits",
            concat!("func ReverseBytes", $suffix, "(", $go, ") ", $go),
            |_, r| {
                r[0] = (r[0] as $t).swap_bytes() as Word;
                Ok(())
            }
        ));
    };
}

pub fn natives() -> Vec<crate::Entry> {
    let mut v = Vec::new();
    v.push(declare!("math/bits", "const UintSize = 64"));
    family!(v, "", "uint", u64);
    family!(v, "8", "uint8", u8);
    family!(v, "16", "uint16", u16);
    family!(v, "32", "uint32", u32);
    family!(v, "64", "uint64", u64);
    rev_bytes!(v, "", "uint", u64);
    rev_bytes!(v, "16", "uint16", u16);
    rev_bytes!(v, "32", "uint32", u32);
    rev_bytes!(v, "64", "uint64", u64);
    v.push(native!(
        "math/bits",
        "func Mul64(uint64, uint64) (uint64, uint64)",
        |_, r| {
            let p = r[0] as u128 * r[1] as u128;
            r[0] = (p >> 64) as Word;
            r[1] = p as Word;
            Ok(())
        }
    ));
    v.push(native!(
        "math/bits",
        "func Add64(uint64, uint64, uint64) (uint64, uint64)",
        |_, r| {
            let s = r[0] as u128 + r[1] as u128 + r[2] as u128;
            r[0] = s as Word;
            r[1] = (s >> 64) as Word;
            Ok(())
        }
    ));
    v.push(native!(
        "math/bits",
        "func Sub64(uint64, uint64, uint64) (uint64, uint64)",
        |_, r| {
            let (d1, b1) = r[0].overflowing_sub(r[1]);
            let (d2, b2) = d1.overflowing_sub(r[2]);
            r[0] = d2;
            r[1] = (b1 || b2) as Word;
            Ok(())
        }
    ));
    v.push(native!(
        "math/bits",
        "func Div64(uint64, uint64, uint64) (uint64, uint64)",
        |_, r| {
            let (hi, lo, y) = (r[0], r[1], r[2]);
            if y == 0 {
                return Err(Panic::Runtime("integer divide by zero".into()));
            }
            if y <= hi {
                return Err(Panic::Runtime("integer overflow".into()));
            }
            let n = ((hi as u128) << 64) | lo as u128;
            r[0] = (n / y as u128) as Word;
            r[1] = (n % y as u128) as Word;
            Ok(())
        }
    ));
    v
}
