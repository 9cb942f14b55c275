//! Time zones: Go's `Location` model (zone types, transitions, and the POSIX TZ "extend"
//! string that covers instants after the last transition), read from TZif files.
//!
//! Invariants:
//! - A `Zone` always answers `lookup`: no zone types means UTC; instants before the first
//!   transition use Go's `lookupFirstZone` choice; after the last one the extend rule applies
//!   when it parses, else the last transition's type.
//! - Zones are immutable once built and shared as `Arc`s (a `*time.Location` is a one-word
//!   struct holding a native object with the `Arc`, see `location_obj`).
//! - `local()` is decided once per process as Go's `initLocal`: `TZ` unset → `/etc/localtime`
//!   named `Local`; `TZ=""` → UTC; `TZ=[:]/abs/path` → that file, named by the path
//!   (`Local` for `/etc/localtime`); `TZ=[:]Name` → the zoneinfo `Name`; anything that fails
//!   to load → UTC named `UTC`.

use std::sync::{Arc, OnceLock};

pub const ALPHA: i64 = i64::MIN;
pub const OMEGA: i64 = i64::MAX;
const SECONDS_PER_DAY: i64 = 86400;

#[derive(Debug, Clone)]
pub struct ZoneType {
    pub name: String,
    pub offset: i64,
    pub is_dst: bool,
}

#[derive(Debug, Clone)]
pub struct Zone {
    pub name: String,
    pub types: Vec<ZoneType>,
    /// (Unix second the transition happens, index into `types`), ascending.
    pub tx: Vec<(i64, usize)>,
    pub extend: String,
}

/// The zone in effect at an instant and the range `[start, end)` it is known to hold for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneAt {
    pub name: String,
    pub offset: i64,
    pub start: i64,
    pub end: i64,
    pub is_dst: bool,
}

impl Zone {
    pub fn utc(name: &str) -> Zone {
        Zone {
            name: name.into(),
            types: Vec::new(),
            tx: Vec::new(),
            extend: String::new(),
        }
    }

    /// Go's `FixedZone`.
    pub fn fixed(name: &str, offset: i64) -> Zone {
        Zone {
            name: name.into(),
            types: vec![ZoneType {
                name: name.into(),
                offset,
                is_dst: false,
            }],
            tx: vec![(ALPHA, 0)],
            extend: String::new(),
        }
    }

    /// Go's `Location.lookup` for Unix second `sec`.
    pub fn lookup(&self, sec: i64) -> ZoneAt {
        let at = |z: &ZoneType, start, end| ZoneAt {
            name: z.name.clone(),
            offset: z.offset,
            start,
            end,
            is_dst: z.is_dst,
        };
        if self.types.is_empty() {
            return ZoneAt {
                name: "UTC".into(),
                offset: 0,
                start: ALPHA,
                end: OMEGA,
                is_dst: false,
            };
        }
        if self.tx.is_empty() || sec < self.tx[0].0 {
            let end = self.tx.first().map_or(OMEGA, |t| t.0);
            return at(&self.types[self.first_zone()], ALPHA, end);
        }
        let (mut lo, mut hi, mut end) = (0, self.tx.len(), OMEGA);
        while hi - lo > 1 {
            let m = lo + (hi - lo) / 2;
            if sec < self.tx[m].0 {
                end = self.tx[m].0;
                hi = m;
            } else {
                lo = m;
            }
        }
        let (start, index) = self.tx[lo];
        if lo == self.tx.len() - 1 && !self.extend.is_empty() {
            if let Some(z) = tzset(&self.extend, start, sec) {
                return z;
            }
        }
        at(&self.types[index], start, end)
    }

    /// Go's `lookupFirstZone`: the type for instants before the first transition.
    fn first_zone(&self) -> usize {
        if !self.tx.iter().any(|t| t.1 == 0) {
            return 0;
        }
        if let Some(&(_, first)) = self.tx.first() {
            if self.types[first].is_dst {
                if let Some(zi) = (0..first).rev().find(|&zi| !self.types[zi].is_dst) {
                    return zi;
                }
            }
        }
        self.types.iter().position(|z| !z.is_dst).unwrap_or(0)
    }
}

