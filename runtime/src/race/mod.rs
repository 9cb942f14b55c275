//! The data-race detector behind `minigo run -race`: FastTrack (Flanagan & Freund) over the
//! happens-before order of the Go memory model, with Go's report format.
//!
//! The VM tells it about memory accesses (`read`/`write` of a shared word's address; the
//! instrumentation exists only in programs compiled for `-race`) and about synchronisation
//! (`acquire`/`release` on a sync object's key); the runtime itself adds the edges of `go`
//! statements and channel operations.
//!
//! Invariants:
//! - Nothing here runs unless [`enable`] was called before the program started.
//! - A goroutine's [`GState`] (tid and vector clock) is read and written only by that
//!   goroutine while it runs, or by the goroutine completing a channel operation for it while
//!   it is parked and before it is readied (Go's `raceacquireg` on a sudog): never by two
//!   threads at once.
//! - `release` merges (`L := L ⊔ C`, TSan's Release), so many `Done`s all reach one `Wait`.

mod clock;
mod lockorder;
mod report;
mod shadow;

pub use report::{exit_status, Options};

use crate::sched::Goroutine;
use clock::{Tid, VectorClock};
use parking_lot::Mutex;
use std::cell::{Cell, UnsafeCell};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::atomic::{AtomicBool, Ordering};

/// An interned call stack, as the VM numbers them (see [`Hooks::render_stack`]).
pub type StackId = u32;

/// What the detector needs from the VM.
#[derive(Clone, Copy)]
pub struct Hooks {
    /// The frames of an interned stack, innermost first.
    pub render_stack: fn(StackId) -> Vec<crate::Frame>,
    /// The goroutine an interned stack belongs to (stacks are per goroutine, so the shadow
    /// needs no room for goroutine ids).
    pub stack_goroutine: fn(StackId) -> u64,
    /// Write report text (to stderr, after flushing stdout).
    pub write_stderr: fn(&[u8]),
    /// Flush stdout (before `halt_on_error` exits).
    pub flush_stdout: fn(),
    /// What the word at an address is, for the report's `Location is …` line (a global:
    /// `global 'main.counter' at 0x… (declared at prog.go:9)`), if the VM knows.
    pub describe: fn(u64) -> Option<String>,
}

static ENABLED: AtomicBool = AtomicBool::new(false);

/// Whether `-race` is on.
#[inline]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Turn the detector on (once, before the program starts).
pub fn enable(options: Options, hooks: Hooks) {
    report::configure(options, hooks);
    ENABLED.store(true, Ordering::SeqCst);
}

/// A goroutine's detector state: its tid and vector clock.
pub(crate) struct GState {
    tid: Tid,
    clock: VectorClock,
    /// Mutexes held, with their acquisition stacks (see `lockorder`).
    held: Vec<(u64, StackId)>,
    /// Accesses this goroutine already recorded in its current epoch (see [`Recent`]; made
    /// at its first access).
    recent: Option<Box<[Recent; RECENT]>>,
}

/// Slots of a goroutine's recent-access filter.
const RECENT: usize = 256;

/// A recorded access: `addr` was read (or written, `write`) by this goroutine at its own
/// clock value `clock`, between collections `gc` and `gc + 1` (`tag` is `gc << 1 | write`,
/// the collection count modulo 2^31). Repeating it in the same epoch is FastTrack's "same
/// epoch" case, which changes nothing in the shadow cell, so it skips the cell's lock
/// altogether. (A repeat could only find a race the earlier access already met, on an
/// address already reported.) Collections free memory and drop shadow cells, so an entry
/// from an earlier collection does not count.
#[derive(Clone, Copy, Default)]
struct Recent {
    addr: u64,
    clock: u32,
    tag: u32,
}

impl GState {
    fn fresh() -> GState {
        let mut state = GState {
            tid: clock::alloc_tid(),
            clock: VectorClock::default(),
            held: Vec::new(),
            recent: None,
        };
        state.tick();
        state
    }

