//! Shadow memory: the FastTrack state of every memory word a program shares (every byte of
//! packed byte arrays).
//!
//! Two forms. The *fast* form is direct-mapped: each 8-byte granule of memory has a
//! [`Granule`] of two packed accesses (the last write and the last read, each with a mask of
//! the granule's bytes it covers), found by address arithmetic through a two-level table. It
//! holds the common states: one write and at most one read per byte that matters, made by
//! goroutines with a tid of their own, small clocks and stack ids. Anything else (concurrent
//! reads, atomics, several writes in one granule, values too large to pack) *expands* the
//! granule: its bytes move to the *side* table of full [`Cell`]s, keyed by address, and the
//! granule says so from then on (until its memory is allocated again).
//!
//! Invariants:
//! - A cell holds the last write (an epoch `clock@tid` with the goroutine and the stack that
//!   made it) and the reads since that write that are not ordered before a later read (one
//!   per tid at most; usually zero or one). Writes are totally ordered unless a race was
//!   found, so one write suffices (FastTrack). A fast granule is exactly that state for each
//!   of its bytes: byte `b` was last written by `w` if `w`'s mask has bit `b` (else never, or
//!   by nothing still relevant), last read by `r` likewise. Word accesses use bit 0 only.
//! - A granule is read and changed only by the thread that took it (set [`LOCKED`] in its
//!   `w`); it is expanded (its cells moved to the side table, then `w` set to [`EXPANDED`])
//!   only while taken; side cells are read and changed only under their shard's lock. So
//!   concurrent accesses to one word never lose shadow information.
//! - A packed access's goroutine is its stack's (stacks are rooted at their goroutine, see
//!   [`super::Hooks::stack_goroutine`]); stack 0 is never packed.
//! - Granules are cleared when their memory is allocated ([`on_alloc`]); side cells of freed
//!   objects are dropped by the collector ([`retain_live`]) before the memory can be reused.
//!   So a new object never inherits an old one's history.

use super::clock::{Tid, VectorClock};
use super::StackId;
use parking_lot::Mutex;
use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::atomic::{AtomicPtr, AtomicU64, Ordering};

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

/// The accessing goroutine: its tid, vector clock and id.
pub struct Accessor<'a> {
    pub tid: Tid,
    pub clock: &'a VectorClock,
    pub goid: u64,
    /// The access is a `sync/atomic` operation's.
    pub atomic: bool,
}

/// What an access found: the earlier access it races with, with this access.
pub type Race = Option<(Access, Access)>;

/// Check an access to `addr` against the location's history and record it. Returns the
/// earlier conflicting access, if this one races with it, together with this access.
/// `stack` is only called when the access must be recorded (not for a repeat in the same
/// epoch).
pub fn access(addr: u64, who: &Accessor, write: bool, stack: impl FnOnce() -> StackId) -> Race {
    let mut stack = Some(stack);
    let mut id = None;
    let mut stack = move || *id.get_or_insert_with(|| stack.take().map_or(0, |s| s()));
    let Some(granule) = granule(addr, true) else {
        return side_access(addr, who, write, stack());
    };
    if let Some(w) = granule.lock() {
        if !who.atomic {
            if let Some((found, w)) = granule.access(w, addr, who, write, &mut stack) {
                granule.w.store(w.0, Ordering::Release);
                return found;
            }
        }
        granule.expand(w, addr & !7);
    }
    side_access(addr, who, write, stack())
}

// ------------------------------------------------------------------------ fast form

/// A packed access: tid (8 bits), clock (24), a bit [`LOCKED`] that only a granule's `w`
/// uses, stack (23), byte mask (8); 0 is none.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Packed(u64);

/// In a granule's `w`: its bytes' state is in the side table.
const EXPANDED: u64 = u64::MAX;

/// In a granule's `w` (other than [`EXPANDED`]): a thread is reading or changing the
/// granule, and owns it until it stores `w` again.
const LOCKED: u64 = 1 << 31;

impl Packed {
    const NONE: Packed = Packed(0);

