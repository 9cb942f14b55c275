//! The predeclared world: `TypeTable::new` (basic types at ids 0.., then `error`), type
//! interning helpers and classification predicates on `TypeTable`, and the universe scope's
//! objects (types, constants `true`/`false`/`iota`, `nil`, builtins).
//!
//! Invariants:
//! - `TypeId(k as u32)` is the basic type of kind `k` for every `BasicKind` (BASIC_KINDS order).
//! - `TypeTable::error_type()` is the predeclared `error` (NamedId 0, pkg ""), whose underlying
//!   type is `interface{ Error() string }`; `TypeTable::empty_interface()` is `interface{}`.
//! - Unnamed types are only created through `TypeTable::intern`, so identical unnamed types share
//!   one id and identity is `==`.

use crate::ast::Span;
use crate::types::*;
use std::collections::HashMap;

/// `TypeId` of predeclared `error`: directly after the basic types.
pub const ERROR_TYPE: TypeId = TypeId(BASIC_KINDS.len() as u32);

impl Default for TypeTable {
    fn default() -> Self {
        TypeTable::new()
    }
}

impl TypeTable {
    /// Basic types in `BASIC_KINDS` order, then `error` (a Named type, `NamedId(0)`).
    pub fn new() -> TypeTable {
        let mut tt = TypeTable {
            types: Vec::new(),
            named: Vec::new(),
            intern: HashMap::new(),
            type_param_terms: HashMap::new(),
        };
        for k in BASIC_KINDS {
            tt.intern(Type::Basic(k));
        }
        let err_named = tt.new_named("error", "", Span::default());
        debug_assert_eq!(err_named.1, ERROR_TYPE);
        let string = TypeTable::basic(BasicKind::String);
        let sig = tt.intern(Type::Func(Signature {
            params: vec![],
            results: vec![string],
            variadic: false,
        }));
        let iface = tt.intern(Type::Interface(vec![InterfaceMethod {
            name: "Error".into(),
            sig,
        }]));
        tt.named[0].underlying = iface;
        tt.intern(Type::Interface(vec![]));
        tt
    }

    /// The id of `t`, creating it if new (unnamed types are interned).
    pub fn intern(&mut self, t: Type) -> TypeId {
        if let Some(&id) = self.intern.get(&t) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(t.clone());
        self.intern.insert(t, id);
        id
    }

    /// Creates a new defined type with an invalid underlying type (set it later).
    pub fn new_named(&mut self, name: &str, pkg: &str, span: Span) -> (NamedId, TypeId) {
        let nid = NamedId(self.named.len() as u32);
        self.named.push(NamedType {
            name: name.to_string(),
            pkg: pkg.to_string(),
            underlying: TypeTable::basic(BasicKind::Invalid),
            methods: Vec::new(),
            span,
            type_args: Vec::new(),
        });
        let id = TypeId(self.types.len() as u32);
        self.types.push(Type::Named(nid));
        self.intern.insert(Type::Named(nid), id);
        (nid, id)
    }

