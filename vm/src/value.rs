//! Go values on the runtime heap: strings, slices, interfaces, and the type-directed deep
//! operations (zero value, copy, equality, map keys) — see ARCHITECTURE.md "Value model".
//!
//! Invariants:
//! - A string word is 0 (the empty string) or a `Bytes` object that is never written after
//!   it is built, so its bytes may be read as a plain `&[u8]`.
//! - A slice word is 0 (nil) or an immutable `Words(4)` header `[array, offset, len, cap]`
//!   with `offset + cap <= element count of array`; every element access is still checked
//!   against the array's real length, so even a forged header can only cause a Go panic.
//! - An interface word is 0 (nil) or an immutable `Words(2)` box `[type id, data]`; `data` is
//!   owned by the box (a struct/array payload is a private copy).
//! - Element width: bool, int8 and uint8 elements are one byte (`Bytes` arrays); every other
//!   element is one word (`Words` arrays).

use crate::native::Panic;
use crate::program::{Program, RKind};
use runtime::heap::{self, Word};
use std::sync::atomic::Ordering::{Acquire, Release};

// ---------------------------------------------------------------- strings

/// Allocates a Go string holding `bytes`.
pub fn str_new(bytes: &[u8]) -> Word {
    if bytes.is_empty() {
        0
    } else {
        heap::alloc_bytes_from(bytes)
    }
}

/// The bytes of a Go string.
pub fn str_bytes(s: Word) -> &'static [u8] {
    if s == 0 {
        return &[];
    }
    let cells = heap::bytes(s);
    // SAFETY: string objects are never written after `str_new` published them (module
    // invariant), so reading their `AtomicU8` cells as plain bytes races with no write; the
    // object stays alive while the caller holds `s` (heap invariant).
    unsafe { std::slice::from_raw_parts(cells.as_ptr() as *const u8, cells.len()) }
}

pub fn str_len(s: Word) -> usize {
    if s == 0 {
        0
    } else {
        heap::obj_len(s)
    }
}

/// A Rust `String` with invalid UTF-8 replaced (for messages).
pub fn str_lossy(s: Word) -> String {
    String::from_utf8_lossy(str_bytes(s)).into_owned()
}

// ---------------------------------------------------------------- slices

/// Header fields of a slice: (array, offset, len, cap); nil gives zeros.
#[inline]
pub fn slice_parts(s: Word) -> (Word, usize, usize, usize) {
    if s == 0 {
        return (0, 0, 0, 0);
    }
    let h = heap::words(s);
    (
        h[0].load(Acquire),
        h[1].load(Acquire) as usize,
        h[2].load(Acquire) as usize,
        h[3].load(Acquire) as usize,
    )
}

pub fn slice_new(array: Word, offset: usize, len: usize, cap: usize) -> Word {
    let h = heap::alloc_words(4);
    let w = heap::words(h);
    w[0].store(array, Release);
    w[1].store(offset as u64, Release);
    w[2].store(len as u64, Release);
    w[3].store(cap as u64, Release);
    h
}

/// Allocates an element array of `n` elements of width `byte_elems`.
pub fn array_alloc(n: usize, byte_elems: bool) -> Word {
    if byte_elems {
        heap::alloc_bytes(n)
    } else {
        heap::alloc_words(n)
    }
}

pub fn array_len(array: Word, byte_elems: bool) -> usize {
    if array == 0 {
        0
    } else if byte_elems {
        heap::obj_len(array)
    } else {
        heap::words(array).len()
    }
}

#[inline]
pub fn index_panic(i: i64, len: usize) -> Panic {
    if i < 0 {
        return Panic::Runtime(format!("index out of range [{i}]"));
    }
    Panic::Runtime(format!("index out of range [{i}] with length {len}"))
}

/// Element `i` of element array `array` (bounds-checked against the real length).
#[inline]
pub fn array_get(array: Word, i: usize, byte_elems: bool) -> Option<Word> {
    if array == 0 {
        return None;
    }
    if byte_elems {
        heap::bytes(array).get(i).map(|c| c.load(Acquire) as Word)
    } else {
        heap::words(array).get(i).map(|c| c.load(Acquire))
    }
}

