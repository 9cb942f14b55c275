//! Package `math/rand`: the top-level functions over a locked global source, and `*Rand`
//! (`New(Source)`, `NewSource(seed)`) with the same methods.
//!
//! - `Intn`, `Int`, `Int31`, `Int63`, `Int63n`, `Int31n`, `Uint32`, `Float64`, `Float32`,
//!   `Perm`, `Shuffle(n, swap)` (calls back into Go), `Seed`.
//! - The generator is Go 1.19's (`rand_source`): a seed gives Go's exact sequence
//!   (`NewSource(s)`, `Seed(s)`). As since Go 1.20, the global source starts from a random
//!   seed, so an unseeded program prints other numbers on every run — except under
//!   `minigo run -seed N` (the seed derives from N) or with `GODEBUG=randautoseed=0`, which
//!   restores Go 1.19's seed 1.
//! - The derived algorithms (`Int63n` rejection, `Perm`, `Shuffle`, `Float64` retry) are Go's,
//!   and so are the panics (`invalid argument to Intn`, …).
//! - `NewSource` returns a `*rand.Rand` as the `Source` (it has `Int63` and `Seed`); `New` of
//!   such a source shares its state, as Go's `Rand` shares its source. A user-defined `Source`
//!   is called through its `Int63`/`Seed` methods.

use crate::native;
use crate::sync::string_panic;
use crate::util;
use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use std::sync::atomic::Ordering::{AcqRel, Acquire};
use vm::native::{NativeCtx, Panic};
use vm::value;

pub use crate::rand_source::Prng;

static GLOBAL: Mutex<Option<Prng>> = Mutex::new(None);

/// The global source's generator as first used: seeded at random (Go 1.20+), from `-seed`'s
/// sequence, or with 1 under `GODEBUG=randautoseed=0` (Go 1.19).
fn global_source() -> Prng {
    let godebug = std::env::var("GODEBUG").unwrap_or_default();
    if godebug.split(',').any(|o| o.trim() == "randautoseed=0") {
        return Prng::new(1);
    }
    Prng::new(runtime::stream_seed(0x5eed) as i64)
}

/// Where `Int63` values come from.
enum Src {
    Global,
    Native(&'static RandState),
    /// A user-defined `Source` interface value.
    User(Word),
}

impl Src {
    fn int63(&self, ctx: &mut NativeCtx) -> Result<i64, Panic> {
        Ok(match self {
            Src::Global => GLOBAL.lock().get_or_insert_with(global_source).int63(),
            Src::Native(s) => match s.user {
                0 => s.rng.lock().int63(),
                u => return Src::User(u).int63(ctx),
            },
            Src::User(i) => {
                let r = util::call_iface_method(ctx, *i, "Int63", &[])?;
                r.first().copied().unwrap_or(0) as i64
            }
        })
    }

    /// Go's `Rand.Uint64`: the generator's whole word from minigo's sources (they are Go's
    /// `Source64`), two `Int63`s from a user's `Source`.
    fn uint64(&self, ctx: &mut NativeCtx) -> Result<u64, Panic> {
        Ok(match self {
            Src::Global => GLOBAL.lock().get_or_insert_with(global_source).next_u64(),
            Src::Native(s) if s.user == 0 => s.rng.lock().next_u64(),
            _ => (self.int63(ctx)? as u64) >> 31 | (self.int63(ctx)? as u64) << 32,
        })
    }

    fn seed(&self, ctx: &mut NativeCtx, seed: i64) -> Result<(), Panic> {
        match self {
            Src::Global => *GLOBAL.lock() = Some(Prng::new(seed)),
            Src::Native(s) => match s.user {
                0 => *s.rng.lock() = Prng::new(seed),
                u => return Src::User(u).seed(ctx, seed),
            },
            Src::User(i) => {
                util::call_iface_method(ctx, *i, "Seed", &[seed as Word])?;
            }
        }
        Ok(())
    }

    fn int31(&self, ctx: &mut NativeCtx) -> Result<i32, Panic> {
        Ok((self.int63(ctx)? >> 32) as i32)
    }

    fn int63n(&self, ctx: &mut NativeCtx, n: i64) -> Result<i64, Panic> {
        if n <= 0 {
            return Err(string_panic("invalid argument to Int63n"));
        }
        if n & (n - 1) == 0 {
            return Ok(self.int63(ctx)? & (n - 1));
        }
        let max = i64::MAX - ((1u64 << 63) % n as u64) as i64;
        let mut v = self.int63(ctx)?;
        while v > max {
            v = self.int63(ctx)?;
        }
        Ok(v % n)
    }

