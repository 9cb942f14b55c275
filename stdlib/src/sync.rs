//! Package `sync`: `Mutex`, `RWMutex`, `WaitGroup`, `Once`, `Cond` (+ `NewCond`), `Pool`,
//! `Map`, and the `Locker` interface (declared by the checker).
//!
//! Layout: the checker declares every sync type as a struct with one hidden word
//! (`impl uintptr`; `Cond` is `{L Locker; impl}`, `Pool` is `{New func() any; impl}`). A
//! pointer-receiver method gets the struct object itself as argument 0. The hidden word holds,
//! created on first use with a compare-and-swap (so the zero value works and embedding works):
//! - `Mutex`, `RWMutex`, `WaitGroup`, `Once`: a `Words` state object whose slots are the
//!   algorithm's state words and semaphores (semaphores are `runtime::sema_*` counts keyed by
//!   the slot's address; the collector never moves objects, so addresses are stable);
//! - `Cond`, `Pool`, `Map`: a native object ([`CondState`], [`PoolState`], [`SyncMap`]).
//!
//! Copying a sync value after first use shares the state object (Go would copy the state; `go
//! vet` rejects such copies anyway).
//!
//! Blocking goes through `runtime::sema_acquire_start` (wait reason `semacquire`, as Go 1.19
//! shows for Mutex, RWMutex and WaitGroup) or park/ready (`sync.Cond.Wait`), and then
//! `NativeCtx::block`, so a goroutine waiting in them holds no native stack. Misuse reports Go's
//! texts: `fatal error: sync: unlock of unlocked mutex`, `sync: Unlock of unlocked RWMutex`,
//! `sync: RUnlock of unlocked RWMutex` (fatal), `panic: sync: negative WaitGroup counter`
//! (a recoverable panic with a string value, as Go's `panic("…")`).

use crate::util;
use crate::{declare, native};
use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use runtime::{GoroutineRef, WaitReason};
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::atomic::AtomicU64;
use std::sync::atomic::Ordering::{AcqRel, Acquire, Release, SeqCst};
use vm::native::{NativeCtx, NativeImpl, Panic};
use vm::program::Program;
use vm::value::{self, MapKey};

// ---------------------------------------------------------------- shared helpers

/// A `panic(msg)` with a Go string value, as the sync package's own panics are.
pub fn string_panic(msg: &str) -> Panic {
    Panic::Value(value::iface_new(
        lang::types::BasicKind::String as u32,
        value::str_new(msg.as_bytes()),
    ))
}

fn nil_check(recv: Word) -> Result<Word, Panic> {
    if recv == 0 {
        Err(util::nil_deref())
    } else {
        Ok(recv)
    }
}

/// The `Words(n)` state object kept in slot `slot` of the sync value `recv`, created on first
/// use (a racing creator loses its CAS and uses the winner's object).
pub fn state_words(recv: Word, slot: usize, n: usize) -> Result<Word, Panic> {
    let recv = nil_check(recv)?;
    let cell = heap::words(recv)
        .get(slot)
        .ok_or_else(|| Panic::Fatal("sync: corrupt value".into()))?;
    let cur = cell.load(Acquire);
    if cur != 0 {
        return Ok(cur);
    }
    let obj = heap::alloc_words(n);
    match cell.compare_exchange(0, obj, AcqRel, Acquire) {
        Ok(_) => Ok(obj),
        Err(winner) => Ok(winner),
    }
}

/// The native object of type `T` kept in slot `slot` of `recv`, created on first use.
fn state_native<T: NativeObject + Default>(recv: Word, slot: usize) -> Result<&'static T, Panic> {
    let recv = nil_check(recv)?;
    let cell = heap::words(recv)
        .get(slot)
        .ok_or_else(|| Panic::Fatal("sync: corrupt value".into()))?;
    let cur = cell.load(Acquire);
    if cur != 0 {
        if let Some(s) = heap::native::<T>(cur) {
            return Ok(s);
        }
    }
    let obj = heap::alloc_native(Box::<T>::default());
    let obj = match cell.compare_exchange(cur, obj, AcqRel, Acquire) {
        Ok(_) => obj,
        Err(winner) => winner,
    };
    heap::native::<T>(obj).ok_or_else(|| Panic::Fatal("sync: corrupt value".into()))
}

