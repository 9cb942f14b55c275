//! `Time.Format` and `Time.String`: Go's layout language (reference time
//! `Mon Jan 2 15:04:05 MST 2006`) parsed into chunks and rendered from a `Civil` time.
//!
//! Invariants: every layout is accepted (unknown text is copied literally, as Go does); a
//! time is rendered from its instant plus the zone (`ZoneAt`) its location has at that
//! instant, so every field is in local time of that zone.

use super::zone::ZoneAt;
use super::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Std {
    LongMonth,
    Month,
    NumMonth,
    ZeroMonth,
    LongWeekDay,
    WeekDay,
    Day,
    UnderDay,
    ZeroDay,
    UnderYearDay,
    ZeroYearDay,
    Hour,
    Hour12,
    ZeroHour12,
    Minute,
    ZeroMinute,
    Second,
    ZeroSecond,
    LongYear,
    Year,
    PM,
    Pm,
    TZ,
    /// Numeric zones: `Z…` (ISO 8601: `Z` for UTC) or `-…`, and the digits' shape (`0700`).
    Zone {
        iso: bool,
        shape: &'static str,
    },
    /// Fractional seconds: digits, trailing zeros kept (`.000`) or not (`.999`), separator.
    Frac(usize, bool, u8),
}

pub(crate) fn starts_with_lower(s: &[u8]) -> bool {
    s.first().is_some_and(|c| c.is_ascii_lowercase())
}

pub(crate) fn is_digit(s: &[u8], i: usize) -> bool {
    s.get(i).is_some_and(|c| c.is_ascii_digit())
}

/// The zone layouts after their `-` or `Z`, longest first (`0700` must not match as `07`).
const ZONE_LAYOUTS: [&str; 5] = ["070000", "07:00:00", "0700", "07:00", "07"];

