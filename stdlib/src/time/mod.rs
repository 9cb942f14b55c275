//! Package `time`.
//!
//! - `Duration` (int64 nanoseconds): `String` (Go's exact format: `1.5s`, `150ms`, `2m0s`,
//!   `1h0m0s`, `0s`, `1µs`), `Seconds`, `Minutes`, `Hours`, `Milliseconds`, `Microseconds`,
//!   `Nanoseconds`, `Round`, `Truncate`; `ParseDuration`.
//! - `Month`, `Weekday` with `String`.
//! - `Time`: the checker's struct `{impl uintptr}`; its one word holds the instant as Unix
//!   nanoseconds in offset form (see `instant_words`: seconds since January 1, year 1 UTC
//!   and nanoseconds, so zero words are the zero `Time`; Go's whole range is exact), plus
//!   its location (`location`). `Now` reads
//!   a wall clock advanced by the monotonic clock (so `Sub`/`Since` are monotonic); zones
//!   come from TZif files (`zone`). Methods: `Sub`, `Add`, `Before`, `After`,
//!   `Equal`, `Unix`, `UnixNano`, `UnixMilli`, `Format` (Go's layout language), `String`,
//!   `Year`, `Month`, `Day`, `Hour`, `Minute`, `Second`, `Nanosecond`, `Weekday`, `IsZero`,
//!   `UTC`, `Local`, `Location`; functions `Now`, `Since`, `Until`, `Unix`, `Date`.
//! - `*Location` values (`time.UTC`, `time.Local`) are fresh one-word objects naming the zone
//!   (both behave as UTC), so two evaluations of `time.UTC` are not the same pointer.
//! - `Sleep` parks the goroutine without its native stack (`runtime::sleep_start`, then
//!   `NativeCtx::block`).
//! - `NewTimer`, `After`: a channel of capacity 1 and a runtime timer callback that does a
//!   non-blocking send of the fire time. The `Time` value it sends is allocated when the timer
//!   is armed (the callback runs on the monitor thread, outside any goroutine, so it does not
//!   allocate) and kept alive by the timer's root.
//! - `NewTicker`, `Tick`, `AfterFunc`: a *helper goroutine* (a `runtime::Task` of this module,
//!   not VM code) that parks on a timer callback and, when it fires, sends the tick (ticker) or
//!   starts `f` as a new VM goroutine (`AfterFunc`). Timer callbacks cannot re-arm timers or
//!   start goroutines, a goroutine can. Helpers are not counted by `runtime.NumGoroutine`
//!   ([`helper_goroutines`]). `Stop`/`Reset` cancel the pending callback and wake the helper.

pub(crate) mod format;
pub(crate) mod location;
mod parse;
mod timers;
pub mod zone;

pub use format::*;
pub use location::*;
pub use parse::*;
pub use timers::*;

use crate::sync::string_panic;
use crate::util;
use crate::{declare, native};
use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use runtime::{GoroutineInfo, GoroutineRef, Task, TaskExit, WaitReason};
use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering::{Acquire, Release, SeqCst};
use std::sync::{Arc, OnceLock};
use std::time::{Duration as StdDuration, Instant, SystemTime, UNIX_EPOCH};
use vm::native::{NativeCtx, Panic};
use vm::program::Program;

// ---------------------------------------------------------------- Duration

pub const NANOSECOND: i64 = 1;
pub const MICROSECOND: i64 = 1000;
pub const MILLISECOND: i64 = 1_000_000;
pub const SECOND: i64 = 1_000_000_000;
pub const MINUTE: i64 = 60 * SECOND;
pub const HOUR: i64 = 60 * MINUTE;

/// Go's `Duration.String`.
pub fn duration_string(d: i64) -> String {
    let neg = d < 0;
    let mut u = (d as u64).wrapping_neg();
    if !neg {
        u = d as u64;
    }
    // Built backwards, as Go does.
    let mut buf: Vec<u8> = Vec::with_capacity(32);
    if u < SECOND as u64 {
        let prec;
        buf.push(b's');
        if u == 0 {
            return "0s".into();
        } else if u < MICROSECOND as u64 {
            prec = 0;
            buf.push(b'n');
        } else if u < MILLISECOND as u64 {
            prec = 3;
            // "µ" (U+00B5) reversed.
            buf.push(0xB5);
            buf.push(0xC2);
        } else {
            prec = 6;
            buf.push(b'm');
        }
        u = fmt_frac(&mut buf, u, prec);
        fmt_int(&mut buf, u);
    } else {
        buf.push(b's');
        u = fmt_frac(&mut buf, u, 9);
        fmt_int(&mut buf, u % 60);
        u /= 60;
        if u > 0 {
            buf.push(b'm');
            fmt_int(&mut buf, u % 60);
            u /= 60;
            if u > 0 {
                buf.push(b'h');
                fmt_int(&mut buf, u);
            }
        }
    }
    if neg {
        buf.push(b'-');
    }
    buf.reverse();
    String::from_utf8(buf).expect("ASCII and µ")
}