fn slot(obj: Word, i: usize) -> &'static AtomicU64 {
    &heap::words(obj)[i]
}

fn slot_addr(obj: Word, i: usize) -> Word {
    obj + 8 * i as Word
}

// ---------------------------------------------------------------- Mutex

const LOCKED: u64 = 1;
const WAITER: u64 = 2;

/// A mutex over two words of a state object: `state` (bit 0 = locked, the rest counts
/// waiters in units of [`WAITER`]) and the semaphore right after it.
///
/// Invariant: a goroutine registers as a waiter only with a CAS from a locked state, and an
/// unlocker that sees waiters (and the lock still free) removes one and releases the
/// semaphore once, so a waiter that registered is always woken by some later unlock. A woken
/// waiter competes again (no hand-off: a newcomer may barge, as in Go's normal mode).
#[derive(Clone, Copy)]
pub struct RawMutex {
    state: Word,
}

impl RawMutex {
    /// The mutex whose state word is slot `i` of `obj` (its semaphore is slot `i + 1`).
    pub fn at(obj: Word, i: usize) -> RawMutex {
        RawMutex {
            state: slot_addr(obj, i),
        }
    }

    fn st(self) -> &'static AtomicU64 {
        heap::word_at(self.state)
    }

    fn sema(self) -> Word {
        self.state + 8
    }

    /// Takes the lock (`true`), or registers as a waiter on the semaphore and marks the
    /// goroutine parking (`false`): once readied, it must call this again.
    fn lock_or_wait(self) -> bool {
        let st = self.st();
        if st.compare_exchange(0, LOCKED, AcqRel, Acquire).is_ok() {
            return self.acquired();
        }
        let mut spins = 0;
        loop {
            let v = st.load(Acquire);
            if v & LOCKED == 0 {
                if st
                    .compare_exchange_weak(v, v | LOCKED, AcqRel, Acquire)
                    .is_ok()
                {
                    return self.acquired();
                }
                continue;
            }
            // Go's active spinning (sync_runtime_canSpin): on a multicore machine the holder
            // is likely running and about to unlock; a short spin is cheaper than a park.
            if spins < MUTEX_SPINS && multicore() {
                spins += 1;
                for _ in 0..MUTEX_SPIN_PAUSES {
                    std::hint::spin_loop();
                }
                continue;
            }
            if st
                .compare_exchange_weak(v, v + WAITER, AcqRel, Acquire)
                .is_ok()
                && !runtime::sema_acquire_start(self.sema())
            {
                return false;
            }
        }
    }

    pub fn try_lock(self) -> bool {
        let st = self.st();
        let v = st.load(Acquire);
        v & LOCKED == 0
            && st.compare_exchange(v, v | LOCKED, AcqRel, Acquire).is_ok()
            && self.acquired()
    }

    /// Under `-race`, the lock-order checker learns that the calling goroutine holds this
    /// mutex (`Lock`, `TryLock`, `RWMutex.Lock`).
    fn note_locked(self, ctx: &NativeCtx) {
        runtime::race::lock_acquired(self.state, || ctx.race_stack());
    }

    /// The lock was taken: under `-race`, every earlier `Unlock` happened before (`true`).
    fn acquired(self) -> bool {
        runtime::race::acquire((self.state, 0));
        true
    }

    /// Unlocks; false if it was not locked.
    pub fn unlock(self) -> bool {
        runtime::race::release((self.state, 0));
        let st = self.st();
        let mut v = st.load(Acquire);
        loop {
            if v & LOCKED == 0 {
                return false;
            }
            match st.compare_exchange_weak(v, v & !LOCKED, AcqRel, Acquire) {
                Ok(_) => break,
                Err(now) => v = now,
            }
        }
        let mut v = st.load(Acquire);
        loop {
            if v < WAITER || v & LOCKED != 0 {
                // No waiter, or a new owner took the lock: its unlock wakes the next one.
                return true;
            }
            match st.compare_exchange_weak(v, v - WAITER, AcqRel, Acquire) {
                Ok(_) => {
                    runtime::sema_release(self.sema());
                    return true;
                }
                Err(now) => v = now,
            }
        }
    }
}

