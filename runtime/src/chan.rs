//! Channels and select, after Go's `hchan` (runtime/chan.go, runtime/select.go).
//!
//! A [`Channel`] is a native heap object: a lock around a ring buffer of words, a send queue
//! and a receive queue of [`Waiter`]s (Go's sudog), and a closed flag.
//!
//! Invariants (asserted in debug builds, as in chan.go):
//! - At least one of `sendq`/`recvq` is empty, except on an unbuffered channel where one
//!   goroutine's `select` waits to send and to receive (its waiters are then stale for itself).
//! - A non-empty buffer implies no waiting receivers; a non-full buffer no waiting senders.
//! - A waiter belongs to one goroutine; a select's waiters share one `done` flag and only the
//!   waker that wins the `false → true` CAS on it may complete the select (Go's selectDone).
//!   A waker that loses discards the waiter and tries the next one.
//! - The value for a woken receiver travels in its goroutine's `transfer` slot (scanned by the
//!   GC) with `aux = case << 1 | ok`; a woken sender gets `ok = 0` when woken by `close`.
//! - Locks are never held across a park; `select` locks each distinct channel once, in address
//!   order.
//! - Buffered values and the values of waiting senders are GC roots through [`Channel::trace`];
//!   the VM keeps the channel operands of a blocked operation in its frame.

use crate::gc::Marker;
use crate::heap::{alloc_native, native, NativeObject, Word};
use crate::race;
use crate::sched::{self, GoroutineRef, WaitReason};
use parking_lot::{Mutex, MutexGuard};
use std::cell::Cell;
use std::collections::VecDeque;
use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// A Go run-time panic raised by a channel operation; the VM turns it into a Go panic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoPanic {
    SendOnClosed,
    CloseOfClosed,
    CloseOfNil,
}

impl GoPanic {
    /// Go's panic text.
    pub fn message(self) -> &'static str {
        match self {
            GoPanic::SendOnClosed => "send on closed channel",
            GoPanic::CloseOfClosed => "close of closed channel",
            GoPanic::CloseOfNil => "close of nil channel",
        }
    }
}

impl fmt::Display for GoPanic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for GoPanic {}

/// A goroutine waiting on a channel (Go's sudog).
struct Waiter {
    g: GoroutineRef,
    /// The value to send (senders only).
    value: Word,
    /// Shared by all waiters of one select.
    select_done: Option<Arc<AtomicBool>>,
    /// The select case this waiter stands for (0 outside select).
    case: u32,
}

impl Waiter {
    /// Hand the result to the waiting goroutine and make it runnable.
    fn complete(&self, value: Word, ok: bool) {
        self.g.set_transfer(value, (self.case << 1) | ok as u32);
        sched::ready(&self.g);
    }
}

struct ChanState {
    buf: VecDeque<Word>,
    /// Values taken out of the buffer so far: the race detector's `recvx` (the buffer slot
    /// of the next receive is `race_recvx % cap`, of the next send `(race_recvx + len) % cap`).
    race_recvx: u64,
    /// How operations synchronise under `-race` (fixed at `make`).
    race_sync: race::ChanSync,
    closed: bool,
    sendq: VecDeque<Arc<Waiter>>,
    recvq: VecDeque<Arc<Waiter>>,
}

/// The race detector's sync object of a channel's `close` (beside its buffer slots).
const RACE_CLOSE: u64 = u64::MAX;

/// A Go channel (`hchan`).
pub struct Channel {
    cap: usize,
    state: Mutex<ChanState>,
}

impl NativeObject for Channel {
    fn trace(&self, marker: &mut Marker) {
        let s = self.state.lock();
        for &w in &s.buf {
            marker.mark(w);
        }
        for waiter in &s.sendq {
            marker.mark(waiter.value);
        }
    }
}

/// Pop the first waiter that can still be completed (skipping select waiters whose select
/// already fired).
fn dequeue(queue: &mut VecDeque<Arc<Waiter>>) -> Option<Arc<Waiter>> {
    while let Some(waiter) = queue.pop_front() {
        match &waiter.select_done {
            Some(done)
                if done
                    .compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst)
                    .is_err() =>
            {
                continue
            }
            _ => return Some(waiter),
        }
    }
    None
}

