//! Package `os/signal` (`Notify`, `Stop`, `Ignore`, `Ignored`, `Reset`, `NotifyContext`), the
//! `os.Signal` interface with `os.Interrupt` and `os.Kill`, and `syscall.Signal` with the
//! `SIG*` constants and Go's `String()` texts (`interrupt`, `terminated`, …), `syscall.Kill`
//! and `syscall.Getpid`.
//!
//! Invariants:
//! - A signal is caught only while some registration wants it (Go's `enableSignal` /
//!   `disableSignal`): its handler, installed with `SA_RESTART`, only writes the signal's
//!   number to a pipe (async-signal-safe); a dispatcher thread reads the pipe and, for each
//!   registration that wants it, does a non-blocking send of the `os.Signal` value on the
//!   registered channel (a full channel drops it, as in Go) or cancels the `NotifyContext`
//!   context. When the last registration for a signal goes, the action it had before is
//!   restored (its default, or the REPL's SIGINT handler); a program that never called
//!   `Notify` dies of SIGINT exactly as a Go binary does.
//! - A signal that arrives when nobody wants it any more (a `Stop` raced with it) gets its
//!   earlier action: stdout is flushed and the signal raised again.
//! - While any registration exists, the registry holds a pending external wakeup: a program
//!   waiting for a signal is not deadlocked (Go's signal-receiving goroutine is not either).
//! - Registered channels, contexts and the signals' interface values are GC roots while
//!   registered (the values are made by `Notify`, on a goroutine, since the dispatcher thread
//!   never allocates).

use crate::util;
use crate::{declare, native};
use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, Word};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, OnceLock};
use vm::native::{NativeCtx, Panic};
use vm::value;

const NSIG: usize = 65;

/// Signals a `Notify` without arguments relays: every catchable one except those the
/// program itself raises synchronously (SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGSEGV) and SIGPIPE
/// (a closed stdout pipe ends the program, as Go's does for standard output).
const ALL_RELAYED: &[i32] = &[
    1, 2, 3, 6, 10, 12, 14, 15, 16, 17, 18, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
];

/// Go's `syscall.Signal.String()` texts (Linux), indexed by number.
const SIGNAL_NAMES: [&str; 32] = [
    "",
    "hangup",
    "interrupt",
    "quit",
    "illegal instruction",
    "trace/breakpoint trap",
    "aborted",
    "bus error",
    "floating point exception",
    "killed",
    "user defined signal 1",
    "segmentation fault",
    "user defined signal 2",
    "broken pipe",
    "alarm clock",
    "terminated",
    "stack fault",
    "child exited",
    "continued",
    "stopped (signal)",
    "stopped",
    "stopped (tty input)",
    "stopped (tty output)",
    "urgent I/O condition",
    "CPU time limit exceeded",
    "file size limit exceeded",
    "virtual timer expired",
    "profiling timer expired",
    "window changed",
    "I/O possible",
    "power failure",
    "bad system call",
];

fn signal_text(n: i64) -> String {
    match SIGNAL_NAMES.get(n as usize) {
        Some(s) if n > 0 => s.to_string(),
        _ => format!("signal {n}"),
    }
}

/// What a registration does with a signal it wants.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    /// Non-blocking send on this channel.
    Chan(Word),
    /// Cancel this `context` node (`NotifyContext`).
    Cancel(Word),
}

struct Registration {
    target: Target,
    /// Bit `n` set: wants signal `n`.
    wants: u64,
}

#[derive(Default)]
struct Registry {
    regs: Vec<Registration>,
    /// Bit `n` set: our handler is installed for signal `n`.
    caught: u64,
    /// The `os.Signal` value of each number a registration wants (0: not made yet).
    values: Vec<Word>,
    /// Held while `regs` is not empty.
    waiting: Option<runtime::PendingWakeup>,
    /// The action each signal had before we first caught it (the REPL's SIGINT handler, an
    /// inherited SIG_IGN…), restored when nobody wants the signal any more.
    saved: Vec<Option<libc::sigaction>>,
}

