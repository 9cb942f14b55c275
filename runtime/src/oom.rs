//! Running out of memory: Go's `fatal error: runtime: out of memory`.
//!
//! Invariants: no Go heap object is larger than [`max_object_bytes`]: Go's `maxAlloc` (2^48
//! on amd64) or the machine's physical memory, whichever is smaller (an object larger than
//! the memory could only be reserved, never filled: the kernel would kill the process). An
//! allocation size that overflows or exceeds it, or memory the system refuses, ends the
//! process with exit status 2 after the registered exit hook (the VM's stdout flush) has run.
//! It never unwinds: the allocating code may hold any lock but the hook's.

use std::sync::OnceLock;

/// Go's `maxAlloc` on 64-bit Linux: the limit its size checks (`makechan`…) use.
pub const GO_MAX_ALLOC: usize = 1 << 48;

static EXIT_HOOK: OnceLock<fn()> = OnceLock::new();

/// Run `hook` (e.g. flush buffered stdout) before the process dies of a fatal error raised
/// inside the runtime. The first registration wins.
pub fn set_exit_hook(hook: fn()) {
    let _ = EXIT_HOOK.set(hook);
}

/// The largest object (in bytes) that an allocation may ask for.
pub fn max_object_bytes() -> usize {
    static MAX: OnceLock<usize> = OnceLock::new();
    *MAX.get_or_init(|| {
        // SAFETY: sysconf only reads system configuration.
        let (pages, page) = unsafe {
            (
                libc::sysconf(libc::_SC_PHYS_PAGES),
                libc::sysconf(libc::_SC_PAGESIZE),
            )
        };
        match (pages as usize).checked_mul(page as usize) {
            Some(ram) if pages > 0 && page > 0 => ram.min(GO_MAX_ALLOC),
            _ => GO_MAX_ALLOC,
        }
    })
}

/// The payload size of `n` elements of `size` bytes, if it is a possible Go object.
pub(crate) fn object_bytes(n: usize, size: usize) -> usize {
    match n.checked_mul(size) {
        Some(bytes) if bytes <= max_object_bytes() => bytes,
        _ => out_of_memory(),
    }
}

/// Go's fatal out-of-memory error: ends the process now.
#[cold]
pub fn out_of_memory() -> ! {
    if let Some(hook) = EXIT_HOOK.get() {
        hook();
    }
    eprintln!("fatal error: runtime: out of memory");
    std::process::exit(2)
}
