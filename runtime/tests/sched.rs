//! Scheduler: spawn, Gosched order, preemption, sleep, exit paths, GOMAXPROCS 1 and 4.
mod common;
use common::*;
use parking_lot::Mutex;
use runtime::*;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[test]
fn main_returns_exit_zero() {
    let _s = serial();
    run_ok(1, || {
        assert_eq!(current_goid(), 1);
        assert!(in_goroutine());
    });
    assert!(!in_goroutine());
}

#[test]
fn spawn_many_and_wait() {
    let _s = serial();
    for procs in [1, 4] {
        let count = Arc::new(AtomicUsize::new(0));
        let c2 = count.clone();
        run_ok(procs, move || {
            let done = keep(make_chan(0));
            for _ in 0..1000 {
                let c = c2.clone();
                go(move || {
                    c.fetch_add(1, Ordering::SeqCst);
                    chan_send(done, 1).unwrap();
                });
            }
            for _ in 0..1000 {
                assert_eq!(chan_recv(done), (1, true));
            }
        });
        assert_eq!(count.load(Ordering::SeqCst), 1000);
    }
}

#[test]
fn goroutine_ids_increase() {
    let _s = serial();
    run_ok(2, || {
        let a = go(|| {});
        let b = go(|| {});
        assert_eq!((a, b), (2, 3));
    });
}

#[test]
fn gosched_alternates_on_one_proc() {
    let _s = serial();
    let log = Arc::new(Mutex::new(Vec::new()));
    let l2 = log.clone();
    run_ok(1, move || {
        let l3 = l2.clone();
        go(move || {
            for i in 0..3 {
                l3.lock().push(format!("goroutine {i}"));
                gosched();
            }
        });
        for i in 0..3 {
            l2.lock().push(format!("main {i}"));
            gosched();
        }
        gosched();
    });
    let log = log.lock().join(", ");
    assert_eq!(
        log,
        "main 0, goroutine 0, main 1, goroutine 1, main 2, goroutine 2"
    );
}

#[test]
fn busy_loop_is_preempted() {
    let _s = serial();
    let start = Instant::now();
    run_ok(1, || {
        let stop = Arc::new(AtomicBool::new(false));
        let s2 = stop.clone();
        go(move || {
            while !s2.load(Ordering::Relaxed) {
                safepoint();
            }
        });
        gosched(); // the spinner runs until preempted
        stop.store(true, Ordering::Relaxed);
    });
    assert!(start.elapsed() < Duration::from_secs(2));
}

#[test]
fn main_exits_while_others_spin() {
    let _s = serial();
    let start = Instant::now();
    run_ok(2, || {
        for _ in 0..3 {
            go(|| loop {
                safepoint();
            });
        }
        sleep(Duration::from_millis(30));
    });
    assert!(start.elapsed() < Duration::from_secs(2));
}

#[test]
fn sleep_wakes() {
    let _s = serial();
    run_ok(2, || {
        let t = Instant::now();
        sleep(Duration::from_millis(40));
        assert!(t.elapsed() >= Duration::from_millis(40));
        let done = keep(make_chan(100));
        let t = Instant::now();
        for i in 0..100u64 {
            go(move || {
                sleep(Duration::from_millis(20 + i % 10));
                chan_send(done, i).unwrap();
            });
        }
        let mut sum = 0;
        for _ in 0..100 {
            sum += chan_recv(done).0;
        }
        assert_eq!(sum, 4950);
        assert!(t.elapsed() < Duration::from_millis(1000));
    });
}

#[test]
fn exit_program_code() {
    let _s = serial();
    let info = run(2, || {
        go(|| exit_program(3));
        park_forever(WaitReason::Sleep);
    });
    assert_eq!(
        info,
        ExitInfo {
            code: 3,
            fatal: None
        }
    );
}

#[test]
fn num_goroutine_counts_blocked() {
    let _s = serial();
    run_ok(2, || {
        assert_eq!(num_goroutine(), 1);
        let ch = keep(make_chan(0));
        for _ in 0..10 {
            go(move || {
                chan_recv(ch);
            });
        }
        sleep(Duration::from_millis(20));
        assert_eq!(num_goroutine(), 11);
        chan_close(ch).unwrap();
        sleep(Duration::from_millis(20));
        assert_eq!(num_goroutine(), 1);
        assert_eq!(set_gomaxprocs(0), 2);
    });
}

