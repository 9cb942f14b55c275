//! The `minigo` command: `minigo run [-race] [-d] file.go… | DIR [args…]`, `minigo repl [-race]`, `minigo version`,
//! `minigo help`.

const USAGE: &str = "minigo — a Go interpreter for learning concurrency

usage:
  minigo run [-race] [-d] [-seed N] file.go... [args...]
  minigo run [-race] [-d] [-seed N] DIR [args...]
                                      run a Go program: the files named (package
                                      main), or the package in DIR (`.`: here) (-race: detect data races, as
                                      `go run -race`, GORACE options exitcode, halt_on_error,
                                      log_path; -d: print the bytecode first;
                                      -seed N: reproducible scheduling and select choices)
  minigo repl [-race]                 Go at the prompt (also `minigo` on a terminal;
                                      reads the session from standard input otherwise;
                                      -race: report races between the session's goroutines)
  minigo version                      print the version
  minigo help                         print this help
";

fn main() {
    // A Go program writing to a closed pipe (`minigo run prog.go | head`) dies of SIGPIPE, as
    // a Go binary does; Rust's runtime ignores the signal, which left such a program running.
    // SAFETY: setting a signal disposition to its default at startup, before any thread.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_DFL) };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("repl") => match args.get(1).map(String::as_str) {
            None => minigo::repl::run(&minigo::Options::default()),
            Some("-race") if args.len() == 2 => minigo::repl::run(&minigo::Options {
                race: true,
                ..Default::default()
            }),
            Some(arg) => {
                eprintln!("minigo repl: {arg}: unknown argument (the REPL takes only -race)");
                2
            }
        },
        Some("version") => {
            println!(
                "minigo {} (Go 1.22 language subset)",
                env!("CARGO_PKG_VERSION")
            );
            0
        }
        Some("help") | Some("-h") | Some("--help") => {
            print!("{USAGE}");
            0
        }
        // SAFETY: isatty only inspects the descriptor.
        None if unsafe { libc::isatty(0) } == 1 => minigo::repl::run(&minigo::Options::default()),
        None => {
            eprint!("{USAGE}");
            2
        }
        Some(other) => {
            eprintln!("minigo: unknown command {other:?}\n\n{USAGE}");
            2
        }
    };
    std::process::exit(code);
}

fn run(args: &[String]) -> i32 {
    let mut options = minigo::Options::default();
    let mut rest = args;
    while let Some(flag) = rest.first() {
        match flag.as_str() {
            "-d" => options.disassemble = true,
            "-race" => options.race = true,
            "-seed" => {
                let Some(n) = rest.get(1).and_then(|v| v.parse().ok()) else {
                    eprintln!("minigo run: -seed needs a number");
                    return 2;
                };
                options.seed = Some(n);
                rest = &rest[1..];
            }
            f if f.starts_with('-') && f.len() > 1 => {
                eprintln!("minigo run: unknown flag {f}");
                return 2;
            }
            _ => break,
        }
        rest = &rest[1..];
    }
    if rest.is_empty() {
        eprintln!("minigo run: no Go file given\n\n{USAGE}");
        return 2;
    }
    match minigo::program_files::from_args(rest) {
        Ok(program) => {
            options.args = program.args;
            minigo::run_files(&program.files, &options).code
        }
        Err(why) => {
            eprintln!("{why}");
            1
        }
    }
}
/// mimalloc instead of glibc malloc: goroutines are created on one worker and freed on
/// another, which glibc serialises on the creating thread's arena lock (futex wake-ups) and
/// grows with an `mprotect` per few pages. Measured on bench/spawn.go (100k goroutines,
/// 2 workers): 223 ms -> 130 ms. The Go heap does not depend on it (`runtime::heap`).
///
/// Memory the allocator refuses is Go's fatal `runtime: out of memory` (exit 2), not Rust's
/// abort: a Go program can ask for any size (a map size hint, `Builder.Grow`…).
#[global_allocator]
static GLOBAL: OutOfMemoryIsFatal = OutOfMemoryIsFatal(mimalloc::MiMalloc);

struct OutOfMemoryIsFatal(mimalloc::MiMalloc);

fn non_null(p: *mut u8) -> *mut u8 {
    if p.is_null() {
        runtime::out_of_memory();
    }
    p
}

// SAFETY: every call is forwarded to mimalloc with the same arguments; a null result ends the
// process instead of being returned.
unsafe impl std::alloc::GlobalAlloc for OutOfMemoryIsFatal {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        non_null(self.0.alloc(layout))
    }
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        non_null(self.0.alloc_zeroed(layout))
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, size: usize) -> *mut u8 {
        non_null(self.0.realloc(ptr, layout, size))
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        self.0.dealloc(ptr, layout)
    }
}
