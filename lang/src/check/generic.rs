//! Generic functions (type parameters) by monomorphisation (see ARCHITECTURE.md): type
//! parameter declarations, constraints as type sets, instantiation and the instance queue.
//! Inference is `generic_infer`.
//!
//! Invariants:
//! - A type parameter is a defined type of package "" named after the parameter, listed in
//!   `Generics::bounds`; its underlying type is its constraint's core type when the type set
//!   has one (`~[]E` → `[]E`), else the constraint's method interface. A generic function's
//!   body is checked once in those terms (its diagnostics are the program's).
//! - Every distinct (function, type arguments) met outside generic bodies, or in an instance,
//!   becomes one `Instance` whose body is checked again with the parameters bound to the
//!   arguments, into its own side tables: the compiler emits ordinary typed code per
//!   instance. Type argument lists that mention type parameters (instantiations inside a
//!   generic body) only compute a signature; they are never instances.
//! - An instance's diagnostics are kept only when the program had none before it (then the
//!   generic check was too lenient, and the program must still be rejected).

use super::*;
use crate::ast::{Decl, ExprKind, Field};

/// An instantiation cycle (`F[X]` instantiating `F[[]X]`, directly or through other
/// declarations) makes type arguments ever deeper: past this depth, it is reported.
const MAX_TYPE_ARG_DEPTH: u32 = 64;
/// A backstop for cycles that do not deepen their arguments: instances (of functions, or of
/// types) beyond this count are reported as an instantiation cycle.
const MAX_INSTANCES: usize = 100_000;

/// One term of a type set: `T` or `~T`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Term {
    pub tilde: bool,
    pub typ: TypeId,
}

/// A constraint: methods, type terms (`None` = every type), `comparable`.
#[derive(Clone, Debug, Default)]
pub(crate) struct TypeSet {
    /// The interface type of its methods (`None`: no methods).
    pub methods: Option<TypeId>,
    pub terms: Option<Vec<Term>>,
    pub comparable: bool,
    /// How the constraint is written (for messages).
    pub name: String,
    /// The package whose source writes it (`name` is spelled for that package).
    pub pkg: String,
}

/// A declared type parameter.
#[derive(Clone, Debug)]
pub(crate) struct TypeParam {
    pub typ: TypeId,
    pub bound: TypeSet,
}

/// The checker's generics state.
#[derive(Default)]
pub(crate) struct Generics {
    /// Type parameters of each generic function.
    pub funcs: HashMap<ObjId, Vec<TypeParam>>,
    /// Type parameter type → its constraint.
    pub bounds: HashMap<TypeId, TypeSet>,
    /// Named constraint interface (with type terms, or `comparable`) → its type set.
    pub constraints: HashMap<TypeId, TypeSet>,
    /// (function, type arguments) → index into `instances`.
    keys: HashMap<(ObjId, Vec<TypeId>), u32>,
    pub instances: Vec<Instance>,
    /// Instances whose bodies are not checked yet: (index, function).
    pending: Vec<(u32, ObjId)>,
    /// The identifier evaluated next may name a generic function or type (callee or
    /// indexed).
    pub callee: bool,
    /// Type parameters of each generic type (its object).
    pub types: HashMap<ObjId, Vec<TypeParam>>,
    /// A generic type's own type (the origin, in terms of its parameters) → its object.
    pub origins: HashMap<TypeId, ObjId>,
    /// (generic type, type arguments) → the instantiated named type.
    pub type_keys: HashMap<(ObjId, Vec<TypeId>), TypeId>,
    /// Instantiated named type → (generic type, type arguments).
    pub named_instances: HashMap<TypeId, (ObjId, Vec<TypeId>)>,
    /// Instantiated named types made while their origin was still being declared.
    pub unfinished: Vec<TypeId>,
    /// Method object of an instantiated type → its instance.
    pub method_instance: HashMap<ObjId, u32>,
    /// A constraint is being evaluated (constraint interfaces may be used).
    in_constraint: bool,
}

impl<'a> Checker<'a> {
    /// Declares the predeclared constraint `comparable` in the universe.
    pub(super) fn declare_comparable(&mut self) {
        let (nid, t) = self.tt.new_named("comparable", "", Span::default());
        self.tt.named[nid.0 as usize].underlying = self.tt.empty_interface();
        let o = self.new_obj("comparable", ObjKind::TypeName, t, Span::default());
        self.scopes[0].names.insert("comparable".into(), o);
        self.gen.constraints.insert(
            t,
            TypeSet {
                comparable: true,
                name: "comparable".into(),
                ..TypeSet::default()
            },
        );
    }