impl ChanState {
    fn check_invariants(&self, cap: usize) {
        debug_assert!(self.buf.len() <= cap);
        debug_assert!(self.buf.is_empty() || self.recvq.iter().all(|w| w.select_done.is_some()));
        debug_assert!(
            self.buf.len() == cap || cap == 0 || self.sendq.iter().all(|w| w.select_done.is_some())
        );
    }

    /// Try to receive without blocking. `None` = would block.
    fn try_recv(&mut self, ch: Word, cap: usize) -> Option<(Word, bool, Option<Arc<Waiter>>)> {
        if let Some(sender) = dequeue(&mut self.sendq) {
            if race::enabled() {
                race::sync_with_parked(&sender.g, self.race_slot(ch, cap, 0), self.race_sync);
                self.race_recvx += 1;
            }
            let value = if cap == 0 {
                sender.value
            } else {
                // Buffer full: take its head, the sender's value goes to the tail.
                let head = self
                    .buf
                    .pop_front()
                    .expect("a waiting sender implies a full buffer");
                self.buf.push_back(sender.value);
                head
            };
            return Some((value, true, Some(sender)));
        }
        if let Some(value) = self.buf.pop_front() {
            if race::enabled() {
                race::chan_slot(self.race_slot(ch, cap, 0), self.race_sync);
                self.race_recvx += 1;
            }
            return Some((value, true, None));
        }
        if self.closed {
            if race::enabled() {
                race::acquire((ch, RACE_CLOSE));
            }
            return Some((0, false, None));
        }
        None
    }

    /// The race detector's sync object for the buffer slot `ahead` places after the next
    /// receive's (slot 0 of an unbuffered channel).
    fn race_slot(&self, ch: Word, cap: usize, ahead: usize) -> race::SyncKey {
        let slot = if self.race_sync != race::ChanSync::Slot {
            0
        } else {
            (self.race_recvx + ahead as u64) % cap as u64
        };
        (ch, slot)
    }

    /// Try to send without blocking. `Ok(None)` = would block; `Ok(Some(w))` = sent, readying
    /// receiver `w` if any.
    #[allow(clippy::type_complexity)]
    fn try_send(
        &mut self,
        ch: Word,
        cap: usize,
        value: Word,
    ) -> Result<Option<Option<(Arc<Waiter>, Word)>>, GoPanic> {
        if self.closed {
            return Err(GoPanic::SendOnClosed);
        }
        if let Some(receiver) = dequeue(&mut self.recvq) {
            if race::enabled() {
                race::sync_with_parked(&receiver.g, self.race_slot(ch, cap, 0), self.race_sync);
                self.race_recvx += (cap > 0) as u64;
            }
            return Ok(Some(Some((receiver, value))));
        }
        if self.buf.len() < cap {
            if race::enabled() {
                race::chan_slot(self.race_slot(ch, cap, self.buf.len()), self.race_sync);
            }
            self.buf.push_back(value);
            return Ok(Some(None));
        }
        Ok(None)
    }
}

/// `make(chan T, cap)` for a `T` of nonzero size.
pub fn make_chan(cap: usize) -> Word {
    make_chan_of(cap, false)
}

/// `make(chan T, cap)`; `zero_size` when `T` has size zero (`struct{}`), which changes only
/// how the race detector synchronises its operations.
pub fn make_chan_of(cap: usize, zero_size: bool) -> Word {
    let race_sync = match (cap, zero_size) {
        (0, _) => race::ChanSync::Unbuffered,
        (_, false) => race::ChanSync::Slot,
        (_, true) => race::ChanSync::Shared,
    };
    alloc_native(Box::new(Channel {
        cap,
        state: Mutex::new(ChanState {
            buf: VecDeque::with_capacity(cap.min(1024)),
            race_recvx: 0,
            race_sync,
            closed: false,
            sendq: VecDeque::new(),
            recvq: VecDeque::new(),
        }),
    }))
}

