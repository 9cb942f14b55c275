//! Timers and tickers (`NewTimer`, `After`, `AfterFunc`, `NewTicker`, `Tick`, `Stop`,
//! `Reset`): runtime timers whose callbacks send on the timer's channel or start a goroutine.
//!
//! Invariants: a timer's channel and callback are reachable from the runtime's timer heap
//! while it is armed; `Stop`/`Reset` report whether the timer was armed, as Go's do.

use super::*;

/// Helper goroutines alive (tickers and AfterFunc timers), hidden from NumGoroutine.
pub(crate) static HELPERS: AtomicUsize = AtomicUsize::new(0);

pub fn helper_goroutines() -> usize {
    HELPERS.load(SeqCst)
}

pub(crate) fn std_duration(d: i64) -> StdDuration {
    StdDuration::from_nanos(d.max(0) as u64)
}

/// The state of a ticker or an AfterFunc timer, shared by its helper goroutine, the timer
/// callback that wakes it, and `Stop`/`Reset`.
#[derive(Default)]
pub(crate) struct HelperState {
    m: Mutex<HelperInner>,
}

#[derive(Default)]
pub(crate) struct HelperInner {
    /// Stopped by `Stop`, or an AfterFunc timer that fired.
    stopped: bool,
    /// When the helper acts next.
    when: Option<Instant>,
    /// Ticker period (None: AfterFunc).
    period: Option<StdDuration>,
    /// The pending wake-up callback.
    timer: Option<u64>,
    /// The helper goroutine while parked.
    parked: Option<GoroutineRef>,
    /// A helper goroutine runs for this state.
    alive: bool,
}

impl HelperState {
    fn wake(&self) {
        let mut s = self.m.lock();
        s.timer = None;
        let g = s.parked.take();
        drop(s);
        if let Some(g) = g {
            runtime::ready(&g);
        }
    }

    /// Cancels the pending callback and wakes the helper so it re-reads the state.
    fn poke(&self, s: &mut HelperInner) -> Option<GoroutineRef> {
        if let Some(id) = s.timer.take() {
            runtime::cancel_timer(id);
        }
        s.parked.take()
    }
}

/// The helper goroutine.
pub(crate) struct Helper {
    st: Arc<HelperState>,
    /// Ticker channel (0 for AfterFunc).
    ch: Word,
    /// AfterFunc's function (0 for a ticker).
    f: Word,
    prog: Option<Arc<Program>>,
}

/// Counted from spawn until the runtime drops the task (after it ended, or at shutdown), in
/// step with the runtime's own goroutine count.
impl Drop for Helper {
    fn drop(&mut self) {
        HELPERS.fetch_sub(1, SeqCst);
    }
}

impl Task for Helper {
    fn run(&mut self) -> TaskExit {
        loop {
            let mut s = self.st.m.lock();
            let when = match (s.stopped, s.when) {
                (false, Some(w)) => w,
                _ => {
                    s.alive = false;
                    drop(s);
                    return TaskExit::Returned;
                }
            };
            let now = Instant::now();
            if now >= when {
                match s.period {
                    Some(p) => {
                        // Go's periodic timer: the next tick is in the future, dropping ticks
                        // that were missed.
                        let behind = now.duration_since(when).as_nanos();
                        let skip = behind / p.as_nanos().max(1);
                        s.when = Some(when + p * (skip as u32 + 1));
                        drop(s);
                        let v = now_time();
                        let _ = runtime::chan_try_send(self.ch, v);
                        runtime::safepoint();
                        continue;
                    }
                    None => {
                        s.stopped = true;
                        s.alive = false;
                        drop(s);
                        if let Some(prog) = &self.prog {
                            // The function's goroutine starts with what was done before the
                            // latest AfterFunc or Reset (see `TimerObj::armed`).
                            runtime::race::acquire((self.f, 0));
                            vm::interp::task::spawn_detached(
                                prog,
                                self.f,
                                Vec::new(),
                                "time.goFunc",
                            );
                        }
                        return TaskExit::Returned;
                    }
                }
            }
            let g = runtime::prepare_park();
            s.parked = Some(g);
            let st = self.st.clone();
            s.timer = Some(runtime::add_timer_callback(
                when - now,
                0,
                Box::new(move || st.wake()),
            ));
            drop(s);
            runtime::park(WaitReason::Sleep);
        }
    }

    fn trace(&self, marker: &mut Marker) {
        marker.mark(self.ch);
        marker.mark(self.f);
    }

    fn describe(&self) -> GoroutineInfo {
        GoroutineInfo::default()
    }
}

/// The native object in a `Timer`/`Ticker`'s hidden word.
pub(crate) enum TimerObj {
    /// `NewTimer`: a runtime timer callback sending on `ch`.
    OneShot { ch: Word, id: Mutex<Option<u64>> },
    /// `NewTicker` / `AfterFunc`: a helper goroutine.
    Helper {
        st: Arc<HelperState>,
        ch: Word,
        f: Word,
        prog: Option<Arc<Program>>,
    },
}