    /// Declares type parameters in the current scope and evaluates their constraints (which
    /// may mention any of them).
    pub fn declare_type_params(&mut self, fields: &'a [Field]) -> Vec<TypeParam> {
        let mut tps = Vec::new();
        for f in fields {
            for n in &f.names {
                let (_, t) = self.tt.new_named(&n.name, "", n.span);
                let o = self.new_obj(&n.name, ObjKind::TypeName, t, n.span);
                self.declare(n, o);
                tps.push(TypeParam {
                    typ: t,
                    bound: TypeSet::default(),
                });
            }
        }
        let mut i = 0;
        for f in fields {
            let bound = self.constraint(&f.typ);
            let core = match self.core_type(&bound) {
                Some(c) => c,
                None => match bound.methods {
                    Some(m) => m,
                    None => self.tt.empty_interface(),
                },
            };
            for _ in &f.names {
                let t = tps[i].typ;
                if let Some(nid) = self.tt.named_id(t) {
                    self.tt.named[nid.0 as usize].underlying = core;
                }
                if let Some(terms) = &bound.terms {
                    let types = terms.iter().map(|t| t.typ).collect();
                    self.tt.type_param_terms.insert(t, types);
                }
                self.gen.bounds.insert(t, bound.clone());
                tps[i].bound = bound.clone();
                i += 1;
            }
        }
        tps
    }

    /// The single underlying type of every term of `set`, if there is one.
    pub(crate) fn core_type(&self, set: &TypeSet) -> Option<TypeId> {
        let terms = set.terms.as_ref()?;
        let first = self.tt.underlying(terms.first()?.typ);
        terms
            .iter()
            .all(|t| self.tt.underlying(t.typ) == first)
            .then_some(first)
    }

    /// Evaluates `e` as a type where constraint interfaces are allowed.
    pub(crate) fn constraint_typ(&mut self, e: &'a Expr) -> TypeId {
        let outer = std::mem::replace(&mut self.gen.in_constraint, true);
        let t = self.typ(e);
        self.gen.in_constraint = outer;
        t
    }

    /// gc's error for a constraint interface used as an ordinary type.
    pub(crate) fn check_not_constraint(&mut self, e: &Expr, t: TypeId) -> TypeId {
        if self.gen.in_constraint {
            return t;
        }
        let Some(set) = self.gen.constraints.get(&t) else {
            return t;
        };
        let why = if set.terms.is_some() {
            "interface contains type constraints"
        } else {
            "interface is (or embeds) comparable"
        };
        let msg = format!(
            "cannot use type {} outside a type constraint: {why}",
            self.type_str(t)
        );
        self.error(e.span, msg);
        INVALID
    }

    /// Evaluates a constraint expression.
    fn constraint(&mut self, e: &'a Expr) -> TypeSet {
        let mut set = self.constraint_set(e);
        set.name = self.expr_str(e);
        set.pkg = self.package_path().to_string();
        set
    }

    fn constraint_set(&mut self, e: &'a Expr) -> TypeSet {
        let name = self.expr_str(e);
        match &e.kind {
            ExprKind::Union(_) | ExprKind::Tilde(_) => {
                let mut terms = Vec::new();
                self.union_terms(e, &mut terms);
                TypeSet {
                    terms: Some(terms),
                    name,
                    ..TypeSet::default()
                }
            }
            ExprKind::InterfaceType(fields) => {
                let (methods, set) = self.interface_type_set(fields);
                let mut set = set.unwrap_or_default();
                set.methods = Some(methods);
                set.name = name;
                set
            }
            _ => {
                let t = self.constraint_typ(e);
                if t == INVALID {
                    return TypeSet::default();
                }
                if let Some(s) = self.gen.constraints.get(&t) {
                    return s.clone();
                }
                let name = self.type_str(t);
                if self.tt.is_interface(t) {
                    TypeSet {
                        methods: Some(t),
                        name,
                        ..TypeSet::default()
                    }
                } else {
                    TypeSet {
                        terms: Some(vec![Term {
                            tilde: false,
                            typ: t,
                        }]),
                        name,
                        ..TypeSet::default()
                    }
                }
            }
        }
    }

