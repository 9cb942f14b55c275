//! `json.Marshal`'s encoder: walks any Go value through the program's runtime type table
//! (`RType`), as Go's reflection-driven `encodeState` does — struct fields chosen by Go's
//! rules (exported, `json` tags, promotion through embedded structs with Go's dominance),
//! map keys sorted, `[]byte` as base64, Go's float and string formats, and `MarshalJSON` /
//! `MarshalText` methods called through the interpreter.
//!
//! Invariants: the output is always valid compact JSON (a `MarshalJSON` result is validated
//! and compacted before it is written); an error stops the walk with what Go reports.

use super::fields::{struct_fields, FieldInfo};
use super::syntax;
use crate::fmt::print_value::{int_value as int_of, uint_value as uint_of};
use crate::util;
use runtime::heap::{self, Word};
use std::sync::atomic::Ordering::Acquire;
use vm::native::{NativeCtx, Panic};
use vm::program::{Program, RKind};
use vm::value;

/// Why encoding stopped.
pub enum EncodeError {
    /// A Go panic or fatal error from a called method.
    Panic(Panic),
    /// `*json.UnsupportedTypeError` for the named type.
    UnsupportedType(String),
    /// `*json.UnsupportedValueError` with its `Str`.
    UnsupportedValue(String),
    /// `*json.MarshalerError`: type name, error (an interface word), method name.
    Marshaler(String, Word, &'static str),
    /// `*json.SyntaxError` in a `MarshalJSON` result, wrapped as Go wraps it.
    MarshalerSyntax(String, syntax::SyntaxError),
}

impl From<Panic> for EncodeError {
    fn from(p: Panic) -> Self {
        EncodeError::Panic(p)
    }
}

pub struct Encoder<'a, 'b> {
    pub ctx: &'a mut NativeCtx<'b>,
    pub out: Vec<u8>,
    pub escape_html: bool,
    /// The pointers being encoded (outermost first), to report cycles as Go does.
    pointers: Vec<Word>,
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Go's `encodeState.string`.
pub fn write_string(out: &mut Vec<u8>, s: &[u8], escape_html: bool) {
    out.push(b'"');
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        if b < 0x80 {
            let safe = b >= 0x20 && b != b'"' && b != b'\\';
            let html = matches!(b, b'<' | b'>' | b'&');
            if safe && !(escape_html && html) {
                out.push(b);
            } else {
                match b {
                    b'\\' | b'"' => out.extend_from_slice(&[b'\\', b]),
                    b'\n' => out.extend_from_slice(b"\\n"),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    b'\t' => out.extend_from_slice(b"\\t"),
                    _ => out.extend_from_slice(&[
                        b'\\',
                        b'u',
                        b'0',
                        b'0',
                        HEX[(b >> 4) as usize],
                        HEX[(b & 15) as usize],
                    ]),
                }
            }
            i += 1;
            continue;
        }
        if let Some(sep) = syntax::line_separator(&s[i..]) {
            out.extend_from_slice(sep);
            i += 3;
            continue;
        }
        let valid = s[i..]
            .utf8_chunks()
            .next()
            .map_or(0, |c| c.valid().chars().next().map_or(0, char::len_utf8));
        if valid == 0 {
            out.extend_from_slice(b"\\ufffd");
            i += 1;
        } else {
            out.extend_from_slice(&s[i..i + valid]);
            i += valid;
        }
    }
    out.push(b'"');
}

/// Go's `floatEncoder`: shortest form, `e` notation outside [1e-6, 1e21), `e-09` → `e-9`.
pub fn write_float(out: &mut Vec<u8>, f: f64, bits: u32) -> Result<(), EncodeError> {
    if f.is_nan() || f.is_infinite() {
        return Err(EncodeError::UnsupportedValue(
            crate::strconv::ftoa::format_float(f, b'g', -1, bits),
        ));
    }
    let abs = f.abs();
    let small = if bits == 32 {
        !(1e-6..1e21).contains(&(abs as f32))
    } else {
        !(1e-6..1e21).contains(&abs)
    };
    let fmt = if abs != 0.0 && small { b'e' } else { b'f' };
    let start = out.len();
    crate::strconv::ftoa::append_float(out, f, fmt, -1, bits);
    let n = out.len() - start;
    if fmt == b'e' && n >= 4 {
        let l = out.len();
        if out[l - 4] == b'e' && out[l - 3] == b'-' && out[l - 2] == b'0' {
            out[l - 2] = out[l - 1];
            out.pop();
        }
    }
    Ok(())
}

/// Whether `k` is a signed / unsigned integer kind.
pub fn is_int(k: RKind) -> bool {
    matches!(
        k,
        RKind::Int | RKind::Int8 | RKind::Int16 | RKind::Int32 | RKind::Int64
    )
}

pub fn is_uint(k: RKind) -> bool {
    matches!(
        k,
        RKind::Uint | RKind::Uint8 | RKind::Uint16 | RKind::Uint32 | RKind::Uint64 | RKind::Uintptr
    )
}

/// The word a pointer of type `ptr_t` points at (a struct/array pointer is its object).
pub fn deref(prog: &Program, ptr_t: u32, p: Word) -> Word {
    let et = prog.types[ptr_t as usize].elem;
    match util::kind(prog, et) {
        RKind::Struct | RKind::Array => p,
        RKind::Bool | RKind::Uint8 => runtime::load_u8(p) as Word,
        _ => runtime::load_word(p),
    }
}

/// The id of the pointer type `*t`, if the program has it.
pub fn pointer_to(prog: &Program, t: u32) -> Option<u32> {
    prog.types
        .iter()
        .position(|r| r.kind == RKind::Pointer && r.elem == t)
        .map(|i| i as u32)
}

/// Element `i` of the array object `arr` of element type `elem`.
pub fn elem_at(prog: &Program, arr: Word, i: usize, elem: u32) -> Word {
    value::array_get(arr, i, value::is_byte_elem(prog, elem)).unwrap_or(0)
}

/// Slot `i` of the struct object `obj`.
pub fn slot(obj: Word, i: usize) -> Word {
    heap::words(obj).get(i).map_or(0, |c| c.load(Acquire))
}

/// Go's `isEmptyValue` (for `omitempty`).
fn is_empty(prog: &Program, t: u32, w: Word) -> bool {
    let k = util::kind(prog, t);
    match k {
        RKind::Array => prog.types[t as usize].len == 0,
        RKind::Slice => value::slice_parts(w).2 == 0,
        RKind::Map => w == 0 || vm::gomap::len(w) == 0,
        RKind::String => value::str_len(w) == 0,
        RKind::Bool => w & 0xff == 0,
        RKind::Float32 | RKind::Float64 => f64::from_bits(w) == 0.0,
        RKind::Interface | RKind::Pointer => w == 0,
        _ if is_int(k) => int_of(k, w) == 0,
        _ if is_uint(k) => uint_of(k, w) == 0,
        _ => false,
    }
}

impl<'a, 'b> Encoder<'a, 'b> {
    pub fn new(ctx: &'a mut NativeCtx<'b>, escape_html: bool) -> Self {
        Encoder {
            ctx,
            out: Vec::new(),
            escape_html,
            pointers: Vec::new(),
        }
    }