/// Appends (reversed) the fraction of `v / 10^prec`, dropping trailing zeros; returns the
/// integer part.
fn fmt_frac(buf: &mut Vec<u8>, mut v: u64, prec: usize) -> u64 {
    let mut print = false;
    for _ in 0..prec {
        let digit = v % 10;
        print = print || digit != 0;
        if print {
            buf.push(digit as u8 + b'0');
        }
        v /= 10;
    }
    if print {
        buf.push(b'.');
    }
    v
}

fn fmt_int(buf: &mut Vec<u8>, mut v: u64) {
    if v == 0 {
        buf.push(b'0');
    } else {
        while v > 0 {
            buf.push((v % 10) as u8 + b'0');
            v /= 10;
        }
    }
}

pub fn duration_round(d: i64, m: i64) -> i64 {
    if m <= 0 {
        return d;
    }
    let mut r = d % m;
    let less_than_half = |x: i64, y: i64| (x as u64).wrapping_add(x as u64) < y as u64;
    if d < 0 {
        r = -r;
        if less_than_half(r, m) {
            return d + r;
        }
        let d1 = d.wrapping_sub(m).wrapping_add(r);
        if d1 < d {
            return d1;
        }
        return i64::MIN;
    }
    if less_than_half(r, m) {
        return d - r;
    }
    let d1 = d.wrapping_add(m).wrapping_sub(r);
    if d1 > d {
        return d1;
    }
    i64::MAX
}

pub fn duration_truncate(d: i64, m: i64) -> i64 {
    if m <= 0 {
        d
    } else {
        d - d % m
    }
}

pub fn seconds(d: i64) -> f64 {
    let sec = d / SECOND;
    let nsec = d % SECOND;
    sec as f64 + nsec as f64 / 1e9
}

pub fn minutes(d: i64) -> f64 {
    let min = d / MINUTE;
    let nsec = d % MINUTE;
    min as f64 + nsec as f64 / (60.0 * 1e9)
}

pub fn hours(d: i64) -> f64 {
    let hour = d / HOUR;
    let nsec = d % HOUR;
    hour as f64 + nsec as f64 / (60.0 * 60.0 * 1e9)
}

/// The time package's `quote` (for error messages).
fn quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    for &b in s {
        if !(b' '..0x80).contains(&b) {
            out.push_str(&format!("\\x{b:02x}"));
        } else {
            if b == b'"' || b == b'\\' {
                out.push('\\');
            }
            out.push(b as char);
        }
    }
    out.push('"');
    out
}

/// Go's `ParseDuration`; the error is Go's message.
pub fn parse_duration(orig: &[u8]) -> Result<i64, String> {
    let invalid = || format!("time: invalid duration {}", quote(orig));
    let mut s = orig;
    let mut d: u64 = 0;
    let mut neg = false;
    if let Some(&c) = s.first() {
        if c == b'-' || c == b'+' {
            neg = c == b'-';
            s = &s[1..];
        }
    }
    if s == b"0" {
        return Ok(0);
    }
    if s.is_empty() {
        return Err(invalid());
    }
    while !s.is_empty() {
        let (mut f, mut scale) = (0u64, 1f64);
        if !(s[0] == b'.' || s[0].is_ascii_digit()) {
            return Err(invalid());
        }
        // leadingInt
        let pl = s.len();
        let mut v: u64 = 0;
        let mut i = 0;
        while i < s.len() && s[i].is_ascii_digit() {
            if v > (1u64 << 63) / 10 {
                return Err(invalid());
            }
            v = v * 10 + (s[i] - b'0') as u64;
            if v > 1u64 << 63 {
                return Err(invalid());
            }
            i += 1;
        }
        s = &s[i..];
        let pre = pl != s.len();
        let mut post = false;
        if s.first() == Some(&b'.') {
            s = &s[1..];
            let pl = s.len();
            // leadingFraction
            let mut overflow = false;
            let mut i = 0;
            while i < s.len() && s[i].is_ascii_digit() {
                let c = s[i];
                i += 1;
                if overflow {
                    continue;
                }
                if f > (i64::MAX as u64) / 10 {
                    overflow = true;
                    continue;
                }
                let y = f * 10 + (c - b'0') as u64;
                if y > 1u64 << 63 {
                    overflow = true;
                    continue;
                }
                f = y;
                scale *= 10.0;
            }
            s = &s[i..];
            post = pl != s.len();
        }
        if !pre && !post {
            return Err(invalid());
        }
        let mut i = 0;
        while i < s.len() {
            let c = s[i];
            if c == b'.' || c.is_ascii_digit() {
                break;
            }
            i += 1;
        }
        if i == 0 {
            return Err(format!("time: missing unit in duration {}", quote(orig)));
        }
        let u = &s[..i];
        s = &s[i..];
        let unit: u64 = match u {
            b"ns" => 1,
            b"us" | b"\xc2\xb5s" | b"\xce\xbcs" => 1000,
            b"ms" => 1_000_000,
            b"s" => 1_000_000_000,
            b"m" => 60_000_000_000,
            b"h" => 3_600_000_000_000,
            _ => {
                return Err(format!(
                    "time: unknown unit {} in duration {}",
                    quote(u),
                    quote(orig)
                ))
            }
        };
        if v > (1u64 << 63) / unit {
            return Err(invalid());
        }
        v *= unit;
        if f > 0 {
            v += (f as f64 * (unit as f64 / scale)) as u64;
            if v > 1u64 << 63 {
                return Err(invalid());
            }
        }
        d += v;
        if d > 1u64 << 63 {
            return Err(invalid());
        }
    }
    if neg {
        return Ok((d as i64).wrapping_neg());
    }
    if d > i64::MAX as u64 {
        return Err(invalid());
    }
    Ok(d as i64)
}

