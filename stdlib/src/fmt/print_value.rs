//! The printer's [`Host`] over VM values: reads any Go value through the program's runtime
//! type table (`RType`), sorts map keys like `internal/fmtsort`, and calls `Error()` /
//! `String()` / `GoString()` methods of dynamic types through the interpreter.

use super::printer::{Host, Kind, MethodFailure, MethodResult};
use super::state::{new_state, state_of};
use super::verbs::Flags;
use crate::util;
use runtime::heap::{self, Word};
use std::cmp::Ordering as Ord;
use std::sync::atomic::Ordering;
use vm::native::{NativeCtx, Panic};
use vm::program::{MethodImpl, Program, RKind};
use vm::value;

/// A Go value: type id (`INVALID` for "no value") and its word.
#[derive(Clone, Copy, Debug)]
pub struct GoVal {
    pub t: u32,
    pub w: Word,
    /// False below an unexported struct field (`reflect.Value.CanInterface`).
    pub can_iface: bool,
}

pub const INVALID: u32 = u32::MAX;
/// Pseudo type ids for the pointees of the runtime's error types (`errors.errorString{s}`,
/// `fmt.wrapError{msg, err}`), which have no `RType` of their own.
const ERROR_STRING: u32 = u32::MAX - 1;
const WRAP_ERROR: u32 = u32::MAX - 2;

fn synthetic_fields(t: u32) -> &'static [&'static str] {
    match t {
        ERROR_STRING => &["s"],
        WRAP_ERROR => &["msg", "err"],
        _ => &[],
    }
}

impl GoVal {
    /// The dynamic value of an interface word (`INVALID` for nil).
    pub fn from_iface(w: Word) -> GoVal {
        match value::iface_parts(w) {
            Some((t, d)) => GoVal {
                t,
                w: d,
                can_iface: true,
            },
            None => GoVal {
                t: INVALID,
                w: 0,
                can_iface: true,
            },
        }
    }
}

/// How a method call's panic is reported by the printer.
fn failure(p: Panic) -> MethodFailure<GoVal, Panic> {
    match p {
        Panic::Value(p) => MethodFailure::Panicked(GoVal::from_iface(p)),
        Panic::Runtime(t) => MethodFailure::PanickedText(format!("runtime error: {t}")),
        Panic::Plain(t) => MethodFailure::PanickedText(t),
        other => MethodFailure::Abort(other),
    }
}

pub struct VmHost<'a, 'b> {
    pub ctx: &'a mut NativeCtx<'b>,
}

fn rkind(prog: &Program, t: u32) -> RKind {
    if t == INVALID {
        RKind::Invalid
    } else if t == ERROR_STRING || t == WRAP_ERROR {
        RKind::Struct
    } else {
        util::kind(prog, t)
    }
}

/// The integer of kind `k` held in the word `w` (sign-extended from its width).
pub fn int_value(k: RKind, w: Word) -> i64 {
    match k {
        RKind::Int8 => w as i8 as i64,
        RKind::Int16 => w as i16 as i64,
        RKind::Int32 => w as i32 as i64,
        _ => w as i64,
    }
}

/// The unsigned integer of kind `k` held in the word `w`.
pub fn uint_value(k: RKind, w: Word) -> u64 {
    match k {
        RKind::Uint8 => w as u8 as u64,
        RKind::Uint16 => w as u16 as u64,
        RKind::Uint32 => w as u32 as u64,
        _ => w,
    }
}

/// Element `i` of an array object / slice of element type `elem`, as a register holds it.
fn elem_at(prog: &Program, arr: Word, i: usize, elem: u32) -> Word {
    value::array_get(arr, i, value::is_byte_elem(prog, elem)).unwrap_or(0)
}

