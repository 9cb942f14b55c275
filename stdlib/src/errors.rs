//! Package `errors`:
//! - `func New(text string) error` (`*errors.errorString`, compared by identity)
//! - `func Is(err, target error) bool` (Unwrap chains and `Is(error) bool` methods)
//! - `func As(err error, target any) bool` (target: non-nil pointer to an interface or
//!   concrete type; `As(any) bool` methods honoured)
//! - `func Unwrap(err error) error`

use crate::native;
use crate::util;
use runtime::heap::{self, Word};
use vm::native::{NativeCtx, Panic};
use vm::program::{Program, RKind};
use vm::value;

pub fn natives() -> Vec<crate::Entry> {
    vec![
        native!("errors", "func New(string) error", |c, r| {
            r[0] = util::new_error(c.prog, util::str_arg(r[0]));
            Ok(())
        }),
        native!("errors", "func Unwrap(error) error", |c, r| {
            r[0] = unwrap(c, r[0])?;
            Ok(())
        }),
        native!("errors", "func Is(error, error) bool", |c, r| {
            r[0] = is(c, r[0], r[1])? as Word;
            Ok(())
        }),
        native!("errors", "func As(error, any) bool", |c, r| {
            r[0] = as_(c, r[0], r[1])? as Word;
            Ok(())
        }),
    ]
}

/// `errors.Unwrap`: the result of an `Unwrap() error` method, or nil.
pub fn unwrap(ctx: &mut NativeCtx, err: Word) -> Result<Word, Panic> {
    let Some((t, data)) = value::iface_parts(err) else {
        return Ok(0);
    };
    if util::find_method(ctx.prog, t, "Unwrap").is_none() {
        if ctx.prog.types[t as usize].name == "*strconv.NumError" && data != 0 {
            // NumError.Err, in case the checker did not declare (*NumError).Unwrap.
            return Ok(heap::words(data)
                .get(2)
                .map_or(0, |c| c.load(std::sync::atomic::Ordering::Acquire)));
        }
        return Ok(0);
    }
    let r = util::call_iface_method(ctx, err, "Unwrap", &[])?;
    Ok(r.first().copied().unwrap_or(0))
}

/// `a == b` for two error (interface) values.
pub fn same_error(prog: &Program, a: Word, b: Word) -> Result<bool, Panic> {
    iface_eq(prog, a, b)
}

fn iface_eq(prog: &Program, a: Word, b: Word) -> Result<bool, Panic> {
    match (value::iface_parts(a), value::iface_parts(b)) {
        (None, None) => Ok(true),
        (Some((ta, da)), Some((tb, db))) => {
            if ta != tb || !value::comparable(prog, ta) {
                return Ok(false);
            }
            value::equal(prog, ta, da, db)
        }
        _ => Ok(false),
    }
}

fn is(ctx: &mut NativeCtx, err: Word, target: Word) -> Result<bool, Panic> {
    if err == 0 || target == 0 {
        return Ok(err == target);
    }
    ctx.root(err);
    ctx.root(target);
    let mut err = err;
    for _ in 0..10_000 {
        if err == 0 {
            return Ok(false);
        }
        if iface_eq(ctx.prog, err, target)? {
            return Ok(true);
        }
        let (t, _) = value::iface_parts(err).unwrap_or((0, 0));
        if util::find_method(ctx.prog, t, "Is").is_some() {
            let r = util::call_iface_method(ctx, err, "Is", &[target])?;
            if r.first().copied().unwrap_or(0) & 0xff != 0 {
                return Ok(true);
            }
        }
        err = unwrap(ctx, err)?;
        ctx.root(err);
    }
    Ok(false)
}

/// Whether dynamic type `t` implements interface type `it`.
pub fn implements(prog: &Program, t: u32, it: u32) -> bool {
    let have = &prog.types[t as usize].methods;
    prog.types[it as usize]
        .iface_methods
        .iter()
        .all(|m| have.iter().any(|h| h.name == *m))
}

fn as_(ctx: &mut NativeCtx, err: Word, target: Word) -> Result<bool, Panic> {
    let Some((tt, ptr)) = value::iface_parts(target) else {
        return Err(Panic::Plain("errors: target cannot be nil".into()));
    };
    let prog = ctx.prog;
    if util::kind(prog, tt) != RKind::Pointer || ptr == 0 {
        return Err(Panic::Plain(
            "errors: target must be a non-nil pointer".into(),
        ));
    }
    let et = prog.types[tt as usize].elem;
    let et_iface = util::kind(prog, et) == RKind::Interface;
    if !et_iface && util::find_method(prog, et, "Error").is_none() {
        return Err(Panic::Plain(
            "errors: *target must be interface or implement error".into(),
        ));
    }
    ctx.root(err);
    let mut err = err;
    for _ in 0..10_000 {
        let Some((t, data)) = value::iface_parts(err) else {
            return Ok(false);
        };
        let prog = ctx.prog;
        if et_iface && implements(prog, t, et) {
            heap::store_word(ptr, err);
            return Ok(true);
        }
        if !et_iface && t == et {
            if value::is_aggregate(prog, et) {
                let src = value::clone(prog, et, data);
                let n = heap::words(src).len().min(heap::words(ptr).len());
                for i in 0..n {
                    heap::store_word(
                        ptr + 8 * i as u64,
                        heap::words(src)[i].load(std::sync::atomic::Ordering::Acquire),
                    );
                }
            } else {
                heap::store_word(ptr, data);
            }
            return Ok(true);
        }
        if util::find_method(prog, t, "As").is_some() {
            let r = util::call_iface_method(ctx, err, "As", &[target])?;
            if r.first().copied().unwrap_or(0) & 0xff != 0 {
                return Ok(true);
            }
        }
        err = unwrap(ctx, err)?;
        ctx.root(err);
    }
    Ok(false)
}
