//! Package `fmt` (Go 1.19 semantics):
//! - `func Print(a ...any) (n int, err error)`, `Println`, `Printf(format string, a ...any)`
//! - `func Sprint(a ...any) string`, `Sprintln`, `Sprintf(format string, a ...any) string`
//! - `func Fprint(w io.Writer, a ...any) (n int, err error)`, `Fprintln`, `Fprintf`
//! - `func Errorf(format string, a ...any) error` (`%w` → `*fmt.wrapError`, else
//!   `*errors.errorString`)
//!
//! - `func Sscan(str string, a ...any) (n int, err error)`, `Sscanln`, `Sscanf` (see `scan`)
//!
//! Writers: `*os.File` (os.Stdout / os.Stderr), `*strings.Builder`, `*bytes.Buffer` are
//! written directly; any other `io.Writer` gets its `Write([]byte)` method called.
//! Submodules: `verbs` (format.go), `printer` (print.go, generic), `print_value` (VM values),
//! `state` (`fmt.State` for user `Format` methods).

pub mod print_value;
pub mod printer;
pub mod scan;
pub mod scan_stdin;
pub mod state;
pub mod verbs;

use crate::util;
use crate::{declare, native};
use print_value::{GoVal, VmHost};
use printer::Printer;
use runtime::heap::Word;
use vm::native::{NativeCtx, Panic};
use vm::value;

pub fn natives() -> Vec<crate::Entry> {
    let mut v = state::natives();
    v.push(declare!(
        "fmt",
        r#"
import io
type Stringer interface { String() string }
type GoStringer interface { GoString() string }
type State interface { Write([]byte) (int, error); Width() (int, bool); Precision() (int, bool); Flag(int) bool }
type Formatter interface { Format(State, rune) }
"#
    ));
    v.extend([
        native!("fmt", "func Print(...any) (int, error)", |c, r| out(
            c,
            r,
            0,
            Mode::Print
        )),
        native!("fmt", "func Println(...any) (int, error)", |c, r| out(
            c,
            r,
            0,
            Mode::Println
        )),
        native!("fmt", "func Printf(string, ...any) (int, error)", |c, r| {
            out(c, r, 0, Mode::Printf)
        }),
        native!(
            "fmt",
            "func Fprint(io.Writer, ...any) (int, error)",
            |c, r| out(c, r, 1, Mode::Print)
        ),
        native!(
            "fmt",
            "func Fprintln(io.Writer, ...any) (int, error)",
            |c, r| out(c, r, 1, Mode::Println)
        ),
        native!(
            "fmt",
            "func Fprintf(io.Writer, string, ...any) (int, error)",
            |c, r| out(c, r, 1, Mode::Printf)
        ),
        native!("fmt", "func Sprint(...any) string", |c, r| sprint(
            c,
            r,
            Mode::Print
        )),
        native!("fmt", "func Sprintln(...any) string", |c, r| sprint(
            c,
            r,
            Mode::Println
        )),
        native!("fmt", "func Sprintf(string, ...any) string", |c, r| sprint(
            c,
            r,
            Mode::Printf
        )),
        native!("fmt", "func Append([]byte, ...any) []byte", |c, r| {
            append(c, r, Mode::Print)
        }),
        native!("fmt", "func Appendln([]byte, ...any) []byte", |c, r| {
            append(c, r, Mode::Println)
        }),
        native!(
            "fmt",
            "func Appendf([]byte, string, ...any) []byte",
            |c, r| { append(c, r, Mode::Printf) }
        ),
        native!("fmt", "func Errorf(string, ...any) error", errorf),
        native!("fmt", "func Sscan(string, ...any) (int, error)", |c, r| {
            scan::sscan(c, r, true)
        }),
        native!(
            "fmt",
            "func Sscanln(string, ...any) (int, error)",
            |c, r| scan::sscan(c, r, false)
        ),
        native!(
            "fmt",
            "func Sscanf(string, string, ...any) (int, error)",
            scan::sscanf
        ),
        native!("fmt", "func Scan(...any) (int, error)", scan_stdin::scan),
        native!(
            "fmt",
            "func Scanln(...any) (int, error)",
            scan_stdin::scanln
        ),
    ]);
    v
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Print,
    Println,
    Printf,
}

