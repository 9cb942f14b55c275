//! `json.Unmarshal`'s decoder: stores a parsed [`Node`] tree into Go values through the
//! runtime type table, as Go's `decodeState` does — struct fields matched by name exactly,
//! then case-insensitively; maps, slices (reused when large enough), arrays, pointers
//! (allocated when nil), `interface{}` (Go's `map[string]interface{}`, `[]interface{}`,
//! `float64`, `string`, `bool`, `nil`), numbers range-checked, and `UnmarshalJSON` /
//! `UnmarshalText` methods called through the interpreter.
//!
//! Invariants: a type mismatch does not stop decoding — the first `UnmarshalTypeError` is
//! kept and returned at the end, as Go does; [`Decoder::store`] returns the new word for a
//! location (aggregates are filled in place and keep their identity).

use super::encode::{deref, elem_at, is_int, is_uint, pointer_to, slot};
use super::errors::JsonError;
use super::fields::struct_fields;
use super::syntax::{Node, Value};
use crate::util;
use runtime::heap::{self, Word};
use std::sync::atomic::Ordering::Release;
use vm::native::{NativeCtx, Panic};
use vm::program::{Program, RKind};
use vm::value;

/// An error kept until decoding ends.
pub enum Failure {
    /// A `json` error type, built when reported.
    Json(JsonError),
    /// A Go error value (from a method, or already built), kept rooted.
    Go(Word),
}

/// What ends decoding early.
pub enum Stop {
    Panic(Panic),
    /// An error from an `UnmarshalJSON` / `UnmarshalText` method, returned at once.
    Err(Word),
}

impl From<Panic> for Stop {
    fn from(p: Panic) -> Self {
        Stop::Panic(p)
    }
}

pub struct Decoder<'a, 'b> {
    pub ctx: &'a mut NativeCtx<'b>,
    /// The whole input (method calls get their value's text).
    pub src: &'a [u8],
    pub disallow_unknown: bool,
    pub use_number: bool,
    /// The first error to report once decoding ends.
    pub saved: Option<Failure>,
    /// Go's `errorContext`: the innermost struct's name and the JSON field names.
    strct: String,
    fields: Vec<String>,
}

/// Type `t`'s name without its package (`reflect.Type.Name`; "" when unnamed).
fn short_name(prog: &Program, t: u32) -> String {
    let rt = &prog.types[t as usize];
    if !rt.named {
        return String::new();
    }
    let n = &rt.name;
    n.rsplit('.').next().unwrap_or(n).to_string()
}

/// Stores `w` through the pointer `p` to a value of type `et`.
fn store_through(prog: &Program, et: u32, p: Word, w: Word) {
    if w == p && value::is_aggregate(prog, et) {
        return;
    }
    match util::kind(prog, et) {
        RKind::Struct | RKind::Array => value::assign_in_place(prog, et, p, w),
        RKind::Bool | RKind::Uint8 => runtime::store_u8(p, w as u8),
        _ => runtime::store_word(p, w),
    }
}

/// A new pointer to a zero value of type `et`.
fn new_pointee(prog: &Program, et: u32) -> Word {
    if value::is_aggregate(prog, et) {
        value::zero(prog, et)
    } else {
        heap::alloc_words(1)
    }
}

fn missing_type(name: &str) -> Panic {
    Panic::Fatal(format!(
        "minigo: encoding/json needs type {name}, which this program never uses"
    ))
}

impl<'a, 'b> Decoder<'a, 'b> {
    pub fn new(ctx: &'a mut NativeCtx<'b>, src: &'a [u8]) -> Self {
        Decoder {
            ctx,
            src,
            disallow_unknown: false,
            use_number: false,
            saved: None,
            strct: String::new(),
            fields: Vec::new(),
        }
    }

