//! `fmt.Scan(a ...any)` and `fmt.Scanln` over standard input. As Go's (which reads
//! `os.Stdin` one byte at a time and loses the byte that ended a token), input is taken byte by
//! byte — nothing beyond the delimiter after the last operand is consumed, so later reads
//! (another `Scan`, a `bufio.Scanner`) see the rest. Each operand is one space-separated token
//! parsed by the `Sscan` rules (`scan::store`). Errors: `EOF` (`io.EOF`) when input ends
//! where an operand is due; `Scanln` also stops at a newline
//! (`unexpected newline`) and wants one after the last operand (`expected newline`).
//! Standard input is read through `crate::stdin`: when it has nothing yet, the bytes this call
//! took are given back and the native blocks, to re-run from the start when input came.

use super::scan::{finish, store, Input};
use crate::stdin::{Blocked, Txn};
use runtime::heap::Word;
use vm::native::{NativeCtx, Panic};
use vm::value;

/// A blank that separates tokens within a line (fmt's scanning treats newlines apart).
fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r')
}

/// Why a token could not be read.
enum Stop {
    Eof,
    Newline,
    Blocked,
}

impl From<Blocked> for Stop {
    fn from(_: Blocked) -> Stop {
        Stop::Blocked
    }
}

/// Reads one token: skips spaces (and newlines when `newlines`), then bytes up to a space,
/// newline or the end of input. Returns the token and the byte that ended it.
fn token(input: &mut Txn, newlines: bool) -> Result<(Vec<u8>, Option<u8>), Stop> {
    let first = loop {
        match input.next_byte()? {
            None => return Err(Stop::Eof),
            Some(b) if is_blank(b) || (newlines && b == b'\n') => continue,
            Some(b'\n') => return Err(Stop::Newline),
            Some(b) => break b,
        }
    };
    let mut tok = vec![first];
    loop {
        match input.next_byte()? {
            Some(b) if is_blank(b) || b == b'\n' => return Ok((tok, Some(b))),
            Some(b) => tok.push(b),
            None => return Ok((tok, None)),
        }
    }
}

/// `fmt.Scan(a ...any) (n int, err error)`.
pub fn scan(ctx: &mut NativeCtx, regs: &mut [Word]) -> Result<(), Panic> {
    match scan_input(ctx, regs, true) {
        Err(Blocked) => ctx.block(runtime::WaitReason::IoWait, scan, regs),
        Ok(()) => Ok(()),
    }
}

/// `fmt.Scanln(a ...any) (n int, err error)`.
pub fn scanln(ctx: &mut NativeCtx, regs: &mut [Word]) -> Result<(), Panic> {
    match scan_input(ctx, regs, false) {
        Err(Blocked) => ctx.block(runtime::WaitReason::IoWait, scanln, regs),
        Ok(()) => Ok(()),
    }
}

/// `Scan` (`newlines`: newlines count as space) and `Scanln`, or `Blocked` with nothing
/// consumed and `regs` untouched.
fn scan_input(ctx: &mut NativeCtx, regs: &mut [Word], newlines: bool) -> Result<(), Blocked> {
    let mut input = Txn::default();
    let args = value::slice_to_vec(regs[0], false);
    let mut last = Some(b'\n');
    for (n, a) in args.iter().enumerate() {
        let Some((t, ptr)) = value::iface_parts(*a) else {
            finish(ctx, regs, n, Some("can't scan type: <nil>".into()));
            return Ok(());
        };
        let (tok, end) = match token(&mut input, newlines) {
            Ok(t) => t,
            Err(Stop::Blocked) => return Err(Blocked),
            Err(Stop::Eof) => {
                finish(ctx, regs, n, Some("EOF".into()));
                return Ok(());
            }
            Err(Stop::Newline) => {
                finish(ctx, regs, n, Some("unexpected newline".into()));
                return Ok(());
            }
        };
        let mut inp = Input { s: &tok, i: 0 };
        if let Err(e) = store(ctx.prog, t, ptr, &mut inp, b'v') {
            finish(ctx, regs, n, Some(e));
            return Ok(());
        }
        last = end;
    }
    if !newlines && !args.is_empty() {
        let mut end = last;
        while let Some(b) = end.filter(|&b| b != b'\n') {
            if !is_blank(b) {
                finish(ctx, regs, args.len(), Some("expected newline".into()));
                return Ok(());
            }
            end = input.next_byte()?;
        }
    }
    finish(ctx, regs, args.len(), None);
    Ok(())
}