    pub fn error_type(&self) -> TypeId {
        ERROR_TYPE
    }
    pub fn empty_interface(&mut self) -> TypeId {
        self.intern(Type::Interface(vec![]))
    }
    pub fn named_type(&self, t: TypeId) -> Option<&NamedType> {
        match self.get(t) {
            Type::Named(n) => Some(&self.named[n.0 as usize]),
            _ => None,
        }
    }
    pub fn named_id(&self, t: TypeId) -> Option<NamedId> {
        match self.get(t) {
            Type::Named(n) => Some(*n),
            _ => None,
        }
    }
    /// The `TypeId` of a named type.
    pub fn named_type_id(&self, n: NamedId) -> TypeId {
        self.intern[&Type::Named(n)]
    }
    pub fn pointer(&mut self, t: TypeId) -> TypeId {
        self.intern(Type::Pointer(t))
    }
    pub fn slice(&mut self, t: TypeId) -> TypeId {
        self.intern(Type::Slice(t))
    }
    pub fn tuple(&mut self, ts: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(ts))
    }

    /// Follows Named types to their underlying (non-named) type.
    pub fn underlying(&self, mut t: TypeId) -> TypeId {
        for _ in 0..100 {
            match self.get(t) {
                Type::Named(n) => t = self.named[n.0 as usize].underlying,
                _ => return t,
            }
        }
        TypeTable::basic(BasicKind::Invalid)
    }
    pub fn under(&self, t: TypeId) -> &Type {
        self.get(self.underlying(t))
    }
    pub fn basic_kind(&self, t: TypeId) -> Option<BasicKind> {
        match self.under(t) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }
    pub fn is_invalid(&self, t: TypeId) -> bool {
        t == TypeTable::basic(BasicKind::Invalid)
    }
    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Named(_) | Type::Basic(_))
    }
    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Basic(k) if is_untyped_kind(*k))
    }
    /// Whether `p` holds for the basic kind of `t`, or of every term type when `t` is a type
    /// parameter with type terms.
    fn kinds_all(&self, t: TypeId, p: impl Fn(BasicKind) -> bool) -> bool {
        match self.type_param_terms.get(&t) {
            Some(ts) => !ts.is_empty() && ts.iter().all(|&u| self.basic_kind(u).is_some_and(&p)),
            None => self.basic_kind(t).is_some_and(p),
        }
    }
    pub fn is_integer(&self, t: TypeId) -> bool {
        self.kinds_all(t, is_integer_kind)
    }
    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.kinds_all(t, is_unsigned_kind)
    }
    pub fn is_float(&self, t: TypeId) -> bool {
        self.kinds_all(t, |k| {
            matches!(
                k,
                BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat
            )
        })
    }
    pub fn is_complex(&self, t: TypeId) -> bool {
        self.kinds_all(t, |k| {
            matches!(
                k,
                BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex
            )
        })
    }
    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.kinds_all(t, |k| {
            is_integer_kind(k)
                || matches!(
                    k,
                    BasicKind::Float32
                        | BasicKind::Float64
                        | BasicKind::UntypedFloat
                        | BasicKind::Complex64
                        | BasicKind::Complex128
                        | BasicKind::UntypedComplex
                )
        })
    }
    pub fn is_string(&self, t: TypeId) -> bool {
        self.kinds_all(t, |k| {
            matches!(k, BasicKind::String | BasicKind::UntypedString)
        })
    }
    pub fn is_boolean(&self, t: TypeId) -> bool {
        self.kinds_all(t, |k| matches!(k, BasicKind::Bool | BasicKind::UntypedBool))
    }
    pub fn is_ordered(&self, t: TypeId) -> bool {
        self.kinds_all(t, |k| {
            is_integer_kind(k)
                || matches!(
                    k,
                    BasicKind::Float32
                        | BasicKind::Float64
                        | BasicKind::UntypedFloat
                        | BasicKind::String
                        | BasicKind::UntypedString
                )
        })
    }
    pub fn is_const_type(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(|k| {
            !matches!(
                k,
                BasicKind::Invalid | BasicKind::UnsafePointer | BasicKind::UntypedNil
            )
        })
    }
    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Interface(_))
    }
    pub fn is_pointer(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Pointer(_))
    }
    /// Whether values of `t` can be compared with `==`.
    pub fn comparable(&self, t: TypeId) -> bool {
        self.comparable_depth(t, 0)
    }
    fn comparable_depth(&self, t: TypeId, depth: u32) -> bool {
        if depth > 50 {
            return true;
        }
        match self.under(t) {
            Type::Basic(k) => *k != BasicKind::UntypedNil,
            Type::Pointer(_) | Type::Chan(..) | Type::Interface(_) => true,
            Type::Struct(fs) => fs.iter().all(|f| self.comparable_depth(f.typ, depth + 1)),
            Type::Array(_, e) => self.comparable_depth(*e, depth + 1),
            _ => false,
        }
    }
    /// Whether `t` has a nil value.
    pub fn has_nil(&self, t: TypeId) -> bool {
        match self.under(t) {
            Type::Basic(k) => *k == BasicKind::UnsafePointer || *k == BasicKind::UntypedNil,
            Type::Pointer(_)
            | Type::Slice(_)
            | Type::Map(..)
            | Type::Chan(..)
            | Type::Func(_)
            | Type::Interface(_) => true,
            _ => false,
        }
    }
    pub fn signature(&self, t: TypeId) -> Option<&Signature> {
        match self.under(t) {
            Type::Func(s) => Some(s),
            _ => None,
        }
    }
    pub fn interface_methods(&self, t: TypeId) -> Option<&Vec<InterfaceMethod>> {
        match self.under(t) {
            Type::Interface(m) => Some(m),
            _ => None,
        }
    }
    /// The default type of an untyped type (`untyped int` → `int` ...); others unchanged.
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.get(t) {
            Type::Basic(k) => TypeTable::basic(match k {
                BasicKind::UntypedBool => BasicKind::Bool,
                BasicKind::UntypedInt => BasicKind::Int,
                BasicKind::UntypedRune => BasicKind::Int32,
                BasicKind::UntypedFloat => BasicKind::Float64,
                BasicKind::UntypedComplex => BasicKind::Complex128,
                BasicKind::UntypedString => BasicKind::String,
                k => *k,
            }),
            _ => t,
        }
    }
}

