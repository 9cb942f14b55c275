//! Small objects in spans (Go's mspans): segregated size classes, so that a small object
//! costs its size rounded to its class and two bits, with no per-block allocator overhead
//! and no per-object entry in the collector's index.
//!
//! A span is one `SPAN_BYTES` block of memory (page-aligned), cut into equal blocks of
//! one size class; each block holds one object (its 8-byte header, then the payload). Per block
//! the span keeps an *allocated* bit and, during a collection, a *marked* bit.
//!
//! Invariants:
//! - Every span is owned by exactly one place: the allocating thread's cache (the span it is
//!   filling for that class) or the global `POOL`. Only the owner touches its bits, and the
//!   collector takes every span back into its own hands (under every cache's lock and the
//!   pool's lock) before it marks.
//! - A block whose allocated bit is clear holds no object: the collector ignores words
//!   pointing into it, and allocation zeroes it before use.
//! - Lock order: a thread's cache, then `POOL`.

use crate::heap::{Header, NativeObject, ObjectKind, HEADER_SIZE};
use parking_lot::Mutex;
use std::alloc::{alloc_zeroed, dealloc, Layout};

/// Bytes per span.
pub(crate) const SPAN_BYTES: usize = 64 * 1024;

/// Block sizes (header included). Larger objects are allocated one by one (`heap`).
const CLASS_SIZES: [usize; 18] = [
    16, 24, 32, 40, 48, 64, 80, 96, 128, 160, 192, 256, 384, 512, 768, 1024, 1536, 2048,
];
pub(crate) const NUM_CLASSES: usize = CLASS_SIZES.len();
/// Fully empty spans kept for reuse after a collection (the rest are freed).
const KEEP_EMPTY: usize = 8;

/// The size class for a block of `bytes` (header included), if it is small.
pub(crate) fn class_of(bytes: usize) -> Option<usize> {
    CLASS_SIZES.iter().position(|&size| size >= bytes)
}

pub(crate) struct Span {
    base: usize,
    class: usize,
    block_size: usize,
    nblocks: usize,
    allocated: Vec<u64>,
    marked: Vec<u64>,
    /// First block index that may be free (allocation scans forward from here).
    cursor: usize,
}

fn span_layout() -> Layout {
    Layout::from_size_align(SPAN_BYTES, 4096).expect("span layout")
}

impl Span {
    fn new(class: usize) -> Span {
        // SAFETY: the layout has a non-zero size.
        let base = unsafe { alloc_zeroed(span_layout()) };
        if base.is_null() {
            crate::oom::out_of_memory();
        }
        let mut span = Span {
            base: base as usize,
            class: 0,
            block_size: 0,
            nblocks: 0,
            allocated: Vec::new(),
            marked: Vec::new(),
            cursor: 0,
        };
        span.format(class);
        span
    }

    /// (Re)cut an empty span into blocks of `class`.
    fn format(&mut self, class: usize) {
        self.class = class;
        self.block_size = CLASS_SIZES[class];
        self.nblocks = SPAN_BYTES / self.block_size;
        let words = self.nblocks.div_ceil(64);
        self.allocated = vec![0; words];
        self.marked = vec![0; words];
        self.cursor = 0;
    }

    /// A zeroed free block (its address), or `None` if the span is full.
    fn alloc(&mut self) -> Option<usize> {
        let mut w = self.cursor / 64;
        while w < self.allocated.len() {
            let free = !self.allocated[w];
            if free != 0 {
                let index = w * 64 + free.trailing_zeros() as usize;
                if index >= self.nblocks {
                    break;
                }
                self.allocated[w] |= 1 << (index % 64);
                self.cursor = index + 1;
                let block = self.base + index * self.block_size;
                // SAFETY: the block lies inside this span's memory and holds no object (its
                // allocated bit was clear), so nothing else reads or writes it.
                unsafe { std::ptr::write_bytes(block as *mut u8, 0, self.block_size) };
                return Some(block);
            }
            w += 1;
        }
        self.cursor = self.nblocks;
        None
    }

    /// Mark the object whose block contains `addr` (an address inside this span). Returns its
    /// payload address if it was allocated and not yet marked.
    pub(crate) fn mark(&mut self, addr: usize) -> Option<usize> {
        let index = (addr - self.base) / self.block_size;
        if index >= self.nblocks {
            return None;
        }
        let (w, bit) = (index / 64, 1u64 << (index % 64));
        if self.allocated[w] & bit == 0 || self.marked[w] & bit != 0 {
            return None;
        }
        self.marked[w] |= bit;
        Some(self.base + index * self.block_size + HEADER_SIZE)
    }