    fn int31n(&self, ctx: &mut NativeCtx, n: i32) -> Result<i32, Panic> {
        if n <= 0 {
            return Err(string_panic("invalid argument to Int31n"));
        }
        if n & (n - 1) == 0 {
            return Ok(self.int31(ctx)? & (n - 1));
        }
        let max = i32::MAX - ((1u32 << 31) % n as u32) as i32;
        let mut v = self.int31(ctx)?;
        while v > max {
            v = self.int31(ctx)?;
        }
        Ok(v % n)
    }

    fn intn(&self, ctx: &mut NativeCtx, n: i64) -> Result<i64, Panic> {
        if n <= 0 {
            return Err(string_panic("invalid argument to Intn"));
        }
        if n <= i32::MAX as i64 {
            Ok(self.int31n(ctx, n as i32)? as i64)
        } else {
            self.int63n(ctx, n)
        }
    }

    fn float64(&self, ctx: &mut NativeCtx) -> Result<f64, Panic> {
        loop {
            let f = self.int63(ctx)? as f64 / (1u64 << 63) as f64;
            if f < 1.0 {
                return Ok(f);
            }
        }
    }

    fn float32(&self, ctx: &mut NativeCtx) -> Result<f32, Panic> {
        loop {
            let f = self.float64(ctx)? as f32;
            if f < 1.0 {
                return Ok(f);
            }
        }
    }

    fn perm(&self, ctx: &mut NativeCtx, n: i64) -> Result<Word, Panic> {
        if n < 0 {
            return Err(Panic::Runtime("makeslice: len out of range".into()));
        }
        let n = n as usize;
        let mut m = vec![0 as Word; n];
        for i in 0..n {
            let j = self.intn(ctx, i as i64 + 1)? as usize;
            m[i] = m[j];
            m[j] = i as Word;
        }
        Ok(util::new_word_slice(&m))
    }

    /// Go's `Uint32`: the top 32 of the 63 bits.
    fn uint32(&self, ctx: &mut NativeCtx) -> Result<u32, Panic> {
        Ok((self.int63(ctx)? >> 31) as u32)
    }

    /// Go's unexported `Rand.int31n` (Lemire's multiply-and-reject, used by `Shuffle`); `n > 0`.
    fn int31n_unbiased(&self, ctx: &mut NativeCtx, n: i32) -> Result<i32, Panic> {
        let n = n as u32;
        let mut prod = self.uint32(ctx)? as u64 * n as u64;
        if (prod as u32) < n {
            let thresh = n.wrapping_neg() % n;
            while (prod as u32) < thresh {
                prod = self.uint32(ctx)? as u64 * n as u64;
            }
        }
        Ok((prod >> 32) as i32)
    }

