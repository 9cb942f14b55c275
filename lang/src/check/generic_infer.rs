//! Calls of generic functions: explicit type arguments (`F[int]`, partial `F[int](x, y)`),
//! function argument type inference (go1.19's `infer.go`: typed arguments unify with their
//! parameter types, then untyped constants give their default types, then constraint
//! type inference through single-term constraints), and instantiation.
//!
//! Invariant: the callee expression (`F`, `F[...]`) is recorded with the instance's signature,
//! and the arguments are passed as to an ordinary function of that signature.

use super::generic::TypeParam;
use super::*;
use crate::ast::ExprKind;

/// Type parameter → inferred type argument.
type Bindings = HashMap<TypeId, TypeId>;

impl<'a> Checker<'a> {
    /// If `func` names a generic function (`F`, `F[A]`, `F[A, B]`, parenthesised), the
    /// function, the identifier and the explicit type argument expressions.
    pub(crate) fn generic_callee(
        &mut self,
        func: &'a Expr,
    ) -> Option<(ObjId, &'a Expr, &'a [Expr])> {
        let f = func.unparen();
        let (base, targs): (&'a Expr, &'a [Expr]) = match &f.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => (f, &[]),
            ExprKind::Index(x, i) => (x.as_ref(), std::slice::from_ref(i.as_ref())),
            ExprKind::IndexList(x, is) => (x.as_ref(), is.as_slice()),
            _ => return None,
        };
        let obj = self.generic_name_obj(base)?;
        self.gen
            .funcs
            .contains_key(&obj)
            .then_some((obj, base, targs))
    }

    /// gc's `cannot infer T (/abs/path/x.go:5:11)`: the suffix is where `T` is declared.
    fn cannot_infer(&mut self, at: Span, tp: &TypeParam) {
        let name = self.type_str(tp.typ);
        let decl = self.tt.named_type(tp.typ).map_or(0, |n| n.span.start);
        let pos = crate::diag::position_mark(self.src, decl, true);
        self.error(at, format!("cannot infer {name} ({pos})"));
    }

    /// Evaluates explicit type arguments; `None` if one is invalid or there are too many.
    pub(crate) fn type_args(&mut self, obj: ObjId, exprs: &'a [Expr]) -> Option<Vec<TypeId>> {
        let n = self.gen.funcs[&obj].len();
        let ts: Vec<TypeId> = exprs.iter().map(|x| self.typ(x)).collect();
        if ts.contains(&INVALID) {
            return None;
        }
        if ts.len() > n {
            self.error(
                exprs[n].span,
                format!("got {} type arguments but want {n}", ts.len()),
            );
            return None;
        }
        Some(ts)
    }

    /// `F[A, ...]` outside a call: every type argument must be given.
    pub(crate) fn instantiated_value(
        &mut self,
        e: &'a Expr,
        obj: ObjId,
        base: &'a Expr,
        exprs: &'a [Expr],
    ) -> Operand<'a> {
        self.gen.callee = true;
        self.expr_or_type(base);
        let Some(targs) = self.type_args(obj, exprs) else {
            return Operand::invalid(Some(e));
        };
        let tps = self.gen.funcs[&obj].clone();
        if let Some(tp) = tps.get(targs.len()) {
            self.cannot_infer(e.span, tp);
            return Operand::invalid(Some(e));
        }
        let spans: Vec<Span> = exprs.iter().map(|x| x.span).collect();
        match self.instantiate_func(e, obj, &targs, &spans, e.span) {
            Some(sig) => Operand::value(e, sig),
            None => Operand::invalid(Some(e)),
        }
    }

    /// A call of generic function `obj`.
    pub(crate) fn generic_call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        (obj, base, texprs): (ObjId, &'a Expr, &'a [Expr]),
        args: &'a [Expr],
        ellipsis: bool,
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        self.gen.callee = true;
        self.expr_or_type(base);
        let explicit = self.type_args(obj, texprs);
        let mut xs: Vec<Operand<'a>> = Vec::new();
        if args.len() == 1 && !ellipsis {
            xs = self.multi_expr(&args[0]);
        } else {
            for a in args {
                xs.push(self.expr(a));
            }
        }
        let Some(explicit) = explicit else {
            return inv;
        };
        if xs.iter().any(|x| x.is_invalid()) {
            return inv;
        }
        let tps = self.gen.funcs[&obj].clone();
        let generic_sig = self
            .tt
            .signature(self.obj(obj).typ)
            .cloned()
            .unwrap_or_else(|| Signature {
                params: vec![],
                results: vec![],
                variadic: false,
            });
        // the `(` of the call: where gc reports what concerns the instantiation as a whole
        let lparen = Span {
            start: func.span.end,
            end: func.span.end + 1,
        };
        let mut targs = explicit.clone();
        if targs.len() < tps.len() {
            let mut b: Bindings = tps.iter().map(|tp| tp.typ).zip(explicit.clone()).collect();
            let Some(ptypes) = self.param_types(&generic_sig, xs.len(), ellipsis) else {
                // the argument count is reported first
                self.pass_arguments(e, func, &generic_sig, args, xs, ellipsis);
                return inv;
            };
            if !self.infer_from_args(&tps, &mut b, &ptypes, &xs) {
                return inv;
            }
            self.infer_from_constraints(&tps, &mut b);
            targs.clear();
            for tp in &tps {
                match b.get(&tp.typ) {
                    Some(&t) => targs.push(t),
                    None => {
                        self.cannot_infer(lparen, tp);
                        return inv;
                    }
                }
            }
        }
        let spans: Vec<Span> = texprs.iter().map(|x| x.span).collect();
        let callee = func.unparen();
        let Some(sig) = self.instantiate_func(callee, obj, &targs, &spans, lparen) else {
            return inv;
        };
        self.set_expr(
            callee.id,
            TypeAndValue {
                mode: Mode::Value,
                typ: sig,
                value: None,
            },
        );
        let sigv = self.tt.signature(sig).cloned().unwrap();
        self.pass_arguments(e, func, &sigv, args, xs, ellipsis);
        match sigv.results.len() {
            0 => Operand::no_value(e),
            1 => Operand::value(e, sigv.results[0]),
            _ => {
                let t = self.tt.tuple(sigv.results.clone());
                Operand::value(e, t)
            }
        }
    }

    /// The parameter type each of `n` arguments is passed to, if the count fits.
    fn param_types(&self, sig: &Signature, n: usize, ellipsis: bool) -> Option<Vec<TypeId>> {
        let np = sig.params.len();
        if sig.variadic && !ellipsis {
            if n + 1 < np {
                return None;
            }
            let el = match self.tt.get(sig.params[np - 1]) {
                Type::Slice(el) => *el,
                _ => INVALID,
            };
            let mut ps = sig.params[..np - 1].to_vec();
            ps.resize(n, el);
            Some(ps)
        } else {
            (n == np).then(|| sig.params.clone())
        }
    }

    /// Unifies typed arguments with their parameter types, then gives untyped constant
    /// arguments of a bare type parameter their default types. Reports go1.19's mismatch.
    fn infer_from_args(
        &mut self,
        tps: &[TypeParam],
        b: &mut Bindings,
        ptypes: &[TypeId],
        xs: &[Operand<'a>],
    ) -> bool {
        let is_tp = |t: TypeId| tps.iter().any(|tp| tp.typ == t);
        for (x, &p) in xs.iter().zip(ptypes) {
            if self.tt.is_untyped(x.typ) || !self.mentions_type_param(p, 0) {
                continue;
            }
            if !self.unify(p, x.typ, b, tps, 0) {
                self.mismatch("type", p, x.typ, x, b);
                return false;
            }
        }
        // go1.19: only parameters no typed argument inferred; the first untyped constant's
        // default type binds, a later one must match it
        let typed: Vec<TypeId> = b.keys().copied().collect();
        for (x, &p) in xs.iter().zip(ptypes) {
            if !self.tt.is_untyped(x.typ) || !is_tp(p) || x.is_nil() || typed.contains(&p) {
                continue;
            }
            let d = self.tt.default_type(x.typ);
            match b.get(&p).copied() {
                None => {
                    b.insert(p, d);
                }
                Some(have) if have != d => {
                    self.mismatch("default type", p, d, x, b);
                    return false;
                }
                Some(_) => {}
            }
        }
        true
    }

    /// go1.19's "<kind> X of arg does not match [inferred type Y for] P".
    fn mismatch(&mut self, kind: &str, p: TypeId, a: TypeId, x: &Operand<'a>, b: &Bindings) {
        let inferred = self.subst(p, b);
        let arg = x.expr.map(|e| self.expr_str(e)).unwrap_or_default();
        let (at, ps) = (self.type_str(a), self.type_str(p));
        let msg = if inferred != p {
            let inf = self.type_str(inferred);
            format!("{kind} {at} of {arg} does not match inferred type {inf} for {ps}")
        } else {
            format!("{kind} {at} of {arg} does not match {ps}")
        };
        self.error(x.span(), msg);
    }

    /// Constraint type inference: a type parameter whose constraint has one term gets (or
    /// is unified with) that term's type.
    fn infer_from_constraints(&mut self, tps: &[TypeParam], b: &mut Bindings) {
        for _ in 0..tps.len() {
            let mut progress = false;
            for tp in tps {
                let Some([term]) = tp.bound.terms.as_deref() else {
                    continue;
                };
                match b.get(&tp.typ).copied() {
                    Some(have) => {
                        let have = if term.tilde {
                            self.tt.underlying(have)
                        } else {
                            have
                        };
                        let before = b.len();
                        self.unify(term.typ, have, b, tps, 0);
                        progress |= b.len() > before;
                    }
                    None => {
                        let t = self.subst(term.typ, b);
                        if !self.mentions_type_param(t, 0) {
                            b.insert(tp.typ, t);
                            progress = true;
                        }
                    }
                }
            }
            if !progress {
                break;
            }
        }
    }

    /// The generic type and type arguments of an instantiated type (or of an origin, in
    /// terms of its own parameters).
    fn type_args_of(&self, t: TypeId) -> Option<(ObjId, Vec<TypeId>)> {
        if let Some(x) = self.gen.named_instances.get(&t) {
            return Some(x.clone());
        }
        let &obj = self.gen.origins.get(&t)?;
        Some((obj, self.gen.types[&obj].iter().map(|tp| tp.typ).collect()))
    }

    /// Inexact unification of parameter type `p` with argument type `a` (a defined type
    /// unifies with a type literal through its underlying type; channel directions may
    /// differ).
    fn unify(&mut self, p: TypeId, a: TypeId, b: &mut Bindings, tps: &[TypeParam], d: u32) -> bool {
        if d > 50 {
            return false;
        }
        if tps.iter().any(|tp| tp.typ == p) {
            return match b.get(&p).copied() {
                None => {
                    b.insert(p, a);
                    true
                }
                Some(have) => {
                    have == a
                        || (self.tt.underlying(have) == self.tt.underlying(a)
                            && (!self.tt.is_named(have) || !self.tt.is_named(a)))
                }
            };
        }
        // (a type mentioning type parameters — a recursive call's `[]E` — binds them below)
        if p == a && !self.mentions_type_param(p, 0) {
            return true;
        }
        if let (Some((o1, t1)), Some((o2, t2))) = (self.type_args_of(p), self.type_args_of(a)) {
            return o1 == o2
                && t1.len() == t2.len()
                && t1
                    .iter()
                    .zip(&t2)
                    .all(|(&x, &y)| self.unify(x, y, b, tps, d + 1));
        }
        let (pt, at) = (self.tt.get(p).clone(), self.tt.get(a).clone());
        if !matches!(pt, Type::Named(_)) {
            if let Type::Named(_) = at {
                let u = self.tt.underlying(a);
                return u != a && self.unify(p, u, b, tps, d + 1);
            }
        }
        let d = d + 1;
        match (pt, at) {
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.unify(x, y, b, tps, d)
            }
            (Type::Array(n, x), Type::Array(m, y)) => n == m && self.unify(x, y, b, tps, d),
            (Type::Chan(_, x), Type::Chan(_, y)) => self.unify(x, y, b, tps, d),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.unify(k1, k2, b, tps, d) && self.unify(v1, v2, b, tps, d)
            }
            (Type::Func(s1), Type::Func(s2)) => {
                s1.variadic == s2.variadic
                    && s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1
                        .params
                        .iter()
                        .zip(&s2.params)
                        .chain(s1.results.iter().zip(&s2.results))
                        .all(|(&x, &y)| self.unify(x, y, b, tps, d))
            }
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1
                        .iter()
                        .zip(&f2)
                        .all(|(x, y)| x.name == y.name && self.unify(x.typ, y.typ, b, tps, d))
            }
            _ => false,
        }
    }
}
