//! The Go heap: object layout, allocation and raw slot access.
//!
//! Every object is one block: an 8-byte `Header` followed by the payload. Small blocks (up to
//! 2 KiB) are cut from size-class spans (`spans`); larger ones are `std::alloc` blocks. An
//! object reference is the payload address as a [`Word`] (0 = nil). Go pointers are plain
//! (possibly interior) addresses of payload slots.
//!
//! Kinds:
//! - **Words(n)**: `n` [`AtomicU64`] slots, scanned conservatively by the collector.
//! - **Bytes(n)**: `n` raw bytes accessed as [`AtomicU8`] (and u16/u32 for packed arrays),
//!   never scanned.
//! - **Native**: the payload holds one `Box<dyn NativeObject>`; the collector calls its
//!   [`NativeObject::trace`] and drops the box when the object dies.
//!
//! Invariants:
//! - Every payload is zeroed at allocation, 8-byte aligned, and at least 8 bytes long (so even
//!   an empty object has a non-empty address range for interior-pointer resolution).
//! - Every small object's block is marked allocated in exactly one span; every large object's
//!   header is recorded in exactly one list: the allocating thread's `LocalHeap` until the
//!   next collection drains it, then the collector's sorted list.
//! - An object is freed only by the collector, only while the world is stopped, and only if no
//!   root or marked object holds a word pointing into its payload. Therefore every accessor in
//!   this module is safe *by invariant*: the caller holds a reference it read from a root
//!   (a VM register, a global, a reachable slot) and the world cannot stop while it uses it.
//! - Slots are only ever accessed atomically (Acquire loads, Release stores), so a racing Go
//!   program can observe stale values but never a torn one, and no `UnsafeCell` is shared.
//! - Allocation never suspends a coroutine, so the thread-local allocation list may be used
//!   without crossing a suspension point (it is still read through an `#[inline(never)]`
//!   accessor).

use crate::gc;
use crate::spans::{self, SpanCache};
use parking_lot::Mutex;
use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::any::Any;
use std::sync::atomic::{AtomicU16, AtomicU32, AtomicU64, AtomicU8, Ordering};
use std::sync::Arc;

/// One Go value: a scalar, float bits, or the address of a heap object / slot.
pub type Word = u64;

/// A Rust-backed heap object (map, channel, strings.Builder…). It guards its own mutable state
/// with a lock and reports the Go values it holds to the collector.
pub trait NativeObject: Send + Sync + Any {
    /// Report every [`Word`] this object holds that may reference a heap object.
    fn trace(&self, marker: &mut gc::Marker);
}

/// One word: a smaller header is a smaller malloc size class for the many two-word objects
/// (a binary-tree node costs 32 bytes instead of 48 with a 16-byte header).
pub(crate) const HEADER_SIZE: usize = 8;
const KIND_BITS: u64 = 2;
const KIND_MASK: u64 = (1 << KIND_BITS) - 1;

/// The kind of a heap object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjectKind {
    /// Scanned word slots.
    Words,
    /// Unscanned raw bytes.
    Bytes,
    /// A boxed [`NativeObject`].
    Native,
}

/// The header placed immediately before every payload.
#[repr(C)]
pub(crate) struct Header {
    /// `len << 2 | kind`; `len` counts slots (Words) or bytes (Bytes), 0 for Native.
    meta: u64,
}

impl Header {
    pub(crate) fn kind(&self) -> ObjectKind {
        match self.meta & KIND_MASK {
            0 => ObjectKind::Words,
            1 => ObjectKind::Bytes,
            _ => ObjectKind::Native,
        }
    }
    pub(crate) fn len(&self) -> usize {
        (self.meta >> KIND_BITS) as usize
    }
    /// Bytes reserved for the payload (what the block was allocated with).
    pub(crate) fn payload_capacity(&self) -> usize {
        let raw = match self.kind() {
            ObjectKind::Words => self.len() * 8,
            ObjectKind::Bytes => self.len(),
            ObjectKind::Native => std::mem::size_of::<Box<dyn NativeObject>>(),
        };
        raw.max(8).next_multiple_of(8)
    }
}

/// One thread's allocation state.
#[derive(Default)]
pub(crate) struct LocalHeap {
    /// The spans this thread fills with small objects.
    pub(crate) spans: SpanCache,
    /// Header addresses of the large objects allocated since the last collection.
    pub(crate) large: Vec<usize>,
    /// Bytes allocated and not yet reported to the global counter.
    unreported: usize,
}

