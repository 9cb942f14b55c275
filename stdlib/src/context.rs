//! Package `context`: `Background`, `TODO`, `WithCancel`, `WithTimeout`, `WithDeadline`,
//! `WithValue`, `Canceled`, `DeadlineExceeded`.
//!
//! Representation: every context this package creates is a `Context` interface whose dynamic
//! type is the checker-declared implementation type `context.cancelCtx` (a struct with one
//! hidden word and the value-receiver methods `Deadline`, `Done`, `Err`, `Value`, `String`
//! and `cancel`). The hidden word points at a native [`CtxNode`]: background/TODO, a
//! cancelable node (optionally with a deadline) or a value node, with its parent context.
//! - A cancelable node owns its `Done` channel (unbuffered, closed on cancel) and lists its
//!   cancelable children; cancelling closes the channel, records the error, cancels the
//!   children and unlinks the node from its parent, as Go's `cancelCtx.cancel`.
//! - A deadline is a runtime timer callback (no allocation: the error is recorded as a kind
//!   and turned into Go's error value when `Err` is called).
//! - The `CancelFunc` returned by `WithCancel`/… is a func value bound to the context's
//!   `cancel` method (an interface-bound method value, see `vm::interp::calls`).
//! - A user-defined parent context is reached through its methods (`Done`, `Err`,
//!   `Deadline`, `Value`); a child finds its nearest cancelable ancestor through
//!   `Value(sentinel)`, as Go's `parentCancelCtx` does with `&cancelCtxKey`. A user-defined
//!   cancelable parent that is not built on this package is not watched (Go starts a
//!   goroutine for that case).
//! - `Canceled` (`context canceled`) is an `*errors.errorString` with a fixed identity;
//!   `DeadlineExceeded` is a `context.deadlineExceededError` (equal to any other, with
//!   `Timeout()` and `Temporary()` true, as in Go); `Background()`/`TODO()` return the same
//!   value each time; those objects are GC roots for the whole process.

use crate::sync::string_panic;
use crate::time;
use crate::util;
use crate::{declare, native};
use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use runtime::RootSet;
use std::sync::atomic::Ordering::{Acquire, Release};
use std::sync::{Arc, OnceLock};
use std::time::Duration as StdDuration;
use vm::native::{NativeCtx, Panic};
use vm::program::{Program, RKind};
use vm::value;

/// Name of the implementation type the checker declares.
const IMPL_TYPE: &str = "context.cancelCtx";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CtxErr {
    Canceled,
    DeadlineExceeded,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Background,
    Todo,
    /// Cancelable; with a deadline for WithDeadline/WithTimeout.
    Cancel(Option<Deadline>),
    Value,
}

/// A deadline: Unix nanoseconds and the `*time.Location` word of the `time.Time` it was
/// given as (`Deadline` returns it in that location).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Deadline {
    ns: i128,
    loc: Word,
}

pub struct CtxNode {
    kind: Kind,
    /// The parent `Context` interface word (0 for Background/TODO).
    parent: Word,
    key: Word,
    val: Word,
    /// Done channel of a cancelable node.
    done: Word,
    st: Mutex<CtxState>,
}

#[derive(Default)]
struct CtxState {
    err: Option<CtxErr>,
    /// Cancelable children (their node objects).
    children: Vec<Word>,
    /// The ancestor node this node is registered with.
    parent_node: Word,
    timer: Option<u64>,
}

impl NativeObject for CtxNode {
    fn trace(&self, marker: &mut Marker) {
        marker.mark(self.parent);
        marker.mark(self.key);
        marker.mark(self.val);
        marker.mark(self.done);
        if let Kind::Cancel(Some(d)) = self.kind {
            marker.mark(d.loc);
        }
        let s = self.st.lock();
        marker.mark_words(&s.children);
        marker.mark(s.parent_node);
    }
}

impl CtxNode {
    fn new(kind: Kind, parent: Word) -> CtxNode {
        CtxNode {
            kind,
            parent,
            key: 0,
            val: 0,
            done: 0,
            st: Mutex::new(CtxState::default()),
        }
    }
}

