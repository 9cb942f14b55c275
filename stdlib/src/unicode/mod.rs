//! Package `unicode`, exact with go1.19 (Unicode 13.0.0): `IsUpper, IsLower, IsTitle, IsLetter,
//! IsDigit, IsNumber, IsSpace, IsPunct, IsSymbol, IsMark, IsControl (r rune) bool` and the
//! `*RangeTable` variables `Han, Latin, Greek, Cyrillic, Arabic, Hiragana, Katakana, Hangul,
//! Letter (L), Upper (Lu), Lower (Ll), Title (Lt), Digit (Nd), Number (N), Punct (P), Symbol
//! (S), Space (Z), White_Space, Mark (M), Cc` from Go's range tables in
//! `category_tables` (a table value is a one-word object holding its index in `TABLES` + 1),
//! with `Is(rangeTab *RangeTable, r rune) bool`, `In(r rune, ranges ...*RangeTable) bool` and
//! `IsOneOf`; `IsPrint, IsGraphic` from `strconv::isprint`; `ToUpper, ToLower, ToTitle,
//! SimpleFold (r rune) rune` from `case`.

pub mod case;
mod case_tables;
mod category_tables;

use crate::strconv::isprint::{is_graphic, is_print};
use crate::{declare, native};
use category_tables::{self as t, Range};
use runtime::heap::Word;
use vm::native::Panic;

fn ch(w: Word) -> Option<char> {
    char::from_u32(w as i32 as u32)
}

/// Go's `unicode.Is`: whether `c` is in `table`.
fn is_in(table: &[Range], c: char) -> bool {
    let r = c as u32;
    let i = table.partition_point(|&(_, hi, _)| hi < r);
    table
        .get(i)
        .is_some_and(|&(lo, _, stride)| lo <= r && (r - lo).is_multiple_of(stride))
}

/// Go's `unicode.IsLetter`.
pub(crate) fn is_letter(c: char) -> bool {
    is_in(t::L, c)
}

/// Go's `unicode.IsSpace`.
pub(crate) fn is_space(c: char) -> bool {
    is_in(t::WHITE_SPACE, c)
}

/// Go's `unicode.IsDigit`.
pub(crate) fn is_digit(c: char) -> bool {
    is_in(t::ND, c)
}

macro_rules! pred {
    ($decl:literal, $p:expr) => {
        native!("unicode", $decl, |_, r| {
            let p: fn(char) -> bool = $p;
            r[0] = ch(r[0]).map_or(false, p) as Word;
            Ok(())
        })
    };
}

macro_rules! map {
    ($decl:literal, $m:expr) => {
        native!("unicode", $decl, |_, r| {
            let m: fn(char) -> char = $m;
            if let Some(c) = ch(r[0]) {
                r[0] = m(c) as u32 as Word;
            }
            Ok(())
        })
    };
}

/// The `*RangeTable` variables provided, by name; a table value holds its index + 1.
const TABLES: &[(&str, &[Range])] = &[
    ("Han", t::HAN),
    ("Latin", t::LATIN),
    ("Greek", t::GREEK),
    ("Cyrillic", t::CYRILLIC),
    ("Arabic", t::ARABIC),
    ("Hiragana", t::HIRAGANA),
    ("Katakana", t::KATAKANA),
    ("Hangul", t::HANGUL),
    ("Letter", t::L),
    ("L", t::L),
    ("Upper", t::LU),
    ("Lu", t::LU),
    ("Lower", t::LL),
    ("Ll", t::LL),
    ("Title", t::LT),
    ("Lt", t::LT),
    ("Digit", t::ND),
    ("Nd", t::ND),
    ("Number", t::N),
    ("N", t::N),
    ("Punct", t::P),
    ("P", t::P),
    ("Symbol", t::S),
    ("S", t::S),
    ("Space", t::Z),
    ("White_Space", t::WHITE_SPACE),
    ("Mark", t::M),
    ("M", t::M),
    ("Cc", t::CC),
];

/// The table named by a `*unicode.RangeTable` word.
fn table_of(w: Word) -> Option<&'static [Range]> {
    if w == 0 || !w.is_multiple_of(8) {
        return None;
    }
    TABLES
        .get(runtime::heap::load_word(w).checked_sub(1)? as usize)
        .map(|&(_, table)| table)
}

macro_rules! table {
    ($v:ident, $name:literal) => {
        $v.push(native!(
            "unicode",
            concat!("var ", $name, " *RangeTable"),
            |c, r| {
                let i = TABLES.iter().position(|t| t.0 == $name).unwrap_or(0) as Word + 1;
                r[0] = crate::util::permanent(c.prog, concat!("unicode.", $name), || {
                    let obj = runtime::heap::alloc_words(1);
                    runtime::heap::store_word(obj, i);
                    obj
                });
                Ok(())
            }
        ));
    };
}

/// `unicode.Is`: whether the rune word `r` is in the table `t`; a nil table is Go's nil
/// dereference (Go reads `rangeTab.R16` first).
fn is(t: Word, r: Word) -> Result<bool, Panic> {
    if t == 0 {
        return Err(crate::util::nil_deref());
    }
    Ok(match (table_of(t), ch(r)) {
        (Some(t), Some(c)) => is_in(t, c),
        _ => false,
    })
}

/// `unicode.In`/`IsOneOf`: whether the rune word `r` is in a table of the slice `tables`,
/// tried in order as Go does (a nil table reached before a match panics).
fn in_any(tables: Word, r: Word) -> Result<bool, Panic> {
    for t in vm::value::slice_to_vec(tables, false) {
        if is(t, r)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn natives() -> Vec<crate::Entry> {
    let mut v = vec![
        declare!(
            "unicode",
            r#"
const MaxRune = 1114111
const ReplacementChar = 65533
type RangeTable struct { impl uintptr }
"#
        ),
        native!("unicode", "func Is(*RangeTable, rune) bool", |_, r| {
            r[0] = is(r[0], r[1])? as Word;
            Ok(())
        }),
        native!("unicode", "func In(rune, ...*RangeTable) bool", |_, r| {
            r[0] = in_any(r[1], r[0])? as Word;
            Ok(())
        }),
        native!(
            "unicode",
            "func IsOneOf([]*RangeTable, rune) bool",
            |_, r| {
                r[0] = in_any(r[0], r[1])? as Word;
                Ok(())
            }
        ),
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
    table!(v, "Cc");
    v.extend(vec![
        pred!("func IsUpper(rune) bool", |c| is_in(t::LU, c)),
        pred!("func IsLower(rune) bool", |c| is_in(t::LL, c)),
        pred!("func IsTitle(rune) bool", |c| is_in(t::LT, c)),
        pred!("func IsLetter(rune) bool", is_letter),
        pred!("func IsDigit(rune) bool", is_digit),
        pred!("func IsNumber(rune) bool", |c| is_in(t::N, c)),
        pred!("func IsSpace(rune) bool", is_space),
        pred!("func IsPunct(rune) bool", |c| is_in(t::P, c)),
        pred!("func IsSymbol(rune) bool", |c| is_in(t::S, c)),
        pred!("func IsMark(rune) bool", |c| is_in(t::M, c)),
        pred!("func IsPrint(rune) bool", is_print),
        pred!("func IsGraphic(rune) bool", is_graphic),
        pred!("func IsControl(rune) bool", |c| is_in(t::CC, c)),
        map!("func ToUpper(rune) rune", case::to_upper),
        map!("func ToLower(rune) rune", case::to_lower),
        map!("func ToTitle(rune) rune", case::to_title),
        map!("func SimpleFold(rune) rune", case::simple_fold),
    ]);
    v
}
