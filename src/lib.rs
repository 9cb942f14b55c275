//! minigo as a library: `run_file` reads, checks, compiles and runs one Go program, the way
//! the `minigo run` command does; tests call it in-process.
//!
//! Invariant: every failure before execution (missing file, syntax or type error) is reported
//! on stderr and yields exit status 1; execution yields the program's own status (0, 2 for a
//! panic or fatal error, n for `os.Exit(n)`).

pub mod repl;

use std::path::Path;
use std::sync::Arc;

/// How to run a program.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `os.Args[1..]`.
    pub args: Vec<String>,
    /// Worker threads; 0 = `GOMAXPROCS` from the environment, else the CPU count.
    pub gomaxprocs: usize,
    /// Print the disassembly before running (`minigo run -d`).
    pub disassemble: bool,
    /// Fix every random choice of the runtime (`-seed N`; else `MINIGO_SEED`): with
    /// `GOMAXPROCS=1` the same seed reproduces the same run.
    pub seed: Option<u64>,
    /// Run with the data-race detector (`minigo run -race`).
    pub race: bool,
}

/// The result of `run_file`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub code: i32,
}

/// Parses, type-checks and compiles `src`; on failure returns the rendered diagnostics.
/// Runs on a thread with a large stack: a program may nest `lang::nesting::MAX_NESTING` deep.
pub fn compile_source(file_name: &str, src: &str) -> Result<vm::program::Program, String> {
    lang::nesting::on_large_stack(|| compile_on_this_stack(file_name, src))
}

fn compile_on_this_stack(file_name: &str, src: &str) -> Result<vm::program::Program, String> {
    let (file, mut diags) = lang::parser::parse_file(src);
    let package = file.package.name.as_str();
    if !package.is_empty() && package != "main" && package != "_" {
        // `go run` reads only the package clause before refusing the file.
        return Err("package command-line-arguments is not a main package\n".into());
    }
    if diags.is_empty() {
        let (table, info, check_diags) = lang::check::check_file(&file, src, &stdlib::Stdlib);
        diags = check_diags;
        if diags.is_empty() {
            match vm::compile::compile(&file, &table, &info, &stdlib::Stdlib, file_name, src) {
                Ok(prog) => return Ok(prog),
                Err(d) => diags = d,
            }
        }
    }
    Err(lang::diag::render(file_name, src, &diags))
}

/// Runs the Go program in `path` and returns its exit status.
pub fn run_file(path: &Path, options: &Options) -> Outcome {
    let display = path.display().to_string();
    let src = match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(_) => {
                eprintln!("{display}: invalid UTF-8 encoding");
                return Outcome { code: 1 };
            }
        },
        Err(e) => {
            let why = if path.is_dir() {
                "is a directory".to_string()
            } else if e.kind() == std::io::ErrorKind::NotFound {
                "no such file or directory".to_string()
            } else {
                e.to_string()
            };
            eprintln!("minigo: open {display}: {why}");
            return Outcome { code: 1 };
        }
    };
    let race_options = match options.race.then(race_options).transpose() {
        Ok(o) => o,
        Err(why) => {
            eprintln!("minigo: {why}");
            return Outcome { code: 2 };
        }
    };
    let prog = match compile_source(&display, &src) {
        Ok(mut p) => {
            if race_options.is_some() {
                vm::race_instrument::instrument(&mut p);
            }
            p
        }
        Err(rendered) => {
            eprint!("{rendered}");
            return Outcome { code: 1 };
        }
    };
    if options.disassemble {
        print!("{}", vm::compile::disassemble(&prog));
    }
    let mut argv = vec![display];
    argv.extend(options.args.iter().cloned());
    stdlib::set_args(argv);
    let procs = gomaxprocs(options);
    let seed = options.seed.or_else(|| {
        std::env::var("MINIGO_SEED")
            .ok()
            .and_then(|v| v.parse().ok())
    });
    runtime::set_seed(seed);
    let prog = Arc::new(prog);
    if let Some(race_options) = race_options {
        vm::race::enable(&prog, race_options);
    }
    let code = vm::interp::task::run_program(prog, procs);
    Outcome {
        code: runtime::race::exit_status(code),
    }
}

/// Worker threads to run on: the option, else `GOMAXPROCS`, else 0 (the CPU count).
pub(crate) fn gomaxprocs(options: &Options) -> usize {
    if options.gomaxprocs > 0 {
        options.gomaxprocs
    } else {
        std::env::var("GOMAXPROCS")
            .ok()
            .and_then(|v| v.parse().ok())
            .filter(|&n| n > 0)
            .unwrap_or(0)
    }
}

/// The detector's options from `GORACE` (as a Go binary built with `-race` reads them).
pub(crate) fn race_options() -> Result<runtime::race::Options, String> {
    runtime::race::Options::from_gorace(&std::env::var("GORACE").unwrap_or_default())
}