    /// This goroutine's own clock entry advances (after a release or a fork).
    fn tick(&mut self) {
        self.clock.set(self.tid, clock::next_tick(self.tid));
    }
}

/// The slot in every goroutine that holds its [`GState`] (empty without `-race`).
#[derive(Default)]
pub(crate) struct GSlot(UnsafeCell<Option<Box<GState>>>);

impl GSlot {
    /// # Safety
    /// The caller is the goroutine itself, or completes an operation for it while it is
    /// parked (module invariant).
    #[allow(clippy::mut_from_ref)]
    unsafe fn get(&self) -> &mut GState {
        (*self.0.get()).get_or_insert_with(|| Box::new(GState::fresh()))
    }
}

fn with_current<R>(f: impl FnOnce(&mut GState, u64) -> R) -> Option<R> {
    let g = crate::worker::current_goroutine_ptr()?;
    // SAFETY: the running goroutine is alive while it runs, and this is that goroutine.
    let g = unsafe { &*g };
    // SAFETY: module invariant (the goroutine itself).
    Some(f(unsafe { g.race.get() }, g.goid()))
}

thread_local! {
    /// The creation stack of the goroutine the next `spawn` on this thread makes.
    static SPAWN_STACK: Cell<StackId> = const { Cell::new(0) };
}

/// Record the stack of the `go` statement about to spawn a goroutine.
pub fn set_spawn_stack(stack: StackId) {
    SPAWN_STACK.with(|s| s.set(stack));
}

/// `go`: the child starts with everything its parent did before (fork).
pub(crate) fn on_spawn(child: &Goroutine) {
    let stack = SPAWN_STACK.with(|s| s.replace(0));
    report::goroutine_created(child.goid(), stack);
    // SAFETY: the child has not started; nothing else touches its state.
    let state = unsafe { child.race.get() };
    with_current(|parent, _| {
        state.clock.join(&parent.clock);
        state.tick();
        parent.tick();
    });
}

/// A goroutine finished: its tid may be reused (see `clock`), its reports say `finished`.
pub(crate) fn on_finish(g: &Goroutine) {
    report::goroutine_finished(g.goid());
    // SAFETY: the goroutine has finished; its worker is the only one touching it.
    if let Some(state) = unsafe { (*g.race.0.get()).take() } {
        clock::free_tid(state.tid);
    }
}

/// A read (`write = false`) or write of the shared word at `addr` by the running goroutine;
/// `stack` names the access's call stack and is only called when it must be recorded.
pub fn access(addr: u64, write: bool, stack: impl FnOnce() -> StackId) {
    if let Some(g) = current_g() {
        g.access(addr, write, stack, || None);
    }
}

/// The running goroutine's detector state, which the VM keeps while the goroutine runs so
/// that an access needs no thread-local lookup.
#[derive(Clone, Copy)]
pub struct RaceG {
    state: *mut GState,
    goid: u64,
}

// SAFETY: a `RaceG` is only dereferenced by its own goroutine while it runs, on whichever
// thread runs it (the goroutine moves between threads with it).
unsafe impl Send for RaceG {}

/// The running goroutine's [`RaceG`] (none without `-race` or outside a goroutine).
pub fn current_g() -> Option<RaceG> {
    if !enabled() {
        return None;
    }
    let g = crate::worker::current_goroutine_ptr()?;
    // SAFETY: the running goroutine is alive while it runs, and this is that goroutine.
    let g = unsafe { &*g };
    // SAFETY: module invariant (the goroutine itself).
    let state: *mut GState = unsafe { g.race.get() };
    Some(RaceG {
        state,
        goid: g.goid(),
    })
}

impl RaceG {
    /// The goroutine's id: a `RaceG` may only be used by the goroutine with this id, while
    /// it runs (ids are never reused).
    pub fn goid(&self) -> u64 {
        self.goid
    }

