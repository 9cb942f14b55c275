//! Go types as the checker computes them, and the side tables (`TypeInfo`) it hands the compiler.
//!
//! Invariants:
//! - A `TypeId` indexes `TypeTable::types`. Unnamed (composite) types are interned: two
//!   identical unnamed types have the same `TypeId`, so type identity is `==` on ids.
//!   Every `Named` type is distinct (one per declaration).
//! - `TypeId`s 0.. are the predeclared basic types in `BasicKind` order (see `TypeTable::new`),
//!   so `TypeTable::basic(kind)` is a constant-time lookup.
//! - `TypeInfo` is keyed by `ast::ExprId`; every expression the checker accepted has an entry in
//!   `TypeInfo::exprs`; every identifier that declares or uses an object has an entry in
//!   `defs` / `uses`.

use crate::ast::{ChanDir, ExprId, Span};
use num_bigint::BigInt;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

pub const BASIC_KINDS: [BasicKind; 26] = [
    BasicKind::Invalid,
    BasicKind::Bool,
    BasicKind::Int,
    BasicKind::Int8,
    BasicKind::Int16,
    BasicKind::Int32,
    BasicKind::Int64,
    BasicKind::Uint,
    BasicKind::Uint8,
    BasicKind::Uint16,
    BasicKind::Uint32,
    BasicKind::Uint64,
    BasicKind::Uintptr,
    BasicKind::Float32,
    BasicKind::Float64,
    BasicKind::Complex64,
    BasicKind::Complex128,
    BasicKind::String,
    BasicKind::UnsafePointer,
    BasicKind::UntypedBool,
    BasicKind::UntypedInt,
    BasicKind::UntypedRune,
    BasicKind::UntypedFloat,
    BasicKind::UntypedComplex,
    BasicKind::UntypedString,
    BasicKind::UntypedNil,
];

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StructField {
    pub name: String,
    pub typ: TypeId,
    pub embedded: bool,
    pub tag: Option<String>,
    /// Package path for unexported names (identity of unexported fields), "" if exported.
    pub pkg: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last param is `...T`; its TypeId is then the slice type `[]T`.
    pub variadic: bool,
}

