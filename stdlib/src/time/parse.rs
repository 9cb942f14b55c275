//! `time.Parse` / `ParseInLocation`: Go's layout parser over the same chunks as `Format`
//! (`next_std_chunk`), with go1.19's `*time.ParseError` contents.
//!
//! Invariants: parsing is pure (it returns the instant and how to place it, never allocates
//! Go values); every failure carries the five `ParseError` fields exactly as Go fills them.

use super::format::{is_digit, next_std_chunk, Std};
use super::zone::{days_in, is_leap, Zone};
use super::{days_from_civil, quote, DAYS, MONTHS};

/// Go's `*time.ParseError` fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub layout: Vec<u8>,
    pub value: Vec<u8>,
    pub layout_elem: Vec<u8>,
    pub value_elem: Vec<u8>,
    pub message: String,
}

impl ParseError {
    /// Go's `(*ParseError).Error`.
    pub fn text(&self) -> String {
        if self.message.is_empty() {
            format!(
                "parsing time {} as {}: cannot parse {} as {}",
                quote(&self.value),
                quote(&self.layout),
                quote(&self.value_elem),
                quote(&self.layout_elem)
            )
        } else {
            format!("parsing time {}{}", quote(&self.value), self.message)
        }
    }
}

/// Where a parsed time lies: the zone to give it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placed {
    /// Civil fields in the default location (`Date(…, loc)`).
    Default,
    /// Civil fields in UTC (`Z`, `UTC`).
    Utc,
    /// An explicit offset (seconds east) with an optional zone name: the local location when
    /// it agrees at that instant, else a fixed zone.
    Offset(i64, String),
    /// A zone abbreviation: the local location's zone of that name, else a fixed zone.
    Name(String),
}

/// A successful parse: civil fields and placement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub fields: [i64; 7],
    pub placed: Placed,
}

fn cutspace(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|&&c| c == b' ').count();
    &s[n..]
}

/// Go's `skip`: match the layout's literal text; spaces match any run of spaces.
fn skip<'a>(mut value: &'a [u8], mut prefix: &[u8]) -> Result<&'a [u8], &'a [u8]> {
    while let Some(&p) = prefix.first() {
        if p == b' ' {
            if value.first().is_some_and(|&c| c != b' ') {
                return Err(value);
            }
            prefix = cutspace(prefix);
            value = cutspace(value);
            continue;
        }
        if value.first() != Some(&p) {
            return Err(value);
        }
        prefix = &prefix[1..];
        value = &value[1..];
    }
    Ok(value)
}

/// Go's `lookup`: ASCII case-insensitive prefix match against a name table.
fn lookup<'a>(tab: &[&str], val: &'a [u8]) -> Option<(i64, &'a [u8])> {
    tab.iter().enumerate().find_map(|(i, v)| {
        let v = v.as_bytes();
        (val.len() >= v.len() && val[..v.len()].eq_ignore_ascii_case(v))
            .then(|| (i as i64, &val[v.len()..]))
    })
}

/// Go's `getnum`: one or two digits (exactly two when `fixed`).
fn getnum(s: &[u8], fixed: bool) -> Option<(i64, &[u8])> {
    if !is_digit(s, 0) {
        return None;
    }
    if !is_digit(s, 1) {
        if fixed {
            return None;
        }
        return Some(((s[0] - b'0') as i64, &s[1..]));
    }
    Some((((s[0] - b'0') * 10 + (s[1] - b'0')) as i64, &s[2..]))
}

/// Go's `getnum3`: up to three digits (exactly three when `fixed`).
fn getnum3(s: &[u8], fixed: bool) -> Option<(i64, &[u8])> {
    let mut n = 0;
    let mut i = 0;
    while i < 3 && is_digit(s, i) {
        n = n * 10 + (s[i] - b'0') as i64;
        i += 1;
    }
    if i == 0 || fixed && i != 3 {
        return None;
    }
    Some((n, &s[i..]))
}

/// Go's `leadingInt`: the leading decimal digits (None on overflow).
fn leading_int(s: &[u8]) -> Option<(i64, &[u8])> {
    let mut x: i64 = 0;
    let mut i = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        if x > i64::MAX / 10 {
            return None;
        }
        x = x * 10 + (s[i] - b'0') as i64;
        if x < 0 {
            return None;
        }
        i += 1;
    }
    Some((x, &s[i..]))
}

