//! Expressions other than operators and calls: identifiers, literals, function and composite
//! literals, selectors, index and slice expressions, type assertions, dereference (types2's
//! `expr.go`, `index.go`).
//!
//! Invariants: `raw_expr` records every successfully evaluated expression in `info.exprs`;
//! `expr` additionally requires a single value; `multi_expr` splits a tuple-valued call into one
//! operand per result (each carrying the call expression for messages).

use super::*;
use crate::ast::{BasicLit, ExprKind};
use num_traits::ToPrimitive;

impl<'a> Checker<'a> {
    /// Evaluates `e` (value, type, builtin ...) and records it.
    pub fn raw_expr(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let x = self.expr_kind(e, hint);
        self.record(&x);
        x
    }

    /// Evaluates `e`, which must denote a single value.
    pub fn expr(&mut self, e: &'a Expr) -> Operand<'a> {
        let x = self.raw_expr(e, None);
        self.single_value(x)
    }

    pub fn expr_with_hint(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let x = self.raw_expr(e, hint);
        self.single_value(x)
    }

    pub fn single_value(&mut self, mut x: Operand<'a>) -> Operand<'a> {
        match x.mode {
            OpMode::NoValue => {
                self.error(
                    x.span(),
                    format!(
                        "{} (no value) used as value",
                        x.expr.map(|e| self.expr_str(e)).unwrap_or_default()
                    ),
                );
                x.mode = OpMode::Invalid;
            }
            OpMode::Builtin(_) => {
                self.error(x.span(), format!("{} must be called", self.op_str(&x)));
                x.mode = OpMode::Invalid;
            }
            OpMode::TypeExpr => {
                self.error(
                    x.span(),
                    format!("{} is not an expression", self.op_str(&x)),
                );
                x.mode = OpMode::Invalid;
            }
            _ => {
                if let Type::Tuple(ts) = self.tt.get(x.typ) {
                    let n = ts.len();
                    self.error(
                        x.span(),
                        format!(
                            "multiple-value {} (value of type {}) in single-value context",
                            x.expr.map(|e| self.expr_str(e)).unwrap_or_default(),
                            self.type_str(x.typ)
                        ),
                    );
                    let _ = n;
                    x.mode = OpMode::Invalid;
                }
            }
        }
        x
    }

    /// Evaluates an expression that may also denote a type.
    pub fn expr_or_type(&mut self, e: &'a Expr) -> Operand<'a> {
        let x = self.raw_expr(e, None);
        if x.mode == OpMode::NoValue {
            self.error(
                x.span(),
                format!("{} (no value) used as value or type", self.expr_str(e)),
            );
            return Operand::invalid(Some(e));
        }
        x
    }

    /// Evaluates `e`, splitting multi-value calls into one operand per result.
    pub fn multi_expr(&mut self, e: &'a Expr) -> Vec<Operand<'a>> {
        let x = self.raw_expr(e, None);
        if let Type::Tuple(ts) = self.tt.get(x.typ).clone() {
            if x.mode != OpMode::Invalid {
                return ts
                    .iter()
                    .map(|&t| Operand {
                        mode: OpMode::Value,
                        typ: t,
                        val: None,
                        expr: Some(e),
                        exact: None,
                    })
                    .collect();
            }
        }
        vec![self.single_value(x)]
    }

    fn expr_kind(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let mk = |mode, typ| Operand {
            mode,
            typ,
            val: None,
            expr: Some(e),
            exact: None,
        };
        match &e.kind {
            ExprKind::Bad => inv,
            ExprKind::Ident(id) => self.ident(e, id),
            ExprKind::BasicLit(lit) => {
                let exact = match lit {
                    BasicLit::Float(t) => constant::parse_float_exact(t),
                    _ => None,
                };
                let (k, v) = match lit {
                    BasicLit::Int(t) => match constant::parse_int_lit(t) {
                        Some(v) => (BasicKind::UntypedInt, ConstValue::Int(v)),
                        None => {
                            self.error(e.span, format!("malformed constant: {t}"));
                            return inv;
                        }
                    },
                    BasicLit::Float(t) => match constant::parse_float_lit(t) {
                        Some(v) => (BasicKind::UntypedFloat, ConstValue::Float(v)),
                        None => {
                            self.error(e.span, format!("malformed constant: {t}"));
                            return inv;
                        }
                    },
                    BasicLit::Imag(t) => {
                        let t = t.trim_end_matches('i');
                        let v = constant::parse_float_lit(t)
                            .or_else(|| constant::parse_int_lit(t).and_then(|i| i.to_f64()))
                            .unwrap_or(0.0);
                        (BasicKind::UntypedComplex, ConstValue::Complex(0.0, v))
                    }
                    BasicLit::Rune(r) => (BasicKind::UntypedRune, ConstValue::Int((*r).into())),
                    BasicLit::Str(s) => (BasicKind::UntypedString, ConstValue::String(s.clone())),
                };
                // the exact value matters only for inexact literals such as 0.1
                let exact =
                    exact.filter(|r| !matches!(v, ConstValue::Float(f) if r.is_exactly(&f)));
                Operand {
                    mode: OpMode::Constant,
                    typ: TypeTable::basic(k),
                    val: Some(v),
                    expr: Some(e),
                    exact,
                }
            }
            ExprKind::FuncLit { typ, body } => {
                let (sig, _) = self.signature(typ, None);
                self.func_body(typ, None, body, sig);
                mk(OpMode::Value, sig)
            }
            ExprKind::CompositeLit { typ, elts, lbrace } => {
                self.composite_lit(e, typ.as_deref(), elts, *lbrace, hint)
            }
            ExprKind::Paren(x) => {
                let mut r = self.raw_expr(x, hint);
                r.expr = Some(e);
                if self.tt.is_untyped(r.typ) {
                    self.untyped_children.insert(e.id, vec![x.id]);
                }
                r
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel),
            ExprKind::Index(x, idx) => self.index_expr(e, x, idx),
            ExprKind::IndexList(x, idx) => match self.generic_callee(e) {
                Some((obj, base, targs)) => self.instantiated_value(e, obj, base, targs),
                None if self.generic_type_ref(e).is_some() => self.type_operand(e),
                None => {
                    let xv = self.expr_or_type(x);
                    match xv.mode {
                        OpMode::Invalid => {}
                        OpMode::TypeExpr => self.not_generic(x),
                        _ => {
                            let xv = self.single_value(xv);
                            return self.cannot_index(e, x, &xv, &idx[0]);
                        }
                    }
                    inv
                }
            },
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                slice3,
            } => self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref(), *slice3),
            ExprKind::TypeAssert(x, t) => {
                let xv = self.expr(x);
                if xv.is_invalid() {
                    return inv;
                }
                let Some(t) = t else {
                    self.error(e.span, "use of .(type) outside type switch");
                    return inv;
                };
                if !self.tt.is_interface(xv.typ) {
                    self.error(
                        x.span,
                        format!(
                            "invalid operation: {} is not an interface",
                            self.op_str(&xv)
                        ),
                    );
                    return inv;
                }
                let tt = self.typ(t);
                if tt == INVALID {
                    return inv;
                }
                self.type_assertion(e, &xv, tt, false);
                mk(OpMode::CommaOk, tt)
            }
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => self.call_expr(e, func, args, *ellipsis),
            ExprKind::Star(x) => {
                let xv = self.expr_or_type(x);
                match xv.mode {
                    OpMode::Invalid => inv,
                    OpMode::TypeExpr => {
                        let p = self.tt.pointer(xv.typ);
                        mk(OpMode::TypeExpr, p)
                    }
                    _ => {
                        if xv.is_nil() {
                            self.error(x.span, "invalid operation: cannot indirect nil");
                            return inv;
                        }
                        match self.tt.under(xv.typ).clone() {
                            Type::Pointer(b) => mk(OpMode::Variable, b),
                            _ => {
                                self.error(
                                    x.span,
                                    format!(
                                        "invalid operation: cannot indirect {}",
                                        self.op_str(&xv)
                                    ),
                                );
                                inv
                            }
                        }
                    }
                }
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, x, hint),
            ExprKind::Binary(op, x, y) => self.binary(e, *op, x, y),
            ExprKind::Ellipsis(_) => {
                self.error(e.span, "invalid use of '...'");
                inv
            }
            ExprKind::ArrayType { .. }
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..)
            | ExprKind::Union(_)
            | ExprKind::Tilde(_) => {
                let t = self.typ(e);
                if t == INVALID {
                    inv
                } else {
                    mk(OpMode::TypeExpr, t)
                }
            }
        }
    }

    fn ident(&mut self, e: &'a Expr, id: &'a ast::Ident) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let generic_ok = std::mem::take(&mut self.gen.callee);
        if id.name == "_" {
            self.error(e.span, "cannot use _ as value");
            return inv;
        }
        let Some(obj) = self.lookup(&id.name) else {
            self.error(e.span, format!("undefined: {}", id.name));
            return inv;
        };
        self.info.uses.insert(id.id, obj);
        self.resolve_obj(obj);
        self.note_use(obj);
        let o = self.obj(obj);
        let typ = o.typ;
        let mk = |mode, typ| Operand {
            mode,
            typ,
            val: None,
            expr: Some(e),
            exact: None,
        };
        match o.kind.clone() {
            ObjKind::PkgName(_) => {
                self.used_imports.insert(obj);
                self.error(
                    e.span,
                    format!("use of package {} without selector", id.name),
                );
                inv
            }
            ObjKind::Const(v) => {
                if typ == INVALID {
                    return inv;
                }
                let v = if o.name == "iota" && self.scopes[0].names.get("iota") == Some(&obj) {
                    match &self.iota {
                        Some(i) => ConstValue::Int(i.clone()),
                        None => {
                            self.error(e.span, "cannot use iota outside constant declaration");
                            return inv;
                        }
                    }
                } else {
                    v
                };
                let exact = if self.tt.is_untyped(typ) {
                    self.const_exact.get(&obj).cloned()
                } else {
                    None
                };
                Operand {
                    mode: OpMode::Constant,
                    typ,
                    val: Some(v),
                    expr: Some(e),
                    exact,
                }
            }
            ObjKind::TypeName => {
                if typ == INVALID {
                    return inv;
                }
                if !generic_ok && self.gen.types.contains_key(&obj) {
                    self.generic_type_unusable(e.span, obj, &id.name);
                    return inv;
                }
                mk(OpMode::TypeExpr, typ)
            }
            ObjKind::Var { .. } => {
                if typ == INVALID {
                    return inv;
                }
                mk(OpMode::Variable, typ)
            }
            ObjKind::Func { .. } => {
                if typ == INVALID {
                    return inv;
                }
                if !generic_ok && self.gen.funcs.contains_key(&obj) {
                    self.error(
                        e.span,
                        format!(
                            "cannot use generic function {} without instantiation",
                            id.name
                        ),
                    );
                    return inv;
                }
                mk(OpMode::Value, typ)
            }
            ObjKind::PkgMember { .. } => mk(OpMode::Value, typ),
            ObjKind::Builtin(b) => mk(OpMode::Builtin(b), INVALID),
            ObjKind::Nil => mk(OpMode::Nil, TypeTable::basic(BasicKind::UntypedNil)),
            ObjKind::Label => inv,
        }
    }

