//! Package `log`: the standard logger (`Print*`, `Fatal*` — exit status 1 —, `Panic*`,
//! `SetFlags`, `Flags`, `SetPrefix`, `Prefix`, `SetOutput`, `Writer`, `Default`) and
//! `*log.Logger` (`New` and the same methods), with every flag of Go's: `Ldate`, `Ltime`,
//! `Lmicroseconds`, `Llongfile`, `Lshortfile`, `LUTC`, `Lmsgprefix`, `LstdFlags`.
//!
//! Invariants:
//! - A line is `prefix` (or, with `Lmsgprefix`, just before the message), the date
//!   `2009/11/10 `, the time `23:00:00` (`.123456` with `Lmicroseconds`) and a space, the
//!   caller's `file.go:LINE: `, then the message, with a newline added when it has none —
//!   one write per line, as Go's `Logger.Output`.
//! - The standard logger is one object per program (`util::permanent`) writing to standard
//!   error until `SetOutput`.

use crate::util;
use crate::{declare, native};
use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use std::sync::atomic::Ordering::{Acquire, Release};
use vm::native::{NativeCtx, NativeRegistry, Panic};

const LDATE: i64 = 1;
const LTIME: i64 = 2;
const LMICROSECONDS: i64 = 4;
const LLONGFILE: i64 = 8;
const LSHORTFILE: i64 = 16;
const LUTC: i64 = 32;
const LMSGPREFIX: i64 = 64;
const LSTD_FLAGS: i64 = LDATE | LTIME;

struct Settings {
    prefix: Vec<u8>,
    flags: i64,
    /// The `io.Writer` interface word; 0: standard error.
    out: Word,
}

struct LoggerState {
    settings: Mutex<Settings>,
}

impl NativeObject for LoggerState {
    fn trace(&self, marker: &mut Marker) {
        marker.mark(self.settings.lock().out);
    }
}

fn new_logger(out: Word, prefix: &[u8], flags: i64) -> Word {
    let obj = heap::alloc_words(1);
    let state = LoggerState {
        settings: Mutex::new(Settings {
            prefix: prefix.to_vec(),
            flags,
            out,
        }),
    };
    heap::words(obj)[0].store(heap::alloc_native(Box::new(state)), Release);
    obj
}

/// The standard logger (`*log.Logger`).
fn std_logger(ctx: &NativeCtx) -> Word {
    util::permanent(ctx.prog, "log.std", || new_logger(0, b"", LSTD_FLAGS))
}

/// Prints `msg` through the standard logger (net/http's server errors).
pub fn print_std(ctx: &mut NativeCtx, msg: &[u8]) -> Result<(), Panic> {
    let logger = std_logger(ctx);
    output(ctx, logger, msg)
}

fn state(logger: Word) -> Result<&'static LoggerState, Panic> {
    if logger == 0 {
        return Err(util::nil_deref());
    }
    heap::native::<LoggerState>(heap::words(logger)[0].load(Acquire)).ok_or_else(util::nil_deref)
}