    fn prog(&self) -> &'b Program {
        self.ctx.prog
    }

    fn type_name(&self, t: u32) -> String {
        self.prog().types[t as usize].name.clone()
    }

    /// Calls `method` (`MarshalJSON` / `MarshalText`) of the value: its `[]byte` result.
    fn call_marshaler(
        &mut self,
        t: u32,
        w: Word,
        method: &'static str,
    ) -> Result<Vec<u8>, EncodeError> {
        let prog = self.prog();
        let Some(m) = util::find_rmethod(prog, t, method) else {
            return Ok(Vec::new());
        };
        let imp = m.func;
        let res = util::call_method(self.ctx, imp, t, &[w])?;
        let err = res.get(1).copied().unwrap_or(0);
        if err != 0 {
            return Err(EncodeError::Marshaler(self.type_name(t), err, method));
        }
        Ok(util::byte_slice(res.first().copied().unwrap_or(0)))
    }

    /// Whether `t` has a method named `name` returning `([]byte, error)` with no arguments.
    fn has_marshal(&self, t: u32, name: &str) -> bool {
        let prog = self.prog();
        util::find_rmethod(prog, t, name).is_some_and(|m| {
            let shape = match m.func {
                vm::program::MethodImpl::Func(f) => {
                    prog.funcs.get(f as usize).map(|p| (p.nparams, p.nresults))
                }
                vm::program::MethodImpl::Native(n) => {
                    prog.natives.get(n as usize).map(|n| (n.nargs, n.nresults))
                }
            };
            shape == Some((1, 2))
        })
    }

