//! `minigo repl`: Go at the prompt. Declarations persist, statements run in the session's
//! main goroutine, goroutines keep running between inputs, and no failure ends the session.
//!
//! `chunk` reads input with Go's lexer (completeness, top-level items), `source` builds the
//! Go file an input compiles as, `session` holds the session and evaluates inputs,
//! `commands` the `:` commands, `load` the input `:load` makes of a file, `editor` the terminal prompt (rustyline). With standard input not a terminal, the session is read
//! from it without prompts (scripts, tests): each complete input is evaluated as soon as it
//! is read, and an unfinished input at the end is evaluated as it is (a syntax error).
//!
//! Invariant: an input is evaluated only once it is complete (`chunk::is_complete`).

pub mod chunk;
mod commands;
mod editor;
mod interrupt;
mod load;
mod session;
mod source;

pub use interrupt::request as interrupt;
pub use session::{Outcome, Session};

/// Runs a session: on a terminal with the line editor, else reading standard input as it
/// is; returns the exit status.
pub fn run(options: &crate::Options) -> i32 {
    let mut session = Session::start(crate::gomaxprocs(options));
    if options.race {
        match crate::race_options() {
            Ok(o) => session.enable_race(o),
            Err(e) => {
                eprintln!("{e}");
                return 2;
            }
        }
    }
    interrupt::install();
    // SAFETY: isatty only inspects the descriptors.
    if unsafe { libc::isatty(0) == 1 && libc::isatty(1) == 1 } {
        save_terminal();
        return finish(editor::run(&mut session));
    }
    finish(run_lines(&mut session, stdin_lines()))
}

/// Standard input's lines, each read under its own lock of Rust's shared stdin buffer: what
/// an input reads from `os.Stdin` (`fmt.Scan`, `bufio`) is taken from the same buffer, so the
/// lines after such an input are its data, as for a shell reading its script from stdin.
fn stdin_lines() -> impl Iterator<Item = String> {
    std::iter::from_fn(|| {
        let mut line = String::new();
        match std::io::stdin().read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => {
                if line.ends_with('\n') {
                    line.pop();
                    if line.ends_with('\r') {
                        line.pop();
                    }
                }
                Some(line)
            }
        }
    })
}

/// Evaluates a session given line by line, each input as soon as it is complete; returns
/// the exit status (0, also after `:quit`).
pub fn run_lines(session: &mut Session, lines: impl Iterator<Item = String>) -> i32 {
    let mut pending = String::new();
    for line in lines {
        if pending.is_empty() && line.trim_start().starts_with(':') {
            match commands::run(session, line.trim()) {
                commands::Next::Continue => continue,
                commands::Next::Quit => return 0,
            }
        }
        pending.push_str(&line);
        pending.push('\n');
        if chunk::is_complete(&pending) {
            session.eval(&pending);
            pending.clear();
        }
    }
    if !pending.trim().is_empty() {
        session.eval(&pending);
    }
    0
}

/// The terminal's settings before the line editor changed them.
static TERMINAL: std::sync::OnceLock<libc::termios> = std::sync::OnceLock::new();

fn save_terminal() {
    // SAFETY: tcgetattr writes the settings of descriptor 0 into the zeroed struct.
    unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        if libc::tcgetattr(0, &mut t) == 0 {
            let _ = TERMINAL.set(t);
        }
    }
}

/// Ends the process with `code` when the program ends the session (`os.Exit`), possibly
/// while the line editor has the terminal in raw mode: its settings are restored first.
pub(crate) fn leave(code: i32) {
    vm::output::divert(None);
    vm::output::flush_stdout();
    if let Some(t) = TERMINAL.get() {
        // SAFETY: restores settings read by tcgetattr on the same descriptor.
        unsafe { libc::tcsetattr(0, libc::TCSANOW, t) };
    }
    std::process::exit(runtime::race::exit_status(code))
}

/// The session's exit status: `code`, or `-race`'s (66, after `Found N data race(s)`) when
/// races were found.
fn finish(code: i32) -> i32 {
    vm::output::flush_stdout();
    runtime::race::exit_status(code)
}
