//! Type expressions: evaluating an `ast::Expr` that denotes a type to a `TypeId` (types2's
//! `typexpr.go`), including struct, interface, function and array types.
//!
//! Invariants: every type expression node that resolves gets a `Mode::TypeExpr` entry in
//! `info.exprs`; identifiers naming types get `uses` entries; `G[A]` of a generic type is
//! its instance (`generic_types`); an interface's type terms make it a constraint.

use super::*;
use crate::ast::{ExprKind, Field, FuncType};

impl<'a> Checker<'a> {
    /// Evaluates `e` as a type; reports an error and returns INVALID if it is not one.
    pub fn typ(&mut self, e: &'a Expr) -> TypeId {
        let t = self.typ_inner(e);
        let t = self.check_not_constraint(e, t);
        if t != INVALID {
            self.set_expr(
                e.id,
                TypeAndValue {
                    mode: Mode::TypeExpr,
                    typ: t,
                    value: None,
                },
            );
        }
        t
    }

    fn typ_inner(&mut self, e: &'a Expr) -> TypeId {
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => {
                let x = self.expr_or_type(e);
                match x.mode {
                    OpMode::TypeExpr => x.typ,
                    OpMode::Invalid => INVALID,
                    OpMode::NoValue => {
                        self.error(e.span, format!("{} used as type", self.expr_str(e)));
                        INVALID
                    }
                    _ => {
                        self.error(e.span, format!("{} is not a type", self.op_str(&x)));
                        INVALID
                    }
                }
            }
            ExprKind::Paren(x) => self.typ(x),
            ExprKind::Star(x) => {
                let t = self.typ(x);
                if t == INVALID {
                    return INVALID;
                }
                self.tt.pointer(t)
            }
            ExprKind::ArrayType { len: None, elem } => {
                let t = self.typ(elem);
                if t == INVALID {
                    return INVALID;
                }
                self.tt.slice(t)
            }
            ExprKind::ArrayType {
                len: Some(len),
                elem,
            } => {
                if matches!(len.kind, ExprKind::Ellipsis(None)) {
                    self.error(
                        len.span,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    self.typ(elem);
                    return INVALID;
                }
                let n = self.array_length(len);
                let t = self.typ(elem);
                match n {
                    Some(n) if t != INVALID => self.tt.intern(Type::Array(n, t)),
                    _ => INVALID,
                }
            }
            ExprKind::MapType(k, v) => {
                let kt = self.typ(k);
                let vt = self.typ(v);
                if kt == INVALID || vt == INVALID {
                    return INVALID;
                }
                if !self.tt.comparable(kt) && !matches!(self.tt.get(kt), Type::Named(_)) {
                    self.error(
                        k.span,
                        format!("invalid map key type {}", self.type_str(kt)),
                    );
                    return INVALID;
                }
                self.tt.intern(Type::Map(kt, vt))
            }
            ExprKind::ChanType(dir, el) => {
                let t = self.typ(el);
                if t == INVALID {
                    return INVALID;
                }
                self.tt.intern(Type::Chan(*dir, t))
            }
            ExprKind::FuncType(ft) => self.signature(ft, None).0,
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::InterfaceType(fields) => self.interface_type(fields),
            ExprKind::Index(base, _) | ExprKind::IndexList(base, _) => {
                match self.generic_type_ref(e) {
                    Some((obj, base, targs)) => self.instantiated_type(e, obj, base, targs),
                    None => {
                        if self.typ(base) != INVALID {
                            self.not_generic(base);
                        }
                        INVALID
                    }
                }
            }
            ExprKind::Union(_) | ExprKind::Tilde(_) => {
                let msg = format!("cannot use {} outside a type constraint", self.expr_str(e));
                self.error(e.span, msg);
                INVALID
            }
            ExprKind::Bad => INVALID,
            _ => {
                self.error(e.span, format!("{} is not a type", self.expr_str(e)));
                INVALID
            }
        }
    }

    pub fn array_length(&mut self, len: &'a Expr) -> Option<u64> {
        let x = self.expr(len);
        if x.is_invalid() {
            return None;
        }
        if x.mode != OpMode::Constant {
            self.error(
                len.span,
                format!(
                    "array length {} (value of type {}) must be constant",
                    self.expr_str(len),
                    self.type_str(x.typ)
                ),
            );
            return None;
        }
        if self.tt.is_untyped(x.typ) || self.tt.is_integer(x.typ) {
            if let Some(n) = x.val.as_ref().and_then(constant::to_int) {
                use num_traits::ToPrimitive;
                if let Some(n) = n.to_u64() {
                    if self.tt.is_untyped(x.typ) {
                        self.update_expr_type(len.id, TypeTable::basic(BasicKind::Int));
                    }
                    return Some(n);
                }
                self.error(
                    len.span,
                    format!("invalid array length {}", self.expr_str(len)),
                );
                return None;
            }
        }
        self.error(
            len.span,
            format!("array length {} must be integer", self.op_str(&x)),
        );
        None
    }

