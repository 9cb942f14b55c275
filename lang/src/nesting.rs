//! Nesting depth: how deep a syntax tree may be, and the stack that the recursive passes over
//! it (type checker, escape analysis, compiler, drop) run on.
//!
//! Invariants:
//! - `NestingMeter` sees every expression and statement node in the order the LR parser
//!   builds them (post-order) and measures the tree's depth in amortised O(1) per node, without
//!   recursion: a node starting at `l` is the parent of every not-yet-claimed node that starts
//!   at or after `l`.
//! - A file deeper than the thread's `limit()` gets go/parser's `exceeded max nesting depth` diagnostic
//!   and never reaches a recursive pass; its tree is leaked rather than dropped (dropping is
//!   recursive too).
//! - `on_large_stack` gives every pass of a tree as deep as its `limit()` enough native stack
//!   (`STACK_PER_NODE` per level); the stack is reserved virtual memory, touched only as deep
//!   as the program nests.

use crate::ast::Span;

/// The deepest tree minigo compiles on a full-size front-end stack. go1.19 compiles
/// expressions and blocks nested 100,000 deep (a level of Go nesting is one to five nodes here).
pub const MAX_NESTING: u32 = 600_000;

/// Native stack per tree level allowed for: the deepest pass measured below 2 KiB per node
/// (1,000,000-node trees compile on 2 GiB).
const STACK_PER_NODE: usize = 7 << 10;

/// Native stacks tried for the front end, largest first; virtual memory, touched only as
/// deep as a program nests.
const FRONT_END_STACKS: [usize; 4] = [4 << 30, 1 << 30, 256 << 20, 64 << 20];

/// The limit on threads not started by `on_large_stack`: Rust's default 2 MiB thread stack.
const DEFAULT_LIMIT: u32 = ((2 << 20) / STACK_PER_NODE) as u32;

thread_local! {
    /// The nesting limit of trees parsed on this thread: what its stack holds.
    static LIMIT: std::cell::Cell<u32> = const { std::cell::Cell::new(DEFAULT_LIMIT) };
}

/// The nesting limit on the current thread.
pub fn limit() -> u32 {
    LIMIT.with(|l| l.get())
}

/// The message go/parser gives for a file nested too deeply.
pub const TOO_DEEP: &str = "exceeded max nesting depth";

/// Measures the depth of a tree built bottom-up.
pub struct NestingMeter {
    /// Start offsets and depths of the built nodes that have no parent yet, by increasing start.
    unclaimed: Vec<(usize, u32)>,
    /// The thread's `limit()`.
    limit: u32,
    /// The first node whose depth passed `limit`.
    too_deep: Option<Span>,
}

impl Default for NestingMeter {
    fn default() -> NestingMeter {
        NestingMeter {
            unclaimed: Vec::new(),
            limit: limit(),
            too_deep: None,
        }
    }
}

impl NestingMeter {
    /// Records a node spanning `l..r`, built after all its children.
    pub fn node(&mut self, l: usize, r: usize) {
        let mut depth = 0;
        while let Some(&(start, d)) = self.unclaimed.last() {
            if start < l {
                break;
            }
            depth = depth.max(d);
            self.unclaimed.pop();
        }
        let depth = depth + 1;
        if depth > self.limit && self.too_deep.is_none() {
            self.too_deep = Some(Span::new(l, r));
        }
        self.unclaimed.push((l, depth));
    }

    /// Where the tree first got deeper than the limit, if it did.
    pub fn too_deep(&self) -> Option<Span> {
        self.too_deep
    }
}

/// Runs `f` on a thread whose stack holds the recursive passes over a tree `MAX_NESTING`
/// deep, or less where the address space is limited (`limit()` tells `f`), and returns its
/// result (a panic in `f` is resumed on the caller). Where no thread can be started at all,
/// `f` runs on the caller's stack and limit.
pub fn on_large_stack<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    let job = std::sync::Mutex::new(Some(f));
    let take = || job.lock().unwrap_or_else(|e| e.into_inner()).take();
    for size in FRONT_END_STACKS {
        let nodes = (size / STACK_PER_NODE).min(MAX_NESTING as usize) as u32;
        let ran = std::thread::scope(|s| {
            let worker = std::thread::Builder::new()
                .name("minigo-front-end".into())
                .stack_size(size)
                .spawn_scoped(s, || {
                    LIMIT.with(|l| l.set(nodes));
                    take().map(|f| f())
                });
            match worker.map(|w| w.join()) {
                Ok(Ok(r)) => r,
                Ok(Err(panic)) => std::panic::resume_unwind(panic),
                Err(_) => None,
            }
        });
        if let Some(r) = ran {
            return r;
        }
    }
    take().expect("the front-end job ran nowhere")()
}