    /// Whether the block holding `addr` (inside this span) is free or marked: the address is
    /// not about to be freed.
    pub(crate) fn is_marked(&self, addr: usize) -> bool {
        let index = (addr - self.base) / self.block_size;
        if index >= self.nblocks {
            return true;
        }
        let (w, bit) = (index / 64, 1u64 << (index % 64));
        self.allocated[w] & bit == 0 || self.marked[w] & bit != 0
    }

    /// Free every allocated, unmarked block (dropping Native objects' boxes), clear the marks.
    /// Returns the bytes and objects still alive.
    ///
    /// # Safety
    /// Only the collector calls this, with the world stopped, after marking from every root:
    /// no one can reach an unmarked object any more.
    unsafe fn sweep(&mut self) -> (usize, usize) {
        let mut live = 0;
        for w in 0..self.allocated.len() {
            let mut dead = self.allocated[w] & !self.marked[w];
            while dead != 0 {
                let index = w * 64 + dead.trailing_zeros() as usize;
                dead &= dead - 1;
                let block = self.base + index * self.block_size;
                let header = &*(block as *const Header);
                if header.kind() == ObjectKind::Native {
                    std::ptr::drop_in_place((block + HEADER_SIZE) as *mut Box<dyn NativeObject>);
                }
            }
            self.allocated[w] = self.marked[w];
            self.marked[w] = 0;
            live += self.allocated[w].count_ones() as usize;
        }
        self.cursor = 0;
        (live * self.block_size, live)
    }

    fn is_full(&self) -> bool {
        let used: usize = self.allocated.iter().map(|w| w.count_ones() as usize).sum();
        used == self.nblocks
    }

    pub(crate) fn base(&self) -> usize {
        self.base
    }
}

impl Drop for Span {
    fn drop(&mut self) {
        // SAFETY: `base` was allocated with `span_layout` in `Span::new` and is freed once.
        unsafe { dealloc(self.base as *mut u8, span_layout()) };
    }
}

/// The spans one thread is filling, one per class (inside that thread's `LocalHeap`).
#[derive(Default)]
pub(crate) struct SpanCache {
    current: [Option<Span>; NUM_CLASSES],
}

impl SpanCache {
    /// A zeroed block of class `class`.
    pub(crate) fn alloc(&mut self, class: usize) -> usize {
        if let Some(block) = self.current[class].as_mut().and_then(|s| s.alloc()) {
            return block;
        }
        let mut pool = POOL.lock();
        if let Some(full) = self.current[class].take() {
            pool.full.push(full);
        }
        let mut span = pool.take(class);
        drop(pool);
        let block = span
            .alloc()
            .expect("a fresh or partial span has a free block");
        self.current[class] = Some(span);
        block
    }

    /// Hand every span back (the collector is taking them).
    pub(crate) fn drain_into(&mut self, spans: &mut Vec<Span>) {
        spans.extend(self.current.iter_mut().filter_map(Option::take));
    }
}

/// Spans owned by no thread: those with free blocks per class, full ones, empty ones.
struct Pool {
    partial: [Vec<Span>; NUM_CLASSES],
    full: Vec<Span>,
    empty: Vec<Span>,
}

impl Pool {
    fn take(&mut self, class: usize) -> Span {
        if let Some(span) = self.partial[class].pop() {
            return span;
        }
        match self.empty.pop() {
            Some(mut span) => {
                span.format(class);
                span
            }
            None => Span::new(class),
        }
    }
}

static POOL: Mutex<Pool> = Mutex::new(Pool {
    partial: [const { Vec::new() }; NUM_CLASSES],
    full: Vec::new(),
    empty: Vec::new(),
});

/// Every span in the pool that may hold objects (the collector, world stopped).
pub(crate) fn take_pool_spans(spans: &mut Vec<Span>) {
    let mut pool = POOL.lock();
    spans.append(&mut pool.full);
    for partial in pool.partial.iter_mut() {
        spans.append(partial);
    }
}

/// Sweep the collected spans and return them to the pool. Returns (live bytes, live objects).
///
/// # Safety
/// As [`Span::sweep`]: collector only, world stopped, after a complete mark.
pub(crate) unsafe fn sweep_and_return(spans: Vec<Span>) -> (usize, usize) {
    let (mut bytes, mut objects) = (0, 0);
    let mut pool = POOL.lock();
    for mut span in spans {
        let (b, o) = span.sweep();
        bytes += b;
        objects += o;
        if o == 0 {
            if pool.empty.len() < KEEP_EMPTY {
                pool.empty.push(span);
            }
        } else if span.is_full() {
            pool.full.push(span);
        } else {
            pool.partial[span.class].push(span);
        }
    }
    (bytes, objects)
}