/// Every thread's `LocalHeap`; the collector drains them all.
pub(crate) static LOCAL_HEAPS: Mutex<Vec<Arc<Mutex<LocalHeap>>>> = Mutex::new(Vec::new());

thread_local! {
    static LOCAL: Arc<Mutex<LocalHeap>> = {
        let heap = Arc::new(Mutex::new(LocalHeap::default()));
        LOCAL_HEAPS.lock().push(heap.clone());
        heap
    };
}

const REPORT_GRANULE: usize = 64 * 1024;

/// A zeroed block of `bytes` (header included): from this thread's spans if small, else its
/// own allocation (recorded for the collector).
#[inline(never)]
fn allocate_block(bytes: usize) -> usize {
    let class = spans::class_of(bytes);
    let (block, report) = LOCAL.with(|local| {
        let mut local = local.lock();
        let block = match class {
            Some(class) => local.spans.alloc(class),
            None => {
                let layout = large_layout(bytes);
                // SAFETY: the layout has a non-zero size (header + at least 8 bytes).
                let block = unsafe { alloc_zeroed(layout) };
                if block.is_null() {
                    crate::oom::out_of_memory();
                }
                local.large.push(block as usize);
                block as usize
            }
        };
        local.unreported += bytes;
        let report = if local.unreported >= REPORT_GRANULE {
            std::mem::take(&mut local.unreported)
        } else {
            0
        };
        (block, report)
    });
    if report != 0 {
        gc::note_allocated(report);
    }
    block
}

fn large_layout(bytes: usize) -> Layout {
    // `bytes` is at most `oom::max_object_bytes()` plus a header (`oom::object_bytes`).
    Layout::from_size_align(bytes, 8).unwrap_or_else(|_| crate::oom::out_of_memory())
}

fn allocate(kind: u64, len: usize, payload_capacity: usize) -> Word {
    let block = allocate_block(HEADER_SIZE + payload_capacity);
    if crate::race::enabled() {
        crate::race::on_alloc(block as u64, (HEADER_SIZE + payload_capacity) as u64);
    }
    let header = block as *mut Header;
    // SAFETY: `block` is a fresh, zeroed, 8-aligned block large enough for a Header and the
    // payload, not yet visible to anyone else.
    unsafe { (*header).meta = ((len as u64) << KIND_BITS) | kind };
    block as Word + HEADER_SIZE as Word
}

/// Allocate `n` zeroed word slots (a struct, array, slice header, interface box…).
pub fn alloc_words(n: usize) -> Word {
    allocate(0, n, crate::oom::object_bytes(n, 8).max(8))
}

/// Allocate `n` zeroed bytes that the collector never scans.
pub fn alloc_bytes(n: usize) -> Word {
    allocate(
        1,
        n,
        crate::oom::object_bytes(n, 1).max(8).next_multiple_of(8),
    )
}

/// Allocate a bytes object holding a copy of `data`.
pub fn alloc_bytes_from(data: &[u8]) -> Word {
    let obj = alloc_bytes(data.len());
    // SAFETY: the object was just allocated with `data.len()` bytes and is not yet shared.
    unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), obj as *mut u8, data.len()) };
    obj
}

/// Allocate an object owning `object`; it is dropped when the collector frees it.
pub fn alloc_native(object: Box<dyn NativeObject>) -> Word {
    let capacity = std::mem::size_of::<Box<dyn NativeObject>>();
    let obj = allocate(2, 0, capacity);
    // SAFETY: the payload holds a `Box<dyn NativeObject>` (16 bytes), is 8-aligned as a box needs, and is not yet shared; writing the box
    // moves its ownership into the heap object (dropped in `free_object`).
    unsafe { std::ptr::write(obj as *mut Box<dyn NativeObject>, object) };
    obj
}

/// The header of a live object.
#[inline]
pub(crate) fn header<'a>(obj: Word) -> &'a Header {
    debug_assert!(
        obj != 0 && obj.is_multiple_of(8),
        "not an object reference: {obj:#x}"
    );
    // SAFETY: by the module invariant `obj` is the payload address of a live object, whose
    // header lies immediately before it.
    unsafe { &*((obj as usize - HEADER_SIZE) as *const Header) }
}

/// The kind of a live object.
pub fn obj_kind(obj: Word) -> ObjectKind {
    header(obj).kind()
}

/// Number of slots (Words), bytes (Bytes) or 0 (Native).
pub fn obj_len(obj: Word) -> usize {
    header(obj).len()
}