// ---------------------------------------------------------------- process-wide values

struct Statics {
    canceled: Word,
    background: Word,
    todo: Word,
    /// The struct object used as the private key of `Value(sentinel)`.
    sentinel: Word,
}

struct StaticRoots(Vec<Word>);

impl RootSet for StaticRoots {
    fn trace_roots(&self, marker: &mut Marker) {
        marker.mark_words(&self.0);
    }
}

fn error_obj(msg: &str) -> Word {
    let obj = heap::alloc_words(1);
    heap::words(obj)[0].store(value::str_new(msg.as_bytes()), Release);
    obj
}

fn statics() -> &'static Statics {
    static S: OnceLock<Statics> = OnceLock::new();
    S.get_or_init(|| {
        // Allocated inside a native (no safepoint until they are registered as roots).
        let s = Statics {
            canceled: error_obj("context canceled"),
            background: node_struct(CtxNode::new(Kind::Background, 0)),
            todo: node_struct(CtxNode::new(Kind::Todo, 0)),
            sentinel: heap::alloc_words(1),
        };
        let roots = StaticRoots(vec![s.canceled, s.background, s.todo, s.sentinel]);
        std::mem::forget(runtime::register_roots(Arc::new(roots)));
        s
    })
}

fn err_value(prog: &Program, e: Option<CtxErr>) -> Word {
    match e {
        None => 0,
        Some(CtxErr::Canceled) => value::iface_new(prog.rt.error_string, statics().canceled),
        Some(CtxErr::DeadlineExceeded) => value::iface_new(
            prog.rt.deadline_exceeded,
            value::str_new(b"context deadline exceeded"),
        ),
    }
}

// ---------------------------------------------------------------- helpers

fn impl_type(prog: &Program) -> Result<u32, Panic> {
    prog.types
        .iter()
        .position(|t| t.name == IMPL_TYPE)
        .map(|i| i as u32)
        .ok_or_else(|| Panic::Fatal(format!("context: the type {IMPL_TYPE} is not declared")))
}

/// The struct value (one word) holding a node.
fn node_struct(n: CtxNode) -> Word {
    let obj = heap::alloc_words(1);
    heap::words(obj)[0].store(heap::alloc_native(Box::new(n)), Release);
    obj
}

/// The node of a struct value of the implementation type.
fn node_of(obj: Word) -> Option<(Word, &'static CtxNode)> {
    if obj == 0 {
        return None;
    }
    let n = heap::words(obj).first()?.load(Acquire);
    heap::native::<CtxNode>(n).map(|node| (n, node))
}

/// The node behind a `Context` interface value, if it is one of ours.
fn our_node(prog: &Program, ctx: Word) -> Option<(Word, &'static CtxNode)> {
    let (t, data) = value::iface_parts(ctx)?;
    if prog.types[t as usize].name != IMPL_TYPE {
        return None;
    }
    node_of(data)
}

fn node_by_obj(n: Word) -> &'static CtxNode {
    heap::native::<CtxNode>(n).expect("context node")
}

fn wrap(prog: &Program, obj: Word) -> Result<Word, Panic> {
    Ok(value::iface_new(impl_type(prog)?, obj))
}

fn call1(ctx: &mut NativeCtx, iface: Word, m: &str, args: &[Word]) -> Result<Vec<Word>, Panic> {
    util::call_iface_method(ctx, iface, m, args)
}

// ---------------------------------------------------------------- methods

fn done(ctx: &mut NativeCtx, c: Word) -> Result<Word, Panic> {
    match our_node(ctx.prog, c) {
        Some((_, n)) => match n.kind {
            Kind::Background | Kind::Todo => Ok(0),
            Kind::Cancel(_) => Ok(n.done),
            Kind::Value => done(ctx, n.parent),
        },
        None => Ok(call1(ctx, c, "Done", &[])?.first().copied().unwrap_or(0)),
    }
}

