//! Package `errors`:
//! - `func New(text string) error` (`*errors.errorString`, compared by identity)
//! - `func Is(err, target error) bool` (Unwrap chains and `Is(error) bool` methods)
//! - `func As(err error, target any) bool` (target: non-nil pointer to an interface or
//!   concrete type; `As(any) bool` methods honoured)
//! - `func Unwrap(err error) error`
//! - `func Join(errs ...error) error` (Go 1.20: `*errors.joinError`, whose `Unwrap() []error`
//!   `Is` and `As` walk depth-first, as they walk any error's `Unwrap() []error`), and
//!   `var ErrUnsupported error` (Go 1.21)
//!
//! Invariant: an `Unwrap` method's result word is told apart by its heap shape — an
//! interface object has two slots, a slice header four — since methods of either signature
//! share the name.

use crate::util;
use crate::{declare, native};
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
        declare!("errors", "type joinError struct { errs []error }"),
        native!("errors", "func Join(...error) error", |c, r| {
            let errs: Vec<Word> = value::slice_to_vec(r[0], false)
                .into_iter()
                .filter(|&e| e != 0)
                .collect();
            r[0] = match (
                errs.is_empty(),
                util::type_named(c.prog, "*errors.joinError"),
            ) {
                (true, _) | (_, None) => 0,
                (false, Some(t)) => {
                    let obj = heap::alloc_words(1);
                    heap::store_word(obj, util::new_word_slice(&errs));
                    value::iface_new(t, obj)
                }
            };
            Ok(())
        }),
        native!("errors", "func (*joinError) Error() string", |c, r| {
            let errs = value::slice_to_vec(heap::load_word(r[0]), false);
            let mut text = Vec::new();
            for (i, e) in errs.into_iter().enumerate() {
                if i > 0 {
                    text.push(b'\n');
                }
                let msg = util::call_iface_method(c, e, "Error", &[])?;
                text.extend_from_slice(util::str_arg(msg.first().copied().unwrap_or(0)));
            }
            r[0] = util::new_str(&text);
            Ok(())
        }),
        native!("errors", "func (*joinError) Unwrap() []error", |_, r| {
            r[0] = heap::load_word(r[0]);
            Ok(())
        }),
        native!("errors", "var ErrUnsupported error", |c, r| {
            let prog = c.prog;
            r[0] = util::permanent(prog, "errors.ErrUnsupported", || {
                util::new_error(prog, b"unsupported operation")
            });
            Ok(())
        }),
    ]
}

/// What `err` wraps: the result of `Unwrap() error` (one error, none if nil) or of
/// `Unwrap() []error` (each non-nil one).
fn wrapped(ctx: &mut NativeCtx, err: Word) -> Result<Vec<Word>, Panic> {
    let Some((t, _)) = value::iface_parts(err) else {
        return Ok(Vec::new());
    };
    if util::find_method(ctx.prog, t, "Unwrap").is_none() {
        return Ok(match unwrap(ctx, err)? {
            0 => Vec::new(),
            e => vec![e],
        });
    }
    let r = util::call_iface_method(ctx, err, "Unwrap", &[])?;
    let w = r.first().copied().unwrap_or(0);
    Ok(if w == 0 {
        Vec::new()
    } else if heap::words(w).len() == 4 {
        value::slice_to_vec(w, false)
            .into_iter()
            .filter(|&e| e != 0)
            .collect()
    } else {
        vec![w]
    })
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
    let w = r.first().copied().unwrap_or(0);
    // `Unwrap() []error` is not `Unwrap() error`: errors.Unwrap gives nil for it.
    Ok(if w != 0 && heap::words(w).len() == 4 {
        0
    } else {
        w
    })
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
    is_depth(ctx, err, target, 0)
}

/// Go's `errors.is`: `err`, then what it wraps, depth-first (a chain of single wraps walked
/// in a loop, only a join's branches recursively).
fn is_depth(ctx: &mut NativeCtx, err: Word, target: Word, depth: usize) -> Result<bool, Panic> {
    let mut err = err;
    for _ in 0..10_000 {
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
        match wrapped(ctx, err)?.as_slice() {
            [] => return Ok(false),
            [one] => err = *one,
            many if depth < MAX_JOIN_DEPTH => {
                for &inner in many {
                    ctx.root(inner);
                    if is_depth(ctx, inner, target, depth + 1)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            _ => return Ok(false),
        }
        ctx.root(err);
    }
    Ok(false)
}

/// How deeply joined errors are searched (each level a native stack frame).
const MAX_JOIN_DEPTH: usize = 100;

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
    as_depth(ctx, err, target, ptr, et, et_iface, 0)
}

/// Go's `errors.as`: `err`, then what it wraps, depth-first, stored into `*ptr` on a match
/// (walked as [`is_depth`] walks).
fn as_depth(
    ctx: &mut NativeCtx,
    err: Word,
    target: Word,
    ptr: Word,
    et: u32,
    et_iface: bool,
    depth: usize,
) -> Result<bool, Panic> {
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
        match wrapped(ctx, err)?.as_slice() {
            [] => return Ok(false),
            [one] => err = *one,
            many if depth < MAX_JOIN_DEPTH => {
                for &inner in many {
                    ctx.root(inner);
                    if as_depth(ctx, inner, target, ptr, et, et_iface, depth + 1)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            _ => return Ok(false),
        }
        ctx.root(err);
    }
    Ok(false)
}