impl Registry {
    /// Gives signal `n` back the action it had before we caught it (its default if never).
    fn restore(&self, n: i32) {
        match &self.saved[n as usize] {
            // SAFETY: reinstalls an action sigaction(2) reported.
            Some(old) => unsafe {
                libc::sigaction(n, old, std::ptr::null_mut());
            },
            None => set_disposition(n, libc::SIG_DFL),
        }
    }

    fn wanted(&self) -> u64 {
        self.regs.iter().fold(0, |m, r| m | r.wants)
    }

    /// Installs the handler for newly wanted signals; restores the default action of those
    /// nobody wants any more. Call from a goroutine.
    fn sync_handlers(&mut self) {
        if self.regs.is_empty() {
            self.waiting = None;
        } else if self.waiting.is_none() {
            self.waiting = Some(runtime::expect_external_wakeup());
        }
        let wanted = self.wanted();
        for n in 1..NSIG as i32 {
            let bit = 1u64 << n;
            if wanted & bit != 0 && self.caught & bit == 0 {
                let old = catch(n);
                self.saved[n as usize].get_or_insert(old);
                self.caught |= bit;
            } else if wanted & bit == 0 && self.caught & bit != 0 {
                self.restore(n);
                self.caught &= !bit;
            }
        }
    }
}

struct Shared {
    registry: Mutex<Registry>,
}

impl runtime::RootSet for Shared {
    fn trace_roots(&self, marker: &mut Marker) {
        let r = self.registry.lock();
        for reg in &r.regs {
            match reg.target {
                Target::Chan(w) | Target::Cancel(w) => marker.mark(w),
            }
        }
        for &v in &r.values {
            marker.mark(v);
        }
    }
}

/// The write end of the handler's pipe.
static PIPE_WRITE: AtomicI32 = AtomicI32::new(-1);

extern "C" fn on_signal(sig: libc::c_int) {
    let b = sig as u8;
    // SAFETY: write(2) is async-signal-safe; the buffer is one byte on this stack.
    unsafe {
        libc::write(
            PIPE_WRITE.load(Ordering::Relaxed),
            (&b as *const u8).cast(),
            1,
        )
    };
}

fn shared() -> &'static Arc<Shared> {
    static SHARED: OnceLock<Arc<Shared>> = OnceLock::new();
    SHARED.get_or_init(|| {
        let s = Arc::new(Shared {
            registry: Mutex::new(Registry {
                values: vec![0; NSIG],
                saved: vec![None; NSIG],
                ..Registry::default()
            }),
        });
        std::mem::forget(runtime::gc::register_roots(s.clone()));
        let mut fds = [0 as libc::c_int; 2];
        // SAFETY: pipe2 fills the two descriptors.
        if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } == 0 {
            // SAFETY: the write end is ours; a full pipe drops signals rather than block.
            unsafe { libc::fcntl(fds[1], libc::F_SETFL, libc::O_NONBLOCK) };
            PIPE_WRITE.store(fds[1], Ordering::Relaxed);
            let read_end = fds[0];
            std::thread::Builder::new()
                .name("minigo-signals".into())
                .spawn(move || dispatch_loop(read_end))
                .expect("cannot start the signal thread");
        }
        s
    })
}

fn dispatch_loop(read_end: libc::c_int) {
    loop {
        let mut b = 0u8;
        // SAFETY: a one-byte read into a local.
        let n = unsafe { libc::read(read_end, (&mut b as *mut u8).cast(), 1) };
        if n == 1 {
            dispatch(b as i32);
        } else if n == 0 {
            return;
        }
    }
}