    /// The access, if it fits (never [`EXPANDED`]: its clock would be the largest).
    fn new(tid: Tid, clock: u32, stack: StackId, mask: u8) -> Option<Packed> {
        (tid < 1 << 8 && clock < (1 << 24) - 1 && stack != 0 && stack < 1 << 23).then_some(Packed(
            (tid as u64) << 56 | (clock as u64) << 32 | (stack as u64) << 8 | mask as u64,
        ))
    }
    fn tid(self) -> Tid {
        (self.0 >> 56) as Tid
    }
    fn clock(self) -> u32 {
        (self.0 >> 32) as u32 & 0xFF_FFFF
    }
    fn stack(self) -> StackId {
        (self.0 >> 8) as u32 & 0x7F_FFFF
    }
    fn mask(self) -> u8 {
        self.0 as u8
    }
    fn with_mask(self, mask: u8) -> Packed {
        if mask == 0 {
            Packed::NONE
        } else {
            Packed(self.0 & !0xFF | mask as u64)
        }
    }
    /// The same access (all but the mask).
    fn same_access(self, other: Packed) -> bool {
        self.0 >> 8 == other.0 >> 8
    }
    fn covers(self, mask: u8) -> bool {
        self.mask() & mask != 0
    }
    /// Made in the epoch `clock@tid`.
    fn in_epoch(self, tid: Tid, clock: u32) -> bool {
        self.0 != 0 && self.tid() == tid && self.clock() == clock
    }
    fn ordered_before(self, now: &VectorClock) -> bool {
        self.clock() <= now.get(self.tid())
    }
    fn unpack(self, write: bool) -> Access {
        Access {
            tid: self.tid(),
            clock: self.clock(),
            goid: super::report::stack_goroutine(self.stack()),
            stack: self.stack(),
            write,
            atomic: false,
        }
    }
}

/// The fast shadow of one 8-byte granule (module invariants).
#[derive(Default)]
struct Granule {
    w: AtomicU64,
    r: AtomicU64,
}

impl Granule {
    /// Take the granule (its `w` as it was), or `None` once it is expanded.
    fn lock(&self) -> Option<Packed> {
        let mut spins = 0u32;
        loop {
            let w = self.w.load(Ordering::Acquire);
            if w == EXPANDED {
                return None;
            }
            if w & LOCKED == 0
                && self
                    .w
                    .compare_exchange_weak(w, w | LOCKED, Ordering::Acquire, Ordering::Relaxed)
                    .is_ok()
            {
                return Some(Packed(w));
            }
            spins += 1;
            if spins.is_multiple_of(64) {
                std::thread::yield_now();
            } else {
                std::hint::spin_loop();
            }
        }
    }

    /// The fast-form access on the taken granule whose write was `w`: what it found and the
    /// write to store (releasing the granule), or `None` if the granule must expand for it.
    fn access(
        &self,
        w: Packed,
        addr: u64,
        who: &Accessor,
        write: bool,
        stack: &mut impl FnMut() -> StackId,
    ) -> Option<(Race, Packed)> {
        let mask = 1u8 << (addr & 7);
        let r = Packed(self.r.load(Ordering::Relaxed));
        let now = who.clock.get(who.tid);
        let w_here = w.covers(mask);
        let r_here = r.covers(mask);
        if (w_here && w.in_epoch(who.tid, now) && !r_here)
            || (!write && r_here && r.in_epoch(who.tid, now))
        {
            return Some((None, w));
        }
        let conflict = |p: Packed| p.tid() != who.tid && !p.ordered_before(who.clock);
        let racy = if w_here && conflict(w) {
            Some(w.unpack(true))
        } else if write && r_here && conflict(r) {
            Some(r.unpack(false))
        } else {
            None
        };
        let me = Packed::new(who.tid, now, stack(), mask)?;
        let w = if write {
            let w = if w.mask() & !mask == 0 {
                me
            } else if w.same_access(me) {
                w.with_mask(w.mask() | mask)
            } else {
                return None;
            };
            self.r
                .store(r.with_mask(r.mask() & !mask).0, Ordering::Relaxed);
            w
        } else {
            let r = if r.mask() & !mask == 0 && (r == Packed::NONE || r.ordered_before(who.clock)) {
                me
            } else if r.same_access(me) {
                r.with_mask(r.mask() | mask)
            } else {
                return None;
            };
            self.r.store(r.0, Ordering::Relaxed);
            w
        };
        let this = Access {
            tid: who.tid,
            clock: now,
            goid: who.goid,
            stack: me.stack(),
            write,
            atomic: false,
        };
        Some((racy.map(|prev| (this, prev)), w))
    }