// ---------------------------------------------------------------- Month, Weekday

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

pub fn month_string(m: i64) -> String {
    if (1..=12).contains(&m) {
        MONTHS[m as usize - 1].into()
    } else {
        format!("%!Month({m})")
    }
}

pub fn weekday_string(d: i64) -> String {
    if (0..7).contains(&d) {
        DAYS[d as usize].into()
    } else {
        format!("%!Weekday({d})")
    }
}

// ---------------------------------------------------------------- Time

/// Unix nanoseconds of the zero Time (0001-01-01 00:00:00 UTC).
pub const ZERO_TIME_NS: i128 = ZERO_TIME_SEC as i128 * 1_000_000_000;
const ZERO_TIME_SEC: i64 = -62_135_596_800;

/// The first two words of a Time at Unix nanoseconds `ns`: seconds since the zero Time
/// (wrapping, so the zero Time is all zeros) and the nanosecond within the second.
pub fn instant_words(ns: i128) -> [Word; 2] {
    let sec = ns.div_euclid(1_000_000_000);
    let sec = sec.clamp(i64::MIN as i128, i64::MAX as i128) as i64;
    [
        sec.wrapping_sub(ZERO_TIME_SEC) as Word,
        ns.rem_euclid(1_000_000_000) as Word,
    ]
}

/// Stores instant `ns` into a `time.Time` struct value.
pub fn store_instant(obj: Word, ns: i128) {
    let w = heap::words(obj);
    for (slot, v) in w.iter().zip(instant_words(ns)) {
        slot.store(v, Release);
    }
}

/// A new `time.Time` struct value in UTC.
pub fn new_time(ns: i128) -> Word {
    new_time_in(ns, 0)
}

/// The current time in `time.Local`, as `time.Now` returns it.
pub fn now_time() -> Word {
    new_time_in(now_ns(), local_loc())
}

/// The instant of a `time.Time` struct value.
pub fn time_of(obj: Word) -> i128 {
    if obj == 0 {
        return ZERO_TIME_NS;
    }
    let w = heap::words(obj);
    let sec = (w[0].load(Acquire) as i64).wrapping_add(ZERO_TIME_SEC);
    sec as i128 * 1_000_000_000 + w.get(1).map_or(0, |n| n.load(Acquire)) as i128
}

struct Clock {
    wall: i128,
    mono: Instant,
}

fn clock() -> &'static Clock {
    static CLOCK: OnceLock<Clock> = OnceLock::new();
    CLOCK.get_or_init(|| {
        let mono = Instant::now();
        let wall = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as i128);
        Clock { wall, mono }
    })
}

/// The current time in Unix nanoseconds (wall clock at start + monotonic elapsed).
pub fn now_ns() -> i128 {
    let c = clock();
    c.wall + c.mono.elapsed().as_nanos() as i128
}

fn sat_duration(d: i128) -> i64 {
    d.clamp(i64::MIN as i128, i64::MAX as i128) as i64
}

/// Broken-down civil time (UTC).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Civil {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    pub nanosecond: i64,
    /// 0 = Sunday.
    pub weekday: i64,
    /// 1-based day of the year.
    pub yday: i64,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

pub fn civil(ns: i128) -> Civil {
    let secs = ns.div_euclid(1_000_000_000) as i64;
    let nanosecond = ns.rem_euclid(1_000_000_000) as i64;
    let days = secs.div_euclid(86400);
    let sod = secs.rem_euclid(86400);
    let (year, month, day) = civil_from_days(days);
    Civil {
        year,
        month,
        day,
        hour: sod / 3600,
        minute: sod % 3600 / 60,
        second: sod % 60,
        nanosecond,
        weekday: (days + 4).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1) + 1,
    }
}

// ---------------------------------------------------------------- registry

fn f64w(f: f64) -> Word {
    f.to_bits()
}

