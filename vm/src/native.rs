//! The native-function interface: how Go packages implemented in Rust (`stdlib`) receive
//! arguments, return results, allocate, call back into Go code and fail.
//!
//! Contract (designed once, for every stdlib package):
//! - A native is a plain `fn(&mut NativeCtx, &mut [Word]) -> Result<(), Panic>`. The slice is
//!   the caller's register window `R[a..]`: arguments arrive in it in Go parameter order (one
//!   word per Go value; a variadic `...T` parameter arrives as one slice word; a method's
//!   receiver is argument 0), and the native writes its results to the *start* of the same
//!   window. The window holds `max(nargs, nresults)` words.
//! - Allocation goes straight to `runtime::heap` (it never collects inline). A native that
//!   calls back into Go code (`NativeCtx::call`) passes through a safepoint: any Go value it
//!   still needs afterwards must be reachable from a root — the argument window is (it lives
//!   in the goroutine's VM stack), a Rust local is not, so keep such values in the window or
//!   push them with `NativeCtx::root`.
//! - Blocking: a native publishes the goroutine as a waiter (a `runtime` `*_start` function
//!   or `runtime::prepare_park` under the wait queue's lock) and calls [`NativeCtx::block`]
//!   with the function that completes the operation once the goroutine is readied. Called
//!   straight from the dispatch loop, the goroutine then parks *without its native stack*
//!   (`block` returns at once, the native returns, its window stays in the goroutine's
//!   registers, and the completion later runs on that window); anywhere else (below a Go
//!   callback, a deferred call, a native calling another) `block` roots the window's words, waits
//!   on the coroutine and runs the completion itself.
//! - Failure: return `Err(Panic::…)`; the interpreter turns it into a Go panic (recoverable)
//!   or a fatal error, exactly as Go would.
//! - Natives are found by `(package path, name)`; methods of stdlib types by
//!   `(package path, "Type.Method")`.

use crate::program::{MethodImpl, Program};
use runtime::heap::Word;

/// A Go-level failure raised by an instruction or a native.
#[derive(Debug, Clone, PartialEq)]
pub enum Panic {
    /// `panic(v)` with an interface value.
    Value(Word),
    /// A run-time error: the text after `runtime error: ` (`index out of range [5] with
    /// length 3`). Recoverable; the recovered value is a `runtime.Error`.
    Runtime(String),
    /// A panic with a plain text value printed without prefix (`send on closed channel`,
    /// `sync: negative WaitGroup counter`); recovered as an `error`.
    Plain(String),
    /// An unrecoverable `fatal error: <text>` (exit 2, no deferred calls run).
    Fatal(String),
    /// `os.Exit(code)`.
    Exit(i32),
    /// `runtime.Goexit()`: runs deferred calls, then ends the goroutine.
    Goexit,
}

/// Go's nil-pointer run-time error (`invalid memory address or nil pointer dereference`).
pub fn nil_deref() -> Panic {
    Panic::Runtime("invalid memory address or nil pointer dereference".into())
}

pub type NativeImpl = fn(&mut NativeCtx, &mut [Word]) -> Result<(), Panic>;

/// A native function as the compiler sees it.
#[derive(Clone, Copy)]
pub struct NativeFn {
    /// Go's name for tracebacks, e.g. `fmt.Println`, `sync.(*Mutex).Lock`.
    pub name: &'static str,
    /// Argument and result words. For a stdlib member they are its Go declaration's (the
    /// signature the checker gave its calls), so the compiler sizes call windows from that
    /// signature.
    pub nargs: u16,
    pub nresults: u16,
    pub imp: NativeImpl,
}

impl std::fmt::Debug for NativeFn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "native {}", self.name)
    }
}

/// Where the compiler finds natives. Implemented by `stdlib`.
pub trait NativeRegistry {
    /// `pkg` is the import path (`fmt`, `math/rand`); `name` is a member (`Println`) or a
    /// method (`Mutex.Lock`).
    fn lookup(&self, pkg: &str, name: &str) -> Option<NativeFn>;
}

/// What a native can reach while it runs.
pub struct NativeCtx<'a> {
    pub prog: &'a Program,
    pub(crate) g: &'a mut crate::interp::Goroutine,
    /// Called straight from the dispatch loop: [`NativeCtx::block`] may park stacklessly.
    pub(crate) may_park: bool,
}

