//! Package `flag`: the command-line flag set of Go's `flag.CommandLine` — `String`, `Int`,
//! `Int64`, `Uint`, `Uint64`, `Bool`, `Float64`, `Duration` and their `…Var` forms, `Parse`,
//! `Parsed`, `Args`, `NArg`, `Arg`, `NFlag`, `Set`, `PrintDefaults` — with Go's parsing
//! rules (`-f`, `--f`, `-f=v`, `-f v` for non-booleans, `--` and the first non-flag end the
//! flags, `-h`/`-help` print the usage and exit 0) and Go's texts (`flag provided but not
//! defined: -x`, `invalid value "a" for flag -n: parse error`, the `Usage of PROG:` listing
//! that `PrintDefaults` writes, exit 2 on an error).
//!
//! Invariants: one flag set per program (a permanent native object, so the collector keeps
//! every flag's variable alive through it); a flag's variable is the Go variable the program
//! holds the pointer to (`flag.Int`'s new cell, or `IntVar`'s `&x`), written only by
//! `Parse`/`Set` and when the flag is defined (its default); booleans are byte cells, every
//! other kind a word.

use crate::strconv::{ftoa, parse};
use crate::{native, util};
use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use vm::native::{NativeCtx, Panic};

/// What a flag holds, which decides how its text is parsed and printed.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Bool,
    Int,
    Int64,
    Uint,
    Uint64,
    Float64,
    Str,
    Duration,
}

impl Kind {
    /// The value's name in `PrintDefaults` when the usage has no back-quoted name.
    fn value_name(self) -> &'static str {
        match self {
            Kind::Bool => "",
            Kind::Int | Kind::Int64 => "int",
            Kind::Uint | Kind::Uint64 => "uint",
            Kind::Float64 => "float",
            Kind::Str => "string",
            Kind::Duration => "duration",
        }
    }

    /// The text of the zero value (`isZeroValue`: defaults equal to it are not printed).
    fn zero_text(self) -> &'static str {
        match self {
            Kind::Bool => "false",
            Kind::Str => "",
            Kind::Duration => "0s",
            _ => "0",
        }
    }
}

/// One defined flag.
struct Flag {
    name: String,
    usage: String,
    default_text: String,
    kind: Kind,
    cell: Word,
}

/// The command-line flag set.
#[derive(Default)]
struct FlagSet {
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    flags: Vec<Flag>,
    /// Names set by `Parse` or `Set`, in order, each once.
    set: Vec<String>,
    /// The arguments after the flags; `None` before `Parse`.
    args: Option<Vec<Vec<u8>>>,
}

impl NativeObject for FlagSet {
    fn trace(&self, marker: &mut Marker) {
        for f in &self.state.lock().flags {
            marker.mark(f.cell);
        }
    }
}

fn flag_set(c: &NativeCtx) -> &'static FlagSet {
    let w = util::permanent(c.prog, "flag.CommandLine", || {
        heap::alloc_native(Box::new(FlagSet::default()))
    });
    heap::native::<FlagSet>(w).expect("the flag set is a FlagSet")
}

/// The text of a value word of kind `k` (Go's `Value.String()`).
fn value_text(k: Kind, w: Word) -> String {
    match k {
        Kind::Bool => (w & 0xff != 0).to_string(),
        Kind::Int | Kind::Int64 => (w as i64).to_string(),
        Kind::Uint | Kind::Uint64 => w.to_string(),
        Kind::Float64 => ftoa::format_float(f64::from_bits(w), b'g', -1, 64),
        Kind::Str => String::from_utf8_lossy(util::str_arg(w)).into_owned(),
        Kind::Duration => crate::time::duration_string(w as i64),
    }
}

/// Go's `Value.Set`: the word for `text`, or the error after `invalid value "…" for flag -n: `.
fn parse_value(k: Kind, text: &[u8]) -> Result<Word, &'static str> {
    let num = |e: parse::NumErr| match e {
        parse::NumErr::Syntax => "parse error",
        parse::NumErr::Range => "value out of range",
    };
    Ok(match k {
        Kind::Bool => parse::parse_bool(text).ok_or("parse error")? as Word,
        Kind::Int | Kind::Int64 => parse::parse_int(text, 0, 64).map_err(|(e, _)| num(e))? as Word,
        Kind::Uint | Kind::Uint64 => parse::parse_uint(text, 0, 64).map_err(|(e, _)| num(e))?,
        Kind::Float64 => parse::parse_float(text, 64)
            .map_err(|(e, _)| num(e))?
            .to_bits(),
        Kind::Str => util::new_str(text),
        Kind::Duration => crate::time::parse_duration(text).map_err(|_| "parse error")? as Word,
    })
}

fn store(k: Kind, cell: Word, w: Word) {
    if k == Kind::Bool {
        heap::store_u8(cell, w as u8);
    } else {
        heap::store_word(cell, w);
    }
}

