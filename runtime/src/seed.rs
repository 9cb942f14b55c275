//! Reproducible runs (`minigo run -seed N`, `MINIGO_SEED`): one process-wide seed that fixes
//! every random choice the runtime makes, and switches preemption from the clock to a count of
//! safepoints (done by the VM, see `preempt_by_count`).
//!
//! Invariants: the seed is set before the runtime starts and never changes while it runs.
//! Without a seed, random choices are seeded from the clock, as Go's are. With a seed and one
//! worker (`GOMAXPROCS=1`), the sequence of random numbers, and so every select choice and
//! scheduling decision, is the same on every run.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

static SEEDED: AtomicBool = AtomicBool::new(false);
static STATE: AtomicU64 = AtomicU64::new(0);

/// Fix (or, with `None`, release) the seed. Call before `Runtime::start`.
pub fn set_seed(seed: Option<u64>) {
    match seed {
        Some(s) => {
            STATE.store(splitmix(s) | 1, Ordering::SeqCst);
            SEEDED.store(true, Ordering::SeqCst);
        }
        None => SEEDED.store(false, Ordering::SeqCst),
    }
}

/// Whether a seed was given: preemption must then count safepoints, not read the clock.
#[inline]
pub fn preempt_by_count() -> bool {
    SEEDED.load(Ordering::Relaxed)
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The next number of the seeded sequence, or `None` when no seed was given.
pub fn seeded_random() -> Option<u64> {
    if !SEEDED.load(Ordering::Relaxed) {
        return None;
    }
    let next = STATE
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |x| Some(xorshift(x)))
        .unwrap_or(1);
    Some(splitmix(next))
}

/// One step of Marsaglia's xorshift64, the generator behind every random choice the runtime
/// makes (a non-zero state stays non-zero).
fn xorshift(mut x: u64) -> u64 {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    x
}

/// The runtime's next random number (select's case order, the worker a thief starts from):
/// the seeded sequence under a seed, else the next of the caller's per-thread `state`, which
/// a zero starts from the clock.
pub fn next_random(state: &std::cell::Cell<u64>) -> u64 {
    if let Some(x) = seeded_random() {
        return x;
    }
    let mut x = state.get();
    if x == 0 {
        x = clock_nanos() ^ (state as *const _ as u64) | 1;
    }
    x = xorshift(x);
    state.set(x);
    x
}

fn clock_nanos() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64)
}

thread_local! {
    /// Unseeded runs: a per-thread Weyl sequence started from the clock (reading the clock
    /// for every goroutine was a measured cost of `go` statements).
    static UNSEEDED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A seed for a new random stream (map iteration order of a goroutine): derived from the
/// seeded sequence, or from the clock and `salt` when unseeded.
pub fn stream_seed(salt: u64) -> u64 {
    seeded_random().unwrap_or_else(|| {
        UNSEEDED.with(|state| {
            let mut x = state.get();
            if x == 0 {
                x = clock_nanos();
            }
            x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
            state.set(x);
            splitmix(x ^ salt.rotate_left(32))
        })
    }) | 1
}
