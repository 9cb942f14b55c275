//! `fmt.State`: the value a `fmt.Formatter`'s `Format(f State, verb rune)` receives, Go's
//! `*fmt.pp`. Here it is the struct `fmt.pp {impl uintptr}` with value-receiver methods (a
//! pointer type exists only where a program spells it); `impl` holds a native `StateObj`,
//! so copies of the struct share one state.
//!
//! Invariants: a State carries a copy of the verb's flags, width and precision, and a buffer
//! that `Write`/`WriteString` (and `Fprintf(f, …)`, see `write_to`) append to; the printer
//! appends that buffer, unpadded, where the operand goes once `Format` returns.

use super::verbs::Flags;
use crate::util;
use crate::{declare, native};
use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use vm::native::Panic;

pub struct StateObj {
    flags: Flags,
    pub buf: Mutex<Vec<u8>>,
}

impl NativeObject for StateObj {
    fn trace(&self, _: &mut Marker) {}
}

/// A new `fmt.pp` struct object with these flags.
pub fn new_state(flags: Flags) -> Word {
    let native = heap::alloc_native(Box::new(StateObj {
        flags,
        buf: Mutex::new(Vec::new()),
    }));
    let obj = heap::alloc_words(1);
    heap::store_word(obj, native);
    obj
}

/// The state behind a `fmt.pp` struct object.
pub fn state_of(obj: Word) -> Result<&'static StateObj, Panic> {
    if obj == 0 {
        return Err(util::nil_deref());
    }
    heap::native::<StateObj>(heap::load_word(obj)).ok_or_else(util::nil_deref)
}

/// Go's `(*pp).Flag`.
fn flag(f: &Flags, c: i64) -> bool {
    match u8::try_from(c) {
        Ok(b'-') => f.minus,
        Ok(b'+') => f.plus || f.plus_v,
        Ok(b'#') => f.sharp || f.sharp_v,
        Ok(b' ') => f.space,
        Ok(b'0') => f.zero,
        _ => false,
    }
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!("fmt", "type pp struct { impl uintptr }"),
        native!("fmt", "func (pp) Write([]byte) (int, error)", |_, r| {
            let b = util::byte_slice(r[1]);
            state_of(r[0])?.buf.lock().extend_from_slice(&b);
            (r[0], r[1]) = (b.len() as Word, 0);
            Ok(())
        }),
        native!(
            "fmt",
            "func (pp) WriteString(string) (int, error)",
            |_, r| {
                let s = util::str_arg(r[1]);
                state_of(r[0])?.buf.lock().extend_from_slice(s);
                (r[0], r[1]) = (s.len() as Word, 0);
                Ok(())
            }
        ),
        native!("fmt", "func (pp) Width() (int, bool)", |_, r| {
            let f = state_of(r[0])?.flags;
            (r[0], r[1]) = (f.wid as Word, f.wid_present as Word);
            Ok(())
        }),
        native!("fmt", "func (pp) Precision() (int, bool)", |_, r| {
            let f = state_of(r[0])?.flags;
            (r[0], r[1]) = (f.prec as Word, f.prec_present as Word);
            Ok(())
        }),
        native!("fmt", "func (pp) Flag(int) bool", |_, r| {
            r[0] = flag(&state_of(r[0])?.flags, r[1] as i64) as Word;
            Ok(())
        }),
    ]
}