/// Spins (of `MUTEX_SPIN_PAUSES` pause instructions each) before a contended `Lock` parks,
/// as Go's `active_spin` and `active_spin_cnt`.
const MUTEX_SPINS: u32 = 4;
const MUTEX_SPIN_PAUSES: u32 = 30;

fn multicore() -> bool {
    static CPUS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CPUS.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get())) > 1
}

fn mutex(recv: Word) -> Result<RawMutex, Panic> {
    Ok(RawMutex::at(state_words(recv, 0, 2)?, 0))
}

/// `Mutex.Lock` (and its own completion after a wake-up: the lock is tried again).
fn mutex_lock(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let m = mutex(r[0])?;
    if m.lock_or_wait() {
        m.note_locked(ctx);
        Ok(())
    } else {
        ctx.block(WaitReason::Semacquire, mutex_lock, r)
    }
}

/// Acquire the semaphore at `addr`, blocking through `ctx`; `then` completes the operation.
fn sema_acquire_then(
    ctx: &mut NativeCtx,
    addr: Word,
    then: NativeImpl,
    r: &mut [Word],
) -> Result<(), Panic> {
    if runtime::sema_acquire_start(addr) {
        then(ctx, r)
    } else {
        ctx.block(WaitReason::Semacquire, then, r)
    }
}

fn mutex_unlock(m: RawMutex) -> Result<(), Panic> {
    runtime::race::lock_released(m.state);
    if m.unlock() {
        Ok(())
    } else {
        Err(Panic::Fatal("sync: unlock of unlocked mutex".into()))
    }
}

// ---------------------------------------------------------------- RWMutex

/// Go's RWMutex (sync/rwmutex.go) over a state object:
/// `[w.state, w.sema, writerSem, readerSem, readerCount, readerWait]`.
const RW_MAX_READERS: i64 = 1 << 30;
const RW_WRITER_SEM: usize = 2;
const RW_READER_SEM: usize = 3;
const RW_READER_COUNT: usize = 4;
const RW_READER_WAIT: usize = 5;

fn rw_state(recv: Word) -> Result<Word, Panic> {
    state_words(recv, 0, 6)
}

fn add_i64(cell: &AtomicU64, delta: i64) -> i64 {
    (cell.fetch_add(delta as u64, SeqCst) as i64).wrapping_add(delta)
}

fn rw_rlock(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let s = rw_state(r[0])?;
    if add_i64(slot(s, RW_READER_COUNT), 1) < 0 {
        return sema_acquire_then(ctx, slot_addr(s, RW_READER_SEM), rw_rlocked, r);
    }
    rw_rlocked(ctx, r)
}

/// `RLock` returns: under `-race`, every earlier `Unlock` happened before.
fn rw_rlocked(_: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    runtime::race::acquire((slot_addr(rw_state(r[0])?, RW_READER_SEM), 0));
    Ok(())
}

/// `Lock` returns: under `-race`, every earlier `RUnlock` happened before (the earlier
/// `Unlock`s reach it through the writers' mutex).
fn rw_locked(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let s = rw_state(r[0])?;
    runtime::race::acquire((slot_addr(s, RW_WRITER_SEM), 0));
    RawMutex::at(s, 0).note_locked(ctx);
    Ok(())
}