    fn prog(&self) -> &'b Program {
        self.ctx.prog
    }

    fn save_go(&mut self, err: Word) {
        if self.saved.is_none() {
            self.ctx.root(err);
            self.saved = Some(Failure::Go(err));
        }
    }

    fn type_error(&mut self, what: &str, t: u32, n: &Node) {
        if self.saved.is_none() {
            let name = self.prog().types[t as usize].name.clone();
            self.saved = Some(Failure::Json(JsonError::unmarshal_type(
                what,
                &name,
                n.end,
                &self.strct,
                &self.fields.join("."),
            )));
        }
    }

    /// Calls `(*T).method(arg)` (`UnmarshalJSON` / `UnmarshalText`) if `*T` (or `T`, when it
    /// is itself a pointer) has it: the new word for the location, or `None` when no method.
    /// The receiver type that has `method` for a location of type `t`: `t` itself when it
    /// is a pointer with the method, else `*t` when that has it.
    fn unmarshaler(&self, t: u32, method: &str) -> Option<u32> {
        let prog = self.prog();
        let recv_t = if util::kind(prog, t) == RKind::Pointer {
            t
        } else {
            pointer_to(prog, t)?
        };
        util::find_rmethod(prog, recv_t, method).map(|_| recv_t)
    }

    /// Calls `(*T).method(arg)` (`UnmarshalJSON` / `UnmarshalText`) if the location's type
    /// has it (see [`Self::unmarshaler`]): the location's new word, or `None` when no method.
    fn call_unmarshaler(
        &mut self,
        t: u32,
        cur: Word,
        method: &str,
        arg: &[u8],
    ) -> Result<Option<Word>, Stop> {
        let prog = self.prog();
        let Some(recv_t) = self.unmarshaler(t, method) else {
            return Ok(None);
        };
        let location_is_ptr = recv_t == t;
        let recv = if location_is_ptr {
            if cur == 0 {
                new_pointee(prog, prog.types[t as usize].elem)
            } else {
                cur
            }
        } else if value::is_aggregate(prog, t) {
            cur
        } else {
            let cell = heap::alloc_words(1);
            heap::store_word(cell, cur);
            cell
        };
        self.ctx.root(recv);
        let imp = util::find_method(prog, recv_t, method).ok_or_else(|| missing_type(method))?;
        let arg = util::new_byte_slice(arg);
        let res = util::call_method(self.ctx, imp, recv_t, &[recv, arg])?;
        let err = res.first().copied().unwrap_or(0);
        if err != 0 {
            return Err(Stop::Err(err));
        }
        Ok(Some(if location_is_ptr || value::is_aggregate(prog, t) {
            recv
        } else {
            deref(prog, recv_t, recv)
        }))
    }

    /// Decodes `n` into a location of type `t` holding `cur`: the location's new word.
    pub fn store(&mut self, n: &Node, t: u32, cur: Word) -> Result<Word, Stop> {
        if runtime::native_stack_remaining() < 64 * 1024 {
            return Err(Panic::Fatal("stack overflow".into()).into());
        }
        let prog = self.prog();
        let k = util::kind(prog, t);
        let is_null = matches!(n.v, Value::Null);
        if !(is_null && k == RKind::Pointer) {
            let raw = &self.src[n.start..n.end];
            if let Some(w) = self.call_unmarshaler(t, cur, "UnmarshalJSON", raw)? {
                return Ok(w);
            }
            if let Value::Str(s) = &n.v {
                if let Some(w) = self.call_unmarshaler(t, cur, "UnmarshalText", s)? {
                    return Ok(w);
                }
            } else if !is_null && self.unmarshaler(t, "UnmarshalText").is_some() {
                self.type_error(n.v.kind_name(), t, n);
                return Ok(cur);
            }
        }
        let rt = &prog.types[t as usize];
        match (&n.v, k) {
            (Value::Null, RKind::Interface | RKind::Pointer | RKind::Map | RKind::Slice) => Ok(0),
            (Value::Null, _) => Ok(cur),
            (_, RKind::Pointer) => {
                let et = rt.elem;
                let p = if cur == 0 { new_pointee(prog, et) } else { cur };
                self.ctx.root(p);
                let old = deref(prog, t, p);
                let w = self.store(n, et, old)?;
                store_through(prog, et, p, w);
                Ok(p)
            }
            (_, RKind::Interface) if !rt.iface_methods.is_empty() => {
                self.type_error(n.v.kind_name(), t, n);
                Ok(cur)
            }
            (_, RKind::Interface) => match value::iface_parts(cur) {
                Some((dt, d)) if util::kind(prog, dt) == RKind::Pointer && d != 0 => {
                    self.store(n, dt, d)?;
                    Ok(cur)
                }
                _ => self.any(n),
            },
            (Value::Bool(b), RKind::Bool) => Ok(*b as Word),
            (Value::Str(s), RKind::String) => Ok(util::new_str(s)),
            (Value::Str(s), RKind::Slice) if util::kind(prog, rt.elem) == RKind::Uint8 => {
                match crate::base64::decode_std(s) {
                    Ok(b) => Ok(util::new_byte_slice(&b)),
                    Err(at) => {
                        let e = crate::base64::corrupt_input_error(self.ctx, at);
                        self.save_go(e);
                        Ok(cur)
                    }
                }
            }
            (Value::Number(s), _) => self.number(n, s, t, k, cur),
            (Value::Array(items), RKind::Slice) => self.slice(items, t, cur),
            (Value::Array(items), RKind::Array) => {
                let (et, len) = (rt.elem, rt.len as usize);
                let arr = if cur == 0 { value::zero(prog, t) } else { cur };
                let byte = value::is_byte_elem(prog, et);
                for i in 0..len {
                    let w = match items.get(i) {
                        Some(item) => self.store(item, et, elem_at(prog, arr, i, et))?,
                        None => value::zero(prog, et),
                    };
                    value::array_set(arr, i, w, byte);
                }
                Ok(arr)
            }
            (Value::Object(members), RKind::Map) => self.map(n, members, t, cur),
            (Value::Object(members), RKind::Struct) => self.strct(members, t, cur),
            (v, _) => {
                self.type_error(v.kind_name(), t, n);
                Ok(cur)
            }
        }
    }

    fn number(&mut self, n: &Node, s: &str, t: u32, k: RKind, cur: Word) -> Result<Word, Stop> {
        let prog = self.prog();
        let bits = |k: RKind| match k {
            RKind::Int8 | RKind::Uint8 => 8,
            RKind::Int16 | RKind::Uint16 => 16,
            RKind::Int32 | RKind::Uint32 | RKind::Float32 => 32,
            _ => 64,
        };
        let parsed = if is_int(k) {
            crate::strconv::parse::parse_int(s.as_bytes(), 10, bits(k))
                .ok()
                .map(|i| i as Word)
        } else if is_uint(k) {
            crate::strconv::parse::parse_uint(s.as_bytes(), 10, bits(k)).ok()
        } else if matches!(k, RKind::Float32 | RKind::Float64) {
            crate::strconv::parse::parse_float(s.as_bytes(), bits(k))
                .ok()
                .map(f64::to_bits)
        } else if k == RKind::String && prog.types[t as usize].name == "json.Number" {
            Some(util::new_str(s.as_bytes()))
        } else {
            None
        };
        match parsed {
            Some(w) => Ok(w),
            None => {
                let what =
                    if is_int(k) || is_uint(k) || matches!(k, RKind::Float32 | RKind::Float64) {
                        format!("number {s}")
                    } else {
                        "number".into()
                    };
                self.type_error(&what, t, n);
                Ok(cur)
            }
        }
    }

    /// A JSON value as Go's `interface{}` holds it.
    fn any(&mut self, n: &Node) -> Result<Word, Stop> {
        let prog = self.prog();
        let ty = |name: &str| util::type_named(prog, name).ok_or_else(|| missing_type(name));
        Ok(match &n.v {
            Value::Null => 0,
            Value::Bool(b) => value::iface_new(ty("bool")?, *b as Word),
            Value::Str(s) => value::iface_new(ty("string")?, util::new_str(s)),
            Value::Number(s) if self.use_number => {
                value::iface_new(ty("json.Number")?, util::new_str(s.as_bytes()))
            }
            Value::Number(s) => {
                let f =
                    crate::strconv::parse::parse_float(s.as_bytes(), 64).unwrap_or_else(|(_, f)| f);
                value::iface_new(ty("float64")?, f.to_bits())
            }
            Value::Array(items) => {
                let t = ty("[]interface {}")?;
                let mut words = Vec::with_capacity(items.len());
                for item in items {
                    let w = self.any(item)?;
                    self.ctx.root(w);
                    words.push(w);
                }
                value::iface_new(t, util::new_word_slice(&words))
            }
            Value::Object(members) => {
                let t = ty("map[string]interface {}")?;
                let m = vm::gomap::new_map(members.len());
                self.ctx.root(m);
                for (key, item) in members {
                    let w = self.any(item)?;
                    let kw = util::new_str(key);
                    vm::gomap::insert(m, value::MapKey::Bytes(key.as_slice().into()), kw, w)?;
                }
                value::iface_new(t, m)
            }
        })
    }

    fn slice(&mut self, items: &[Node], t: u32, cur: Word) -> Result<Word, Stop> {
        let prog = self.prog();
        let et = prog.types[t as usize].elem;
        let byte = value::is_byte_elem(prog, et);
        let (old_arr, old_off, old_len, old_cap) = value::slice_parts(cur);
        let n = items.len();
        let reuse = cur != 0 && n <= old_cap;
        let (arr, off, cap) = if reuse {
            (old_arr, old_off, old_cap)
        } else {
            let arr = value::array_alloc(n, byte);
            for i in 0..old_len.min(n) {
                value::array_set(arr, i, elem_at(prog, old_arr, old_off + i, et), byte);
            }
            (arr, 0, n)
        };
        self.ctx.root(arr);
        for (i, item) in items.iter().enumerate() {
            let mut old = if reuse || i < old_len {
                elem_at(prog, arr, off + i, et)
            } else {
                0
            };
            if old == 0 && value::is_aggregate(prog, et) {
                old = value::zero(prog, et);
            }
            let w = self.store(item, et, old)?;
            value::array_set(arr, off + i, w, byte);
        }
        Ok(value::slice_new(arr, off, n, cap))
    }

    fn map(
        &mut self,
        n: &Node,
        members: &[(Vec<u8>, Node)],
        t: u32,
        cur: Word,
    ) -> Result<Word, Stop> {
        let prog = self.prog();
        let rt = &prog.types[t as usize];
        let (kt, vt) = (rt.key, rt.elem);
        let kk = util::kind(prog, kt);
        if !(kk == RKind::String || is_int(kk) || is_uint(kk)) {
            self.type_error("object", t, n);
            return Ok(cur);
        }
        let m = if cur == 0 {
            vm::gomap::new_map(members.len())
        } else {
            cur
        };
        self.ctx.root(m);
        for (key, item) in members {
            let kw = if kk == RKind::String {
                util::new_str(key)
            } else {
                let bits = match kk {
                    RKind::Int8 | RKind::Uint8 => 8,
                    RKind::Int16 | RKind::Uint16 => 16,
                    RKind::Int32 | RKind::Uint32 => 32,
                    _ => 64,
                };
                let parsed = if is_int(kk) {
                    crate::strconv::parse::parse_int(key, 10, bits)
                        .ok()
                        .map(|i| i as Word)
                } else {
                    crate::strconv::parse::parse_uint(key, 10, bits).ok()
                };
                match parsed {
                    Some(w) => w,
                    None => {
                        let what = format!("number {}", String::from_utf8_lossy(key));
                        self.type_error(&what, kt, item);
                        continue;
                    }
                }
            };
            self.ctx.root(kw);
            let mk = value::map_key(prog, kt, kw)?;
            let old = value::zero(prog, vt);
            self.ctx.root(old);
            let w = self.store(item, vt, old)?;
            vm::gomap::insert(m, mk, kw, w)?;
        }
        Ok(m)
    }

    fn strct(&mut self, members: &[(Vec<u8>, Node)], t: u32, obj: Word) -> Result<Word, Stop> {
        let prog = self.prog();
        let obj = if obj == 0 { value::zero(prog, t) } else { obj };
        self.ctx.root(obj);
        let fields = struct_fields(prog, t);
        for (key, item) in members {
            let key = String::from_utf8_lossy(key);
            let f = fields.iter().find(|f| f.name == key).or_else(|| {
                fields
                    .iter()
                    .find(|f| f.name.to_lowercase() == key.to_lowercase())
            });
            let Some(f) = f else {
                if self.disallow_unknown {
                    let msg = format!("json: unknown field \"{key}\"");
                    self.save_go(util::new_error(prog, msg.as_bytes()));
                }
                continue;
            };
            // Follow the path, allocating nil embedded pointers.
            let (mut st, mut o) = (t, obj);
            for (depth, &i) in f.path.iter().enumerate() {
                if depth + 1 == f.path.len() {
                    break;
                }
                let ft = prog.types[st as usize].fields[i].typ;
                if util::kind(prog, ft) == RKind::Pointer {
                    let et = prog.types[ft as usize].elem;
                    let mut p = slot(o, i);
                    if p == 0 {
                        p = value::zero(prog, et);
                        heap::words(o)[i].store(p, Release);
                    }
                    (st, o) = (et, p);
                } else {
                    (st, o) = (ft, slot(o, i));
                }
            }
            let last = *f.path.last().unwrap_or(&0);
            let (saved_struct, depth) = (
                std::mem::replace(&mut self.strct, short_name(prog, t)),
                self.fields.len(),
            );
            self.fields.push(f.name.clone());
            let item = if f.quoted {
                self.unquote_option(item)
            } else {
                Some(item.clone())
            };
            if let Some(item) = item {
                let w = self.store(&item, f.typ, slot(o, last))?;
                heap::words(o)[last].store(w, Release);
            }
            self.fields.truncate(depth);
            self.strct = saved_struct;
        }
        Ok(obj)
    }

    /// The value inside a `,string` field's JSON string (Go parses the string's content).
    fn unquote_option(&mut self, item: &Node) -> Option<Node> {
        match &item.v {
            Value::Str(s) => match super::syntax::parse(s) {
                Ok(inner) if !matches!(inner.v, Value::Array(_) | Value::Object(_)) => Some(Node {
                    v: inner.v,
                    start: item.start,
                    end: item.end,
                }),
                _ => None,
            },
            Value::Null => Some(item.clone()),
            _ => None,
        }
    }
}