/// Go's `Logger.formatHeader` followed by the message (and a newline).
fn line(ctx: &NativeCtx, s: &Settings, msg: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(msg.len() + 32);
    if s.flags & LMSGPREFIX == 0 {
        out.extend_from_slice(&s.prefix);
    }
    if s.flags & (LDATE | LTIME | LMICROSECONDS) != 0 {
        let ns = crate::time::now_ns();
        let zone = if s.flags & LUTC != 0 {
            crate::time::zone::ZoneAt {
                name: "UTC".into(),
                offset: 0,
                start: i64::MIN,
                end: i64::MAX,
                is_dst: false,
            }
        } else {
            crate::time::location::local_zone_at(ns)
        };
        if s.flags & LDATE != 0 {
            out.extend_from_slice(
                crate::time::format::format(ns, &zone, b"2006/01/02 ").as_bytes(),
            );
        }
        if s.flags & (LTIME | LMICROSECONDS) != 0 {
            let layout: &[u8] = if s.flags & LMICROSECONDS != 0 {
                b"15:04:05.000000 "
            } else {
                b"15:04:05 "
            };
            out.extend_from_slice(crate::time::format::format(ns, &zone, layout).as_bytes());
        }
    }
    if s.flags & (LSHORTFILE | LLONGFILE) != 0 {
        // The caller of the log function (the native's caller).
        let (file, line) = ctx
            .caller(0)
            .map_or(("???".to_string(), 0), |(_, file, line)| (file, line));
        let file = if s.flags & LSHORTFILE != 0 {
            file.rsplit('/').next().unwrap_or(&file).to_string()
        } else {
            std::path::absolute(&file).map_or(file, |p| p.to_string_lossy().into_owned())
        };
        out.extend_from_slice(format!("{file}:{line}: ").as_bytes());
    }
    if s.flags & LMSGPREFIX != 0 {
        out.extend_from_slice(&s.prefix);
    }
    out.extend_from_slice(msg);
    if !msg.ends_with(b"\n") {
        out.push(b'\n');
    }
    out
}

/// Writes `msg` as one log line of `logger`.
fn output(ctx: &mut NativeCtx, logger: Word, msg: &[u8]) -> Result<(), Panic> {
    let st = state(logger)?;
    let (text, out) = {
        let s = st.settings.lock();
        (line(ctx, &s, msg), s.out)
    };
    if out == 0 {
        vm::output::write_stderr_waiting(ctx, &text);
    } else {
        crate::fmt::write_to(ctx, out, &text)?;
    }
    Ok(())
}

/// How a log call formats its arguments and what it does after writing.
#[derive(Clone, Copy)]
enum Call {
    Print,
    Fatal,
    Panic,
}

/// `log.X(args…)` / `l.X(args…)`: `regs[first..]` are the arguments of the fmt function
/// `sprint` names (`Sprint`, `Sprintf`, `Sprintln`).
fn log_call(
    ctx: &mut NativeCtx,
    regs: &mut [Word],
    logger: Word,
    first: usize,
    sprint: &str,
    call: Call,
) -> Result<(), Panic> {
    let format = crate::Stdlib
        .lookup("fmt", sprint)
        .ok_or_else(|| Panic::Fatal(format!("log: fmt.{sprint} missing")))?;
    let mut window = regs[first..].to_vec();
    window.resize(window.len().max(1), 0);
    (format.imp)(ctx, &mut window)?;
    let msg = window[0];
    ctx.root(msg);
    output(ctx, logger, vm::value::str_bytes(msg))?;
    match call {
        Call::Print => Ok(()),
        Call::Fatal => Err(Panic::Exit(1)),
        Call::Panic => {
            let string = util::type_named(ctx.prog, "string").unwrap_or(0);
            Err(Panic::Value(vm::value::iface_new(string, msg)))
        }
    }
}

macro_rules! log_fns {
    ($($name:literal, $params:literal, $sprint:literal, $call:expr;)*) => {
        vec![
            $(
                native!("log", concat!("func ", $name, $params), |c, r| {
                    let std = std_logger(c);
                    log_call(c, r, std, 0, $sprint, $call)
                }),
                native!("log", concat!("func (*Logger) ", $name, $params), |c, r| {
                    log_call(c, r, r[0], 1, $sprint, $call)
                }),
            )*
        ]
    };
}