/// The slots of a Words object.
#[inline]
pub fn words(obj: Word) -> &'static [AtomicU64] {
    let h = header(obj);
    debug_assert_eq!(h.kind(), ObjectKind::Words);
    // SAFETY: a live Words object's payload is `len` 8-aligned u64 slots, only ever accessed
    // atomically; it lives until no root reaches it (module invariant).
    unsafe { std::slice::from_raw_parts(obj as *const AtomicU64, h.len()) }
}

/// The bytes of a Bytes object.
#[inline]
pub fn bytes(obj: Word) -> &'static [AtomicU8] {
    let h = header(obj);
    debug_assert_eq!(h.kind(), ObjectKind::Bytes);
    // SAFETY: a live Bytes object's payload is `len` bytes, only ever accessed atomically.
    unsafe { std::slice::from_raw_parts(obj as *const AtomicU8, h.len()) }
}

/// Copy the bytes of a Bytes object (0 = the empty string) into a `Vec`.
pub fn bytes_to_vec(obj: Word) -> Vec<u8> {
    if obj == 0 {
        return Vec::new();
    }
    bytes(obj)
        .iter()
        .map(|b| b.load(Ordering::Relaxed))
        .collect()
}

/// The boxed Rust object of a Native object, if it has type `T`.
pub fn native<T: NativeObject>(obj: Word) -> Option<&'static T> {
    native_dyn(obj).and_then(|object| (object as &dyn Any).downcast_ref::<T>())
}

/// The boxed Rust object of a Native object.
pub fn native_dyn(obj: Word) -> Option<&'static dyn NativeObject> {
    if obj == 0 || header(obj).kind() != ObjectKind::Native {
        return None;
    }
    // SAFETY: a Native payload holds an initialised Box written by `alloc_native`; the box is
    // only dropped by the collector once the object is unreachable.
    let boxed = unsafe { &*(obj as *const Box<dyn NativeObject>) };
    Some(&**boxed)
}

/// Free a dead large object (collector only, world stopped).
///
/// # Safety
/// `header_addr` must be the header of a large object that nothing will access again.
pub(crate) unsafe fn free_large_object(header_addr: usize) {
    let h = &*(header_addr as *const Header);
    let layout = large_layout(HEADER_SIZE + h.payload_capacity());
    if h.kind() == ObjectKind::Native {
        std::ptr::drop_in_place((header_addr + HEADER_SIZE) as *mut Box<dyn NativeObject>);
    }
    dealloc(header_addr as *mut u8, layout);
}

macro_rules! raw_access {
    ($load:ident, $store:ident, $atomic:ty, $int:ty) => {
        /// Atomic (Acquire) load of the slot at `addr`, a Go pointer into a live object.
        #[inline]
        pub fn $load(addr: Word) -> $int {
            debug_assert!(addr != 0 && addr % std::mem::size_of::<$int>() as u64 == 0);
            // SAFETY: `addr` is an aligned address inside a live object's payload (module
            // invariant), and payload memory is only ever accessed atomically.
            unsafe { (*(addr as *const $atomic)).load(Ordering::Acquire) }
        }
        /// Atomic (Release) store to the slot at `addr`, a Go pointer into a live object.
        #[inline]
        pub fn $store(addr: Word, value: $int) {
            debug_assert!(addr != 0 && addr % std::mem::size_of::<$int>() as u64 == 0);
            // SAFETY: as for the load.
            unsafe { (*(addr as *const $atomic)).store(value, Ordering::Release) }
        }
    };
}

raw_access!(load_word, store_word, AtomicU64, u64);
raw_access!(load_u32, store_u32, AtomicU32, u32);
raw_access!(load_u16, store_u16, AtomicU16, u16);
raw_access!(load_u8, store_u8, AtomicU8, u8);

/// The word slot at `addr` as an atomic (for sync/atomic: CAS, add, swap).
#[inline]
pub fn word_at(addr: Word) -> &'static AtomicU64 {
    debug_assert!(addr != 0 && addr.is_multiple_of(8));
    // SAFETY: `addr` is an aligned word slot inside a live object (module invariant).
    unsafe { &*(addr as *const AtomicU64) }
}

/// The u32 slot at `addr` as an atomic.
#[inline]
pub fn u32_at(addr: Word) -> &'static AtomicU32 {
    debug_assert!(addr != 0 && addr.is_multiple_of(4));
    // SAFETY: `addr` is an aligned u32 slot inside a live object (module invariant).
    unsafe { &*(addr as *const AtomicU32) }
}
