//! `map[string][]string` from Rust: the storage of `url.Values` and `http.Header`.
//!
//! Invariant: every operation goes through `vm::gomap` with string keys (`MapKey::Bytes`),
//! so a map built here is the same map Go code ranges over and indexes; writing to a nil
//! map is Go's `assignment to entry in nil map` panic.

use crate::util;
use runtime::heap::Word;
use vm::gomap;
use vm::native::Panic;
use vm::value::{self, MapKey};

fn key(k: &[u8]) -> MapKey {
    MapKey::Bytes(k.into())
}

fn nil_map() -> Panic {
    Panic::Plain("assignment to entry in nil map".into())
}

/// `m[k]` (nil when absent).
pub fn values(m: Word, k: &[u8]) -> Result<Word, Panic> {
    Ok(gomap::lookup(m, &key(k))?.unwrap_or(0))
}

/// The first value of `m[k]`, if any.
pub fn first(m: Word, k: &[u8]) -> Result<Option<&'static [u8]>, Panic> {
    let vs = values(m, k)?;
    Ok(value::slice_to_vec(vs, false)
        .first()
        .map(|&s| value::str_bytes(s)))
}

/// `m[k] = vs` (a `[]string` word).
pub fn put(m: Word, k: &[u8], vs: Word) -> Result<(), Panic> {
    if m == 0 {
        return Err(nil_map());
    }
    gomap::insert(m, key(k), util::new_str(k), vs)
}

/// `m[k] = []string{v}`.
pub fn set(m: Word, k: &[u8], v: &[u8]) -> Result<(), Panic> {
    put(m, k, util::new_str_slice(&[v]))
}

/// `m[k] = append(m[k], v)`.
pub fn add(m: Word, k: &[u8], v: &[u8]) -> Result<(), Panic> {
    let mut items = value::slice_to_vec(values(m, k)?, false);
    items.push(util::new_str(v));
    put(m, k, util::new_word_slice(&items))
}

/// `delete(m, k)`.
pub fn del(m: Word, k: &[u8]) -> Result<(), Panic> {
    if m == 0 {
        return Ok(());
    }
    gomap::delete(m, &key(k))
}

/// `_, ok := m[k]`.
pub fn has(m: Word, k: &[u8]) -> bool {
    m != 0 && gomap::contains(m, &key(k))
}

/// Every (key, values) pair, keys sorted.
pub fn sorted(m: Word) -> Vec<(&'static [u8], Vec<&'static [u8]>)> {
    if m == 0 {
        return Vec::new();
    }
    let mut all: Vec<_> = gomap::entries(m)
        .into_iter()
        .map(|(k, vs)| (value::str_bytes(k), util::str_slice(vs)))
        .collect();
    all.sort_by(|a, b| a.0.cmp(b.0));
    all
}
