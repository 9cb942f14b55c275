//! The value operations behind instructions that do more than a line of work: slicing,
//! appending, strings, fields, maps, interfaces, conversions and `print`.
//!
//! Invariants: every access is bounds- and nil-checked and reports Go's exact run-time error
//! text; nothing here calls back into Go code or parks.

use crate::native::Panic;
use crate::program::{MethodImpl, Program, RKind};
use crate::value::{self, array_get, array_set, slice_new, slice_parts};
use runtime::Word;
use std::sync::atomic::{AtomicU64, Ordering};

/// A register word as float64.
#[inline(always)]
pub fn f(w: Word) -> f64 {
    f64::from_bits(w)
}

/// `*r += s` (wrapping); returns the new value (the loop step of `AddJumpIf…`).
#[inline(always)]
pub fn add_step(r: &mut Word, s: i16) -> i64 {
    let x = (*r as i64).wrapping_add(s as i64);
    *r = x as Word;
    x
}

pub fn divide_by_zero() -> Panic {
    Panic::Runtime("integer divide by zero".into())
}

pub use crate::native::nil_deref;

/// Globals live in one `Words` object per program, allocated (and rooted) at load.
pub fn global(prog: &Program, g: u32) -> &'static AtomicU64 {
    &runtime::words(crate::interp::task::globals_object(prog))[g as usize]
}

pub fn shift_count(c: Word, signed: bool) -> Result<u64, Panic> {
    if signed && (c as i64) < 0 {
        return Err(Panic::Runtime("negative shift amount".into()));
    }
    Ok(c)
}

pub fn narrow(v: Word, bits: u8, signed: bool) -> Word {
    match (bits, signed) {
        (8, true) => v as i8 as i64 as Word,
        (8, false) => v as u8 as Word,
        (16, true) => v as i16 as i64 as Word,
        (16, false) => v as u16 as Word,
        (32, true) => v as i32 as i64 as Word,
        (32, false) => v as u32 as Word,
        _ => v,
    }
}

const TWO_63: f64 = 9_223_372_036_854_775_808.0;

/// `int64(f)` as amd64's CVTTSD2SQ: NaN and values outside the int64 range give MinInt64.
pub fn float_to_int(f: f64) -> Word {
    if f.is_nan() || !(-TWO_63..TWO_63).contains(&f) {
        i64::MIN as Word
    } else {
        f as i64 as Word
    }
}

/// `uint64(f)` as Go compiles it for amd64: the int64 conversion below 2^63, else the
/// conversion of `f - 2^63` with the top bit set (NaN and huge values give 2^63).
pub fn float_to_uint(f: f64) -> Word {
    if f < TWO_63 {
        float_to_int(f)
    } else {
        float_to_int(f - TWO_63) | 1 << 63
    }
}

/// `int32(f)` as amd64's CVTTSD2SL: NaN and values outside the int32 range give MinInt32.
pub fn float_to_int32(f: f64) -> Word {
    if f.is_nan() || !(-2_147_483_648.0..2_147_483_648.0).contains(&f) {
        i32::MIN as i64 as Word
    } else {
        f as i32 as i64 as Word
    }
}

// ---------------------------------------------------------------- complex numbers

/// `x + y` (complex128; complex64 results are rounded afterwards by `RoundC64`).
pub fn complex_add(x: Word, y: Word) -> Word {
    let ((a, b), (c, d)) = (value::complex_parts(x), value::complex_parts(y));
    value::complex_new(a + c, b + d)
}

pub fn complex_sub(x: Word, y: Word) -> Word {
    let ((a, b), (c, d)) = (value::complex_parts(x), value::complex_parts(y));
    value::complex_new(a - c, b - d)
}

/// `x * y` as Go's compiler expands it (also for complex64, computed in float64).
pub fn complex_mul(x: Word, y: Word) -> Word {
    let ((a, b), (c, d)) = (value::complex_parts(x), value::complex_parts(y));
    value::complex_new(a * c - b * d, a * d + b * c)
}

pub fn complex_div(x: Word, y: Word) -> Word {
    let (re, im) = complex128div(value::complex_parts(x), value::complex_parts(y));
    value::complex_new(re, im)
}