impl NativeObject for TimerObj {
    fn trace(&self, marker: &mut Marker) {
        match self {
            TimerObj::OneShot { ch, .. } => marker.mark(*ch),
            TimerObj::Helper { ch, f, .. } => {
                marker.mark(*ch);
                marker.mark(*f);
            }
        }
    }
}

impl TimerObj {
    /// An AfterFunc timer was armed (created or Reset): under `-race` that is a release its
    /// firing acquires (Go's `modtimer`/`runOneTimer`), keyed by the function object, which
    /// the timer keeps alive.
    fn armed(&self) {
        if let TimerObj::Helper { f, .. } = self {
            if *f != 0 {
                runtime::race::release((*f, 0));
            }
        }
    }

    fn spawn_helper(&self, s: &mut HelperInner) {
        if let TimerObj::Helper { st, ch, f, prog } = self {
            if !s.alive {
                s.alive = true;
                HELPERS.fetch_add(1, SeqCst);
                runtime::spawn(Box::new(Helper {
                    st: st.clone(),
                    ch: *ch,
                    f: *f,
                    prog: prog.clone(),
                }));
            }
        }
    }

    /// Stops the timer; true if it was active.
    pub(crate) fn stop(&self) -> bool {
        match self {
            TimerObj::OneShot { id, .. } => id.lock().take().is_some_and(runtime::cancel_timer),
            TimerObj::Helper { st, .. } => {
                let mut s = st.m.lock();
                let active = !s.stopped;
                s.stopped = true;
                let g = st.poke(&mut s);
                drop(s);
                if let Some(g) = g {
                    runtime::ready(&g);
                }
                active
            }
        }
    }

    /// Re-arms the timer to fire after `d` (tickers: with period `d`); true if it was active.
    pub(crate) fn reset(&self, d: i64) -> bool {
        match self {
            TimerObj::OneShot { ch, id } => {
                let mut id = id.lock();
                let active = id.take().is_some_and(runtime::cancel_timer);
                *id = Some(arm_one_shot(*ch, d));
                active
            }
            TimerObj::Helper { st, .. } => {
                let mut s = st.m.lock();
                let active = !s.stopped;
                s.stopped = false;
                s.when = Some(Instant::now() + std_duration(d));
                if s.period.is_some() {
                    s.period = Some(std_duration(d));
                }
                let g = st.poke(&mut s);
                self.armed();
                self.spawn_helper(&mut s);
                drop(s);
                if let Some(g) = g {
                    runtime::ready(&g);
                }
                active
            }
        }
    }
}

/// Arms a runtime timer that sends the fire time on `ch` after `d`; returns its id.
pub(crate) fn arm_one_shot(ch: Word, d: i64) -> u64 {
    runtime::chan_race_arm(ch);
    let value = now_time();
    let root = heap::alloc_words(2);
    heap::words(root)[0].store(ch, Release);
    heap::words(root)[1].store(value, Release);
    runtime::add_timer_callback(
        std_duration(d),
        root,
        Box::new(move || {
            store_instant(value, now_ns());
            let _ = runtime::chan_try_send(ch, value);
        }),
    )
}

/// A `*Timer`/`*Ticker` struct `{C, impl}` around `obj`.
pub(crate) fn timer_struct(ch: Word, obj: TimerObj) -> Word {
    let s = heap::alloc_words(2);
    let w = heap::words(s);
    w[0].store(ch, Release);
    w[1].store(heap::alloc_native(Box::new(obj)), Release);
    s
}

pub(crate) fn new_timer(d: i64) -> Word {
    let ch = runtime::make_chan(1);
    let id = arm_one_shot(ch, d);
    timer_struct(
        ch,
        TimerObj::OneShot {
            ch,
            id: Mutex::new(Some(id)),
        },
    )
}

pub(crate) fn new_helper_timer(
    ctx: &mut NativeCtx,
    ch: Word,
    f: Word,
    d: i64,
    period: bool,
) -> Word {
    let st = Arc::new(HelperState::default());
    let obj = TimerObj::Helper {
        st: st.clone(),
        ch,
        f,
        prog: (f != 0).then(|| ctx.program()),
    };
    {
        let mut s = st.m.lock();
        s.when = Some(Instant::now() + std_duration(d));
        s.period = period.then(|| std_duration(d));
        obj.armed();
        obj.spawn_helper(&mut s);
    }
    timer_struct(ch, obj)
}

pub(crate) fn timer_obj(recv: Word, what: &str) -> Result<&'static TimerObj, Panic> {
    if recv == 0 {
        return Err(util::nil_deref());
    }
    heap::native::<TimerObj>(heap::words(recv)[1].load(Acquire))
        .ok_or_else(|| string_panic(&format!("time: {what} called on uninitialized Timer")))
}

pub(crate) fn new_ticker(ctx: &mut NativeCtx, d: i64) -> Result<Word, Panic> {
    if d <= 0 {
        return Err(Panic::Value(util::new_error(
            ctx.prog,
            b"non-positive interval for NewTicker",
        )));
    }
    let ch = runtime::make_chan(1);
    Ok(new_helper_timer(ctx, ch, 0, d, true))
}
