//! Channels and select.
mod common;
use common::*;
use runtime::*;
use std::time::{Duration, Instant};

fn ping_pong(procs: usize, rounds: u64) -> Duration {
    let start = Instant::now();
    run_ok(procs, move || {
        let ping = keep(make_chan(0));
        let pong = keep(make_chan(0));
        go(move || loop {
            let (v, ok) = chan_recv(ping);
            if !ok {
                break;
            }
            chan_send(pong, v + 1).unwrap();
        });
        for i in 0..rounds {
            chan_send(ping, i).unwrap();
            assert_eq!(chan_recv(pong), (i + 1, true));
        }
        chan_close(ping).unwrap();
    });
    start.elapsed()
}

#[test]
fn unbuffered_ping_pong_100k() {
    let _s = serial();
    let one = ping_pong(1, 100_000);
    let two = ping_pong(2, 100_000);
    eprintln!("ping-pong 100k: 1 proc {one:?}, 2 procs {two:?}");
}

#[test]
fn buffered_fifo_and_len_cap() {
    let _s = serial();
    run_ok(2, || {
        let ch = keep(make_chan(3));
        assert_eq!((chan_len(ch), chan_cap(ch)), (0, 3));
        for i in 1..=3 {
            chan_send(ch, i).unwrap();
        }
        assert_eq!(chan_len(ch), 3);
        assert_eq!(chan_try_send(ch, 9), Ok(false));
        go(move || chan_send(ch, 4).unwrap()); // blocks: buffer full
        sleep(Duration::from_millis(10));
        for i in 1..=4 {
            assert_eq!(chan_recv(ch), (i, true));
        }
        assert_eq!(chan_try_recv(ch), None);
        assert_eq!((chan_len(0), chan_cap(0)), (0, 0));
    });
}

#[test]
fn producer_consumer_many_procs() {
    let _s = serial();
    for procs in [1, 4] {
        run_ok(procs, || {
            let ch = keep(make_chan(16));
            let done = keep(make_chan(0));
            for p in 0..4u64 {
                go(move || {
                    for i in 0..5000 {
                        chan_send(ch, p * 100_000 + i).unwrap();
                    }
                    chan_send(done, 0).unwrap();
                });
            }
            go(move || {
                for _ in 0..4 {
                    chan_recv(done);
                }
                chan_close(ch).unwrap();
            });
            let mut last = [None::<u64>; 4];
            let mut n = 0;
            loop {
                let (v, ok) = chan_recv(ch);
                if !ok {
                    break;
                }
                let p = (v / 100_000) as usize;
                // per-producer FIFO order
                assert!(last[p].is_none_or(|l| l < v));
                last[p] = Some(v);
                n += 1;
            }
            assert_eq!(n, 20_000);
        });
    }
}

#[test]
fn close_semantics() {
    let _s = serial();
    run_ok(2, || {
        let ch = keep(make_chan(2));
        chan_send(ch, 5).unwrap();
        chan_close(ch).unwrap();
        assert_eq!((chan_len(ch), chan_cap(ch)), (1, 2));
        assert_eq!(chan_recv(ch), (5, true));
        assert_eq!(chan_recv(ch), (0, false));
        assert_eq!(chan_send(ch, 1), Err(GoPanic::SendOnClosed));
        assert_eq!(chan_close(ch), Err(GoPanic::CloseOfClosed));
        assert_eq!(chan_close(0), Err(GoPanic::CloseOfNil));
        assert_eq!(GoPanic::CloseOfNil.to_string(), "close of nil channel");
        // close wakes blocked receivers and senders
        let un = keep(make_chan(0));
        let results = keep(make_chan(10));
        for _ in 0..3 {
            go(move || {
                let (v, ok) = chan_recv(un);
                chan_send(results, v * 10 + ok as u64).unwrap();
            });
        }
        let un2 = keep(make_chan(0));
        go(move || {
            let r = chan_send(un2, 1);
            chan_send(
                results,
                if r == Err(GoPanic::SendOnClosed) {
                    77
                } else {
                    99
                },
            )
            .unwrap();
        });
        sleep(Duration::from_millis(10));
        chan_close(un).unwrap();
        chan_close(un2).unwrap();
        let mut got: Vec<u64> = (0..4).map(|_| chan_recv(results).0).collect();
        got.sort();
        assert_eq!(got, vec![0, 0, 0, 77]);
    });
}

#[test]
fn select_is_uniform() {
    let _s = serial();
    run_ok(1, || {
        let chans: Vec<Word> = (0..3).map(|_| keep(make_chan(1))).collect();
        let cases: Vec<SelectCase> = chans.iter().map(|&ch| SelectCase::Recv { ch }).collect();
        let mut counts = [0usize; 3];
        for &ch in &chans {
            chan_send(ch, 1).unwrap();
        }
        let n = 30_000;
        for _ in 0..n {
            let r = select(&cases, false).unwrap();
            let i = r.index.unwrap();
            counts[i] += 1;
            chan_send(chans[i], 1).unwrap();
        }
        for c in counts {
            assert!(
                (c as f64 - n as f64 / 3.0).abs() < n as f64 * 0.03,
                "{counts:?}"
            );
        }
    });
}

