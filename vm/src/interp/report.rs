//! How a dying goroutine is reported, in Go's words: the `panic:` lines (with ` [recovered]`
//! and nested panics), run-time error texts, and the `goroutine N [running]:` traceback;
//! and what `recover()` returns for run-time errors.
//!
//! Invariant: output goes to stderr after stdout is flushed; formatting a panic value may
//! call its `Error`/`String` method (Go code) on the dying goroutine.

use super::ops::{find_method, runtime_float, TYPE_ASSERTION_MARK};
use super::Goroutine;
use crate::native::Panic;
use crate::program::{Program, RKind};
use crate::value;
use runtime::Word;

/// The value `recover()` returns for a panic.
pub fn recovered_value(prog: &Program, p: &Panic) -> Word {
    match p {
        Panic::Value(v) => *v,
        Panic::Runtime(s) => {
            let t = if s.starts_with(TYPE_ASSERTION_MARK) {
                prog.rt.type_assertion_error
            } else if s.starts_with("index out of range") || s.starts_with("slice bounds") {
                prog.rt.bounds_error
            } else {
                prog.rt.runtime_error_string
            };
            value::iface_new(t, value::str_new(runtime_error_text(s).as_bytes()))
        }
        Panic::Plain(s) => value::iface_new(prog.rt.plain_error, value::str_new(s.as_bytes())),
        _ => 0,
    }
}

/// `runtime error: …`, or the bare text for type-assertion errors.
pub fn runtime_error_text(s: &str) -> String {
    match s.strip_prefix(TYPE_ASSERTION_MARK) {
        Some(rest) => rest.to_string(),
        None => format!("runtime error: {s}"),
    }
}

fn method_text(g: &mut Goroutine, t: u32, data: Word, name: &str) -> Option<String> {
    let prog = g.prog.clone();
    let id = prog.method_names.iter().position(|n| n == name)? as u32;
    let imp = find_method(&prog, t, id)?;
    let out = super::calls::call_method_reentrant(g, imp, t, &[data]).ok()?;
    Some(value::str_lossy(*out.first()?))
}

/// Go's `printpanicval`.
fn panic_value_text(g: &mut Goroutine, p: &Panic) -> String {
    match p {
        Panic::Runtime(s) => runtime_error_text(s),
        Panic::Plain(s) | Panic::Fatal(s) => s.clone(),
        Panic::Exit(_) | Panic::Goexit => String::new(),
        Panic::Value(v) => {
            let Some((t, data)) = value::iface_parts(*v) else {
                return "nil".into();
            };
            if let Some(s) = method_text(g, t, data, "Error") {
                return s;
            }
            if let Some(s) = method_text(g, t, data, "String") {
                return s;
            }
            let prog = g.prog.clone();
            let rt = &prog.types[t as usize];
            let plain = match rt.kind {
                RKind::Bool => Some((if data != 0 { "true" } else { "false" }).to_string()),
                RKind::Int | RKind::Int8 | RKind::Int16 | RKind::Int32 | RKind::Int64 => {
                    Some((data as i64).to_string())
                }
                RKind::Uint
                | RKind::Uint8
                | RKind::Uint16
                | RKind::Uint32
                | RKind::Uint64
                | RKind::Uintptr => Some(data.to_string()),
                RKind::Float32 | RKind::Float64 => Some(runtime_float(f64::from_bits(data))),
                RKind::String => Some(value::str_lossy(data)),
                _ => None,
            };
            match plain {
                Some(s) if rt.named => {
                    if rt.kind == RKind::String {
                        format!("{}({:?})", rt.name, s)
                    } else {
                        format!("{}({})", rt.name, s)
                    }
                }
                Some(s) => s,
                None => format!("({}) 0x{:x}", rt.name, data),
            }
        }
    }
}

