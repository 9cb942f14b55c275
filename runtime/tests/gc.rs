//! Heap layout and the collector: reachability, interior pointers, cycles, natives.
mod common;
use common::*;
use parking_lot::Mutex;
use runtime::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

struct Roots(Mutex<Vec<Word>>);
impl RootSet for Roots {
    fn trace_roots(&self, marker: &mut Marker) {
        marker.mark_words(&self.0.lock());
    }
}

static DROPS: AtomicUsize = AtomicUsize::new(0);

struct Boxed(Word);
impl NativeObject for Boxed {
    fn trace(&self, marker: &mut Marker) {
        marker.mark(self.0);
    }
}
impl Drop for Boxed {
    fn drop(&mut self) {
        DROPS.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn layout_and_access() {
    let _s = serial();
    let w = alloc_words(3);
    assert_eq!((obj_kind(w), obj_len(w)), (ObjectKind::Words, 3));
    assert!(words(w).iter().all(|s| s.load(Ordering::Relaxed) == 0));
    store_word(w + 16, 99);
    assert_eq!(load_word(w + 16), 99);
    let b = alloc_bytes_from(b"hello");
    assert_eq!((obj_kind(b), obj_len(b)), (ObjectKind::Bytes, 5));
    assert_eq!(bytes_to_vec(b), b"hello");
    store_u8(b + 1, b'a');
    assert_eq!(load_u8(b + 1), b'a');
    store_u16(b + 2, 0x4142);
    assert_eq!(load_u16(b + 2), 0x4142);
    let e = alloc_words(0);
    assert_eq!(obj_len(e), 0);
    let n = alloc_native(Box::new(Boxed(w)));
    assert_eq!(obj_kind(n), ObjectKind::Native);
    assert_eq!(native::<Boxed>(n).unwrap().0, w);
    assert!(native::<Channel>(n).is_none());
    assert!(native::<Boxed>(w).is_none());
    let ch = make_chan(1);
    assert!(native::<Channel>(ch).is_some());
    collect_now();
}

#[test]
fn reachability_interior_pointers_cycles_natives() {
    let _s = serial();
    let roots = Arc::new(Roots(Mutex::new(Vec::new())));
    let _handle = register_roots(roots.clone());
    collect_now();
    let base = gc_stats().live_objects;

    // a rooted chain through an interior pointer: root -> &a[1]; a[1] -> b; b -> native -> c
    let a = alloc_words(4);
    let b = alloc_words(1);
    let c = alloc_bytes_from(b"payload");
    let n = alloc_native(Box::new(Boxed(c)));
    store_word(a + 8, b);
    store_word(b, n);
    roots.0.lock().push(a + 8);
    // garbage: a cycle, and a native
    let x = alloc_words(2);
    let y = alloc_words(2);
    store_word(x, y);
    store_word(y + 8, x + 8);
    let drops_before = DROPS.load(Ordering::SeqCst);
    let _dead_native = alloc_native(Box::new(Boxed(x)));
    collect_now();
    assert_eq!(gc_stats().live_objects, base + 4);
    assert_eq!(DROPS.load(Ordering::SeqCst), drops_before + 1);
    assert_eq!(
        bytes_to_vec(native::<Boxed>(load_word(b)).unwrap().0),
        b"payload"
    );
    // drop the root: everything goes
    roots.0.lock().clear();
    collect_now();
    assert_eq!(gc_stats().live_objects, base);
    assert_eq!(DROPS.load(Ordering::SeqCst), drops_before + 2);
}

#[test]
fn goroutine_stacks_and_channel_buffers_are_roots() {
    let _s = serial();
    let info = runtime::Runtime::start(
        2,
        task("main.main", |stack| {
            let ch = make_chan(4);
            stack.set(0, ch);
            let v = alloc_bytes_from(b"in buffer");
            chan_send(ch, v).unwrap();
            // a blocked sender's value and a parked receiver's transfer value
            let unbuf = make_chan(0);
            stack.set(1, unbuf);
            go(move || {
                let v = alloc_bytes_from(b"from sender");
                chan_send(unbuf, v).unwrap();
            });
            sleep(std::time::Duration::from_millis(10));
            for _ in 0..3 {
                collect_now();
                let junk = alloc_words(100);
                store_word(junk, 1);
            }
            let (got, ok) = chan_recv(unbuf);
            assert!(ok);
            stack.set(2, got);
            collect_now();
            assert_eq!(bytes_to_vec(stack.get(2)), b"from sender");
            assert_eq!(bytes_to_vec(chan_recv(ch).0), b"in buffer");
            TaskExit::Returned
        }),
    );
    assert_eq!(info.code, 0);
}

#[test]
fn racing_pointer_slot() {
    let _s = serial();
    // Two goroutines on two workers store and load pointer words into one shared slot while
    // allocation keeps triggering collections; every value read is one that was written.
    let gcs_before = gc_stats().num_gc;
    let info = runtime::Runtime::start(
        2,
        task("main.main", |stack| {
            let shared = alloc_words(1);
            stack.set(0, shared);
            let done = make_chan(0);
            stack.set(1, done);
            for id in 0..2u64 {
                runtime::spawn(task("main.racer", move |my| {
                    for i in 0..500_000u64 {
                        let obj = alloc_words(2);
                        store_word(obj, id);
                        store_word(obj + 8, i);
                        my.set(0, obj);
                        store_word(shared, obj);
                        let seen = load_word(shared);
                        my.set(1, seen);
                        safepoint();
                        let who = load_word(seen);
                        assert!(who < 2, "torn or freed object: {who}");
                        assert!(load_word(seen + 8) < 500_000);
                        if i % 16 == 0 {
                            let _garbage = alloc_bytes(4096);
                        }
                    }
                    chan_send(done, 1).unwrap();
                    TaskExit::Returned
                }));
            }
            chan_recv(done);
            chan_recv(done);
            TaskExit::Returned
        }),
    );
    assert_eq!(info.code, 0);
    assert!(gc_stats().num_gc - gcs_before > 10);
}

#[test]
fn every_size_class_and_large_objects_sweep_and_reuse() {
    let _s = serial();
    let roots = Arc::new(Roots(Mutex::new(Vec::new())));
    let _handle = register_roots(roots.clone());
    collect_now();
    let base = gc_stats().live_objects;

    // Word counts covering every span size class (header + 8 n bytes up to 2 KiB) and a few
    // large objects; every other object is kept, each filled with a recognisable pattern.
    let sizes: Vec<usize> = (0..=32).chain([40, 63, 127, 255, 300, 1000]).collect();
    let mut kept = Vec::new();
    for round in 0..50u64 {
        for &n in &sizes {
            let obj = alloc_words(n);
            for (i, slot) in words(obj).iter().enumerate() {
                slot.store(round << 32 | i as u64 | 1 << 63, Ordering::Relaxed);
            }
            if round % 2 == 0 {
                kept.push((obj, round));
            }
        }
    }
    roots.0.lock().extend(kept.iter().map(|&(obj, _)| obj));
    collect_now();
    assert_eq!(gc_stats().live_objects, base + kept.len());
    for &(obj, round) in &kept {
        for (i, slot) in words(obj).iter().enumerate() {
            assert_eq!(
                slot.load(Ordering::Relaxed),
                round << 32 | i as u64 | 1 << 63
            );
        }
    }
    // Freed blocks are reused, and handed out zeroed.
    for _ in 0..50 {
        for &n in &sizes {
            let obj = alloc_words(n);
            assert!(words(obj).iter().all(|s| s.load(Ordering::Relaxed) == 0));
            assert_eq!(obj_len(obj), n);
        }
    }
    roots.0.lock().clear();
    collect_now();
    assert_eq!(gc_stats().live_objects, base);
}
