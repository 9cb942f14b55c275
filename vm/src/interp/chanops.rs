//! Channel instructions on top of `runtime`'s hchan: translating its panics into Go's, the
//! `Select` instruction's case descriptors into runtime select cases, and stackless parking
//! (of channel operations, and of natives that block: `NativeCtx::block`).
//!
//! Invariants:
//! - With no native frame below the interpreter loop (`reentry_depth == 0`) a blocking channel
//!   operation parks *stacklessly*: the runtime's `*_start` function publishes the goroutine as
//!   a waiter, the operation is recorded in `Goroutine::pending` (with the absolute registers
//!   its results go to; the frame's pc already points past the instruction), and the dispatch
//!   loop unwinds to `VmTask::run`, which returns `TaskExit::Parked`. When the goroutine is
//!   readied, `VmTask::run` calls [`Goroutine::resume_parked`]: the results are written (or
//!   `send on closed channel` is thrown at the instruction) and the loop continues.
//! - Below a native (`reentry_depth > 0`) the operation blocks on the coroutine (stackful).
//! - Values in flight are held by the channel (a waiting sender's value), the goroutine's
//!   transfer slot (a received value) or the frame's registers (the operands), all scanned by
//!   the collector.

use super::{calls, Goroutine, Stop};
use crate::native::Panic;
use runtime::{ChanPoll, GoPanic, SelectCase, SelectWait, WaitReason, Word};

fn go_panic(p: GoPanic) -> Panic {
    Panic::Plain(p.message().to_string())
}

/// A channel operation a goroutine is parked in (stacklessly).
pub(super) enum Pending {
    /// `ch <- v`: nothing to write back.
    Send,
    /// `v := <-ch` into register `dst` (absolute), and `ok` into `dst + 1` if `with_ok`.
    Recv { dst: usize, with_ok: bool },
    /// `select`: chosen index, value and ok into `dst`, `dst + 1`, `dst + 2`.
    Select { dst: usize, wait: SelectWait },
    /// Blocked forever (nil channel, `select {}`): park again if ever resumed.
    Forever(WaitReason),
    /// A native that blocked (`NativeCtx::block`): `resume` completes it on the window
    /// `regs[at..]` of native `n` (`n` and `at` are filled in when the native returns).
    Native {
        resume: crate::native::NativeImpl,
        n: u32,
        at: usize,
    },
}

impl Goroutine {
    /// Record a stackless park; the dispatch loop must then return `Ok(())` at once.
    fn park_stackless(&mut self, op: Pending, reason: WaitReason) {
        debug_assert!(self.reentry_depth == 0 && self.pending.is_none());
        let op = if runtime::blocks_forever(reason) {
            Pending::Forever(reason)
        } else {
            op
        };
        self.pending = Some((op, reason));
    }

    /// `NativeCtx::block` in a native the dispatch loop called: record a stackless park.
    pub(crate) fn park_native(&mut self, reason: WaitReason, resume: crate::native::NativeImpl) {
        self.park_stackless(
            Pending::Native {
                resume,
                n: 0,
                at: 0,
            },
            reason,
        );
    }

    /// After native `n` returned on the window at `at`: whether it parked stacklessly (its
    /// pending completion is then bound to that window).
    pub(super) fn native_parked(&mut self, n: u32, at: usize) -> bool {
        match &mut self.pending {
            Some((Pending::Native { n: pn, at: pat, .. }, _)) => {
                (*pn, *pat) = (n, at);
                true
            }
            _ => false,
        }
    }

    /// Whether the last dispatch loop ended by parking (stackless); its reason.
    pub(super) fn parked_reason(&self) -> Option<WaitReason> {
        self.pending.as_ref().map(|(_, reason)| *reason)
    }