/// Go's `runtime.complex128div`: Smith's algorithm, then C99 G.5.1's corrections to
/// infinities and zeros when both parts came out NaN.
pub fn complex128div(n: (f64, f64), m: (f64, f64)) -> (f64, f64) {
    let (a, b) = n;
    let (c, d) = m;
    let (mut e, mut f);
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let inf2one = |x: f64| (if x.is_infinite() { 1.0f64 } else { 0.0 }).copysign(x);
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = f64::INFINITY.copysign(c) * a;
            f = f64::INFINITY.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let (a, b) = (inf2one(a), inf2one(b));
            e = f64::INFINITY * (a * c + b * d);
            f = f64::INFINITY * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let (c, d) = (inf2one(c), inf2one(d));
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    (e, f)
}

pub fn complex_neg(x: Word) -> Word {
    let (a, b) = value::complex_parts(x);
    value::complex_new(-a, -b)
}

pub fn complex_eq(x: Word, y: Word) -> bool {
    let ((a, b), (c, d)) = (value::complex_parts(x), value::complex_parts(y));
    a == c && b == d
}

/// Both parts rounded to float32 (the word itself when they already are).
pub fn complex_round_c64(x: Word) -> Word {
    let (a, b) = value::complex_parts(x);
    let (ra, rb) = (a as f32 as f64, b as f32 as f64);
    if ra.to_bits() == a.to_bits() && rb.to_bits() == b.to_bits() {
        return x;
    }
    value::complex_new(ra, rb)
}

// ---------------------------------------------------------------- strings

pub fn concat(a: Word, b: Word) -> Word {
    if a == 0 {
        return b;
    }
    if b == 0 {
        return a;
    }
    let (x, y) = (value::str_bytes(a), value::str_bytes(b));
    let mut v = Vec::with_capacity(x.len() + y.len());
    v.extend_from_slice(x);
    v.extend_from_slice(y);
    value::str_new(&v)
}

pub fn str_slice(s: Word, lo: Word, hi: Word) -> Result<Word, Panic> {
    let bytes = value::str_bytes(s);
    let (lo, hi, _) = bounds(lo as i64, hi as i64, None, bytes.len(), "length")?;
    if lo == 0 && hi == bytes.len() {
        return Ok(s);
    }
    Ok(value::str_new(&bytes[lo..hi]))
}

/// Decodes one rune at `i` as Go's `range` does: (U+FFFD, 1) for invalid encodings.
pub fn rune_at(s: &[u8], i: usize) -> (u32, usize) {
    let (c, w) = crate::utf8::decode_rune(&s[i.min(s.len())..]);
    (c as u32, w.max(1))
}

pub fn rune_to_str(r: i64) -> Word {
    let c = u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    value::str_new(c.encode_utf8(&mut buf).as_bytes())
}

pub fn bytes_to_str(s: Word) -> Word {
    let bytes: Vec<u8> = value::slice_to_vec(s, true)
        .into_iter()
        .map(|b| b as u8)
        .collect();
    value::str_new(&bytes)
}

pub fn str_to_bytes(s: Word) -> Word {
    let bytes = value::str_bytes(s);
    let arr = runtime::alloc_bytes_from(bytes);
    slice_new(arr, 0, bytes.len(), bytes.len())
}

pub fn runes_to_str(s: Word) -> Word {
    let mut out = String::new();
    for r in value::slice_to_vec(s, false) {
        out.push(
            u32::try_from(r as i64)
                .ok()
                .and_then(char::from_u32)
                .unwrap_or('\u{FFFD}'),
        );
    }
    value::str_new(out.as_bytes())
}

pub fn str_to_runes(s: Word) -> Word {
    let bytes = value::str_bytes(s);
    let mut runes = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let (r, w) = rune_at(bytes, i);
        runes.push(r as Word);
        i += w;
    }
    let arr = runtime::alloc_words(runes.len());
    for (i, r) in runes.iter().enumerate() {
        array_set(arr, i, *r, false);
    }
    slice_new(arr, 0, runes.len(), runes.len())
}

// ---------------------------------------------------------------- slices and arrays

fn elem_of(prog: &Program, slice_or_array_t: u32) -> u32 {
    prog.types[slice_or_array_t as usize].elem
}

pub fn make_slice(prog: &Program, t: u32, len: Word, cap: Word) -> Result<Word, Panic> {
    let (len, cap) = (len as i64, cap as i64);
    if !(0..=(1 << 40)).contains(&len) {
        return Err(Panic::Runtime("makeslice: len out of range".into()));
    }
    if cap < len || cap > (1 << 40) {
        return Err(Panic::Runtime("makeslice: cap out of range".into()));
    }
    let elem = elem_of(prog, t);
    let byte = value::is_byte_elem(prog, elem);
    let arr = value::array_alloc(cap as usize, byte);
    if value::is_aggregate(prog, elem) {
        for i in 0..cap as usize {
            array_set(arr, i, value::zero(prog, elem), false);
        }
    }
    Ok(slice_new(arr, 0, len as usize, cap as usize))
}

