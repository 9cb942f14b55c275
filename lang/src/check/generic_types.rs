//! Generic named types (`type Stack[T any] struct{ items []T }`) and their methods.
//!
//! Invariants:
//! - The generic type's own object keeps its *origin* type: a named type whose underlying
//!   type and methods are written in terms of its type parameters; inside its declaration
//!   and its methods, `Stack[T]` with its own parameters is the origin.
//! - `Stack[int]` is one named type per distinct argument list (`Generics::type_keys`), named
//!   `Stack[int]` (`%T`: `main.Stack[int]`), with the origin's underlying type substituted and
//!   one method object per origin method (its signature substituted). When the arguments
//!   are concrete, each such method is an instance (`Generics::method_instance`) whose body
//!   is checked and compiled like a generic function's.
//! - A method's receiver type parameters (`func (s *Stack[E]) ...`) name the origin's type
//!   parameters in its generic check and the type arguments in an instance.

use super::generic::TypeParam;
use super::*;
use crate::ast::ExprKind;

impl<'a> Checker<'a> {
    /// If `e` is `G[A, ...]` with `G` a generic type: its object, `G` and the arguments.
    pub(crate) fn generic_type_ref(
        &mut self,
        e: &'a Expr,
    ) -> Option<(ObjId, &'a Expr, &'a [Expr])> {
        let (base, targs): (&'a Expr, &'a [Expr]) = match &e.kind {
            ExprKind::Index(x, i) => (x.as_ref(), std::slice::from_ref(i.as_ref())),
            ExprKind::IndexList(x, is) => (x.as_ref(), is.as_slice()),
            _ => return None,
        };
        let obj = self.generic_name_obj(base)?;
        self.gen
            .types
            .contains_key(&obj)
            .then_some((obj, base, targs))
    }

    /// The (resolved) object that `base`, the name before a generic instantiation, denotes:
    /// `G`, or `pkg.G` for an exported member of an imported package.
    pub(crate) fn generic_name_obj(&mut self, base: &'a Expr) -> Option<ObjId> {
        let obj = match &base.kind {
            ExprKind::Ident(id) => self.lookup(&id.name)?,
            ExprKind::Selector(x, sel) if typexpr::is_exported(&sel.name) => {
                let ExprKind::Ident(pid) = &x.kind else {
                    return None;
                };
                let ObjKind::PkgName(path) = &self.obj(self.lookup(&pid.name)?).kind else {
                    return None;
                };
                *self.packages.get(path)?.get(&sel.name)?
            }
            _ => return None,
        };
        self.resolve_obj(obj);
        Some(obj)
    }

    /// The type `G[A, ...]` denotes (INVALID after an error).
    pub(crate) fn instantiated_type(
        &mut self,
        e: &'a Expr,
        obj: ObjId,
        base: &'a Expr,
        exprs: &'a [Expr],
    ) -> TypeId {
        self.gen.callee = true;
        self.expr_or_type(base);
        let targs: Vec<TypeId> = exprs.iter().map(|x| self.typ(x)).collect();
        if targs.contains(&INVALID) {
            return INVALID;
        }
        let n = self.gen.types[&obj].len();
        if targs.len() != n {
            let msg = format!("got {} arguments but {n} type parameters", targs.len());
            // gc's position of `pkg.G[…]` is the selector's dot
            let at = match &base.kind {
                ExprKind::Selector(x, _) => Span {
                    start: x.span.end,
                    end: x.span.end + 1,
                },
                _ => e.span,
            };
            self.error(at, msg);
            return INVALID;
        }
        let spans: Vec<Span> = exprs.iter().map(|x| x.span).collect();
        self.instantiate_type(obj, &targs, &spans, e.span)
            .unwrap_or(INVALID)
    }

    /// gc's "cannot use generic type G[T any] without instantiation" (`name`: `G` or
    /// `pkg.G`, as written).
    pub(crate) fn generic_type_unusable(&mut self, span: Span, obj: ObjId, name: &str) {
        let tps = self.gen.types[&obj].clone();
        let params: Vec<String> = tps
            .iter()
            .map(|tp| format!("{} {}", self.type_str(tp.typ), tp.bound.name))
            .collect();
        self.error(
            span,
            format!(
                "cannot use generic type {name}[{}] without instantiation",
                params.join(", ")
            ),
        );
    }

    /// Declares generic type `obj`'s type parameters (in an open scope), then its origin.
    pub(super) fn generic_type_spec(&mut self, spec: &'a ast::TypeSpec, obj: ObjId) {
        self.open_scope(false);
        let tps = self.declare_type_params(&spec.type_params);
        self.gen.types.insert(obj, tps);
        let origin = self.obj(obj).typ;
        self.gen.origins.insert(origin, obj);
        self.type_spec(spec, obj);
        self.close_scope();
        for t in std::mem::take(&mut self.gen.unfinished) {
            self.finish_type_instance(t);
        }
    }