    /// The terms of a union `A | ~B | C` (a constraint term contributes its own terms).
    pub(crate) fn union_terms(&mut self, e: &'a Expr, out: &mut Vec<Term>) {
        match &e.kind {
            ExprKind::Union(xs) => {
                for x in xs {
                    self.union_terms(x, out);
                }
            }
            ExprKind::Paren(x) => self.union_terms(x, out),
            ExprKind::Tilde(x) => {
                let t = self.constraint_typ(x);
                if t != INVALID {
                    out.push(Term {
                        tilde: true,
                        typ: t,
                    });
                }
            }
            _ => {
                let t = self.constraint_typ(e);
                if t == INVALID {
                    return;
                }
                match self.gen.constraints.get(&t).and_then(|s| s.terms.clone()) {
                    Some(ts) => out.extend(ts),
                    None => out.push(Term {
                        tilde: false,
                        typ: t,
                    }),
                }
            }
        }
    }

    /// Restricts `set` to the types also in `terms` (an embedded union in an interface).
    pub(crate) fn restrict_terms(&self, set: &mut TypeSet, terms: Vec<Term>) {
        set.terms = Some(match set.terms.take() {
            None => terms,
            Some(old) => {
                let mut out: Vec<Term> = Vec::new();
                for t in old.iter().chain(&terms) {
                    if self.term_in(*t, &old) && self.term_in(*t, &terms) && !out.contains(t) {
                        out.push(*t);
                    }
                }
                out
            }
        });
    }

    /// Whether every type of term `t` is in `terms`.
    fn term_in(&self, t: Term, terms: &[Term]) -> bool {
        terms.iter().any(|s| {
            if s.tilde {
                self.tt.underlying(t.typ) == self.tt.underlying(s.typ)
            } else {
                !t.tilde && t.typ == s.typ
            }
        })
    }

    fn terms_string(&self, terms: &[Term]) -> String {
        let parts: Vec<String> = terms
            .iter()
            .map(|t| format!("{}{}", if t.tilde { "~" } else { "" }, self.type_str(t.typ)))
            .collect();
        parts.join(" | ")
    }

    /// The types `t` is directly built from: element, key, field, parameter and result types,
    /// and a generic instance's type arguments (a named type's underlying type is not one).
    fn components(&self, t: TypeId) -> Vec<TypeId> {
        match self.tt.get(t) {
            Type::Basic(_) => Vec::new(),
            Type::Named(_) => {
                (self.gen.named_instances.get(&t)).map_or_else(Vec::new, |(_, targs)| targs.clone())
            }
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => vec![*e],
            Type::Map(k, v) => vec![*k, *v],
            Type::Struct(fs) => fs.iter().map(|f| f.typ).collect(),
            Type::Func(s) => s.params.iter().chain(&s.results).copied().collect(),
            Type::Interface(ms) => ms.iter().map(|m| m.sig).collect(),
            Type::Tuple(ts) => ts.clone(),
        }
    }

    /// Whether `t` is a type parameter, or a composite type mentioning one.
    pub(crate) fn mentions_type_param(&self, t: TypeId, depth: u32) -> bool {
        if depth > 50 {
            return false;
        }
        self.gen.bounds.contains_key(&t)
            || self.gen.origins.contains_key(&t)
            || (self.components(t).into_iter()).any(|c| self.mentions_type_param(c, depth + 1))
    }

    /// Whether instantiating with `targs` would be one instance too many: an argument nested
    /// past [`MAX_TYPE_ARG_DEPTH`], or `count` instances made already.
    pub(crate) fn instantiation_cycle(&self, targs: &[TypeId], count: usize) -> bool {
        count >= MAX_INSTANCES
            || targs
                .iter()
                .any(|&t| self.nests_deeper_than(t, MAX_TYPE_ARG_DEPTH))
    }

    /// Whether `t` nests type constructors (and generic instances' arguments) more than
    /// `limit` deep.
    fn nests_deeper_than(&self, t: TypeId, limit: u32) -> bool {
        let Some(l) = limit.checked_sub(1) else {
            return true;
        };
        (self.components(t).into_iter()).any(|c| self.nests_deeper_than(c, l))
    }

    /// Whether type parameter `p` occurs in `t`.
    fn mentions_param(&self, t: TypeId, p: TypeId, depth: u32) -> bool {
        if t == p {
            return true;
        }
        if depth > 50 {
            return false;
        }
        (self.components(t).into_iter()).any(|c| self.mentions_param(c, p, depth + 1))
    }

