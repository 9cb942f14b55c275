//! Race reports in Go's words (`WARNING: DATA RACE` blocks, `Found N data race(s)`), the
//! lock-order inversion warning, the `GORACE` options, and the exit status a program with
//! races ends with.
//!
//! Invariants:
//! - A race is reported once per pair of stacks, and not on memory overlapping an earlier
//!   report's (TSan's suppression of repeats); `count` counts the reports printed.
//! - Reports are printed when the race is detected, under one lock, so two never interleave.

use super::shadow::Access;
use super::{Hooks, StackId};
use parking_lot::Mutex;
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::ops::Range;
use std::sync::OnceLock;

/// The `GORACE` options minigo honours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Exit status of a program that found races and would otherwise exit 0 (default 66).
    pub exitcode: i32,
    /// Exit right after the first report.
    pub halt_on_error: bool,
    /// Write reports to `<log_path>.<pid>` instead of stderr (`stdout`/`stderr` name those).
    pub log_path: Option<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            exitcode: 66,
            halt_on_error: false,
            log_path: None,
        }
    }
}

impl Options {
    /// Parse a `GORACE` value: space-separated `name=value` pairs. Options Go has and minigo
    /// does not need (`history_size`, `atexit_sleep_ms`…) are accepted and ignored.
    pub fn from_gorace(text: &str) -> Result<Options, String> {
        let mut o = Options::default();
        for pair in text.split_whitespace() {
            let (name, value) = pair
                .split_once('=')
                .ok_or_else(|| format!("GORACE: expected name=value, got {pair:?}"))?;
            let number = || {
                value
                    .parse::<i32>()
                    .map_err(|_| format!("GORACE: {name} must be a number, got {value:?}"))
            };
            match name {
                "exitcode" => o.exitcode = number()?,
                "halt_on_error" => o.halt_on_error = number()? != 0,
                "log_path" => o.log_path = Some(value.to_string()),
                _ => {}
            }
        }
        Ok(o)
    }
}

struct GoroutineRecord {
    created_at: StackId,
    finished: bool,
}

struct State {
    options: Options,
    hooks: Option<Hooks>,
    goroutines: HashMap<u64, GoroutineRecord>,
    /// The memory each printed report was about.
    ranges: Vec<std::ops::Range<u64>>,
    /// The rendered stacks of each reported pair, in order.
    stack_pairs: HashSet<(String, String)>,
    count: usize,
}

static STATE: Mutex<Option<State>> = Mutex::new(None);
static HOOKS: OnceLock<Hooks> = OnceLock::new();

pub(super) fn configure(options: Options, hooks: Hooks) {
    let _ = HOOKS.set(hooks);
    *STATE.lock() = Some(State {
        options,
        hooks: Some(hooks),
        goroutines: HashMap::new(),
        ranges: Vec::new(),
        stack_pairs: HashSet::new(),
        count: 0,
    });
}

pub(super) fn goroutine_created(goid: u64, created_at: StackId) {
    if let Some(s) = STATE.lock().as_mut() {
        s.goroutines.insert(
            goid,
            GoroutineRecord {
                created_at,
                finished: false,
            },
        );
    }
}

pub(super) fn goroutine_finished(goid: u64) {
    if let Some(r) = STATE
        .lock()
        .as_mut()
        .and_then(|s| s.goroutines.get_mut(&goid))
    {
        r.finished = true;
    }
}

fn actor(goid: u64) -> String {
    if goid == 1 {
        "main goroutine".to_string()
    } else {
        format!("goroutine {goid}")
    }
}

fn kind(a: &Access) -> &'static str {
    if a.write {
        "write"
    } else {
        "read"
    }
}

/// The goroutine whose stack `stack` is (0 if unknown).
pub(super) fn stack_goroutine(stack: StackId) -> u64 {
    HOOKS.get().map_or(0, |h| (h.stack_goroutine)(stack))
}

fn render_stack(out: &mut String, hooks: &Hooks, stack: StackId) {
    out.push_str(&stack_text(hooks, stack));
}

fn stack_text(hooks: &Hooks, stack: StackId) -> String {
    let mut out = String::new();
    for frame in (hooks.render_stack)(stack) {
        out.push_str(&format!(
            "  {}\n      {}:{} +0x0\n",
            frame.function, frame.file, frame.line
        ));
    }
    out
}