    /// The receiver type whose method `name` encodes a value of type `t`: `t`, or `*t` when
    /// the value is addressable (Go's `condAddrEncoder`).
    fn marshaler(&self, t: u32, name: &str, addr: bool) -> Option<(u32, bool)> {
        if self.has_marshal(t, name) {
            return Some((t, false));
        }
        let prog = self.prog();
        if !addr || util::kind(prog, t) == RKind::Pointer {
            return None;
        }
        pointer_to(prog, t)
            .filter(|&pt| self.has_marshal(pt, name))
            .map(|pt| (pt, true))
    }

    /// Calls marshaler `name` found by [`Self::marshaler`] on the value `w` of type `t`.
    fn call_found(
        &mut self,
        t: u32,
        w: Word,
        found: (u32, bool),
        name: &'static str,
    ) -> Result<Vec<u8>, EncodeError> {
        let (recv_t, by_address) = found;
        let prog = self.prog();
        let recv = if by_address && !value::is_aggregate(prog, t) {
            let cell = heap::alloc_words(1);
            heap::store_word(cell, w);
            self.ctx.root(cell);
            cell
        } else {
            w
        };
        self.call_marshaler(recv_t, recv, name)
    }

    /// Encodes the value `w` of type `t`; `addr`: the value is addressable (reached through
    /// a pointer or a slice), so pointer-receiver marshalers apply.
    pub fn encode(&mut self, t: u32, w: Word, addr: bool) -> Result<(), EncodeError> {
        if runtime::native_stack_remaining() < 64 * 1024 {
            return Err(Panic::Fatal("stack overflow".into()).into());
        }
        let prog = self.prog();
        let k = util::kind(prog, t);
        let nil_ptr = k == RKind::Pointer && w == 0;
        if let Some(found) = self.marshaler(t, "MarshalJSON", addr) {
            if nil_ptr {
                self.out.extend_from_slice(b"null");
                return Ok(());
            }
            let b = self.call_found(t, w, found, "MarshalJSON")?;
            if let Err(e) = syntax::parse(&b) {
                return Err(EncodeError::MarshalerSyntax(self.type_name(t), e));
            }
            let c = syntax::compact(&b, self.escape_html);
            self.out.extend_from_slice(&c);
            return Ok(());
        }
        if let Some(found) = self.marshaler(t, "MarshalText", addr) {
            if nil_ptr {
                self.out.extend_from_slice(b"null");
                return Ok(());
            }
            let b = self.call_found(t, w, found, "MarshalText")?;
            write_string(&mut self.out, &b, self.escape_html);
            return Ok(());
        }
        let rt = &prog.types[t as usize];
        match k {
            RKind::Bool => {
                self.out
                    .extend_from_slice(if w & 0xff != 0 { b"true" } else { b"false" })
            }
            _ if is_int(k) => self
                .out
                .extend_from_slice(int_of(k, w).to_string().as_bytes()),
            _ if is_uint(k) => self
                .out
                .extend_from_slice(uint_of(k, w).to_string().as_bytes()),
            RKind::Float32 => write_float(&mut self.out, f64::from_bits(w), 32)?,
            RKind::Float64 => write_float(&mut self.out, f64::from_bits(w), 64)?,
            RKind::String => write_string(&mut self.out, value::str_bytes(w), self.escape_html),
            RKind::Interface => match value::iface_parts(w) {
                None => self.out.extend_from_slice(b"null"),
                Some((dt, d)) => self.encode(dt, d, false)?,
            },
            RKind::Pointer => {
                if w == 0 {
                    self.out.extend_from_slice(b"null");
                    return Ok(());
                }
                if self.pointers.contains(&w) {
                    return Err(EncodeError::UnsupportedValue(format!(
                        "encountered a cycle via {}",
                        rt.name
                    )));
                }
                self.pointers.push(w);
                let elem = rt.elem;
                self.encode(elem, deref(prog, t, w), true)?;
                self.pointers.pop();
            }
            RKind::Struct => self.encode_struct(t, w, addr)?,
            RKind::Map => self.encode_map(t, w)?,
            RKind::Slice => {
                if w == 0 {
                    self.out.extend_from_slice(b"null");
                    return Ok(());
                }
                let elem = rt.elem;
                let (arr, off, len, _) = value::slice_parts(w);
                if util::kind(prog, elem) == RKind::Uint8
                    && !self.has_marshal(elem, "MarshalJSON")
                    && !self.has_marshal(elem, "MarshalText")
                {
                    let bytes = util::byte_slice(w);
                    let enc = crate::base64::encode_std(&bytes);
                    self.out.push(b'"');
                    self.out.extend_from_slice(&enc);
                    self.out.push(b'"');
                    return Ok(());
                }
                self.encode_list(arr, off, len, elem, true)?;
            }
            RKind::Array => {
                let (elem, n) = (rt.elem, rt.len as usize);
                self.encode_list(w, 0, n, elem, addr)?;
            }
            _ => return Err(EncodeError::UnsupportedType(rt.name.clone())),
        }
        Ok(())
    }

