//! Helpers shared by the packages: reading/writing Go strings and slices, building error
//! values, calling methods of dynamic types, and per-object native state for stdlib struct
//! types (`strings.Builder`, `bytes.Buffer`).

use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use std::sync::atomic::Ordering;
use vm::native::{NativeCtx, Panic};
use vm::program::{MethodImpl, Program, RKind, RMethod};
use vm::value;

pub fn str_arg(w: Word) -> &'static [u8] {
    value::str_bytes(w)
}

pub fn new_str(b: &[u8]) -> Word {
    value::str_new(b)
}

pub fn bool_word(b: bool) -> Word {
    b as Word
}

/// The bytes of a `[]byte` slice (copied).
pub fn byte_slice(s: Word) -> Vec<u8> {
    byte_prefix(s, usize::MAX)
}

/// The first `n` bytes of a `[]byte` slice (all of them when it is shorter), copied.
pub fn byte_prefix(s: Word, n: usize) -> Vec<u8> {
    let (arr, off, len, _) = value::slice_parts(s);
    if arr == 0 || len == 0 {
        return Vec::new();
    }
    let cells = heap::bytes(arr);
    cells[off..(off + len.min(n)).min(cells.len())]
        .iter()
        .map(|c| c.load(Ordering::Acquire))
        .collect()
}

/// A new `[]byte` holding `b` (nil when `nil_if_empty` and empty).
pub fn new_byte_slice(b: &[u8]) -> Word {
    let arr = heap::alloc_bytes_from(b);
    value::slice_new(arr, 0, b.len(), b.len())
}

/// `append(s, text...)` for a `[]byte` `s`, as Go's append: written in place when the spare
/// capacity holds it (so the caller's backing array sees it), else into a new array grown
/// as Go grows it.
pub fn append_bytes(s: Word, text: &[u8]) -> Word {
    let (arr, off, len, cap) = value::slice_parts(s);
    if text.is_empty() {
        return s;
    }
    let needed = len + text.len();
    if needed <= cap {
        let cells = heap::bytes(arr);
        for (cell, &b) in cells[off + len..off + needed].iter().zip(text) {
            cell.store(b, Ordering::Release);
        }
        return value::slice_new(arr, off, needed, cap);
    }
    let mut b = byte_slice(s);
    b.extend_from_slice(text);
    let new_cap = value::grow_cap(cap, needed, 1);
    b.resize(new_cap, 0);
    let arr = heap::alloc_bytes_from(&b);
    value::slice_new(arr, 0, needed, new_cap)
}

/// A new slice of one-word elements.
pub fn new_word_slice(items: &[Word]) -> Word {
    let arr = heap::alloc_words(items.len());
    let w = heap::words(arr);
    for (i, &v) in items.iter().enumerate() {
        w[i].store(v, Ordering::Release);
    }
    value::slice_new(arr, 0, items.len(), items.len())
}

/// A new `[]string`.
pub fn new_str_slice<B: AsRef<[u8]>>(items: &[B]) -> Word {
    let words: Vec<Word> = items.iter().map(|s| new_str(s.as_ref())).collect();
    new_word_slice(&words)
}

/// The elements of a `[]string` as byte vectors.
pub fn str_slice(s: Word) -> Vec<&'static [u8]> {
    value::slice_to_vec(s, false)
        .into_iter()
        .map(value::str_bytes)
        .collect()
}

/// `errors.New(msg)`: an `error` interface holding a `*errors.errorString`.
pub fn new_error(prog: &Program, msg: &[u8]) -> Word {
    let obj = heap::alloc_words(1);
    heap::words(obj)[0].store(new_str(msg), Ordering::Release);
    value::iface_new(prog.rt.error_string, obj)
}

/// `&fmt.wrapError{msg, err}` as an `error` interface.
pub fn new_wrap_error(prog: &Program, msg: &[u8], err: Word) -> Word {
    let obj = heap::alloc_words(2);
    let w = heap::words(obj);
    w[0].store(new_str(msg), Ordering::Release);
    w[1].store(err, Ordering::Release);
    value::iface_new(prog.rt.wrap_error, obj)
}

/// Method name id of `name`, if any type has such a method.
pub fn method_id(prog: &Program, name: &str) -> Option<u32> {
    prog.method_names
        .iter()
        .position(|m| m == name)
        .map(|i| i as u32)
}

/// The implementation of method `name` in the method set of type `t`.
pub fn find_method(prog: &Program, t: u32, name: &str) -> Option<MethodImpl> {
    find_rmethod(prog, t, name).map(|m| m.func)
}

/// Method `name` in the method set of type `t`.
pub fn find_rmethod<'p>(prog: &'p Program, t: u32, name: &str) -> Option<&'p RMethod> {
    let rt = prog.types.get(t as usize)?;
    if rt.methods.is_empty() {
        return None;
    }
    let id = method_id(prog, name)?;
    rt.methods.iter().find(|m| m.name == id)
}

