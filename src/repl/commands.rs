//! The prompt's `:` commands.

use super::session::Session;

/// What the prompt does after a command.
pub enum Next {
    Continue,
    Quit,
}

pub const HELP: &str =
    "Type Go statements, expressions and declarations; an expression's value is printed.
Standard packages need no import. Commands:
  :help           this text
  :type expr      the static type of expr
  :goroutines     the live goroutines, as Go's traceback shows them
  :load file.go   add the file's declarations to the session (its main is not run)
  :reset          forget every declaration and variable (running goroutines go on)
  :quit           leave (also Ctrl-D)
";

/// Runs the command `line` (starting with `:`).
pub fn run(session: &mut Session, line: &str) -> Next {
    let (cmd, arg) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
    let arg = arg.trim();
    match cmd {
        ":help" | ":h" => print!("{HELP}"),
        ":quit" | ":q" | ":exit" => return Next::Quit,
        ":type" | ":t" => {
            session.type_of(arg);
        }
        ":reset" => session.reset(),
        ":load" => match std::fs::read_to_string(arg) {
            Ok(text) => {
                session.load(&text);
            }
            Err(e) => eprintln!("minigo: open {arg}: {e}"),
        },
        ":goroutines" | ":g" => print!("{}", vm::interp::session::goroutines()),
        _ => eprintln!("unknown command {cmd} (:help lists them)"),
    }
    Next::Continue
}
