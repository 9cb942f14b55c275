//! The stop-the-world, conservative, non-moving mark-sweep collector.
//!
//! Invariants:
//! - **World lock.** A worker holds a read share of `WORLD` while it runs goroutines (from
//!   its first goroutine until it goes idle or sees [`gc_requested`]); the collector holds the
//!   write lock, and requests a collection before taking it. So a collection never overlaps
//!   running Go code, and every goroutine is stopped at a safepoint, parked or not yet started
//!   while it runs.
//! - **Allocation only requests.** Allocation adds to a byte counter; past the threshold
//!   (max(4 MiB, the live heap after the last collection), as Go's GOGC=100) it sets
//!   [`gc_requested`] and raises the scheduler's attention flag. Goroutines yield at their next safepoint and the first worker
//!   to take the write lock collects. Native code therefore never sees objects disappear under
//!   it, provided the Go values it uses are reachable from a root at every safepoint.
//! - **Conservative marking.** A word keeps an object alive if it points anywhere inside the
//!   object's block (interior pointers are Go pointers). Small objects are resolved through
//!   their span (address-sorted span bases, then the block index), large ones through an
//!   address-sorted index built at collection time. A false positive only retains memory.
//! - **Roots** are the registered [`RootSet`]s: every live scheduler (all goroutines' tasks,
//!   their transfer slots, timers) and whatever the VM registers (globals).

use crate::heap::{self, free_large_object, Header, ObjectKind, Word, HEADER_SIZE};
use crate::spans::{self, Span, SPAN_BYTES};
use parking_lot::{Mutex, RwLock, RwLockReadGuard};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;

/// Something that holds roots: globals, a scheduler's goroutines.
pub trait RootSet: Send + Sync {
    /// Report every root word (conservatively: any word may be passed).
    fn trace_roots(&self, marker: &mut Marker);
}

/// Read share held by a worker while it runs Go code; write lock held by the collector.
static WORLD: RwLock<()> = RwLock::new(());
static GC_REQUESTED: AtomicBool = AtomicBool::new(false);
static ALLOCATED_SINCE_GC: AtomicUsize = AtomicUsize::new(0);
const MIN_THRESHOLD: usize = 4 << 20;
static THRESHOLD: AtomicUsize = AtomicUsize::new(MIN_THRESHOLD);
static NUM_GC: AtomicU64 = AtomicU64::new(0);

/// Collections so far (the race detector's per-goroutine access filter is valid within one).
#[inline]
pub(crate) fn num_gc() -> u64 {
    NUM_GC.load(Ordering::Relaxed)
}
static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);
static LIVE_OBJECTS: AtomicUsize = AtomicUsize::new(0);

/// Header addresses of the objects that survived the last collection, sorted.
static SURVIVORS: Mutex<Vec<usize>> = Mutex::new(Vec::new());
type RootEntry = (u64, Arc<dyn RootSet>);
static ROOT_SETS: Mutex<Vec<RootEntry>> = Mutex::new(Vec::new());
static NEXT_ROOT_ID: AtomicU64 = AtomicU64::new(1);

/// Keeps a [`RootSet`] registered; dropping it unregisters.
pub struct RootHandle(u64);

impl Drop for RootHandle {
    fn drop(&mut self) {
        ROOT_SETS.lock().retain(|(id, _)| *id != self.0);
    }
}

/// Register a root provider until the handle is dropped.
pub fn register_roots(roots: Arc<dyn RootSet>) -> RootHandle {
    let id = NEXT_ROOT_ID.fetch_add(1, Ordering::Relaxed);
    ROOT_SETS.lock().push((id, roots));
    RootHandle(id)
}

/// Whether a collection has been requested and not yet run.
#[inline]
pub fn gc_requested() -> bool {
    GC_REQUESTED.load(Ordering::Relaxed)
}

/// Ask for a collection at the next safepoint.
pub fn request_gc() {
    if !GC_REQUESTED.swap(true, Ordering::SeqCst) {
        crate::sched::attention_add();
    }
}

pub(crate) fn note_allocated(bytes: usize) {
    let total = ALLOCATED_SINCE_GC.fetch_add(bytes, Ordering::Relaxed) + bytes;
    if total >= THRESHOLD.load(Ordering::Relaxed) && !gc_requested() {
        request_gc();
    }
}

/// Take a read share of the world (a worker running Go code).
pub(crate) fn world_read() -> RwLockReadGuard<'static, ()> {
    WORLD.read()
}