/// `clear(s)` for a slice of type `t`: struct and array elements are zeroed in place, so
/// pointers to them see the zero value.
pub fn slice_clear(prog: &Program, s: Word, t: u32) {
    let (arr, off, len, _) = slice_parts(s);
    let elem = elem_of(prog, t);
    if value::is_aggregate(prog, elem) {
        let z = value::zero(prog, elem);
        for i in off..off + len {
            let el = value::array_get(arr, i, false).unwrap_or(0);
            value::assign_in_place(prog, elem, el, z);
        }
    } else {
        let byte = value::is_byte_elem(prog, elem);
        for i in off..off + len {
            array_set(arr, i, 0, byte);
        }
    }
}

fn array_is_bytes(array: Word) -> bool {
    array != 0 && runtime::obj_kind(array) == runtime::ObjectKind::Bytes
}

pub fn slice_addr(s: Word, i: i64) -> Result<Word, Panic> {
    let (arr, off, len, _) = slice_parts(s);
    if i < 0 || i as usize >= len {
        return Err(value::index_panic(i, len));
    }
    value::array_addr(arr, off + i as usize, array_is_bytes(arr))
        .ok_or_else(|| value::index_panic(i, len))
}

pub fn array_load(arr: Word, i: i64, byte: bool) -> Result<Word, Panic> {
    if arr == 0 {
        return Err(nil_deref());
    }
    let len = value::array_len(arr, byte);
    if i < 0 || i as usize >= len {
        return Err(value::index_panic(i, len));
    }
    array_get(arr, i as usize, byte).ok_or_else(nil_deref)
}

pub fn array_store(arr: Word, i: i64, v: Word, byte: bool) -> Result<(), Panic> {
    if arr == 0 {
        return Err(nil_deref());
    }
    let len = value::array_len(arr, byte);
    if i < 0 || i as usize >= len || !array_set(arr, i as usize, v, byte) {
        return Err(value::index_panic(i, len));
    }
    Ok(())
}

pub fn array_addr(arr: Word, i: i64) -> Result<Word, Panic> {
    if arr == 0 {
        return Err(nil_deref());
    }
    let byte = array_is_bytes(arr);
    let len = value::array_len(arr, byte);
    if i < 0 || i as usize >= len {
        return Err(value::index_panic(i, len));
    }
    value::array_addr(arr, i as usize, byte).ok_or_else(nil_deref)
}

/// Checks the bounds of `x[lo:hi]` or `x[lo:hi:max]` against `cap` in gc's order (max, then
/// hi, then lo) and panics with gc's messages (`runtime.boundsError`): a negative index is
/// printed without the limit, a too-large one with `with length` (strings, arrays) or `with
/// capacity` (slices) as `limit` says.
fn bounds(
    lo: i64,
    hi: i64,
    max: Option<i64>,
    cap: usize,
    limit: &str,
) -> Result<(usize, usize, usize), Panic> {
    let err = |m: String| Err(Panic::Runtime(format!("slice bounds out of range {m}")));
    let cap_i = cap as i64;
    match max {
        Some(max) => {
            if max < 0 {
                return err(format!("[::{max}]"));
            }
            if max > cap_i {
                return err(format!("[::{max}] with {limit} {cap}"));
            }
            if hi < 0 {
                return err(format!("[:{hi}:]"));
            }
            if hi > max {
                return err(format!("[:{hi}:{max}]"));
            }
            if lo < 0 {
                return err(format!("[{lo}::]"));
            }
            if lo > hi {
                return err(format!("[{lo}:{hi}:]"));
            }
            Ok((lo as usize, hi as usize, max as usize))
        }
        None => {
            if hi < 0 {
                return err(format!("[:{hi}]"));
            }
            if hi > cap_i {
                return err(format!("[:{hi}] with {limit} {cap}"));
            }
            if lo < 0 {
                return err(format!("[{lo}:]"));
            }
            if lo > hi {
                return err(format!("[{lo}:{hi}]"));
            }
            Ok((lo as usize, hi as usize, cap))
        }
    }
}