    /// `t` with the type parameters in `m` replaced by their arguments.
    pub(crate) fn subst(&mut self, t: TypeId, m: &HashMap<TypeId, TypeId>) -> TypeId {
        if let Some(&r) = m.get(&t) {
            return r;
        }
        let new = match self.tt.get(t).clone() {
            Type::Named(_) => return self.subst_named(t, m),
            Type::Basic(_) => return t,
            Type::Pointer(e) => Type::Pointer(self.subst(e, m)),
            Type::Slice(e) => Type::Slice(self.subst(e, m)),
            Type::Array(n, e) => Type::Array(n, self.subst(e, m)),
            Type::Chan(d, e) => Type::Chan(d, self.subst(e, m)),
            Type::Map(k, v) => Type::Map(self.subst(k, m), self.subst(v, m)),
            Type::Struct(fs) => Type::Struct(
                fs.into_iter()
                    .map(|mut f| {
                        f.typ = self.subst(f.typ, m);
                        f
                    })
                    .collect(),
            ),
            Type::Func(s) => Type::Func(Signature {
                params: s.params.iter().map(|&p| self.subst(p, m)).collect(),
                results: s.results.iter().map(|&p| self.subst(p, m)).collect(),
                variadic: s.variadic,
            }),
            Type::Interface(ms) => Type::Interface(
                ms.into_iter()
                    .map(|mut im| {
                        im.sig = self.subst(im.sig, m);
                        im
                    })
                    .collect(),
            ),
            Type::Tuple(ts) => Type::Tuple(ts.iter().map(|&p| self.subst(p, m)).collect()),
        };
        self.tt.intern(new)
    }

    /// How the current package spells constraint `bound`: a constraint named in another
    /// package is qualified by that package's name (`lib.Number`).
    fn constraint_name(&self, bound: &TypeSet) -> String {
        let foreign = !bound.pkg.is_empty() && bound.pkg != self.package_path();
        if foreign && typexpr::is_exported(&bound.name) && !bound.name.contains('.') {
            let short = bound.pkg.rsplit('/').next().unwrap_or(&bound.pkg);
            return format!("{short}.{}", bound.name);
        }
        bound.name.clone()
    }

    /// Why `targ` is not in the type set `bound`, in go1.19's words, or `None` when it is.
    pub(crate) fn unsatisfied(&mut self, targ: TypeId, bound: &TypeSet) -> Option<String> {
        let arg = self.type_str(targ);
        let name = &self.constraint_name(bound);
        if let Some(terms) = &bound.terms {
            let in_set = match self.gen.bounds.get(&targ) {
                // a type parameter: each of its terms must be in the set
                Some(b) => b
                    .terms
                    .as_ref()
                    .is_some_and(|ts| ts.iter().all(|&t| self.term_in(t, terms))),
                None => self.term_in(
                    Term {
                        tilde: false,
                        typ: targ,
                    },
                    terms,
                ),
            };
            if !in_set {
                let list = self.terms_string(terms);
                return Some(format!(
                    "{arg} does not implement {name} ({arg} missing in {list})"
                ));
            }
        }
        if bound.comparable {
            let strict = match self.gen.bounds.get(&targ) {
                Some(b) => b.comparable || b.terms.is_some() && self.tt.comparable(targ),
                None => self.tt.comparable(targ) && !self.tt.is_interface(targ),
            };
            if !strict {
                return Some(format!("{arg} does not implement {name}"));
            }
        }
        if let Some(m) = bound.methods {
            if let Some(why) = self.missing_method(targ, m, true) {
                return Some(format!("{arg} does not implement {name} {why}"));
            }
        }
        None
    }

    /// Checks `targs` against the constraints of `tps` (with the arguments substituted),
    /// reporting the first violation at `spans[i]` (or `at`).
    pub(crate) fn check_type_args(
        &mut self,
        tps: &[TypeParam],
        targs: &[TypeId],
        spans: &[Span],
        at: Span,
    ) -> bool {
        let m: HashMap<TypeId, TypeId> = tps
            .iter()
            .map(|tp| tp.typ)
            .zip(targs.iter().copied())
            .collect();
        // a declaration instantiating itself with a type built from its own parameter
        for (tp, &a) in tps.iter().zip(targs) {
            let own = tps
                .iter()
                .find(|p| a != p.typ && self.mentions_param(a, p.typ, 0));
            if let Some(p) = own {
                let (pname, aname) = (self.type_str(p.typ), self.type_str(a));
                let decl = self.tt.named_type(tp.typ).map_or(at, |n| n.span);
                let msg = format!("instantiation cycle:\n\t{pname} instantiated as {aname}");
                self.error(decl, msg);
                return false;
            }
        }
        for (i, tp) in tps.iter().enumerate() {
            let mut bound = tp.bound.clone();
            if let Some(terms) = &mut bound.terms {
                for t in terms.iter_mut() {
                    t.typ = self.subst(t.typ, &m);
                }
            }
            if let Some(meth) = bound.methods {
                bound.methods = Some(self.subst(meth, &m));
            }
            if let Some(why) = self.unsatisfied(targs[i], &bound) {
                self.error(spans.get(i).copied().unwrap_or(at), why);
                return false;
            }
        }
        true
    }