fn err(ctx: &mut NativeCtx, c: Word) -> Result<Word, Panic> {
    match our_node(ctx.prog, c) {
        Some((_, n)) => match n.kind {
            Kind::Background | Kind::Todo => Ok(0),
            Kind::Cancel(_) => Ok(err_value(ctx.prog, n.st.lock().err)),
            Kind::Value => err(ctx, n.parent),
        },
        None => Ok(call1(ctx, c, "Err", &[])?.first().copied().unwrap_or(0)),
    }
}

/// `(deadline, ok)`.
fn deadline(ctx: &mut NativeCtx, c: Word) -> Result<Option<Deadline>, Panic> {
    match our_node(ctx.prog, c) {
        Some((_, n)) => match n.kind {
            Kind::Background | Kind::Todo => Ok(None),
            Kind::Cancel(Some(d)) => Ok(Some(d)),
            Kind::Cancel(None) | Kind::Value => deadline(ctx, n.parent),
        },
        None => {
            let r = call1(ctx, c, "Deadline", &[])?;
            if r.get(1).copied().unwrap_or(0) != 0 {
                Ok(Some(Deadline {
                    ns: time::time_of(r[0]),
                    loc: time::loc_of(r[0]),
                }))
            } else {
                Ok(None)
            }
        }
    }
}

fn any_type(prog: &Program) -> u32 {
    prog.types
        .iter()
        .position(|t| t.kind == RKind::Interface)
        .unwrap_or(0) as u32
}

fn value_of(ctx: &mut NativeCtx, c: Word, key: Word) -> Result<Word, Panic> {
    let sentinel = statics().sentinel;
    match our_node(ctx.prog, c) {
        Some((_, n)) => {
            if let Some((_, data)) = value::iface_parts(key) {
                if data == sentinel {
                    return Ok(match n.kind {
                        Kind::Cancel(_) => c,
                        Kind::Background | Kind::Todo => 0,
                        Kind::Value => value_of(ctx, n.parent, key)?,
                    });
                }
            }
            match n.kind {
                Kind::Background | Kind::Todo => Ok(0),
                Kind::Cancel(_) => value_of(ctx, n.parent, key),
                Kind::Value => {
                    if value::equal(ctx.prog, any_type(ctx.prog), n.key, key)? {
                        Ok(n.val)
                    } else {
                        value_of(ctx, n.parent, key)
                    }
                }
            }
        }
        None => Ok(call1(ctx, c, "Value", &[key])?
            .first()
            .copied()
            .unwrap_or(0)),
    }
}

fn context_name(ctx: &mut NativeCtx, c: Word) -> Result<String, Panic> {
    if c == 0 {
        return Ok("<nil>".into());
    }
    let (t, _) = value::iface_parts(c).expect("non-nil");
    if our_node(ctx.prog, c).is_some() || util::find_method(ctx.prog, t, "String").is_some() {
        let r = call1(ctx, c, "String", &[])?;
        return Ok(value::str_lossy(r.first().copied().unwrap_or(0)));
    }
    Ok(ctx.prog.types[t as usize].name.clone())
}

fn stringify(ctx: &mut NativeCtx, v: Word) -> Result<String, Panic> {
    let Some((t, data)) = value::iface_parts(v) else {
        return Ok("<nil>".into());
    };
    if util::find_method(ctx.prog, t, "String").is_some() {
        let r = call1(ctx, v, "String", &[])?;
        return Ok(value::str_lossy(r.first().copied().unwrap_or(0)));
    }
    if ctx.prog.types[t as usize].kind == RKind::String && !ctx.prog.types[t as usize].named {
        return Ok(value::str_lossy(data));
    }
    Ok("<not Stringer>".into())
}