fn channel(ch: Word) -> &'static Channel {
    native::<Channel>(ch).expect("not a channel")
}

/// The outcome of the start phase of a blocking channel operation.
#[derive(Debug, PartialEq, Eq)]
pub enum ChanPoll<T, W = WaitReason> {
    /// The operation completed without blocking.
    Ready(T),
    /// The running goroutine is now PARKING and published as a waiter (exactly what the
    /// blocking operation does before it parks). The caller must either park stackfully
    /// ([`sched::park`] with the reason, then the matching `*_finish` function) or return
    /// [`TaskExit::Parked`](crate::TaskExit::Parked) from `Task::run` and call the `*_finish`
    /// function when `run` is called again. For a nil channel (and a `select` with no ready-able
    /// case) no waiter is published: nothing ever readies the goroutine.
    Pending(W),
}

/// Whether a wait reason blocks forever (nil channel operations, `select` with no cases or
/// only nil channels): the goroutine is never readied.
pub fn blocks_forever(reason: WaitReason) -> bool {
    matches!(
        reason,
        WaitReason::ChanSendNilChan | WaitReason::ChanReceiveNilChan | WaitReason::SelectNoCases
    )
}

/// Start `ch <- value`: `Ready(())` when sent, `Pending` when the goroutine must park (see
/// [`ChanPoll`]), then [`chan_send_finish`].
pub fn chan_send_start(ch: Word, value: Word) -> Result<ChanPoll<()>, GoPanic> {
    if ch == 0 {
        drop(sched::prepare_park());
        return Ok(ChanPoll::Pending(WaitReason::ChanSendNilChan));
    }
    let c = channel(ch);
    let mut s = c.state.lock();
    if let Some(done) = s.try_send(ch, c.cap, value)? {
        s.check_invariants(c.cap);
        drop(s);
        if let Some((receiver, value)) = done {
            receiver.complete(value, true);
        }
        return Ok(ChanPoll::Ready(()));
    }
    let g = sched::prepare_park();
    s.sendq.push_back(Arc::new(Waiter {
        g,
        value,
        select_done: None,
        case: 0,
    }));
    drop(s);
    Ok(ChanPoll::Pending(WaitReason::ChanSend))
}

/// Complete a send that was `Pending`, once the goroutine runs again: `send on closed channel`
/// if it was woken by `close`.
pub fn chan_send_finish() -> Result<(), GoPanic> {
    let (_, aux) = sched::take_current_transfer();
    if aux & 1 == 1 {
        Ok(())
    } else {
        Err(GoPanic::SendOnClosed)
    }
}

/// `ch <- value`. Blocks; a nil channel blocks forever.
pub fn chan_send(ch: Word, value: Word) -> Result<(), GoPanic> {
    match chan_send_start(ch, value)? {
        ChanPoll::Ready(()) => Ok(()),
        ChanPoll::Pending(reason) => {
            if blocks_forever(reason) {
                sched::park_forever_prepared(reason);
            }
            sched::park(reason);
            chan_send_finish()
        }
    }
}

/// Start `v, ok := <-ch`: `Ready((v, ok))`, or `Pending` (see [`ChanPoll`]) followed by
/// [`chan_recv_finish`].
pub fn chan_recv_start(ch: Word) -> ChanPoll<(Word, bool)> {
    if ch == 0 {
        drop(sched::prepare_park());
        return ChanPoll::Pending(WaitReason::ChanReceiveNilChan);
    }
    let c = channel(ch);
    let mut s = c.state.lock();
    if let Some((value, ok, sender)) = s.try_recv(ch, c.cap) {
        s.check_invariants(c.cap);
        drop(s);
        if let Some(sender) = sender {
            sender.complete(0, true);
        }
        return ChanPoll::Ready((value, ok));
    }
    let g = sched::prepare_park();
    s.recvq.push_back(Arc::new(Waiter {
        g,
        value: 0,
        select_done: None,
        case: 0,
    }));
    drop(s);
    ChanPoll::Pending(WaitReason::ChanReceive)
}

