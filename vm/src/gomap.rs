//! Go maps: a Rust hash map behind a per-object reader-writer lock, with Go's best-effort
//! detector of unsynchronised use riding on that lock.
//!
//! Invariants:
//! - Entries keep the original key word next to the value (iteration yields Go keys).
//! - The lock is only ever *tried*: a correct Go program never has two goroutines inside one
//!   map operation at once unless one of them is a reader alongside another reader, so a failed
//!   try means a real race, reported as Go's `fatal error: concurrent map writes` /
//!   `concurrent map read and map write`. Readers never block readers.
//! - Iteration works on a snapshot of the keys taken when the `range` starts, rotated by a
//!   random offset (Go randomises order); a key deleted before it is reached is skipped.

use crate::native::Panic;
use crate::value::MapKey;
use parking_lot::RwLock;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// FxHash-style rounds with a splitmix64 finaliser: fast, non-cryptographic (Go's maps are not DoS-hardened per process either).
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn finish(&self) -> u64 {
        // The multiply-xor rounds leave the low bits depending only on the inputs' low bits
        // (every short string key starting with "k" would collide in hashbrown's bucket
        // index); a splitmix64 finaliser spreads the high bits down.
        let mut h = self.0;
        h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        h ^ (h >> 31)
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(b));
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_u32(&mut self, v: u32) {
        self.write_u64(v as u64)
    }
    fn write_u8(&mut self, v: u8) {
        self.write_u64(v as u64)
    }
    fn write_usize(&mut self, v: usize) {
        self.write_u64(v as u64)
    }
}

type Table = HashMap<MapKey, (Word, Word), BuildHasherDefault<FxHasher>>;

pub struct GoMap {
    table: RwLock<Table>,
}

impl NativeObject for GoMap {
    fn trace(&self, marker: &mut Marker) {
        // The world is stopped: nobody holds the lock.
        if let Some(t) = self.table.try_read() {
            for (k, v) in t.values() {
                marker.mark(*k);
                marker.mark(*v);
            }
        }
    }
}

fn concurrent_write() -> Panic {
    Panic::Fatal("concurrent map writes".into())
}

fn concurrent_read_write() -> Panic {
    Panic::Fatal("concurrent map read and map write".into())
}

pub fn new_map(hint: usize) -> Word {
    let mut t = Table::default();
    t.reserve(hint.min(1 << 20));
    heap::alloc_native(Box::new(GoMap {
        table: RwLock::new(t),
    }))
}

fn get(m: Word) -> Option<&'static GoMap> {
    if m == 0 {
        None
    } else {
        heap::native::<GoMap>(m)
    }
}

pub fn lookup(m: Word, key: &MapKey) -> Result<Option<Word>, Panic> {
    let Some(map) = get(m) else { return Ok(None) };
    let t = map.table.try_read().ok_or_else(concurrent_read_write)?;
    Ok(t.get(key).map(|e| e.1))
}

/// Whether `key` is in the map (false while another goroutine is changing it: the race
/// detector's question, which must not add Go's fatal error of its own).
pub fn contains(m: Word, key: &MapKey) -> bool {
    get(m)
        .and_then(|map| map.table.try_read())
        .is_some_and(|t| t.contains_key(key))
}

pub fn insert(m: Word, key: MapKey, key_word: Word, value: Word) -> Result<(), Panic> {
    let Some(map) = get(m) else {
        return Err(Panic::Plain("assignment to entry in nil map".into()));
    };
    let mut t = map.table.try_write().ok_or_else(|| {
        if map.table.is_locked_exclusive() {
            concurrent_write()
        } else {
            concurrent_read_write()
        }
    })?;
    t.insert(key, (key_word, value));
    Ok(())
}

pub fn delete(m: Word, key: &MapKey) -> Result<(), Panic> {
    let Some(map) = get(m) else { return Ok(()) };
    let mut t = map.table.try_write().ok_or_else(concurrent_write)?;
    t.remove(key);
    Ok(())
}

pub fn len(m: Word) -> usize {
    get(m).map_or(0, |map| map.table.read().len())
}

pub fn clear(m: Word) -> Result<(), Panic> {
    if let Some(map) = get(m) {
        map.table.try_write().ok_or_else(concurrent_write)?.clear();
    }
    Ok(())
}

/// All (key, value) pairs, in the map's internal order (natives such as fmt sort them).
pub fn entries(m: Word) -> Vec<(Word, Word)> {
    get(m).map_or_else(Vec::new, |map| map.table.read().values().copied().collect())
}

/// A `range` over a map: the key snapshot and the position in it.
pub struct MapIter {
    map: Word,
    keys: Vec<MapKey>,
    /// Key words of the snapshot, kept for the collector.
    key_words: Vec<Word>,
    pos: std::sync::atomic::AtomicUsize,
}

impl NativeObject for MapIter {
    fn trace(&self, marker: &mut Marker) {
        marker.mark(self.map);
        for &k in &self.key_words {
            marker.mark(k);
        }
    }
}

pub fn iter_new(m: Word, random: u64) -> Word {
    let (mut keys, mut key_words): (Vec<MapKey>, Vec<Word>) = match get(m) {
        Some(map) => map
            .table
            .read()
            .iter()
            .map(|(k, e)| (k.clone(), e.0))
            .unzip(),
        None => (Vec::new(), Vec::new()),
    };
    if !keys.is_empty() {
        let r = (random % keys.len() as u64) as usize;
        keys.rotate_left(r);
        key_words.rotate_left(r);
    }
    heap::alloc_native(Box::new(MapIter {
        map: m,
        keys,
        key_words,
        pos: 0.into(),
    }))
}

/// The next live (key, value), or `None` when the iteration is over.
pub fn iter_next(it: Word) -> Result<Option<(Word, Word)>, Panic> {
    let Some(iter) = heap::native::<MapIter>(it) else {
        return Ok(None);
    };
    let Some(map) = get(iter.map) else {
        return Ok(None);
    };
    loop {
        let i = iter.pos.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let Some(key) = iter.keys.get(i) else {
            return Ok(None);
        };
        let t = map
            .table
            .try_read()
            .ok_or_else(|| Panic::Fatal("concurrent map iteration and map write".into()))?;
        if let Some(&(k, v)) = t.get(key) {
            return Ok(Some((k, v)));
        }
    }
}