fn string(ctx: &mut NativeCtx, recv: Word) -> Result<String, Panic> {
    let Some((_, n)) = node_of(recv) else {
        return Ok("context".into());
    };
    Ok(match n.kind {
        Kind::Background => "context.Background".into(),
        Kind::Todo => "context.TODO".into(),
        Kind::Cancel(None) => format!("{}.WithCancel", context_name(ctx, n.parent)?),
        Kind::Cancel(Some(d)) => format!(
            "{}.WithDeadline({} [{}])",
            context_name(ctx, n.parent)?,
            time::time_string(
                d.ns,
                &time::zone_of(d.loc).lookup(d.ns.div_euclid(1_000_000_000) as i64)
            ),
            time::duration_string(
                (d.ns - time::now_ns()).clamp(i64::MIN as i128, i64::MAX as i128) as i64
            )
        ),
        Kind::Value => {
            let kt = value::iface_parts(n.key).map_or("<nil>".to_string(), |(t, _)| {
                ctx.prog.types[t as usize].name.clone()
            });
            let val = stringify(ctx, n.val)?;
            format!(
                "{}.WithValue(type {kt}, val {val})",
                context_name(ctx, n.parent)?
            )
        }
    })
}

// ---------------------------------------------------------------- cancellation

/// Go's `cancelCtx.cancel`: record `e`, close Done, cancel the children, and (when
/// `remove`) unlink from the parent. Never allocates (it runs in timer callbacks).
fn cancel(node: Word, e: CtxErr, remove: bool) {
    let n = node_by_obj(node);
    let mut s = n.st.lock();
    if s.err.is_some() {
        return;
    }
    s.err = Some(e);
    if n.done != 0 {
        let _ = runtime::chan_close(n.done);
    }
    let children = std::mem::take(&mut s.children);
    let timer = s.timer.take();
    let parent = std::mem::take(&mut s.parent_node);
    drop(s);
    if let Some(id) = timer {
        runtime::cancel_timer(id);
    }
    for c in children {
        cancel(c, e, false);
    }
    if remove && parent != 0 {
        node_by_obj(parent)
            .st
            .lock()
            .children
            .retain(|&c| c != node);
    }
}

/// The nearest cancelable ancestor node of `parent` (Go's `parentCancelCtx`).
fn cancel_ancestor(ctx: &mut NativeCtx, parent: Word) -> Result<Option<Word>, Panic> {
    if let Some((n_obj, n)) = our_node(ctx.prog, parent) {
        return match n.kind {
            Kind::Background | Kind::Todo => Ok(None),
            Kind::Cancel(_) => Ok(Some(n_obj)),
            Kind::Value => cancel_ancestor(ctx, n.parent),
        };
    }
    let d = done(ctx, parent)?;
    if d == 0 {
        return Ok(None);
    }
    let key = wrap(ctx.prog, statics().sentinel)?;
    ctx.root(key);
    let v = call1(ctx, parent, "Value", &[key])?
        .first()
        .copied()
        .unwrap_or(0);
    match our_node(ctx.prog, v) {
        Some((n_obj, n)) if n.done == d => Ok(Some(n_obj)),
        _ => Ok(None),
    }
}

/// Builds a cancelable child of `parent` and links it; returns (context, cancel func).
fn with_cancel(
    ctx: &mut NativeCtx,
    parent: Word,
    dl: Option<Deadline>,
) -> Result<(Word, Word), Panic> {
    if parent == 0 {
        return Err(string_panic("cannot create context from nil parent"));
    }
    let t = impl_type(ctx.prog)?;
    let mut node = CtxNode::new(Kind::Cancel(dl), parent);
    node.done = runtime::make_chan(0);
    let obj = node_struct(node);
    let c = value::iface_new(t, obj);
    ctx.root(c);
    let (n_obj, _) = node_of(obj).expect("fresh node");
    if let Some(anc) = cancel_ancestor(ctx, parent)? {
        let a = node_by_obj(anc);
        let mut s = a.st.lock();
        match s.err {
            Some(e) => {
                drop(s);
                cancel(n_obj, e, false);
            }
            None => {
                s.children.push(n_obj);
                drop(s);
                node_by_obj(n_obj).st.lock().parent_node = anc;
            }
        }
    }
    let cancel_fn = cancel_func(ctx.prog, c)?;
    Ok((c, cancel_fn))
}

