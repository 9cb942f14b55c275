//! Channel instructions on top of `runtime`'s hchan: translating its panics into Go's and
//! the `Select` instruction's case descriptors into runtime select cases.
//!
//! Invariant: blocking happens inside `runtime` (the goroutine parks on its coroutine); the
//! values in flight are held by the channel or the waiter, which the collector scans.

use crate::native::Panic;
use crate::program::Program;
use runtime::{GoPanic, SelectCase, Word};

fn go_panic(p: GoPanic) -> Panic {
    Panic::Plain(p.message().to_string())
}

pub fn send(prog: &Program, ch: Word, v: Word) -> Result<(), Panic> {
    let _ = prog;
    runtime::chan_send(ch, v).map_err(go_panic)
}

pub fn recv(prog: &Program, ch: Word) -> Result<(Word, bool), Panic> {
    let _ = prog;
    Ok(runtime::chan_recv(ch))
}

pub fn close(ch: Word) -> Result<(), Panic> {
    runtime::chan_close(ch).map_err(go_panic)
}

/// `cases` holds `(kind, chan, value)` triples (kind 0 = receive, 1 = send). Returns the
/// chosen index (`n` for default), the received value and ok.
pub fn select(cases: &[Word], has_default: bool) -> Result<(usize, Word, bool), Panic> {
    let n = cases.len() / 3;
    let rt_cases: Vec<SelectCase> = (0..n)
        .map(|i| {
            let (kind, ch, value) = (cases[3 * i], cases[3 * i + 1], cases[3 * i + 2]);
            if kind == 1 {
                SelectCase::Send { ch, value }
            } else {
                SelectCase::Recv { ch }
            }
        })
        .collect();
    let r = runtime::select(&rt_cases, has_default).map_err(go_panic)?;
    Ok((r.index.unwrap_or(n), r.value, r.ok))
}
