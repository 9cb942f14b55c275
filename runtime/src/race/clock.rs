//! Vector clocks and the thread slots ("tids") they are indexed by.
//!
//! Invariants:
//! - A clock maps tids to counters; missing entries are 0.
//! - There are at most [`MAX_TIDS`] tids (256, as TSan v3's slots), so no clock has more
//!   entries, however many goroutines run. A new goroutine takes a tid no live goroutine
//!   holds (a fresh one, else the one freed longest ago); only when all are held do
//!   goroutines share a tid. Each tid has one counter, advanced by whichever goroutine holding
//!   it ticks, so clocks never go backwards.
//! - Goroutines sharing a tid — at once, or one after the other — are never reported as
//!   racing with each other (an access by one looks like the other's own): sharing can miss a
//!   race, never invent one. Small programs (fewer than `MAX_TIDS` goroutines ever) compare
//!   every pair exactly.
use parking_lot::Mutex;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU32, Ordering};

/// Slot index of a goroutine in vector clocks.
pub type Tid = u32;

/// A vector clock: a counter per tid (dense; a clock is as long as the highest tid it
/// knows, at most [`MAX_TIDS`] entries, so a join is a short vectorised loop).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VectorClock(Vec<u32>);

impl VectorClock {
    pub fn get(&self, t: Tid) -> u32 {
        self.0.get(t as usize).copied().unwrap_or(0)
    }

    pub fn set(&mut self, t: Tid, v: u32) {
        let t = t as usize;
        if t >= self.0.len() {
            self.0.resize(t + 1, 0);
        }
        self.0[t] = v;
    }

    /// `self := self ⊔ other`.
    pub fn join(&mut self, other: &VectorClock) {
        if other.0.len() > self.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (a, &b) in self.0.iter_mut().zip(&other.0) {
            *a = (*a).max(b);
        }
    }
}

/// Tids in all.
const MAX_TIDS: usize = 256;

struct Allocator {
    /// Tids handed out so far (fresh ones come first).
    made: usize,
    /// Live goroutines per tid.
    holders: Vec<u32>,
    /// Tids no live goroutine holds, freed longest ago first.
    free: VecDeque<Tid>,
    /// Where sharing starts looking when every tid is held.
    cursor: usize,
}

static TIDS: Mutex<Allocator> = Mutex::new(Allocator {
    made: 0,
    holders: Vec::new(),
    free: VecDeque::new(),
    cursor: 0,
});

static COUNTERS: [AtomicU32; MAX_TIDS] = [const { AtomicU32::new(0) }; MAX_TIDS];

/// A tid for a new goroutine.
pub fn alloc_tid() -> Tid {
    let mut a = TIDS.lock();
    let t = if a.made < MAX_TIDS {
        a.made += 1;
        a.holders.push(0);
        a.made - 1
    } else if let Some(t) = a.free.pop_front() {
        t as usize
    } else {
        a.cursor = (a.cursor + 1) % MAX_TIDS;
        a.cursor
    };
    a.holders[t] += 1;
    t as Tid
}

/// A goroutine holding `t` finished.
pub fn free_tid(t: Tid) {
    let mut a = TIDS.lock();
    a.holders[t as usize] -= 1;
    if a.holders[t as usize] == 0 {
        a.free.push_back(t);
    }
}

/// The next value of `t`'s counter (a tick of a goroutine holding it).
pub fn next_tick(t: Tid) -> u32 {
    COUNTERS[t as usize].fetch_add(1, Ordering::Relaxed) + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_takes_the_maximum_per_entry() {
        let mut a = VectorClock::default();
        a.set(0, 3);
        a.set(2, 1);
        let mut b = VectorClock::default();
        b.set(1, 5);
        b.set(2, 4);
        a.join(&b);
        assert_eq!((a.get(0), a.get(1), a.get(2), a.get(9)), (3, 5, 4, 0));
    }
}
