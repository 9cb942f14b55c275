//! When no native stack can be allocated the program ends with Go's out-of-memory fatal
//! error (exit 2), never a Rust panic or a hang. Own test binary: it caps the stack count.
mod common;
use common::*;
use runtime::*;

#[test]
fn too_many_stackful_goroutines_is_a_fatal_error() {
    let _s = serial();
    // Read once per process, before the first stack is allocated.
    std::env::set_var("MINIGO_MAX_STACKS", "16");
    for procs in [1, 2] {
        let info = run(procs, || {
            let ch = keep(make_chan(0));
            for _ in 0..100 {
                // Each blocks on its own coroutine (stackful): it keeps its stack.
                go(move || {
                    chan_recv(ch);
                });
            }
            chan_recv(ch);
        });
        assert_eq!(
            info,
            ExitInfo {
                code: 2,
                fatal: Some(
                    "runtime: cannot allocate goroutine stack\nfatal error: out of memory\n".into()
                ),
            }
        );
    }
}