fn rw_runlock(s: Word) -> Result<(), Panic> {
    runtime::race::release((slot_addr(s, RW_WRITER_SEM), 0));
    let r = add_i64(slot(s, RW_READER_COUNT), -1);
    if r < 0 {
        if r + 1 == 0 || r + 1 == -RW_MAX_READERS {
            return Err(Panic::Fatal("sync: RUnlock of unlocked RWMutex".into()));
        }
        if add_i64(slot(s, RW_READER_WAIT), -1) == 0 {
            runtime::sema_release(slot_addr(s, RW_WRITER_SEM));
        }
    }
    Ok(())
}

/// `RWMutex.Lock`: the writers' mutex first (tried again after each wake-up), then the wait
/// for active readers.
fn rw_lock(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let s = rw_state(r[0])?;
    if !RawMutex::at(s, 0).lock_or_wait() {
        return ctx.block(WaitReason::Semacquire, rw_lock, r);
    }
    let readers = add_i64(slot(s, RW_READER_COUNT), -RW_MAX_READERS) + RW_MAX_READERS;
    if readers != 0 && add_i64(slot(s, RW_READER_WAIT), readers) != 0 {
        return sema_acquire_then(ctx, slot_addr(s, RW_WRITER_SEM), rw_locked, r);
    }
    rw_locked(ctx, r)
}

fn rw_unlock(s: Word) -> Result<(), Panic> {
    runtime::race::release((slot_addr(s, RW_READER_SEM), 0));
    let r = add_i64(slot(s, RW_READER_COUNT), RW_MAX_READERS);
    if r >= RW_MAX_READERS {
        return Err(Panic::Fatal("sync: Unlock of unlocked RWMutex".into()));
    }
    for _ in 0..r {
        runtime::sema_release(slot_addr(s, RW_READER_SEM));
    }
    mutex_unlock(RawMutex::at(s, 0))
}

fn rw_try_lock(s: Word) -> bool {
    let m = RawMutex::at(s, 0);
    if !m.try_lock() {
        return false;
    }
    if slot(s, RW_READER_COUNT)
        .compare_exchange(0, (-RW_MAX_READERS) as u64, SeqCst, SeqCst)
        .is_err()
    {
        m.unlock();
        return false;
    }
    runtime::race::acquire((slot_addr(s, RW_WRITER_SEM), 0));
    true
}

fn rw_try_rlock(s: Word) -> bool {
    let c = slot(s, RW_READER_COUNT);
    loop {
        let v = c.load(SeqCst);
        if (v as i64) < 0 {
            return false;
        }
        if c.compare_exchange(v, v + 1, SeqCst, SeqCst).is_ok() {
            runtime::race::acquire((slot_addr(s, RW_READER_SEM), 0));
            return true;
        }
    }
}

// ---------------------------------------------------------------- WaitGroup

/// Go's WaitGroup (sync/waitgroup.go): state `[counter << 32 | waiters, sema]`.
fn wg_add(recv: Word, delta: i64) -> Result<(), Panic> {
    let s = state_words(recv, 0, 2)?;
    if delta < 0 {
        // Every `Done` happens before the `Wait` it unblocks (merged: all of them).
        runtime::race::release((slot_addr(s, 0), 0));
    }
    let st = slot(s, 0);
    let state = st
        .fetch_add((delta as u64) << 32, SeqCst)
        .wrapping_add((delta as u64) << 32);
    let v = (state >> 32) as i32;
    let w = state as u32;
    if v < 0 {
        return Err(string_panic("sync: negative WaitGroup counter"));
    }
    if w != 0 && delta > 0 && v as i64 == delta {
        return Err(string_panic(
            "sync: WaitGroup misuse: Add called concurrently with Wait",
        ));
    }
    if v > 0 || w == 0 {
        return Ok(());
    }
    if st.load(SeqCst) != state {
        return Err(string_panic(
            "sync: WaitGroup misuse: Add called concurrently with Wait",
        ));
    }
    st.store(0, SeqCst);
    for _ in 0..w {
        runtime::sema_release(slot_addr(s, 1));
    }
    Ok(())
}