pub fn slice_slice(s: Word, lo: Word, hi: Option<Word>, max: Option<Word>) -> Result<Word, Panic> {
    let (arr, off, len, cap) = slice_parts(s);
    let hi = hi.map_or(len as i64, |w| w as i64);
    let max = max.map(|w| w as i64);
    let (lo, hi, max) = bounds(lo as i64, hi, max, cap, "capacity")?;
    if s == 0 && hi == 0 {
        return Ok(0);
    }
    Ok(slice_new(arr, off + lo, hi - lo, max - lo))
}

pub fn slice_array(
    prog: &Program,
    t: u32,
    a: Word,
    lo: Word,
    hi: Option<Word>,
    max: Option<Word>,
) -> Result<Word, Panic> {
    // `t` is the array type (or pointer to array type).
    let rt = &prog.types[t as usize];
    let arr_t = if rt.kind == RKind::Pointer {
        &prog.types[rt.elem as usize]
    } else {
        rt
    };
    if a == 0 {
        return Err(nil_deref());
    }
    let n = arr_t.len as usize;
    let hi = hi.map_or(n as i64, |w| w as i64);
    let max = max.map(|w| w as i64);
    let (lo, hi, max) = bounds(lo as i64, hi, max, n, "length")?;
    Ok(slice_new(a, lo, hi - lo, max - lo))
}

pub fn append(prog: &Program, t: u32, s: Word, items: &[Word]) -> Word {
    let elem = elem_of(prog, t);
    let byte = value::is_byte_elem(prog, elem);
    let deep = value::is_aggregate(prog, elem);
    let (arr, off, len, cap) = slice_parts(s);
    if items.is_empty() {
        return s;
    }
    let needed = len + items.len();
    let (arr, off, cap) = if needed <= cap {
        (arr, off, cap)
    } else {
        let new_cap = value::grow_cap(cap, needed, value::go_layout(prog, elem).0);
        let new_arr = value::array_alloc(new_cap, byte);
        for i in 0..len {
            array_set(new_arr, i, array_get(arr, off + i, byte).unwrap_or(0), byte);
        }
        (new_arr, 0, new_cap)
    };
    for (i, &v) in items.iter().enumerate() {
        let v = if deep { value::clone(prog, elem, v) } else { v };
        array_set(arr, off + len + i, v, byte);
    }
    slice_new(arr, off, needed, cap)
}

pub fn append_slice(prog: &Program, t: u32, s: Word, other: Word) -> Word {
    let elem = elem_of(prog, t);
    let byte = value::is_byte_elem(prog, elem);
    let items: Vec<Word> = if other != 0 && runtime::obj_kind(other) == runtime::ObjectKind::Bytes {
        // append([]byte, string...)
        value::str_bytes(other).iter().map(|&b| b as Word).collect()
    } else {
        value::slice_to_vec(other, byte)
    };
    append(prog, t, s, &items)
}

pub fn copy(prog: &Program, t: u32, dst: Word, src: Word) -> usize {
    let elem = elem_of(prog, t);
    let byte = value::is_byte_elem(prog, elem);
    let deep = value::is_aggregate(prog, elem);
    let (darr, doff, dlen, _) = slice_parts(dst);
    let items: Vec<Word> = if src != 0 && runtime::obj_kind(src) == runtime::ObjectKind::Bytes {
        value::str_bytes(src)
            .iter()
            .take(dlen)
            .map(|&b| b as Word)
            .collect()
    } else {
        let (sarr, soff, slen, _) = slice_parts(src);
        (0..slen.min(dlen))
            .map(|i| array_get(sarr, soff + i, byte).unwrap_or(0))
            .collect()
    };
    for (i, &v) in items.iter().enumerate() {
        let v = if deep { value::clone(prog, elem, v) } else { v };
        array_set(darr, doff + i, v, byte);
    }
    items.len()
}

// ---------------------------------------------------------------- structs

pub fn field_load(obj: Word, f: u16) -> Result<Word, Panic> {
    if obj == 0 {
        return Err(nil_deref());
    }
    runtime::words(obj)
        .get(f as usize)
        .map(|c| c.load(Ordering::Acquire))
        .ok_or_else(nil_deref)
}

pub fn field_store(obj: Word, f: u16, v: Word) -> Result<(), Panic> {
    if obj == 0 {
        return Err(nil_deref());
    }
    runtime::words(obj)
        .get(f as usize)
        .map(|c| c.store(v, Ordering::Release))
        .ok_or_else(nil_deref)
}