pub fn is_untyped_kind(k: BasicKind) -> bool {
    use BasicKind::*;
    matches!(
        k,
        UntypedBool
            | UntypedInt
            | UntypedRune
            | UntypedFloat
            | UntypedComplex
            | UntypedString
            | UntypedNil
    )
}
pub fn is_integer_kind(k: BasicKind) -> bool {
    use BasicKind::*;
    matches!(
        k,
        Int | Int8
            | Int16
            | Int32
            | Int64
            | Uint
            | Uint8
            | Uint16
            | Uint32
            | Uint64
            | Uintptr
            | UntypedInt
            | UntypedRune
    )
}
pub fn is_unsigned_kind(k: BasicKind) -> bool {
    use BasicKind::*;
    matches!(k, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
}

pub fn basic_name(k: BasicKind) -> &'static str {
    use BasicKind::*;
    match k {
        Invalid => "invalid type",
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
        UntypedBool => "untyped bool",
        UntypedInt => "untyped int",
        UntypedRune => "untyped rune",
        UntypedFloat => "untyped float",
        UntypedComplex => "untyped complex",
        UntypedString => "untyped string",
        UntypedNil => "untyped nil",
    }
}

/// The universe scope's objects, in a fixed order: `(name, object)`.
pub fn universe_objects(tt: &mut TypeTable) -> Vec<Object> {
    use BasicKind::*;
    let mut out = Vec::new();
    let obj = |name: &str, kind: ObjKind, typ: TypeId| Object {
        name: name.to_string(),
        kind,
        typ,
        span: Span::default(),
        recv: None,
    };
    for k in [
        Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
        Float32, Float64, Complex64, Complex128, String,
    ] {
        out.push(obj(basic_name(k), ObjKind::TypeName, TypeTable::basic(k)));
    }
    out.push(obj("byte", ObjKind::TypeName, TypeTable::basic(Uint8)));
    out.push(obj("rune", ObjKind::TypeName, TypeTable::basic(Int32)));
    out.push(obj("error", ObjKind::TypeName, ERROR_TYPE));
    let any = tt.empty_interface();
    out.push(obj("any", ObjKind::TypeName, any));
    out.push(obj(
        "true",
        ObjKind::Const(ConstValue::Bool(true)),
        TypeTable::basic(UntypedBool),
    ));
    out.push(obj(
        "false",
        ObjKind::Const(ConstValue::Bool(false)),
        TypeTable::basic(UntypedBool),
    ));
    out.push(obj(
        "iota",
        ObjKind::Const(ConstValue::Int(0.into())),
        TypeTable::basic(UntypedInt),
    ));
    out.push(obj("nil", ObjKind::Nil, TypeTable::basic(UntypedNil)));
    use Builtin as B;
    for (n, b) in [
        ("append", B::Append),
        ("cap", B::Cap),
        ("clear", B::Clear),
        ("close", B::Close),
        ("complex", B::Complex),
        ("copy", B::Copy),
        ("delete", B::Delete),
        ("imag", B::Imag),
        ("len", B::Len),
        ("make", B::Make),
        ("max", B::Max),
        ("min", B::Min),
        ("new", B::New),
        ("panic", B::Panic),
        ("print", B::Print),
        ("println", B::Println),
        ("real", B::Real),
        ("recover", B::Recover),
    ] {
        out.push(obj(n, ObjKind::Builtin(b), TypeTable::basic(Invalid)));
    }
    out
}

pub fn builtin_name(b: Builtin) -> &'static str {
    use Builtin::*;
    match b {
        Append => "append",
        Cap => "cap",
        Clear => "clear",
        Close => "close",
        Complex => "complex",
        Copy => "copy",
        Delete => "delete",
        Imag => "imag",
        Len => "len",
        Make => "make",
        Max => "max",
        Min => "min",
        New => "new",
        Panic => "panic",
        Print => "print",
        Println => "println",
        Real => "real",
        Recover => "recover",
    }
}
