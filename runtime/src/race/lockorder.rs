//! The lock-order checker of `-race` (beyond Go, whose detector has none): two mutexes taken
//! in opposite orders — one goroutine holds A while it locks B, another (or the same, later)
//! holds B while it locks A — can deadlock on another run, even if this run did not. Each
//! such pair is reported once, as `WARNING: LOCK ORDER INVERSION (potential deadlock)` with
//! both acquisitions' stacks; the exit status is not changed.
//!
//! Invariants:
//! - A goroutine's held locks (address, acquisition stack) live in its `GState` and change
//!   only when it locks or unlocks.
//! - The graph holds the first acquisition seen for each ordered pair (held → taken); an
//!   inversion is the reverse pair already present.

use super::report::{self, Acquisition};
use super::StackId;
use parking_lot::Mutex;
use std::collections::{HashMap, HashSet};

#[derive(Default)]
struct Graph {
    edges: HashMap<(u64, u64), Acquisition>,
    reported: HashSet<(u64, u64)>,
}

static GRAPH: Mutex<Option<Graph>> = Mutex::new(None);

/// The running goroutine (`goid`, holding `held`) took the lock `m` at `stack`.
pub(super) fn acquired(held: &mut Vec<(u64, StackId)>, goid: u64, m: u64, stack: StackId) {
    let mut inversions = Vec::new();
    if held.iter().any(|&(l, _)| l != m) {
        let mut guard = GRAPH.lock();
        let graph = guard.get_or_insert_with(Graph::default);
        for &(l, l_stack) in held.iter().filter(|&&(l, _)| l != m) {
            let this = Acquisition {
                taken: m,
                held: l,
                goid,
                held_stack: l_stack,
                stack,
            };
            graph.edges.entry((l, m)).or_insert(this);
            let pair = (l.min(m), l.max(m));
            if let Some(&other) = graph.edges.get(&(m, l)) {
                if graph.reported.insert(pair) {
                    inversions.push((other, this));
                }
            }
        }
    }
    for (first, second) in inversions {
        report::lock_inversion(first, second);
    }
    held.push((m, stack));
}

/// The running goroutine released `m` (the most recent acquisition of it).
pub(super) fn released(held: &mut Vec<(u64, StackId)>, m: u64) {
    if let Some(i) = held.iter().rposition(|&(l, _)| l == m) {
        held.remove(i);
    }
}

/// Drop the edges of freed mutexes.
pub(super) fn retain_live(live: &mut dyn FnMut(u64) -> bool) {
    if let Some(g) = GRAPH.lock().as_mut() {
        g.edges.retain(|&(a, b), _| live(a) && live(b));
    }
}
