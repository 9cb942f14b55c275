//! Package `sync/atomic`.
//!
//! - Functions `AddT`, `LoadT`, `StoreT`, `SwapT`, `CompareAndSwapT` for T in Int32, Int64,
//!   Uint32, Uint64: the pointer argument is the raw address of a word slot (every int32/uint32
//!   element occupies one word, see ARCHITECTURE.md), updated with real atomic read-modify-write
//!   operations on that `AtomicU64`. 32-bit variants keep the slot's canonical form: int32
//!   sign-extended, uint32 zero-extended, wrapping at 32 bits.
//! - Types `Int32`, `Int64`, `Uint32`, `Uint64`, `Bool` (a struct with one word, the value;
//!   the receiver is the struct object, so the value slot is its address) with `Load`,
//!   `Store`, `Add` (not Bool), `Swap`, `CompareAndSwap`.
//! - `Value` (`Load`, `Store`, `Swap`, `CompareAndSwap`): the slot holds the interface word;
//!   Go's panics for nil and inconsistently typed values.

use crate::sync::string_panic;
use crate::util;
use crate::{declare, native};
use runtime::heap::{self, Word};
use runtime::race::AtomicOp;
use std::sync::atomic::AtomicU64;
use std::sync::atomic::Ordering::SeqCst;
use vm::native::Panic;
use vm::value;

/// How a 32/64-bit value is kept in its word.
#[derive(Clone, Copy)]
enum W {
    I32,
    U32,
    I64,
    U64,
}

impl W {
    /// The canonical word for `v` (wrapping).
    fn canon(self, v: u64) -> u64 {
        match self {
            W::I32 => v as u32 as i32 as i64 as u64,
            W::U32 => v as u32 as u64,
            W::I64 | W::U64 => v,
        }
    }
}