fn wg_wait(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let s = state_words(r[0], 0, 2)?;
    let st = slot(s, 0);
    loop {
        let state = st.load(SeqCst);
        if state >> 32 == 0 {
            runtime::race::acquire((slot_addr(s, 0), 0));
            return Ok(());
        }
        if st
            .compare_exchange(state, state + 1, SeqCst, SeqCst)
            .is_ok()
        {
            return sema_acquire_then(ctx, slot_addr(s, 1), wg_woken, r);
        }
    }
}

/// `WaitGroup.Wait` after its semaphore was released: the counter must have been reset.
fn wg_woken(_: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let s = state_words(r[0], 0, 2)?;
    if slot(s, 0).load(SeqCst) != 0 {
        return Err(string_panic(
            "sync: WaitGroup is reused before previous Wait has returned",
        ));
    }
    runtime::race::acquire((slot_addr(s, 0), 0));
    Ok(())
}

// ---------------------------------------------------------------- Once

/// `Once.Do(f)`: state `[done, m.state, m.sema]`. A panicking `f` still counts as done (Go's
/// deferred store), and concurrent callers wait on the mutex until the first call ends
/// (without a native stack).
fn once_do(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let s = state_words(r[0], 0, 3)?;
    if slot(s, 0).load(Acquire) != 0 {
        // The completion of `f` happens before every `Do` returns.
        runtime::race::acquire((slot_addr(s, 0), 0));
        return Ok(());
    }
    once_locked(ctx, r)
}

/// `Once.Do`'s slow path, and its completion after each wake-up: take the mutex (a woken
/// waiter must take it, and so later release it for the next one, even if `f` is done by
/// now), then run `f` unless it ran.
fn once_locked(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let s = state_words(r[0], 0, 3)?;
    let m = RawMutex::at(s, 1);
    if !m.lock_or_wait() {
        return ctx.block(WaitReason::Semacquire, once_locked, r);
    }
    let result = if slot(s, 0).load(Acquire) == 0 {
        let result = ctx.call(r[1], &[]).map(|_| ());
        runtime::race::release((slot_addr(s, 0), 0));
        slot(s, 0).store(1, Release);
        result
    } else {
        Ok(())
    };
    m.unlock();
    result
}

// ---------------------------------------------------------------- Cond

/// Go's notifyList: tickets handed out by `Wait`, consumed in order by `Signal`.
#[derive(Default)]
pub struct CondState {
    inner: Mutex<CondInner>,
}

#[derive(Default)]
struct CondInner {
    /// Next ticket to hand out.
    wait: u64,
    /// Next ticket to notify.
    notify: u64,
    waiters: VecDeque<(u64, GoroutineRef)>,
}

impl NativeObject for CondState {
    fn trace(&self, _marker: &mut Marker) {}
}

impl CondState {
    fn add(&self) -> u64 {
        let mut s = self.inner.lock();
        let t = s.wait;
        s.wait += 1;
        t
    }

    /// `true` if `ticket` was already notified; else the goroutine is published as its
    /// waiter and marked parking (`Signal`/`Broadcast` ready it).
    fn wait_start(&self, ticket: u64) -> bool {
        let mut s = self.inner.lock();
        if ticket < s.notify {
            return true;
        }
        let g = runtime::prepare_park();
        s.waiters.push_back((ticket, g));
        false
    }

    fn signal(&self) {
        let mut s = self.inner.lock();
        if s.wait == s.notify {
            return;
        }
        let t = s.notify;
        s.notify += 1;
        if let Some(i) = s.waiters.iter().position(|(w, _)| *w == t) {
            let (_, g) = s.waiters.remove(i).expect("valid index");
            drop(s);
            runtime::ready(&g);
        }
    }