    /// Continue after a stackless park: complete the pending channel operation, then run the
    /// goroutine on (until it returns, ends or parks again).
    pub(super) fn resume_parked(&mut self) -> Stop {
        let Some((op, _)) = self.pending.take() else {
            return Stop::Returned;
        };
        let result = match op {
            Pending::Send => runtime::chan_send_finish().map_err(go_panic),
            Pending::Recv { dst, with_ok } => {
                let (v, ok) = runtime::chan_recv_finish();
                self.regs[dst] = v;
                if with_ok {
                    self.regs[dst + 1] = ok as Word;
                }
                Ok(())
            }
            Pending::Select { dst, wait } => match runtime::select_finish(wait) {
                Ok(r) => {
                    self.regs[dst] = r.index.expect("a parked select completes a case") as Word;
                    self.regs[dst + 1] = r.value;
                    self.regs[dst + 2] = r.ok as Word;
                    Ok(())
                }
                Err(p) => Err(go_panic(p)),
            },
            Pending::Native { resume, n, at } => match calls::resume_native(self, resume, n, at) {
                Ok(()) => match self.parked_reason() {
                    Some(reason) => return Stop::Parked(reason),
                    None => Ok(()),
                },
                Err(p) => Err(p),
            },
            Pending::Forever(reason) => {
                drop(runtime::prepare_park());
                self.pending = Some((Pending::Forever(reason), reason));
                return Stop::Parked(reason);
            }
        };
        if let Err(p) = result {
            if let Err(stop) = calls::throw(self, p, 0) {
                return stop;
            }
        }
        self.run(0)
    }
}

/// `ch <- v`. `Ok(false)`: the goroutine parked stacklessly.
///
/// `#[inline]` (here and on `select`): both belong in the dispatch loop's code, whatever
/// codegen unit the crate's partitioning puts this module in; left to the partitioning, a
/// change elsewhere in `vm` moved them out and the loop's block layout with them (loop.go
/// +35% CPU time for the same work).
#[inline]
pub fn send(g: &mut Goroutine, ch: Word, v: Word) -> Result<bool, Panic> {
    if g.reentry_depth > 0 {
        runtime::chan_send(ch, v).map_err(go_panic)?;
        return Ok(true);
    }
    match runtime::chan_send_start(ch, v).map_err(go_panic)? {
        ChanPoll::Ready(()) => Ok(true),
        ChanPoll::Pending(reason) => {
            g.park_stackless(Pending::Send, reason);
            Ok(false)
        }
    }
}

/// `<-ch` whose results go to register `dst` (absolute). `None`: the goroutine parked
/// stacklessly.
pub fn recv(g: &mut Goroutine, ch: Word, dst: usize, with_ok: bool) -> Option<(Word, bool)> {
    if g.reentry_depth > 0 {
        return Some(runtime::chan_recv(ch));
    }
    match runtime::chan_recv_start(ch) {
        ChanPoll::Ready(r) => Some(r),
        ChanPoll::Pending(reason) => {
            g.park_stackless(Pending::Recv { dst, with_ok }, reason);
            None
        }
    }
}

pub fn close(ch: Word) -> Result<(), Panic> {
    runtime::chan_close(ch).map_err(go_panic)
}

/// `cases` holds `(kind, chan, value)` triples (kind 0 = receive, 1 = send). Returns the
/// chosen index (`n` for default), the received value and ok; `Ok(None)`: the goroutine parked
/// stacklessly and the results will go to registers `dst..dst + 3` (absolute).
#[inline]
pub fn select(
    g: &mut Goroutine,
    cases: &[Word],
    has_default: bool,
    dst: usize,
) -> Result<Option<(usize, Word, bool)>, Panic> {
    let n = cases.len() / 3;
    let rt_cases: Vec<SelectCase> = (0..n)
        .map(|i| {
            let (kind, ch, value) = (cases[3 * i], cases[3 * i + 1], cases[3 * i + 2]);
            if kind == 1 {
                SelectCase::Send { ch, value }
            } else {
                SelectCase::Recv { ch }
            }
        })
        .collect();
    let r = if g.reentry_depth > 0 {
        runtime::select(&rt_cases, has_default).map_err(go_panic)?
    } else {
        match runtime::select_start(&rt_cases, has_default).map_err(go_panic)? {
            ChanPoll::Ready(r) => r,
            ChanPoll::Pending(wait) => {
                let reason = wait.reason();
                let op = if wait.forever() {
                    Pending::Forever(reason)
                } else {
                    Pending::Select { dst, wait }
                };
                g.park_stackless(op, reason);
                return Ok(None);
            }
        }
    };
    Ok(Some((r.index.unwrap_or(n), r.value, r.ok)))
}