fn set_str(r: &mut [Word], s: &str) {
    r[0] = util::new_str(s.as_bytes());
}

/// The calendar fields of a `time.Time` struct value in its location.
pub fn local_civil(t: Word) -> Civil {
    civil(time_of(t) + zone_at(t).offset as i128 * 1_000_000_000)
}

/// Go's `ISOWeek`: the ISO 8601 year and week of `t`'s local date — the year and week of
/// the Thursday of its Monday-to-Sunday week.
fn iso_week(t: Word) -> (i64, i64) {
    let c = local_civil(t);
    let to_thursday = match c.weekday {
        0 => -3,
        w => 4 - w,
    };
    let days = days_from_civil(c.year, c.month, c.day) + to_thursday;
    let thursday = civil(days as i128 * 86_400 * 1_000_000_000);
    (thursday.year, (thursday.yday - 1) / 7 + 1)
}

/// Go's `Date`: Unix nanoseconds of civil fields `[year, month, day, hour, min, sec, nsec]`
/// (out-of-range fields carry over) in location `loc`.
pub fn date_in(f: [i64; 7], loc: Word) -> i128 {
    let [year, month, day, hour, min, sec, nsec] = f;
    // Month 13 is January of the next year.
    let year = year + (month - 1).div_euclid(12);
    let month = (month - 1).rem_euclid(12) + 1;
    let days = days_from_civil(year, month, 1) as i128 + day as i128 - 1;
    let secs = days * 86400 + hour as i128 * 3600 + min as i128 * 60 + sec as i128;
    let ns = secs * 1_000_000_000 + nsec as i128;
    let unix = ns.div_euclid(1_000_000_000) as i64;
    // The offset at the civil time read as UTC, then again at the corrected instant if that
    // falls outside the zone's range (Go's adjustment near transitions).
    let z = zone_of(loc);
    let at = z.lookup(unix);
    let mut offset = at.offset;
    if offset != 0 {
        let utc = unix - offset;
        if utc < at.start || utc >= at.end {
            offset = z.lookup(utc).offset;
        }
    }
    ns - offset as i128 * 1_000_000_000
}

/// `time.Parse` (`loc` 0) / `ParseInLocation`: (Time, error) words.
fn parse_in(c: &NativeCtx, layout: &[u8], value: &[u8], loc: Word) -> (Word, Word) {
    let p = match parse(layout, value) {
        Ok(p) => p,
        Err(e) => return (new_time(ZERO_TIME_NS), parse_error(c.prog, &e)),
    };
    let nsec = p.fields[6] as i128;
    let t = match p.placed {
        Placed::Default => new_time_in(date_in(p.fields, loc), loc),
        Placed::Utc => new_time_in(date_in(p.fields, 0), 0),
        _ => {
            // Offsets and zone names are matched against the local location: `Local` for
            // Parse, the given one for ParseInLocation.
            let local = if loc == 0 { local_loc() } else { loc };
            let (secs, placed) = place_in_local(&p, &zone_of(local));
            let ns = secs * 1_000_000_000 + nsec;
            match placed {
                Ok(()) => new_time_in(ns, local),
                Err((name, off)) => {
                    new_time_in(ns, location_obj(Arc::new(zone::Zone::fixed(&name, off))))
                }
            }
        }
    };
    (t, 0)
}

/// A `*time.ParseError` as an `error` (an `*errors.errorString` with its text when the
/// program's type table lacks the type).
fn parse_error(prog: &Program, e: &ParseError) -> Word {
    if let Some(t) = util::type_named(prog, "*time.ParseError") {
        let obj = vm::value::zero(prog, prog.types[t as usize].elem);
        let slots = heap::words(obj);
        let fields = [
            &e.layout[..],
            &e.value,
            &e.layout_elem,
            &e.value_elem,
            e.message.as_bytes(),
        ];
        if slots.len() >= fields.len() {
            for (slot, f) in slots.iter().zip(fields) {
                slot.store(util::new_str(f), Release);
            }
            return vm::value::iface_new(t, obj);
        }
    }
    util::new_error(prog, e.text().as_bytes())
}

/// `MarshalText`/`MarshalJSON`: RFC 3339 with nanoseconds, years 0..=9999 only.
fn marshal(t: Word, method: &str) -> Result<String, String> {
    let c = local_civil(t);
    if !(0..=9999).contains(&c.year) {
        return Err(format!("Time.{method}: year outside of range [0,9999]"));
    }
    Ok(format(time_of(t), &zone_at(t), RFC3339_NANO.as_bytes()))
}

/// `UnmarshalText`/`UnmarshalJSON` into `*t`: the error word (nil on success).
fn unmarshal(c: &NativeCtx, t: Word, layout: &[u8], data: &[u8]) -> Result<Word, Panic> {
    if t == 0 {
        return Err(util::nil_deref());
    }
    let (v, e) = parse_in(c, layout, data, 0);
    let (src, dst) = (heap::words(v), heap::words(t));
    for (d, s) in dst.iter().zip(src) {
        d.store(s.load(Acquire), Release);
    }
    Ok(e)
}

