//! Go's case mapping and folding (`unicode/letter.go`): `to_upper`, `to_lower`, `to_title`
//! (`unicode.ToUpper`/`ToLower`/`ToTitle`, so also `strings.ToUpper` and friends) and
//! `simple_fold` (`unicode.SimpleFold`, the orbit `strings.EqualFold` walks), all over
//! go1.19's tables in `case_tables`, so every rune maps exactly as go1.19 maps it (one rune to
//! one rune; no special casing).

use super::case_tables::{CASE_ORBIT, CASE_RANGES, UL};

/// The index of the delta for each case in a `CASE_RANGES` entry (Go's `UpperCase`,
/// `LowerCase`, `TitleCase`); upper and title are even, lower odd, as `UL` runs rely on.
#[derive(Clone, Copy)]
enum Case {
    Upper = 0,
    Lower = 1,
    Title = 2,
}

/// Go's `unicode.To`: `c` mapped to `case`, itself where the tables have no mapping.
fn to(case: Case, c: char) -> char {
    let r = c as u32;
    let i = CASE_RANGES.partition_point(|&(_, hi, _)| hi < r);
    let Some(&(lo, _, deltas)) = CASE_RANGES.get(i).filter(|&&(lo, _, _)| lo <= r) else {
        return c;
    };
    let delta = deltas[case as usize];
    let mapped = if delta == UL {
        lo + (((r - lo) & !1) | (case as u32 & 1))
    } else {
        r.wrapping_add_signed(delta)
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// Go's `unicode.ToUpper`.
pub fn to_upper(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    to(Case::Upper, c)
}

/// Go's `unicode.ToLower`.
pub fn to_lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    to(Case::Lower, c)
}

/// Go's `unicode.ToTitle`.
pub fn to_title(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    to(Case::Title, c)
}

/// Go's `unicode.SimpleFold`: the next rune, cyclically upwards, of `c`'s case-fold orbit
/// (`c` itself when it has no other case).
pub fn simple_fold(c: char) -> char {
    let r = c as u32;
    let i = CASE_ORBIT.partition_point(|&(from, _)| from < r);
    if let Some(&(_, next)) = CASE_ORBIT.get(i).filter(|&&(from, _)| from == r) {
        return char::from_u32(next).unwrap_or(c);
    }
    let lower = to_lower(c);
    if lower != c {
        return lower;
    }
    to_upper(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mappings_are_go_1_19s() {
        assert_eq!(to_lower('\u{130}'), 'i');
        assert_eq!(to_upper('\u{131}'), 'I');
        assert_eq!(to_upper('\u{19B}'), '\u{19B}'); // Unicode 14 added its upper case
        assert_eq!(to_title('\u{1C6}'), '\u{1C5}');
        assert_eq!(to_upper('\u{10D0}'), '\u{1C90}');
        assert_eq!(to_title('\u{10D0}'), '\u{10D0}');
        assert_eq!(to_upper('\u{101}'), '\u{100}');
        assert_eq!(to_lower('\u{100}'), '\u{101}');
    }

    #[test]
    fn fold_orbits() {
        assert_eq!(simple_fold('k'), '\u{212A}');
        assert_eq!(simple_fold('\u{212A}'), 'K');
        assert_eq!(simple_fold('K'), 'k');
        assert_eq!(simple_fold('1'), '1');
        assert_eq!(simple_fold('\u{131}'), '\u{131}'); // the table's one-rune orbit
        assert_eq!(simple_fold('\u{3A3}'), '\u{3C2}');
        assert_eq!(simple_fold('\u{3C2}'), '\u{3C3}');
        assert_eq!(simple_fold('\u{3C3}'), '\u{3A3}');
    }
}