    fn shuffle(&self, ctx: &mut NativeCtx, n: i64, swap: Word) -> Result<(), Panic> {
        if n < 0 {
            return Err(string_panic("invalid argument to Shuffle"));
        }
        let mut i = n - 1;
        while i > (1i64 << 31) - 2 {
            let j = self.int63n(ctx, i + 1)?;
            ctx.call(swap, &[i as Word, j as Word])?;
            i -= 1;
        }
        while i > 0 {
            let j = self.int31n_unbiased(ctx, (i + 1) as i32)? as i64;
            ctx.call(swap, &[i as Word, j as Word])?;
            i -= 1;
        }
        Ok(())
    }
}

/// The state behind a `*rand.Rand` (slot 0 of its object).
pub struct RandState {
    rng: Mutex<Prng>,
    /// A user-defined `Source` (interface word) used instead of `rng`, or 0.
    user: Word,
}

impl NativeObject for RandState {
    fn trace(&self, marker: &mut Marker) {
        marker.mark(self.user);
    }
}

fn rand_obj(state: RandState) -> Word {
    let obj = heap::alloc_words(1);
    let st = heap::alloc_native(Box::new(state));
    heap::words(obj)[0].store(st, std::sync::atomic::Ordering::Release);
    obj
}

/// The source of a `*Rand` receiver (a zero `Rand` gets a source seeded with 1).
fn src_of(recv: Word) -> Result<Src, Panic> {
    if recv == 0 {
        return Err(util::nil_deref());
    }
    let cell = &heap::words(recv)[0];
    let cur = cell.load(Acquire);
    if let Some(s) = heap::native::<RandState>(cur) {
        return Ok(Src::Native(s));
    }
    let st = heap::alloc_native(Box::new(RandState {
        rng: Mutex::new(Prng::new(1)),
        user: 0,
    }));
    let st = match cell.compare_exchange(cur, st, AcqRel, Acquire) {
        Ok(_) => st,
        Err(w) => w,
    };
    heap::native::<RandState>(st)
        .map(Src::Native)
        .ok_or_else(util::nil_deref)
}

fn rand_ptr_type(prog: &vm::program::Program) -> Option<u32> {
    prog.types
        .iter()
        .position(|t| t.name == "*rand.Rand")
        .map(|i| i as u32)
}

macro_rules! both {
    ($v:ident, $name:literal, $mname:literal, $nargs:expr, $nres:expr, |$c:ident, $r:ident, $s:ident, $a:ident| $body:expr) => {
        $v.push(native!("math/rand", $name, $nargs, $nres, |$c, $r| {
            let $s = Src::Global;
            let $a: &[Word] = &$r.to_vec();
            $body
        }));
        $v.push(native!("math/rand", $mname, $nargs + 1, $nres, |$c, $r| {
            let $s = src_of($r[0])?;
            let $a: &[Word] = &$r[1..].to_vec();
            $body
        }));
    };
}

pub fn natives() -> Vec<crate::Entry> {
    let mut v: Vec<crate::Entry> = Vec::new();
    both!(v, "Intn", "Rand.Intn", 1, 1, |c, r, s, a| {
        r[0] = s.intn(c, a[0] as i64)? as Word;
        Ok(())
    });
    both!(v, "Int", "Rand.Int", 0, 1, |c, r, s, _a| {
        r[0] = s.int63(c)? as Word;
        Ok(())
    });
    both!(v, "Int31", "Rand.Int31", 0, 1, |c, r, s, _a| {
        r[0] = s.int31(c)? as i64 as Word;
        Ok(())
    });
    both!(v, "Int63", "Rand.Int63", 0, 1, |c, r, s, _a| {
        r[0] = s.int63(c)? as Word;
        Ok(())
    });
    both!(v, "Int63n", "Rand.Int63n", 1, 1, |c, r, s, a| {
        r[0] = s.int63n(c, a[0] as i64)? as Word;
        Ok(())
    });
    both!(v, "Int31n", "Rand.Int31n", 1, 1, |c, r, s, a| {
        r[0] = s.int31n(c, a[0] as i64 as i32)? as i64 as Word;
        Ok(())
    });
    both!(v, "Uint32", "Rand.Uint32", 0, 1, |c, r, s, _a| {
        r[0] = s.uint32(c)? as Word;
        Ok(())
    });
    both!(v, "Uint64", "Rand.Uint64", 0, 1, |c, r, s, _a| {
        r[0] = s.uint64(c)?;
        Ok(())
    });
    both!(v, "Float64", "Rand.Float64", 0, 1, |c, r, s, _a| {
        r[0] = s.float64(c)?.to_bits();
        Ok(())
    });
    both!(v, "Float32", "Rand.Float32", 0, 1, |c, r, s, _a| {
        r[0] = (s.float32(c)? as f64).to_bits();
        Ok(())
    });
    both!(v, "Perm", "Rand.Perm", 1, 1, |c, r, s, a| {
        r[0] = s.perm(c, a[0] as i64)?;
        Ok(())
    });
    both!(v, "Shuffle", "Rand.Shuffle", 2, 0, |c, r, s, a| {
        let _ = &r;
        s.shuffle(c, a[0] as i64, a[1])
    });
    both!(v, "Seed", "Rand.Seed", 1, 0, |c, r, s, a| {
        let _ = &r;
        s.seed(c, a[0] as i64)
    });
    v.push(native!("math/rand", "NewSource", 1, 1, |c, r| {
        let Some(t) = rand_ptr_type(c.prog) else {
            return Err(Panic::Fatal("math/rand: type *rand.Rand is missing".into()));
        };
        let obj = rand_obj(RandState {
            rng: Mutex::new(Prng::new(r[0] as i64)),
            user: 0,
        });
        r[0] = value::iface_new(t, obj);
        Ok(())
    }));
    v.push(native!("math/rand", "New", 1, 1, |c, r| {
        let src = r[0];
        r[0] = match value::iface_parts(src) {
            None => rand_obj(RandState {
                rng: Mutex::new(Prng::new(1)),
                user: 0,
            }),
            Some((t, data)) if Some(t) == rand_ptr_type(c.prog) => {
                // Share the source's state, as Go's Rand uses its Source.
                let obj = heap::alloc_words(1);
                let st = heap::load_word(data);
                heap::store_word(obj, st);
                obj
            }
            Some(_) => rand_obj(RandState {
                rng: Mutex::new(Prng::new(1)),
                user: src,
            }),
        };
        Ok(())
    }));
    v
}
