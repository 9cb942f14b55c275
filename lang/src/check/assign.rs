//! Assignability in context (`assignment`), assignments `=`/`op=`, short variable
//! declarations `:=`, and the comma-ok forms (types2's `assignments.go`).
//!
//! Invariants: after `assignment` an untyped operand has its final type recorded; a comma-ok
//! right-hand side (`v, ok = m[k]`, `<-ch`, `x.(T)`) is recorded with a `Tuple([T, bool])`
//! type and `Mode::CommaOk`, which is how the compiler tells the two-result form.

use super::*;
use crate::ast::{AssignOp, ExprKind};

impl<'a> Checker<'a> {
    /// types2's `assignment`: checks that `x` can be assigned to a `T` (None: blank `_`).
    pub fn assignment(&mut self, x: &mut Operand<'a>, t: Option<TypeId>, context: &str) {
        match x.mode {
            OpMode::Invalid => return,
            OpMode::Constant
            | OpMode::Variable
            | OpMode::MapIndex
            | OpMode::Value
            | OpMode::Nil
            | OpMode::CommaOk => {}
            _ => {
                let ts = t.map(|t| self.type_str(t)).unwrap_or_default();
                self.error(
                    x.span(),
                    format!("cannot assign {} to {} in {}", self.op_str(x), ts, context),
                );
                x.mode = OpMode::Invalid;
                return;
            }
        }
        if let Type::Tuple(_) = self.tt.get(x.typ) {
            let s = self.single_value(x.clone());
            *x = s;
            return;
        }
        if self.tt.is_untyped(x.typ) {
            let mut target = t;
            if x.is_nil() {
                if t.is_none() {
                    self.error(x.span(), format!("use of untyped nil in {context}"));
                    x.mode = OpMode::Invalid;
                    return;
                }
            } else if t.is_none() || t.is_some_and(|t| self.tt.is_interface(t)) {
                target = Some(self.tt.default_type(x.typ));
            }
            let target = target.unwrap();
            match self.implicit_type_and_value(x, target) {
                Err(code) => {
                    let mut msg = format!(
                        "cannot use {} as {} value in {}",
                        self.op_str(x),
                        self.type_str(target),
                        context
                    );
                    match code {
                        constant::ReprError::Truncated => msg.push_str(" (truncated)"),
                        constant::ReprError::Overflow => msg.push_str(" (overflows)"),
                        _ => {}
                    }
                    self.error(x.span(), msg);
                    x.mode = OpMode::Invalid;
                    return;
                }
                Ok((nt, val)) => {
                    if let Some(v) = val {
                        x.val = Some(v);
                    }
                    if nt != x.typ {
                        x.typ = nt;
                        if let Some(e) = x.expr {
                            self.update_expr_type(e.id, nt);
                        }
                    }
                }
            }
        }
        let Some(t) = t else { return };
        let mut reason = String::new();
        if !self.assignable_to(x, t, Some(&mut reason)) {
            if reason.is_empty() {
                self.error(
                    x.span(),
                    format!(
                        "cannot use {} as type {} in {}",
                        self.op_str(x),
                        self.type_str(t),
                        context
                    ),
                );
            } else {
                self.error(
                    x.span(),
                    format!(
                        "cannot use {} as type {} in {}:\n\t{}",
                        self.op_str(x),
                        self.type_str(t),
                        context,
                        reason
                    ),
                );
            }
            x.mode = OpMode::Invalid;
        }
        // nil assigned to a typed context: record the target type (the compiler's zero value)
        if x.is_nil() {
            if let Some(e) = x.expr {
                self.set_expr(
                    e.id,
                    TypeAndValue {
                        mode: Mode::Value,
                        typ: t,
                        value: None,
                    },
                );
            }
        }
    }

