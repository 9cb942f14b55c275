//! minigo's runtime: the Go heap and its garbage collector, goroutines on an M:N scheduler
//! (Go's G, M, P), channels and select, timers, semaphores and deadlock detection.
//!
//! It knows nothing about bytecode: the VM implements [`Task`] for its goroutines (run the
//! interpreter loop; report the words of the VM stack to the collector; describe the position
//! for deadlock dumps), runs the program with [`Runtime::start`], and calls [`safepoint`] at
//! function calls and backward jumps.
//!
//! Module map: `heap` (objects, allocation, slot access), `gc` (stop-the-world mark-sweep),
//! `coro` (all corosensei code), `sched` (goroutine operations: spawn, park/ready, sleep),
//! `worker` (worker threads, run queues, idle parking, deadlock), `monitor` (timers,
//! preemption), `chan` (channels and select),
//! `sema` (semaphores for the sync package).

mod chan;
mod coro;
pub mod gc;
pub mod heap;
mod monitor;
mod sched;
mod sema;
mod worker;

pub use chan::{
    chan_cap, chan_close, chan_len, chan_recv, chan_send, chan_try_recv, chan_try_send, make_chan,
    select, Channel, GoPanic, SelectCase, SelectResult,
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
pub use sched::{
    current, current_goid, exit_program, exiting, gosched, in_goroutine, num_goroutine, park,
    park_forever, prepare_park, ready, safepoint, set_gomaxprocs, sleep, spawn, Frame, Goroutine,
    GoroutineInfo, GoroutineRef, Task, TaskExit, WaitReason,
};
pub use sema::{sema_acquire, sema_acquire_with, sema_release};
pub use worker::{ExitInfo, Runtime};