/// Runs the atomic operation `op` on the word at `addr` (nil → Go's nil dereference); under
/// `-race` it synchronises on that address as `what` says it did (`runtime::race::atomic`).
fn atomically<R>(
    addr: Word,
    what: impl FnOnce(&Result<R, Panic>) -> AtomicOp,
    op: impl FnOnce(&'static AtomicU64) -> Result<R, Panic>,
) -> Result<R, Panic> {
    if addr == 0 {
        return Err(util::nil_deref());
    }
    let c = heap::word_at(addr);
    runtime::race::atomic((addr, 0), || op(c), what)
}

/// The kind of an operation that always loads, stores or updates.
fn always<R>(op: AtomicOp) -> impl FnOnce(&Result<R, Panic>) -> AtomicOp {
    move |_| op
}

/// A compare-and-swap updates when it succeeds and only loads when it fails.
fn swapped_if<R>(ok: impl FnOnce(&R) -> bool) -> impl FnOnce(&Result<R, Panic>) -> AtomicOp {
    move |r| match r {
        Ok(v) if ok(v) => AtomicOp::Update,
        _ => AtomicOp::Load,
    }
}

fn add(w: W, addr: Word, delta: Word) -> Result<Word, Panic> {
    atomically(addr, always(AtomicOp::Update), |c| {
        Ok(match w {
            W::I64 | W::U64 => c.fetch_add(delta, SeqCst).wrapping_add(delta),
            _ => {
                let mut old = c.load(SeqCst);
                loop {
                    let new = w.canon(old.wrapping_add(delta));
                    match c.compare_exchange_weak(old, new, SeqCst, SeqCst) {
                        Ok(_) => break new,
                        Err(now) => old = now,
                    }
                }
            }
        })
    })
}

fn load(w: W, addr: Word) -> Result<Word, Panic> {
    atomically(
        addr,
        always(AtomicOp::Load),
        |c| Ok(w.canon(c.load(SeqCst))),
    )
}

fn store(w: W, addr: Word, v: Word) -> Result<(), Panic> {
    atomically(addr, always(AtomicOp::Store), |c| {
        c.store(w.canon(v), SeqCst);
        Ok(())
    })
}

fn swap(w: W, addr: Word, v: Word) -> Result<Word, Panic> {
    atomically(addr, always(AtomicOp::Update), |c| {
        Ok(w.canon(c.swap(w.canon(v), SeqCst)))
    })
}

fn cas(w: W, addr: Word, old: Word, new: Word) -> Result<Word, Panic> {
    atomically(addr, swapped_if(|&ok| ok != 0), |c| {
        Ok(
            c.compare_exchange(w.canon(old), w.canon(new), SeqCst, SeqCst)
                .is_ok() as Word,
        )
    })
}

// ---------------------------------------------------------------- atomic.Value

fn value_store(recv: Word, v: Word, op: &str) -> Result<Word, Panic> {
    // Go's Value.Store is an atomic store of the data word, Value.Swap a swap.
    let what = if op == "swap" {
        AtomicOp::Update
    } else {
        AtomicOp::Store
    };
    atomically(recv, always(what), |c| value_store_in(c, v, op))
}

fn value_store_in(c: &AtomicU64, v: Word, op: &str) -> Result<Word, Panic> {
    let Some((t, _)) = value::iface_parts(v) else {
        return Err(string_panic(&format!(
            "sync/atomic: {op} of nil value into Value"
        )));
    };
    let mut cur = c.load(SeqCst);
    loop {
        if let Some((ct, _)) = value::iface_parts(cur) {
            if ct != t {
                return Err(string_panic(&format!(
                    "sync/atomic: {op} of inconsistently typed value into Value"
                )));
            }
        }
        match c.compare_exchange(cur, v, SeqCst, SeqCst) {
            Ok(prev) => return Ok(prev),
            Err(now) => cur = now,
        }
    }
}

fn value_cas(prog: &vm::program::Program, recv: Word, old: Word, new: Word) -> Result<bool, Panic> {
    atomically(recv, swapped_if(|&ok| ok), |c| {
        value_cas_in(prog, c, old, new)
    })
}

fn value_cas_in(
    prog: &vm::program::Program,
    c: &AtomicU64,
    old: Word,
    new: Word,
) -> Result<bool, Panic> {
    let Some((nt, _)) = value::iface_parts(new) else {
        return Err(string_panic(
            "sync/atomic: compare and swap of nil value into Value",
        ));
    };
    if let Some((ot, _)) = value::iface_parts(old) {
        if ot != nt {
            return Err(string_panic(
                "sync/atomic: compare and swap of inconsistently typed values",
            ));
        }
    }
    loop {
        let cur = c.load(SeqCst);
        match value::iface_parts(cur) {
            None => {
                if old != 0 {
                    return Ok(false);
                }
            }
            Some((ct, _)) => {
                if ct != nt {
                    return Err(string_panic(
                        "sync/atomic: compare and swap of inconsistently typed value into Value",
                    ));
                }
                let any_t = any_type(prog);
                if !value::equal(prog, any_t, cur, old)? {
                    return Ok(false);
                }
            }
        }
        if c.compare_exchange(cur, new, SeqCst, SeqCst).is_ok() {
            return Ok(true);
        }
    }
}

/// Some interface type id (interface equality only looks at the kind).
fn any_type(prog: &vm::program::Program) -> u32 {
    prog.types
        .iter()
        .position(|t| t.kind == vm::program::RKind::Interface)
        .unwrap_or(0) as u32
}

/// The five operations on one integer width: as functions on a pointer
/// (`int_funcs!(functions W::I32, "Int32", "int32")`: `AddInt32(*int32, int32) int32`, …) or as
/// methods of the typed wrapper (`int_funcs!(methods W::I32, "Int32", "int32")`).
macro_rules! int_funcs {
    (functions $w:expr, $name:literal, $t:literal) => {
        int_funcs!(@ $w,
            concat!("func Add", $name, "(*", $t, ", ", $t, ") ", $t),
            concat!("func Load", $name, "(*", $t, ") ", $t),
            concat!("func Store", $name, "(*", $t, ", ", $t, ")"),
            concat!("func Swap", $name, "(*", $t, ", ", $t, ") ", $t),
            concat!("func CompareAndSwap", $name, "(*", $t, ", ", $t, ", ", $t, ") bool"))
    };
    (methods $w:expr, $name:literal, $t:literal) => {
        int_funcs!(@ $w,
            concat!("func (*", $name, ") Add(", $t, ") ", $t),
            concat!("func (*", $name, ") Load() ", $t),
            concat!("func (*", $name, ") Store(", $t, ")"),
            concat!("func (*", $name, ") Swap(", $t, ") ", $t),
            concat!("func (*", $name, ") CompareAndSwap(", $t, ", ", $t, ") bool"))
    };
    (@ $w:expr, $add:expr, $load:expr, $store:expr, $swap:expr, $cas:expr) => {
        [
            native!("sync/atomic", $add, |_, r| {
                r[0] = add($w, r[0], r[1])?;
                Ok(())
            }),
            native!("sync/atomic", $load, |_, r| {
                r[0] = load($w, r[0])?;
                Ok(())
            }),
            native!("sync/atomic", $store, |_, r| store($w, r[0], r[1])),
            native!("sync/atomic", $swap, |_, r| {
                r[0] = swap($w, r[0], r[1])?;
                Ok(())
            }),
            native!("sync/atomic", $cas, |_, r| {
                r[0] = cas($w, r[0], r[1], r[2])?;
                Ok(())
            }),
        ]
    };
}

pub fn natives() -> Vec<crate::Entry> {
    let mut v = Vec::new();
    v.push(declare!(
        "sync/atomic",
        r#"
type Int32 struct { impl int32 }
type Int64 struct { impl int64 }
type Uint32 struct { impl uint32 }
type Uint64 struct { impl uint64 }
"#
    ));
    v.extend(int_funcs!(functions W::I32, "Int32", "int32"));
    v.extend(int_funcs!(functions W::I64, "Int64", "int64"));
    v.extend(int_funcs!(functions W::U32, "Uint32", "uint32"));
    v.extend(int_funcs!(functions W::U64, "Uint64", "uint64"));
    v.extend(int_funcs!(methods W::I32, "Int32", "int32"));
    v.extend(int_funcs!(methods W::I64, "Int64", "int64"));
    v.extend(int_funcs!(methods W::U32, "Uint32", "uint32"));
    v.extend(int_funcs!(methods W::U64, "Uint64", "uint64"));
    v.extend([
        declare!("sync/atomic", "type Bool struct { impl uint32 }"),
        native!("sync/atomic", "func (*Bool) Load() bool", |_, r| {
            r[0] = (load(W::U32, r[0])? != 0) as Word;
            Ok(())
        }),
        native!("sync/atomic", "func (*Bool) Store(bool)", |_, r| store(
            W::U32,
            r[0],
            (r[1] != 0) as Word
        )),
        native!("sync/atomic", "func (*Bool) Swap(bool) bool", |_, r| {
            r[0] = (swap(W::U32, r[0], (r[1] != 0) as Word)? != 0) as Word;
            Ok(())
        }),
        native!(
            "sync/atomic",
            "func (*Bool) CompareAndSwap(bool, bool) bool",
            |_, r| {
                r[0] = cas(W::U32, r[0], (r[1] != 0) as Word, (r[2] != 0) as Word)?;
                Ok(())
            }
        ),
        declare!("sync/atomic", "type Value struct { impl uintptr }"),
        native!("sync/atomic", "func (*Value) Load() any", |_, r| {
            r[0] = atomically(r[0], always(AtomicOp::Load), |c| Ok(c.load(SeqCst)))?;
            Ok(())
        }),
        native!("sync/atomic", "func (*Value) Store(any)", |_, r| {
            value_store(r[0], r[1], "store")?;
            Ok(())
        }),
        native!("sync/atomic", "func (*Value) Swap(any) any", |_, r| {
            r[0] = value_store(r[0], r[1], "swap")?;
            Ok(())
        }),
        native!(
            "sync/atomic",
            "func (*Value) CompareAndSwap(any, any) bool",
            |c, r| {
                r[0] = value_cas(c.prog, r[0], r[1], r[2])? as Word;
                Ok(())
            }
        ),
    ]);
    v
}