pub fn natives() -> Vec<crate::Entry> {
    let mut all = log_fns! {
        "Print", "(...any)", "Sprint", Call::Print;
        "Printf", "(string, ...any)", "Sprintf", Call::Print;
        "Println", "(...any)", "Sprintln", Call::Print;
        "Fatal", "(...any)", "Sprint", Call::Fatal;
        "Fatalf", "(string, ...any)", "Sprintf", Call::Fatal;
        "Fatalln", "(...any)", "Sprintln", Call::Fatal;
        "Panic", "(...any)", "Sprint", Call::Panic;
        "Panicf", "(string, ...any)", "Sprintf", Call::Panic;
        "Panicln", "(...any)", "Sprintln", Call::Panic;
    };
    all.extend(vec![
        declare!(
            "log",
            r#"
import io
const Ldate = 1
const Ltime = 2
const Lmicroseconds = 4
const Llongfile = 8
const Lshortfile = 16
const LUTC = 32
const Lmsgprefix = 64
const LstdFlags = 3
type Logger struct { impl uintptr }
"#
        ),
        native!("log", "func New(io.Writer, string, int) *Logger", |_, r| {
            r[0] = new_logger(r[0], util::str_arg(r[1]), r[2] as i64);
            Ok(())
        }),
        native!("log", "func Default() *Logger", |c, r| {
            r[0] = std_logger(c);
            Ok(())
        }),
        native!("log", "func SetFlags(int)", |c, r| {
            state(std_logger(c))?.settings.lock().flags = r[0] as i64;
            Ok(())
        }),
        native!("log", "func (*Logger) SetFlags(int)", |_, r| {
            state(r[0])?.settings.lock().flags = r[1] as i64;
            Ok(())
        }),
        native!("log", "func Flags() int", |c, r| {
            r[0] = state(std_logger(c))?.settings.lock().flags as Word;
            Ok(())
        }),
        native!("log", "func (*Logger) Flags() int", |_, r| {
            r[0] = state(r[0])?.settings.lock().flags as Word;
            Ok(())
        }),
        native!("log", "func SetPrefix(string)", |c, r| {
            state(std_logger(c))?.settings.lock().prefix = util::str_arg(r[0]).to_vec();
            Ok(())
        }),
        native!("log", "func (*Logger) SetPrefix(string)", |_, r| {
            state(r[0])?.settings.lock().prefix = util::str_arg(r[1]).to_vec();
            Ok(())
        }),
        native!("log", "func Prefix() string", |c, r| {
            r[0] = util::new_str(&state(std_logger(c))?.settings.lock().prefix);
            Ok(())
        }),
        native!("log", "func (*Logger) Prefix() string", |_, r| {
            r[0] = util::new_str(&state(r[0])?.settings.lock().prefix);
            Ok(())
        }),
        native!("log", "func SetOutput(io.Writer)", |c, r| {
            state(std_logger(c))?.settings.lock().out = r[0];
            Ok(())
        }),
        native!("log", "func (*Logger) SetOutput(io.Writer)", |_, r| {
            state(r[0])?.settings.lock().out = r[1];
            Ok(())
        }),
        native!("log", "func Writer() io.Writer", |c, r| {
            r[0] = writer(c, std_logger(c))?;
            Ok(())
        }),
        native!("log", "func (*Logger) Writer() io.Writer", |c, r| {
            r[0] = writer(c, r[0])?;
            Ok(())
        }),
        native!("log", "func Output(int, string) error", |c, r| {
            let std = std_logger(c);
            output(c, std, util::str_arg(r[1]))?;
            r[0] = 0;
            Ok(())
        }),
        native!("log", "func (*Logger) Output(int, string) error", |c, r| {
            output(c, r[0], util::str_arg(r[2]))?;
            r[0] = 0;
            Ok(())
        }),
    ]);
    all
}

/// `Writer()`: the logger's output (`os.Stderr` until `SetOutput`).
fn writer(ctx: &mut NativeCtx, logger: Word) -> Result<Word, Panic> {
    let out = state(logger)?.settings.lock().out;
    if out != 0 {
        return Ok(out);
    }
    let stderr = crate::Stdlib
        .lookup("os", "Stderr")
        .ok_or_else(|| Panic::Fatal("log: os.Stderr missing".into()))?;
    let mut w = [0 as Word; 1];
    (stderr.imp)(ctx, &mut w)?;
    let t = util::type_named(ctx.prog, "*os.File").unwrap_or(0);
    Ok(vm::value::iface_new(t, w[0]))
}