    pub fn struct_type(&mut self, fields: &'a [Field]) -> TypeId {
        let mut out: Vec<StructField> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        for f in fields {
            let t = self.typ(&f.typ);
            if f.names.is_empty() {
                // embedded: T, *T, pkg.T
                let mut base = &f.typ;
                if let ExprKind::Star(b) = &base.kind {
                    base = b;
                }
                let name = match &base.kind {
                    ExprKind::Ident(i) => i.name.clone(),
                    ExprKind::Selector(_, s) => s.name.clone(),
                    // an instantiated generic type: named after the generic type
                    ExprKind::Index(x, _) | ExprKind::IndexList(x, _)
                        if matches!(x.kind, ExprKind::Ident(_)) =>
                    {
                        self.expr_str(x)
                    }
                    _ => {
                        self.error(f.typ.span, "invalid embedded field type");
                        continue;
                    }
                };
                if t != INVALID {
                    let u = self.tt.underlying(t);
                    let bad = match self.tt.get(t) {
                        Type::Pointer(p) => {
                            matches!(self.tt.under(*p), Type::Pointer(_) | Type::Interface(_))
                        }
                        _ => matches!(self.tt.get(u), Type::Pointer(_)),
                    };
                    if bad {
                        self.error(
                            f.typ.span,
                            "embedded field type cannot be a pointer to an interface",
                        );
                    }
                }
                if !seen.insert(name.clone()) {
                    self.error(f.typ.span, format!("{name} redeclared"));
                }
                let pkg = if is_exported(&name) {
                    String::new()
                } else {
                    "main".into()
                };
                out.push(StructField {
                    name,
                    typ: t,
                    embedded: true,
                    tag: f.tag.clone(),
                    pkg,
                });
            } else {
                for n in &f.names {
                    if n.name != "_" && !seen.insert(n.name.clone()) {
                        self.error(n.span, format!("{} redeclared", n.name));
                    }
                    let pkg = if is_exported(&n.name) {
                        String::new()
                    } else {
                        "main".into()
                    };
                    out.push(StructField {
                        name: n.name.clone(),
                        typ: t,
                        embedded: false,
                        tag: f.tag.clone(),
                        pkg,
                    });
                }
            }
        }
        self.tt.intern(Type::Struct(out))
    }

    pub fn interface_type(&mut self, fields: &'a [Field]) -> TypeId {
        self.interface_type_set(fields).0
    }

    /// An interface type: its method interface, and its type set when it has type terms or
    /// embeds `comparable` (a constraint).
    pub(crate) fn interface_type_set(
        &mut self,
        fields: &'a [Field],
    ) -> (TypeId, Option<generic::TypeSet>) {
        let mut methods: Vec<InterfaceMethod> = Vec::new();
        let mut set: Option<generic::TypeSet> = None;
        for f in fields {
            if let (Some(n), ExprKind::FuncType(ft)) = (f.names.first(), &f.typ.kind) {
                let (sig, _) = self.signature(ft, None);
                if methods.iter().any(|m| m.name == n.name) {
                    self.error(n.span, format!("duplicate method {}", n.name));
                    continue;
                }
                methods.push(InterfaceMethod {
                    name: n.name.clone(),
                    sig,
                });
            } else {
                if matches!(f.typ.kind, ExprKind::Union(_) | ExprKind::Tilde(_)) {
                    let mut terms = Vec::new();
                    self.union_terms(&f.typ, &mut terms);
                    self.restrict_terms(set.get_or_insert_with(Default::default), terms);
                    continue;
                }
                let t = self.constraint_typ(&f.typ);
                if t == INVALID {
                    continue;
                }
                if let Some(c) = self.gen.constraints.get(&t).cloned() {
                    let s = set.get_or_insert_with(Default::default);
                    s.comparable |= c.comparable;
                    if let Some(terms) = c.terms {
                        self.restrict_terms(s, terms);
                    }
                }
                match self.tt.interface_methods(t).cloned() {
                    Some(ms) => {
                        for m in ms {
                            if let Some(old) = methods.iter().find(|o| o.name == m.name) {
                                if old.sig != m.sig {
                                    self.error(f.typ.span, format!("duplicate method {}", m.name));
                                }
                                continue;
                            }
                            methods.push(m);
                        }
                    }
                    None => {
                        let s = set.get_or_insert_with(Default::default);
                        self.restrict_terms(
                            s,
                            vec![generic::Term {
                                tilde: false,
                                typ: t,
                            }],
                        );
                    }
                }
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        let t = self.tt.intern(Type::Interface(methods));
        if let Some(s) = &mut set {
            s.methods = Some(t);
        }
        (t, set)
    }

    /// Evaluates a function type. Returns the signature's `TypeId` and, per parameter and result
    /// field name, its type (for declaring them in a body scope).
    pub fn signature(
        &mut self,
        ft: &'a FuncType,
        _recv: Option<&'a Field>,
    ) -> (TypeId, Vec<(&'a ast::Ident, TypeId, bool)>) {
        let mut params = Vec::new();
        let mut names = Vec::new();
        let nparams = ft.params.len();
        for (i, f) in ft.params.iter().enumerate() {
            let t = if let ExprKind::Ellipsis(Some(el)) = &f.typ.kind {
                if !(ft.variadic && i + 1 == nparams) {
                    self.error(f.typ.span, "can only use ... with final parameter in list");
                }
                let et = self.typ(el);
                if et == INVALID {
                    INVALID
                } else {
                    let s = self.tt.slice(et);
                    self.set_expr(
                        f.typ.id,
                        TypeAndValue {
                            mode: Mode::TypeExpr,
                            typ: s,
                            value: None,
                        },
                    );
                    s
                }
            } else {
                self.typ(&f.typ)
            };
            if f.names.is_empty() {
                params.push(t);
            } else {
                for n in &f.names {
                    params.push(t);
                    names.push((n, t, false));
                }
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            let t = self.typ(&f.typ);
            if f.names.is_empty() {
                results.push(t);
            } else {
                for n in &f.names {
                    results.push(t);
                    names.push((n, t, true));
                }
            }
        }
        let variadic = ft.variadic;
        (
            self.tt.intern(Type::Func(Signature {
                params,
                results,
                variadic,
            })),
            names,
        )
    }
}

pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}