/// `context.WithCancel(parent)` for other packages (net/http's request contexts).
pub fn new_cancel(ctx: &mut NativeCtx, parent: Word) -> Result<(Word, Word), Panic> {
    with_cancel(ctx, parent, None)
}

/// `context.DeadlineExceeded`.
pub fn deadline_exceeded(prog: &Program) -> Word {
    err_value(prog, Some(CtxErr::DeadlineExceeded))
}

/// The deadline of the context `c` (Unix nanoseconds), if it has one.
pub fn deadline_ns(ctx: &mut NativeCtx, c: Word) -> Result<Option<i128>, Panic> {
    Ok(deadline(ctx, c)?.map(|d| d.ns))
}

/// `context.Background()`.
pub fn background(prog: &Program) -> Result<Word, Panic> {
    wrap(prog, statics().background)
}

/// A `func()` value calling the `cancel` method of the context `c`.
fn cancel_func(prog: &Program, c: Word) -> Result<Word, Panic> {
    bound_method(prog, c, "cancel")
}

/// A func value calling method `name` of the interface value `recv`: an interface-bound
/// method value (`vm::interp::calls`: word 0 = `IFACE_BOUND << 32 | method name id`, word 1
/// = the interface value).
pub fn bound_method(prog: &Program, recv: Word, name: &str) -> Result<Word, Panic> {
    const IFACE_BOUND: u64 = 3;
    let m = util::method_id(prog, name)
        .ok_or_else(|| Panic::Fatal(format!("no method {name} to bind")))?;
    let fv = heap::alloc_words(2);
    let w = heap::words(fv);
    w[0].store((IFACE_BOUND << 32) | m as u64, Release);
    w[1].store(recv, Release);
    Ok(fv)
}

/// For `signal.NotifyContext`: a cancelable child of `parent` and its node, which
/// [`cancel_from_signal`] cancels from any thread.
pub fn cancelable_for_signal(ctx: &mut NativeCtx, parent: Word) -> Result<(Word, Word), Panic> {
    let (c, _) = with_cancel(ctx, parent, None)?;
    let node = value::iface_parts(c)
        .and_then(|(_, obj)| node_of(obj))
        .map(|(n, _)| n)
        .ok_or_else(util::nil_deref)?;
    Ok((c, node))
}

/// Cancels a node made by [`cancelable_for_signal`] (`context canceled`); never allocates.
pub fn cancel_from_signal(node: Word) {
    cancel(node, CtxErr::Canceled, true);
}

fn with_deadline(ctx: &mut NativeCtx, parent: Word, d: Deadline) -> Result<(Word, Word), Panic> {
    if parent == 0 {
        return Err(string_panic("cannot create context from nil parent"));
    }
    if let Some(cur) = deadline(ctx, parent)? {
        if cur.ns < d.ns {
            return with_cancel(ctx, parent, None);
        }
    }
    let (c, f) = with_cancel(ctx, parent, Some(d))?;
    let (_, data) = value::iface_parts(c).expect("fresh context");
    let (n_obj, n) = node_of(data).expect("fresh node");
    let dur = d.ns - time::now_ns();
    if dur <= 0 {
        cancel(n_obj, CtxErr::DeadlineExceeded, true);
        return Ok((c, f));
    }
    let mut s = n.st.lock();
    if s.err.is_none() {
        let id = runtime::add_timer_callback(
            StdDuration::from_nanos(dur.min(u64::MAX as i128) as u64),
            n_obj,
            Box::new(move || cancel(n_obj, CtxErr::DeadlineExceeded, true)),
        );
        s.timer = Some(id);
    }
    Ok((c, f))
}

fn with_value(ctx: &mut NativeCtx, parent: Word, key: Word, val: Word) -> Result<Word, Panic> {
    if parent == 0 {
        return Err(string_panic("cannot create context from nil parent"));
    }
    let Some((kt, _)) = value::iface_parts(key) else {
        return Err(string_panic("nil key"));
    };
    if !value::comparable(ctx.prog, kt) {
        return Err(string_panic("key is not comparable"));
    }
    let mut node = CtxNode::new(Kind::Value, parent);
    node.key = key;
    node.val = val;
    wrap(ctx.prog, node_struct(node))
}