    // ---- index and slice ----

    /// Checks an index operand; `max` is the length for constant bounds checks.
    pub fn index_value(&mut self, e: &'a Expr, max: Option<u64>) -> Option<i64> {
        let mut x = self.expr(e);
        if x.is_invalid() {
            return None;
        }
        let int = TypeTable::basic(BasicKind::Int);
        if self.tt.is_untyped(x.typ) {
            self.convert_untyped(&mut x, int);
            if x.is_invalid() {
                return None;
            }
        }
        if !self.tt.is_integer(x.typ) {
            self.error(
                e.span,
                format!(
                    "invalid argument: index {} must be integer",
                    self.op_str(&x)
                ),
            );
            return None;
        }
        if x.mode == OpMode::Constant {
            if let Some(v) = x.val.as_ref().and_then(constant::to_int) {
                if v < 0.into() {
                    self.error(
                        e.span,
                        format!(
                            "invalid argument: index {} must not be negative",
                            self.op_str(&x)
                        ),
                    );
                    return None;
                }
                let v = v.to_i64()?;
                if let Some(m) = max {
                    if v as u64 >= m {
                        self.error(
                            e.span,
                            format!(
                                "invalid argument: index {} out of bounds [0:{}]",
                                self.op_str(&x),
                                m
                            ),
                        );
                        return None;
                    }
                }
                return Some(v);
            }
        }
        None
    }