    fn broadcast(&self) {
        let mut s = self.inner.lock();
        s.notify = s.wait;
        let all: Vec<_> = s.waiters.drain(..).collect();
        drop(s);
        for (_, g) in all {
            runtime::ready(&g);
        }
    }
}

fn cond_wait(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let c = state_native::<CondState>(r[0], 1)?;
    let l = heap::words(r[0])[0].load(Acquire);
    let t = c.add();
    util::call_iface_method(ctx, l, "Unlock", &[])?;
    if c.wait_start(t) {
        cond_relock(ctx, r)
    } else {
        ctx.block(WaitReason::SyncCondWait, cond_relock, r)
    }
}

/// `Cond.Wait` once notified: `c.L.Lock()`. When `L` is a `*sync.Mutex` (the usual case)
/// this is `Mutex.Lock` on the same window, so that re-locking parks stacklessly too.
fn cond_relock(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    // Under `-race` only re-locking synchronises: Go's detector gives `Signal` and
    // `Broadcast` no happens-before edge of their own.
    let l = heap::words(r[0])[0].load(Acquire);
    if let Some((t, data)) = value::iface_parts(l) {
        if let Some(vm::program::MethodImpl::Native(n)) = util::find_method(ctx.prog, t, "Lock") {
            if ctx.prog.natives[n as usize].name == "sync.Mutex.Lock" {
                r[0] = data;
                return mutex_lock(ctx, r);
            }
        }
    }
    util::call_iface_method(ctx, l, "Lock", &[])?;
    Ok(())
}

// ---------------------------------------------------------------- Pool

#[derive(Default)]
pub struct PoolState {
    items: Mutex<Vec<Word>>,
}

impl NativeObject for PoolState {
    fn trace(&self, marker: &mut Marker) {
        marker.mark_words(&self.items.lock());
    }
}

fn pool_get(ctx: &mut NativeCtx, recv: Word) -> Result<Word, Panic> {
    let p = state_native::<PoolState>(recv, 1)?;
    if let Some(x) = p.items.lock().pop() {
        // The `Put` of `x` happens before this `Get`.
        runtime::race::acquire((recv, 0));
        return Ok(x);
    }
    let new = heap::words(recv)[0].load(Acquire);
    if new == 0 {
        return Ok(0);
    }
    Ok(ctx.call(new, &[])?.first().copied().unwrap_or(0))
}

fn pool_put(recv: Word, x: Word) -> Result<(), Panic> {
    if x == 0 {
        return Ok(());
    }
    let p = state_native::<PoolState>(recv, 1)?;
    let mut items = p.items.lock();
    runtime::race::release((recv, 0));
    items.push(x);
    Ok(())
}

// ---------------------------------------------------------------- Map

/// `sync.Map`: a locked map from the key's hashable rendering to `(key, value)` words, kept
/// in insertion order (Go's iteration order is unspecified).
#[derive(Default)]
pub struct SyncMap {
    inner: Mutex<MapInner>,
}

#[derive(Default)]
struct MapInner {
    index: HashMap<MapKey, u64>,
    entries: BTreeMap<u64, (Word, Word)>,
    next: u64,
}

impl NativeObject for SyncMap {
    fn trace(&self, marker: &mut Marker) {
        for (k, v) in self.inner.lock().entries.values() {
            marker.mark(*k);
            marker.mark(*v);
        }
    }
}

/// The hashable rendering of an `any` key (Go panics on unhashable dynamic types).
pub fn any_key(prog: &Program, w: Word) -> Result<MapKey, Panic> {
    match value::iface_parts(w) {
        None => Ok(MapKey::NilIface),
        Some((t, data)) => {
            if !value::comparable(prog, t) {
                return Err(Panic::Runtime(format!(
                    "hash of unhashable type {}",
                    prog.types[t as usize].name
                )));
            }
            Ok(MapKey::Iface(t, Box::new(value::map_key(prog, t, data)?)))
        }
    }
}