/// Relays signal `n` to every registration that wants it.
fn dispatch(n: i32) {
    let reg = shared().registry.lock();
    let bit = 1u64 << n;
    let mut delivered = false;
    for r in reg.regs.iter().filter(|r| r.wants & bit != 0) {
        delivered = true;
        match r.target {
            Target::Chan(ch) => {
                let _ = runtime::chan_try_send(ch, reg.values[n as usize]);
            }
            Target::Cancel(node) => crate::context::cancel_from_signal(node),
        }
    }
    if !delivered {
        reg.restore(n);
        drop(reg);
        vm::output::flush_stdout();
        // SAFETY: re-raising a signal whose earlier action was just restored.
        unsafe { libc::raise(n) };
    }
}

/// Installs our handler for signal `n`; the action it replaced.
fn catch(n: i32) -> libc::sigaction {
    // SAFETY: a zeroed sigaction with our handler, an empty mask and SA_RESTART; the old
    // action is written into a zeroed struct.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_signal as *const () as usize;
        sa.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut sa.sa_mask);
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(n, &sa, &mut old);
        old
    }
}

fn set_disposition(n: i32, action: libc::sighandler_t) {
    // SAFETY: SIG_DFL / SIG_IGN for a signal number in range.
    unsafe { libc::signal(n, action) };
}

/// The signal number of an `os.Signal` value (a `syscall.Signal`); none for other types.
fn signum(ctx: &NativeCtx, sig: Word) -> Option<i32> {
    let (t, data) = value::iface_parts(sig)?;
    let n = data as i64;
    (ctx.prog.types[t as usize].name == "syscall.Signal" && n > 0 && (n as usize) < NSIG)
        .then_some(n as i32)
}

/// The set of signals named by a `...os.Signal` argument (none named: every relayed one).
fn signal_set(ctx: &NativeCtx, sigs: Word) -> u64 {
    let list = value::slice_to_vec(sigs, false);
    let numbers: Vec<i32> = if list.is_empty() {
        ALL_RELAYED.to_vec()
    } else {
        list.iter().filter_map(|&s| signum(ctx, s)).collect()
    };
    numbers.iter().fold(0, |m, n| m | 1u64 << n)
}

/// The `os.Signal` value of signal `n`.
fn signal_value(ctx: &NativeCtx, n: i64) -> Word {
    let t = util::type_named(ctx.prog, "syscall.Signal").unwrap_or(0);
    value::iface_new(t, n as Word)
}

/// Adds `wants` to `target`'s registration (made if new) and catches those signals.
fn register(ctx: &NativeCtx, target: Target, wants: u64) {
    let mut reg = shared().registry.lock();
    for n in 1..NSIG {
        if wants & (1u64 << n) != 0 && reg.values[n] == 0 {
            reg.values[n] = signal_value(ctx, n as i64);
        }
    }
    match reg.regs.iter_mut().find(|r| r.target == target) {
        Some(r) => r.wants |= wants,
        None => reg.regs.push(Registration { target, wants }),
    }
    reg.sync_handlers();
}

fn unregister(target: Target) {
    let mut reg = shared().registry.lock();
    reg.regs.retain(|r| r.target != target);
    reg.sync_handlers();
}

/// Removes `sigs` from every registration, then ignores them (`Ignore`) or gives them back
/// their earlier action (`Reset`).
fn forget(sigs: u64, ignore: bool) {
    let mut reg = shared().registry.lock();
    for r in &mut reg.regs {
        r.wants &= !sigs;
    }
    reg.regs.retain(|r| r.wants != 0);
    reg.sync_handlers();
    for n in 1..NSIG as i32 {
        if sigs & (1u64 << n) != 0 {
            if ignore {
                set_disposition(n, libc::SIG_IGN);
            } else {
                reg.restore(n);
            }
        }
    }
}

fn notify(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    if r[0] == 0 {
        return Err(crate::sync::string_panic(
            "os/signal: Notify using nil channel",
        ));
    }
    let wants = signal_set(ctx, r[1]);
    register(ctx, Target::Chan(r[0]), wants);
    Ok(())
}