/// Prints the panic chain and traceback of a goroutine that dies of an unrecovered panic.
pub fn print_unrecovered(g: &mut Goroutine) {
    super::calls::PANIC_EXITING.store(true, std::sync::atomic::Ordering::SeqCst);
    let panics = std::mem::take(&mut g.panics);
    let mut out = String::new();
    for (i, rec) in panics.iter().enumerate() {
        if i > 0 {
            out.push('\t');
        }
        out.push_str("panic: ");
        out.push_str(&panic_value_text(g, &rec.value));
        if rec.recovered {
            out.push_str(" [recovered]");
        }
        out.push('\n');
    }
    if let Some(Panic::Runtime(s)) = panics.last().map(|r| &r.value) {
        if s.contains("nil pointer dereference") {
            out.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
    }
    out.push_str(&format!("\ngoroutine {} [running]:\n", g.goid));
    out.push_str(&traceback(g));
    crate::output::write_stderr(out.as_bytes());
}

/// Prints a fatal error (`fatal error: …`) raised by this goroutine.
pub fn print_fatal(g: &Goroutine, msg: &str) {
    let mut out = String::new();
    if msg == "stack overflow" {
        // The goroutine's stack is its register stack: its top and bounds, as Go prints them.
        let (start, top) = (g.regs.as_ptr() as usize, g.regs_top());
        out.push_str("runtime: goroutine stack exceeds 1000000000-byte limit\n");
        out.push_str(&format!(
            "runtime: sp={:#x} stack=[{:#x}, {:#x}]\n",
            start + top * 8,
            start,
            start + g.regs.capacity() * 8
        ));
    }
    out.push_str(&format!("fatal error: {msg}\n"));
    if msg == "stack overflow" {
        out.push_str("\nruntime stack:\n");
    }
    out.push_str(&format!("\ngoroutine {} [running]:\n", g.goid));
    out.push_str(&traceback(g));
    crate::output::write_stderr(out.as_bytes());
}

fn frame_call_text(prog: &Program, func: u32) -> String {
    let f = &prog.funcs[func as usize];
    if f.nparams > 0 {
        format!("{}(...)", f.name)
    } else {
        format!("{}()", f.name)
    }
}

/// The traceback frames, innermost first, for a goroutine dump.
/// The frames a traceback shows (see [`live_trace`]): where the panic started, if the
/// goroutine is panicking, else where it stands.
pub fn frames(g: &Goroutine) -> Vec<runtime::Frame> {
    let prog = &g.prog;
    let trace = g.panic_trace.clone().unwrap_or_else(|| live_trace(g));
    trace
        .into_iter()
        // Line 0: a synthesized wrapper (promoted method, `*T` entry of a value method), which
        // Go's tracebacks do not show either.
        .filter(|&(_, line)| line != 0)
        .map(|(func, line)| {
            let (file, line) = prog.position(line);
            runtime::Frame {
                function: frame_call_text(prog, func),
                file,
                line,
            }
        })
        .collect()
}

/// (function, line) of the innermost live frames, as many as a traceback shows and one more
/// (which tells `GoroutineInfo::render` to elide the rest): a runaway recursion has millions.
pub fn live_trace(g: &Goroutine) -> Vec<(u32, u32)> {
    (0..g.frames.len())
        .rev()
        .take(runtime::TRACEBACK_MAX_FRAMES + 1)
        .map(|i| (g.frames[i].func, g.frame_line(i)))
        .collect()
}

fn traceback(g: &Goroutine) -> String {
    let info = runtime::GoroutineInfo {
        frames: frames(g),
        created_by: created_by(&g.prog, g.created_by),
    };
    info.render()
}

/// The `created by` frame of a goroutine started at `by` (none for main).
pub fn created_by(prog: &Program, by: Option<(super::CreatedBy, u32)>) -> Option<runtime::Frame> {
    by.map(|(by, line)| {
        let (file, line) = prog.position(line);
        runtime::Frame {
            function: match by {
                super::CreatedBy::Func(f) => prog.funcs[f as usize].name.clone(),
                super::CreatedBy::Runtime(name) => name.to_string(),
            },
            file,
            line,
        }
    })
}