/// Complete a receive that was `Pending`, once the goroutine runs again: the value and `ok`.
pub fn chan_recv_finish() -> (Word, bool) {
    let (value, aux) = sched::take_current_transfer();
    (value, aux & 1 == 1)
}

/// `v, ok := <-ch`. Blocks; a nil channel blocks forever.
pub fn chan_recv(ch: Word) -> (Word, bool) {
    match chan_recv_start(ch) {
        ChanPoll::Ready(r) => r,
        ChanPoll::Pending(reason) => {
            if blocks_forever(reason) {
                sched::park_forever_prepared(reason);
            }
            sched::park(reason);
            chan_recv_finish()
        }
    }
}

/// Under `-race`: the running goroutine arms a timer whose callback will send on `ch` from
/// outside any goroutine; what it did so far reaches whoever receives that send (Go's
/// `modtimer` release, which the timer's firing acquires and its send passes on).
pub fn chan_race_arm(ch: Word) {
    if !race::enabled() || ch == 0 {
        return;
    }
    let c = channel(ch);
    let s = c.state.lock();
    race::release(s.race_slot(ch, c.cap, s.buf.len()));
}

/// Non-blocking send (`select` with one send case and `default`); Ok(false) = would block.
/// Usable from any thread (timer callbacks).
pub fn chan_try_send(ch: Word, value: Word) -> Result<bool, GoPanic> {
    if ch == 0 {
        return Ok(false);
    }
    let c = channel(ch);
    let mut s = c.state.lock();
    let done = s.try_send(ch, c.cap, value)?;
    drop(s);
    match done {
        Some(Some((receiver, value))) => {
            receiver.complete(value, true);
            Ok(true)
        }
        Some(None) => Ok(true),
        None => Ok(false),
    }
}

/// Non-blocking receive; `None` = would block.
pub fn chan_try_recv(ch: Word) -> Option<(Word, bool)> {
    if ch == 0 {
        return None;
    }
    let c = channel(ch);
    let mut s = c.state.lock();
    let (value, ok, sender) = s.try_recv(ch, c.cap)?;
    drop(s);
    if let Some(sender) = sender {
        sender.complete(0, true);
    }
    Some((value, ok))
}

/// `close(ch)`: wakes every receiver (zero value, `ok = false`) and every sender (which then
/// panics with `send on closed channel`).
pub fn chan_close(ch: Word) -> Result<(), GoPanic> {
    if ch == 0 {
        return Err(GoPanic::CloseOfNil);
    }
    let c = channel(ch);
    let mut s = c.state.lock();
    if s.closed {
        return Err(GoPanic::CloseOfClosed);
    }
    s.closed = true;
    if race::enabled() {
        race::release((ch, RACE_CLOSE));
    }
    let mut woken = Vec::new();
    while let Some(w) = dequeue(&mut s.recvq) {
        if race::enabled() {
            race::acquire_for_parked(&w.g, (ch, RACE_CLOSE));
        }
        woken.push(w);
    }
    while let Some(w) = dequeue(&mut s.sendq) {
        woken.push(w);
    }
    drop(s);
    for w in woken {
        w.complete(0, false);
    }
    Ok(())
}

/// `len(ch)`.
pub fn chan_len(ch: Word) -> usize {
    if ch == 0 {
        return 0;
    }
    channel(ch).state.lock().buf.len()
}

/// `cap(ch)`.
pub fn chan_cap(ch: Word) -> usize {
    if ch == 0 {
        return 0;
    }
    channel(ch).cap
}

/// One case of a `select` statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectCase {
    Send { ch: Word, value: Word },
    Recv { ch: Word },
}

impl SelectCase {
    fn ch(&self) -> Word {
        match *self {
            SelectCase::Send { ch, .. } | SelectCase::Recv { ch } => ch,
        }
    }
}

/// The outcome of a `select`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SelectResult {
    /// The chosen case, or `None` for `default`.
    pub index: Option<usize>,
    /// The received value (receive cases).
    pub value: Word,
    /// The receive's `ok` (false: channel closed); true for send cases.
    pub ok: bool,
}

