//! ~2 GB of short-lived objects, cycles included, in bounded memory (its own process, so the
//! peak RSS measured is this test's).
mod common;
use common::*;
use runtime::*;

fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[test]
fn two_gigabytes_of_garbage_in_bounded_memory() {
    let info = runtime::Runtime::start(
        1,
        task("main.main", |stack| {
            let mut total = 0usize;
            let mut i = 0u64;
            while total < 2 << 30 {
                let a = alloc_words(2);
                stack.set(0, a);
                let b = alloc_words(2);
                store_word(a, b);
                store_word(b, a); // a cycle
                let payload = alloc_bytes(8192);
                store_word(b + 8, payload);
                store_u8(payload, 1);
                total += 8192 + 64 + 3 * 16;
                i += 1;
                safepoint();
            }
            stack.set(0, 0);
            assert!(i > 100_000);
            TaskExit::Returned
        }),
    );
    assert_eq!(info.code, 0);
    let stats = gc_stats();
    let rss = peak_rss_kib();
    eprintln!("collections: {}, peak RSS {} MiB", stats.num_gc, rss / 1024);
    assert!(stats.num_gc > 100);
    assert!(rss < 100 * 1024, "peak RSS {rss} KiB");
}