#[inline]
pub fn array_set(array: Word, i: usize, v: Word, byte_elems: bool) -> bool {
    if array == 0 {
        return false;
    }
    if byte_elems {
        match heap::bytes(array).get(i) {
            Some(c) => {
                c.store(v as u8, Release);
                true
            }
            None => false,
        }
    } else {
        match heap::words(array).get(i) {
            Some(c) => {
                c.store(v, Release);
                true
            }
            None => false,
        }
    }
}

/// Address of element `i` (for `&a[i]`).
pub fn array_addr(array: Word, i: usize, byte_elems: bool) -> Option<Word> {
    if array == 0 {
        return None;
    }
    if byte_elems {
        heap::bytes(array).get(i).map(|c| c as *const _ as Word)
    } else {
        heap::words(array).get(i).map(|c| c as *const _ as Word)
    }
}

/// Slice element `i`, with Go's index panic.
#[inline]
pub fn slice_get(s: Word, i: i64, byte_elems: bool) -> Result<Word, Panic> {
    let (arr, off, len, _) = slice_parts(s);
    if i < 0 || i as usize >= len {
        return Err(index_panic(i, len));
    }
    array_get(arr, off + i as usize, byte_elems).ok_or_else(|| index_panic(i, len))
}

#[inline]
pub fn slice_set(s: Word, i: i64, v: Word, byte_elems: bool) -> Result<(), Panic> {
    let (arr, off, len, _) = slice_parts(s);
    if i < 0 || i as usize >= len || !array_set(arr, off + i as usize, v, byte_elems) {
        return Err(index_panic(i, len));
    }
    Ok(())
}

/// Reads all elements of a slice (for natives).
pub fn slice_to_vec(s: Word, byte_elems: bool) -> Vec<Word> {
    let (arr, off, len, _) = slice_parts(s);
    (0..len)
        .filter_map(|i| array_get(arr, off + i, byte_elems))
        .collect()
}

/// Builds a new slice from words (for natives).
pub fn slice_from_words(prog: &Program, elem_t: u32, items: &[Word]) -> Word {
    let byte = is_byte_elem(prog, elem_t);
    let arr = array_alloc(items.len(), byte);
    for (i, &v) in items.iter().enumerate() {
        array_set(arr, i, v, byte);
    }
    slice_new(arr, 0, items.len(), items.len())
}