    /// Move the taken granule at `base`, whose write was `w`, to the side table.
    fn expand(&self, w: Packed, base: u64) {
        let r = Packed(self.r.swap(0, Ordering::Relaxed));
        for b in 0..8 {
            let mask = 1u8 << b;
            if !w.covers(mask) && !r.covers(mask) {
                continue;
            }
            let mut guard = shard(base + b).lock();
            let cell = guard
                .get_or_insert_with(Table::default)
                .entry(base + b)
                .or_default();
            if w.covers(mask) {
                cell.write = Some(w.unpack(true));
            }
            if r.covers(mask) {
                cell.reads.push(r.unpack(false));
            }
        }
        self.w.store(EXPANDED, Ordering::Release);
    }
}

/// Granules per chunk: a chunk shadows 64 KiB of memory.
const CHUNK_GRANULES: usize = 1 << 13;
/// Chunk pointers per second-level table (4 GiB of memory).
const L2_ENTRIES: usize = 1 << 16;
/// Second-level tables: the 47-bit user address space.
const L1_ENTRIES: usize = 1 << 15;

type Chunk = [Granule; CHUNK_GRANULES];
type L2 = [AtomicPtr<Chunk>; L2_ENTRIES];

static L1: [AtomicPtr<L2>; L1_ENTRIES] =
    [const { AtomicPtr::new(std::ptr::null_mut()) }; L1_ENTRIES];

/// The pointer in `slot`, allocated zeroed (all-null or all-empty) if `create` and missing.
fn get_or_alloc<T>(slot: &AtomicPtr<T>, create: bool) -> Option<&'static T> {
    let mut p = slot.load(Ordering::Acquire);
    if p.is_null() {
        if !create {
            return None;
        }
        let layout = Layout::new::<T>();
        // SAFETY: the layout is non-zero-sized; all-zero bytes are a valid `T` (atomics).
        let fresh = unsafe { alloc_zeroed(layout) } as *mut T;
        if fresh.is_null() {
            crate::oom::out_of_memory();
        }
        p = match slot.compare_exchange(
            std::ptr::null_mut(),
            fresh,
            Ordering::AcqRel,
            Ordering::Acquire,
        ) {
            Ok(_) => fresh,
            Err(other) => {
                // SAFETY: `fresh` was allocated above with this layout and never shared.
                unsafe { dealloc(fresh as *mut u8, layout) };
                other
            }
        };
    }
    // SAFETY: published tables and chunks are never freed.
    Some(unsafe { &*p })
}

/// The granule of `addr` (made if `create`); none beyond the 47-bit address space.
fn granule(addr: u64, create: bool) -> Option<&'static Granule> {
    let l1 = L1.get((addr >> 32) as usize)?;
    let l2 = get_or_alloc(l1, create)?;
    let chunk = get_or_alloc(&l2[(addr >> 16) as usize & (L2_ENTRIES - 1)], create)?;
    Some(&chunk[(addr >> 3) as usize & (CHUNK_GRANULES - 1)])
}

/// Tag the object whose header word is at `header` with `tag` (what the VM says the object
/// is): the header's granule holds no accesses (checks are of payload words), so its `r`
/// keeps the tag, marked with [`LOCKED`]'s bit, which no packed read has, until the memory
/// is allocated again.
pub fn set_tag(header: u64, tag: u32) {
    if let Some(g) = granule(header, true) {
        g.r.store((tag as u64) << 32 | LOCKED, Ordering::Relaxed);
    }
}

/// The tag of the object whose header word is at `header` (none if `header` is not an
/// object's header, or the object has none).
pub fn tag(header: u64) -> Option<u32> {
    let v = granule(header, false)?.r.load(Ordering::Relaxed);
    (v & LOCKED != 0).then_some((v >> 32) as u32)
}

/// A new object occupies `[addr, addr + len)`: its granules start empty.
pub fn on_alloc(addr: u64, len: u64) {
    let mut a = addr & !7;
    while a < addr + len {
        match granule(a, false) {
            Some(g) => {
                g.w.store(0, Ordering::Relaxed);
                g.r.store(0, Ordering::Relaxed);
                a += 8;
            }
            // No chunk: nothing recorded up to the next chunk boundary.
            None => a = (a | 0xFFFF) + 1,
        }
    }
}