/// Go's `nextStdChunk`: (prefix, std, suffix).
pub(crate) fn next_std_chunk(layout: &[u8]) -> (&[u8], Option<(Std, usize)>) {
    let l = layout;
    let has = |i: usize, p: &str| l[i..].starts_with(p.as_bytes());
    for i in 0..l.len() {
        let found: Option<(Std, usize)> = match l[i] {
            b'J' => {
                if has(i, "January") {
                    Some((Std::LongMonth, 7))
                } else if has(i, "Jan") && !starts_with_lower(&l[i + 3..]) {
                    Some((Std::Month, 3))
                } else {
                    None
                }
            }
            b'M' => {
                if has(i, "Monday") {
                    Some((Std::LongWeekDay, 6))
                } else if has(i, "Mon") && !starts_with_lower(&l[i + 3..]) {
                    Some((Std::WeekDay, 3))
                } else if has(i, "MST") {
                    Some((Std::TZ, 3))
                } else {
                    None
                }
            }
            b'0' => {
                if l.len() >= i + 2 && (b'1'..=b'6').contains(&l[i + 1]) {
                    Some((
                        [
                            Std::ZeroMonth,
                            Std::ZeroDay,
                            Std::ZeroHour12,
                            Std::ZeroMinute,
                            Std::ZeroSecond,
                            Std::Year,
                        ][(l[i + 1] - b'1') as usize],
                        2,
                    ))
                } else if has(i, "002") {
                    Some((Std::ZeroYearDay, 3))
                } else {
                    None
                }
            }
            b'1' => {
                if has(i, "15") {
                    Some((Std::Hour, 2))
                } else {
                    Some((Std::NumMonth, 1))
                }
            }
            b'2' => {
                if has(i, "2006") {
                    Some((Std::LongYear, 4))
                } else {
                    Some((Std::Day, 1))
                }
            }
            b'_' => {
                if has(i, "_2") {
                    if has(i, "_2006") {
                        // `_` then the year: a literal underscore.
                        return (&l[..i + 1], Some((Std::LongYear, 4)));
                    }
                    Some((Std::UnderDay, 2))
                } else if has(i, "__2") {
                    Some((Std::UnderYearDay, 3))
                } else {
                    None
                }
            }
            b'3' => Some((Std::Hour12, 1)),
            b'4' => Some((Std::Minute, 1)),
            b'5' => Some((Std::Second, 1)),
            b'P' => has(i, "PM").then_some((Std::PM, 2)),
            b'p' => has(i, "pm").then_some((Std::Pm, 2)),
            b'-' | b'Z' => ZONE_LAYOUTS
                .iter()
                .find(|shape| l[i + 1..].starts_with(shape.as_bytes()))
                .map(|&shape| {
                    let iso = l[i] == b'Z';
                    (Std::Zone { iso, shape }, shape.len() + 1)
                }),
            c @ (b'.' | b',') => {
                if i + 1 < l.len() && (l[i + 1] == b'0' || l[i + 1] == b'9') {
                    let ch = l[i + 1];
                    let mut j = i + 1;
                    while j < l.len() && l[j] == ch {
                        j += 1;
                    }
                    if !is_digit(l, j) {
                        Some((Std::Frac(j - (i + 1), ch == b'0', c), j - i))
                    } else {
                        None
                    }
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some(f) = found {
            return (&l[..i], Some(f));
        }
    }
    (l, None)
}

pub(crate) fn pad(out: &mut String, v: i64, width: usize) {
    if v < 0 {
        out.push('-');
        out.push_str(&format!("{:0width$}", -(v as i128), width = width));
    } else {
        out.push_str(&format!("{v:0width$}"));
    }
}

/// Go's rendering of a zone offset (seconds east of UTC) in a numeric layout shape.
fn push_offset(out: &mut String, offset: i64, shape: &str) {
    let zone = offset / 60;
    out.push(if zone < 0 { '-' } else { '+' });
    let (zone, secs) = (zone.abs(), offset.abs() % 60);
    let colon = shape.contains(':');
    pad(out, zone / 60, 2);
    if shape.len() > 2 {
        if colon {
            out.push(':');
        }
        pad(out, zone % 60, 2);
    }
    if shape.len() == 6 || shape.len() == 8 {
        if colon {
            out.push(':');
        }
        pad(out, secs, 2);
    }
}

/// Go's `Time.Format` of instant `ns` in zone `z`.
pub fn format(ns: i128, z: &ZoneAt, layout: &[u8]) -> String {
    let c = civil(ns + z.offset as i128 * 1_000_000_000);
    let mut out = String::new();
    let mut l = layout;
    loop {
        let (prefix, std) = next_std_chunk(l);
        out.push_str(&String::from_utf8_lossy(prefix));
        let Some((std, len)) = std else { break };
        l = &l[prefix.len() + len..];
        match std {
            Std::Year => pad(&mut out, c.year.rem_euclid(100), 2),
            Std::LongYear => pad(&mut out, c.year, 4),
            Std::Month => out.push_str(&MONTHS[c.month as usize - 1][..3]),
            Std::LongMonth => out.push_str(MONTHS[c.month as usize - 1]),
            Std::NumMonth => pad(&mut out, c.month, 0),
            Std::ZeroMonth => pad(&mut out, c.month, 2),
            Std::WeekDay => out.push_str(&DAYS[c.weekday as usize][..3]),
            Std::LongWeekDay => out.push_str(DAYS[c.weekday as usize]),
            Std::Day => pad(&mut out, c.day, 0),
            Std::UnderDay => {
                if c.day < 10 {
                    out.push(' ');
                }
                pad(&mut out, c.day, 0)
            }
            Std::ZeroDay => pad(&mut out, c.day, 2),
            Std::UnderYearDay => {
                if c.yday < 100 {
                    out.push(' ');
                    if c.yday < 10 {
                        out.push(' ');
                    }
                }
                pad(&mut out, c.yday, 0)
            }
            Std::ZeroYearDay => pad(&mut out, c.yday, 3),
            Std::Hour => pad(&mut out, c.hour, 2),
            Std::Hour12 | Std::ZeroHour12 => {
                let mut hr = c.hour % 12;
                if hr == 0 {
                    hr = 12;
                }
                pad(&mut out, hr, if std == Std::Hour12 { 0 } else { 2 })
            }
            Std::Minute => pad(&mut out, c.minute, 0),
            Std::ZeroMinute => pad(&mut out, c.minute, 2),
            Std::Second => pad(&mut out, c.second, 0),
            Std::ZeroSecond => pad(&mut out, c.second, 2),
            Std::PM => out.push_str(if c.hour >= 12 { "PM" } else { "AM" }),
            Std::Pm => out.push_str(if c.hour >= 12 { "pm" } else { "am" }),
            Std::TZ if !z.name.is_empty() => out.push_str(&z.name),
            Std::TZ => push_offset(&mut out, z.offset, "0700"),
            Std::Zone { iso: true, .. } if z.offset == 0 => out.push('Z'),
            Std::Zone { shape, .. } => push_offset(&mut out, z.offset, shape),
            Std::Frac(n, keep_zeros, sep) => {
                let digits = format!("{:09}", c.nanosecond);
                let mut frac = &digits[..n.min(9)];
                if !keep_zeros {
                    frac = frac.trim_end_matches('0');
                    if frac.is_empty() {
                        continue;
                    }
                }
                out.push(sep as char);
                out.push_str(frac);
                if keep_zeros && n > 9 {
                    out.push_str(&"0".repeat(n - 9));
                }
            }
        }
    }
    out
}

/// Go's `Time.String` (without the monotonic `m=` suffix).
pub fn time_string(ns: i128, z: &ZoneAt) -> String {
    format(ns, z, b"2006-01-02 15:04:05.999999999 -0700 MST")
}