impl MapInner {
    fn load(&self, k: &MapKey) -> Option<Word> {
        self.index
            .get(k)
            .and_then(|seq| self.entries.get(seq))
            .map(|e| e.1)
    }
    fn store(&mut self, k: MapKey, key: Word, val: Word) -> Option<Word> {
        if let Some(seq) = self.index.get(&k) {
            let e = self.entries.get_mut(seq).expect("indexed entry");
            return Some(std::mem::replace(&mut e.1, val));
        }
        let seq = self.next;
        self.next += 1;
        self.index.insert(k, seq);
        self.entries.insert(seq, (key, val));
        None
    }
    fn delete(&mut self, k: &MapKey) -> Option<Word> {
        let seq = self.index.remove(k)?;
        self.entries.remove(&seq).map(|e| e.1)
    }
}

fn sync_map(recv: Word) -> Result<&'static SyncMap, Panic> {
    state_native::<SyncMap>(recv, 0)
}

/// The map's entries, locked; under `-race` every operation on one `sync.Map` synchronises
/// with the ones before it (Go's is built from atomics and a mutex).
fn sync_map_locked(recv: Word) -> Result<parking_lot::MutexGuard<'static, MapInner>, Panic> {
    let inner = sync_map(recv)?.inner.lock();
    runtime::race::acquire_release((recv, 0));
    Ok(inner)
}