/// Report the race between the current access `this` and the earlier `prev` on the memory
/// `span` (one word or byte, or a range access's part in one 8-byte granule, as TSan
/// reports ranges), which is `location` (else what [`Hooks::describe`] says).
pub(super) fn race(span: Range<u64>, this: Access, prev: Access, location: Option<String>) {
    let addr = span.start;
    let mut guard = STATE.lock();
    let Some(s) = guard.as_mut() else { return };
    let Some(hooks) = s.hooks else { return };
    let (this_stack, prev_stack) = (
        stack_text(&hooks, this.stack),
        stack_text(&hooks, prev.stack),
    );
    let pair = if this_stack <= prev_stack {
        (this_stack.clone(), prev_stack.clone())
    } else {
        (prev_stack.clone(), this_stack.clone())
    };
    let overlaps = |r: &Range<u64>| r.start < span.end && span.start < r.end;
    if s.ranges.iter().any(overlaps) || !s.stack_pairs.insert(pair) {
        return;
    }
    s.ranges.push(span);
    s.count += 1;
    let mut out = String::from("==================\nWARNING: DATA RACE\n");
    let verb = if this.write { "Write" } else { "Read" };
    out.push_str(&format!(
        "{verb} at {addr:#014x} by {}:\n",
        actor(this.goid)
    ));
    out.push_str(&this_stack);
    out.push_str(&format!(
        "\nPrevious {} at {addr:#014x} by {}:\n",
        kind(&prev),
        actor(prev.goid)
    ));
    out.push_str(&prev_stack);
    let mut shown = Vec::new();
    for goid in [this.goid, prev.goid] {
        if goid == 1 || shown.contains(&goid) {
            continue;
        }
        shown.push(goid);
        if let Some(r) = s.goroutines.get(&goid) {
            let status = if r.finished { "finished" } else { "running" };
            out.push_str(&format!("\nGoroutine {goid} ({status}) created at:\n"));
            render_stack(&mut out, &hooks, r.created_at);
        }
    }
    if let Some(location) = location.or_else(|| (hooks.describe)(addr)) {
        out.push_str(&format!("\nLocation is {location}\n"));
    }
    out.push_str("==================\n");
    emit(s, &hooks, out.as_bytes());
    if s.options.halt_on_error {
        (hooks.flush_stdout)();
        std::process::exit(s.options.exitcode);
    }
}

fn emit(s: &State, hooks: &Hooks, text: &[u8]) {
    match s.options.log_path.as_deref() {
        None | Some("stderr") => (hooks.write_stderr)(text),
        Some("stdout") => {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(text);
            let _ = out.flush();
        }
        Some(path) => {
            let name = format!("{path}.{}", std::process::id());
            let file = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&name);
            match file {
                Ok(mut f) => {
                    let _ = f.write_all(text);
                }
                Err(e) => (hooks.write_stderr)(
                    format!("minigo: cannot write the race log {name}: {e}\n").as_bytes(),
                ),
            }
        }
    }
}

/// One lock taken while another was held (see `lockorder`).
#[derive(Clone, Copy, Debug)]
pub(super) struct Acquisition {
    pub taken: u64,
    pub held: u64,
    pub goid: u64,
    pub held_stack: StackId,
    pub stack: StackId,
}

/// Report two acquisitions in opposite orders (`first` recorded earlier).
pub(super) fn lock_inversion(first: Acquisition, second: Acquisition) {
    let guard = STATE.lock();
    let Some(s) = guard.as_ref() else { return };
    let Some(hooks) = s.hooks else { return };
    let mut out =
        String::from("==================\nWARNING: LOCK ORDER INVERSION (potential deadlock)\n");
    for (i, a) in [first, second].iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&format!(
            "Mutex {:#014x} acquired here while holding mutex {:#014x} by {}:\n",
            a.taken,
            a.held,
            actor(a.goid)
        ));
        render_stack(&mut out, &hooks, a.stack);
        out.push_str(&format!(
            "\nMutex {:#014x} previously acquired here:\n",
            a.held
        ));
        render_stack(&mut out, &hooks, a.held_stack);
    }
    out.push_str("==================\n");
    emit(s, &hooks, out.as_bytes());
}

/// The exit status of a program that ends with `code`: with races found and `code` 0 (main
/// returned, or `os.Exit(0)`), print `Found N data race(s)` and return `exitcode`.
pub fn exit_status(code: i32) -> i32 {
    let guard = STATE.lock();
    let Some(s) = guard.as_ref() else { return code };
    let Some(hooks) = s.hooks else { return code };
    if code != 0 || s.count == 0 {
        return code;
    }
    emit(
        s,
        &hooks,
        format!("Found {} data race(s)\n", s.count).as_bytes(),
    );
    s.options.exitcode
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gorace_options_parse_as_go_reads_them() {
        let o = Options::from_gorace("exitcode=5 halt_on_error=1 log_path=/tmp/r history_size=3")
            .unwrap();
        assert_eq!(
            o,
            Options {
                exitcode: 5,
                halt_on_error: true,
                log_path: Some("/tmp/r".into())
            }
        );
        assert_eq!(Options::from_gorace("").unwrap(), Options::default());
        assert!(Options::from_gorace("exitcode").is_err());
        assert!(Options::from_gorace("exitcode=x").is_err());
    }
}