    /// [`access`] by this goroutine, which must be the running one (see [`RaceG::goid`]);
    /// `location` says what the word is, if a report needs it (else [`Hooks::describe`]).
    #[inline]
    pub fn access(
        &self,
        addr: u64,
        write: bool,
        stack: impl FnOnce() -> StackId,
        location: impl FnOnce() -> Option<String>,
    ) {
        self.access_part(addr, addr..addr + 1, write, stack, location);
    }

    /// [`RaceG::access`] to `addr` as part of an access to `span` (where a report on it
    /// says the race is, see `report`).
    #[inline]
    fn access_part(
        &self,
        addr: u64,
        span: std::ops::Range<u64>,
        write: bool,
        stack: impl FnOnce() -> StackId,
        location: impl FnOnce() -> Option<String>,
    ) {
        // SAFETY: the goroutine is running (the caller's duty) and the state is its own; it
        // is freed only when the goroutine finishes.
        let state = unsafe { &mut *self.state };
        let now = state.clock.get(state.tid);
        let tag = (crate::gc::num_gc() as u32) << 1;
        let slot =
            ((addr >> 3).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - RECENT.ilog2())) as usize;
        let recent = state
            .recent
            .get_or_insert_with(|| Box::new([Recent::default(); RECENT]));
        let seen = &mut recent[slot];
        if seen.addr == addr
            && seen.clock == now
            && (seen.tag == tag | 1 || seen.tag == tag | write as u32)
        {
            return;
        }
        *seen = Recent {
            addr,
            clock: now,
            tag: tag | write as u32,
        };
        self.record(addr, span, write, stack, location);
    }

    #[inline(never)]
    fn record(
        &self,
        addr: u64,
        span: std::ops::Range<u64>,
        write: bool,
        stack: impl FnOnce() -> StackId,
        location: impl FnOnce() -> Option<String>,
    ) {
        // SAFETY: as in `access`.
        let state = unsafe { &*self.state };
        if let Some((this, prev)) = check(state, self.goid, addr, write, false, stack) {
            report::race(span, this, prev, location());
        }
    }
}

/// Check and record an access by the goroutine whose state and id these are.
fn check(
    state: &GState,
    goid: u64,
    addr: u64,
    write: bool,
    atomic: bool,
    stack: impl FnOnce() -> StackId,
) -> Option<(shadow::Access, shadow::Access)> {
    let who = shadow::Accessor {
        tid: state.tid,
        clock: &state.clock,
        goid,
        atomic,
    };
    shadow::access(addr, &who, write, stack)
}

/// Every word of `[addr, addr + len)` in steps of `step` bytes (a range access of `copy`,
/// `append`, a struct assignment…). As TSan sees a range access, a report on an element
/// covers the range's part in that element's 8-byte granule.
pub fn access_range(addr: u64, len: u64, step: u64, write: bool, stack: impl Fn() -> StackId) {
    let Some(g) = current_g() else { return };
    let end = addr + len;
    let mut a = addr;
    while a < end {
        let part = addr.max(a & !7)..end.min((a | 7) + 1);
        g.access_part(a, part, write, &stack, || None);
        a += step;
    }
}

/// A synchronisation object: an address (a mutex, a WaitGroup, an atomic word…) plus a
/// sub-index (a channel's buffer slot, an RWMutex's reader side).
pub type SyncKey = (u64, u64);

type SyncTable = HashMap<SyncKey, VectorClock, BuildHasherDefault<shadow::AddrHasher>>;

const SYNC_SHARDS: usize = 64;

/// The released clocks, sharded by key (one key's operations are serialised by its shard).
static SYNC: [Mutex<Option<SyncTable>>; SYNC_SHARDS] = [const { Mutex::new(None) }; SYNC_SHARDS];

fn sync_shard(key: SyncKey) -> parking_lot::MappedMutexGuard<'static, SyncTable> {
    let h = (key.0 >> 3 ^ key.1).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58;
    parking_lot::MutexGuard::map(SYNC[h as usize].lock(), |t| {
        t.get_or_insert_with(SyncTable::default)
    })
}