impl NativeCtx<'_> {
    /// Calls the Go func value `f` with `args`, on this goroutine, and returns its results.
    /// This is a safepoint (see module docs).
    pub fn call(&mut self, f: Word, args: &[Word]) -> Result<Vec<Word>, Panic> {
        crate::interp::call_value_reentrant(self.g, f, args)
    }

    /// Calls a method implementation (from `RType::methods`) with the receiver as `args[0]`.
    /// `recv_type` is the receiver's dynamic type: a struct/array receiver of a value method
    /// is copied first, as Go passes receivers by value. A safepoint.
    pub fn call_method(
        &mut self,
        imp: MethodImpl,
        recv_type: u32,
        args: &[Word],
    ) -> Result<Vec<Word>, Panic> {
        crate::interp::calls::call_method_reentrant(self.g, imp, recv_type, args)
    }

    /// The calling goroutine's interned call stack, for `-race` reports (see `race`).
    pub fn race_stack(&self) -> u32 {
        crate::race::stack_id(self.g)
    }

    /// Starts `f(args)` as a new goroutine (`time.AfterFunc`).
    pub fn go(&mut self, f: Word, args: Vec<Word>) -> Result<(), Panic> {
        crate::interp::task::go_statement(self.g, f, args)
    }

    /// Starts the native `imp(args)` as a new goroutine (net/http's connection loops); its
    /// `args` stay rooted while it runs, and its blocking operations park the coroutine.
    /// `created_by` is the creator's name when this goroutine runs no Go code of its own.
    pub fn go_native(
        &mut self,
        imp: NativeImpl,
        args: Vec<Word>,
        created_by: &'static str,
    ) -> Result<(), Panic> {
        crate::interp::task::go_native(self.g, imp, args, created_by)
    }

    /// From now on in this call, [`NativeCtx::block`] parks the coroutine and completes the
    /// operation before returning: for a native that blocks more than once in one call.
    pub fn block_on_stack(&mut self) {
        self.may_park = false;
    }

    /// The running program, shareable with callbacks that outlive this call.
    pub fn program(&self) -> std::sync::Arc<Program> {
        self.g.prog.clone()
    }

    /// Runs `f`, then drops the roots it added: for a native that loops for a long time (a
    /// connection goroutine), whose roots would otherwise last until it returns.
    pub fn with_scoped_roots<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let mark = self.g.native_roots.len();
        let out = f(self);
        self.g.native_roots.truncate(mark);
        out
    }

    /// Keeps `w` alive until the native returns.
    pub fn root(&mut self, w: Word) {
        self.g.native_roots.push(w);
    }

    /// Block the goroutine, already published as a waiter and marked parking (see the module
    /// docs), until it is readied; then `resume(ctx, regs)` completes the operation (it may
    /// block again the same way). The native must return this result at once, with `regs`
    /// left as `resume` needs them.
    pub fn block(
        &mut self,
        reason: runtime::WaitReason,
        resume: NativeImpl,
        regs: &mut [Word],
    ) -> Result<(), Panic> {
        if self.may_park {
            self.may_park = false;
            self.g.park_native(reason, resume);
            return Ok(());
        }
        // `regs` may be a Rust array (a native calling another): the park is a safepoint, so
        // its words must stay reachable until the completion has run.
        for &w in regs.iter() {
            self.root(w);
        }
        runtime::park(reason);
        resume(self, regs)
    }

    /// Runs `call`, a system call that may block without end, on a blocking-call thread
    /// (`runtime::blocking`) while this goroutine waits parked — holding its coroutine, not
    /// its worker thread — and returns its result. `call` must own its inputs (no Go values).
    pub fn syscall<T: Send + 'static>(&mut self, call: impl FnOnce() -> T + Send + 'static) -> T {
        let outcome = runtime::blocking::start(call);
        self.wait_on_stack(runtime::WaitReason::Syscall);
        let result = outcome.lock().take();
        result.expect("a readied blocking call has stored its result")
    }

    /// Parks the goroutine, already published as a waiter and marked parking, on its
    /// coroutine until it is readied (the window stays as it is): for natives with progress
    /// of their own to keep across the wait.
    pub fn wait_on_stack(&mut self, reason: runtime::WaitReason) {
        self.block_on_stack();
        let _ = self.block(reason, RESUME_DONE, &mut []);
    }

    /// The Go function `skip` frames above the one that called this native (0: that one):
    /// (function name, file, line), as `runtime.Caller(skip + 1)` reports it.
    pub fn caller(&self, skip: usize) -> Option<(String, String, u32)> {
        let g = &*self.g;
        let i = g.frames.len().checked_sub(1 + skip)?;
        let func = &g.prog.funcs[g.frames[i].func as usize];
        let (file, line) = g.prog.position(g.frame_line(i));
        Some((func.name.clone(), file, line))
    }

    /// Go goroutine id of the caller.
    pub fn goid(&self) -> u64 {
        self.g.goid
    }
}

/// A completion for [`NativeCtx::block`] when being readied is all the operation needed
/// (the waker handed over what was waited for: a semaphore ticket, the end of a sleep).
pub const RESUME_DONE: NativeImpl = |_, _| Ok(());

/// `Error() string` of `runtime.Error` / `runtime.plainError`: the receiver is the message
/// string itself (run-time errors store their full `runtime error: …` text).
pub const ERROR_STRING_METHOD: NativeFn = NativeFn {
    name: "runtime.Error.Error",
    nargs: 1,
    nresults: 1,
    imp: |_, _regs| Ok(()),
};

/// `Error() string` of `*errors.errorString` and `*fmt.wrapError`: the receiver points at an
/// object whose first word is the message string.
pub const ERROR_BOXED_METHOD: NativeFn = NativeFn {
    name: "errors.(*errorString).Error",
    nargs: 1,
    nresults: 1,
    imp: |_, regs| {
        regs[0] = runtime::heap::load_word(regs[0]);
        Ok(())
    },
};

/// `Unwrap() error` of `*fmt.wrapError`: the second word of its object.
pub const UNWRAP_METHOD: NativeFn = NativeFn {
    name: "fmt.(*wrapError).Unwrap",
    nargs: 1,
    nresults: 1,
    imp: |_, regs| {
        regs[0] = runtime::heap::load_word(regs[0] + 8);
        Ok(())
    },
};

/// `Timeout() bool` and `Temporary() bool` of `context.deadlineExceededError`: true.
pub const TRUE_METHOD: NativeFn = NativeFn {
    name: "context.deadlineExceededError.Timeout",
    nargs: 1,
    nresults: 1,
    imp: |_, regs| {
        regs[0] = 1;
        Ok(())
    },
};

/// `RuntimeError()` of the runtime's error types: only marks them as `runtime.Error`.
pub const RUNTIME_ERROR_MARKER_METHOD: NativeFn = NativeFn {
    name: "runtime.Error.RuntimeError",
    nargs: 1,
    nresults: 0,
    imp: |_, _regs| Ok(()),
};
