//! Package `container/list`: Go's doubly linked list, with Go's struct layout so that
//! programs read `e.Value` as a field — `Element { next, prev *Element; list *List; Value any }`
//! and `List { root Element; len int }` — and Go's algorithms: a ring through the sentinel
//! `root`, lazy initialisation of a zero `List`, and every operation on an element of another
//! list (or a removed one) a no-op, as Go's.
//!
//! Invariants: an element belongs to list `l` iff its `list` field is `l`; `root` (slot 0 of
//! the `List` object, an owned `Element`) links the first and last elements; `len` (slot 1)
//! counts the elements; a removed element has nil `next`, `prev` and `list`.

use crate::{declare, native};
use runtime::heap::{self, Word};
use std::sync::atomic::Ordering::{Acquire, Release};
use vm::native::Panic;

const NEXT: usize = 0;
const PREV: usize = 1;
const LIST: usize = 2;
const VALUE: usize = 3;
const ROOT: usize = 0;
const LEN: usize = 1;

fn get(obj: Word, slot: usize) -> Result<Word, Panic> {
    if obj == 0 {
        return Err(vm::native::nil_deref());
    }
    Ok(heap::words(obj)[slot].load(Acquire))
}

fn set(obj: Word, slot: usize, v: Word) -> Result<(), Panic> {
    if obj == 0 {
        return Err(vm::native::nil_deref());
    }
    heap::words(obj)[slot].store(v, Release);
    Ok(())
}

/// The sentinel element of list `l`.
fn root(l: Word) -> Result<Word, Panic> {
    get(l, ROOT)
}

/// `l.Init()`: an empty ring through the sentinel.
fn init(l: Word) -> Result<Word, Panic> {
    let r = root(l)?;
    set(r, NEXT, r)?;
    set(r, PREV, r)?;
    set(l, LEN, 0)?;
    Ok(l)
}

/// Go's `lazyInit`: a zero `List` becomes an empty one on first insertion.
fn lazy_init(l: Word) -> Result<(), Panic> {
    if get(root(l)?, NEXT)? == 0 {
        init(l)?;
    }
    Ok(())
}

/// Links `e` after `at` in `l`.
fn insert(l: Word, e: Word, at: Word) -> Result<Word, Panic> {
    let next = get(at, NEXT)?;
    set(e, PREV, at)?;
    set(e, NEXT, next)?;
    set(at, NEXT, e)?;
    set(next, PREV, e)?;
    set(e, LIST, l)?;
    set(l, LEN, get(l, LEN)? + 1)?;
    Ok(e)
}

/// A new element holding `v`, linked after `at`.
fn insert_value(l: Word, v: Word, at: Word) -> Result<Word, Panic> {
    let e = heap::alloc_words(4);
    set(e, VALUE, v)?;
    insert(l, e, at)
}

fn unlink(e: Word) -> Result<(), Panic> {
    let (prev, next) = (get(e, PREV)?, get(e, NEXT)?);
    set(prev, NEXT, next)?;
    set(next, PREV, prev)
}

fn remove(l: Word, e: Word) -> Result<(), Panic> {
    unlink(e)?;
    set(e, NEXT, 0)?;
    set(e, PREV, 0)?;
    set(e, LIST, 0)?;
    set(l, LEN, get(l, LEN)? - 1)
}

/// Moves `e` after `at` (both in the same list).
fn move_after(e: Word, at: Word) -> Result<(), Panic> {
    if e == at {
        return Ok(());
    }
    unlink(e)?;
    let next = get(at, NEXT)?;
    set(e, PREV, at)?;
    set(e, NEXT, next)?;
    set(at, NEXT, e)?;
    set(next, PREV, e)
}

/// `e.Next()` / `e.Prev()`: the neighbour through `slot`, nil at the sentinel or off-list.
fn neighbour(e: Word, slot: usize) -> Result<Word, Panic> {
    let p = get(e, slot)?;
    let l = get(e, LIST)?;
    Ok(if l != 0 && p != root(l)? { p } else { 0 })
}