const RFC3339: &str = "2006-01-02T15:04:05Z07:00";
const RFC3339_NANO: &str = "2006-01-02T15:04:05.999999999Z07:00";

/// A `Time` method returning one field of its calendar date in its location.
macro_rules! civil_field {
    ($decl:literal, $field:ident) => {
        native!("time", $decl, |_, r| {
            r[0] = local_civil(r[0]).$field as Word;
            Ok(())
        })
    };
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!(
            "time",
            r#"
const RFC3339 = "2006-01-02T15:04:05Z07:00"
const DateTime = "2006-01-02 15:04:05"
const DateOnly = "2006-01-02"
const TimeOnly = "15:04:05"
const Layout = "01/02 03:04:05PM '06 -0700"
const ANSIC = "Mon Jan _2 15:04:05 2006"
const UnixDate = "Mon Jan _2 15:04:05 MST 2006"
const RubyDate = "Mon Jan 02 15:04:05 -0700 2006"
const RFC822 = "02 Jan 06 15:04 MST"
const RFC822Z = "02 Jan 06 15:04 -0700"
const RFC850 = "Monday, 02-Jan-06 15:04:05 MST"
const RFC1123 = "Mon, 02 Jan 2006 15:04:05 MST"
const RFC1123Z = "Mon, 02 Jan 2006 15:04:05 -0700"
const RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
const Stamp = "Jan _2 15:04:05"
const StampMilli = "Jan _2 15:04:05.000"
const StampMicro = "Jan _2 15:04:05.000000"
const StampNano = "Jan _2 15:04:05.000000000"
const Kitchen = "3:04PM"
"#
        ),
        // ---- Duration
        declare!(
            "time",
            r#"
type Duration int64
const Nanosecond Duration = 1
const Microsecond Duration = 1000
const Millisecond Duration = 1000000
const Second Duration = 1000000000
const Minute Duration = 60000000000
const Hour Duration = 3600000000000
"#
        ),
        native!("time", "func (Duration) String() string", |_, r| {
            set_str(r, &duration_string(r[0] as i64));
            Ok(())
        }),
        native!("time", "func (Duration) Seconds() float64", |_, r| {
            r[0] = f64w(seconds(r[0] as i64));
            Ok(())
        }),
        native!("time", "func (Duration) Minutes() float64", |_, r| {
            r[0] = f64w(minutes(r[0] as i64));
            Ok(())
        }),
        native!("time", "func (Duration) Hours() float64", |_, r| {
            r[0] = f64w(hours(r[0] as i64));
            Ok(())
        }),
        native!("time", "func (Duration) Milliseconds() int64", |_, r| {
            r[0] = (r[0] as i64 / MILLISECOND) as Word;
            Ok(())
        }),
        native!("time", "func (Duration) Microseconds() int64", |_, r| {
            r[0] = (r[0] as i64 / MICROSECOND) as Word;
            Ok(())
        }),
        native!("time", "func (Duration) Nanoseconds() int64", |_, _| Ok(())),
        native!("time", "func (Duration) Round(Duration) Duration", |_, r| {
            r[0] = duration_round(r[0] as i64, r[1] as i64) as Word;
            Ok(())
        }),
        native!("time", "func (Duration) Abs() Duration", |_, r| {
            let d = r[0] as i64;
            r[0] = match d {
                i64::MIN => i64::MAX,
                _ => d.abs(),
            } as Word;
            Ok(())
        }),
        native!("time", "func (Duration) Truncate(Duration) Duration", |_, r| {
            r[0] = duration_truncate(r[0] as i64, r[1] as i64) as Word;
            Ok(())
        }),
        native!("time", "func ParseDuration(string) (Duration, error)", |c, r| {
            match parse_duration(util::str_arg(r[0])) {
                Ok(d) => {
                    r[0] = d as Word;
                    r[1] = 0;
                }
                Err(e) => {
                    r[0] = 0;
                    r[1] = util::new_error(c.prog, e.as_bytes());
                }
            }
            Ok(())
        }),
        declare!(
            "time",
            r#"
type Month int
const January Month = 1
const February Month = 2
const March Month = 3
const April Month = 4
const May Month = 5
const June Month = 6
const July Month = 7
const August Month = 8
const September Month = 9
const October Month = 10
const November Month = 11
const December Month = 12
"#
        ),
        native!("time", "func (Month) String() string", |_, r| {
            set_str(r, &month_string(r[0] as i64));
            Ok(())
        }),
        declare!(
            "time",
            r#"
type Weekday int
const Sunday Weekday = 0
const Monday Weekday = 1
const Tuesday Weekday = 2
const Wednesday Weekday = 3
const Thursday Weekday = 4
const Friday Weekday = 5
const Saturday Weekday = 6
"#
        ),
        native!("time", "func (Weekday) String() string", |_, r| {
            set_str(r, &weekday_string(r[0] as i64));
            Ok(())
        }),
        // ---- Locations
        native!("time", "var UTC *Location", |_, r| {
            r[0] = utc_loc();
            Ok(())
        }),
        native!("time", "var Local *Location", |_, r| {
            r[0] = local_loc();
            Ok(())
        }),
        declare!("time", "type Location struct { impl uintptr }"),
        native!("time", "func (*Location) String() string", |_, r| {
            set_str(r, &zone_of(r[0]).name);
            Ok(())
        }),
        native!("time", "func FixedZone(string, int) *Location", |_, r| {
            let name = String::from_utf8_lossy(util::str_arg(r[0]));
            r[0] = location_obj(Arc::new(zone::Zone::fixed(&name, r[1] as i64)));
            Ok(())
        }),
        native!("time", "func LoadLocation(string) (*Location, error)", |c, r| {
            let name = String::from_utf8_lossy(util::str_arg(r[0]));
            (r[0], r[1]) = match zone::load_location(&name) {
                Ok(zone::Loaded::Utc) => (utc_loc(), 0),
                Ok(zone::Loaded::Local) => (local_loc(), 0),
                Ok(zone::Loaded::Zone(z)) => (location_obj(Arc::new(z)), 0),
                Err(e) => (0, util::new_error(c.prog, e.as_bytes())),
            };
            Ok(())
        }),
        declare!("time", "type Time struct { sec uintptr; nsec uintptr; loc uintptr }"),
        native!("time", "func (Time) Location() *Location", |_, r| {
            r[0] = match loc_of(r[0]) {
                0 => utc_loc(),
                loc => loc,
            };
            Ok(())
        }),
        native!("time", "func (Time) UTC() Time", |_, r| {
            r[0] = new_time_in(time_of(r[0]), 0);
            Ok(())
        }),
        native!("time", "func (Time) Local() Time", |_, r| {
            r[0] = new_time_in(time_of(r[0]), local_loc());
            Ok(())
        }),
        native!("time", "func (Time) In(*Location) Time", |_, r| {
            if r[1] == 0 {
                return Err(string_panic("time: missing Location in call to Time.In"));
            }
            r[0] = new_time_in(time_of(r[0]), r[1]);
            Ok(())
        }),
        native!("time", "func (Time) Zone() (string, int)", |_, r| {
            let z = zone_at(r[0]);
            r[0] = util::new_str(z.name.as_bytes());
            r[1] = z.offset as Word;
            Ok(())
        }),
        native!("time", "func Date(int, Month, int, int, int, int, int, *Location) Time", |_, r| {
            if r[7] == 0 {
                return Err(string_panic("time: missing Location in call to Date"));
            }
            let f = [r[0], r[1], r[2], r[3], r[4], r[5], r[6]].map(|w| w as i64);
            r[0] = new_time_in(date_in(f, r[7]), r[7]);
            Ok(())
        }),
        // ---- Time
        native!("time", "func Now() Time", |_, r| {
            r[0] = now_time();
            Ok(())
        }),
        native!("time", "func Since(Time) Duration", |_, r| {
            r[0] = sat_duration(now_ns() - time_of(r[0])) as Word;
            Ok(())
        }),
        native!("time", "func Until(Time) Duration", |_, r| {
            r[0] = sat_duration(time_of(r[0]) - now_ns()) as Word;
            Ok(())
        }),
        native!("time", "func Unix(int64, int64) Time", |_, r| {
            let ns = (r[0] as i64 as i128) * 1_000_000_000 + r[1] as i64 as i128;
            r[0] = new_time_in(ns, local_loc());
            Ok(())
        }),
        native!("time", "func UnixMilli(int64) Time", |_, r| {
            r[0] = new_time_in(r[0] as i64 as i128 * 1_000_000, local_loc());
            Ok(())
        }),
        native!("time", "func UnixMicro(int64) Time", |_, r| {
            r[0] = new_time_in(r[0] as i64 as i128 * 1000, local_loc());
            Ok(())
        }),
        native!("time", "func (Time) Sub(Time) Duration", |_, r| {
            r[0] = sat_duration(time_of(r[0]) - time_of(r[1])) as Word;
            Ok(())
        }),
        native!("time", "func (Time) Add(Duration) Time", |_, r| {
            r[0] = new_time_in(time_of(r[0]) + r[1] as i64 as i128, loc_of(r[0]));
            Ok(())
        }),
        native!("time", "func (Time) AddDate(int, int, int) Time", |_, r| {
            let c = local_civil(r[0]);
            let loc = loc_of(r[0]);
            let f = [
                c.year + r[1] as i64,
                c.month + r[2] as i64,
                c.day + r[3] as i64,
                c.hour,
                c.minute,
                c.second,
                c.nanosecond,
            ];
            r[0] = new_time_in(date_in(f, loc), loc);
            Ok(())
        }),
        native!("time", "func (Time) Truncate(Duration) Time", |_, r| {
            let (ns, d) = (time_of(r[0]), r[1] as i64 as i128);
            let t = if d <= 0 {
                ns
            } else {
                ns - (ns - ZERO_TIME_NS).rem_euclid(d)
            };
            r[0] = new_time_in(t, loc_of(r[0]));
            Ok(())
        }),
        native!("time", "func (Time) Round(Duration) Time", |_, r| {
            let (ns, d) = (time_of(r[0]), r[1] as i64 as i128);
            let t = if d <= 0 {
                ns
            } else {
                let rem = (ns - ZERO_TIME_NS).rem_euclid(d);
                if rem + rem < d {
                    ns - rem
                } else {
                    ns + d - rem
                }
            };
            r[0] = new_time_in(t, loc_of(r[0]));
            Ok(())
        }),
        native!("time", "func (Time) Compare(Time) int", |_, r| {
            r[0] = time_of(r[0]).cmp(&time_of(r[1])) as i64 as Word;
            Ok(())
        }),
        native!("time", "func (Time) Before(Time) bool", |_, r| {
            r[0] = (time_of(r[0]) < time_of(r[1])) as Word;
            Ok(())
        }),
        native!("time", "func (Time) After(Time) bool", |_, r| {
            r[0] = (time_of(r[0]) > time_of(r[1])) as Word;
            Ok(())
        }),
        native!("time", "func (Time) Equal(Time) bool", |_, r| {
            r[0] = (time_of(r[0]) == time_of(r[1])) as Word;
            Ok(())
        }),
        native!("time", "func (Time) IsZero() bool", |_, r| {
            r[0] = (time_of(r[0]) == ZERO_TIME_NS) as Word;
            Ok(())
        }),
        native!("time", "func (Time) Unix() int64", |_, r| {
            r[0] = time_of(r[0]).div_euclid(1_000_000_000) as i64 as Word;
            Ok(())
        }),
        native!("time", "func (Time) UnixMilli() int64", |_, r| {
            r[0] = time_of(r[0]).div_euclid(1_000_000) as i64 as Word;
            Ok(())
        }),
        native!("time", "func (Time) UnixMicro() int64", |_, r| {
            r[0] = time_of(r[0]).div_euclid(1000) as i64 as Word;
            Ok(())
        }),
        native!("time", "func (Time) UnixNano() int64", |_, r| {
            r[0] = time_of(r[0]) as i64 as Word;
            Ok(())
        }),
        native!("time", "func (Time) Format(string) string", |_, r| {
            set_str(
                r,
                &format(time_of(r[0]), &zone_at(r[0]), util::str_arg(r[1])),
            );
            Ok(())
        }),
        native!("time", "func (Time) String() string", |_, r| {
            set_str(r, &time_string(time_of(r[0]), &zone_at(r[0])));
            Ok(())
        }),
        native!("time", "func (Time) Clock() (int, int, int)", |_, r| {
            let c = local_civil(r[0]);
            r[..3].copy_from_slice(&[c.hour, c.minute, c.second].map(|v| v as Word));
            Ok(())
        }),
        native!("time", "func (Time) Date() (int, Month, int)", |_, r| {
            let c = local_civil(r[0]);
            r[..3].copy_from_slice(&[c.year, c.month, c.day].map(|v| v as Word));
            Ok(())
        }),
        civil_field!("func (Time) Year() int", year),
        civil_field!("func (Time) Month() Month", month),
        civil_field!("func (Time) Day() int", day),
        civil_field!("func (Time) Hour() int", hour),
        civil_field!("func (Time) Minute() int", minute),
        civil_field!("func (Time) Second() int", second),
        civil_field!("func (Time) Nanosecond() int", nanosecond),
        civil_field!("func (Time) Weekday() Weekday", weekday),
        civil_field!("func (Time) YearDay() int", yday),
        native!("time", "func (Time) ISOWeek() (int, int)", |_, r| {
            let (year, week) = iso_week(r[0]);
            (r[0], r[1]) = (year as Word, week as Word);
            Ok(())
        }),
        native!("time", "func (Time) IsDST() bool", |_, r| {
            r[0] = zone_at(r[0]).is_dst as Word;
            Ok(())
        }),
        // ---- text forms
        native!("time", "func Parse(string, string) (Time, error)", |c, r| {
            let (t, e) = parse_in(c, util::str_arg(r[0]), util::str_arg(r[1]), 0);
            (r[0], r[1]) = (t, e);
            Ok(())
        }),
        native!("time", "func ParseInLocation(string, string, *Location) (Time, error)", |c, r| {
            if r[2] == 0 {
                return Err(util::nil_deref());
            }
            let (t, e) = parse_in(c, util::str_arg(r[0]), util::str_arg(r[1]), r[2]);
            (r[0], r[1]) = (t, e);
            Ok(())
        }),
        declare!("time", "type ParseError struct { Layout string; Value string; LayoutElem string; ValueElem string; Message string }"),
        native!("time", "func (*ParseError) Error() string", |_, r| {
            if r[0] == 0 {
                return Err(util::nil_deref());
            }
            let w = heap::words(r[0]);
            let f = |i: usize| util::str_arg(w.get(i).map_or(0, |c| c.load(Acquire))).to_vec();
            let e = ParseError {
                layout: f(0),
                value: f(1),
                layout_elem: f(2),
                value_elem: f(3),
                message: String::from_utf8_lossy(&f(4)).into_owned(),
            };
            set_str(r, &e.text());
            Ok(())
        }),
        native!("time", "func (Time) MarshalText() ([]byte, error)", |c, r| {
            (r[0], r[1]) = match marshal(r[0], "MarshalText") {
                Ok(s) => (util::new_byte_slice(s.as_bytes()), 0),
                Err(e) => (0, util::new_error(c.prog, e.as_bytes())),
            };
            Ok(())
        }),
        native!("time", "func (Time) MarshalJSON() ([]byte, error)", |c, r| {
            (r[0], r[1]) = match marshal(r[0], "MarshalJSON") {
                Ok(s) => (util::new_byte_slice(format!("\"{s}\"").as_bytes()), 0),
                Err(e) => (0, util::new_error(c.prog, e.as_bytes())),
            };
            Ok(())
        }),
        native!("time", "func (*Time) UnmarshalText([]byte) error", |c, r| {
            let data = util::byte_slice(r[1]);
            r[0] = unmarshal(c, r[0], RFC3339.as_bytes(), &data)?;
            Ok(())
        }),
        native!("time", "func (*Time) UnmarshalJSON([]byte) error", |c, r| {
            let data = util::byte_slice(r[1]);
            r[0] = if data == b"null" {
                0
            } else {
                unmarshal(c, r[0], format!("\"{RFC3339}\"").as_bytes(), &data)?
            };
            Ok(())
        }),
        // ---- sleeping and timers
        native!("time", "func Sleep(Duration)", |c, r| {
            let d = r[0] as i64;
            if d > 0 && !runtime::sleep_start(std_duration(d)) {
                return c.block(WaitReason::Sleep, vm::native::RESUME_DONE, r);
            }
            Ok(())
        }),
        native!("time", "func NewTimer(Duration) *Timer", |_, r| {
            r[0] = new_timer(r[0] as i64);
            Ok(())
        }),
        native!("time", "func After(Duration) <-chan Time", |_, r| {
            let t = new_timer(r[0] as i64);
            r[0] = heap::words(t)[0].load(Acquire);
            Ok(())
        }),
        native!("time", "func AfterFunc(Duration, func()) *Timer", |c, r| {
            let (d, f) = (r[0] as i64, r[1]);
            r[0] = new_helper_timer(c, 0, f, d, false);
            Ok(())
        }),
        declare!("time", "type Timer struct { C <-chan Time; impl uintptr }"),
        native!("time", "func (*Timer) Stop() bool", |_, r| {
            r[0] = timer_obj(r[0], "Stop")?.stop() as Word;
            Ok(())
        }),
        native!("time", "func (*Timer) Reset(Duration) bool", |_, r| {
            r[0] = timer_obj(r[0], "Reset")?.reset(r[1] as i64) as Word;
            Ok(())
        }),
        native!("time", "func NewTicker(Duration) *Ticker", |c, r| {
            r[0] = new_ticker(c, r[0] as i64)?;
            Ok(())
        }),
        native!("time", "func Tick(Duration) <-chan Time", |c, r| {
            let d = r[0] as i64;
            r[0] = if d <= 0 {
                0
            } else {
                heap::words(new_ticker(c, d)?)[0].load(Acquire)
            };
            Ok(())
        }),
        declare!("time", "type Ticker struct { C <-chan Time; impl uintptr }"),
        native!("time", "func (*Ticker) Stop()", |_, r| {
            if r[0] == 0 {
                return Err(util::nil_deref());
            }
            // Go: stopping an uninitialised Ticker is a no-op.
            if let Some(t) = heap::native::<TimerObj>(heap::words(r[0])[1].load(Acquire)) {
                t.stop();
            }
            Ok(())
        }),
        native!("time", "func (*Ticker) Reset(Duration)", |_, r| {
            let d = r[1] as i64;
            if d <= 0 {
                return Err(string_panic("non-positive interval for Ticker.Reset"));
            }
            let t = heap::native::<TimerObj>(heap::words(r[0])[1].load(Acquire))
                .ok_or_else(|| string_panic("time: Reset called on uninitialized Ticker"))?;
            t.reset(d);
            Ok(())
        }),
    ]
}
