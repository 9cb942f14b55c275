//! The prompt on a terminal: rustyline with Go-aware help — multi-line input while Go's
//! lexer says the input is unfinished (Enter then starts a continuation line with the
//! prompt `... `; the `Validator` has the same rule), the bracket matching the one at the
//! cursor highlighted, Tab completion of keywords, session
//! names, package names and package members (`strings.Repea` → `strings.Repeat`), history
//! kept in a file across sessions, and goroutine output printed above the line being edited.
//!
//! Invariants: output is diverted to the editor's external printer exactly while a line is
//! being read (`vm::output::divert`); an input runs with the terminal in its normal mode.
//! Continuation prompts are text in the edited buffer (rustyline draws a prompt on the first
//! line only): they are kept in the history, so a recalled input shows them, and removed
//! before evaluation (`strip_continuation`).

use super::chunk;
use super::commands::{self, Next};
use super::session::Session;
use lang::check::PackageSource;
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter, MatchingBracketHighlighter};
use rustyline::hint::Hinter;
use rustyline::history::{FileHistory, History};
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{
    Cmd, ConditionalEventHandler, Context, Editor, Event, EventContext, EventHandler,
    ExternalPrinter, Helper, KeyCode, KeyEvent, Modifiers, RepeatCount,
};
use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

const BUILTINS: &[&str] = &[
    "append",
    "cap",
    "clear",
    "close",
    "complex",
    "copy",
    "delete",
    "imag",
    "len",
    "make",
    "max",
    "min",
    "new",
    "panic",
    "print",
    "println",
    "real",
    "recover",
    "bool",
    "byte",
    "complex128",
    "complex64",
    "error",
    "float32",
    "float64",
    "int",
    "int16",
    "int32",
    "int64",
    "int8",
    "rune",
    "string",
    "uint",
    "uint16",
    "uint32",
    "uint64",
    "uint8",
    "uintptr",
    "any",
    "true",
    "false",
    "nil",
    "iota",
];

const COMMANDS: &[&str] = &[
    ":help",
    ":type ",
    ":goroutines",
    ":load ",
    ":reset",
    ":quit",
];

/// What starts each continuation line of a multi-line input.
pub const CONTINUATION: &str = "... ";

/// The input typed, without its continuation prompts.
pub fn strip_continuation(buffer: &str) -> String {
    let mut lines = buffer.split('\n');
    let mut out = lines.next().unwrap_or_default().to_string();
    for l in lines {
        out.push('\n');
        out.push_str(l.strip_prefix(CONTINUATION).unwrap_or(l));
    }
    out
}

/// Whether the edited buffer is an input to evaluate now.
fn ready(buffer: &str) -> bool {
    buffer.trim_start().starts_with(':') || chunk::is_complete(&strip_continuation(buffer))
}

/// Enter at the end of an unfinished input starts a continuation line.
struct ContinueLine;

impl ConditionalEventHandler for ContinueLine {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, ctx: &EventContext) -> Option<Cmd> {
        let line = ctx.line();
        (ctx.pos() == line.len() && !ready(line))
            .then(|| Cmd::Insert(1, format!("\n{CONTINUATION}")))
    }
}

/// The editor's helper: knows the session's names (refreshed before each line) and
/// highlights the bracket matching the one at the cursor.
struct GoHelper {
    names: Vec<String>,
    brackets: MatchingBracketHighlighter,
}

/// Completions of the word ending at `pos` in `line`: (start of the word, candidates); a tab
/// where there is no word.
pub fn complete(line: &str, pos: usize, names: &[String]) -> (usize, Vec<String>) {
    let before = &line[..pos];
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' || c == ':'))
        .map_or(0, |i| i + 1);
    let word = &before[start..];
    let mut out: Vec<String> = Vec::new();
    if word.starts_with(':') {
        out.extend(
            COMMANDS
                .iter()
                .filter(|c| c.starts_with(word))
                .map(|c| c.to_string()),
        );
    } else if let Some((pkg, member)) = word.split_once('.') {
        let path = stdlib::Stdlib
            .paths()
            .iter()
            .find(|p| p.rsplit('/').next() == Some(pkg));
        if let Some(path) = path {
            out.extend(
                stdlib::Stdlib
                    .members(path)
                    .into_iter()
                    .filter(|m| m.starts_with(member))
                    .map(|m| format!("{pkg}.{m}")),
            );
        }
    } else if word.is_empty() {
        // Nothing to complete: Tab indents.
        out.push("\t".to_string());
    } else {
        let packages = stdlib::Stdlib
            .paths()
            .iter()
            .map(|p| p.rsplit('/').next().unwrap_or(p));
        let candidates = KEYWORDS
            .iter()
            .chain(BUILTINS)
            .copied()
            .chain(packages)
            .map(str::to_string)
            .chain(names.iter().filter(|n| !n.contains('.')).cloned());
        out.extend(candidates.filter(|c| c.starts_with(word)));
    }
    out.sort();
    out.dedup();
    (start, out)
}

