//! The set of live goroutines (Go's `allgs`): what the collector scans as roots, what a
//! deadlock dump lists, and what teardown unwinds.
//!
//! Invariants:
//! - A goroutine is in the set from its creation (`Shared::new_goroutine`) until
//!   `goroutine_finished` removes it; the set holds one `GoroutineRef` to each.
//! - The set is split into shards chosen by goid, each behind its own lock, so that `go`
//!   statements and goroutine exits on different workers rarely contend (a single map was
//!   a measured cost of spawning: a B-tree insert and remove under one global lock).
//! - Listings are in goid order (creation order), as Go prints its goroutine dumps.

use crate::sched::GoroutineRef;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const SHARDS: usize = 32;

/// Hashes a goid by one multiplication (Fibonacci hashing): goids are distinct integers,
/// so nothing stronger is needed, and the high bits the table probes with are well mixed.
#[derive(Default)]
struct GoidHasher(u64);

impl Hasher for GoidHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u64(&mut self, goid: u64) {
        self.0 = goid.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type Shard = HashMap<u64, GoroutineRef, BuildHasherDefault<GoidHasher>>;

pub(crate) struct AllGs {
    shards: Box<[Mutex<Shard>]>,
}

impl AllGs {
    pub(crate) fn new() -> AllGs {
        AllGs {
            shards: (0..SHARDS).map(|_| Mutex::new(Shard::default())).collect(),
        }
    }

    fn shard(&self, goid: u64) -> &Mutex<Shard> {
        &self.shards[goid as usize % SHARDS]
    }

    pub(crate) fn insert(&self, goid: u64, g: GoroutineRef) {
        self.shard(goid).lock().insert(goid, g);
    }

    pub(crate) fn remove(&self, goid: u64) {
        // Dropped outside the shard's lock: the last reference may free the goroutine.
        let removed = self.shard(goid).lock().remove(&goid);
        drop(removed);
    }

    /// Every live goroutine, in goid order.
    pub(crate) fn snapshot(&self) -> Vec<GoroutineRef> {
        let mut all: Vec<GoroutineRef> = self
            .shards
            .iter()
            .flat_map(|s| s.lock().values().cloned().collect::<Vec<_>>())
            .collect();
        all.sort_by_key(|g| g.goid());
        all
    }

    /// Empties the set, returning what it held (teardown).
    pub(crate) fn take_all(&self) -> Vec<GoroutineRef> {
        self.shards
            .iter()
            .flat_map(|s| std::mem::take(&mut *s.lock()).into_values())
            .collect()
    }
}
