//! UTF-8 decoding with Go's `unicode/utf8` semantics, the one copy every crate uses (`range`
//! over a string, strings, bytes, bufio, fmt, strconv).
//!
//! Invariants: an invalid or short encoding decodes as (U+FFFD, 1) — surrogates and overlong
//! forms included —, empty input as (U+FFFD, 0); `full_rune` says whether the bytes present
//! already decide the first rune (complete, or certainly invalid), as `utf8.FullRune`.

/// The length a valid encoding starting with `b0` has (0: `b0` starts none).
fn encoded_len(b0: u8) -> usize {
    match b0 {
        0x00..=0x7F => 1,
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => 0,
    }
}

/// Whether `b1` may follow `b0` (UTF-8's narrowed second-byte ranges, Go's `acceptRanges`).
fn valid_second(b0: u8, b1: u8) -> bool {
    match b0 {
        0xE0 => (0xA0..=0xBF).contains(&b1),
        0xED => (0x80..=0x9F).contains(&b1),
        0xF0 => (0x90..=0xBF).contains(&b1),
        0xF4 => (0x80..=0x8F).contains(&b1),
        _ => (0x80..=0xBF).contains(&b1),
    }
}

/// `utf8.DecodeRune`: the first rune of `b` and its width.
pub fn decode_rune(b: &[u8]) -> (char, usize) {
    let Some(&b0) = b.first() else {
        return ('\u{FFFD}', 0);
    };
    if b0 < 0x80 {
        return (b0 as char, 1);
    }
    let need = encoded_len(b0);
    if need == 0 || b.len() < need {
        return ('\u{FFFD}', 1);
    }
    match std::str::from_utf8(&b[..need]) {
        Ok(s) => (s.chars().next().unwrap_or('\u{FFFD}'), need),
        Err(_) => ('\u{FFFD}', 1),
    }
}

/// `utf8.DecodeLastRune`: the last rune of `b` and its width.
pub fn decode_last_rune(b: &[u8]) -> (char, usize) {
    if b.is_empty() {
        return ('\u{FFFD}', 0);
    }
    let end = b.len();
    let lim = end.saturating_sub(4);
    let mut start = end - 1;
    while start > lim && (b[start] & 0xC0) == 0x80 {
        start -= 1;
    }
    let (r, w) = decode_rune(&b[start..end]);
    if start + w != end {
        return ('\u{FFFD}', 1);
    }
    (r, w)
}

/// Iterates (byte offset, rune, width) as Go's `for i, r := range s`.
pub fn runes(b: &[u8]) -> impl Iterator<Item = (usize, char, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= b.len() {
            return None;
        }
        let (r, w) = decode_rune(&b[i..]);
        let at = i;
        i += w;
        Some((at, r, w))
    })
}

/// `utf8.FullRune`: whether `b` begins with a full encoding, or with bytes no encoding can
/// continue (then the rune is an error of width 1).
pub fn full_rune(b: &[u8]) -> bool {
    let Some(&b0) = b.first() else {
        return false;
    };
    let need = encoded_len(b0);
    if need == 0 || b.len() >= need {
        return true;
    }
    // Short: complete only if a byte present already makes it invalid.
    if b.len() > 1 && !valid_second(b0, b[1]) {
        return true;
    }
    b.len() > 2 && b[2] & 0xC0 != 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_rune_as_go() {
        // From Go's utf8.FullRune: a lone lead byte waits for more, a bad second byte decides.
        assert!(!full_rune(&[0xC2]));
        assert!(full_rune(&[0xC0]));
        assert!(!full_rune(&[0xE2, 0x82]));
        assert!(full_rune(&[0xE0, 0x80]));
        assert!(full_rune(&[0xED, 0xA0]));
        assert!(!full_rune(&[0xF0, 0x90, 0x80]));
        assert!(full_rune(&[0xF4, 0x90]));
        assert!(full_rune(b"a"));
        assert!(!full_rune(b""));
    }

    #[test]
    fn decode_as_go() {
        assert_eq!(decode_rune(b""), ('\u{FFFD}', 0));
        assert_eq!(decode_rune(&[0xED, 0xA0, 0x80]), ('\u{FFFD}', 1));
        assert_eq!(decode_rune("€x".as_bytes()), ('€', 3));
        assert_eq!(decode_last_rune("x€".as_bytes()), ('€', 3));
        assert_eq!(decode_last_rune(&[b'x', 0x82]), ('\u{FFFD}', 1));
    }
}