/// `NotifyContext(parent, sigs...)`: a child context of `parent` cancelled by the first of
/// `sigs`, and a stop function that cancels it and unregisters (an interface-bound method
/// value of the `*notifyStop` holding the context).
fn notify_context(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let (c, node) = crate::context::cancelable_for_signal(ctx, r[0])?;
    ctx.root(c);
    let wants = signal_set(ctx, r[1]);
    register(ctx, Target::Cancel(node), wants);
    let t = util::type_named(ctx.prog, "*signal.notifyStop").unwrap_or(0);
    let obj = value::zero(ctx.prog, ctx.prog.types[t as usize].elem);
    heap::store_word(obj, node);
    let stop = crate::context::bound_method(ctx.prog, value::iface_new(t, obj), "stop")?;
    r[0] = c;
    r[1] = stop;
    Ok(())
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!(
            "syscall",
            "type Signal int
const SIGHUP Signal = 1
const SIGINT Signal = 2
const SIGQUIT Signal = 3
const SIGABRT Signal = 6
const SIGKILL Signal = 9
const SIGUSR1 Signal = 10
const SIGUSR2 Signal = 12
const SIGPIPE Signal = 13
const SIGALRM Signal = 14
const SIGTERM Signal = 15
const SIGCHLD Signal = 17
const SIGCONT Signal = 18
const SIGSTOP Signal = 19
const SIGTSTP Signal = 20
const SIGWINCH Signal = 28"
        ),
        native!("syscall", "func (Signal) Signal()", |_, _| Ok(())),
        native!("syscall", "func Getpid() int", crate::os::process::getpid),
        native!("syscall", "func Kill(int, Signal) error", |c, r| {
            // SAFETY: kill(2) takes plain integers.
            let failed = unsafe { libc::kill(r[0] as i32, r[1] as i32) } != 0;
            r[0] = if failed {
                let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
                crate::fs::errno_error(c.prog, errno)
            } else {
                0
            };
            Ok(())
        }),
        native!("syscall", "func (Signal) String() string", |_, r| {
            r[0] = util::new_str(signal_text(r[0] as i64).as_bytes());
            Ok(())
        }),
        declare!(
            "os",
            "import syscall
type Signal interface { Signal(); String() string }"
        ),
        native!("os", "var Interrupt Signal", |c, r| {
            r[0] = signal_value(c, libc::SIGINT as i64);
            Ok(())
        }),
        native!("os", "var Kill Signal", |c, r| {
            r[0] = signal_value(c, libc::SIGKILL as i64);
            Ok(())
        }),
        declare!(
            "os/signal",
            "import os
import context
type notifyStop struct { impl uintptr }"
        ),
        native!("os/signal", "func Notify(chan<- os.Signal, ...os.Signal)", notify),
        native!("os/signal", "func Stop(chan<- os.Signal)", |_, r| {
            unregister(Target::Chan(r[0]));
            Ok(())
        }),
        native!("os/signal", "func Ignore(...os.Signal)", |c, r| {
            forget(signal_set(c, r[0]), true);
            Ok(())
        }),
        native!("os/signal", "func Reset(...os.Signal)", |c, r| {
            forget(signal_set(c, r[0]), false);
            Ok(())
        }),
        native!("os/signal", "func Ignored(os.Signal) bool", |c, r| {
            r[0] = signum(c, r[0]).is_some_and(|n| {
                // SAFETY: reads the current action into a zeroed struct.
                unsafe {
                    let mut old: libc::sigaction = std::mem::zeroed();
                    libc::sigaction(n, std::ptr::null(), &mut old) == 0
                        && old.sa_sigaction == libc::SIG_IGN
                }
            }) as Word;
            Ok(())
        }),
        native!(
            "os/signal",
            "func NotifyContext(context.Context, ...os.Signal) (context.Context, context.CancelFunc)",
            notify_context
        ),
        native!("os/signal", "func (*notifyStop) stop()", |_, r| {
            if r[0] != 0 {
                let node = heap::load_word(r[0]);
                crate::context::cancel_from_signal(node);
                unregister(Target::Cancel(node));
            }
            Ok(())
        }),
    ]
}
