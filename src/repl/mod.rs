//! `minigo repl`: Go at the prompt. Declarations persist, statements run in the session's
//! main goroutine, goroutines keep running between inputs, and no failure ends the session.
//!
//! `chunk` reads input with Go's lexer (completeness, top-level items), `source` builds the
//! Go file an input compiles as, `session` holds the session and evaluates inputs,
//! `commands` the `:` commands, `editor` the terminal prompt (rustyline). With standard input not a terminal, the session is read
//! from it without prompts (scripts, tests): each complete input is evaluated as soon as it
//! is read, and an unfinished input at the end is evaluated as it is (a syntax error).
//!
//! Invariant: an input is evaluated only once it is complete (`chunk::is_complete`).

pub mod chunk;
mod commands;
mod editor;
mod interrupt;
mod session;
mod source;

pub use session::{Outcome, Session};

use std::io::BufRead;

/// Runs a session: on a terminal with the line editor, else reading standard input as it
/// is; returns the exit status.
pub fn run(options: &crate::Options) -> i32 {
    let mut session = Session::start(crate::gomaxprocs(options));
    interrupt::install();
    // SAFETY: isatty only inspects the descriptors.
    if unsafe { libc::isatty(0) == 1 && libc::isatty(1) == 1 } {
        return finish(editor::run(&mut session));
    }
    let stdin = std::io::stdin();
    let mut pending = String::new();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        if pending.is_empty() && line.trim_start().starts_with(':') {
            match commands::run(&mut session, line.trim()) {
                commands::Next::Continue => continue,
                commands::Next::Quit => return finish(0),
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
    finish(0)
}

fn finish(code: i32) -> i32 {
    vm::output::flush_stdout();
    code
}