/// Formats per `mode`; `regs[first]` is the format (Printf) or the args slice.
/// Returns the text and, for Errorf, the `%w` operand.
fn format(
    ctx: &mut NativeCtx,
    regs: &[Word],
    first: usize,
    mode: Mode,
    wrap: bool,
) -> Result<(Vec<u8>, Option<Word>), Panic> {
    let (fmt_word, args_word) = if mode == Mode::Printf {
        (regs[first], regs[first + 1])
    } else {
        (0, regs[first])
    };
    let args: Vec<Option<GoVal>> = value::slice_to_vec(args_word, false)
        .into_iter()
        .map(|w| Some(GoVal::from_iface(w)))
        .collect();
    let arg_words = value::slice_to_vec(args_word, false);
    let mut host = VmHost { ctx };
    let mut p = Printer::new(&mut host);
    p.wrap_errs = wrap;
    match mode {
        Mode::Print => p.do_print(&args)?,
        Mode::Println => p.do_println(&args)?,
        Mode::Printf => p.do_printf(value::str_bytes(fmt_word), &args)?,
    }
    // Map the wrapped operand back to its interface word.
    let wrapped = p.wrapped.and_then(|g| {
        arg_words
            .iter()
            .copied()
            .find(|&w| matches!(value::iface_parts(w), Some((t, d)) if t == g.t && d == g.w))
    });
    Ok((std::mem::take(&mut p.fmt.buf), wrapped))
}

fn sprint(ctx: &mut NativeCtx, regs: &mut [Word], mode: Mode) -> Result<(), Panic> {
    let (text, _) = format(ctx, regs, 0, mode, false)?;
    regs[0] = util::new_str(&text);
    Ok(())
}

/// `fmt.Append*(b, …)`: the formatted text appended to `b`, as Go's `append`.
fn append(ctx: &mut NativeCtx, regs: &mut [Word], mode: Mode) -> Result<(), Panic> {
    let (text, _) = format(ctx, regs, 1, mode, false)?;
    regs[0] = util::append_bytes(regs[0], &text);
    Ok(())
}

fn errorf(ctx: &mut NativeCtx, regs: &mut [Word]) -> Result<(), Panic> {
    let (text, wrapped) = format(ctx, regs, 0, Mode::Printf, true)?;
    regs[0] = match wrapped {
        Some(e) => util::new_wrap_error(ctx.prog, &text, e),
        None => util::new_error(ctx.prog, &text),
    };
    Ok(())
}

fn out(ctx: &mut NativeCtx, regs: &mut [Word], first: usize, mode: Mode) -> Result<(), Panic> {
    let (text, _) = format(ctx, regs, first, mode, false)?;
    let n = text.len() as Word;
    let err = if first == 0 {
        vm::output::write_stdout(ctx, &text);
        0
    } else {
        write_to(ctx, regs[0], &text)?
    };
    regs[0] = n;
    regs[1] = err;
    Ok(())
}

/// `fmt.Sprint(v)` of one interface value (net/http's panic log).
pub fn sprint_value(ctx: &mut NativeCtx, v: Word) -> Result<Vec<u8>, Panic> {
    let args = util::new_word_slice(&[v]);
    ctx.root(args);
    Ok(format(ctx, &[args], 0, Mode::Print, false)?.0)
}

/// Writes `text` to the `io.Writer` interface `w`; returns the error word.
pub fn write_to(ctx: &mut NativeCtx, w: Word, text: &[u8]) -> Result<Word, Panic> {
    Ok(write_counted(ctx, w, text)?.1)
}

/// [`write_to`] with the count the writer reported (`Write`'s `n`; all of `text` for the
/// writers written directly).
pub fn write_counted(ctx: &mut NativeCtx, w: Word, text: &[u8]) -> Result<(i64, Word), Panic> {
    let Some((t, data)) = value::iface_parts(w) else {
        return Err(util::nil_deref());
    };
    let name = ctx.prog.types[t as usize].name.as_str();
    let err = match name {
        "*os.File" => crate::os::file::write_bytes(ctx, data, text)?,
        "fmt.pp" => {
            state::state_of(data)?.buf.lock().extend_from_slice(text);
            0
        }
        "*strings.Builder" | "*bytes.Buffer" => {
            util::byte_buf(data)?.buf.lock().extend_from_slice(text);
            0
        }
        _ => {
            let bs = util::new_byte_slice(text);
            ctx.root(bs);
            let r = util::call_iface_method(ctx, w, "Write", &[bs])?;
            let n = r.first().copied().unwrap_or(0) as i64;
            return Ok((n, r.get(1).copied().unwrap_or(0)));
        }
    };
    Ok((if err == 0 { text.len() as i64 } else { 0 }, err))
}