#[test]
fn select_default_nil_and_blocking() {
    let _s = serial();
    run_ok(2, || {
        let a = keep(make_chan(0));
        let b = keep(make_chan(0));
        // nothing ready: default; nil cases never chosen
        let r = select(
            &[
                SelectCase::Recv { ch: a },
                SelectCase::Send { ch: 0, value: 1 },
            ],
            true,
        );
        assert_eq!(r.unwrap().index, None);
        assert_eq!(select(&[], true).unwrap().index, None);
        // blocking select woken by a sender on the second case
        go(move || {
            sleep(Duration::from_millis(5));
            chan_send(b, 42).unwrap();
        });
        let r = select(
            &[SelectCase::Recv { ch: a }, SelectCase::Recv { ch: b }],
            false,
        )
        .unwrap();
        assert_eq!((r.index, r.value, r.ok), (Some(1), 42, true));
        // blocking send case taken by a receiver
        go(move || {
            sleep(Duration::from_millis(5));
            assert_eq!(chan_recv(a), (7, true));
        });
        let r = select(
            &[
                SelectCase::Send { ch: a, value: 7 },
                SelectCase::Recv { ch: b },
                SelectCase::Recv { ch: 0 },
            ],
            false,
        )
        .unwrap();
        assert_eq!(r.index, Some(0));
        // closed channel in a receive case; send case on closed channel panics
        let c = keep(make_chan(0));
        chan_close(c).unwrap();
        let r = select(
            &[SelectCase::Recv { ch: a }, SelectCase::Recv { ch: c }],
            false,
        )
        .unwrap();
        assert_eq!((r.index, r.value, r.ok), (Some(1), 0, false));
        let r = select(&[SelectCase::Send { ch: c, value: 1 }], true);
        assert_eq!(r, Err(GoPanic::SendOnClosed));
        // a blocked select woken by close of its send channel panics
        let d = keep(make_chan(0));
        let out = keep(make_chan(1));
        go(move || {
            let r = select(&[SelectCase::Send { ch: d, value: 1 }], false);
            chan_send(out, (r == Err(GoPanic::SendOnClosed)) as u64).unwrap();
        });
        sleep(Duration::from_millis(5));
        chan_close(d).unwrap();
        assert_eq!(chan_recv(out), (1, true));
    });
}

#[test]
fn select_many_racing_wakers() {
    let _s = serial();
    // Many senders race to wake selecting receivers; no value may be lost or duplicated.
    run_ok(4, || {
        let chans: Vec<Word> = (0..4).map(|_| keep(make_chan(0))).collect();
        let total = keep(make_chan(64));
        let senders = 4u64;
        let per = 2000u64;
        for s in 0..senders {
            let chans = chans.clone();
            go(move || {
                for i in 0..per {
                    let cases: Vec<SelectCase> = chans
                        .iter()
                        .map(|&ch| SelectCase::Send {
                            ch,
                            value: s * per + i + 1,
                        })
                        .collect();
                    select(&cases, false).unwrap();
                }
            });
        }
        for _ in 0..4 {
            let chans = chans.clone();
            go(move || {
                let cases: Vec<SelectCase> =
                    chans.iter().map(|&ch| SelectCase::Recv { ch }).collect();
                let mut sum = 0u64;
                let mut n = 0u64;
                while n < senders * per / 4 {
                    let r = select(&cases, false).unwrap();
                    sum += r.value;
                    n += 1;
                }
                chan_send(total, sum).unwrap();
            });
        }
        let mut sum = 0;
        for _ in 0..4 {
            sum += chan_recv(total).0;
        }
        let n = senders * per;
        assert_eq!(sum, n * (n + 1) / 2);
    });
}

#[test]
fn sema_mutex() {
    let _s = serial();
    run_ok(4, || {
        // word 0: sema count (starts at 1 = unlocked); word 1: the protected counter
        let obj = keep(alloc_words(2));
        let sema = obj;
        let counter = obj + 8;
        store_word(sema, 1);
        let done = keep(make_chan(0));
        for _ in 0..8 {
            go(move || {
                for i in 0..2000 {
                    sema_acquire(sema);
                    let v = load_word(counter);
                    if i % 7 == 0 {
                        gosched();
                    }
                    store_word(counter, v + 1);
                    sema_release(sema);
                }
                chan_send(done, 0).unwrap();
            });
        }
        for _ in 0..8 {
            chan_recv(done);
        }
        assert_eq!(load_word(counter), 16_000);
    });
}