/// Collect if a collection is still requested. Must not be called with a read share held.
///
/// Waits for the world only while the request stands: when another worker has run the
/// collection meanwhile, a worker that took its read share again (it does not release it
/// until the next request) must not be waited for — the wait would never end, and the
/// goroutine this worker holds would never run (a goroutine spinning on `Gosched` for it
/// kept the other worker busy forever).
pub(crate) fn collect_if_requested() {
    while gc_requested() {
        if let Some(_world) = WORLD.try_write_for(std::time::Duration::from_millis(1)) {
            if gc_requested() {
                collect_locked();
            }
            return;
        }
    }
}

/// Run a full collection now (`runtime.GC()`, tests).
///
/// Inside a goroutine this requests a collection and yields so its worker collects; outside
/// (a thread that runs no Go code) it stops the world itself.
pub fn collect_now() {
    if crate::sched::in_goroutine() {
        request_gc();
        crate::sched::yield_for_gc();
    } else {
        with_world_stopped(|| ());
    }
}

/// Runs `f` on a thread that runs no Go code while every goroutine is stopped, then
/// collects (the stop is a collection request: workers hold their world share across
/// goroutines until they see one).
pub(crate) fn with_world_stopped<R>(f: impl FnOnce() -> R) -> R {
    request_gc();
    let _world = WORLD.write();
    let r = f();
    collect_locked();
    r
}

/// Collector statistics.
#[derive(Clone, Copy, Debug, Default)]
pub struct GcStats {
    /// Completed collections.
    pub num_gc: u64,
    /// Payload+header bytes alive after the last collection.
    pub live_bytes: usize,
    /// Objects alive after the last collection.
    pub live_objects: usize,
    /// Bytes allocated since the last collection (approximate: reported in 64 KiB granules).
    pub allocated_since_gc: usize,
}

/// Current collector statistics.
pub fn gc_stats() -> GcStats {
    GcStats {
        num_gc: NUM_GC.load(Ordering::Relaxed),
        live_bytes: LIVE_BYTES.load(Ordering::Relaxed),
        live_objects: LIVE_OBJECTS.load(Ordering::Relaxed),
        allocated_since_gc: ALLOCATED_SINCE_GC.load(Ordering::Relaxed),
    }
}

/// Marks objects during a collection. Passed to [`RootSet::trace_roots`] and
/// [`crate::NativeObject::trace`].
pub struct Marker {
    /// Every span that may hold objects, sorted by base address.
    spans: Vec<Span>,
    span_bases: Vec<usize>,
    span_low: usize,
    span_high: usize,
    /// Payload start of every large object, sorted.
    starts: Vec<usize>,
    /// Payload end (exclusive) of every large object.
    ends: Vec<usize>,
    marks: Vec<bool>,
    low: usize,
    high: usize,
    /// Payload addresses of marked objects not yet scanned.
    stack: Vec<usize>,
}

impl Marker {
    fn new(mut spans: Vec<Span>, large_headers: &[usize]) -> Marker {
        spans.sort_unstable_by_key(|s| s.base());
        let span_bases: Vec<usize> = spans.iter().map(|s| s.base()).collect();
        let mut starts = Vec::with_capacity(large_headers.len());
        let mut ends = Vec::with_capacity(large_headers.len());
        for &h in large_headers {
            // SAFETY: every recorded header belongs to an allocated object (heap invariant).
            let header = unsafe { &*(h as *const Header) };
            starts.push(h + HEADER_SIZE);
            ends.push(h + HEADER_SIZE + header.payload_capacity());
        }
        Marker {
            span_low: span_bases.first().copied().unwrap_or(usize::MAX),
            span_high: span_bases.last().map_or(0, |b| b + SPAN_BYTES),
            spans,
            span_bases,
            marks: vec![false; starts.len()],
            low: starts.first().copied().unwrap_or(usize::MAX),
            high: ends.last().copied().unwrap_or(0),
            starts,
            ends,
            stack: Vec::new(),
        }
    }

    /// Treat `word` as a possible pointer: if it points into an object, keep that object.
    #[inline]
    pub fn mark(&mut self, word: Word) {
        let w = word as usize;
        if w >= self.span_low && w < self.span_high {
            let i = self.span_bases.partition_point(|&b| b <= w);
            if i > 0 && w < self.span_bases[i - 1] + SPAN_BYTES {
                if let Some(obj) = self.spans[i - 1].mark(w) {
                    self.stack.push(obj);
                }
                return;
            }
        }
        if w < self.low || w >= self.high {
            return;
        }
        let i = self.starts.partition_point(|&s| s <= w);
        if i == 0 {
            return;
        }
        let index = i - 1;
        if w < self.ends[index] && !self.marks[index] {
            self.marks[index] = true;
            self.stack.push(self.starts[index]);
        }
    }