/// Go's allocator size classes (runtime/sizeclasses.go, go1.19), which `append` rounds
/// the new backing array up to.
const SIZE_CLASSES: [usize; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

fn round_up_size(bytes: usize) -> usize {
    if bytes <= 32768 {
        let i = SIZE_CLASSES.partition_point(|&c| c < bytes);
        SIZE_CLASSES[i.min(SIZE_CLASSES.len() - 1)]
    } else {
        bytes.div_ceil(8192) * 8192
    }
}

/// Go's `growslice` capacity (go1.19): double below 256 elements, then grow by about 1.25×
/// plus 192, and round the byte size up to an allocator size class. `elem_size` is the Go
/// size of the element type (`go_size`), which is what Go's rounding sees.
pub fn grow_cap(old_cap: usize, needed: usize, elem_size: usize) -> usize {
    let doublecap = old_cap + old_cap;
    let newcap = if needed > doublecap {
        needed
    } else if old_cap < 256 {
        doublecap
    } else {
        let mut newcap = old_cap;
        while newcap < needed {
            newcap += (newcap + 3 * 256) / 4;
        }
        newcap
    };
    if elem_size == 0 {
        return newcap;
    }
    round_up_size(newcap * elem_size) / elem_size
}

/// (size, alignment) of a value of type `t` in Go's own memory layout on amd64.
pub fn go_layout(prog: &Program, t: u32) -> (usize, usize) {
    let rt = &prog.types[t as usize];
    match rt.kind {
        RKind::Bool | RKind::Int8 | RKind::Uint8 => (1, 1),
        RKind::Int16 | RKind::Uint16 => (2, 2),
        RKind::Int32 | RKind::Uint32 | RKind::Float32 => (4, 4),
        RKind::Complex64 => (8, 4),
        RKind::String | RKind::Interface => (16, 8),
        RKind::Complex128 => (16, 8),
        RKind::Slice => (24, 8),
        RKind::Array => {
            let (size, align) = go_layout(prog, rt.elem);
            (size * rt.len as usize, align)
        }
        RKind::Struct => {
            let (mut size, mut align) = (0usize, 1usize);
            for f in &rt.fields {
                let (fs, fa) = go_layout(prog, f.typ);
                size = size.div_ceil(fa) * fa + fs;
                align = align.max(fa);
            }
            (size.div_ceil(align) * align, align)
        }
        _ => (8, 8),
    }
}

// ---------------------------------------------------------------- interfaces

pub fn iface_new(t: u32, data: Word) -> Word {
    let b = heap::alloc_words(2);
    let w = heap::words(b);
    w[0].store(t as Word, Release);
    w[1].store(data, Release);
    b
}

/// (dynamic type id, data) of a non-nil interface.
#[inline]
pub fn iface_parts(i: Word) -> Option<(u32, Word)> {
    if i == 0 {
        return None;
    }
    let w = heap::words(i);
    Some((w[0].load(Acquire) as u32, w[1].load(Acquire)))
}

// ---------------------------------------------------------------- type-directed operations

/// Elements packed one per byte (see the compiler's `is_byte`: not int8, whose pointers
/// may point into word slots).
pub fn is_byte_elem(prog: &Program, t: u32) -> bool {
    matches!(prog.types[t as usize].kind, RKind::Bool | RKind::Uint8)
}

/// Struct and array values are owned heap objects.
pub fn is_aggregate(prog: &Program, t: u32) -> bool {
    matches!(prog.types[t as usize].kind, RKind::Struct | RKind::Array)
}

/// Whether values of type `t` take no memory in Go (`struct{}`, `[0]int`, arrays and
/// structs of such).
pub fn is_zero_size(prog: &Program, t: u32) -> bool {
    let rt = &prog.types[t as usize];
    match rt.kind {
        RKind::Struct => rt.fields.iter().all(|f| is_zero_size(prog, f.typ)),
        RKind::Array => rt.len == 0 || is_zero_size(prog, rt.elem),
        _ => false,
    }
}

/// The zero value of type `t`.
pub fn zero(prog: &Program, t: u32) -> Word {
    let rt = &prog.types[t as usize];
    match rt.kind {
        RKind::Struct => {
            let obj = heap::alloc_words(rt.fields.len().max(1));
            let slots = heap::words(obj);
            for (i, f) in rt.fields.iter().enumerate() {
                if is_aggregate(prog, f.typ) {
                    slots[i].store(zero(prog, f.typ), Release);
                }
            }
            obj
        }
        RKind::Array => {
            let byte = is_byte_elem(prog, rt.elem);
            let arr = array_alloc(rt.len as usize, byte);
            if is_aggregate(prog, rt.elem) {
                for i in 0..rt.len as usize {
                    array_set(arr, i, zero(prog, rt.elem), false);
                }
            }
            arr
        }
        _ => 0,
    }
}

/// A deep copy of the value `w` of type `t` (identity for non-aggregates).
pub fn clone(prog: &Program, t: u32, w: Word) -> Word {
    let rt = &prog.types[t as usize];
    match rt.kind {
        RKind::Struct => {
            if w == 0 {
                return zero(prog, t);
            }
            let src = heap::words(w);
            let obj = heap::alloc_words(src.len());
            let dst = heap::words(obj);
            for (i, cell) in src.iter().enumerate() {
                let v = cell.load(Acquire);
                let v = match rt.fields.get(i) {
                    Some(f) if is_aggregate(prog, f.typ) => clone(prog, f.typ, v),
                    _ => v,
                };
                dst[i].store(v, Release);
            }
            obj
        }
        RKind::Array => {
            if w == 0 {
                return zero(prog, t);
            }
            let byte = is_byte_elem(prog, rt.elem);
            let n = rt.len as usize;
            let arr = array_alloc(n, byte);
            let deep = is_aggregate(prog, rt.elem);
            for i in 0..n {
                let v = array_get(w, i, byte).unwrap_or(0);
                let v = if deep { clone(prog, rt.elem, v) } else { v };
                array_set(arr, i, v, byte);
            }
            arr
        }
        _ => w,
    }
}

/// `*dst = src` for a struct/array value of type `t`: copies `src`'s contents into the
/// existing object `dst` in place (nested aggregates in place too), so pointers into `dst`
/// stay valid.
pub fn assign_in_place(prog: &Program, t: u32, dst: Word, src: Word) {
    if dst == src {
        return;
    }
    let rt = &prog.types[t as usize];
    match rt.kind {
        RKind::Struct => {
            let (d, s) = (
                heap::words(dst),
                if src == 0 {
                    None
                } else {
                    Some(heap::words(src))
                },
            );
            for (i, f) in rt.fields.iter().enumerate() {
                let v = s.map_or(0, |s| s[i].load(Acquire));
                if is_aggregate(prog, f.typ) {
                    let inner = d[i].load(Acquire);
                    let v = if v == 0 { zero(prog, f.typ) } else { v };
                    assign_in_place(prog, f.typ, inner, v);
                } else {
                    d[i].store(v, Release);
                }
            }
        }
        RKind::Array => {
            let byte = is_byte_elem(prog, rt.elem);
            let deep = is_aggregate(prog, rt.elem);
            let copy: Vec<Word> = (0..rt.len as usize)
                .map(|i| array_get(src, i, byte).unwrap_or(0))
                .collect();
            for (i, v) in copy.into_iter().enumerate() {
                if deep {
                    let inner = array_get(dst, i, byte).unwrap_or(0);
                    assign_in_place(prog, rt.elem, inner, v);
                } else {
                    array_set(dst, i, v, byte);
                }
            }
        }
        _ => {}
    }
}

/// Go's `==` on values of type `t`.
pub fn equal(prog: &Program, t: u32, a: Word, b: Word) -> Result<bool, Panic> {
    let rt = &prog.types[t as usize];
    Ok(match rt.kind {
        RKind::String => a == b || str_bytes(a) == str_bytes(b),
        RKind::Float32 | RKind::Float64 => f64::from_bits(a) == f64::from_bits(b),
        RKind::Complex64 | RKind::Complex128 => {
            let (x, y) = (complex_parts(a), complex_parts(b));
            x.0 == y.0 && x.1 == y.1
        }
        RKind::Struct => {
            // No shortcut for a == b: a NaN field makes a struct unequal to itself.
            let (x, y) = (heap::words(a), heap::words(b));
            for (i, f) in rt.fields.iter().enumerate() {
                if f.name == "_" {
                    continue;
                }
                if !equal(prog, f.typ, x[i].load(Acquire), y[i].load(Acquire))? {
                    return Ok(false);
                }
            }
            true
        }
        RKind::Array => {
            let byte = is_byte_elem(prog, rt.elem);
            for i in 0..rt.len as usize {
                let (x, y) = (
                    array_get(a, i, byte).unwrap_or(0),
                    array_get(b, i, byte).unwrap_or(0),
                );
                if !equal(prog, rt.elem, x, y)? {
                    return Ok(false);
                }
            }
            true
        }
        RKind::Interface => match (iface_parts(a), iface_parts(b)) {
            (None, None) => true,
            (Some((ta, da)), Some((tb, db))) => {
                if ta != tb {
                    return Ok(false);
                }
                if !comparable(prog, ta) {
                    return Err(Panic::Runtime(format!(
                        "comparing uncomparable type {}",
                        prog.types[ta as usize].name
                    )));
                }
                equal(prog, ta, da, db)?
            }
            _ => false,
        },
        _ => a == b,
    })
}

/// Whether values of type `t` may be compared with `==` at run time.
pub fn comparable(prog: &Program, t: u32) -> bool {
    let rt = &prog.types[t as usize];
    match rt.kind {
        RKind::Slice | RKind::Map | RKind::Func => false,
        RKind::Struct => rt.fields.iter().all(|f| comparable(prog, f.typ)),
        RKind::Array => comparable(prog, rt.elem),
        _ => true,
    }
}

/// The (real, imaginary) parts of a complex word (0 is 0+0i).
pub fn complex_parts(c: Word) -> (f64, f64) {
    if c == 0 {
        return (0.0, 0.0);
    }
    let w = heap::words(c);
    (
        f64::from_bits(w[0].load(Acquire)),
        f64::from_bits(w[1].load(Acquire)),
    )
}

/// Allocates the immutable complex value `re + im i` (word 0 for +0+0i, no allocation).
pub fn complex_new(re: f64, im: f64) -> Word {
    let (r, i) = (re.to_bits(), im.to_bits());
    if r == 0 && i == 0 {
        return 0;
    }
    let c = heap::alloc_words(2);
    let w = heap::words(c);
    w[0].store(r, Release);
    w[1].store(i, Release);
    c
}

/// A hashable rendering of a Go map key (deep for strings, structs, arrays, interfaces).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum MapKey {
    Word(u64),
    Bytes(Box<[u8]>),
    Tuple(Box<[MapKey]>),
    Iface(u32, Box<MapKey>),
    NilIface,
    /// NaN keys are never equal to anything: each gets a unique id.
    Nan(u64),
}