/// Go's `UnquoteUsage`: the back-quoted name in the usage (removing the quotes), else the
/// kind's value name.
fn unquote_usage(f: &Flag) -> (String, String) {
    let u = &f.usage;
    if let Some(i) = u.find('`') {
        if let Some(j) = u[i + 1..].find('`') {
            let name = &u[i + 1..i + 1 + j];
            return (
                name.to_string(),
                format!("{}{}{}", &u[..i], name, &u[i + 2 + j..]),
            );
        }
    }
    (f.kind.value_name().to_string(), u.clone())
}

/// `PrintDefaults`' text: every flag, sorted by name.
fn defaults_text(state: &State) -> String {
    let mut flags: Vec<&Flag> = state.flags.iter().collect();
    flags.sort_by(|a, b| a.name.cmp(&b.name));
    let mut out = String::new();
    for f in flags {
        let mut s = format!("  -{}", f.name);
        let (name, usage) = unquote_usage(f);
        if !name.is_empty() {
            s += " ";
            s += &name;
        }
        s += if s.len() <= 4 { "\t" } else { "\n    \t" };
        s += &usage.replace('\n', "\n    \t");
        if f.default_text != f.kind.zero_text() {
            if f.kind == Kind::Str {
                s += &format!(" (default {})", go_quote(&f.default_text));
            } else {
                s += &format!(" (default {})", f.default_text);
            }
        }
        out += &s;
        out.push('\n');
    }
    out
}

/// `%q` of `s`.
fn go_quote(s: &str) -> String {
    String::from_utf8_lossy(&crate::strconv::quote::quote(s.as_bytes())).into_owned()
}

fn usage_text(state: &State) -> String {
    format!("Usage of {}:\n{}", program_name(), defaults_text(state))
}

fn program_name() -> String {
    crate::os::args().first().cloned().unwrap_or_default()
}

/// Defines flag `name` of kind `k` over `cell`, storing the default `value` there.
fn define(
    c: &NativeCtx,
    k: Kind,
    cell: Word,
    name: Word,
    value: Word,
    usage: Word,
) -> Result<(), Panic> {
    if cell == 0 {
        return Err(util::nil_deref());
    }
    let name = String::from_utf8_lossy(util::str_arg(name)).into_owned();
    let mut state = flag_set(c).state.lock();
    if state.flags.iter().any(|f| f.name == name) {
        let msg = format!("{} flag redefined: {}", program_name(), name);
        vm::output::write_stderr(format!("{msg}\n").as_bytes());
        let string = util::type_named(c.prog, "string").unwrap_or(0);
        return Err(Panic::Value(vm::value::iface_new(
            string,
            util::new_str(msg.as_bytes()),
        )));
    }
    store(k, cell, value);
    state.flags.push(Flag {
        name,
        usage: String::from_utf8_lossy(util::str_arg(usage)).into_owned(),
        default_text: value_text(k, value),
        kind: k,
        cell,
    });
    Ok(())
}

/// `flag.Int(name, value, usage) *int` and its kin: a new variable holding the default.
fn new_flag(c: &mut NativeCtx, r: &mut [Word], k: Kind) -> Result<(), Panic> {
    let cell = heap::alloc_words(1);
    define(c, k, cell, r[0], r[1], r[2])?;
    r[0] = cell;
    Ok(())
}

/// `flag.IntVar(p, name, value, usage)` and its kin.
fn var_flag(c: &mut NativeCtx, r: &mut [Word], k: Kind) -> Result<(), Panic> {
    define(c, k, r[0], r[1], r[2], r[3])
}

/// Why parsing stopped early.
enum Stop {
    Help,
    Error(String),
}

/// Go's `FlagSet.parseOne` over every argument: sets the flags and returns the arguments
/// after them.
fn parse_args(state: &mut State, mut args: &[String]) -> Result<Vec<Vec<u8>>, Stop> {
    while let Some(s) = args.first() {
        let b = s.as_bytes();
        if b.len() < 2 || b[0] != b'-' {
            break;
        }
        let mut minuses = 1;
        if b[1] == b'-' {
            minuses = 2;
            if b.len() == 2 {
                args = &args[1..];
                break;
            }
        }
        let mut name = &s[minuses..];
        if name.is_empty() || name.starts_with('-') || name.starts_with('=') {
            return Err(Stop::Error(format!("bad flag syntax: {s}")));
        }
        args = &args[1..];
        let mut value = None;
        if let Some(i) = name[1..].find('=') {
            value = Some(name[i + 2..].to_string());
            name = &name[..i + 1];
        }
        let Some(f) = state.flags.iter().find(|f| f.name == name) else {
            if name == "help" || name == "h" {
                return Err(Stop::Help);
            }
            return Err(Stop::Error(format!(
                "flag provided but not defined: -{name}"
            )));
        };
        let text = match (value, f.kind) {
            (Some(v), _) => v,
            (None, Kind::Bool) => "true".to_string(),
            (None, _) => match args.first() {
                Some(v) => {
                    args = &args[1..];
                    v.clone()
                }
                None => return Err(Stop::Error(format!("flag needs an argument: -{name}"))),
            },
        };
        let w = parse_value(f.kind, text.as_bytes()).map_err(|e| {
            let quoted = go_quote(&text);
            if f.kind == Kind::Bool {
                Stop::Error(format!("invalid boolean value {quoted} for -{name}: {e}"))
            } else {
                Stop::Error(format!("invalid value {quoted} for flag -{name}: {e}"))
            }
        })?;
        store(f.kind, f.cell, w);
        let name = name.to_string();
        if !state.set.contains(&name) {
            state.set.push(name);
        }
    }
    Ok(args.iter().map(|a| a.as_bytes().to_vec()).collect())
}