    /// Whether `addr` survives this collection: it lies in a marked object, or outside every
    /// object this collection may free.
    fn is_live(&self, addr: usize) -> bool {
        if addr >= self.span_low && addr < self.span_high {
            let i = self.span_bases.partition_point(|&b| b <= addr);
            if i > 0 && addr < self.span_bases[i - 1] + SPAN_BYTES {
                return self.spans[i - 1].is_marked(addr);
            }
        }
        if addr < self.low || addr >= self.high {
            return true;
        }
        let i = self.starts.partition_point(|&s| s <= addr);
        i == 0 || addr >= self.ends[i - 1] || self.marks[i - 1]
    }

    /// Mark every word of `words`.
    pub fn mark_words(&mut self, words: &[Word]) {
        for &w in words {
            self.mark(w);
        }
    }

    /// Mark every slot of `slots` (Relaxed loads: the world is stopped).
    pub fn mark_slots(&mut self, slots: &[std::sync::atomic::AtomicU64]) {
        for slot in slots {
            self.mark(slot.load(Ordering::Relaxed));
        }
    }

    fn drain(&mut self) {
        while let Some(obj) = self.stack.pop() {
            let obj = obj as Word;
            match heap::obj_kind(obj) {
                ObjectKind::Words => {
                    for slot in heap::words(obj) {
                        self.mark(slot.load(Ordering::Relaxed));
                    }
                }
                ObjectKind::Bytes => {}
                ObjectKind::Native => {
                    if let Some(native) = heap::native_dyn(obj) {
                        native.trace(self);
                    }
                }
            }
        }
    }
}

/// The collection proper. The caller holds the world write lock.
fn collect_locked() {
    let mut large = std::mem::take(&mut *SURVIVORS.lock());
    let mut spans = Vec::new();
    {
        let mut locals = heap::LOCAL_HEAPS.lock();
        for local in locals.iter() {
            let mut local = local.lock();
            large.append(&mut local.large);
            local.spans.drain_into(&mut spans);
        }
        // A heap whose thread has exited is only referenced from this list.
        locals.retain(|local| Arc::strong_count(local) > 1);
    }
    // Spans allocated from now on (by a thread that runs no Go code) are not collected this
    // time; their objects simply survive.
    spans::take_pool_spans(&mut spans);
    large.sort_unstable();

    let mut marker = Marker::new(spans, &large);
    let root_sets: Vec<Arc<dyn RootSet>> =
        ROOT_SETS.lock().iter().map(|(_, r)| r.clone()).collect();
    for roots in &root_sets {
        roots.trace_roots(&mut marker);
        marker.drain();
    }
    drop(root_sets);

    let mut survivors = Vec::with_capacity(large.len() / 2);
    let mut live_bytes = 0usize;
    let mut dead = Vec::new();
    for (index, &h) in large.iter().enumerate() {
        if marker.marks[index] {
            // SAFETY: `h` is the header of an allocated object.
            live_bytes += HEADER_SIZE + unsafe { &*(h as *const Header) }.payload_capacity();
            survivors.push(h);
        } else {
            dead.push(h);
        }
    }
    crate::race::retain_live(&mut |addr| marker.is_live(addr as usize));
    let spans = std::mem::take(&mut marker.spans);
    drop(marker);
    for h in dead {
        // SAFETY: the object was not reached from any root or live object; since the world is
        // stopped, nothing can obtain a new reference to it.
        unsafe { free_large_object(h) };
    }
    // SAFETY: as above, for the unmarked blocks of every span.
    let (span_bytes, span_objects) = unsafe { spans::sweep_and_return(spans) };
    live_bytes += span_bytes;
    LIVE_OBJECTS.store(survivors.len() + span_objects, Ordering::Relaxed);
    *SURVIVORS.lock() = survivors;
    LIVE_BYTES.store(live_bytes, Ordering::Relaxed);
    // Go's GOGC=100: the next collection when as much again as the live heap was allocated.
    THRESHOLD.store(MIN_THRESHOLD.max(live_bytes), Ordering::Relaxed);
    ALLOCATED_SINCE_GC.store(0, Ordering::Relaxed);
    NUM_GC.fetch_add(1, Ordering::Relaxed);
    if GC_REQUESTED.swap(false, Ordering::SeqCst) {
        crate::sched::attention_sub();
    }
}
