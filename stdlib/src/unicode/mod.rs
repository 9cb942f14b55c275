//! Package `unicode` (properties from Rust's char tables, close to Go's for common
//! scripts; `IsPrint` and `IsGraphic` exact, from go1.19's tables in `strconv::isprint`):
//! `IsUpper, IsLower, IsTitle, IsLetter, IsDigit, IsNumber, IsSpace, IsPunct, IsPrint,
//! IsGraphic, IsControl, IsSymbol (r rune) bool`, `ToUpper, ToLower, ToTitle, SimpleFold (r rune)
//! rune` (exact: go1.19's case tables in `case`);
//! range tables `Han, Latin, Greek, Cyrillic, Arabic, Hiragana, Katakana, Hangul, Letter (L),
//! Upper (Lu), Lower (Ll), Title (Lt), Digit (Nd), Number (N), Punct (P), Symbol (S), Space
//! (White_Space), Mark (M), Control (Cc)` as `*RangeTable` values (a
//! one-word object holding a table id; ranges approximate for scripts) with `Is(rangeTab
//! *RangeTable, r rune) bool` and `In(r rune, ranges ...*RangeTable) bool`.

pub mod case;
mod case_tables;

use crate::native;
use crate::strconv::isprint::{is_graphic, is_print};
use runtime::heap::Word;

fn ch(w: Word) -> Option<char> {
    char::from_u32(w as i32 as u32)
}

