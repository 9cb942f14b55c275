//! Package `unicode` (properties from Rust's char tables, close to Go's for common
//! scripts): `IsUpper, IsLower, IsTitle, IsLetter, IsDigit, IsNumber, IsSpace, IsPunct,
//! IsPrint, IsGraphic, IsControl, IsSymbol (r rune) bool`, `ToUpper, ToLower, ToTitle (r rune)
//! rune`.

use crate::native;
use crate::strconv::quote::is_print;
use crate::strings::{to_lower_rune, to_upper_rune};
use runtime::heap::Word;

fn ch(w: Word) -> Option<char> {
    char::from_u32(w as i32 as u32)
}

/// Go's `unicode.IsPunct` (category P): exact for ASCII and Latin-1, common blocks beyond.
pub fn is_punct(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return c.is_ascii_punctuation() && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    matches!(u, 0xA1 | 0xA7 | 0xAB | 0xB6 | 0xB7 | 0xBB | 0xBF | 0x37E | 0x387
        | 0x2010..=0x2027 | 0x2030..=0x2043 | 0x2045..=0x2051 | 0x2053..=0x205E
        | 0x2E00..=0x2E4F | 0x3001..=0x3003 | 0x3008..=0x3011 | 0x3014..=0x301F
        | 0xFF01..=0xFF03 | 0xFF05..=0xFF0A | 0xFF0C..=0xFF0F | 0xFF1A | 0xFF1B | 0xFF1F | 0xFF20)
}

/// Go's `unicode.IsSymbol` (category S) approximation.
pub fn is_symbol(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    matches!(u, 0xA2..=0xA6 | 0xA8 | 0xA9 | 0xAC | 0xAE..=0xB1 | 0xB4 | 0xB8 | 0xD7 | 0xF7
        | 0x20A0..=0x20C0 | 0x2100..=0x214F | 0x2190..=0x23FF | 0x2500..=0x27BF | 0x2900..=0x2BFF
        | 0x1F300..=0x1FAFF)
}

macro_rules! pred {
    ($name:literal, $p:expr) => {
        native!("unicode", $name, 1, 1, |_, r| {
            let p: fn(char) -> bool = $p;
            r[0] = ch(r[0]).map_or(false, p) as Word;
            Ok(())
        })
    };
}

macro_rules! map {
    ($name:literal, $m:expr) => {
        native!("unicode", $name, 1, 1, |_, r| {
            let m: fn(char) -> char = $m;
            if let Some(c) = ch(r[0]) {
                r[0] = m(c) as u32 as Word;
            }
            Ok(())
        })
    };
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        pred!("IsUpper", |c| c.is_uppercase()),
        pred!("IsLower", |c| c.is_lowercase()),
        pred!("IsTitle", |c| matches!(c as u32, 0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)),
        pred!("IsLetter", |c| c.is_alphabetic() && !c.is_numeric() && (c.is_uppercase() || c.is_lowercase() || !matches!(c as u32, 0x300..=0x36F | 0x2160..=0x2188))),
        pred!("IsDigit", |c| c.is_ascii_digit() || (c.is_numeric() && c.to_digit(10).is_some()) || matches!(c as u32, 0x660..=0x669 | 0x6F0..=0x6F9 | 0x966..=0x96F | 0xFF10..=0xFF19)),
        pred!("IsNumber", |c| c.is_numeric()),
        pred!("IsSpace", |c| c.is_whitespace()),
        pred!("IsPunct", is_punct),
        pred!("IsSymbol", is_symbol),
        pred!("IsPrint", is_print),
        pred!("IsGraphic", |c| is_print(c) || (c.is_whitespace() && !c.is_control() && !matches!(c as u32, 0x2028 | 0x2029))),
        pred!("IsControl", |c| c.is_control()),
        map!("ToUpper", to_upper_rune),
        map!("ToLower", to_lower_rune),
        map!("ToTitle", |c| match c as u32 {
            0x1C4..=0x1C6 => '\u{1C5}',
            0x1C7..=0x1C9 => '\u{1C8}',
            0x1CA..=0x1CC => '\u{1CB}',
            0x1F1..=0x1F3 => '\u{1F2}',
            _ => to_upper_rune(c),
        }),
    ]
}