/// Go's `atoi`: an optionally signed decimal number filling all of `s`.
fn atoi(s: &[u8]) -> Option<i64> {
    let (neg, s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (q, rem) = leading_int(s)?;
    if !rem.is_empty() {
        return None;
    }
    Some(if neg { -q } else { q })
}

fn comma_or_period(c: u8) -> bool {
    c == b'.' || c == b','
}

/// Go's `parseNanoseconds`: `Err(true)` is a range error, `Err(false)` a syntax error.
fn parse_nanoseconds(value: &[u8], nbytes: usize) -> Result<i64, bool> {
    if !comma_or_period(value[0]) {
        return Err(false);
    }
    let nbytes = nbytes.min(10);
    let mut ns = atoi(&value[1..nbytes.min(value.len())]).ok_or(false)?;
    if ns < 0 {
        return Err(true);
    }
    for _ in 0..10 - nbytes {
        ns *= 10;
    }
    Ok(ns)
}

/// Go's `parseSignedOffset`: the length of a `+hh`/`-hh` prefix (0 if none).
fn parse_signed_offset(value: &[u8]) -> usize {
    if !matches!(value.first(), Some(b'-' | b'+')) {
        return 0;
    }
    match leading_int(&value[1..]) {
        Some((x, rem)) if rem.len() != value.len() - 1 && x <= 23 => value.len() - rem.len(),
        _ => 0,
    }
}

/// Go's `parseTimeZone`: the length of a zone abbreviation at the start of `value`.
fn parse_time_zone(value: &[u8]) -> Option<usize> {
    if value.len() < 3 {
        return None;
    }
    if value.starts_with(b"ChST") || value.starts_with(b"MeST") {
        return Some(4);
    }
    if value.starts_with(b"GMT") {
        return Some(3 + parse_signed_offset(&value[3..]));
    }
    if value[0] == b'+' || value[0] == b'-' {
        let n = parse_signed_offset(value);
        return (n > 0).then_some(n);
    }
    let upper = value
        .iter()
        .take(6)
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    match upper {
        5 if value[4] == b'T' => Some(5),
        4 if value[3] == b'T' || value.starts_with(b"WITA") => Some(4),
        3 => Some(3),
        _ => None,
    }
}

const DAYS_BEFORE: [i64; 13] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

/// Go's `parse` up to the choice of location.
pub fn parse(layout: &[u8], value: &[u8]) -> Result<Parsed, ParseError> {
    let err = |le: &[u8], ve: &[u8], msg: String| ParseError {
        layout: layout.to_vec(),
        value: value.to_vec(),
        layout_elem: le.to_vec(),
        value_elem: ve.to_vec(),
        message: msg,
    };
    let (mut am, mut pm) = (false, false);
    let (mut year, mut month, mut day, mut yday) = (0i64, -1i64, -1i64, -1i64);
    let (mut hour, mut min, mut sec, mut nsec) = (0i64, 0i64, 0i64, 0i64);
    let mut utc = false;
    let mut zone_offset: i64 = -1;
    let mut zone_name: Vec<u8> = Vec::new();
    let mut l = layout;
    let mut v = value;
    loop {
        let (prefix, std) = next_std_chunk(l);
        v = skip(v, prefix).map_err(|rest| err(prefix, rest, String::new()))?;
        let Some((std, len)) = std else {
            if !v.is_empty() {
                return Err(err(b"", v, format!(": extra text: {}", quote(v))));
            }
            break;
        };
        let stdstr = &l[prefix.len()..prefix.len() + len];
        l = &l[prefix.len() + len..];
        let hold = v;
        let mut range: Option<&str> = None;
        // `None` is Go's errBad for this chunk.
        let ok: Option<()> = (|| {
            match std {
                Std::Year => {
                    if v.len() < 2 {
                        return None;
                    }
                    year = atoi(&v[..2])?;
                    v = &v[2..];
                    year += if year >= 69 { 1900 } else { 2000 };
                }
                Std::LongYear => {
                    if v.len() < 4 || !is_digit(v, 0) {
                        return None;
                    }
                    year = atoi(&v[..4])?;
                    v = &v[4..];
                }
                Std::Month | Std::LongMonth => {
                    let short: Vec<&str> = MONTHS.iter().map(|m| &m[..3]).collect();
                    let tab: &[&str] = if std == Std::Month { &short } else { &MONTHS };
                    let (m, rest) = lookup(tab, v)?;
                    month = m + 1;
                    v = rest;
                }
                Std::NumMonth | Std::ZeroMonth => {
                    (month, v) = getnum(v, std == Std::ZeroMonth)?;
                    if !(1..=12).contains(&month) {
                        range = Some("month");
                    }
                }
                Std::WeekDay | Std::LongWeekDay => {
                    let short: Vec<&str> = DAYS.iter().map(|d| &d[..3]).collect();
                    let tab: &[&str] = if std == Std::WeekDay { &short } else { &DAYS };
                    v = lookup(tab, v)?.1;
                }
                Std::Day | Std::UnderDay | Std::ZeroDay => {
                    if std == Std::UnderDay && v.first() == Some(&b' ') {
                        v = &v[1..];
                    }
                    (day, v) = getnum(v, std == Std::ZeroDay)?;
                }
                Std::UnderYearDay | Std::ZeroYearDay => {
                    for _ in 0..2 {
                        if std == Std::UnderYearDay && v.first() == Some(&b' ') {
                            v = &v[1..];
                        }
                    }
                    (yday, v) = getnum3(v, std == Std::ZeroYearDay)?;
                }
                Std::Hour => {
                    (hour, v) = getnum(v, false)?;
                    if !(0..24).contains(&hour) {
                        range = Some("hour");
                    }
                }
                Std::Hour12 | Std::ZeroHour12 => {
                    (hour, v) = getnum(v, std == Std::ZeroHour12)?;
                    if !(0..=12).contains(&hour) {
                        range = Some("hour");
                    }
                }
                Std::Minute | Std::ZeroMinute => {
                    (min, v) = getnum(v, std == Std::ZeroMinute)?;
                    if !(0..60).contains(&min) {
                        range = Some("minute");
                    }
                }
                Std::Second | Std::ZeroSecond => {
                    (sec, v) = getnum(v, std == Std::ZeroSecond)?;
                    if !(0..60).contains(&sec) {
                        range = Some("second");
                        return Some(());
                    }
                    // A fraction in the value that the layout does not have.
                    if v.len() >= 2 && comma_or_period(v[0]) && is_digit(v, 1) {
                        if let (_, Some((Std::Frac(..), _))) = next_std_chunk(l) {
                            return Some(());
                        }
                        let mut n = 2;
                        while n < v.len() && is_digit(v, n) {
                            n += 1;
                        }
                        match parse_nanoseconds(v, n) {
                            Ok(ns) => nsec = ns,
                            Err(true) => range = Some("fractional second"),
                            Err(false) => return None,
                        }
                        v = &v[n..];
                    }
                }
                Std::PM | Std::Pm => {
                    if v.len() < 2 {
                        return None;
                    }
                    let (p, rest) = v.split_at(2);
                    let (am_text, pm_text): (&[u8], &[u8]) = if std == Std::PM {
                        (b"AM", b"PM")
                    } else {
                        (b"am", b"pm")
                    };
                    if p == pm_text {
                        pm = true;
                    } else if p == am_text {
                        am = true;
                    } else {
                        return None;
                    }
                    v = rest;
                }
                Std::Zone { iso, shape } => {
                    if iso && shape.len() <= 5 && v.first() == Some(&b'Z') {
                        v = &v[1..];
                        utc = true;
                        return Some(());
                    }
                    // (length, hour, minute, second) positions for each shape.
                    let (n, mpos, spos): (usize, Option<usize>, Option<usize>) = match shape {
                        "07:00" => (6, Some(4), None),
                        "07" => (3, None, None),
                        "07:00:00" => (9, Some(4), Some(7)),
                        "070000" => (7, Some(3), Some(5)),
                        _ => (5, Some(3), None),
                    };
                    if v.len() < n {
                        return None;
                    }
                    if shape.contains(':') && (v[3] != b':' || (n == 9 && v[6] != b':')) {
                        return None;
                    }
                    let two = |p: Option<usize>| match p {
                        None => Some(0),
                        Some(p) => getnum(&v[p..p + 2], true).map(|x| x.0),
                    };
                    let (hr, mm, ss) = (two(Some(1)), two(mpos), two(spos));
                    let sign = v[0];
                    v = &v[n..];
                    zone_offset = (hr? * 60 + mm?) * 60 + ss?;
                    match sign {
                        b'+' => {}
                        b'-' => zone_offset = -zone_offset,
                        _ => return None,
                    }
                }
                Std::TZ => {
                    if v.starts_with(b"UTC") {
                        utc = true;
                        v = &v[3..];
                        return Some(());
                    }
                    let n = parse_time_zone(v)?;
                    zone_name = v[..n].to_vec();
                    v = &v[n..];
                }
                Std::Frac(digits, true, _) => {
                    let ndigit = 1 + digits;
                    if v.len() < ndigit {
                        return None;
                    }
                    match parse_nanoseconds(v, ndigit) {
                        Ok(ns) => nsec = ns,
                        Err(true) => range = Some("fractional second"),
                        Err(false) => return None,
                    }
                    v = &v[ndigit..];
                }
                Std::Frac(_, false, _) => {
                    if v.len() < 2 || !comma_or_period(v[0]) || !v[1].is_ascii_digit() {
                        return Some(());
                    }
                    let mut i = 0;
                    while i < 9 && i + 1 < v.len() && v[i + 1].is_ascii_digit() {
                        i += 1;
                    }
                    match parse_nanoseconds(v, 1 + i) {
                        Ok(ns) => nsec = ns,
                        Err(true) => range = Some("fractional second"),
                        Err(false) => return None,
                    }
                    v = &v[1 + i..];
                }
            }
            Some(())
        })();
        if let Some(what) = range {
            return Err(err(stdstr, v, format!(": {what} out of range")));
        }
        if ok.is_none() {
            return Err(err(stdstr, hold, String::new()));
        }
    }
    if pm && hour < 12 {
        hour += 12;
    } else if am && hour == 12 {
        hour = 0;
    }
    if yday >= 0 {
        let (mut m, mut d) = (0, 0);
        if is_leap(year) {
            if yday == 31 + 29 {
                m = 2;
                d = 29;
            } else if yday > 31 + 29 {
                yday -= 1;
            }
        }
        if !(1..=365).contains(&yday) {
            return Err(err(b"", v, ": day-of-year out of range".into()));
        }
        if m == 0 {
            m = (yday - 1) / 31 + 1;
            if DAYS_BEFORE[m as usize] < yday {
                m += 1;
            }
            d = yday - DAYS_BEFORE[m as usize - 1];
        }
        if month >= 0 && month != m {
            return Err(err(b"", v, ": day-of-year does not match month".into()));
        }
        month = m;
        if day >= 0 && day != d {
            return Err(err(b"", v, ": day-of-year does not match day".into()));
        }
        day = d;
    } else {
        if month < 0 {
            month = 1;
        }
        if day < 0 {
            day = 1;
        }
    }
    if day < 1 || day > days_in(month, year) {
        return Err(err(b"", v, ": day out of range".into()));
    }
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let placed = if utc {
        Placed::Utc
    } else if zone_offset != -1 {
        Placed::Offset(zone_offset, text(&zone_name))
    } else if !zone_name.is_empty() {
        Placed::Name(text(&zone_name))
    } else {
        Placed::Default
    };
    Ok(Parsed {
        fields: [year, month, day, hour, min, sec, nsec],
        placed,
    })
}

/// Unix seconds of civil fields read as UTC.
pub fn utc_seconds(f: &[i64; 7]) -> i128 {
    let days = days_from_civil(f[0], f[1], f[2]) as i128;
    days * 86400 + f[3] as i128 * 3600 + f[4] as i128 * 60 + f[5] as i128
}

/// How a parsed time with an offset or zone name is located: `Ok(offset)` means in the
/// local location, `Err((name, offset))` a fixed zone; both with the UTC instant's seconds.
pub fn place_in_local(p: &Parsed, local: &Zone) -> (i128, Result<(), (String, i64)>) {
    let secs = utc_seconds(&p.fields);
    match &p.placed {
        Placed::Offset(off, name) => {
            let t = secs - *off as i128;
            let z = local.lookup(t as i64);
            if z.offset == *off && (name.is_empty() || z.name == *name) {
                (t, Ok(()))
            } else {
                (t, Err((name.clone(), *off)))
            }
        }
        Placed::Name(name) => match lookup_name(local, name, secs as i64) {
            Some(off) => (secs - off as i128, Ok(())),
            None => {
                let off = match name.strip_prefix("GMT") {
                    Some(rest) if !rest.is_empty() => atoi(rest.as_bytes()).unwrap_or(0) * 3600,
                    _ => 0,
                };
                (secs, Err((name.clone(), off)))
            }
        },
        Placed::Default | Placed::Utc => (secs, Ok(())),
    }
}

/// Go's `Location.lookupName`: the offset of zone abbreviation `name` around `unix`.
fn lookup_name(l: &Zone, name: &str, unix: i64) -> Option<i64> {
    for z in l.types.iter().filter(|z| z.name == name) {
        let at = l.lookup(unix - z.offset);
        if at.name == z.name {
            return Some(at.offset);
        }
    }
    l.types.iter().find(|z| z.name == name).map(|z| z.offset)
}
