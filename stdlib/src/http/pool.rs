//! The client's idle connections, per `host:port`, as Go's default transport keeps them:
//! at most `MAX_IDLE_PER_HOST` (Go's `DefaultMaxIdleConnsPerHost`) idle connections a host;
//! a response body read to its end and closed gives its connection back, one more is closed.
//!
//! Invariant: the pool is a permanent object of the program (a GC root) tracing the
//! `conn::Io` objects it holds; a pooled connection has no unread bytes.

use super::conn;
use crate::util;
use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use std::collections::HashMap;
use vm::native::{NativeCtx, Panic};

const MAX_IDLE_PER_HOST: usize = 2;

#[derive(Default)]
struct Pool {
    idle: Mutex<HashMap<String, Vec<Word>>>,
}

impl NativeObject for Pool {
    fn trace(&self, marker: &mut Marker) {
        for conns in self.idle.lock().values() {
            marker.mark_words(conns);
        }
    }
}

fn pool(ctx: &NativeCtx) -> &'static Pool {
    let w = util::permanent(ctx.prog, "http.idleConns", || {
        heap::alloc_native(Box::<Pool>::default())
    });
    heap::native::<Pool>(w).expect("http: idle pool")
}

/// An idle connection to `key`, if one is kept.
pub fn take(ctx: &NativeCtx, key: &str) -> Option<Word> {
    pool(ctx).idle.lock().get_mut(key)?.pop()
}

/// Keeps the `conn::Io` object `io` for `key`, or closes it when the host has enough.
pub fn put(ctx: &mut NativeCtx, key: &str, io: Word) -> Result<(), Panic> {
    if conn::of(io).buf.lock().is_empty() {
        let mut idle = pool(ctx).idle.lock();
        let conns = idle.entry(key.to_string()).or_default();
        if conns.len() < MAX_IDLE_PER_HOST {
            conns.push(io);
            return Ok(());
        }
    }
    conn::of(io).close(ctx)
}
