//! minigo's runtime: the Go heap and its garbage collector, goroutines on an M:N scheduler
//! (Go's G, M, P), channels and select, timers, semaphores and deadlock detection.
//!
//! It knows nothing about bytecode. Module map: `heap` (objects, allocation, slot access),
//! `gc` (stop-the-world conservative mark-sweep), `coro` (all corosensei code), `sched`
//! (goroutine operations: spawn, park/ready, Gosched, safepoint, sleep, exit), `worker` (worker
//! threads, run queues, idle parking, GOMAXPROCS, deadlock), `monitor` (timers, preemption,
//! external wakeups), `netpoll` (the network poller: sockets on epoll, goroutines parked on
//! descriptors, deadlines), `chan` (channels and select), `sema` (semaphores for package sync),
//! `oom` (the out-of-memory fatal error and the largest object).
//!
//! # API boundary: what the VM does
//! - Implement [`Task`] for a goroutine: `run` executes the interpreter loop to completion
//!   (inside a coroutine with a 512 KiB native stack: Go frames must live in the VM stack, not
//!   on the native one), or until it parks stacklessly ([`TaskExit::Parked`]); `trace` marks
//!   every word of the VM stack/registers (conservatively,
//!   [`Marker::mark_words`]/[`Marker::mark_slots`]); `describe` gives frames for deadlock dumps.
//! - Start with [`Runtime::start`] (returns [`ExitInfo`]; the caller prints `fatal`) or
//!   [`Runtime::run`] (prints it, returns the code). `go f()` is [`spawn`].
//! - Call [`safepoint`] at function calls and backward jumps. **Every Go value the VM still
//!   needs must be reachable from `Task::trace` (or a [`RootSet`]) at every safepoint and every
//!   blocking call** (channel ops, select, sleep, sema): a collection can run there. Values only
//!   in Rust locals are not roots.
//! - Blocking: channel functions return [`GoPanic`] for Go's run-time panics; the VM raises them
//!   as Go panics. Custom blocking: [`prepare_park`], publish the goroutine, release locks,
//!   [`park`]; the waker calls [`ready`]. A wakeup from a non-runtime thread needs a
//!   [`PendingWakeup`] so the deadlock detector waits for it.
//! - Stackless parking (a parked goroutine holds no native stack): when no native frame is
//!   below the interpreter loop, use [`chan_send_start`]/[`chan_recv_start`]/[`select_start`];
//!   on [`ChanPoll::Pending`] record the pending operation, unwind and return
//!   [`TaskExit::Parked`] from `Task::run`. The coroutine (with its stack) goes back to the
//!   pool and `run` is called again on a pooled one when the goroutine is readied: complete the
//!   operation with [`chan_send_finish`]/[`chan_recv_finish`]/[`select_finish`] first (for a
//!   [`blocks_forever`] reason, call [`prepare_park`] and return `Parked` again). The blocking
//!   versions ([`chan_send`]…) are the same start functions followed by [`park`].
//! - An unrecovered Go panic: the VM prints it, then calls [`exit_program`]`(2)`.
//! - Never `catch_unwind` a panic you did not raise without re-raising it: dropping a suspended
//!   goroutine at exit unwinds its coroutine with a private payload.

mod allgs;
pub mod blocking;
mod chan;
mod coro;
pub mod gc;
pub mod heap;
mod monitor;
pub mod netpoll;
mod oom;
pub mod race;
mod sched;
mod seed;
mod sema;
pub mod session;
mod spans;
mod worker;

pub use chan::{
    blocks_forever, chan_cap, chan_close, chan_len, chan_race_arm, chan_recv, chan_recv_finish,
    chan_recv_start, chan_send, chan_send_finish, chan_send_start, chan_try_recv, chan_try_send,
    make_chan, make_chan_of, select, select_finish, select_start, ChanPoll, Channel, GoPanic,
    SelectCase, SelectResult, SelectWait,
};
pub use gc::{collect_now, gc_requested, gc_stats, register_roots, request_gc, GcStats, Marker};
pub use gc::{RootHandle, RootSet};
pub use heap::{
    alloc_bytes, alloc_bytes_from, alloc_native, alloc_words, bytes, bytes_to_vec, load_u16,
    load_u32, load_u8, load_word, native, native_dyn, obj_kind, obj_len, store_u16, store_u32,
    store_u8, store_word, u32_at, word_at, words, NativeObject, ObjectKind, Word,
};
pub use monitor::{
    add_timer_callback, cancel_timer, expect_external_wakeup, PendingWakeup, TimerAction,
};
pub use oom::{max_object_bytes, out_of_memory, set_exit_hook, GO_MAX_ALLOC};
pub use sched::{
    current, current_goid, exit_program, exiting, gosched, in_goroutine, native_stack_remaining,
    num_goroutine, park, park_forever, park_forever_prepared, prepare_park, ready, safepoint,
    set_gomaxprocs, sleep, sleep_start, spawn, Frame, Goroutine, GoroutineInfo, GoroutineRef, Task,
    TaskExit, WaitReason, TRACEBACK_MAX_FRAMES,
};
pub use seed::{preempt_by_count, seeded_random, set_seed, stream_seed};
pub use sema::{sema_acquire, sema_acquire_start, sema_release};
pub use worker::{ExitInfo, Runtime};