// ---------------------------------------------------------------- TZif

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn read(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.0.len() {
            return None;
        }
        let (a, b) = self.0.split_at(n);
        self.0 = b;
        Some(a)
    }
    fn big4(&mut self) -> Option<u32> {
        self.read(4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn big8(&mut self) -> Option<i64> {
        let b = self.read(8)?;
        Some(i64::from_be_bytes(b.try_into().ok()?))
    }
    fn byte(&mut self) -> Option<u8> {
        self.read(1).map(|b| b[0])
    }
}

/// Go's `LoadLocationFromTZData`: `None` is `malformed time zone information`.
pub fn parse_tzif(name: &str, data: &[u8]) -> Option<Zone> {
    let mut d = Reader(data);
    // Header: magic, version, 15 reserved bytes, six counts (isut, isstd, leap, time,
    // type, char).
    let header = |d: &mut Reader| -> Option<(u8, [usize; 6])> {
        if d.read(4)? != b"TZif" {
            return None;
        }
        let p = d.read(16)?;
        if p[0] != 0 && p[0] != b'2' && p[0] != b'3' {
            return None;
        }
        let mut n = [0usize; 6];
        for c in &mut n {
            *c = d.big4()? as usize;
        }
        Some((p[0], n))
    };
    let (version, mut n) = header(&mut d)?;
    let [isut, isstd, leap, time, types, chars] = [0, 1, 2, 3, 4, 5];
    let is64 = version > 1;
    if is64 {
        let skip =
            n[time] * 4 + n[time] + n[types] * 6 + n[chars] + n[leap] * 8 + n[isstd] + n[isut];
        d.read(skip)?;
        let (_, n2) = header(&mut d)?;
        n = n2;
    }
    let size = if is64 { 8 } else { 4 };
    let mut whens = Reader(d.read(n[time] * size)?);
    let indexes = d.read(n[time])?;
    let mut zonedata = Reader(d.read(n[types] * 6)?);
    let abbrev = d.read(n[chars])?;
    d.read(n[leap] * (size + 4))?;
    d.read(n[isstd])?;
    d.read(n[isut])?;
    let mut extend = String::new();
    if is64 && d.0.len() > 2 && d.0[0] == b'\n' && d.0[d.0.len() - 1] == b'\n' {
        extend = String::from_utf8_lossy(&d.0[1..d.0.len() - 1]).into_owned();
    }
    if n[types] == 0 {
        return None;
    }
    let mut zone_types = Vec::with_capacity(n[types]);
    for _ in 0..n[types] {
        let offset = zonedata.big4()? as i32 as i64;
        let is_dst = zonedata.byte()? != 0;
        let b = zonedata.byte()? as usize;
        if b >= abbrev.len() {
            return None;
        }
        let rest = &abbrev[b..];
        let end = rest.iter().position(|&c| c == 0).unwrap_or(rest.len());
        zone_types.push(ZoneType {
            name: String::from_utf8_lossy(&rest[..end]).into_owned(),
            offset,
            is_dst,
        });
    }
    let mut tx = Vec::with_capacity(n[time]);
    for &index in indexes {
        let when = if is64 {
            whens.big8()?
        } else {
            whens.big4()? as i32 as i64
        };
        if index as usize >= zone_types.len() {
            return None;
        }
        tx.push((when, index as usize));
    }
    if tx.is_empty() {
        // A fixed zone such as Etc/GMT+5: one transition covering all time.
        tx.push((ALPHA, 0));
    }
    Some(Zone {
        name: name.into(),
        types: zone_types,
        tx,
        extend,
    })
}

// ---------------------------------------------------------------- loading

/// Go's zoneinfo directories on Unix.
const ZONE_SOURCES: [&str; 3] = [
    "/usr/share/zoneinfo/",
    "/usr/share/lib/zoneinfo/",
    "/usr/lib/locale/TZ/",
];

/// Why a zone file could not be used: missing (try the next source) or an error Go reports.
enum LoadErr {
    NotFound,
    Other(String),
}

fn read_zone_file(path: &str, name: &str) -> Result<Zone, LoadErr> {
    let data = std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => LoadErr::NotFound,
        _ => LoadErr::Other(errno_text(&e)),
    })?;
    parse_tzif(name, &data).ok_or_else(|| LoadErr::Other("malformed time zone information".into()))
}

/// Go's `syscall.Errno` text for an I/O error.
fn errno_text(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(21) => "is a directory".into(),
        Some(13) => "permission denied".into(),
        Some(20) => "not a directory".into(),
        _ => {
            let s = e.to_string();
            let s = s.split(" (os error").next().unwrap_or(&s).to_string();
            let mut c = s.chars();
            c.next()
                .map_or(s.clone(), |f| f.to_lowercase().chain(c).collect())
        }
    }
}

/// Go's `loadLocation(name, sources)`.
fn load_from(name: &str, sources: &[&str]) -> Result<Zone, String> {
    let mut first_err = None;
    for src in sources {
        match read_zone_file(&format!("{src}{name}"), name) {
            Ok(z) => return Ok(z),
            Err(LoadErr::Other(e)) => {
                first_err.get_or_insert(e);
            }
            Err(LoadErr::NotFound) => {}
        }
    }
    Err(first_err.unwrap_or_else(|| format!("unknown time zone {name}")))
}

