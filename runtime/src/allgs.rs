//! The set of live goroutines (Go's `allgs`): what the collector scans as roots, what a
//! deadlock dump lists, and what teardown unwinds.
//!
//! Invariants:
//! - A goroutine is in the set from its creation (`Shared::new_goroutine`) until
//!   `goroutine_finished` removes it; the set holds one `GoroutineRef` to each, in the slot
//!   recorded in the goroutine (`Goroutine::allg_slot`).
//! - The set is split into shards chosen by goid, each a slab (slots plus a free list) behind
//!   its own lock, so that `go` statements and goroutine exits on different workers rarely
//!   contend and cost no hashing (a B-tree, then hash maps, were measured costs of spawning).

use crate::sched::GoroutineRef;
use parking_lot::Mutex;
use std::sync::atomic::Ordering;

const SHARDS: usize = 32;

#[derive(Default)]
struct Shard {
    slots: Vec<Option<GoroutineRef>>,
    free: Vec<u32>,
}

pub(crate) struct AllGs {
    shards: Box<[Mutex<Shard>]>,
}

impl AllGs {
    pub(crate) fn new() -> AllGs {
        AllGs {
            shards: (0..SHARDS).map(|_| Mutex::new(Shard::default())).collect(),
        }
    }

    fn shard(&self, g: &GoroutineRef) -> &Mutex<Shard> {
        &self.shards[g.goid() as usize % SHARDS]
    }

    pub(crate) fn insert(&self, g: GoroutineRef) {
        let mut shard = self.shard(&g).lock();
        let slot = match shard.free.pop() {
            Some(slot) => slot as usize,
            None => {
                shard.slots.push(None);
                shard.slots.len() - 1
            }
        };
        g.allg_slot.store(slot as u32, Ordering::Relaxed);
        shard.slots[slot] = Some(g);
    }

    pub(crate) fn remove(&self, g: &GoroutineRef) {
        let slot = g.allg_slot.load(Ordering::Relaxed);
        let mut shard = self.shard(g).lock();
        // Dropped outside the shard's lock: the last reference may free the goroutine.
        let removed = shard.slots[slot as usize].take();
        shard.free.push(slot);
        drop(shard);
        drop(removed);
    }

    /// Every live goroutine, in no particular order.
    pub(crate) fn snapshot(&self) -> Vec<GoroutineRef> {
        let mut all = Vec::new();
        for shard in self.shards.iter() {
            all.extend(shard.lock().slots.iter().flatten().cloned());
        }
        all
    }

    /// Empties the set, returning what it held (teardown).
    pub(crate) fn take_all(&self) -> Vec<GoroutineRef> {
        let mut all = Vec::new();
        for shard in self.shards.iter() {
            let mut shard = shard.lock();
            shard.free.clear();
            all.extend(shard.slots.drain(..).flatten());
        }
        all
    }
}