thread_local! {
    static RNG: Cell<u64> = const { Cell::new(0) };
}

/// A fast per-thread random number; never held across a suspension.
#[inline(never)]
fn fastrand() -> u64 {
    RNG.with(crate::seed::next_random)
}

type Guards = Vec<(Word, MutexGuard<'static, ChanState>)>;

fn lock_all(order: &[Word]) -> Guards {
    order
        .iter()
        .map(|&ch| (ch, channel(ch).state.lock()))
        .collect()
}

fn state_of(guards: &mut Guards, ch: Word) -> &mut ChanState {
    let i = guards
        .binary_search_by_key(&ch, |(c, _)| *c)
        .expect("channel locked");
    &mut guards[i].1
}

/// A `select` that is waiting: its waiters, to be dequeued from the other channels by
/// [`select_finish`]. Held by the blocked goroutine (it keeps the channels' waiters, which
/// reference the goroutine, alive until the select completes).
pub struct SelectWait {
    reason: WaitReason,
    /// The distinct channels, in lock order.
    lock_order: Vec<Word>,
    /// This select's waiters and their channels.
    mine: Vec<(Word, Arc<Waiter>)>,
    /// Whether case `i` is a send.
    is_send: Vec<bool>,
}

impl SelectWait {
    /// Why the goroutine is parked (see [`blocked_reason`]).
    pub fn reason(&self) -> WaitReason {
        self.reason
    }

    /// Whether the select can never complete (no cases, or only nil channels): no waiter was
    /// published and [`select_finish`] must not be called.
    pub fn forever(&self) -> bool {
        self.mine.is_empty()
    }
}

impl fmt::Debug for SelectWait {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SelectWait")
            .field("reason", &self.reason)
            .field("channels", &self.lock_order)
            .field("cases", &self.is_send.len())
            .finish()
    }
}

/// Why a `select` without `default` over `cases` is parked (`nil`: all its channels are nil).
/// As gc, which compiles a one-case `select` into the plain channel operation, such a select
/// waits as that operation does (`chan receive (nil chan)`, `chan send`, ...).
fn blocked_reason(cases: &[SelectCase], nil: bool) -> WaitReason {
    match (cases, nil) {
        ([], _) => WaitReason::SelectNoCases,
        ([SelectCase::Recv { .. }], false) => WaitReason::ChanReceive,
        ([SelectCase::Recv { .. }], true) => WaitReason::ChanReceiveNilChan,
        ([SelectCase::Send { .. }], false) => WaitReason::ChanSend,
        ([SelectCase::Send { .. }], true) => WaitReason::ChanSendNilChan,
        _ => WaitReason::Select,
    }
}

/// `select` over `cases` (nil channels are never ready). Chooses uniformly at random among
/// ready cases; with none ready returns `default` if `has_default`, else blocks.
pub fn select(cases: &[SelectCase], has_default: bool) -> Result<SelectResult, GoPanic> {
    match select_start(cases, has_default)? {
        ChanPoll::Ready(r) => Ok(r),
        ChanPoll::Pending(wait) => {
            if wait.forever() {
                sched::park_forever_prepared(wait.reason);
            }
            sched::park(wait.reason);
            select_finish(wait)
        }
    }
}