    /// Instantiates generic function `obj` with `targs`, checking them against their
    /// constraints (an error at `spans[i]`, or at `at` for an inferred argument). Records the
    /// instance for `callee` when the arguments are concrete. Returns the instance's
    /// signature.
    pub(crate) fn instantiate_func(
        &mut self,
        callee: &Expr,
        obj: ObjId,
        targs: &[TypeId],
        spans: &[Span],
        at: Span,
    ) -> Option<TypeId> {
        let tps = self.gen.funcs.get(&obj)?.clone();
        if !self.check_type_args(&tps, targs, spans, at) {
            return None;
        }
        let m: HashMap<TypeId, TypeId> = tps
            .iter()
            .map(|tp| tp.typ)
            .zip(targs.iter().copied())
            .collect();
        let generic_sig = self.obj(obj).typ;
        let sig = self.subst(generic_sig, &m);
        if targs.iter().any(|&t| self.mentions_type_param(t, 0)) {
            return Some(sig);
        }
        let key = (obj, targs.to_vec());
        let idx = match self.gen.keys.get(&key) {
            Some(&i) => i,
            None => {
                if self.instantiation_cycle(targs, self.gen.instances.len()) {
                    self.error(at, "instantiation cycle");
                    return None;
                }
                let i = self.queue_instance(obj, targs, sig)?;
                self.gen.keys.insert(key, i);
                i
            }
        };
        self.info.instance_of.insert(callee.id, idx);
        Some(sig)
    }

    /// Opens a scope in which the type parameter names of `f` denote `targs`.
    pub(super) fn bind_type_params(&mut self, f: &'a ast::FuncDecl, targs: &[TypeId]) {
        self.open_scope(false);
        let names: Vec<&ast::Ident> = match self.recv_type_params(f) {
            Some((_, names)) => names,
            None => f.type_params.iter().flat_map(|p| &p.names).collect(),
        };
        for (n, &t) in names.into_iter().zip(targs) {
            let o = self.new_obj(&n.name, ObjKind::TypeName, t, n.span);
            self.scopes
                .last_mut()
                .unwrap()
                .names
                .insert(n.name.clone(), o);
        }
    }

    /// Records a new instance of function or method `obj`; its body is checked later.
    pub(crate) fn queue_instance(
        &mut self,
        obj: ObjId,
        targs: &[TypeId],
        sig: TypeId,
    ) -> Option<u32> {
        let ObjKind::Func { decl } = self.obj(obj).kind else {
            return None;
        };
        let i = self.gen.instances.len() as u32;
        self.gen.instances.push(Instance {
            decl,
            targs: targs.to_vec(),
            sig,
            body: TypeInfo::default(),
        });
        self.gen.pending.push((i, obj));
        Some(i)
    }

    /// Checks the bodies of pending instances (which may queue more).
    pub(super) fn check_instances(&mut self) {
        let file = self.file;
        let back = self.current_file_start();
        while let Some((idx, obj)) = self.gen.pending.pop() {
            let inst = &self.gen.instances[idx as usize];
            let (decl, sig, targs) = (inst.decl, inst.sig, inst.targs.clone());
            let Decl::Func(f) = &file.decls[decl] else {
                continue;
            };
            let Some(body) = &f.body else { continue };
            // The instance's names are those of the package and file that declare it.
            self.enter_file(f.span.start);
            let keep_diags = self.diags.is_empty();
            let ndiags = self.diags.len();
            let mut outer = std::mem::replace(
                &mut self.info,
                TypeInfo {
                    ..TypeInfo::default()
                },
            );
            self.info.objects = std::mem::take(&mut outer.objects);
            self.bind_type_params(f, &targs);
            self.cur_decl = Some(obj);
            self.func_body(&f.typ, f.recv.as_ref(), body, sig);
            self.cur_decl = None;
            self.close_scope();
            let mut body_info = std::mem::replace(&mut self.info, outer);
            self.info.objects = std::mem::take(&mut body_info.objects);
            self.gen.instances[idx as usize].body = body_info;
            if !keep_diags {
                self.diags.truncate(ndiags);
            }
        }
        self.enter_file(back);
    }
}