pub fn field_addr(obj: Word, f: u16) -> Result<Word, Panic> {
    if obj == 0 {
        return Err(nil_deref());
    }
    runtime::words(obj)
        .get(f as usize)
        .map(|c| c as *const AtomicU64 as Word)
        .ok_or_else(nil_deref)
}

// ---------------------------------------------------------------- maps

pub fn map_load(prog: &Program, t: u32, m: Word, k: Word) -> Result<Option<Word>, Panic> {
    if m == 0 {
        return Ok(None);
    }
    let key = value::map_key(prog, prog.types[t as usize].key, k)?;
    crate::gomap::lookup(m, &key)
}

pub fn map_store(prog: &Program, t: u32, m: Word, k: Word, v: Word) -> Result<(), Panic> {
    if m == 0 {
        return Err(Panic::Plain("assignment to entry in nil map".into()));
    }
    let rt = &prog.types[t as usize];
    let key = value::map_key(prog, rt.key, k)?;
    crate::gomap::insert(m, key, k, v)
}

pub fn map_delete(prog: &Program, t: u32, m: Word, k: Word) -> Result<(), Panic> {
    if m == 0 {
        return Ok(());
    }
    let key = value::map_key(prog, prog.types[t as usize].key, k)?;
    crate::gomap::delete(m, &key)
}

// ---------------------------------------------------------------- interfaces

pub fn make_iface(prog: &Program, t: u32, v: Word) -> Word {
    let v = if value::is_aggregate(prog, t) {
        value::clone(prog, t, v)
    } else {
        v
    };
    value::iface_new(t, v)
}

fn type_name(prog: &Program, t: u32) -> &str {
    &prog.types[t as usize].name
}

/// Data word of an interface, copied when it is a struct/array (the box stays immutable).
pub fn iface_data(prog: &Program, i: Word) -> Word {
    match value::iface_parts(i) {
        Some((t, d)) if value::is_aggregate(prog, t) => value::clone(prog, t, d),
        Some((_, d)) => d,
        None => 0,
    }
}

/// `x.(T)` for a concrete `T`; `s` is `x`'s static interface type, which Go's message names.
pub fn assert_type(prog: &Program, i: Word, t: u32, s: u32) -> Result<Word, Panic> {
    match value::iface_parts(i) {
        Some((dt, _)) if dt == t => Ok(iface_data(prog, i)),
        Some((dt, _)) => Err(Panic::Runtime(format!(
            "interface conversion: {} is {}, not {}",
            type_name(prog, s),
            type_name(prog, dt),
            type_name(prog, t)
        ))
        .into_plain_conversion()),
        None => Err(Panic::Runtime(format!(
            "interface conversion: {} is nil, not {}",
            type_name(prog, s),
            type_name(prog, t)
        ))
        .into_plain_conversion()),
    }
}

/// `(*[N]T)(s)`: the slice's backing array, which must hold at least N elements.
pub fn slice_to_array_ptr(prog: &Program, s: Word, t: u32) -> Result<Word, Panic> {
    let n = prog.types[prog.types[t as usize].elem as usize].len as usize;
    let (arr, off, len, _) = slice_parts(s);
    if len < n {
        return Err(Panic::Runtime(format!(
            "cannot convert slice with length {len} to pointer to array with length {n}"
        )));
    }
    if s == 0 {
        return Ok(0);
    }
    if off != 0 {
        // An array value is its own heap object in this value model; an array starting in
        // the middle of another object has no representation yet.
        return Err(Panic::Fatal(
            "minigo: converting a re-sliced slice (non-zero offset) to an array pointer is not supported yet".into(),
        ));
    }
    Ok(arr)
}

pub fn assert_type_ok(prog: &Program, i: Word, t: u32) -> (Word, bool) {
    match value::iface_parts(i) {
        Some((dt, _)) if dt == t => (iface_data(prog, i), true),
        _ => (value::zero(prog, t), false),
    }
}

/// Whether the dynamic type `dt` has every method of interface type `it`.
pub fn type_implements(prog: &Program, dt: u32, it: u32) -> bool {
    let methods = &prog.types[dt as usize].methods;
    prog.types[it as usize]
        .iface_methods
        .iter()
        .all(|name| methods.binary_search_by_key(name, |m| m.name).is_ok())
}

pub fn iface_implements(prog: &Program, i: Word, it: u32) -> bool {
    value::iface_parts(i).is_some_and(|(dt, _)| type_implements(prog, dt, it))
}

