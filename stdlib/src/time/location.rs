//! `*time.Location` values and the location word of a `time.Time`.
//!
//! Invariants:
//! - A `Location` is the checker's struct `{impl uintptr}`; `impl` holds a native object
//!   (`ZoneObj`) sharing the immutable `Zone`. A zero `Location` (impl 0) is UTC named "".
//! - `time.UTC` and `time.Local` are process-wide singletons (GC roots), so `t.Location() ==
//!   time.UTC` holds as in Go. A nil `*Location` behaves as UTC.
//! - A `Time` is a three-word struct `{sec, nsec, loc}` (see `super::instant_words`); as Go's
//!   `setLoc`, a UTC time stores loc 0, so the zero `Time` and `Date(…, time.UTC)` compare
//!   equal with `==`.

use super::zone::{self, Zone, ZoneAt};
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use std::sync::atomic::Ordering::{Acquire, Release};
use std::sync::{Arc, OnceLock};

struct ZoneObj(Arc<Zone>);

impl NativeObject for ZoneObj {
    fn trace(&self, _: &mut Marker) {}
}

/// A new `*time.Location` for `z`.
pub fn location_obj(z: Arc<Zone>) -> Word {
    let native = heap::alloc_native(Box::new(ZoneObj(z)));
    let obj = heap::alloc_words(1);
    heap::store_word(obj, native);
    obj
}

struct Singletons {
    utc: Word,
    local: Word,
}

struct Roots(Vec<Word>);

impl runtime::gc::RootSet for Roots {
    fn trace_roots(&self, marker: &mut Marker) {
        marker.mark_words(&self.0);
    }
}

fn singletons() -> &'static Singletons {
    static S: OnceLock<Singletons> = OnceLock::new();
    S.get_or_init(|| {
        // Allocated inside a native: no safepoint until they are registered as roots.
        let s = Singletons {
            utc: location_obj(Arc::new(Zone::utc("UTC"))),
            local: location_obj(zone::local()),
        };
        let roots = Roots(vec![s.utc, s.local]);
        std::mem::forget(runtime::register_roots(Arc::new(roots)));
        s
    })
}

/// `time.UTC`.
pub fn utc_loc() -> Word {
    singletons().utc
}

/// `time.Local`.
pub fn local_loc() -> Word {
    singletons().local
}

/// The zone of a `*Location` (nil is UTC).
pub fn zone_of(loc: Word) -> Arc<Zone> {
    if loc == 0 {
        return zone_of(utc_loc());
    }
    match heap::native::<ZoneObj>(heap::load_word(loc)) {
        Some(z) => z.0.clone(),
        None => Arc::new(Zone::utc("")),
    }
}

/// A new `time.Time` struct value at Unix nanoseconds `ns` in location `loc` (0 = UTC).
pub fn new_time_in(ns: i128, loc: Word) -> Word {
    let loc = if loc == utc_loc() { 0 } else { loc };
    let obj = heap::alloc_words(3);
    super::store_instant(obj, ns);
    heap::words(obj)[2].store(loc, Release);
    obj
}

/// The location word of a `time.Time` struct value (0 = UTC).
pub fn loc_of(t: Word) -> Word {
    if t == 0 {
        return 0;
    }
    heap::words(t).get(2).map_or(0, |w| w.load(Acquire))
}

/// The `time.Local` zone at Unix nanoseconds `ns`.
pub fn local_zone_at(ns: i128) -> ZoneAt {
    zone::local().lookup(ns.div_euclid(1_000_000_000) as i64)
}

/// The zone in effect for a `time.Time` struct value at its instant.
pub fn zone_at(t: Word) -> ZoneAt {
    let ns = super::time_of(t);
    zone_of(loc_of(t)).lookup(ns.div_euclid(1_000_000_000) as i64)
}