// ------------------------------------------------------------------------ side table

/// Multiplicative hashing of addresses (their low 3 bits carry little) and tuples of them.
#[derive(Default)]
pub(super) struct AddrHasher(u64);

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
        self.0 = (self.0.rotate_left(29) ^ x ^ (x >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type Table = HashMap<u64, Cell, BuildHasherDefault<AddrHasher>>;

const SHARDS: usize = 64;

static SHADOW: [Mutex<Option<Table>>; SHARDS] = [const { Mutex::new(None) }; SHARDS];

fn shard(addr: u64) -> &'static Mutex<Option<Table>> {
    &SHADOW[((addr >> 3) as usize ^ (addr >> 12) as usize) % SHARDS]
}

/// The access in the side table (the location's granule is expanded, or there is none).
fn side_access(addr: u64, who: &Accessor, write: bool, stack: StackId) -> Race {
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
        stack,
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

    /// An access by `tid` whose clock is `entries`, with stack `stack`.
    fn at(addr: u64, tid: Tid, entries: &[(Tid, u32)], write: bool, stack: StackId) -> Race {
        let c = clock(entries);
        let who = Accessor {
            tid,
            clock: &c,
            goid: tid as u64 + 1,
            atomic: false,
        };
        access(addr, &who, write, || stack)
    }

    /// Each test uses its own block of memory (tests run in parallel).
    fn block(n: u64) -> u64 {
        0x7000_0000_0000 + n * 0x1_0000
    }

    #[test]
    fn unordered_writes_race_and_ordered_ones_do_not() {
        let addr = block(1) + 8;
        assert_eq!(at(addr, 0, &[(0, 1)], true, 7), None);
        // tid 1 knows tid 0 only up to clock 0: concurrent.
        let (this, prev) = at(addr, 1, &[(1, 1)], true, 8).expect("a race");
        assert_eq!((this.stack, this.goid, prev.stack, prev.tid), (8, 2, 7, 0));
        // tid 2 has seen both writes: no race.
        assert_eq!(at(addr, 2, &[(0, 1), (1, 1), (2, 1)], false, 9), None);
    }

    #[test]
    fn concurrent_reads_race_with_a_later_write() {
        let addr = block(2) + 16;
        assert_eq!(at(addr, 0, &[(0, 1)], false, 1), None);
        assert_eq!(at(addr, 1, &[(1, 1)], false, 2), None);
        // A writer ordered after the first read only still races with the second.
        let (_, prev) = at(addr, 2, &[(0, 1), (2, 1)], true, 3).expect("a race");
        assert_eq!((prev.tid, prev.write), (1, false));
    }

    #[test]
    fn bytes_of_one_granule_are_separate_locations() {
        let base = block(3);
        // One goroutine writes bytes 0..8 in one epoch from one stack (one packed write).
        for b in 0..8 {
            assert_eq!(at(base + b, 0, &[(0, 1)], true, 5), None);
        }
        // Another, ordered after it, writes byte 3 from elsewhere: the granule expands.
        assert_eq!(at(base + 3, 1, &[(0, 1), (1, 1)], true, 6), None);
        // A third goroutine, ordered after neither, races with each byte's own writer.
        let (_, prev) = at(base + 3, 2, &[(2, 1)], false, 7).expect("a race");
        assert_eq!((prev.tid, prev.stack), (1, 6));
        let (_, prev) = at(base + 4, 2, &[(2, 1)], false, 7).expect("a race");
        assert_eq!((prev.tid, prev.stack), (0, 5));
    }

    #[test]
    fn concurrent_writes_to_different_bytes_do_not_race() {
        let base = block(4);
        assert_eq!(at(base, 0, &[(0, 1)], true, 1), None);
        assert_eq!(at(base + 1, 1, &[(1, 1)], true, 2), None);
        assert!(at(base + 1, 0, &[(0, 2)], true, 3).is_some());
    }

    #[test]
    fn allocation_forgets_the_history() {
        let addr = block(5);
        assert_eq!(at(addr, 0, &[(0, 1)], true, 1), None);
        on_alloc(addr - 8, 16);
        assert_eq!(at(addr, 1, &[(1, 1)], true, 2), None);
    }
}