/// Calls method `imp` of a receiver of dynamic type `recv_type` with `args` (receiver first;
/// a by-value struct/array receiver is copied by the interpreter). A safepoint.
pub fn call_method(
    ctx: &mut NativeCtx,
    imp: MethodImpl,
    recv_type: u32,
    args: &[Word],
) -> Result<Vec<Word>, Panic> {
    ctx.call_method(imp, recv_type, args)
}

/// Calls method `name` on the interface value `iface` (must be non-nil and have it).
pub fn call_iface_method(
    ctx: &mut NativeCtx,
    iface: Word,
    name: &str,
    args: &[Word],
) -> Result<Vec<Word>, Panic> {
    let Some((t, data)) = value::iface_parts(iface) else {
        return Err(Panic::Runtime(
            "invalid memory address or nil pointer dereference".into(),
        ));
    };
    let Some(imp) = find_method(ctx.prog, t, name) else {
        return Err(Panic::Runtime(format!(
            "interface conversion: {} is not {}: missing method {}",
            ctx.prog.types[t as usize].name, name, name
        )));
    };
    let mut all = vec![data];
    all.extend_from_slice(args);
    call_method(ctx, imp, t, &all)
}

/// A growable byte buffer owned by a Go struct (strings.Builder, bytes.Buffer).
#[derive(Default)]
pub struct ByteBuf {
    pub buf: Mutex<Vec<u8>>,
}

impl NativeObject for ByteBuf {
    fn trace(&self, _marker: &mut Marker) {}
}

/// The `ByteBuf` behind a pointer to a stdlib struct, created in slot 0 on first use.
pub fn byte_buf(recv: Word) -> Result<&'static ByteBuf, Panic> {
    if recv == 0 {
        return Err(Panic::Runtime(
            "invalid memory address or nil pointer dereference".into(),
        ));
    }
    let cur = heap::load_word(recv);
    if cur != 0 {
        if let Some(b) = heap::native::<ByteBuf>(cur) {
            return Ok(b);
        }
    }
    let obj = heap::alloc_native(Box::new(ByteBuf::default()));
    heap::store_word(recv, obj);
    Ok(heap::native::<ByteBuf>(obj).expect("fresh ByteBuf"))
}

/// Reads the `ByteBuf` of a pointer if it already exists (for fmt writers).
pub fn existing_byte_buf(recv: Word) -> Option<&'static ByteBuf> {
    if recv == 0 {
        return None;
    }
    heap::native::<ByteBuf>(heap::load_word(recv))
}

/// Kind of type `t`.
pub fn kind(prog: &Program, t: u32) -> RKind {
    prog.types
        .get(t as usize)
        .map_or(RKind::Invalid, |r| r.kind)
}

/// UTF-8 encoding of a rune (invalid → U+FFFD).
pub fn encode_rune(r: i64) -> Vec<u8> {
    let c = if (0..=0x10FFFF).contains(&r) {
        char::from_u32(r as u32).unwrap_or('\u{FFFD}')
    } else {
        '\u{FFFD}'
    };
    let mut tmp = [0u8; 4];
    c.encode_utf8(&mut tmp).as_bytes().to_vec()
}

pub use vm::native::nil_deref;

/// Process-lifetime Go values (package variables such as `strconv.ErrSyntax`), kept alive
/// as GC roots and created once per program.
struct Permanent {
    values: Mutex<Vec<(String, usize, Word)>>,
}

impl runtime::gc::RootSet for Permanent {
    fn trace_roots(&self, marker: &mut Marker) {
        for (_, _, w) in self.values.lock().iter() {
            marker.mark(*w);
        }
    }
}

fn permanent_set() -> &'static std::sync::Arc<Permanent> {
    static SET: std::sync::OnceLock<std::sync::Arc<Permanent>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let set = std::sync::Arc::new(Permanent {
            values: Mutex::new(Vec::new()),
        });
        std::mem::forget(runtime::gc::register_roots(set.clone()));
        set
    })
}

/// The permanent value `key` of program `prog`, made by `make` on first use.
pub fn permanent(prog: &Program, key: &str, make: impl FnOnce() -> Word) -> Word {
    let id = prog as *const Program as usize;
    let set = permanent_set();
    if let Some(&(_, _, w)) = set
        .values
        .lock()
        .iter()
        .find(|(k, p, _)| k == key && *p == id)
    {
        return w;
    }
    let w = make();
    set.values.lock().push((key.to_string(), id, w));
    w
}

/// The id of the type spelled `name` (`*strconv.NumError`), if the program has it.
pub fn type_named(prog: &Program, name: &str) -> Option<u32> {
    prog.types
        .iter()
        .position(|t| t.name == name)
        .map(|i| i as u32)
}