/// `C := C ⊔ L(key)`: everything released on `key` happened before what the running
/// goroutine does next.
pub fn acquire(key: SyncKey) {
    if enabled() {
        with_current(|state, _| acquire_into(state, key));
    }
}

/// `L(key) := L(key) ⊔ C`, then the goroutine's own clock advances.
pub fn release(key: SyncKey) {
    if enabled() {
        with_current(|state, _| release_from(state, key));
    }
}

/// Both, in that order (every operation on a `sync.Map`).
pub fn acquire_release(key: SyncKey) {
    if enabled() {
        with_current(|state, _| {
            acquire_into(state, key);
            release_from(state, key);
        });
    }
}

/// What an atomic operation turned out to be, for its happens-before edges (the memory
/// orders Go's race runtime gives TSan for `sync/atomic`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtomicOp {
    /// A load, or a failed compare-and-swap: acquire only.
    Load,
    /// A store: release, replacing what earlier operations released (TSan's ReleaseStore).
    Store,
    /// A read-modify-write (add, swap, successful compare-and-swap): acquire, then release
    /// merging.
    Update,
}

/// An atomic operation `op` on the word at `key.0`, whose kind `what` tells from its
/// result. It is an access of that word too (a load reads it, anything else writes it),
/// checked before its edges with Go's race runtime, which races with plain accesses and
/// never with other atomic ones; its stack is unknown (Go's shows only `sync/atomic`
/// frames). No other synchronisation on the key happens between the operation and its
/// edges on the same word, so an operation that observes another's effect acquires its
/// release (Go's atomics are sequentially consistent).
pub fn atomic<R>(key: SyncKey, op: impl FnOnce() -> R, what: impl FnOnce(&R) -> AtomicOp) -> R {
    if !enabled() {
        return op();
    }
    let mut table = sync_shard(key);
    let result = op();
    let mut found = None;
    if let Some(g) = crate::worker::current_goroutine_ptr() {
        // SAFETY: the running goroutine is alive while it runs, and this is that goroutine.
        let (state, goid) = unsafe { ((*g).race.get(), (*g).goid()) };
        let what = what(&result);
        found = check(state, goid, key.0, what != AtomicOp::Load, true, || 0);
        match what {
            AtomicOp::Load => acquire_in(&table, state, key),
            AtomicOp::Store => {
                table.insert(key, state.clock.clone());
                state.tick();
            }
            AtomicOp::Update => {
                acquire_in(&table, state, key);
                release_in(&mut table, state, key);
            }
        }
    }
    drop(table);
    if let Some((this, prev)) = found {
        report::race(key.0..key.0 + 1, this, prev, None);
    }
    result
}

fn acquire_in(table: &SyncTable, state: &mut GState, key: SyncKey) {
    if let Some(l) = table.get(&key) {
        state.clock.join(l);
    }
}

fn release_in(table: &mut SyncTable, state: &mut GState, key: SyncKey) {
    table.entry(key).or_default().join(&state.clock);
    state.tick();
}

fn acquire_into(state: &mut GState, key: SyncKey) {
    acquire_in(&sync_shard(key), state, key);
}

fn release_from(state: &mut GState, key: SyncKey) {
    release_in(&mut sync_shard(key), state, key);
}

/// How a channel's operations synchronise (Go's `racenotify` and `racesync`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ChanSync {
    /// Unbuffered: sender and receiver each release their history to the other.
    Unbuffered,
    /// Buffered, elements of nonzero size: an operation on a buffer slot stores its history
    /// in the slot and acquires what the slot held (TSan's ReleaseStoreAcquire), so the k-th
    /// receive reaches the (k+C)-th send, and the slot's earlier history does not pass on.
    Slot,
    /// Buffered, zero-size elements: one sync object for all slots, which every operation
    /// acquires and then releases into (merging), as Go does for lack of buffer entries.
    Shared,
}

/// A buffered channel operation by the running goroutine on the slot `key`.
pub(crate) fn chan_slot(key: SyncKey, how: ChanSync) {
    if enabled() {
        with_current(|state, _| chan_slot_op(state, key, how));
    }
}

