//! Runtime type descriptors and type classification helpers.
//!
//! Owns `Program::types`: one `RType` per checker `TypeId` (same index); the runtime's own
//! types are appended after them by `RuntimeTypes::append`. Names are spelled as Go's `%T`
//! prints them. Method sets: a named type `T` lists its value-receiver methods, `*T` all of
//! them; methods promoted through embedded fields get wrapper functions (`wrapper`). Sets are sorted by method-name id.
//!
//! Invariant: stdlib struct types have at least one field (a hidden one is added when the
//! checker gave none), so natives can keep state in the object.

use super::wrapper::Target;
use super::Compiler;
use crate::program::{MethodImpl, RField, RKind, RMethod, RType};
use lang::ast::{ChanDir, Span};
use lang::types::{BasicKind, NamedId, ObjKind, Type, TypeId};

impl Compiler<'_> {
    pub(crate) fn basic(&self, t: TypeId) -> Option<BasicKind> {
        self.tt.basic_kind(t)
    }

    /// Struct and array values are heap objects copied on assignment.
    pub(crate) fn is_value_type(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Struct(_) | Type::Array(..))
    }

    pub(crate) fn is_iface(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Interface(_))
    }

    /// Elements of this type are stored as single bytes in slices and arrays and accessed
    /// through pointers as bytes. Only unsigned one-byte types: a byte store through a
    /// pointer into a word slot (a variable, a field) leaves the zero upper bytes right,
    /// which would not hold for a sign-extended int8 (so int8 elements take a word).
    pub(crate) fn is_byte(&self, t: TypeId) -> bool {
        matches!(self.basic(t), Some(BasicKind::Bool | BasicKind::Uint8))
    }

    /// `Narrow` parameters that keep a value of type `t` in range after arithmetic.
    pub(crate) fn narrow_of(&self, t: TypeId) -> Option<(u8, bool)> {
        match self.basic(t)? {
            BasicKind::Int8 => Some((8, true)),
            BasicKind::Int16 => Some((16, true)),
            BasicKind::Int32 | BasicKind::UntypedRune => Some((32, true)),
            BasicKind::Uint8 => Some((8, false)),
            BasicKind::Uint16 => Some((16, false)),
            BasicKind::Uint32 => Some((32, false)),
            _ => None,
        }
    }

    pub(crate) fn is_float32(&self, t: TypeId) -> bool {
        matches!(self.basic(t), Some(BasicKind::Float32))
    }

    pub(crate) fn is_complex64(&self, t: TypeId) -> bool {
        matches!(self.basic(t), Some(BasicKind::Complex64))
    }

    /// The concrete type to use for an untyped type (`untyped int` → `int`).
    pub(crate) fn concrete(&self, t: TypeId) -> TypeId {
        self.tt.default_type(t)
    }

    pub(crate) fn elem_type(&self, t: TypeId) -> TypeId {
        match self.under(t) {
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => *e,
            Type::Map(_, v) => *v,
            Type::Basic(_) => TypeId(BasicKind::Uint8 as u32),
            _ => TypeId(0),
        }
    }

    pub(crate) fn rkind(&self, t: TypeId) -> RKind {
        match self.under(t) {
            Type::Basic(k) => match k {
                BasicKind::Bool | BasicKind::UntypedBool => RKind::Bool,
                BasicKind::Int | BasicKind::UntypedInt => RKind::Int,
                BasicKind::Int8 => RKind::Int8,
                BasicKind::Int16 => RKind::Int16,
                BasicKind::Int32 | BasicKind::UntypedRune => RKind::Int32,
                BasicKind::Int64 => RKind::Int64,
                BasicKind::Uint => RKind::Uint,
                BasicKind::Uint8 => RKind::Uint8,
                BasicKind::Uint16 => RKind::Uint16,
                BasicKind::Uint32 => RKind::Uint32,
                BasicKind::Uint64 => RKind::Uint64,
                BasicKind::Uintptr => RKind::Uintptr,
                BasicKind::Float32 => RKind::Float32,
                BasicKind::Float64 | BasicKind::UntypedFloat => RKind::Float64,
                BasicKind::Complex64 => RKind::Complex64,
                BasicKind::Complex128 | BasicKind::UntypedComplex => RKind::Complex128,
                BasicKind::String | BasicKind::UntypedString => RKind::String,
                BasicKind::UnsafePointer => RKind::UnsafePointer,
                BasicKind::Invalid | BasicKind::UntypedNil => RKind::Invalid,
            },
            Type::Named(_) | Type::Tuple(_) => RKind::Invalid,
            Type::Pointer(_) => RKind::Pointer,
            Type::Slice(_) => RKind::Slice,
            Type::Array(..) => RKind::Array,
            Type::Map(..) => RKind::Map,
            Type::Chan(..) => RKind::Chan,
            Type::Struct(_) => RKind::Struct,
            Type::Func(_) => RKind::Func,
            Type::Interface(_) => RKind::Interface,
        }
    }

    /// Go's `%T` spelling of a type.
    pub(crate) fn type_name(&self, t: TypeId) -> String {
        self.type_name_depth(t, 0, false)
    }

    /// Every type's name is built, so a type nested `n` deep costs `n` names of up to `n`
    /// levels: past `MAX_NAME_DEPTH` levels a name ends in `...` (Go spells it out whole).
    /// Inside a generic instance's type arguments (`full_paths`), a named type is qualified
    /// by its package's whole path, as reflect spells it (`lib.Box[example.com/m/lib.Item]`).
    fn type_name_depth(&self, t: TypeId, depth: u32, full_paths: bool) -> String {
        const MAX_NAME_DEPTH: u32 = 100;
        if depth > MAX_NAME_DEPTH {
            return "...".into();
        }
        let n = |t: TypeId| self.type_name_depth(t, depth + 1, full_paths);
        match self.tt.get(t) {
            Type::Basic(k) => match k {
                BasicKind::UntypedNil => "nil".into(),
                k => lang_basic_name(
                    *self
                        .tt
                        .get(self.tt.default_type(TypeId(*k as u32)))
                        .basic_or(k),
                ),
            },
            Type::Named(id) => {
                let nt = &self.tt.named[id.0 as usize];
                let name = if nt.type_args.is_empty() {
                    nt.name.clone()
                } else {
                    let origin = nt.name.split('[').next().unwrap_or(&nt.name);
                    let args: Vec<String> = (nt.type_args.iter())
                        .map(|&a| self.type_name_depth(a, depth + 1, true))
                        .collect();
                    format!("{origin}[{}]", args.join(","))
                };
                if nt.pkg.is_empty() {
                    name
                } else if full_paths {
                    format!("{}.{name}", nt.pkg)
                } else {
                    let short = nt.pkg.rsplit('/').next().unwrap_or(&nt.pkg);
                    format!("{short}.{name}")
                }
            }
            Type::Pointer(e) => format!("*{}", n(*e)),
            Type::Slice(e) => format!("[]{}", n(*e)),
            Type::Array(len, e) => format!("[{len}]{}", n(*e)),
            Type::Map(k, v) => format!("map[{}]{}", n(*k), n(*v)),
            Type::Chan(dir, e) => match dir {
                // `chan (<-chan T)`: without parentheses it would read `chan<- (chan T)`.
                ChanDir::Both if matches!(self.tt.get(*e), Type::Chan(ChanDir::Recv, _)) => {
                    format!("chan ({})", n(*e))
                }
                ChanDir::Both => format!("chan {}", n(*e)),
                ChanDir::Recv => format!("<-chan {}", n(*e)),
                ChanDir::Send => format!("chan<- {}", n(*e)),
            },
            Type::Struct(fs) => {
                if fs.is_empty() {
                    return "struct {}".into();
                }
                let parts: Vec<String> = fs
                    .iter()
                    .map(|f| {
                        if f.embedded {
                            n(f.typ)
                        } else {
                            format!("{} {}", f.name, n(f.typ))
                        }
                    })
                    .collect();
                format!("struct {{ {} }}", parts.join("; "))
            }
            Type::Func(sig) => {
                let mut ps: Vec<String> = sig.params.iter().map(|p| n(*p)).collect();
                if sig.variadic {
                    if let Some(last) = sig.params.last() {
                        let e = self.elem_type(*last);
                        *ps.last_mut().unwrap() = format!("...{}", n(e));
                    }
                }
                let mut s = format!("func({})", ps.join(", "));
                match sig.results.len() {
                    0 => {}
                    1 => s.push_str(&format!(" {}", n(sig.results[0]))),
                    _ => {
                        let rs: Vec<String> = sig.results.iter().map(|r| n(*r)).collect();
                        s.push_str(&format!(" ({})", rs.join(", ")));
                    }
                }
                s
            }
            Type::Interface(ms) => {
                if ms.is_empty() {
                    return "interface {}".into();
                }
                let parts: Vec<String> = ms
                    .iter()
                    .map(|m| format!("{}{}", m.name, n(m.sig).trim_start_matches("func")))
                    .collect();
                format!("interface {{ {} }}", parts.join("; "))
            }
            Type::Tuple(ts) => {
                let parts: Vec<String> = ts.iter().map(|t| n(*t)).collect();
                format!("({})", parts.join(", "))
            }
        }
    }

    /// Builds `Program::types` (plus the two runtime error types) and the method wrappers.
    pub(crate) fn build_types(&mut self) -> Vec<RType> {
        let mut out = Vec::with_capacity(self.tt.types.len() + 2);
        for i in 0..self.tt.types.len() {
            let t = TypeId(i as u32);
            out.push(self.rtype(t));
        }
        for (i, rt) in out.iter_mut().enumerate() {
            let mut methods = self.method_set(TypeId(i as u32));
            methods.sort_by_key(|m| m.name);
            methods.dedup_by_key(|m| m.name);
            rt.methods = methods;
        }
        out
    }

    fn rtype(&mut self, t: TypeId) -> RType {
        let u = self.tt.underlying(t);
        let named = matches!(self.tt.get(t), Type::Named(_));
        let mut r = RType {
            kind: self.rkind(t),
            name: self.type_name(t),
            named,
            elem: 0,
            key: 0,
            len: 0,
            fields: vec![],
            methods: vec![],
            iface_methods: vec![],
        };
        match self.tt.get(u).clone() {
            Type::Basic(BasicKind::String) => r.elem = BasicKind::Uint8 as u32,
            Type::Pointer(e) | Type::Slice(e) | Type::Chan(_, e) => r.elem = e.0,
            Type::Array(n, e) => {
                r.elem = e.0;
                r.len = n;
            }
            Type::Map(k, v) => {
                r.key = k.0;
                r.elem = v.0;
            }
            Type::Struct(fs) => {
                r.fields = fs
                    .iter()
                    .map(|f| RField {
                        name: f.name.clone(),
                        typ: f.typ.0,
                        embedded: f.embedded,
                        exported: f.name.chars().next().is_some_and(|c| c.is_uppercase()),
                        tag: f.tag.clone().unwrap_or_default(),
                    })
                    .collect();
                let stdlib = self
                    .tt
                    .named_type(t)
                    .is_some_and(|n| !n.pkg.is_empty() && n.pkg != "main");
                if stdlib && r.fields.is_empty() {
                    r.fields.push(RField {
                        name: "_".into(),
                        typ: BasicKind::Int as u32,
                        embedded: false,
                        exported: false,
                        tag: String::new(),
                    });
                }
            }
            Type::Interface(ms) => {
                let mut ids: Vec<u32> = ms.iter().map(|m| self.method_name(&m.name)).collect();
                ids.sort();
                r.iface_methods = ids;
            }
            _ => {}
        }
        r
    }

    /// Direct methods of a named type: (name, impl, pointer receiver, obj typ).
    fn own_methods(&mut self, nid: NamedId) -> Vec<(String, MethodImpl, bool, TypeId)> {
        let nt = &self.tt.named[nid.0 as usize];
        let mut out = Vec::new();
        for &m in &nt.methods {
            let o = self.obj(m);
            let ptr = o.recv.is_some_and(|r| r.1);
            let imp = match &o.kind {
                ObjKind::Func { .. } => self.func_of(m).map(MethodImpl::Func),
                _ => {
                    let key = format!("{}.{}", nt.name, o.name);
                    self.native(&nt.pkg.clone(), &key).map(MethodImpl::Native)
                }
            };
            if let Some(imp) = imp {
                out.push((o.name.clone(), imp, ptr, o.typ));
            }
        }
        out
    }

    fn method_set(&mut self, t: TypeId) -> Vec<RMethod> {
        let (base, is_ptr) = match self.tt.get(t) {
            Type::Named(_) | Type::Struct(_) => (t, false),
            Type::Pointer(e) => match self.tt.get(*e) {
                Type::Named(_) | Type::Struct(_) => (*e, true),
                _ => return vec![],
            },
            _ => return vec![],
        };
        if self.is_iface(base) {
            return vec![];
        }
        // A wrapper past a limit is reported at the type's declaration.
        self.fs.span = self
            .tt
            .named_id(base)
            .map_or(Span::default(), |nid| self.tt.named[nid.0 as usize].span);
        let mut out = Vec::new();
        // Names found at a shallower depth (fields and methods) hide deeper ones.
        let mut seen = std::collections::HashSet::new();
        if let Some(nid) = self.tt.named_id(base) {
            for (name, imp, ptr, sig) in self.own_methods(nid) {
                seen.insert(name.clone());
                if is_ptr || !ptr {
                    let id = self.method_name(&name);
                    // `*T`'s entry for a value method loads the value (for a struct `T`,
                    // whose pointer is its own object, it checks the pointer is not nil:
                    // the method's prologue would copy a nil receiver as a zero value)
                    let func = if is_ptr && !ptr {
                        let target = Target {
                            name: name.clone(),
                            path: &[],
                            imp,
                            ptr_recv: false,
                            inner: base,
                            holds_ptr: true,
                        };
                        let sizes = self.wrapper_sizes(sig, 1);
                        let fname = format!("{}.{}", self.type_name(t), name);
                        MethodImpl::Func(self.method_wrapper(fname, &target, sizes))
                    } else {
                        imp
                    };
                    out.push(RMethod {
                        name: id,
                        func,
                        ptr_recv: ptr,
                    });
                }
            }
        }
        // Methods promoted through embedded fields, depth by depth (Go's selector rules: a
        // name found twice at the shallowest depth it occurs at is ambiguous and promotes
        // nothing; fields hide methods of the same name at deeper depths).
        // Frontier entries: (path, type, reached through a pointer or addressable, last step
        // through a pointer).
        let embedded = |c: &Self, path: &[usize], st: TypeId, addressable: bool| {
            let mut out = Vec::new();
            if let Type::Struct(fs) = c.under(st) {
                for (i, f) in fs.iter().enumerate() {
                    if !f.embedded {
                        continue;
                    }
                    let (inner, via_ptr) = match c.tt.get(f.typ) {
                        Type::Pointer(e) => (*e, true),
                        _ => (f.typ, false),
                    };
                    let mut p = path.to_vec();
                    p.push(i);
                    out.push((p, inner, addressable || via_ptr, via_ptr));
                }
            }
            out
        };
        if let Type::Struct(fs) = self.under(base) {
            for f in fs {
                seen.insert(f.name.clone());
            }
        }
        let mut frontier = embedded(self, &[], base, is_ptr);
        for _depth in 0..8 {
            if frontier.is_empty() {
                break;
            }
            let mut cands: Vec<(String, Vec<usize>, TypeId, bool, bool)> = Vec::new();
            let mut counts: std::collections::HashMap<String, usize> = Default::default();
            for (path, inner, addressable, via_ptr) in &frontier {
                let names: Vec<String> = match self.under(*inner) {
                    Type::Interface(ms) => ms.iter().map(|m| m.name.clone()).collect(),
                    _ => match self.tt.named_id(*inner) {
                        Some(inid) => self.tt.named[inid.0 as usize]
                            .methods
                            .iter()
                            .map(|&m| self.obj(m).name.clone())
                            .collect(),
                        None => vec![],
                    },
                };
                for name in names {
                    if seen.contains(&name) {
                        continue;
                    }
                    *counts.entry(name.clone()).or_default() += 1;
                    cands.push((name, path.clone(), *inner, *addressable, *via_ptr));
                }
                if let Type::Struct(fs) = self.under(*inner) {
                    for f in fs {
                        if !seen.contains(&f.name) {
                            *counts.entry(f.name.clone()).or_default() += 1;
                        }
                    }
                }
            }
            for (name, path, inner, addressable, via_ptr) in cands {
                if counts.get(&name) != Some(&1) {
                    continue;
                }
                let id = self.method_name(&name);
                if let Type::Interface(ms) = self.under(inner).clone() {
                    let sig = ms.iter().find(|m| m.name == name).map(|m| m.sig);
                    let sizes = self.wrapper_sizes(sig.unwrap_or(TypeId(0)), 1);
                    let fname = format!("{}.{}", self.type_name(t), name);
                    let w = self.iface_wrapper(fname, &path, &name, sizes);
                    out.push(RMethod {
                        name: id,
                        func: MethodImpl::Func(w),
                        ptr_recv: false,
                    });
                    continue;
                }
                let Some(inid) = self.tt.named_id(inner) else {
                    continue;
                };
                let Some((_, imp, ptr, sig)) =
                    self.own_methods(inid).into_iter().find(|m| m.0 == name)
                else {
                    continue;
                };
                if ptr && !addressable {
                    continue;
                }
                let target = Target {
                    name: name.clone(),
                    path: &path,
                    imp,
                    ptr_recv: ptr,
                    inner,
                    holds_ptr: via_ptr,
                };
                let sizes = self.wrapper_sizes(sig, 1);
                let fname = format!("{}.{}", self.type_name(t), name);
                let w = self.method_wrapper(fname, &target, sizes);
                out.push(RMethod {
                    name: id,
                    func: MethodImpl::Func(w),
                    ptr_recv: ptr,
                });
            }
            seen.extend(counts.into_keys());
            let mut next = Vec::new();
            for (path, inner, addressable, _) in &frontier {
                next.extend(embedded(self, path, *inner, *addressable));
            }
            frontier = next;
        }
        out
    }
}

fn lang_basic_name(k: BasicKind) -> String {
    use BasicKind::*;
    match k {
        Bool => "bool",
        Int => "int",
        Int8 => "int8",
        Int16 => "int16",
        Int32 => "int32",
        Int64 => "int64",
        Uint => "uint",
        Uint8 => "uint8",
        Uint16 => "uint16",
        Uint32 => "uint32",
        Uint64 => "uint64",
        Uintptr => "uintptr",
        Float32 => "float32",
        Float64 => "float64",
        Complex64 => "complex64",
        Complex128 => "complex128",
        String => "string",
        UnsafePointer => "unsafe.Pointer",
        _ => "invalid type",
    }
    .into()
}

trait BasicOr {
    fn basic_or<'a>(&'a self, k: &'a BasicKind) -> &'a BasicKind;
}
impl BasicOr for Type {
    fn basic_or<'a>(&'a self, k: &'a BasicKind) -> &'a BasicKind {
        match self {
            Type::Basic(b) => b,
            _ => k,
        }
    }
}
