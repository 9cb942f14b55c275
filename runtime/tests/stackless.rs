//! Stackless parking: the split channel operations (`*_start` → `TaskExit::Parked` →
//! `*_finish`), including a waker that runs before the worker commits the park.
mod common;
use common::*;
use runtime::*;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A goroutine written as a state machine: `step` is called on every `Task::run` (first run,
/// and again after each `TaskExit::Parked`).
struct StepTask<F: FnMut() -> TaskExit + Send> {
    step: F,
}

impl<F: FnMut() -> TaskExit + Send> Task for StepTask<F> {
    fn run(&mut self) -> TaskExit {
        (self.step)()
    }
    fn trace(&self, _marker: &mut Marker) {}
    fn describe(&self) -> GoroutineInfo {
        GoroutineInfo {
            frames: vec![Frame {
                function: "main.stepper()".into(),
                file: "/t/main.go".into(),
                line: 9,
            }],
            created_by: None,
        }
    }
}

fn go_steps(step: impl FnMut() -> TaskExit + Send + 'static) -> u64 {
    spawn(Box::new(StepTask { step }))
}

/// Spin (without yielding to the scheduler: the goroutine is PARKING) until `flag` or a
/// timeout.
fn spin_until(flag: &AtomicBool, limit: Duration) -> bool {
    let start = Instant::now();
    while !flag.load(Ordering::SeqCst) {
        if start.elapsed() > limit {
            return false;
        }
        std::thread::yield_now();
    }
    true
}

/// A receiver parks stacklessly; the sender completes it while it is still PARKING (before
/// its worker commits the park), so the worker's commit CAS fails and it must requeue it.
#[test]
fn recv_waker_runs_before_commit() {
    let _s = serial();
    for procs in [1, 2, 4] {
        let raced = Arc::new(AtomicUsize::new(0));
        let rounds = 300;
        let r2 = raced.clone();
        // With one worker the waker cannot run while the receiver spins.
        let spin = Duration::from_millis(if procs == 1 { 0 } else { 20 });
        run_ok(procs, move || {
            let ch = keep(make_chan(0));
            let results = keep(make_chan(0));
            for i in 0..rounds {
                let published = Arc::new(AtomicBool::new(false));
                let sent = Arc::new(AtomicBool::new(false));
                let (p2, s2, raced) = (published.clone(), sent.clone(), r2.clone());
                let mut phase = 0;
                go_steps(move || {
                    if phase == 0 {
                        phase = 1;
                        match chan_recv_start(ch) {
                            ChanPoll::Ready((v, ok)) => {
                                assert!(ok);
                                p2.store(true, Ordering::SeqCst);
                                chan_send(results, v).unwrap();
                                return TaskExit::Returned;
                            }
                            ChanPoll::Pending(reason) => {
                                assert_eq!(reason, WaitReason::ChanReceive);
                                p2.store(true, Ordering::SeqCst);
                                if spin_until(&s2, spin) {
                                    raced.fetch_add(1, Ordering::Relaxed);
                                }
                                return TaskExit::Parked(reason);
                            }
                        }
                    }
                    let (v, ok) = chan_recv_finish();
                    assert!(ok);
                    chan_send(results, v).unwrap();
                    TaskExit::Returned
                });
                // Let the receiver publish itself first when another worker can run it.
                let start = Instant::now();
                while !published.load(Ordering::SeqCst)
                    && start.elapsed() < Duration::from_millis(50)
                {
                    gosched();
                }
                chan_send(ch, 1000 + i).unwrap();
                sent.store(true, Ordering::SeqCst);
                assert_eq!(chan_recv(results), (1000 + i, true));
            }
        });
        let raced = raced.load(Ordering::Relaxed);
        eprintln!("procs {procs}: {raced}/{rounds} wakeups before the commit");
        if procs > 1 {
            assert!(raced > 0, "the race was never exercised");
        }
    }
}

/// The same race for a `select` (the waker wins the select's done flag while the selecting
/// goroutine is PARKING), and the other case's waiter is dequeued by `select_finish`.
#[test]
fn select_waker_runs_before_commit() {
    let _s = serial();
    for procs in [1, 2, 4] {
        let raced = Arc::new(AtomicUsize::new(0));
        let rounds = 200;
        let r2 = raced.clone();
        // With one worker the waker cannot run while the receiver spins.
        let spin = Duration::from_millis(if procs == 1 { 0 } else { 20 });
        run_ok(procs, move || {
            let a = keep(make_chan(0));
            let b = keep(make_chan(0));
            let out = keep(make_chan(0));
            let results = keep(make_chan(0));
            for i in 0..rounds {
                let published = Arc::new(AtomicBool::new(false));
                let sent = Arc::new(AtomicBool::new(false));
                let (p2, s2, raced) = (published.clone(), sent.clone(), r2.clone());
                let mut wait = None;
                go_steps(move || {
                    let cases = [
                        SelectCase::Recv { ch: a },
                        SelectCase::Send { ch: out, value: 7 },
                        SelectCase::Recv { ch: b },
                    ];
                    let r = match wait.take() {
                        None => match select_start(&cases, false).unwrap() {
                            ChanPoll::Ready(r) => r,
                            ChanPoll::Pending(w) => {
                                assert_eq!(w.reason(), WaitReason::Select);
                                assert!(!w.forever());
                                wait = Some(w);
                                p2.store(true, Ordering::SeqCst);
                                if spin_until(&s2, spin) {
                                    raced.fetch_add(1, Ordering::Relaxed);
                                }
                                return TaskExit::Parked(WaitReason::Select);
                            }
                        },
                        Some(w) => select_finish(w).unwrap(),
                    };
                    p2.store(true, Ordering::SeqCst);
                    chan_send(results, r.index.unwrap() as u64 * 10_000 + r.value).unwrap();
                    TaskExit::Returned
                });
                let start = Instant::now();
                while !published.load(Ordering::SeqCst)
                    && start.elapsed() < Duration::from_millis(50)
                {
                    gosched();
                }
                let (ch, idx) = if i % 2 == 0 { (a, 0) } else { (b, 2) };
                chan_send(ch, i).unwrap();
                sent.store(true, Ordering::SeqCst);
                assert_eq!(chan_recv(results), (idx * 10_000 + i, true));
                // The select's send waiter on `out` is gone: nobody is sending there.
                assert_eq!(chan_try_recv(out), None);
            }
        });
        let raced = raced.load(Ordering::Relaxed);
        eprintln!("procs {procs}: {raced}/{rounds} select wakeups before the commit");
        if procs > 1 {
            assert!(raced > 0, "the race was never exercised");
        }
    }
}

/// A stackless sender: completed by a receiver, or woken by `close` (send on closed
/// channel).
#[test]
fn send_start_and_finish() {
    let _s = serial();
    for procs in [1, 2] {
        run_ok(procs, || {
            let ch = keep(make_chan(0));
            let results = keep(make_chan(0));
            for close_it in [false, true] {
                let mut parked = false;
                go_steps(move || {
                    if !parked {
                        match chan_send_start(ch, 42).unwrap() {
                            ChanPoll::Ready(()) => {
                                chan_send(results, 1).unwrap();
                                return TaskExit::Returned;
                            }
                            ChanPoll::Pending(reason) => {
                                assert_eq!(reason, WaitReason::ChanSend);
                                parked = true;
                                return TaskExit::Parked(reason);
                            }
                        }
                    }
                    let r = chan_send_finish();
                    chan_send(
                        results,
                        if r == Err(GoPanic::SendOnClosed) {
                            2
                        } else {
                            1
                        },
                    )
                    .unwrap();
                    TaskExit::Returned
                });
                sleep(Duration::from_millis(5));
                if close_it {
                    chan_close(ch).unwrap();
                    assert_eq!(chan_recv(results), (2, true));
                } else {
                    assert_eq!(chan_recv(ch), (42, true));
                    assert_eq!(chan_recv(results), (1, true));
                }
            }
            // Start on a closed channel panics at once.
            assert_eq!(chan_send_start(ch, 1), Err(GoPanic::SendOnClosed));
            assert_eq!(chan_recv_start(ch), ChanPoll::Ready((0, false)));
        });
    }
}

/// Far more parked goroutines than native stacks could exist (each stack costs two of the
/// 65530 kernel mappings): parked goroutines hold none.
#[test]
fn many_parked_goroutines_hold_no_stack() {
    let _s = serial();
    const N: u64 = 50_000;
    run_ok(2, || {
        let gate = keep(make_chan(0));
        let done = keep(make_chan(N as usize));
        let started = Arc::new(AtomicU64::new(0));
        for _ in 0..N {
            let started = started.clone();
            let mut phase = 0;
            go_steps(move || {
                if phase == 0 {
                    phase = 1;
                    started.fetch_add(1, Ordering::SeqCst);
                    if let ChanPoll::Pending(reason) = chan_recv_start(gate) {
                        return TaskExit::Parked(reason);
                    }
                } else {
                    assert_eq!(chan_recv_finish(), (0, false));
                }
                chan_send(done, 1).unwrap();
                TaskExit::Returned
            });
        }
        while started.load(Ordering::SeqCst) < N {
            sleep(Duration::from_millis(1));
        }
        chan_close(gate).unwrap();
        for _ in 0..N {
            assert_eq!(chan_recv(done), (1, true));
        }
    });
}

/// Stackless parks report their wait reason in deadlock dumps; a nil-channel or no-case
/// `select` park never completes.
#[test]
fn stackless_parks_in_deadlock_dump() {
    let _s = serial();
    for procs in [1, 2] {
        let info = run(procs, || {
            let ch = keep(make_chan(0));
            let mut n = 0;
            go_steps(move || {
                n += 1;
                assert_eq!(n, 1, "a nil-channel receive is never readied");
                match chan_recv_start(0) {
                    ChanPoll::Pending(reason) => TaskExit::Parked(reason),
                    ChanPoll::Ready(_) => unreachable!(),
                }
            });
            go_steps(move || match chan_recv_start(ch) {
                ChanPoll::Pending(reason) => TaskExit::Parked(reason),
                ChanPoll::Ready(_) => unreachable!(),
            });
            go_steps(move || match select_start(&[], false).unwrap() {
                ChanPoll::Pending(w) => {
                    assert!(w.forever());
                    TaskExit::Parked(w.reason())
                }
                ChanPoll::Ready(_) => unreachable!(),
            });
            sleep(Duration::from_millis(10));
            chan_send(0, 1).unwrap();
        });
        assert_eq!(info.code, 2);
        let text = info.fatal.expect("deadlock");
        let headers: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with("goroutine"))
            .collect();
        assert_eq!(
            headers,
            vec![
                "goroutine 1 [chan send (nil chan)]:",
                "goroutine 2 [chan receive (nil chan)]:",
                "goroutine 3 [chan receive]:",
                "goroutine 4 [select (no cases)]:",
            ]
        );
    }
}