/// What `LoadLocation` found: `Utc`/`Local` are Go's singletons.
pub enum Loaded {
    Utc,
    Local,
    Zone(Zone),
}

/// Go's `LoadLocation` (`ZONEINFO` first, then the system zoneinfo directories).
pub fn load_location(name: &str) -> Result<Loaded, String> {
    match name {
        "" | "UTC" => return Ok(Loaded::Utc),
        "Local" => return Ok(Loaded::Local),
        _ => {}
    }
    if name.contains("..") || name.starts_with('/') || name.starts_with('\\') {
        return Err("time: invalid location name".into());
    }
    let mut first_err = None;
    let dir = std::env::var("ZONEINFO").unwrap_or_default();
    if !dir.is_empty() {
        match read_zone_file(&format!("{dir}/{name}"), name) {
            Ok(z) => return Ok(Loaded::Zone(z)),
            Err(LoadErr::Other(e)) => first_err = Some(e),
            Err(LoadErr::NotFound) => {}
        }
    }
    match load_from(name, &ZONE_SOURCES) {
        Ok(z) => Ok(Loaded::Zone(z)),
        Err(e) => Err(first_err.unwrap_or(e)),
    }
}

/// The process's `time.Local` zone (Go's `initLocal`), decided once.
pub fn local() -> Arc<Zone> {
    static LOCAL: OnceLock<Arc<Zone>> = OnceLock::new();
    LOCAL
        .get_or_init(|| {
            let found = match std::env::var_os("TZ") {
                None => load_from("localtime", &["/etc/"]).ok().map(|mut z| {
                    z.name = "Local".into();
                    z
                }),
                Some(tz) => {
                    let tz = tz.to_string_lossy().into_owned();
                    let tz = tz.strip_prefix(':').unwrap_or(&tz);
                    if tz.starts_with('/') {
                        load_from(tz, &[""]).ok().map(|mut z| {
                            if tz == "/etc/localtime" {
                                z.name = "Local".into();
                            }
                            z
                        })
                    } else if !tz.is_empty() && tz != "UTC" {
                        load_from(tz, &ZONE_SOURCES).ok()
                    } else {
                        None
                    }
                }
            };
            Arc::new(found.unwrap_or_else(|| Zone::utc("UTC")))
        })
        .clone()
}

// ---------------------------------------------------------------- POSIX TZ rules

/// Go's `tzset`: the zone at `sec` from a TZ rule string such as `EST5EDT,M3.2.0,M11.1.0`;
/// `last_tx` is the last transition (the start when the rule has no DST).
pub fn tzset(s: &str, last_tx: i64, sec: i64) -> Option<ZoneAt> {
    let s = s.as_bytes();
    let (mut std_name, s) = tzset_name(s)?;
    let (off, s) = tzset_offset(s)?;
    let mut std_off = -off;
    if s.is_empty() || s[0] == b',' {
        return Some(ZoneAt {
            name: std_name,
            offset: std_off,
            start: last_tx,
            end: OMEGA,
            is_dst: false,
        });
    }
    let (mut dst_name, mut s) = tzset_name(s)?;
    let mut dst_off = if s.is_empty() || s[0] == b',' {
        std_off + 3600
    } else {
        let (o, rest) = tzset_offset(s)?;
        s = rest;
        -o
    };
    if s.is_empty() {
        s = b",M3.2.0,M11.1.0";
    }
    if s[0] != b',' && s[0] != b';' {
        return None;
    }
    let (start_rule, s) = tzset_rule(&s[1..])?;
    if s.first() != Some(&b',') {
        return None;
    }
    let (end_rule, s) = tzset_rule(&s[1..])?;
    if !s.is_empty() {
        return None;
    }
    let c = super::civil(sec as i128 * 1_000_000_000);
    let year = c.year;
    let ysec = (c.yday - 1) * SECONDS_PER_DAY + sec % SECONDS_PER_DAY;
    let abs = super::days_from_civil(year, 1, 1) * SECONDS_PER_DAY;
    let mut start = rule_time(year, start_rule, std_off);
    let mut end = rule_time(year, end_rule, dst_off);
    let (mut dst_is_dst, mut std_is_dst) = (true, false);
    if end < start {
        std::mem::swap(&mut start, &mut end);
        std::mem::swap(&mut std_name, &mut dst_name);
        std::mem::swap(&mut std_off, &mut dst_off);
        std::mem::swap(&mut std_is_dst, &mut dst_is_dst);
    }
    let at = |name: String, offset, start, end, is_dst| ZoneAt {
        name,
        offset,
        start,
        end,
        is_dst,
    };
    Some(if ysec < start {
        at(std_name, std_off, abs, start + abs, std_is_dst)
    } else if ysec >= end {
        at(
            std_name,
            std_off,
            end + abs,
            abs + 365 * SECONDS_PER_DAY,
            std_is_dst,
        )
    } else {
        at(dst_name, dst_off, start + abs, end + abs, dst_is_dst)
    })
}