// ---------------------------------------------------------------- registry

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!(
            "context",
            r#"
import time
type Context interface { Deadline() (time.Time, bool); Done() <-chan struct{}; Err() error; Value(any) any }
type CancelFunc func()
"#
        ),
        native!("context", "func Background() Context", |c, r| {
            r[0] = wrap(c.prog, statics().background)?;
            Ok(())
        }),
        native!("context", "func TODO() Context", |c, r| {
            r[0] = wrap(c.prog, statics().todo)?;
            Ok(())
        }),
        native!("context", "var Canceled error", |c, r| {
            r[0] = err_value(c.prog, Some(CtxErr::Canceled));
            Ok(())
        }),
        native!("context", "var DeadlineExceeded error", |c, r| {
            r[0] = err_value(c.prog, Some(CtxErr::DeadlineExceeded));
            Ok(())
        }),
        native!(
            "context",
            "func WithCancel(Context) (Context, CancelFunc)",
            |c, r| {
                let (x, f) = with_cancel(c, r[0], None)?;
                r[0] = x;
                r[1] = f;
                Ok(())
            }
        ),
        native!(
            "context",
            "func WithDeadline(Context, time.Time) (Context, CancelFunc)",
            |c, r| {
                let d = Deadline {
                    ns: time::time_of(r[1]),
                    loc: time::loc_of(r[1]),
                };
                let (x, f) = with_deadline(c, r[0], d)?;
                r[0] = x;
                r[1] = f;
                Ok(())
            }
        ),
        native!(
            "context",
            "func WithTimeout(Context, time.Duration) (Context, CancelFunc)",
            |c, r| {
                let d = Deadline {
                    ns: time::now_ns() + r[1] as i64 as i128,
                    loc: time::local_loc(),
                };
                let (x, f) = with_deadline(c, r[0], d)?;
                r[0] = x;
                r[1] = f;
                Ok(())
            }
        ),
        native!(
            "context",
            "func WithValue(Context, any, any) Context",
            |c, r| {
                r[0] = with_value(c, r[0], r[1], r[2])?;
                Ok(())
            }
        ),
        // ---- methods of the implementation type (receiver: its struct object)
        declare!("context", "type cancelCtx struct { impl uintptr }"),
        native!(
            "context",
            "func (cancelCtx) Done() <-chan struct{}",
            |c, r| {
                let i = wrap(c.prog, r[0])?;
                r[0] = done(c, i)?;
                Ok(())
            }
        ),
        native!("context", "func (cancelCtx) Err() error", |c, r| {
            let i = wrap(c.prog, r[0])?;
            r[0] = err(c, i)?;
            Ok(())
        }),
        native!(
            "context",
            "func (cancelCtx) Deadline() (time.Time, bool)",
            |c, r| {
                let i = wrap(c.prog, r[0])?;
                match deadline(c, i)? {
                    Some(d) => {
                        r[0] = time::new_time_in(d.ns, d.loc);
                        r[1] = 1;
                    }
                    None => {
                        r[0] = time::new_time(time::ZERO_TIME_NS);
                        r[1] = 0;
                    }
                }
                Ok(())
            }
        ),
        native!("context", "func (cancelCtx) Value(any) any", |c, r| {
            let i = wrap(c.prog, r[0])?;
            r[0] = value_of(c, i, r[1])?;
            Ok(())
        }),
        native!("context", "func (cancelCtx) String() string", |c, r| {
            let s = string(c, r[0])?;
            r[0] = value::str_new(s.as_bytes());
            Ok(())
        }),
        native!("context", "func (cancelCtx) cancel()", |_, r| {
            if let Some((n_obj, n)) = node_of(r[0]) {
                if matches!(n.kind, Kind::Cancel(_)) {
                    cancel(n_obj, CtxErr::Canceled, true);
                }
            }
            Ok(())
        }),
    ]
}