/// `internal/fmtsort.compare`.
pub fn compare(prog: &Program, t: u32, a: Word, b: Word) -> Ord {
    let k = rkind(prog, t);
    match k {
        RKind::Int | RKind::Int8 | RKind::Int16 | RKind::Int32 | RKind::Int64 => {
            int_value(k, a).cmp(&int_value(k, b))
        }
        RKind::Uint
        | RKind::Uint8
        | RKind::Uint16
        | RKind::Uint32
        | RKind::Uint64
        | RKind::Uintptr => uint_value(k, a).cmp(&uint_value(k, b)),
        RKind::String => value::str_bytes(a).cmp(value::str_bytes(b)),
        RKind::Float32 | RKind::Float64 => float_cmp(f64::from_bits(a), f64::from_bits(b)),
        RKind::Complex64 | RKind::Complex128 => {
            let (x, y) = (value::complex_parts(a), value::complex_parts(b));
            float_cmp(x.0, y.0).then(float_cmp(x.1, y.1))
        }
        RKind::Bool => (a != 0).cmp(&(b != 0)),
        RKind::Struct => {
            let rt = &prog.types[t as usize];
            let (x, y) = (heap::words(a), heap::words(b));
            for (i, f) in rt.fields.iter().enumerate() {
                let c = compare(
                    prog,
                    f.typ,
                    x[i].load(Ordering::Acquire),
                    y[i].load(Ordering::Acquire),
                );
                if c != Ord::Equal {
                    return c;
                }
            }
            Ord::Equal
        }
        RKind::Array => {
            let rt = &prog.types[t as usize];
            for i in 0..rt.len as usize {
                let c = compare(
                    prog,
                    rt.elem,
                    elem_at(prog, a, i, rt.elem),
                    elem_at(prog, b, i, rt.elem),
                );
                if c != Ord::Equal {
                    return c;
                }
            }
            Ord::Equal
        }
        RKind::Interface => match (value::iface_parts(a), value::iface_parts(b)) {
            (None, None) => Ord::Equal,
            (None, Some(_)) => Ord::Less,
            (Some(_), None) => Ord::Greater,
            (Some((ta, da)), Some((tb, db))) => ta.cmp(&tb).then_with(|| compare(prog, ta, da, db)),
        },
        _ => a.cmp(&b),
    }
}

fn float_cmp(a: f64, b: f64) -> Ord {
    if a < b {
        Ord::Less
    } else if a > b {
        Ord::Greater
    } else if a == b {
        Ord::Equal
    } else if a.is_nan() && !b.is_nan() {
        Ord::Less
    } else if !a.is_nan() && b.is_nan() {
        Ord::Greater
    } else {
        Ord::Equal
    }
}

impl VmHost<'_, '_> {
    fn prog(&self) -> &Program {
        self.ctx.prog
    }

    /// Under `-race`, fmt's read of the word or byte at `addr` (as Go's instrumented fmt
    /// reads what it prints).
    fn race_read(&self, addr: Option<Word>) {
        if let Some(addr) = addr.filter(|_| runtime::race::enabled()) {
            runtime::race::access(addr, false, || self.ctx.race_stack());
        }
    }
}

impl Host for VmHost<'_, '_> {
    type V = GoVal;
    type Err = Panic;

    fn stack_exhausted(&self) -> Option<Panic> {
        // Go's stacks grow; ours are fixed: stop with Go's stack-overflow error instead of
        // overflowing the native stack on absurdly deep values.
        (runtime::native_stack_remaining() < 64 * 1024)
            .then(|| Panic::Fatal("stack overflow".into()))
    }