/// Start a `select`: `Ready` with the chosen case (or `default`), or `Pending` (see
/// [`ChanPoll`]: the goroutine is PARKING with a waiter on every case's channel) followed by
/// [`select_finish`] — unless [`SelectWait::forever`].
pub fn select_start(
    cases: &[SelectCase],
    has_default: bool,
) -> Result<ChanPoll<SelectResult, SelectWait>, GoPanic> {
    let mut poll_order: Vec<usize> = (0..cases.len()).filter(|&i| cases[i].ch() != 0).collect();
    for i in (1..poll_order.len()).rev() {
        let j = (fastrand() % (i as u64 + 1)) as usize;
        poll_order.swap(i, j);
    }
    let is_send: Vec<bool> = cases
        .iter()
        .map(|c| matches!(c, SelectCase::Send { .. }))
        .collect();
    if poll_order.is_empty() {
        if has_default {
            return Ok(ChanPoll::Ready(SelectResult {
                index: None,
                value: 0,
                ok: false,
            }));
        }
        let reason = blocked_reason(cases, true);
        drop(sched::prepare_park());
        return Ok(ChanPoll::Pending(SelectWait {
            reason,
            lock_order: Vec::new(),
            mine: Vec::new(),
            is_send,
        }));
    }
    let mut lock_order: Vec<Word> = poll_order.iter().map(|&i| cases[i].ch()).collect();
    lock_order.sort_unstable();
    lock_order.dedup();

    let mut guards = lock_all(&lock_order);
    for &i in &poll_order {
        match cases[i] {
            SelectCase::Recv { ch } => {
                let cap = channel(ch).cap;
                if let Some((value, ok, sender)) = state_of(&mut guards, ch).try_recv(ch, cap) {
                    drop(guards);
                    if let Some(sender) = sender {
                        sender.complete(0, true);
                    }
                    return Ok(ChanPoll::Ready(SelectResult {
                        index: Some(i),
                        value,
                        ok,
                    }));
                }
            }
            SelectCase::Send { ch, value } => {
                let cap = channel(ch).cap;
                match state_of(&mut guards, ch).try_send(ch, cap, value) {
                    Err(panic) => return Err(panic),
                    Ok(Some(receiver)) => {
                        drop(guards);
                        if let Some((receiver, value)) = receiver {
                            receiver.complete(value, true);
                        }
                        return Ok(ChanPoll::Ready(SelectResult {
                            index: Some(i),
                            value: 0,
                            ok: true,
                        }));
                    }
                    Ok(None) => {}
                }
            }
        }
    }
    if has_default {
        return Ok(ChanPoll::Ready(SelectResult {
            index: None,
            value: 0,
            ok: false,
        }));
    }

    // Block on every case.
    let g = sched::prepare_park();
    let done = Arc::new(AtomicBool::new(false));
    let mut mine = Vec::with_capacity(poll_order.len());
    for &i in &poll_order {
        let (ch, value) = match cases[i] {
            SelectCase::Send { ch, value } => (ch, value),
            SelectCase::Recv { ch } => (ch, 0),
        };
        let waiter = Arc::new(Waiter {
            g: g.clone(),
            value,
            select_done: Some(done.clone()),
            case: i as u32,
        });
        let state = state_of(&mut guards, ch);
        if is_send[i] {
            state.sendq.push_back(waiter.clone());
        } else {
            state.recvq.push_back(waiter.clone());
        }
        mine.push((ch, waiter));
    }
    drop(guards);
    Ok(ChanPoll::Pending(SelectWait {
        reason: blocked_reason(cases, false),
        lock_order,
        mine,
        is_send,
    }))
}

/// Complete a `select` that was `Pending`, once the goroutine runs again: dequeue its other
/// waiters and report the case that fired (`send on closed channel` for a send case woken by
/// `close`).
pub fn select_finish(wait: SelectWait) -> Result<SelectResult, GoPanic> {
    debug_assert!(
        !wait.forever(),
        "select_finish of a select that blocks forever"
    );
    let (value, aux) = sched::take_current_transfer();
    let index = (aux >> 1) as usize;
    let ok = aux & 1 == 1;
    let mut guards = lock_all(&wait.lock_order);
    for (ch, waiter) in &wait.mine {
        let state = state_of(&mut guards, *ch);
        state.sendq.retain(|w| !Arc::ptr_eq(w, waiter));
        state.recvq.retain(|w| !Arc::ptr_eq(w, waiter));
    }
    drop(guards);
    if wait.is_send[index] {
        if !ok {
            return Err(GoPanic::SendOnClosed);
        }
        Ok(SelectResult {
            index: Some(index),
            value: 0,
            ok: true,
        })
    } else {
        Ok(SelectResult {
            index: Some(index),
            value,
            ok,
        })
    }
}