    pub fn assign_mismatch(
        &mut self,
        span: Span,
        nvars: usize,
        rhs: &'a [Expr],
        nvals: usize,
        call: Option<&'a Expr>,
    ) {
        let measure = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
        let vars = measure(nvars, "variable");
        let vals = measure(nvals, "value");
        let mut r0 = call.or(rhs.first());
        while let Some(Expr {
            kind: ExprKind::Paren(x),
            ..
        }) = r0
        {
            r0 = Some(x);
        }
        if rhs.len() == 1 {
            if let Some(Expr {
                kind: ExprKind::Call { func, .. },
                ..
            }) = r0
            {
                self.error(
                    span,
                    format!(
                        "assignment mismatch: {vars} but {} returns {vals}",
                        self.expr_str(func)
                    ),
                );
                return;
            }
        }
        self.error(span, format!("assignment mismatch: {vars} but {vals}"));
    }

    /// Evaluates the left side of `=`; returns its type (None for `_`).
    fn lhs_var(&mut self, lhs: &'a Expr) -> Option<Option<TypeId>> {
        if let ExprKind::Ident(id) = &lhs.kind {
            if id.name == "_" {
                self.info.defs.remove(&id.id);
                self.set_expr(
                    lhs.id,
                    TypeAndValue {
                        mode: Mode::Variable,
                        typ: INVALID,
                        value: None,
                    },
                );
                return Some(None);
            }
            // don't count an assignment as a use
            if let Some(o) = self.lookup(&id.name) {
                if matches!(self.obj(o).kind, ObjKind::Var { .. }) {
                    let was = self.used[o.0 as usize];
                    let x = self.expr(lhs);
                    self.used[o.0 as usize] = was;
                    if x.is_invalid() {
                        return None;
                    }
                    return Some(Some(x.typ));
                }
            }
        }
        let x = self.expr(lhs);
        if x.is_invalid() {
            return None;
        }
        match x.mode {
            OpMode::Variable | OpMode::MapIndex => Some(Some(x.typ)),
            _ => {
                if let ExprKind::Selector(base, _) = &lhs.kind {
                    if let Some(tv) = self.info.exprs.get(base.id) {
                        if tv.mode == Mode::MapIndex {
                            self.error(
                                lhs.span,
                                format!(
                                    "cannot assign to struct field {} in map",
                                    self.expr_str(lhs)
                                ),
                            );
                            return None;
                        }
                    }
                }
                self.error(lhs.span, format!("cannot assign to {}", self.op_str(&x)));
                None
            }
        }
    }

    fn assign_to(&mut self, lhs: &'a Expr, x: &mut Operand<'a>) {
        match self.lhs_var(lhs) {
            None => {}
            Some(t) => self.assignment(x, t, "assignment"),
        }
    }

