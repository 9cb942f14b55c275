//! Package `runtime` (the Go package; the crate `runtime` is the scheduler):
//! - `func GOMAXPROCS(n int) int` — previous setting; `n < 1` only queries
//! - `func NumGoroutine() int` — live goroutines, not counting the helper goroutines that
//!   run tickers and `time.AfterFunc` timers (Go runs those in the runtime, not as goroutines)
//! - `func Gosched()`, `func NumCPU() int`, `func Goexit()`
//! - `func GC()` — requests a collection and yields so the worker runs it
//! - `func Caller(skip int) (pc uintptr, file string, line int, ok bool)` — always `ok = false`
//!   for now (natives cannot see the caller's frames); `func NumCgoCall() int64` — 0
//! - `func KeepAlive(x any)` — nothing to do: the collector is conservative and never runs
//!   finalizers
//! - `const GOOS`, `GOARCH`, `Compiler` are checker constants.

use crate::{declare, native};
use runtime::heap::Word;
use vm::native::Panic;

pub fn num_cpu() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!(
            "runtime",
            r#"
type Error interface { Error() string; RuntimeError() }
const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"
"#
        ),
        native!("runtime", "func GOMAXPROCS(int) int", |_, r| {
            r[0] = runtime::set_gomaxprocs(r[0] as i64) as Word;
            Ok(())
        }),
        native!("runtime", "func NumGoroutine() int", |_, r| {
            let n = runtime::num_goroutine().saturating_sub(crate::time::helper_goroutines());
            r[0] = n.max(1) as Word;
            Ok(())
        }),
        native!("runtime", "func KeepAlive(any)", |_, _| Ok(())),
        native!("runtime", "func Gosched()", |_, _| {
            runtime::gosched();
            Ok(())
        }),
        native!("runtime", "func NumCPU() int", |_, r| {
            r[0] = num_cpu() as Word;
            Ok(())
        }),
        native!("runtime", "func Goexit()", |_, _| Err(Panic::Goexit)),
        // The VM does not expose caller frames to natives yet: report "unknown".
        native!(
            "runtime",
            "func Caller(int) (uintptr, string, int, bool)",
            |_, r| {
                r[..4].fill(0);
                Ok(())
            }
        ),
        native!("runtime", "func NumCgoCall() int64", |_, r| {
            r[0] = 0;
            Ok(())
        }),
        native!("runtime", "func GC()", |_, _| {
            // Inside a goroutine this requests a collection and yields to the worker, which
            // collects with the world stopped; this goroutine's registers are its roots.
            runtime::collect_now();
            Ok(())
        }),
    ]
}