    /// `G[A]` in an expression: the instantiated type.
    fn type_operand(&mut self, e: &'a Expr) -> Operand<'a> {
        let t = self.typ(e);
        if t == INVALID {
            return Operand::invalid(Some(e));
        }
        Operand {
            mode: OpMode::TypeExpr,
            ..Operand::value(e, t)
        }
    }

    fn index_expr(&mut self, e: &'a Expr, x: &'a Expr, idx: &'a Expr) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        if let Some((obj, base, targs)) = self.generic_callee(e) {
            return self.instantiated_value(e, obj, base, targs);
        }
        if self.generic_type_ref(e).is_some() {
            return self.type_operand(e);
        }
        let xv = self.expr_or_type(x);
        match xv.mode {
            OpMode::Invalid => {
                self.raw_expr(idx, None);
                return inv;
            }
            OpMode::TypeExpr => {
                self.not_generic(x);
                self.raw_expr(idx, None);
                return inv;
            }
            _ => {}
        }
        let xv = self.single_value(xv);
        if xv.is_invalid() {
            return inv;
        }
        let mk = |mode, typ| Operand {
            mode,
            typ,
            val: None,
            expr: Some(e),
            exact: None,
        };
        let u = self.tt.under(xv.typ).clone();
        match u {
            Type::Basic(_) if self.tt.is_string(xv.typ) => {
                let len = match (&xv.mode, &xv.val) {
                    (OpMode::Constant, Some(ConstValue::String(s))) => Some(s.len() as u64),
                    _ => None,
                };
                // indexing a constant string still gives a non-constant byte (as gc)
                self.index_value(idx, len);
                mk(OpMode::Value, TypeTable::basic(BasicKind::Uint8))
            }
            Type::Slice(et) => {
                self.index_value(idx, None);
                mk(OpMode::Variable, et)
            }
            Type::Array(n, et) => {
                self.index_value(idx, Some(n));
                mk(
                    if xv.mode == OpMode::Variable {
                        OpMode::Variable
                    } else {
                        OpMode::Value
                    },
                    et,
                )
            }
            Type::Pointer(p) => match self.tt.under(p).clone() {
                Type::Array(n, et) => {
                    self.index_value(idx, Some(n));
                    mk(OpMode::Variable, et)
                }
                _ => self.cannot_index(e, x, &xv, idx),
            },
            Type::Map(kt, vt) => {
                let mut k = self.expr_with_hint(idx, Some(kt));
                self.assignment(&mut k, Some(kt), "map index");
                mk(OpMode::MapIndex, vt)
            }
            _ => self.cannot_index(e, x, &xv, idx),
        }
    }