    fn kind(&self, v: &GoVal) -> Kind {
        match rkind(self.prog(), v.t) {
            RKind::Bool => Kind::Bool,
            RKind::Int | RKind::Int8 | RKind::Int16 | RKind::Int32 | RKind::Int64 => Kind::Int,
            RKind::Uint
            | RKind::Uint8
            | RKind::Uint16
            | RKind::Uint32
            | RKind::Uint64
            | RKind::Uintptr => Kind::Uint,
            RKind::Float32 => Kind::Float32,
            RKind::Float64 => Kind::Float64,
            RKind::Complex64 => Kind::Complex64,
            RKind::Complex128 => Kind::Complex128,
            RKind::String => Kind::String,
            RKind::UnsafePointer => Kind::UnsafePointer,
            RKind::Pointer => Kind::Pointer,
            RKind::Slice => Kind::Slice,
            RKind::Array => Kind::Array,
            RKind::Map => Kind::Map,
            RKind::Chan => Kind::Chan,
            RKind::Struct => Kind::Struct,
            RKind::Func => Kind::Func,
            RKind::Interface => Kind::Interface,
            RKind::Invalid => Kind::Invalid,
        }
    }
    fn type_name(&self, v: &GoVal) -> String {
        match v.t {
            INVALID => "<nil>".into(),
            ERROR_STRING => "errors.errorString".into(),
            WRAP_ERROR => "fmt.wrapError".into(),
            t => self.prog().types[t as usize].name.clone(),
        }
    }
    fn bool_of(&self, v: &GoVal) -> bool {
        v.w & 0xff != 0
    }
    fn int_of(&self, v: &GoVal) -> i64 {
        int_value(rkind(self.prog(), v.t), v.w)
    }
    fn uint_of(&self, v: &GoVal) -> u64 {
        uint_value(rkind(self.prog(), v.t), v.w)
    }
    fn float_of(&self, v: &GoVal) -> f64 {
        f64::from_bits(v.w)
    }
    fn complex_of(&self, v: &GoVal) -> (f64, f64) {
        value::complex_parts(v.w)
    }
    fn string_of(&self, v: &GoVal) -> Vec<u8> {
        value::str_bytes(v.w).to_vec()
    }
    fn is_nil(&self, v: &GoVal) -> bool {
        v.w == 0
    }
    fn pointer(&self, v: &GoVal) -> u64 {
        match rkind(self.prog(), v.t) {
            RKind::Slice => value::slice_parts(v.w).0,
            _ => v.w,
        }
    }
    fn len(&self, v: &GoVal) -> usize {
        match rkind(self.prog(), v.t) {
            RKind::Slice => value::slice_parts(v.w).2,
            RKind::Array => self.prog().types[v.t as usize].len as usize,
            _ => 0,
        }
    }
    fn index(&self, v: &GoVal, i: usize) -> GoVal {
        let prog = self.prog();
        let rt = &prog.types[v.t as usize];
        let (arr, i) = match rt.kind {
            RKind::Slice => {
                let (arr, off, _, _) = value::slice_parts(v.w);
                (arr, off + i)
            }
            _ => (v.w, i),
        };
        self.race_read(value::array_addr(
            arr,
            i,
            value::is_byte_elem(prog, rt.elem),
        ));
        let w = elem_at(prog, arr, i, rt.elem);
        GoVal {
            t: rt.elem,
            w,
            can_iface: v.can_iface,
        }
    }
    fn elem_is_u8(&self, v: &GoVal) -> bool {
        let prog = self.prog();
        rkind(prog, prog.types[v.t as usize].elem) == RKind::Uint8
    }
    fn num_field(&self, v: &GoVal) -> usize {
        match synthetic_fields(v.t) {
            [] => self.prog().types[v.t as usize].fields.len(),
            f => f.len(),
        }
    }
    fn field_name(&self, v: &GoVal, i: usize) -> String {
        match synthetic_fields(v.t) {
            [] => self.prog().types[v.t as usize].fields[i].name.clone(),
            f => f[i].to_string(),
        }
    }
    fn field(&self, v: &GoVal, i: usize) -> GoVal {
        let prog = self.prog();
        if !synthetic_fields(v.t).is_empty() {
            let w = if v.w == 0 {
                0
            } else {
                heap::words(v.w)
                    .get(i)
                    .map_or(0, |c| c.load(Ordering::Acquire))
            };
            if i == 1 {
                let mut d = GoVal::from_iface(w);
                d.can_iface = false;
                return d;
            }
            let string_t = prog.types[prog.rt.error_string as usize].elem;
            return GoVal {
                t: string_t,
                w,
                can_iface: false,
            };
        }
        let f = &prog.types[v.t as usize].fields[i];
        let w = if v.w == 0 {
            0
        } else {
            let slot = heap::words(v.w).get(i);
            self.race_read(slot.map(|c| c as *const _ as Word));
            slot.map_or(0, |c| c.load(Ordering::Acquire))
        };
        let can_iface = v.can_iface && f.exported;
        if rkind(prog, f.typ) == RKind::Interface && w != 0 {
            let mut d = GoVal::from_iface(w);
            d.can_iface = can_iface;
            return d;
        }
        GoVal {
            t: f.typ,
            w,
            can_iface,
        }
    }
    fn elem(&self, v: &GoVal) -> GoVal {
        let prog = self.prog();
        match rkind(prog, v.t) {
            RKind::Interface => {
                let mut d = GoVal::from_iface(v.w);
                d.can_iface = v.can_iface;
                d
            }
            RKind::Pointer if v.t == prog.rt.error_string || v.t == prog.rt.wrap_error => {
                let t = if v.t == prog.rt.error_string {
                    ERROR_STRING
                } else {
                    WRAP_ERROR
                };
                GoVal {
                    t,
                    w: v.w,
                    can_iface: v.can_iface,
                }
            }
            RKind::Pointer => {
                let et = prog.types[v.t as usize].elem;
                let w = match rkind(prog, et) {
                    _ if v.w == 0 => 0,
                    RKind::Struct | RKind::Array => v.w,
                    RKind::Bool | RKind::Uint8 => 0,
                    _ if v.w.is_multiple_of(8) => heap::load_word(v.w),
                    _ => 0,
                };
                GoVal {
                    t: et,
                    w,
                    can_iface: v.can_iface,
                }
            }
            _ => GoVal {
                t: INVALID,
                w: 0,
                can_iface: true,
            },
        }
    }
    fn map_sorted(&mut self, v: &GoVal) -> Result<Vec<(GoVal, GoVal)>, Panic> {
        let prog = self.prog();
        let rt = &prog.types[v.t as usize];
        let (kt, vt) = (rt.key, rt.elem);
        let mut entries = vm::gomap::entries(v.w);
        entries.sort_by(|a, b| compare(prog, kt, a.0, b.0));
        Ok(entries
            .into_iter()
            .map(|(k, val)| {
                let mk = |t: u32, w: Word| GoVal {
                    t,
                    w,
                    can_iface: v.can_iface,
                };
                (mk(kt, k), mk(vt, val))
            })
            .collect())
    }
    fn can_interface(&self, v: &GoVal) -> bool {
        v.can_iface
    }
    fn has_method(&self, v: &GoVal, name: &str) -> bool {
        v.t != INVALID && util::find_method(self.prog(), v.t, name).is_some()
    }
    fn call_format(
        &mut self,
        v: &GoVal,
        verb: char,
        flags: Flags,
    ) -> Option<MethodResult<GoVal, Panic>> {
        let prog = self.prog();
        let m = util::find_rmethod(prog, v.t, "Format")?;
        // Runtime method sets carry names only: `Format(State, rune)` is told from other
        // `Format` methods (time.Time's `Format(string) string`) by its shape.
        let shape = match m.func {
            MethodImpl::Func(f) => prog.funcs.get(f as usize).map(|p| (p.nparams, p.nresults)),
            MethodImpl::Native(n) => prog.natives.get(n as usize).map(|n| (n.nargs, n.nresults)),
        };
        if shape != Some((3, 0)) {
            return None;
        }
        let pp = util::type_named(prog, "fmt.pp")?;
        let imp = m.func;
        if v.w == 0 && rkind(prog, v.t) == RKind::Pointer && !m.ptr_recv {
            return Some(Err(MethodFailure::PanickedText(
                "runtime error: invalid memory address or nil pointer dereference".into(),
            )));
        }
        let state = new_state(flags);
        let f = value::iface_new(pp, state);
        self.ctx.root(f);
        Some(
            util::call_method(self.ctx, imp, v.t, &[v.w, f, verb as Word])
                .map_err(failure)
                .and_then(|_| {
                    Ok(std::mem::take(
                        &mut *state_of(state).map_err(failure)?.buf.lock(),
                    ))
                }),
        )
    }
    fn call_string_method(
        &mut self,
        v: &GoVal,
        name: &str,
    ) -> Result<Vec<u8>, MethodFailure<GoVal, Panic>> {
        let Some(m) = util::find_rmethod(self.prog(), v.t, name) else {
            return Ok(Vec::new());
        };
        let imp = m.func;
        if v.w == 0 && rkind(self.prog(), v.t) == RKind::Pointer && !m.ptr_recv {
            // Go's autogenerated (*T).M wrapper dereferences the nil receiver.
            return Err(MethodFailure::PanickedText(
                "runtime error: invalid memory address or nil pointer dereference".into(),
            ));
        }
        util::call_method(self.ctx, imp, v.t, &[v.w])
            .map(|r| value::str_bytes(r.first().copied().unwrap_or(0)).to_vec())
            .map_err(failure)
    }
}