/// `Unmarshal(data, v)`: the error word (nil on success).
pub fn unmarshal(
    ctx: &mut NativeCtx,
    src: &[u8],
    v: Word,
    disallow_unknown: bool,
    use_number: bool,
) -> Result<Word, Panic> {
    let tree = match super::syntax::parse(src) {
        Ok(t) => t,
        Err(e) => return JsonError::syntax(&e.msg, e.offset).to_go(ctx),
    };
    unmarshal_node(ctx, src, &tree, v, disallow_unknown, use_number)
}

/// Stores the parsed `tree` (text `src`) into the pointer held by interface `v`.
pub fn unmarshal_node(
    ctx: &mut NativeCtx,
    src: &[u8],
    tree: &Node,
    v: Word,
    disallow_unknown: bool,
    use_number: bool,
) -> Result<Word, Panic> {
    let prog = ctx.prog;
    let (t, p) = match value::iface_parts(v) {
        None => return JsonError::invalid_unmarshal("json: Unmarshal(nil)").to_go(ctx),
        Some((t, p)) => (t, p),
    };
    let name = &prog.types[t as usize].name;
    if util::kind(prog, t) != RKind::Pointer {
        return JsonError::invalid_unmarshal(&format!("json: Unmarshal(non-pointer {name})"))
            .to_go(ctx);
    }
    if p == 0 {
        return JsonError::invalid_unmarshal(&format!("json: Unmarshal(nil {name})")).to_go(ctx);
    }
    let mut d = Decoder::new(ctx, src);
    d.disallow_unknown = disallow_unknown;
    d.use_number = use_number;
    let et = prog.types[t as usize].elem;
    let w = match d.store(tree, et, deref(prog, t, p)) {
        Ok(w) => w,
        Err(Stop::Panic(p)) => return Err(p),
        Err(Stop::Err(e)) => return Ok(e),
    };
    store_through(prog, et, p, w);
    match d.saved.take() {
        None => Ok(0),
        Some(Failure::Go(w)) => Ok(w),
        Some(Failure::Json(e)) => e.to_go(ctx),
    }
}

pub fn natives() -> Vec<crate::Entry> {
    vec![crate::native!(
        "encoding/json",
        "func Unmarshal([]byte, interface{}) error",
        |c, r| {
            let src = util::byte_slice(r[0]);
            r[0] = unmarshal(c, &src, r[1], false, false)?;
            Ok(())
        }
    )]
}