static NAN_KEYS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

pub fn map_key(prog: &Program, t: u32, w: Word) -> Result<MapKey, Panic> {
    let rt = &prog.types[t as usize];
    Ok(match rt.kind {
        RKind::String => MapKey::Bytes(str_bytes(w).into()),
        RKind::Float32 | RKind::Float64 => {
            let f = f64::from_bits(w);
            if f.is_nan() {
                MapKey::Nan(NAN_KEYS.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
            } else if f == 0.0 {
                MapKey::Word(0)
            } else {
                MapKey::Word(w)
            }
        }
        RKind::Struct => {
            let slots = heap::words(w);
            let mut parts = Vec::with_capacity(rt.fields.len());
            for (i, f) in rt.fields.iter().enumerate() {
                parts.push(map_key(prog, f.typ, slots[i].load(Acquire))?);
            }
            MapKey::Tuple(parts.into())
        }
        RKind::Array => {
            let byte = is_byte_elem(prog, rt.elem);
            let mut parts = Vec::with_capacity(rt.len as usize);
            for i in 0..rt.len as usize {
                parts.push(map_key(prog, rt.elem, array_get(w, i, byte).unwrap_or(0))?);
            }
            MapKey::Tuple(parts.into())
        }
        RKind::Interface => match iface_parts(w) {
            None => MapKey::NilIface,
            Some((dt, data)) => {
                if !comparable(prog, dt) {
                    return Err(Panic::Runtime(format!(
                        "hash of unhashable type {}",
                        prog.types[dt as usize].name
                    )));
                }
                MapKey::Iface(dt, Box::new(map_key(prog, dt, data)?))
            }
        },
        RKind::Complex64 | RKind::Complex128 => {
            // as two float keys: -0 == +0, and a NaN part makes the key unique
            let (re, im) = complex_parts(w);
            if re.is_nan() || im.is_nan() {
                return Ok(MapKey::Nan(
                    NAN_KEYS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
                ));
            }
            let bits = |f: f64| if f == 0.0 { 0 } else { f.to_bits() };
            MapKey::Tuple(Box::new([MapKey::Word(bits(re)), MapKey::Word(bits(im))]))
        }
        _ => MapKey::Word(w),
    })
}