    fn encode_list(
        &mut self,
        arr: Word,
        off: usize,
        len: usize,
        elem: u32,
        addr: bool,
    ) -> Result<(), EncodeError> {
        self.out.push(b'[');
        for i in 0..len {
            if i > 0 {
                self.out.push(b',');
            }
            let v = elem_at(self.prog(), arr, off + i, elem);
            self.encode(elem, v, addr)?;
        }
        self.out.push(b']');
        Ok(())
    }

    /// The value at `f`'s index path in the struct object `obj`, or `None` when the path
    /// goes through a nil embedded pointer.
    fn field_value(&self, t: u32, obj: Word, f: &FieldInfo) -> Option<Word> {
        let prog = self.prog();
        let (mut t, mut w) = (t, obj);
        for (n, &i) in f.path.iter().enumerate() {
            if n > 0 && util::kind(prog, t) == RKind::Pointer {
                if w == 0 {
                    return None;
                }
                t = prog.types[t as usize].elem;
            }
            let ft = prog.types[t as usize].fields[i].typ;
            w = slot(w, i);
            t = ft;
        }
        Some(w)
    }

    fn encode_struct(&mut self, t: u32, obj: Word, addr: bool) -> Result<(), EncodeError> {
        let fields = struct_fields(self.prog(), t);
        self.out.push(b'{');
        let mut first = true;
        for f in &fields {
            let Some(w) = self.field_value(t, obj, f) else {
                continue;
            };
            if f.omit_empty && is_empty(self.prog(), f.typ, w) {
                continue;
            }
            if !first {
                self.out.push(b',');
            }
            first = false;
            write_string(&mut self.out, f.name.as_bytes(), self.escape_html);
            self.out.push(b':');
            if f.quoted {
                let start = self.out.len();
                self.encode(f.typ, w, addr)?;
                let inner = self.out.split_off(start);
                if util::kind(self.prog(), f.typ) == RKind::String {
                    write_string(&mut self.out, &inner, self.escape_html);
                } else {
                    self.out.push(b'"');
                    self.out.extend_from_slice(&inner);
                    self.out.push(b'"');
                }
            } else {
                self.encode(f.typ, w, addr)?;
            }
        }
        self.out.push(b'}');
        Ok(())
    }

    /// The JSON object key of map key `w` of type `kt` (Go's `resolveKeyName`).
    fn key_name(&mut self, kt: u32, w: Word) -> Result<Vec<u8>, EncodeError> {
        let k = util::kind(self.prog(), kt);
        if k == RKind::String {
            return Ok(value::str_bytes(w).to_vec());
        }
        if self.has_marshal(kt, "MarshalText") {
            if k == RKind::Pointer && w == 0 {
                return Ok(Vec::new());
            }
            return self.call_marshaler(kt, w, "MarshalText");
        }
        if is_int(k) {
            return Ok(int_of(k, w).to_string().into_bytes());
        }
        Ok(uint_of(k, w).to_string().into_bytes())
    }

    fn encode_map(&mut self, t: u32, m: Word) -> Result<(), EncodeError> {
        let prog = self.prog();
        let rt = &prog.types[t as usize];
        let (kt, vt) = (rt.key, rt.elem);
        let kk = util::kind(prog, kt);
        if !(kk == RKind::String
            || is_int(kk)
            || is_uint(kk)
            || self.has_marshal(kt, "MarshalText"))
        {
            return Err(EncodeError::UnsupportedType(rt.name.clone()));
        }
        if m == 0 {
            self.out.extend_from_slice(b"null");
            return Ok(());
        }
        let mut entries = Vec::new();
        for (k, v) in vm::gomap::entries(m) {
            entries.push((self.key_name(kt, k)?, v));
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        self.out.push(b'{');
        for (i, (k, v)) in entries.into_iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            write_string(&mut self.out, &k, self.escape_html);
            self.out.push(b':');
            self.encode(vt, v, false)?;
        }
        self.out.push(b'}');
        Ok(())
    }
}