#[test]
fn goexit_main_waits_for_others() {
    let _s = serial();
    let done = Arc::new(AtomicBool::new(false));
    let d2 = done.clone();
    let info = Runtime::start(
        2,
        task("main.main", move |_| {
            go(move || {
                sleep(Duration::from_millis(20));
                d2.store(true, Ordering::SeqCst);
            });
            TaskExit::Goexit
        }),
    );
    assert!(done.load(Ordering::SeqCst));
    assert_eq!(info.code, 2);
    assert_eq!(
        info.fatal.as_deref(),
        Some("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
    );
}

#[test]
fn parallel_work_on_four_procs() {
    let _s = serial();
    run_ok(4, || {
        let done = keep(make_chan(0));
        for _ in 0..8 {
            go(move || {
                let mut x = 0u64;
                for i in 0..200_000u64 {
                    x = x.wrapping_mul(31).wrapping_add(i);
                    if i % 1000 == 0 {
                        safepoint();
                    }
                }
                chan_send(done, x).unwrap();
            });
        }
        for _ in 0..8 {
            chan_recv(done);
        }
    });
}

#[test]
fn concurrent_runtimes() {
    let _s = serial();
    let handles: Vec<_> = (0..3)
        .map(|_| {
            std::thread::spawn(|| {
                run_ok(2, || {
                    let ch = keep(make_chan(0));
                    go(move || {
                        for i in 0..1000 {
                            chan_send(ch, i).unwrap();
                        }
                    });
                    for i in 0..1000 {
                        assert_eq!(chan_recv(ch).0, i);
                    }
                })
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
}

#[test]
fn timer_callback_and_cancel() {
    let _s = serial();
    run_ok(1, || {
        let ch = keep(make_chan(1));
        add_timer_callback(
            Duration::from_millis(10),
            ch,
            Box::new(move || {
                chan_try_send(ch, 42).unwrap();
            }),
        );
        let id = add_timer_callback(
            Duration::from_secs(10),
            ch,
            Box::new(move || {
                chan_try_send(ch, 7).unwrap();
            }),
        );
        assert!(cancel_timer(id));
        assert_eq!(chan_recv(ch), (42, true));
    });
}

fn cpu_time() -> Duration {
    // SAFETY: getrusage only writes the struct we pass.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage
    };
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    tv(usage.ru_utime) + tv(usage.ru_stime)
}

#[test]
fn sleeping_program_is_idle() {
    let _s = serial();
    let before = cpu_time();
    run_ok(4, || {
        for _ in 0..4 {
            go(|| sleep(Duration::from_millis(300)));
        }
        sleep(Duration::from_millis(300));
    });
    let used = cpu_time() - before;
    assert!(
        used < Duration::from_millis(60),
        "used {used:?} of CPU while sleeping"
    );
}

#[test]
fn spinner_cannot_starve_main_on_one_proc() {
    let _s = serial();
    let start = Instant::now();
    run_ok(1, || {
        go(|| loop {
            safepoint();
        });
        go(|| loop {
            safepoint();
        });
        for _ in 0..3 {
            sleep(Duration::from_millis(5));
        }
        let ch = keep(make_chan(0));
        go(move || chan_send(ch, 1).unwrap());
        chan_recv(ch);
    });
    assert!(start.elapsed() < Duration::from_secs(2));
}

#[test]
fn gomaxprocs_one_makes_gosched_deterministic() {
    let _s = serial();
    for _ in 0..5 {
        let log = Arc::new(Mutex::new(Vec::new()));
        let l2 = log.clone();
        run_ok(4, move || {
            assert_eq!(set_gomaxprocs(1), 4);
            assert_eq!(set_gomaxprocs(0), 1);
            let l3 = l2.clone();
            go(move || {
                for i in 0..3 {
                    l3.lock().push(format!("goroutine {i}"));
                    gosched();
                }
            });
            for i in 0..3 {
                l2.lock().push(format!("main {i}"));
                gosched();
            }
            gosched();
            // back to 4: parallel work still completes
            set_gomaxprocs(4);
            let done = keep(make_chan(0));
            for _ in 0..8 {
                go(move || chan_send(done, 1).unwrap());
            }
            for _ in 0..8 {
                chan_recv(done);
            }
        });
        let log = log.lock().join(", ");
        assert_eq!(
            log,
            "main 0, goroutine 0, main 1, goroutine 1, main 2, goroutine 2"
        );
    }
}