/// Go's `unicode.IsPunct` (category P): exact for ASCII and Latin-1, common blocks beyond.
pub fn is_punct(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return c.is_ascii_punctuation()
            && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
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

const TABLES: &[&str] = &[
    "Han",
    "Latin",
    "Greek",
    "Cyrillic",
    "Arabic",
    "Hiragana",
    "Katakana",
    "Hangul",
    "Letter",
    "L",
    "Upper",
    "Lu",
    "Lower",
    "Ll",
    "Title",
    "Lt",
    "Digit",
    "Nd",
    "Number",
    "N",
    "Punct",
    "P",
    "Symbol",
    "S",
    "Space",
    "White_Space",
    "Mark",
    "M",
    "Control",
    "Cc",
];

fn in_table(name: &str, c: char) -> bool {
    let u = c as u32;
    match name {
        "Han" => matches!(u, 0x2E80..=0x2E99 | 0x2E9B..=0x2EF3 | 0x2F00..=0x2FD5 | 0x3005 | 0x3007
            | 0x3021..=0x3029 | 0x3038..=0x303B | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFA6D
            | 0xFA70..=0xFAD9 | 0x20000..=0x2A6DF | 0x2A700..=0x2EBE0 | 0x2F800..=0x2FA1D | 0x30000..=0x3134A),
        "Latin" => matches!(u, 0x41..=0x5A | 0x61..=0x7A | 0xAA | 0xBA | 0xC0..=0xD6 | 0xD8..=0xF6
            | 0xF8..=0x2B8 | 0x2E0..=0x2E4 | 0x1D00..=0x1D25 | 0x1D2C..=0x1D5C | 0x1D62..=0x1D65
            | 0x1D6B..=0x1D77 | 0x1D79..=0x1DBE | 0x1E00..=0x1EFF | 0x2071 | 0x207F | 0x2090..=0x209C
            | 0x212A | 0x212B | 0x2132 | 0x214E | 0x2160..=0x2188 | 0x2C60..=0x2C7F | 0xA722..=0xA787
            | 0xA78B..=0xA7FF | 0xAB30..=0xAB5A | 0xAB5C..=0xAB64 | 0xFB00..=0xFB06 | 0xFF21..=0xFF3A
            | 0xFF41..=0xFF5A),
        "Greek" => {
            matches!(u, 0x370..=0x373 | 0x375..=0x377 | 0x37A..=0x37D | 0x37F | 0x384 | 0x386
            | 0x388..=0x38A | 0x38C | 0x38E..=0x3A1 | 0x3A3..=0x3E1 | 0x3F0..=0x3FF | 0x1D26..=0x1D2A
            | 0x1F00..=0x1FFE | 0x2126 | 0xAB65 | 0x10140..=0x1018E)
        }
        "Cyrillic" => matches!(u, 0x400..=0x484 | 0x487..=0x52F | 0x1C80..=0x1C88 | 0x1D2B | 0x1D78
            | 0x2DE0..=0x2DFF | 0xA640..=0xA69F | 0xFE2E | 0xFE2F),
        "Arabic" => matches!(u, 0x600..=0x604 | 0x606..=0x60B | 0x60D..=0x61A | 0x61C..=0x61E
            | 0x620..=0x63F | 0x641..=0x64A | 0x656..=0x66F | 0x671..=0x6DC | 0x6DE..=0x6FF
            | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFC),
        "Hiragana" => matches!(u, 0x3041..=0x3096 | 0x309D..=0x309F),
        "Katakana" => {
            matches!(u, 0x30A1..=0x30FA | 0x30FD..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF6F | 0xFF71..=0xFF9D)
        }
        "Hangul" => {
            matches!(u, 0x1100..=0x11FF | 0x3131..=0x318E | 0xA960..=0xA97C | 0xAC00..=0xD7A3 | 0xD7B0..=0xD7FB)
        }
        "Letter" | "L" => is_letter(c),
        "Upper" | "Lu" => c.is_uppercase(),
        "Lower" | "Ll" => c.is_lowercase(),
        "Title" | "Lt" => is_title(c),
        "Digit" | "Nd" => is_digit(c),
        "Number" | "N" => c.is_numeric(),
        "Punct" | "P" => is_punct(c),
        "Symbol" | "S" => is_symbol(c),
        "Space" | "White_Space" => c.is_whitespace(),
        "Mark" | "M" => {
            matches!(u, 0x300..=0x36F | 0x483..=0x489 | 0x591..=0x5BD | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
        }
        "Control" | "Cc" => c.is_control(),
        _ => false,
    }
}

pub(crate) fn is_letter(c: char) -> bool {
    c.is_alphabetic()
        && !c.is_numeric()
        && (c.is_uppercase()
            || c.is_lowercase()
            || !matches!(c as u32, 0x300..=0x36F | 0x2160..=0x2188))
}

fn is_title(c: char) -> bool {
    matches!(c as u32, 0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

/// Decimal digits: ASCII plus a few common Nd blocks (not the full Unicode Nd table that Go's
/// `unicode.IsDigit` uses).
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(c as u32, 0x660..=0x669 | 0x6F0..=0x6F9 | 0x966..=0x96F | 0xFF10..=0xFF19)
}

/// The table named by a `*unicode.RangeTable` word.
fn table_of(w: Word) -> Option<&'static str> {
    if w == 0 || !w.is_multiple_of(8) {
        return None;
    }
    TABLES
        .get(runtime::heap::load_word(w).checked_sub(1)? as usize)
        .copied()
}

macro_rules! table {
    ($v:ident, $name:literal) => {
        $v.push(native!("unicode", $name, 0, 1, |c, r| {
            let i = TABLES.iter().position(|t| *t == $name).unwrap_or(0) as Word + 1;
            r[0] = crate::util::permanent(c.prog, concat!("unicode.", $name), || {
                let obj = runtime::heap::alloc_words(1);
                runtime::heap::store_word(obj, i);
                obj
            });
            Ok(())
        }));
    };
}

pub fn natives() -> Vec<crate::Entry> {
    let mut v = vec![
        native!("unicode", "Is", 2, 1, |_, r| {
            let c = ch(r[1]);
            r[0] = match (table_of(r[0]), c) {
                (Some(t), Some(c)) => in_table(t, c),
                _ => false,
            } as Word;
            Ok(())
        }),
        native!("unicode", "In", 2, 1, |_, r| {
            let c = ch(r[0]);
            let tables = vm::value::slice_to_vec(r[1], false);
            r[0] = match c {
                Some(c) => tables
                    .into_iter()
                    .any(|t| table_of(t).is_some_and(|t| in_table(t, c))),
                None => false,
            } as Word;
            Ok(())
        }),
    ];
    table!(v, "Han");
    table!(v, "Latin");
    table!(v, "Greek");
    table!(v, "Cyrillic");
    table!(v, "Arabic");
    table!(v, "Hiragana");
    table!(v, "Katakana");
    table!(v, "Hangul");
    table!(v, "Letter");
    table!(v, "L");
    table!(v, "Upper");
    table!(v, "Lu");
    table!(v, "Lower");
    table!(v, "Ll");
    table!(v, "Title");
    table!(v, "Lt");
    table!(v, "Digit");
    table!(v, "Nd");
    table!(v, "Number");
    table!(v, "N");
    table!(v, "Punct");
    table!(v, "P");
    table!(v, "Symbol");
    table!(v, "S");
    table!(v, "Space");
    table!(v, "White_Space");
    table!(v, "Mark");
    table!(v, "M");
    table!(v, "Control");
    table!(v, "Cc");
    v.extend(vec![
        pred!("IsUpper", |c| c.is_uppercase()),
        pred!("IsLower", |c| c.is_lowercase()),
        pred!("IsTitle", is_title),
        pred!("IsLetter", is_letter),
        pred!("IsDigit", is_digit),
        pred!("IsNumber", |c| c.is_numeric()),
        pred!("IsSpace", |c| c.is_whitespace()),
        pred!("IsPunct", is_punct),
        pred!("IsSymbol", is_symbol),
        pred!("IsPrint", is_print),
        pred!("IsGraphic", is_graphic),
        pred!("IsControl", |c| c.is_control()),
        map!("ToUpper", case::to_upper),
        map!("ToLower", case::to_lower),
        map!("ToTitle", case::to_title),
        map!("SimpleFold", case::simple_fold),
    ]);
    v
}
