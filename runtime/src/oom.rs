//! Running out of memory: Go's `fatal error: runtime: out of memory`.
//!
//! Invariants: no Go heap object is larger than [`MAX_OBJECT_BYTES`] (Go's `maxAlloc` on
//! amd64 is 2^48); an allocation size that overflows or exceeds it, or memory the system
//! refuses, ends the process with exit status 2 after the registered exit hook (the VM's
//! stdout flush) has run. It never unwinds: the allocating code may hold any lock but the
//! hook's.

use std::sync::OnceLock;

/// The largest Go heap object, header excluded.
pub const MAX_OBJECT_BYTES: usize = 1 << 47;

static EXIT_HOOK: OnceLock<fn()> = OnceLock::new();

/// Run `hook` (e.g. flush buffered stdout) before the process dies of a fatal error raised
/// inside the runtime. The first registration wins.
pub fn set_exit_hook(hook: fn()) {
    let _ = EXIT_HOOK.set(hook);
}

/// The payload size of `n` elements of `size` bytes, if it is a possible Go object.
pub(crate) fn object_bytes(n: usize, size: usize) -> usize {
    match n.checked_mul(size) {
        Some(bytes) if bytes <= MAX_OBJECT_BYTES => bytes,
        _ => out_of_memory(),
    }
}

/// Go's fatal out-of-memory error: ends the process now.
#[cold]
pub(crate) fn out_of_memory() -> ! {
    if let Some(hook) = EXIT_HOOK.get() {
        hook();
    }
    eprintln!("fatal error: runtime: out of memory");
    std::process::exit(2)
}