    /// gc's error for `T[...]` with `T` a type that is not generic (already checked).
    pub(crate) fn not_generic(&mut self, base: &'a Expr) {
        let msg = format!("{} is not a generic type", self.expr_str(base));
        self.error(base.span, msg);
    }

    /// Reports `e` = `x[idx]` on a value that cannot be indexed; `idx` is still checked.
    fn cannot_index(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        xv: &Operand<'a>,
        idx: &'a Expr,
    ) -> Operand<'a> {
        // gc's position of an index expression is its `[`
        let lbrack = self.src[x.span.end as usize..]
            .find('[')
            .map_or(x.span.end, |i| x.span.end + i as u32);
        let at = Span {
            start: lbrack,
            end: lbrack + 1,
        };
        let msg = format!("invalid operation: cannot index {}", self.op_str(xv));
        self.error(at, msg);
        self.raw_expr(idx, None);
        Operand::invalid(Some(e))
    }

    pub fn ident_obj(&self, e: &Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Ident(id) => self.info.uses.get(&id.id).copied(),
            ExprKind::Paren(x) => self.ident_obj(x),
            _ => None,
        }
    }

    fn slice_expr(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        lo: Option<&'a Expr>,
        hi: Option<&'a Expr>,
        max: Option<&'a Expr>,
        slice3: bool,
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let xv = self.expr(x);
        if xv.is_invalid() {
            for i in [lo, hi, max].into_iter().flatten() {
                self.expr(i);
            }
            return inv;
        }
        let mut len = None;
        let typ;
        match self.tt.under(xv.typ).clone() {
            Type::Basic(_) if self.tt.is_string(xv.typ) => {
                if slice3 {
                    self.error(
                        e.span,
                        "invalid operation: 3-index slice of string".to_string(),
                    );
                    return inv;
                }
                if let Some(ConstValue::String(s)) = &xv.val {
                    len = Some(s.len() as u64 + 1);
                }
                typ = if self.tt.is_untyped(xv.typ) {
                    TypeTable::basic(BasicKind::String)
                } else {
                    xv.typ
                };
            }
            Type::Slice(_) => typ = xv.typ,
            Type::Array(n, et) => {
                if xv.mode != OpMode::Variable {
                    self.error(
                        e.span,
                        format!(
                            "invalid operation: {} (slice of unaddressable value)",
                            self.expr_str(e)
                        ),
                    );
                    return inv;
                }
                self.mark_addressed_expr(x);
                len = Some(n + 1);
                typ = self.tt.slice(et);
            }
            Type::Pointer(p) => match self.tt.under(p).clone() {
                Type::Array(n, et) => {
                    len = Some(n + 1);
                    typ = self.tt.slice(et);
                }
                _ => {
                    self.error(x.span, format!("cannot slice {}", self.op_str(&xv)));
                    return inv;
                }
            },
            _ => {
                self.error(x.span, format!("cannot slice {}", self.op_str(&xv)));
                return inv;
            }
        }
        if slice3 && (hi.is_none() || max.is_none()) {
            self.error(e.span, "middle index required in 3-index slice");
        }
        let mut vals: Vec<i64> = Vec::new();
        for i in [lo, hi, max].into_iter().flatten() {
            if let Some(v) = self.index_value(i, len) {
                if let Some(&prev) = vals.last() {
                    if v < prev {
                        self.error(i.span, format!("invalid slice indices: {} < {}", v, prev));
                    }
                }
                vals.push(v);
            }
        }
        Operand {
            mode: OpMode::Value,
            typ,
            val: None,
            expr: Some(e),
            exact: None,
        }
    }

    /// Marks the variable at the root of an addressable expression as addressed.
    pub fn mark_addressed_expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(id) => {
                if let Some(&o) = self.info.uses.get(&id.id) {
                    self.mark_addressed(o);
                }
            }
            ExprKind::Paren(x) => self.mark_addressed_expr(x),
            ExprKind::Selector(x, _) => {
                // field of an addressable struct (not through a pointer)
                if let Some(Selection::Field { indirect, .. }) = self.info.selections.get(&e.id) {
                    if indirect.iter().any(|&b| b) {
                        return;
                    }
                }
                if let Some(tv) = self.info.exprs.get(x.id) {
                    if matches!(self.tt.under(tv.typ), Type::Pointer(_)) {
                        return;
                    }
                }
                self.mark_addressed_expr(x)
            }
            ExprKind::Index(x, _) => {
                if let Some(tv) = self.info.exprs.get(x.id) {
                    if matches!(self.tt.under(tv.typ), Type::Array(..)) {
                        self.mark_addressed_expr(x);
                    }
                }
            }
            _ => {}
        }
    }

    /// Checks `x.(T)`: `T` must implement `x`'s interface if it is not an interface.
    pub fn type_assertion(
        &mut self,
        e: &'a Expr,
        x: &Operand<'a>,
        t: TypeId,
        in_switch: bool,
    ) -> bool {
        if self.tt.is_interface(t) {
            return true;
        }
        if let Some(cause) = self.missing_method(t, x.typ, false) {
            if in_switch {
                self.error(
                    e.span,
                    format!(
                        "impossible type switch case: {}\n\t{} cannot have dynamic type {} {}",
                        self.expr_str(e),
                        self.op_str(x),
                        self.type_str(t),
                        cause
                    ),
                );
            } else {
                self.error(
                    e.span,
                    format!(
                        "impossible type assertion: {}\n\t{} does not implement {} {}",
                        self.expr_str(e),
                        self.type_str(t),
                        self.type_str(x.typ),
                        cause
                    ),
                );
            }
            return false;
        }
        true
    }
}