    /// The named type `G[targs]`, made on first use.
    pub(crate) fn instantiate_type(
        &mut self,
        obj: ObjId,
        targs: &[TypeId],
        spans: &[Span],
        at: Span,
    ) -> Option<TypeId> {
        let tps: Vec<TypeParam> = self.gen.types.get(&obj)?.clone();
        let origin = self.obj(obj).typ;
        if tps.iter().map(|tp| tp.typ).eq(targs.iter().copied()) {
            return Some(origin);
        }
        let key = (obj, targs.to_vec());
        if let Some(&t) = self.gen.type_keys.get(&key) {
            return Some(t);
        }
        if !self.check_type_args(&tps, targs, spans, at) {
            return None;
        }
        if self.instantiation_cycle(targs, self.gen.type_keys.len()) {
            self.error(at, "instantiation cycle");
            return None;
        }
        let args: Vec<String> = targs.iter().map(|&t| self.type_str(t)).collect();
        let oname = self.obj(obj).name.clone();
        let span = self.obj(obj).span;
        let pkg = self
            .tt
            .named_type(origin)
            .map_or_else(String::new, |n| n.pkg.clone());
        let (nid, t) = self
            .tt
            .new_named(&format!("{oname}[{}]", args.join(",")), &pkg, span);
        self.tt.named[nid.0 as usize].type_args = targs.to_vec();
        self.gen.type_keys.insert(key, t);
        self.gen.named_instances.insert(t, (obj, targs.to_vec()));
        if self.tt.underlying(origin) == INVALID {
            self.gen.unfinished.push(t);
        } else {
            self.finish_type_instance(t);
        }
        Some(t)
    }

    /// Gives instantiated type `t` its underlying type and methods.
    fn finish_type_instance(&mut self, t: TypeId) {
        let Some((obj, targs)) = self.gen.named_instances.get(&t).cloned() else {
            return;
        };
        let Some(nid) = self.tt.named_id(t) else {
            return;
        };
        let tps = self.gen.types[&obj].clone();
        let m: HashMap<TypeId, TypeId> = tps
            .iter()
            .map(|tp| tp.typ)
            .zip(targs.iter().copied())
            .collect();
        let origin = self.obj(obj).typ;
        let u = self.tt.underlying(origin);
        let u = self.subst(u, &m);
        self.tt.named[nid.0 as usize].underlying = u;
        let concrete = !targs.iter().any(|&a| self.mentions_type_param(a, 0));
        let Some(onid) = self.tt.named_id(origin) else {
            return;
        };
        for meth in self.tt.named[onid.0 as usize].methods.clone() {
            self.resolve_obj(meth);
            let o = self.obj(meth).clone();
            let sig = self.subst(o.typ, &m);
            let mo = self.new_obj(&o.name, o.kind.clone(), sig, o.span);
            self.obj_mut(mo).recv = o.recv.map(|(_, ptr)| (nid, ptr));
            self.tt.named[nid.0 as usize].methods.push(mo);
            if concrete {
                if let Some(i) = self.queue_instance(meth, &targs, sig) {
                    self.gen.method_instance.insert(mo, i);
                }
            }
        }
    }

    /// A named type with its type parameters replaced (an instance or origin of a generic
    /// type); other named types are themselves.
    pub(crate) fn subst_named(&mut self, t: TypeId, m: &HashMap<TypeId, TypeId>) -> TypeId {
        let (obj, targs) = if let Some(x) = self.gen.named_instances.get(&t) {
            x.clone()
        } else if let Some(&obj) = self.gen.origins.get(&t) {
            let tps = self.gen.types[&obj].iter().map(|tp| tp.typ).collect();
            (obj, tps)
        } else {
            return t;
        };
        let new: Vec<TypeId> = targs.iter().map(|&a| self.subst(a, m)).collect();
        if new == targs {
            return t;
        }
        self.instantiate_type(obj, &new, &[], Span::default())
            .unwrap_or(INVALID)
    }

    /// For a method of a generic type (`func (s *Stack[T]) ...`): the type's object and the
    /// receiver's type parameter names.
    pub(crate) fn recv_type_params(
        &mut self,
        f: &'a ast::FuncDecl,
    ) -> Option<(ObjId, Vec<&'a ast::Ident>)> {
        let mut t = f.recv.as_ref()?.typ.unparen();
        if let ExprKind::Star(x) = &t.kind {
            t = x.unparen();
        }
        let (base, params): (&'a Expr, &'a [Expr]) = match &t.kind {
            ExprKind::Index(x, i) => (x.as_ref(), std::slice::from_ref(i.as_ref())),
            ExprKind::IndexList(x, is) => (x.as_ref(), is.as_slice()),
            _ => return None,
        };
        let ExprKind::Ident(id) = &base.kind else {
            return None;
        };
        let obj = *self.scopes[1].names.get(&id.name)?;
        let names = params
            .iter()
            .map(|p| match &p.kind {
                ExprKind::Ident(n) => Some(n),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()?;
        Some((obj, names))
    }

    /// The origin's type parameters, when `f` is a method of a generic type.
    pub(crate) fn method_type_params(&mut self, f: &'a ast::FuncDecl) -> Option<Vec<TypeId>> {
        let (obj, _) = self.recv_type_params(f)?;
        self.resolve_obj(obj);
        let tps = self.gen.types.get(&obj)?;
        Some(tps.iter().map(|tp| tp.typ).collect())
    }
}