/// The elements of `l` front to back.
fn elements(l: Word) -> Result<Vec<Word>, Panic> {
    let mut out = Vec::new();
    let r = root(l)?;
    if get(r, NEXT)? == 0 {
        return Ok(out);
    }
    let mut e = get(r, NEXT)?;
    while e != r {
        out.push(e);
        e = get(e, NEXT)?;
    }
    Ok(out)
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!(
            "container/list",
            "type Element struct { next *Element; prev *Element; list *List; Value any }
type List struct { root Element; len int }"
        ),
        native!(
            "container/list",
            "func (*Element) Next() *Element",
            |_, r| {
                r[0] = neighbour(r[0], NEXT)?;
                Ok(())
            }
        ),
        native!(
            "container/list",
            "func (*Element) Prev() *Element",
            |_, r| {
                r[0] = neighbour(r[0], PREV)?;
                Ok(())
            }
        ),
        native!("container/list", "func New() *List", |c, r| {
            let t = crate::util::type_named(c.prog, "list.List")
                .ok_or_else(|| Panic::Fatal("minigo: type list.List is not loaded".into()))?;
            r[0] = init(vm::value::zero(c.prog, t))?;
            Ok(())
        }),
        native!("container/list", "func (*List) Init() *List", |_, r| {
            r[0] = init(r[0])?;
            Ok(())
        }),
        native!("container/list", "func (*List) Len() int", |_, r| {
            r[0] = get(r[0], LEN)?;
            Ok(())
        }),
        native!("container/list", "func (*List) Front() *Element", |_, r| {
            r[0] = match get(r[0], LEN)? {
                0 => 0,
                _ => get(root(r[0])?, NEXT)?,
            };
            Ok(())
        }),
        native!("container/list", "func (*List) Back() *Element", |_, r| {
            r[0] = match get(r[0], LEN)? {
                0 => 0,
                _ => get(root(r[0])?, PREV)?,
            };
            Ok(())
        }),
        native!(
            "container/list",
            "func (*List) Remove(*Element) any",
            |_, r| {
                let (l, e) = (r[0], r[1]);
                if get(e, LIST)? == l {
                    remove(l, e)?;
                }
                r[0] = get(e, VALUE)?;
                Ok(())
            }
        ),
        native!(
            "container/list",
            "func (*List) PushFront(any) *Element",
            |_, r| {
                let l = r[0];
                lazy_init(l)?;
                r[0] = insert_value(l, r[1], root(l)?)?;
                Ok(())
            }
        ),
        native!(
            "container/list",
            "func (*List) PushBack(any) *Element",
            |_, r| {
                let l = r[0];
                lazy_init(l)?;
                r[0] = insert_value(l, r[1], get(root(l)?, PREV)?)?;
                Ok(())
            }
        ),
        native!(
            "container/list",
            "func (*List) InsertBefore(any, *Element) *Element",
            |_, r| {
                let (l, v, mark) = (r[0], r[1], r[2]);
                r[0] = match get(mark, LIST)? == l {
                    true => insert_value(l, v, get(mark, PREV)?)?,
                    false => 0,
                };
                Ok(())
            }
        ),
        native!(
            "container/list",
            "func (*List) InsertAfter(any, *Element) *Element",
            |_, r| {
                let (l, v, mark) = (r[0], r[1], r[2]);
                r[0] = match get(mark, LIST)? == l {
                    true => insert_value(l, v, mark)?,
                    false => 0,
                };
                Ok(())
            }
        ),
        native!(
            "container/list",
            "func (*List) MoveToFront(*Element)",
            |_, r| {
                let (l, e) = (r[0], r[1]);
                if get(e, LIST)? == l && get(root(l)?, NEXT)? != e {
                    move_after(e, root(l)?)?;
                }
                Ok(())
            }
        ),
        native!(
            "container/list",
            "func (*List) MoveToBack(*Element)",
            |_, r| {
                let (l, e) = (r[0], r[1]);
                if get(e, LIST)? == l && get(root(l)?, PREV)? != e {
                    move_after(e, get(root(l)?, PREV)?)?;
                }
                Ok(())
            }
        ),
        native!(
            "container/list",
            "func (*List) MoveBefore(*Element, *Element)",
            |_, r| {
                let (l, e, mark) = (r[0], r[1], r[2]);
                if get(e, LIST)? == l && e != mark && get(mark, LIST)? == l {
                    move_after(e, get(mark, PREV)?)?;
                }
                Ok(())
            }
        ),
        native!(
            "container/list",
            "func (*List) MoveAfter(*Element, *Element)",
            |_, r| {
                let (l, e, mark) = (r[0], r[1], r[2]);
                if get(e, LIST)? == l && e != mark && get(mark, LIST)? == l {
                    move_after(e, mark)?;
                }
                Ok(())
            }
        ),
        native!(
            "container/list",
            "func (*List) PushBackList(*List)",
            |_, r| {
                let (l, other) = (r[0], r[1]);
                lazy_init(l)?;
                for e in elements(other)? {
                    insert_value(l, get(e, VALUE)?, get(root(l)?, PREV)?)?;
                }
                Ok(())
            }
        ),
        native!(
            "container/list",
            "func (*List) PushFrontList(*List)",
            |_, r| {
                let (l, other) = (r[0], r[1]);
                lazy_init(l)?;
                for e in elements(other)?.into_iter().rev() {
                    insert_value(l, get(e, VALUE)?, root(l)?)?;
                }
                Ok(())
            }
        ),
    ]
}
