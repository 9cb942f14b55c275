//! `io.Pipe`: a synchronous in-memory pipe, `*PipeReader` / `*PipeWriter` with `Read`,
//! `Write`, `Close`, `CloseWithError`, and `io.ErrClosedPipe`, with Go's semantics: a `Write`
//! returns once readers have taken all of its bytes (each `Read` takes at most one write's
//! rest), writes are serialised, and after either side closes, reads get the writer's close
//! error (`io.EOF` for `Close`) and writes the reader's (`ErrClosedPipe` for `Close`).
//!
//! Invariants:
//! - Waiting goes through the scheduler, never a thread: a goroutine that must wait is
//!   published in exactly one of the pipe's waiter lists (under the pipe's lock) and blocks
//!   through `NativeCtx::block`; whoever changes what it waits for readies it, and its native
//!   re-runs from the start (so a readied goroutine re-checks; one that lost a race waits
//!   again). No waiter holds a pending wakeup: goroutines stuck on a pipe are a deadlock, as
//!   in Go.
//! - The writer whose bytes are on offer is recorded by goroutine id, so its re-run knows its
//!   own progress; other writers queue behind it (Go's `wrMu`).
//! - The close errors are set once each (Go's `onceError`) and traced for the collector.
//! - Under `-race`, every completed operation, every offer and every close synchronises on
//!   the pipe (Go's pipe hands over its data through channels, which order the two sides).

use crate::util;
use crate::{declare, native};
use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use runtime::{GoroutineRef, WaitReason};
use std::collections::VecDeque;
use std::sync::atomic::Ordering::{Acquire, Release};
use std::sync::Arc;
use vm::native::{NativeCtx, Panic};
use vm::value;

/// The bytes a writer offers and how many readers took.
struct Offer {
    writer: u64,
    data: Vec<u8>,
    taken: usize,
    /// A read took part of it (an empty write completes once read).
    read_once: bool,
}

#[derive(Default)]
struct PipeState {
    offer: Option<Offer>,
    /// The writer on offer, waiting for readers.
    offering: Option<GoroutineRef>,
    /// Writers waiting for the one on offer to finish.
    writers: VecDeque<GoroutineRef>,
    readers: VecDeque<GoroutineRef>,
    closed: bool,
    /// The reader's close error (`Store` once) and the writer's.
    rerr: Word,
    werr: Word,
}

struct Pipe {
    state: Mutex<PipeState>,
}

/// The native object behind `*PipeReader` and `*PipeWriter` (both ends share the pipe).
struct PipeEnd(Arc<Pipe>);

impl NativeObject for PipeEnd {
    fn trace(&self, marker: &mut Marker) {
        let s = self.0.state.lock();
        marker.mark(s.rerr);
        marker.mark(s.werr);
    }
}

fn pipe_of(recv: Word) -> Result<&'static Pipe, Panic> {
    if recv == 0 {
        return Err(util::nil_deref());
    }
    heap::native::<PipeEnd>(heap::words(recv)[0].load(Acquire))
        .map(|end| &*end.0)
        .ok_or_else(util::nil_deref)
}

/// Under `-race`: this operation of the pipe and every earlier one are ordered.
fn race_sync(pipe: &Pipe) {
    runtime::race::acquire_release((pipe as *const Pipe as u64, 0));
}

fn ready_all(waiters: impl IntoIterator<Item = GoroutineRef>) {
    for g in waiters {
        runtime::ready(&g);
    }
}

/// `io.ErrClosedPipe` (one identity per program).
fn err_closed_pipe(ctx: &NativeCtx) -> Word {
    let prog = ctx.prog;
    util::permanent(prog, "io.ErrClosedPipe", || {
        util::new_error(prog, b"io: read/write on closed pipe")
    })
}

/// `func Pipe() (*PipeReader, *PipeWriter)`.
fn new_pipe(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let pipe = Arc::new(Pipe {
        state: Mutex::new(PipeState::default()),
    });
    for (i, type_name) in ["*io.PipeReader", "*io.PipeWriter"].iter().enumerate() {
        let t = util::type_named(ctx.prog, type_name).unwrap_or(0);
        let obj = value::zero(ctx.prog, ctx.prog.types[t as usize].elem);
        let end = heap::alloc_native(Box::new(PipeEnd(pipe.clone())));
        heap::words(obj)[0].store(end, Release);
        r[i] = obj;
    }
    Ok(())
}