fn chan_slot_op(state: &mut GState, key: SyncKey, how: ChanSync) {
    let mut table = sync_shard(key);
    if how == ChanSync::Slot {
        let held = table.insert(key, state.clock.clone());
        if let Some(held) = held {
            state.clock.join(&held);
        }
        state.tick();
    } else {
        acquire_in(&table, state, key);
        release_in(&mut table, state, key);
    }
}

/// A channel operation completed by the running goroutine for a parked one (`other`), on
/// the channel's slot `key`: buffered, each side operates on the slot (this one first);
/// unbuffered (`racesync`), each side's release reaches the other. A timer's callback
/// (no goroutine) completes only `other`'s side.
pub(crate) fn sync_with_parked(other: &Goroutine, key: SyncKey, how: ChanSync) {
    let mut me = crate::worker::current_goroutine_ptr().map(|g| {
        // SAFETY: the running goroutine is alive while it runs, and this is that goroutine.
        unsafe { (*g).race.get() }
    });
    // SAFETY: `other` is parked and dequeued by the running code, not yet readied.
    let other = unsafe { other.race.get() };
    if how == ChanSync::Unbuffered {
        let mut table = sync_shard(key);
        // Go's racesync: this side releases on the slot (storing), the parked side acquires
        // it and releases (storing), this side acquires that.
        if let Some(me) = me.as_deref_mut() {
            other.clock.join(&me.clock);
            me.tick();
        } else if let Some(held) = table.get(&key) {
            other.clock.join(held);
        }
        let released = other.clock.clone();
        other.tick();
        if let Some(me) = me {
            me.clock.join(&released);
        }
        table.insert(key, released);
    } else {
        if let Some(me) = me {
            chan_slot_op(me, key, how);
        }
        chan_slot_op(other, key, how);
    }
}

/// `close` wakes a parked receiver, which returns the zero value: it acquires `key`.
pub(crate) fn acquire_for_parked(other: &Goroutine, key: SyncKey) {
    // SAFETY: `other` is parked and dequeued by the running goroutine, not yet readied.
    acquire_into(unsafe { other.race.get() }, key);
}

/// The running goroutine locked the mutex at `m` (acquisition stack `stack`): the
/// lock-order checker records it (see `lockorder`).
pub fn lock_acquired(m: u64, stack: impl FnOnce() -> StackId) {
    if enabled() {
        with_current(|state, goid| lockorder::acquired(&mut state.held, goid, m, stack()));
    }
}

/// The running goroutine unlocked the mutex at `m`.
pub fn lock_released(m: u64) {
    if enabled() {
        with_current(|state, _| lockorder::released(&mut state.held, m));
    }
}

/// Remember what the object at `obj` (a payload address) is, as the VM's `tag` says (its
/// type, the variable it holds), for the `Location is` line of reports on it.
pub fn set_object_tag(obj: u64, tag: u32) {
    if enabled() && obj != 0 {
        shadow::set_tag(obj - crate::heap::HEADER_SIZE as u64, tag);
    }
}

/// The tag [`set_object_tag`] gave the object whose payload starts at `obj` (none for any
/// other address).
pub fn object_tag(obj: u64) -> Option<u32> {
    shadow::tag(obj.checked_sub(crate::heap::HEADER_SIZE as u64)?)
}

/// A new object occupies `[addr, addr + len)` (its memory may have held a freed one).
pub(crate) fn on_alloc(addr: u64, len: u64) {
    shadow::on_alloc(addr, len);
}

/// The collector drops detector state for memory it is about to free.
pub(crate) fn retain_live(live: &mut dyn FnMut(u64) -> bool) {
    if !enabled() {
        return;
    }
    shadow::retain_live(live);
    lockorder::retain_live(live);
    for shard in &SYNC {
        if let Some(m) = shard.lock().as_mut() {
            m.retain(|&(addr, _), _| live(addr));
        }
    }
}
