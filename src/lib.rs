//! minigo as a library: `run_file` / `run_files` read, check, compile and run one Go program
//! (one file, or the files of package main), the way the `minigo run` command does; tests
//! call them in-process. `program_files` finds a package's files from the command line.
//!
//! Invariant: every failure before execution (missing file, syntax or type error) is reported
//! on stderr and yields exit status 1; execution yields the program's own status (0, 2 for a
//! panic or fatal error, n for `os.Exit(n)`).

mod build_constraints;
mod modules;
pub mod program_files;
pub mod repl;

use lang::package::Sources;
use std::path::{Path, PathBuf};
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
    let sources = Sources::single(file_name, src);
    compile_sources(&sources, vec![file_name.to_string()])
}

/// [`compile_source`] for the files of package main, `sources`; `trace_names` are the names
/// tracebacks give its files (diagnostics use the names in `sources`).
pub fn compile_sources(
    sources: &Sources,
    trace_names: Vec<String>,
) -> Result<vm::program::Program, String> {
    lang::nesting::on_large_stack(|| compile_on_this_stack(sources, trace_names))
}

fn compile_on_this_stack(
    sources: &Sources,
    trace_names: Vec<String>,
) -> Result<vm::program::Program, String> {
    let (file, clauses, mut diags) = sources.parse();
    let main = sources.packages.len().saturating_sub(1);
    for p in 0..sources.packages.len() {
        let named: Vec<(&str, &str)> = clauses
            .iter()
            .zip(&sources.files)
            .filter(|(c, f)| f.package == p && !c.name.is_empty() && c.name != "_")
            .map(|(c, f)| (c.name.as_str(), f.name.as_str()))
            .collect();
        let Some(&(first, first_file)) = named.first() else {
            continue;
        };
        if let Some(&(other, other_file)) = named.iter().find(|(c, _)| *c != first) {
            // The go tool reads the package clauses before anything else.
            return Err(format!(
                "found packages {first} ({}) and {other} ({}) in {}\n",
                base_name(first_file),
                base_name(other_file),
                folder_of(first_file)
            ));
        }
        if p == main && first != "main" {
            return Err("package command-line-arguments is not a main package\n".into());
        }
    }
    let src = sources.text.as_str();
    if diags.is_empty() {
        let (table, info, check_diags) = lang::check::check_file(&file, src, &stdlib::Stdlib);
        diags = check_diags;
        if diags.is_empty() {
            let files = trace_names
                .into_iter()
                .zip(&sources.files)
                .map(|(name, f)| (name, f.first_line))
                .collect();
            match vm::compile::compile_package(&file, &table, &info, &stdlib::Stdlib, files, src) {
                Ok(prog) => return Ok(prog),
                Err(d) => diags = d,
            }
        }
    }
    Err(lang::diag::render_sources(sources, &diags))
}

fn base_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// The absolute folder of the file `path`, as the go tool names a package's folder.
fn folder_of(path: &str) -> String {
    let path = Path::new(path);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => Path::new(".").to_path_buf(),
    };
    std::fs::canonicalize(&dir)
        .unwrap_or(dir)
        .display()
        .to_string()
}

/// Runs the Go program in `path` and returns its exit status.
pub fn run_file(path: &Path, options: &Options) -> Outcome {
    run_files(&[path.to_path_buf()], options)
}

/// Runs the program whose package main is the files `paths` (in this order: it is the order
/// of `init` functions and of variable initialisation), with the packages of its module it
/// imports (`modules`), and returns its exit status. A program of one file, tracebacks name
/// as given; any other by absolute paths (as Go prints them).
pub fn run_files(paths: &[PathBuf], options: &Options) -> Outcome {
    let display = paths
        .first()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let mut packages = Vec::new();
    let mut trace_names = Vec::new();
    if let Some(why) = paths.iter().find_map(|p| read_source(p).err()) {
        eprintln!("{why}");
        return Outcome { code: 1 };
    }
    let loaded = match lang::nesting::on_large_stack(|| modules::load(paths.to_vec())) {
        Ok(loaded) => loaded,
        Err(why) => {
            eprintln!("{why}");
            return Outcome { code: 1 };
        }
    };
    let mut loaded_embedded = 0;
    for package in loaded {
        let mut files = Vec::new();
        let paths = match package.files {
            modules::Files::Disk(paths) => paths,
            modules::Files::Embedded(embedded) => {
                for &(name, text) in embedded {
                    files.push((name.to_string(), text.to_string()));
                    trace_names.push(name.to_string());
                }
                loaded_embedded += embedded.len();
                packages.push((package.path, files));
                continue;
            }
        };
        for path in &paths {
            match read_source(path) {
                Ok(text) => files.push((path.display().to_string(), text)),
                Err(why) => {
                    eprintln!("{why}");
                    return Outcome { code: 1 };
                }
            }
            trace_names.push(
                std::fs::canonicalize(path)
                    .unwrap_or_else(|_| path.clone())
                    .display()
                    .to_string(),
            );
        }
        packages.push((package.path, files));
    }
    if trace_names.len() == loaded_embedded + 1 {
        // package main's one file, the last
        if let Some(name) = trace_names.last_mut() {
            *name = display.clone();
        }
    }
    let sources = Sources::of_packages(packages);
    let race_options = match options.race.then(race_options).transpose() {
        Ok(o) => o,
        Err(why) => {
            eprintln!("minigo: {why}");
            return Outcome { code: 2 };
        }
    };
    let prog = match compile_sources(&sources, trace_names) {
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

/// The text of the Go file `path`, or the error to print.
fn read_source(path: &Path) -> Result<String, String> {
    let display = path.display();
    match std::fs::read(path) {
        Ok(bytes) => {
            String::from_utf8(bytes).map_err(|_| format!("{display}: invalid UTF-8 encoding"))
        }
        Err(e) => {
            let why = if path.is_dir() {
                "is a directory".to_string()
            } else if e.kind() == std::io::ErrorKind::NotFound {
                "no such file or directory".to_string()
            } else {
                e.to_string()
            };
            Err(format!("minigo: open {display}: {why}"))
        }
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
