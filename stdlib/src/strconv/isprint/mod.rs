//! Go's printability predicates, shared by `strconv` (`IsPrint`, `IsGraphic`, the quoting
//! functions) and `unicode` (`IsPrint`, `IsGraphic`, which Go's tests keep equal to them):
//! `strconv/quote.go`'s range-table search over the go1.19 tables in `tables`, so every rune
//! 0..=0x10FFFF, assigned or not, is classified exactly as go1.19 does.

mod tables;

use tables::{IS_GRAPHIC, IS_NOT_PRINT_16, IS_NOT_PRINT_32, IS_PRINT_16, IS_PRINT_32};

/// Whether `x` lies in one of the inclusive `[lo, hi]` pairs of the sorted `pairs`.
fn in_ranges<T: Ord + Copy>(pairs: &[T], x: T) -> bool {
    let i = pairs.partition_point(|&v| v < x);
    i < pairs.len() && pairs[i & !1] <= x && x <= pairs[i | 1]
}

/// Go's `strconv.IsPrint` = `unicode.IsPrint`: letters, marks, numbers, punctuation,
/// symbols and U+0020.
pub fn is_print(c: char) -> bool {
    let u = c as u32;
    if u <= 0xFF {
        return (0x20..=0x7E).contains(&u) || ((0xA1..=0xFF).contains(&u) && u != 0xAD);
    }
    if let Ok(r) = u16::try_from(u) {
        return in_ranges(IS_PRINT_16, r) && IS_NOT_PRINT_16.binary_search(&r).is_err();
    }
    if !in_ranges(IS_PRINT_32, u) {
        return false;
    }
    u >= 0x20000
        || IS_NOT_PRINT_32
            .binary_search(&((u - 0x10000) as u16))
            .is_err()
}

/// Whether `c` is one of the graphic runes that are not printable (the spaces of category
/// Zs other than U+0020); meaningful only where `is_print(c)` is false.
pub fn is_in_graphic_list(c: char) -> bool {
    u16::try_from(c as u32).is_ok_and(|r| IS_GRAPHIC.binary_search(&r).is_ok())
}

/// Go's `strconv.IsGraphic` = `unicode.IsGraphic`: printable runes and category Zs.
pub fn is_graphic(c: char) -> bool {
    is_print(c) || is_in_graphic_list(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rune(u: u32) -> char {
        char::from_u32(u).unwrap()
    }

    #[test]
    fn unassigned_runes_in_every_plane_are_not_printable() {
        for u in [0x378, 0xD7AC, 0x1000C, 0x2FFFF, 0x5AA5A, 0xE01F0, 0x10FFFD] {
            assert!(!is_print(rune(u)) && !is_graphic(rune(u)), "U+{u:X}");
        }
        for u in [
            0x20, 0xE9, 0x4E2D, 0xD7B0, 0x1F600, 0x2A6DD, 0x3134A, 0xE0100,
        ] {
            assert!(is_print(rune(u)), "U+{u:X}");
        }
    }

    #[test]
    fn spaces_are_graphic_but_not_printable() {
        for u in [0xA0, 0x1680, 0x2000, 0x202F, 0x3000] {
            assert!(!is_print(rune(u)) && is_graphic(rune(u)), "U+{u:X}");
        }
        assert!(!is_graphic(rune(0x2028)) && !is_graphic(rune(0xAD)));
    }
}