/// `(*PipeReader).Read(p)`: part of the offered write, or the close error.
fn read(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let pipe = pipe_of(r[0])?;
    let (arr, off, len, _) = value::slice_parts(r[1]);
    let mut s = pipe.state.lock();
    if s.closed {
        let err = if s.rerr == 0 && s.werr != 0 {
            s.werr
        } else {
            err_closed_pipe(ctx)
        };
        drop(s);
        race_sync(pipe);
        r[0] = 0;
        r[1] = err;
        return Ok(());
    }
    if let Some(offer) = s.offer.as_mut() {
        let rest = &offer.data[offer.taken..];
        if !rest.is_empty() || !offer.read_once {
            let n = len.min(rest.len());
            let cells = heap::bytes(arr);
            for (cell, &b) in cells[off..off + n].iter().zip(rest) {
                cell.store(b, Release);
            }
            offer.taken += n;
            offer.read_once = true;
            let writer = s.offering.take();
            drop(s);
            race_sync(pipe);
            ready_all(writer);
            r[0] = n as Word;
            r[1] = 0;
            return Ok(());
        }
    }
    s.readers.push_back(runtime::prepare_park());
    drop(s);
    ctx.block(WaitReason::Select, read, r)
}

/// `(*PipeWriter).Write(b)`: offers `b` and returns once readers took all of it, or the
/// pipe closed (the bytes taken so far and the close error).
fn write(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let pipe = pipe_of(r[0])?;
    let me = ctx.goid();
    let mut s = pipe.state.lock();
    match s.offer.as_ref().map(|o| o.writer) {
        Some(w) if w == me => {
            let offer = s.offer.as_ref().expect("own offer");
            let (taken, finished) = (
                offer.taken,
                offer.taken == offer.data.len() && offer.read_once,
            );
            if finished || s.closed {
                let err = if finished {
                    0
                } else {
                    write_close_error(ctx, &s)
                };
                s.offer = None;
                let next = s.writers.pop_front();
                drop(s);
                race_sync(pipe);
                ready_all(next);
                r[0] = taken as Word;
                r[1] = err;
                return Ok(());
            }
            s.offering = Some(runtime::prepare_park());
        }
        Some(_) => s.writers.push_back(runtime::prepare_park()),
        None if s.closed => {
            r[0] = 0;
            r[1] = write_close_error(ctx, &s);
            drop(s);
            race_sync(pipe);
            return Ok(());
        }
        None => {
            s.offer = Some(Offer {
                writer: me,
                data: util::byte_slice(r[1]),
                taken: 0,
                read_once: false,
            });
            s.offering = Some(runtime::prepare_park());
            let readers = std::mem::take(&mut s.readers);
            drop(s);
            race_sync(pipe);
            ready_all(readers);
            return ctx.block(WaitReason::Select, write, r);
        }
    }
    drop(s);
    ctx.block(WaitReason::Select, write, r)
}

/// Go's `writeCloseError`.
fn write_close_error(ctx: &NativeCtx, s: &PipeState) -> Word {
    if s.werr == 0 && s.rerr != 0 {
        s.rerr
    } else {
        err_closed_pipe(ctx)
    }
}

/// Closes the pipe from one side with `err` (kept if that side's error was not set yet)
/// and readies every waiter.
fn close_side(pipe: &Pipe, reader: bool, err: Word) {
    race_sync(pipe);
    let waiters: Vec<GoroutineRef> = {
        let mut s = pipe.state.lock();
        let slot = if reader { &mut s.rerr } else { &mut s.werr };
        if *slot == 0 {
            *slot = err;
        }
        s.closed = true;
        let mut all: Vec<GoroutineRef> = s.readers.drain(..).collect();
        all.extend(s.writers.drain(..));
        all.extend(s.offering.take());
        all
    };
    ready_all(waiters);
}

/// `CloseWithError(err)` of either end (`Close` is `CloseWithError(nil)`): a nil error is
/// `ErrClosedPipe` for the reader, `io.EOF` for the writer.
fn close_with_error(ctx: &mut NativeCtx, r: &mut [Word], reader: bool) -> Result<(), Panic> {
    let pipe = pipe_of(r[0])?;
    let err = match r.get(1).copied().unwrap_or(0) {
        0 if reader => err_closed_pipe(ctx),
        0 => crate::io::eof(ctx),
        e => e,
    };
    close_side(pipe, reader, err);
    r[0] = 0;
    Ok(())
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!(
            "io",
            "type PipeReader struct { impl uintptr }\ntype PipeWriter struct { impl uintptr }"
        ),
        native!("io", "var ErrClosedPipe error", |c, r| {
            r[0] = err_closed_pipe(c);
            Ok(())
        }),
        native!("io", "func Pipe() (*PipeReader, *PipeWriter)", new_pipe),
        native!("io", "func (*PipeReader) Read([]byte) (int, error)", read),
        native!("io", "func (*PipeReader) Close() error", |c, r| {
            close_with_error(c, r, true)
        }),
        native!(
            "io",
            "func (*PipeReader) CloseWithError(error) error",
            |c, r| { close_with_error(c, r, true) }
        ),
        native!("io", "func (*PipeWriter) Write([]byte) (int, error)", write),
        native!("io", "func (*PipeWriter) Close() error", |c, r| {
            close_with_error(c, r, false)
        }),
        native!(
            "io",
            "func (*PipeWriter) CloseWithError(error) error",
            |c, r| { close_with_error(c, r, false) }
        ),
    ]
}
