//! Shadow memory: the FastTrack state of every memory word a program shares, keyed by the
//! word's address (a byte address for packed byte arrays).
//!
//! Invariants:
//! - A cell holds the last write (an epoch `clock@tid` with the goroutine and the stack that
//!   made it) and the reads since that write that are not ordered before a later read (one
//!   per tid at most; usually zero or one). Writes are totally ordered unless a race was
//!   found, so one write suffices (FastTrack).
//! - A cell is only read and updated under its shard's lock, so concurrent accesses to one
//!   word never lose shadow information.
//! - Cells of freed objects are dropped by the collector ([`retain_live`]) before the memory
//!   can be reused, so a new object never inherits an old one's history.

use super::clock::{Tid, VectorClock};
use super::StackId;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// One recorded memory access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Access {
    pub tid: Tid,
    pub clock: u32,
    pub goid: u64,
    pub stack: StackId,
    pub write: bool,
    /// Made by a `sync/atomic` operation: two atomic accesses never race.
    pub atomic: bool,
}

impl Access {
    /// Whether this access happened before the moment `now` describes.
    fn ordered_before(&self, now: &VectorClock) -> bool {
        self.clock <= now.get(self.tid)
    }
}

#[derive(Default)]
struct Cell {
    write: Option<Access>,
    reads: Vec<Access>,
}

/// Multiplicative hashing of word addresses (their low 3 bits carry little).
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = (x ^ (x >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type Table = HashMap<u64, Cell, BuildHasherDefault<AddrHasher>>;

const SHARDS: usize = 64;

static SHADOW: [Mutex<Option<Table>>; SHARDS] = [const { Mutex::new(None) }; SHARDS];

fn shard(addr: u64) -> &'static Mutex<Option<Table>> {
    &SHADOW[((addr >> 3) as usize ^ (addr >> 12) as usize) % SHARDS]
}

/// The accessing goroutine: its tid, vector clock and id.
pub struct Accessor<'a> {
    pub tid: Tid,
    pub clock: &'a VectorClock,
    pub goid: u64,
    /// The access is a `sync/atomic` operation's.
    pub atomic: bool,
}

/// Check an access to `addr` against the cell's history and record it. Returns the earlier
/// conflicting access, if this one races with it, together with this access. `stack` is only
/// called when the access must be recorded (not for a repeat in the same epoch).
pub fn access(
    addr: u64,
    who: &Accessor,
    write: bool,
    stack: impl FnOnce() -> StackId,
) -> Option<(Access, Access)> {
    let now = who.clock.get(who.tid);
    let mut guard = shard(addr).lock();
    let cell = guard
        .get_or_insert_with(Table::default)
        .entry(addr)
        .or_default();
    let same_epoch = |a: &Access| a.tid == who.tid && a.clock == now;
    if write {
        if cell.write.as_ref().is_some_and(same_epoch) && cell.reads.is_empty() {
            return None;
        }
    } else if cell.reads.iter().any(same_epoch)
        || (cell.write.as_ref().is_some_and(same_epoch) && cell.reads.is_empty())
    {
        return None;
    }
    let conflict =
        |a: &Access| a.tid != who.tid && !a.ordered_before(who.clock) && !(a.atomic && who.atomic);
    let mut racy = cell.write.filter(conflict);
    if write && racy.is_none() {
        racy = cell.reads.iter().find(|a| conflict(a)).copied();
    }
    let this = Access {
        tid: who.tid,
        clock: now,
        goid: who.goid,
        stack: stack(),
        write,
        atomic: who.atomic,
    };
    if write {
        cell.write = Some(this);
        cell.reads.clear();
    } else {
        // Reads ordered before this one are subsumed by it (a later write that races with
        // them races with this one too, or is ordered after both) unless only one of them is
        // atomic.
        cell.reads.retain(|a| {
            (a.tid != who.tid && !a.ordered_before(who.clock)) || a.atomic != who.atomic
        });
        cell.reads.push(this);
    }
    racy.map(|prev| (this, prev))
}

/// Drop the cells of every address `live` says is no longer allocated (the collector calls
/// this with the world stopped, before it frees the memory).
pub fn retain_live(live: &mut dyn FnMut(u64) -> bool) {
    for shard in &SHADOW {
        if let Some(table) = shard.lock().as_mut() {
            table.retain(|&addr, _| live(addr));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock(entries: &[(Tid, u32)]) -> VectorClock {
        let mut c = VectorClock::default();
        for &(t, v) in entries {
            c.set(t, v);
        }
        c
    }

    #[test]
    fn unordered_writes_race_and_ordered_ones_do_not() {
        let addr = 0x1000_0008;
        let a = clock(&[(0, 1)]);
        let who = Accessor {
            tid: 0,
            clock: &a,
            goid: 1,
            atomic: false,
        };
        assert_eq!(access(addr, &who, true, || 7), None);
        // tid 1 knows tid 0 only up to clock 0: concurrent.
        let b = clock(&[(1, 1)]);
        let who = Accessor {
            tid: 1,
            clock: &b,
            goid: 2,
            atomic: false,
        };
        let (this, prev) = access(addr, &who, true, || 8).expect("a race");
        assert_eq!((this.stack, prev.stack, prev.goid), (8, 7, 1));
        // tid 2 has seen both writes: no race.
        let c = clock(&[(0, 1), (1, 1), (2, 1)]);
        let who = Accessor {
            tid: 2,
            clock: &c,
            goid: 3,
            atomic: false,
        };
        assert_eq!(access(addr, &who, false, || 9), None);
    }

    #[test]
    fn concurrent_reads_race_with_a_later_write() {
        let addr = 0x2000_0010;
        let r1 = clock(&[(0, 1)]);
        let r2 = clock(&[(1, 1)]);
        assert_eq!(
            access(
                addr,
                &Accessor {
                    tid: 0,
                    clock: &r1,
                    goid: 1,
                    atomic: false
                },
                false,
                || 1
            ),
            None
        );
        assert_eq!(
            access(
                addr,
                &Accessor {
                    tid: 1,
                    clock: &r2,
                    goid: 2,
                    atomic: false
                },
                false,
                || 2
            ),
            None
        );
        // A writer ordered after the first read only still races with the second.
        let w = clock(&[(0, 1), (2, 1)]);
        let (_, prev) = access(
            addr,
            &Accessor {
                tid: 2,
                clock: &w,
                goid: 3,
                atomic: false,
            },
            true,
            || 3,
        )
        .expect("a race");
        assert_eq!((prev.tid, prev.write), (1, false));
    }
}