impl Completer for GoHelper {
    type Candidate = Pair;
    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (start, words) = complete(line, pos, &self.names);
        let pairs = words
            .into_iter()
            .map(|w| Pair {
                display: w.clone(),
                replacement: w,
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for GoHelper {
    type Hint = String;
}

impl Highlighter for GoHelper {
    fn highlight<'l>(&self, line: &'l str, pos: usize) -> Cow<'l, str> {
        self.brackets.highlight(line, pos)
    }
    fn highlight_char(&self, line: &str, pos: usize, kind: CmdKind) -> bool {
        self.brackets.highlight_char(line, pos, kind)
    }
}

impl Validator for GoHelper {
    fn validate(&self, ctx: &mut ValidationContext) -> rustyline::Result<ValidationResult> {
        if ready(ctx.input()) {
            Ok(ValidationResult::Valid(None))
        } else {
            Ok(ValidationResult::Incomplete)
        }
    }
}

impl Helper for GoHelper {}

/// The history file: `$MINIGO_HISTORY`, else `~/.minigo_history`.
fn history_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("MINIGO_HISTORY") {
        return Some(PathBuf::from(p));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".minigo_history"))
}

/// Runs the session on the terminal; returns the exit status.
pub fn run(session: &mut Session) -> i32 {
    let config = rustyline::Config::builder()
        .auto_add_history(false)
        .max_history_size(10_000)
        .map(|b| b.build())
        .unwrap_or_default();
    let mut editor: Editor<GoHelper, FileHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("minigo: cannot start the line editor: {e}");
            return 1;
        }
    };
    for key in [
        KeyEvent(KeyCode::Enter, Modifiers::NONE),
        KeyEvent(KeyCode::Char('J'), Modifiers::CTRL),
    ] {
        editor.bind_sequence(key, EventHandler::Conditional(Box::new(ContinueLine)));
    }
    let history = history_path();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    let printer = editor
        .create_external_printer()
        .ok()
        .map(|p| Arc::new(Mutex::new(p)));
    println!(
        "minigo {} — Go at the prompt. :help for help, Ctrl-D to leave.",
        env!("CARGO_PKG_VERSION")
    );
    loop {
        editor.set_helper(Some(GoHelper {
            names: session.names(),
            brackets: MatchingBracketHighlighter::new(),
        }));
        if let Some(p) = &printer {
            let p = p.clone();
            vm::output::divert(Some(Box::new(move |text| {
                if let Ok(mut p) = p.lock() {
                    let _ = p.print(text);
                }
            })));
        }
        let line = editor.readline("> ");
        vm::output::divert(None);
        match line {
            Ok(line) => {
                if line.trim().is_empty() {
                    continue;
                }
                let _ = editor.history_mut().add(&line);
                if let Some(path) = &history {
                    let _ = editor.append_history(path);
                }
                if line.trim_start().starts_with(':') {
                    if let Next::Quit = commands::run(session, line.trim()) {
                        return 0;
                    }
                } else {
                    session.eval(&format!("{}\n", strip_continuation(&line)));
                }
            }
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => return 0,
            Err(e) => {
                eprintln!("minigo: {e}");
                return 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::complete;

    #[test]
    fn continuation_prompts_are_not_part_of_the_input() {
        use super::strip_continuation;
        assert_eq!(
            strip_continuation("for {\n... x++\n... }"),
            "for {\nx++\n}".to_string()
        );
        assert_eq!(strip_continuation("x"), "x".to_string());
    }

    #[test]
    fn completes_members_keywords_and_names() {
        let (start, c) = complete("x := strings.Repea", 18, &[]);
        assert_eq!((start, c), (5, vec!["strings.Repeat".to_string()]));
        let (_, c) = complete("fo", 2, &["foo".into()]);
        assert_eq!(c, vec!["foo".to_string(), "for".to_string()]);
        assert_eq!(complete("\t", 1, &[]).1, vec!["\t".to_string()]);
        let (_, c) = complete(":go", 3, &[]);
        assert_eq!(c, vec![":goroutines".to_string()]);
        let (_, c) = complete("atomic.AddI", 11, &[]);
        assert!(c.contains(&"atomic.AddInt64".to_string()));
    }
}