    pub fn assign_stmt(&mut self, lhs: &'a [Expr], op: AssignOp, rhs: &'a [Expr], span: Span) {
        match op {
            AssignOp::Define => self.short_var_decl(lhs, rhs, span),
            AssignOp::Op(bop) => {
                if lhs.len() != 1 || rhs.len() != 1 {
                    self.error(
                        span,
                        format!(
                            "assignment operation {}= requires single-valued expressions",
                            format::binary_op_str(bop)
                        ),
                    );
                    return;
                }
                let mut x = self.expr(&lhs[0]);
                let mut y = self.expr(&rhs[0]);
                self.binary_operands(None, bop, &mut x, &mut y, &lhs[0], &rhs[0]);
                if x.is_invalid() {
                    return;
                }
                // the lhs must be assignable
                let xt = x.typ;
                match self.info.exprs.get(lhs[0].id).cloned() {
                    Some(tv) if matches!(tv.mode, Mode::Variable | Mode::MapIndex) => {
                        x.expr = Some(&rhs[0]);
                        let _ = xt;
                        self.assignment(&mut x, Some(tv.typ), "assignment");
                    }
                    Some(tv) => {
                        let o = Operand {
                            mode: OpMode::Value,
                            typ: tv.typ,
                            val: tv.value.clone(),
                            expr: Some(&lhs[0]),
                            exact: None,
                        };
                        self.error(lhs[0].span, format!("cannot assign to {}", self.op_str(&o)));
                    }
                    None => {}
                }
            }
            AssignOp::Assign => {
                if lhs.len() == rhs.len() {
                    for (l, r) in lhs.iter().zip(rhs) {
                        let t = self.lhs_var(l);
                        let hint = t.flatten();
                        let x = self.raw_expr(r, hint);
                        if let Some(n) = self.tuple_len(&x).filter(|_| lhs.len() == 1) {
                            // types2 unpacks the call: `x = f()` with f returning n values
                            self.assign_mismatch(r.span, 1, rhs, n, None);
                            return;
                        }
                        let mut x = self.single_value(x);
                        if let Some(t) = t {
                            self.assignment(&mut x, t, "assignment");
                        }
                    }
                    return;
                }
                if rhs.len() == 1 {
                    if lhs.len() == 2 {
                        if let Some(xs) = self.comma_ok(&rhs[0]) {
                            for (l, mut x) in lhs.iter().zip(xs) {
                                self.assign_to(l, &mut x);
                            }
                            return;
                        }
                    }
                    let xs = self.multi_expr(&rhs[0]);
                    if xs.len() == 1 && xs[0].is_invalid() {
                        for l in lhs {
                            self.lhs_var(l);
                        }
                        return;
                    }
                    if xs.len() != lhs.len() {
                        for l in lhs {
                            self.lhs_var(l);
                        }
                        self.assign_mismatch(rhs[0].span, lhs.len(), rhs, xs.len(), None);
                        return;
                    }
                    for (l, mut x) in lhs.iter().zip(xs) {
                        self.assign_to(l, &mut x);
                    }
                    return;
                }
                for l in lhs {
                    self.lhs_var(l);
                }
                for r in rhs {
                    self.expr(r);
                }
                self.assign_mismatch(rhs[0].span, lhs.len(), rhs, rhs.len(), None);
            }
        }
    }

