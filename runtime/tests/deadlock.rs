//! Deadlock detection and goroutine dumps.
mod common;
use common::*;
use runtime::*;
use std::time::{Duration, Instant};

fn fatal(procs: usize, f: impl FnOnce() + Send + 'static) -> String {
    let info = run(procs, f);
    assert_eq!(info.code, 2);
    info.fatal.expect("a fatal error")
}

#[test]
fn main_blocked_on_send() {
    let _s = serial();
    for procs in [1, 2] {
        let text = fatal(procs, || {
            let ch = keep(make_chan(0));
            chan_send(ch, 1).unwrap();
        });
        assert_eq!(
            text,
            "fatal error: all goroutines are asleep - deadlock!\n\n\
             goroutine 1 [chan send]:\nmain.main()\n\t/t/main.go:7 +0x0\n"
        );
    }
}

#[test]
fn many_goroutines_listed_with_reasons() {
    let _s = serial();
    let text = fatal(2, || {
        let ch = keep(make_chan(0));
        for _ in 0..3 {
            go(move || chan_send(ch, 1).unwrap());
        }
        go(|| {
            select(&[], false).unwrap();
        });
        go(|| {
            // Two cases: a one-case select waits as the plain operation (gc's rewrite).
            let cases = [
                SelectCase::Recv { ch: 0 },
                SelectCase::Send { ch: 0, value: 1 },
            ];
            select(&cases, false).unwrap();
        });
        go(|| {
            let obj = keep(alloc_words(1));
            sema_acquire(obj);
        });
        go(|| {
            chan_send(0, 1).unwrap();
        });
        sleep(Duration::from_millis(10));
        chan_recv(0);
    });
    let headers: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("goroutine"))
        .collect();
    assert_eq!(
        headers,
        vec![
            "goroutine 1 [chan receive (nil chan)]:",
            "goroutine 2 [chan send]:",
            "goroutine 3 [chan send]:",
            "goroutine 4 [chan send]:",
            "goroutine 5 [select (no cases)]:",
            "goroutine 6 [select]:",
            "goroutine 7 [semacquire]:",
            "goroutine 8 [chan send (nil chan)]:",
        ]
    );
    assert!(text.contains(
        "\n\ngoroutine 2 [chan send]:\nmain.worker()\n\t/t/main.go:7 +0x0\ncreated by main.main\n\t/t/main.go:3 +0x0\n\ngoroutine 3"
    ));
}

#[test]
fn sleeping_goroutine_delays_verdict() {
    let _s = serial();
    let start = Instant::now();
    let text = fatal(2, || {
        go(|| sleep(Duration::from_millis(100)));
        chan_recv(keep(make_chan(0)));
    });
    assert!(start.elapsed() >= Duration::from_millis(100));
    assert!(text.contains("goroutine 1 [chan receive]:"));
    assert!(!text.contains("goroutine 2"));
}

#[test]
fn blocked_in_select_with_timer_callback_pending() {
    let _s = serial();
    let info = run(1, || {
        let ch = keep(make_chan(1));
        add_timer_callback(
            Duration::from_millis(20),
            ch,
            Box::new(move || {
                chan_try_send(ch, 5).unwrap();
            }),
        );
        assert_eq!(chan_recv(ch), (5, true));
    });
    assert_eq!(
        info,
        ExitInfo {
            code: 0,
            fatal: None
        }
    );
}

#[test]
fn external_wakeup_prevents_verdict() {
    let _s = serial();
    let info = run(2, || {
        let pending = expect_external_wakeup();
        let g = prepare_park();
        let helper = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(30));
            g.set_transfer(9, 1);
            ready(&g);
            drop(pending);
        });
        park(WaitReason::IoWait);
        assert_eq!(current().take_transfer(), (9, 1));
        helper.join().unwrap();
        // a pending wakeup that never readies anything: the verdict comes when it is dropped
        let pending = expect_external_wakeup();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(20));
            drop(pending);
        });
        chan_recv(keep(make_chan(0)));
    });
    assert_eq!(info.code, 2);
    assert!(info.fatal.unwrap().contains("goroutine 1 [chan receive]:"));
}