/// `flag.Parse()`: on an error, the error and the usage to stderr and exit 2 (`-h`: exit 0).
fn parse_command_line(c: &mut NativeCtx, _: &mut [Word]) -> Result<(), Panic> {
    let args = crate::os::args();
    let mut state = flag_set(c).state.lock();
    let rest = parse_args(&mut state, args.get(1..).unwrap_or_default());
    match rest {
        Ok(rest) => {
            state.args = Some(rest);
            Ok(())
        }
        Err(stop) => {
            let (msg, code) = match stop {
                Stop::Help => (String::new(), 0),
                Stop::Error(e) => (e + "\n", 2),
            };
            vm::output::write_stderr(format!("{msg}{}", usage_text(&state)).as_bytes());
            Err(Panic::Exit(code))
        }
    }
}

fn remaining(c: &NativeCtx) -> Vec<Vec<u8>> {
    flag_set(c).state.lock().args.clone().unwrap_or_default()
}

pub fn natives() -> Vec<crate::Entry> {
    macro_rules! kinds {
        ($($new:literal, $var:literal, $k:expr;)*) => {
            vec![$(
                native!("flag", $new, |c, r| new_flag(c, r, $k)),
                native!("flag", $var, |c, r| var_flag(c, r, $k)),
            )*]
        };
    }
    let mut all = kinds![
        "func Bool(string, bool, string) *bool", "func BoolVar(*bool, string, bool, string)", Kind::Bool;
        "func Int(string, int, string) *int", "func IntVar(*int, string, int, string)", Kind::Int;
        "func Int64(string, int64, string) *int64", "func Int64Var(*int64, string, int64, string)", Kind::Int64;
        "func Uint(string, uint, string) *uint", "func UintVar(*uint, string, uint, string)", Kind::Uint;
        "func Uint64(string, uint64, string) *uint64", "func Uint64Var(*uint64, string, uint64, string)", Kind::Uint64;
        "func Float64(string, float64, string) *float64", "func Float64Var(*float64, string, float64, string)", Kind::Float64;
        "func String(string, string, string) *string", "func StringVar(*string, string, string, string)", Kind::Str;
        "func Duration(string, time.Duration, string) *time.Duration", "func DurationVar(*time.Duration, string, time.Duration, string)", Kind::Duration;
    ];
    all.extend([
        crate::declare!("flag", "import time"),
        native!("flag", "func Parse()", parse_command_line),
        native!("flag", "func Parsed() bool", |c, r| {
            r[0] = flag_set(c).state.lock().args.is_some() as Word;
            Ok(())
        }),
        native!("flag", "func Args() []string", |c, r| {
            r[0] = util::new_str_slice(&remaining(c));
            Ok(())
        }),
        native!("flag", "func NArg() int", |c, r| {
            r[0] = remaining(c).len() as Word;
            Ok(())
        }),
        native!("flag", "func Arg(int) string", |c, r| {
            let rest = remaining(c);
            let i = r[0] as i64;
            let arg = usize::try_from(i).ok().and_then(|i| rest.get(i));
            r[0] = util::new_str(arg.map_or(&b""[..], |a| a));
            Ok(())
        }),
        native!("flag", "func NFlag() int", |c, r| {
            r[0] = flag_set(c).state.lock().set.len() as Word;
            Ok(())
        }),
        native!("flag", "func Set(string, string) error", |c, r| {
            let name = String::from_utf8_lossy(util::str_arg(r[0])).into_owned();
            let mut state = flag_set(c).state.lock();
            let Some(f) = state.flags.iter().find(|f| f.name == name) else {
                r[0] = util::new_error(c.prog, format!("no such flag -{name}").as_bytes());
                return Ok(());
            };
            match parse_value(f.kind, util::str_arg(r[1])) {
                Ok(w) => {
                    store(f.kind, f.cell, w);
                    if !state.set.contains(&name) {
                        state.set.push(name);
                    }
                    r[0] = 0;
                }
                Err(e) => r[0] = util::new_error(c.prog, e.as_bytes()),
            }
            Ok(())
        }),
        native!("flag", "func PrintDefaults()", |c, _| {
            vm::output::write_stderr(defaults_text(&flag_set(c).state.lock()).as_bytes());
            Ok(())
        }),
    ]);
    all
}