/// A method of an interface type (name + signature without receiver).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct InterfaceMethod {
    pub name: String,
    pub sig: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Basic(BasicKind),
    /// A defined type. `underlying` is filled in after the declaration is resolved.
    Named(NamedId),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<StructField>),
    /// `TypeId`s of `Type::Func` are signatures.
    Func(Signature),
    /// Method set, sorted by name, embedded interfaces already flattened.
    Interface(Vec<InterfaceMethod>),
    /// Result list of a multi-value call.
    Tuple(Vec<TypeId>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NamedId(pub u32);

/// A defined (named) type: `type T underlying`, or a predeclared named type (`error`).
#[derive(Clone, Debug)]
pub struct NamedType {
    pub name: String,
    /// Package path: "main", or "" for predeclared `error`; stdlib types use their package
    /// ("time", "sync", "strings" ...).
    pub pkg: String,
    pub underlying: TypeId,
    /// Methods declared on `T` or `*T`, in declaration order.
    pub methods: Vec<ObjId>,
    pub span: Span,
    /// For an instance of a generic type (`Box[int]`, named so): its type arguments, which
    /// `%T` spells package-qualified (`main.Box[main.T]`); empty otherwise.
    pub type_args: Vec<TypeId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

#[derive(Clone, Debug)]
pub enum ConstValue {
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    String(Vec<u8>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    /// A variable. `global` for package-level variables; `param` for parameters and results;
    /// `captured` is set when a function literal refers to it from an inner function (the
    /// compiler boxes such variables); `addressed` when `&v` (or an implicit `&v` for a
    /// pointer-method call on an addressable value) is taken.
    Var {
        global: bool,
        param: bool,
        captured: bool,
        addressed: bool,
    },
    Const(ConstValue),
    TypeName,
    /// A declared function or method (`decl` = index into `File::decls`).
    Func {
        decl: usize,
    },
    /// A function/variable/constant/type of a stdlib package, e.g. `fmt.Println`.
    PkgMember {
        pkg: String,
        name: String,
    },
    PkgName(String),
    Builtin(Builtin),
    Nil,
    Label,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    pub typ: TypeId,
    /// Declaring identifier's span (for diagnostics; default for universe objects).
    pub span: Span,
    /// For a method: the receiver's named type and whether the receiver is a pointer.
    pub recv: Option<(NamedId, bool)>,
}

/// What an expression denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A value (possibly addressable).
    Value,
    /// A variable: addressable value.
    Variable,
    /// A map index expression (assignable, not addressable; `v, ok` form allowed).
    MapIndex,
    /// A channel receive or type assertion (`v, ok` form allowed).
    CommaOk,
    Constant,
    TypeExpr,
    Builtin,
    Package,
    /// A call of a function with no results.
    NoValue,
}

#[derive(Clone, Debug)]
pub struct TypeAndValue {
    pub mode: Mode,
    /// For untyped constants used in a typed context, the context's type (as in go/types).
    pub typ: TypeId,
    pub value: Option<ConstValue>,
}

/// How a selector `x.f` was resolved.
#[derive(Clone, Debug)]
pub enum Selection {
    /// A struct field reached through `path` (indices of embedded fields, then the field).
    /// `indirect` per step: whether a pointer is dereferenced before that step.
    Field {
        path: Vec<usize>,
        indirect: Vec<bool>,
    },
    /// A method value or call `x.m`: `path`/`indirect` reach the embedded receiver, then
    /// `method`; `addr` = take the address of the (addressable) receiver for a pointer method;
    /// `deref` = load through a pointer receiver for a value method.
    Method {
        path: Vec<usize>,
        indirect: Vec<bool>,
        method: ObjId,
        addr: bool,
        deref: bool,
    },
    /// A method of an interface type called dynamically; index into the interface's sorted
    /// method list.
    InterfaceMethod {
        path: Vec<usize>,
        indirect: Vec<bool>,
        index: usize,
    },
    /// `T.m` / `(*T).m` method expression of a concrete method: `path` reaches the embedded
    /// receiver from the first argument; `ptr` = the value at the end of the path is a pointer
    /// (a value method then loads through it; a pointer method takes the field's address
    /// when it is not).
    MethodExpr {
        path: Vec<usize>,
        method: ObjId,
        ptr: bool,
    },
    /// `pkg.Name`.
    PkgMember(ObjId),
}

/// Everything the checker learned, for the compiler.
#[derive(Debug, Default)]
pub struct TypeInfo {
    pub exprs: ExprTypes,
    /// Identifier → object it declares.
    pub defs: HashMap<ExprId, ObjId>,
    /// Identifier → object it refers to.
    pub uses: HashMap<ExprId, ObjId>,
    /// Selector expression (`ExprId` of the `Selector` expr) → how it resolved.
    pub selections: HashMap<ExprId, Selection>,
    /// Type-switch clause (span of the clause) → the implicitly declared variable, if `v :=`.
    pub implicits: HashMap<Span, ObjId>,
    /// Package-level variables in initialisation order (Go's dependency order), each with the
    /// index of its `ValueSpec` declaration in `File::decls` (decl index, spec index).
    pub init_order: Vec<(Vec<ObjId>, usize, usize)>,
    pub objects: Vec<Object>,
    /// An expression naming a generic function (`F` in `F(x)`, `F[int]`) → the instance it
    /// denotes (index into `instances`).
    pub instance_of: HashMap<ExprId, u32>,
    /// Instances of generic functions, one per distinct (function, type arguments)
    /// (monomorphisation; only in the package-level `TypeInfo`).
    pub instances: Vec<Instance>,
    /// Method of an instantiated generic type → its instance (index into `instances`).
    pub method_instance: HashMap<ObjId, u32>,
}

/// The type and value of each checked expression, by `ExprId`. Stored densely from the lowest
/// id recorded, so a generic instance's table (its function's expressions only) costs the
/// function's size, not the program's.
#[derive(Debug, Default, Clone)]
pub struct ExprTypes {
    base: usize,
    slots: Vec<Option<TypeAndValue>>,
}

impl ExprTypes {
    pub fn get(&self, id: ExprId) -> Option<&TypeAndValue> {
        let i = (id.0 as usize).checked_sub(self.base)?;
        self.slots.get(i)?.as_ref()
    }

    pub fn set(&mut self, id: ExprId, tv: TypeAndValue) {
        let id = id.0 as usize;
        if self.slots.is_empty() {
            self.base = id;
        } else if id < self.base {
            let grow = self.base - id;
            self.slots.splice(0..0, std::iter::repeat_n(None, grow));
            self.base = id;
        }
        let i = id - self.base;
        if i >= self.slots.len() {
            self.slots.resize(i + 1, None);
        }
        self.slots[i] = Some(tv);
    }

    /// Every recorded type and value, in id order.
    pub fn iter(&self) -> impl Iterator<Item = &TypeAndValue> {
        self.slots.iter().flatten()
    }
}

/// One instance of a generic function: its body checked again with the type parameters bound
/// to `targs`.
#[derive(Debug)]
pub struct Instance {
    /// `File::decls` index of the generic function.
    pub decl: usize,
    pub targs: Vec<TypeId>,
    /// The signature with the type arguments substituted.
    pub sig: TypeId,
    /// Side tables of this instance's body (`exprs`, `defs`, `uses`, `selections`,
    /// `implicits`, `instance_of`); objects stay in the package-level `TypeInfo::objects`.
    pub body: TypeInfo,
}

/// All types of one program.
#[derive(Debug)]
pub struct TypeTable {
    pub types: Vec<Type>,
    pub named: Vec<NamedType>,
    pub intern: HashMap<Type, TypeId>,
    /// Type parameter whose constraint has type terms → the terms' types: the type
    /// predicates (`is_numeric`, ...) hold for it when they hold for every term.
    pub type_param_terms: HashMap<TypeId, Vec<TypeId>>,
}

impl TypeTable {
    pub fn basic(kind: BasicKind) -> TypeId {
        TypeId(kind as u32)
    }
    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.0 as usize]
    }
}