fn map_range(ctx: &mut NativeCtx, recv: Word, f: Word) -> Result<(), Panic> {
    let snapshot: Vec<(Word, Word)> = sync_map_locked(recv)?.entries.values().copied().collect();
    for &(k, v) in &snapshot {
        ctx.root(k);
        ctx.root(v);
    }
    for (k, v) in snapshot {
        let r = ctx.call(f, &[k, v])?;
        if r.first().copied().unwrap_or(0) == 0 {
            break;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------- registry

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!("sync", "type Locker interface { Lock(); Unlock() }"),
        // ---- Mutex
        declare!("sync", "type Mutex struct { impl uintptr }"),
        native!("sync", "func (*Mutex) Lock()", mutex_lock),
        native!("sync", "func (*Mutex) Unlock()", |_, r| mutex_unlock(
            mutex(r[0])?
        )),
        native!("sync", "func (*Mutex) TryLock() bool", |c, r| {
            let m = mutex(r[0])?;
            let locked = m.try_lock();
            if locked {
                m.note_locked(c);
            }
            r[0] = locked as Word;
            Ok(())
        }),
        // ---- RWMutex
        declare!("sync", "type RWMutex struct { impl uintptr }"),
        native!("sync", "func (*RWMutex) Lock()", rw_lock),
        native!("sync", "func (*RWMutex) Unlock()", |_, r| rw_unlock(
            rw_state(r[0])?
        )),
        native!("sync", "func (*RWMutex) RLock()", rw_rlock),
        native!("sync", "func (*RWMutex) RUnlock()", |_, r| rw_runlock(
            rw_state(r[0])?
        )),
        native!("sync", "func (*RWMutex) TryLock() bool", |_, r| {
            r[0] = rw_try_lock(rw_state(r[0])?) as Word;
            Ok(())
        }),
        native!("sync", "func (*RWMutex) TryRLock() bool", |_, r| {
            r[0] = rw_try_rlock(rw_state(r[0])?) as Word;
            Ok(())
        }),
        native!("sync", "func (*RWMutex) RLocker() Locker", |c, r| {
            // A `sync.rlocker` (checker-declared struct whose hidden word is the RWMutex).
            let t = c
                .prog
                .types
                .iter()
                .position(|t| t.name == "sync.rlocker")
                .ok_or_else(|| {
                    Panic::Fatal("sync: the type sync.rlocker is not declared".into())
                })?;
            let obj = heap::alloc_words(1);
            heap::words(obj)[0].store(nil_check(r[0])?, Release);
            r[0] = value::iface_new(t as u32, obj);
            Ok(())
        }),
        declare!("sync", "type rlocker struct { impl uintptr }"),
        native!("sync", "func (rlocker) Lock()", |c, r| {
            r[0] = heap::load_word(nil_check(r[0])?); // the RWMutex
            rw_rlock(c, r)
        }),
        native!("sync", "func (rlocker) Unlock()", |_, r| {
            rw_runlock(rw_state(heap::load_word(nil_check(r[0])?))?)
        }),
        // ---- WaitGroup
        declare!("sync", "type WaitGroup struct { impl uintptr }"),
        native!("sync", "func (*WaitGroup) Add(int)", |_, r| wg_add(
            r[0],
            r[1] as i64
        )),
        native!("sync", "func (*WaitGroup) Done()", |_, r| wg_add(r[0], -1)),
        native!("sync", "func (*WaitGroup) Wait()", wg_wait),
        // ---- Once
        declare!("sync", "type Once struct { impl uintptr }"),
        native!("sync", "func (*Once) Do(func())", once_do),
        // ---- Cond
        native!("sync", "func NewCond(Locker) *Cond", |_, r| {
            let obj = heap::alloc_words(2);
            heap::words(obj)[0].store(r[0], Release);
            r[0] = obj;
            Ok(())
        }),
        declare!("sync", "type Cond struct { L Locker; impl uintptr }"),
        native!("sync", "func (*Cond) Wait()", cond_wait),
        native!("sync", "func (*Cond) Signal()", |_, r| {
            state_native::<CondState>(r[0], 1)?.signal();
            Ok(())
        }),
        native!("sync", "func (*Cond) Broadcast()", |_, r| {
            state_native::<CondState>(r[0], 1)?.broadcast();
            Ok(())
        }),
        // ---- Pool
        declare!("sync", "type Pool struct { New func() any; impl uintptr }"),
        native!("sync", "func (*Pool) Get() any", |c, r| {
            r[0] = pool_get(c, r[0])?;
            Ok(())
        }),
        native!("sync", "func (*Pool) Put(any)", |_, r| pool_put(r[0], r[1])),
        // ---- Map
        declare!("sync", "type Map struct { impl uintptr }"),
        native!("sync", "func (*Map) Load(any) (any, bool)", |c, r| {
            let k = any_key(c.prog, r[1])?;
            let v = sync_map_locked(r[0])?.load(&k);
            r[0] = v.unwrap_or(0);
            r[1] = v.is_some() as Word;
            Ok(())
        }),
        native!("sync", "func (*Map) Store(any, any)", |c, r| {
            let k = any_key(c.prog, r[1])?;
            sync_map_locked(r[0])?.store(k, r[1], r[2]);
            Ok(())
        }),
        native!(
            "sync",
            "func (*Map) LoadOrStore(any, any) (any, bool)",
            |c, r| {
                let k = any_key(c.prog, r[1])?;
                let mut m = sync_map_locked(r[0])?;
                match m.load(&k) {
                    Some(v) => {
                        r[0] = v;
                        r[1] = 1;
                    }
                    None => {
                        m.store(k, r[1], r[2]);
                        r[0] = r[2];
                        r[1] = 0;
                    }
                }
                Ok(())
            }
        ),
        native!(
            "sync",
            "func (*Map) LoadAndDelete(any) (any, bool)",
            |c, r| {
                let k = any_key(c.prog, r[1])?;
                let v = sync_map_locked(r[0])?.delete(&k);
                r[0] = v.unwrap_or(0);
                r[1] = v.is_some() as Word;
                Ok(())
            }
        ),
        native!("sync", "func (*Map) Delete(any)", |c, r| {
            let k = any_key(c.prog, r[1])?;
            sync_map_locked(r[0])?.delete(&k);
            Ok(())
        }),
        native!("sync", "func (*Map) Range(func(any, any) bool)", |c, r| {
            map_range(c, r[0], r[1])
        }),
    ]
}