pub fn assert_iface(prog: &Program, i: Word, it: u32) -> Result<Word, Panic> {
    match value::iface_parts(i) {
        None => Err(Panic::Runtime(format!(
            "interface conversion: interface {{}} is nil, not {}",
            type_name(prog, it)
        ))
        .into_plain_conversion()),
        Some((dt, _)) => {
            if type_implements(prog, dt, it) {
                return Ok(i);
            }
            let methods = &prog.types[dt as usize].methods;
            let missing = prog.types[it as usize]
                .iface_methods
                .iter()
                .find(|name| methods.binary_search_by_key(*name, |m| m.name).is_err())
                .map(|&n| prog.method_names[n as usize].clone())
                .unwrap_or_default();
            Err(Panic::Runtime(format!(
                "interface conversion: {} is not {}: missing method {}",
                type_name(prog, dt),
                type_name(prog, it),
                missing
            ))
            .into_plain_conversion())
        }
    }
}

impl Panic {
    /// Go's failed type assertions panic with a `*runtime.TypeAssertionError`, printed as
    /// `panic: interface conversion: …` (no `runtime error:` prefix) — but it is a
    /// `runtime.Error`. We keep the text and mark it by storing it as `Runtime` with a
    /// leading marker that `report` strips.
    fn into_plain_conversion(self) -> Panic {
        match self {
            Panic::Runtime(s) => Panic::Runtime(format!("{TYPE_ASSERTION_MARK}{s}")),
            other => other,
        }
    }
}

/// Marks run-time errors whose text Go prints without the `runtime error: ` prefix.
pub const TYPE_ASSERTION_MARK: &str = "\u{1}";

/// Finds method `name` of dynamic type `t`.
pub fn find_method(prog: &Program, t: u32, name: u32) -> Option<MethodImpl> {
    let methods = &prog.types[t as usize].methods;
    methods
        .binary_search_by_key(&name, |m| m.name)
        .ok()
        .map(|i| methods[i].func)
}

// ---------------------------------------------------------------- print / println

pub fn print_value(v: Word, kind: u8) {
    use RKind::*;
    let kind = RKind::from_u8(kind);
    if kind == String {
        // The bytes as they are: Go does not replace invalid UTF-8.
        crate::output::write_stderr(value::str_bytes(v));
        return;
    }
    let text = match kind {
        Bool => (if v != 0 { "true" } else { "false" }).to_string(),
        Int | Int8 | Int16 | Int32 | Int64 => (v as i64).to_string(),
        Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr => v.to_string(),
        Float32 | Float64 => runtime_float(f64::from_bits(v)),
        Complex64 | Complex128 => {
            let (re, im) = value::complex_parts(v);
            format!("({}{}i)", runtime_float(re), runtime_float(im))
        }
        Interface => match value::iface_parts(v) {
            None => "(0x0,0x0)".to_string(),
            Some((t, d)) => format!("(0x{:x},0x{:x})", t, d),
        },
        Slice => {
            let (arr, off, len, cap) = slice_parts(v);
            format!(
                "[{len}/{cap}]0x{:x}",
                if arr == 0 { 0 } else { arr + off as u64 }
            )
        }
        _ => format!("0x{v:x}"),
    };
    crate::output::write_stderr(text.as_bytes());
}

/// Go's runtime float format (`+1.500000e+000`), used by print and panic: `printfloat` of
/// runtime/print.go step for step (decimal normalisation by repeated division, rounding by
/// adding 5e-7, seven digits peeled off), so the last digit is Go's, not a correctly rounded one.
pub fn runtime_float(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    const DIGITS: usize = 7;
    let mut v = f.abs();
    let mut e: i32 = 0;
    if v != 0.0 {
        while v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
        while v < 1.0 {
            e -= 1;
            v *= 10.0;
        }
        let mut h = 5.0;
        for _ in 0..DIGITS {
            h /= 10.0;
        }
        v += h;
        if v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
    }
    let mut out = String::with_capacity(DIGITS + 7);
    out.push(if f.is_sign_negative() { '-' } else { '+' });
    for i in 0..DIGITS {
        let d = v as u8; // Go's int(v), 0..=9 bar rounding
        out.push((b'0' + d) as char);
        if i == 0 {
            out.push('.');
        }
        v = (v - d as f64) * 10.0;
    }
    out.push_str(if e < 0 { "e-" } else { "e+" });
    out.push_str(&format!("{:03}", e.unsigned_abs()));
    out
}