    /// For a comma-ok expression (map index, receive, type assertion): the two operands,
    /// recording the tuple type on the expression.
    pub fn comma_ok(&mut self, e: &'a Expr) -> Option<Vec<Operand<'a>>> {
        let mut inner = e;
        while let ExprKind::Paren(x) = &inner.kind {
            inner = x;
        }
        let candidate = matches!(
            inner.kind,
            ExprKind::Index(..) | ExprKind::TypeAssert(..) | ExprKind::Unary(ast::UnaryOp::Recv, _)
        );
        if !candidate {
            return None;
        }
        let x = self.expr(e);
        if x.is_invalid() {
            return Some(vec![x.clone(), x]);
        }
        if !matches!(x.mode, OpMode::MapIndex | OpMode::CommaOk) {
            // not comma-ok capable: report as a mismatch by the caller
            return Some(vec![x]);
        }
        let b = TypeTable::basic(BasicKind::Bool);
        let tup = self.tt.tuple(vec![x.typ, b]);
        self.set_expr(
            e.id,
            TypeAndValue {
                mode: Mode::CommaOk,
                typ: tup,
                value: None,
            },
        );
        if inner.id != e.id {
            self.set_expr(
                inner.id,
                TypeAndValue {
                    mode: Mode::CommaOk,
                    typ: tup,
                    value: None,
                },
            );
        }
        // (its expression, named in diagnostics, keeps the tuple type: only untyped
        // expressions are retyped)
        let ok = Operand {
            mode: OpMode::Value,
            typ: TypeTable::basic(BasicKind::UntypedBool),
            val: None,
            expr: Some(e),
            exact: None,
        };
        Some(vec![
            Operand {
                mode: OpMode::Value,
                ..x
            },
            ok,
        ])
    }

    /// The number of values of a multi-value call operand (None for a single value).
    fn tuple_len(&self, x: &Operand<'a>) -> Option<usize> {
        if x.is_invalid() {
            return None;
        }
        match self.tt.get(x.typ) {
            Type::Tuple(ts) if ts.len() != 1 => Some(ts.len()),
            _ => None,
        }
    }

    pub fn short_var_decl(&mut self, lhs: &'a [Expr], rhs: &'a [Expr], span: Span) {
        // collect lhs identifiers: new or redeclared
        let mut objs: Vec<Option<ObjId>> = Vec::new();
        let mut new_idents: Vec<(&'a ast::Ident, usize)> = Vec::new();
        let mut any_new = false;
        let mut bad = false;
        let mut seen = HashSet::new();
        for (i, l) in lhs.iter().enumerate() {
            let ExprKind::Ident(id) = &l.kind else {
                self.raw_expr(l, None);
                self.error(
                    l.span,
                    format!("non-name {} on left side of :=", self.expr_str(l)),
                );
                bad = true;
                objs.push(None);
                continue;
            };
            if id.name != "_" && !seen.insert(id.name.clone()) {
                self.error(l.span, format!("{} repeated on left side of :=", id.name));
                bad = true;
                objs.push(None);
                continue;
            }
            let existing = if id.name == "_" {
                None
            } else {
                self.scopes.last().unwrap().names.get(&id.name).copied()
            };
            match existing {
                Some(o) if matches!(self.obj(o).kind, ObjKind::Var { .. }) => {
                    self.info.uses.insert(id.id, o);
                    objs.push(Some(o));
                }
                Some(_) => {
                    self.error(l.span, format!("cannot assign to {}", id.name));
                    bad = true;
                    objs.push(None);
                }
                None => {
                    any_new = true;
                    let o = self.new_local_var(id, INVALID);
                    self.info.defs.insert(id.id, o);
                    new_idents.push((id, i));
                    objs.push(Some(o));
                }
            }
        }
        if !any_new && !bad {
            self.error(span, "no new variables on left side of :=");
        }
        let is_new = |o: ObjId, c: &Checker| c.obj(o).typ == INVALID;
        let init = |c: &mut Checker<'a>, i: usize, x: &mut Operand<'a>| match objs[i] {
            Some(o) if is_new(o, c) && new_idents.iter().any(|(_, j)| *j == i) => {
                c.init_var(o, x, None, "assignment")
            }
            Some(o) => {
                let t = c.obj(o).typ;
                c.assignment(x, Some(t), "assignment");
            }
            None => {}
        };
        if lhs.len() == rhs.len() {
            for (i, r) in rhs.iter().enumerate() {
                let x = self.raw_expr(r, None);
                if let Some(n) = self.tuple_len(&x).filter(|_| lhs.len() == 1) {
                    // types2 unpacks the call: `v := f()` with f returning n values
                    self.assign_mismatch(r.span, 1, rhs, n, None);
                    for o in objs.iter().flatten() {
                        self.used[o.0 as usize] = true;
                    }
                    break;
                }
                let mut x = self.single_value(x);
                init(self, i, &mut x);
            }
        } else if rhs.len() == 1 {
            let xs = if lhs.len() == 2 {
                self.comma_ok(&rhs[0])
            } else {
                None
            };
            let xs = match xs {
                Some(xs) => xs,
                None => self.multi_expr(&rhs[0]),
            };
            if xs.len() == 1 && xs[0].is_invalid() {
                for o in objs.iter().flatten() {
                    self.used[o.0 as usize] = true;
                }
            } else if xs.len() != lhs.len() {
                self.assign_mismatch(rhs[0].span, lhs.len(), rhs, xs.len(), None);
                for o in objs.iter().flatten() {
                    self.used[o.0 as usize] = true;
                }
            } else {
                for (i, mut x) in xs.into_iter().enumerate() {
                    init(self, i, &mut x);
                }
            }
        } else {
            for r in rhs {
                self.expr(r);
            }
            self.assign_mismatch(rhs[0].span, lhs.len(), rhs, rhs.len(), None);
            for o in objs.iter().flatten() {
                self.used[o.0 as usize] = true;
            }
        }
        // declare the new variables (scope starts after the statement)
        for (id, i) in new_idents {
            if let Some(o) = objs[i] {
                if id.name != "_" {
                    self.scopes
                        .last_mut()
                        .unwrap()
                        .names
                        .insert(id.name.clone(), o);
                }
                // record the identifier's type
                let t = self.obj(o).typ;
                self.set_expr(
                    lhs[i].id,
                    TypeAndValue {
                        mode: Mode::Variable,
                        typ: t,
                        value: None,
                    },
                );
            }
        }
    }
}
