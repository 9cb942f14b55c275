//! Package `unicode/utf8`: `RuneCountInString(s string) int`, `RuneCount(p []byte) int`,
//! `RuneLen(r rune) int`, `DecodeRuneInString(s string) (rune, int)`, `DecodeRune(p []byte)
//! (rune, int)`, `DecodeLastRuneInString`, `DecodeLastRune`, `EncodeRune(p []byte, r rune)
//! int`, `ValidString(s string) bool`, `Valid(p []byte) bool`, `ValidRune(r rune) bool`,
//! `AppendRune(p []byte, r rune) []byte`, `RuneStart(b byte) bool`, `FullRune(p []byte) bool`, `FullRuneInString`.

use crate::native;
use crate::util::{self, str_arg};
use runtime::heap::Word;
use vm::utf8::{decode_last_rune, decode_rune, full_rune, runes};
use vm::value;

fn rune_len(r: i64) -> i64 {
    match r {
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0xD800..=0xDFFF => -1,
        0x800..=0xFFFF => 3,
        0x10000..=0x10FFFF => 4,
        _ => -1,
    }
}

fn decoded(r: &mut [Word], (c, w): (char, usize)) {
    r[0] = c as u32 as Word;
    r[1] = w as Word;
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        native!("unicode/utf8", "RuneCountInString", 1, 1, |_, r| {
            r[0] = runes(str_arg(r[0])).count() as Word;
            Ok(())
        }),
        native!("unicode/utf8", "RuneCount", 1, 1, |_, r| {
            r[0] = runes(&util::byte_slice(r[0])).count() as Word;
            Ok(())
        }),
        native!("unicode/utf8", "RuneLen", 1, 1, |_, r| {
            r[0] = rune_len(r[0] as i32 as i64) as Word;
            Ok(())
        }),
        native!("unicode/utf8", "DecodeRuneInString", 1, 2, |_, r| {
            let d = decode_rune(str_arg(r[0]));
            decoded(r, d);
            Ok(())
        }),
        native!("unicode/utf8", "DecodeRune", 1, 2, |_, r| {
            let d = decode_rune(&util::byte_slice(r[0]));
            decoded(r, d);
            Ok(())
        }),
        native!("unicode/utf8", "DecodeLastRuneInString", 1, 2, |_, r| {
            let d = decode_last_rune(str_arg(r[0]));
            decoded(r, d);
            Ok(())
        }),
        native!("unicode/utf8", "DecodeLastRune", 1, 2, |_, r| {
            let d = decode_last_rune(&util::byte_slice(r[0]));
            decoded(r, d);
            Ok(())
        }),
        native!("unicode/utf8", "EncodeRune", 2, 1, |_, r| {
            let b = util::encode_rune(r[1] as i32 as i64);
            for (i, &c) in b.iter().enumerate() {
                value::slice_set(r[0], i as i64, c as Word, true)?;
            }
            r[0] = b.len() as Word;
            Ok(())
        }),
        native!("unicode/utf8", "AppendRune", 2, 1, |_, r| {
            r[0] = util::append_bytes(r[0], &util::encode_rune(r[1] as i32 as i64));
            Ok(())
        }),
        native!("unicode/utf8", "ValidString", 1, 1, |_, r| {
            r[0] = std::str::from_utf8(str_arg(r[0])).is_ok() as Word;
            Ok(())
        }),
        native!("unicode/utf8", "Valid", 1, 1, |_, r| {
            r[0] = std::str::from_utf8(&util::byte_slice(r[0])).is_ok() as Word;
            Ok(())
        }),
        native!("unicode/utf8", "ValidRune", 1, 1, |_, r| {
            r[0] = (rune_len(r[0] as i32 as i64) > 0) as Word;
            Ok(())
        }),
        native!("unicode/utf8", "RuneStart", 1, 1, |_, r| {
            r[0] = (r[0] as u8 & 0xC0 != 0x80) as Word;
            Ok(())
        }),
        native!("unicode/utf8", "FullRune", 1, 1, |_, r| {
            r[0] = full_rune(&util::byte_slice(r[0])) as Word;
            Ok(())
        }),
        native!("unicode/utf8", "FullRuneInString", 1, 1, |_, r| {
            r[0] = full_rune(str_arg(r[0])) as Word;
            Ok(())
        }),
    ]
}