fn tzset_name(s: &[u8]) -> Option<(String, &[u8])> {
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    if s.is_empty() {
        return None;
    }
    if s[0] != b'<' {
        match s
            .iter()
            .position(|c| c.is_ascii_digit() || matches!(c, b',' | b'-' | b'+'))
        {
            Some(i) if i < 3 => None,
            Some(i) => Some((text(&s[..i]), &s[i..])),
            None if s.len() < 3 => None,
            None => Some((text(s), &s[s.len()..])),
        }
    } else {
        let i = s.iter().position(|&c| c == b'>')?;
        Some((text(&s[1..i]), &s[i + 1..]))
    }
}

fn tzset_offset(s: &[u8]) -> Option<(i64, &[u8])> {
    let (neg, s) = match s.first()? {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let (hours, mut s) = tzset_num(s, 0, 24 * 7)?;
    let mut off = hours * 3600;
    for unit in [60, 1] {
        if s.first() != Some(&b':') {
            break;
        }
        let (v, rest) = tzset_num(&s[1..], 0, 59)?;
        off += v * unit;
        s = rest;
    }
    Some((if neg { -off } else { off }, s))
}

#[derive(Clone, Copy)]
enum Rule {
    Julian(i64),
    Doy(i64),
    MonthWeekDay { mon: i64, week: i64, day: i64 },
}

fn tzset_rule(s: &[u8]) -> Option<((Rule, i64), &[u8])> {
    let (rule, s) = match s.first()? {
        b'J' => {
            let (d, s) = tzset_num(&s[1..], 1, 365)?;
            (Rule::Julian(d), s)
        }
        b'M' => {
            let (mon, s) = tzset_num(&s[1..], 1, 12)?;
            let s = s.strip_prefix(b".")?;
            let (week, s) = tzset_num(s, 1, 5)?;
            let s = s.strip_prefix(b".")?;
            let (day, s) = tzset_num(s, 0, 6)?;
            (Rule::MonthWeekDay { mon, week, day }, s)
        }
        _ => {
            let (d, s) = tzset_num(s, 0, 365)?;
            (Rule::Doy(d), s)
        }
    };
    if s.first() != Some(&b'/') {
        return Some(((rule, 2 * 3600), s));
    }
    let (time, s) = tzset_offset(&s[1..])?;
    Some(((rule, time), s))
}

fn tzset_num(s: &[u8], min: i64, max: i64) -> Option<(i64, &[u8])> {
    let mut num = 0;
    for (i, &c) in s.iter().enumerate() {
        if !c.is_ascii_digit() {
            if i == 0 || num < min {
                return None;
            }
            return Some((num, &s[i..]));
        }
        num = num * 10 + (c - b'0') as i64;
        if num > max {
            return None;
        }
    }
    if s.is_empty() || num < min {
        return None;
    }
    Some((num, &s[s.len()..]))
}

pub fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub fn days_in(month: i64, year: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Go's `tzruleTime`: seconds after the start of `year` (local standard time `off`) at which
/// the rule fires.
fn rule_time(year: i64, (rule, time): (Rule, i64), off: i64) -> i64 {
    let s = match rule {
        Rule::Julian(day) => {
            let mut s = (day - 1) * SECONDS_PER_DAY;
            if is_leap(year) && day >= 60 {
                s += SECONDS_PER_DAY;
            }
            s
        }
        Rule::Doy(day) => day * SECONDS_PER_DAY,
        Rule::MonthWeekDay { mon, week, day } => {
            // Weekday of the month's first day, then the week-th `day` in it.
            let first = super::days_from_civil(year, mon, 1);
            let dow = (first + 4).rem_euclid(7);
            let mut d = day - dow;
            if d < 0 {
                d += 7;
            }
            for _ in 1..week {
                if d + 7 >= days_in(mon, year) {
                    break;
                }
                d += 7;
            }
            (first - super::days_from_civil(year, 1, 1) + d) * SECONDS_PER_DAY
        }
    };
    s + time - off
}
