//! Assignments: addressable targets (`LValue`), `=`, `:=` (only new variables are declared),
//! `op=`, `++`/`--`, `var` declarations (local and global), tuple assignment in Go's two-phase
//! order, and the comma-ok forms (map index, type assertion, receive).
//!
//! Invariants:
//! - Index and pointer operands of every target are evaluated once, before the right-hand
//!   sides (phase 1); stores happen left to right afterwards (phase 2).
//! - Struct/array values stored into a location other than an unaddressed local register are
//!   copied into the existing object in place (`StoreDeep`), so pointers to it stay valid.

use super::{Compiler, Loc};
use crate::bytecode::Instr;
use lang::ast::{AssignOp, BinaryOp, Expr, ExprKind, ValueSpec};
use lang::types::{ObjId, Selection, Type, TypeId};

/// A resolved assignment target whose operands are already in registers.
#[derive(Clone, Copy, Debug)]
pub(crate) enum LValue {
    Blank,
    Reg(u16, TypeId),
    Boxed(u16, TypeId),
    Global(u32, TypeId),
    Field(u16, u16, TypeId),
    Slice(u16, u16, TypeId),
    Array(u16, u16, TypeId),
    /// map register, key register, map type, value type
    Map(u16, u16, TypeId, TypeId),
    Deref(u16, TypeId),
}

impl LValue {
    fn typ(&self) -> TypeId {
        match *self {
            LValue::Blank => TypeId(0),
            LValue::Reg(_, t)
            | LValue::Boxed(_, t)
            | LValue::Global(_, t)
            | LValue::Field(_, _, t)
            | LValue::Slice(_, _, t)
            | LValue::Array(_, _, t)
            | LValue::Map(_, _, _, t)
            | LValue::Deref(_, t) => t,
        }
    }
}

pub(crate) fn is_blank(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Ident(id) if id.name == "_")
}

impl Compiler<'_> {
    /// Evaluates the operands of target `e` (phase 1).
    pub(crate) fn lvalue(&mut self, e: &Expr) -> LValue {
        let t = self.ty(e);
        match &e.kind {
            ExprKind::Paren(x) => self.lvalue(x),
            ExprKind::Ident(id) | ExprKind::Selector(_, id) if self.names_object(e) => {
                if id.name == "_" {
                    return LValue::Blank;
                }
                let Some(o) = self.ident_obj(id) else {
                    return LValue::Blank;
                };
                let t = self.obj(o).typ;
                match self.fs.vars.get(&o).copied() {
                    // An addressed struct/array variable stays in its register, which holds
                    // the object's address: store through it in place, so pointers taken by
                    // `&v` see the new value.
                    Some(Loc::Reg(r))
                        if self.esc.addressed.contains(&o) && self.is_value_type(t) =>
                    {
                        LValue::Deref(r, t)
                    }
                    Some(Loc::Reg(r)) => LValue::Reg(r, t),
                    Some(Loc::Boxed(r)) => LValue::Boxed(r, t),
                    Some(Loc::Global(g)) => LValue::Global(g, t),
                    None => match self.global_slot.get(&o) {
                        Some(&g) => LValue::Global(g, t),
                        None => {
                            self.unsupported(e.span, &format!("assignment to {}", id.name));
                            LValue::Blank
                        }
                    },
                }
            }
            ExprKind::Selector(x, _) => match self.info.selections.get(&e.id).cloned() {
                Some(Selection::Field { path, .. }) => {
                    let mut obj = self.expr_reg(x);
                    let n = path.len();
                    for &f in &path[..n - 1] {
                        let r = self.temp();
                        self.emit(Instr::FieldLoad {
                            a: r,
                            b: obj,
                            field: self.fs.operand(f),
                        });
                        obj = r;
                    }
                    LValue::Field(obj, self.fs.operand(path[n - 1]), t)
                }
                _ => {
                    self.unsupported(e.span, "assignment to this selector");
                    LValue::Blank
                }
            },
            ExprKind::Index(x, i) => {
                let xt = self.ty(x);
                match self.under(xt).clone() {
                    Type::Map(kt, vt) => {
                        let m = self.expr_reg(x);
                        let k = self.temp();
                        self.value_into(i, k, kt);
                        LValue::Map(m, k, xt, vt)
                    }
                    Type::Slice(_) => {
                        let s = self.expr_reg(x);
                        let ir = self.expr_reg(i);
                        LValue::Slice(s, ir, t)
                    }
                    Type::Array(..) | Type::Pointer(_) => {
                        let a = self.expr_reg(x);
                        let ir = self.expr_reg(i);
                        LValue::Array(a, ir, t)
                    }
                    _ => {
                        self.unsupported(e.span, "assignment to this index expression");
                        LValue::Blank
                    }
                }
            }
            ExprKind::Star(p) => {
                let r = self.expr_reg(p);
                LValue::Deref(r, t)
            }
            _ => {
                self.unsupported(e.span, "assignment to this expression");
                LValue::Blank
            }
        }
    }

    /// Copies the operand registers of `lv` that are variables into temporaries, so that an
    /// earlier store of a tuple assignment cannot change a later target (`i, s[i] = 1, 9`).
    fn stabilize(&mut self, lv: LValue) -> LValue {
        let fix = |c: &mut Self, r: u16| -> u16 {
            if c.fs.is_scratch(r) {
                r
            } else {
                let t = c.temp();
                c.emit(Instr::Move { a: t, b: r });
                t
            }
        };
        match lv {
            LValue::Field(o, f, t) => LValue::Field(fix(self, o), f, t),
            LValue::Slice(s, i, t) => {
                let s = fix(self, s);
                LValue::Slice(s, fix(self, i), t)
            }
            LValue::Array(a, i, t) => {
                let i = fix(self, i);
                LValue::Array(a, i, t)
            }
            LValue::Map(m, k, mt, vt) => LValue::Map(fix(self, m), k, mt, vt),
            LValue::Deref(p, t) => LValue::Deref(fix(self, p), t),
            other => other,
        }
    }

    /// Whether storing to `lv` copies structs in place (so the source may stay aliased).
    fn stores_in_place(&self, lv: &LValue) -> bool {
        !matches!(lv, LValue::Reg(..) | LValue::Map(..) | LValue::Blank)
            && self.is_value_type(lv.typ())
    }

    /// R[dst] := current value of `lv`.
    pub(crate) fn load_lvalue(&mut self, lv: &LValue, dst: u16) {
        match *lv {
            LValue::Blank => {}
            LValue::Reg(r, _) => self.mov(dst, r),
            LValue::Boxed(b, t) => self.load_box(dst, b, t),
            LValue::Global(g, _) => {
                self.emit(Instr::LoadGlobal { a: dst, g });
            }
            LValue::Field(o, f, _) => {
                self.emit(Instr::FieldLoad {
                    a: dst,
                    b: o,
                    field: f,
                });
            }
            LValue::Slice(s, i, t) => {
                if self.is_byte(t) {
                    self.emit(Instr::SliceLoadB { a: dst, b: s, c: i });
                } else {
                    self.emit(Instr::SliceLoad { a: dst, b: s, c: i });
                }
            }
            LValue::Array(a, i, t) => {
                if self.is_byte(t) {
                    self.emit(Instr::ArrayLoadB { a: dst, b: a, c: i });
                } else {
                    self.emit(Instr::ArrayLoad { a: dst, b: a, c: i });
                }
            }
            LValue::Map(m, k, mt, _) => {
                self.emit(Instr::MapLoad {
                    a: dst,
                    b: m,
                    c: k,
                    t: mt.0,
                });
            }
            LValue::Deref(p, t) => self.load_through(p, t, dst),
        }
    }

    /// Stores the (owned, converted) value in `v` to `lv` (phase 2).
    pub(crate) fn store_lvalue(&mut self, lv: &LValue, v: u16) {
        let in_place = self.stores_in_place(lv);
        match *lv {
            LValue::Blank => {}
            LValue::Reg(r, _) => self.mov(r, v),
            LValue::Boxed(b, t) => {
                if in_place {
                    let o = self.temp();
                    self.emit(Instr::LoadAggregate { a: o, b });
                    self.emit(Instr::StoreDeep { a: v, b: o, t: t.0 });
                } else {
                    self.emit(Instr::Store { a: v, b });
                }
            }
            LValue::Global(g, t) => {
                if in_place {
                    let o = self.temp();
                    self.emit(Instr::LoadGlobal { a: o, g });
                    self.emit(Instr::StoreDeep { a: v, b: o, t: t.0 });
                } else {
                    self.emit(Instr::StoreGlobal { g, a: v });
                }
            }
            LValue::Field(o, f, t) => {
                if in_place {
                    let x = self.temp();
                    self.emit(Instr::FieldLoad {
                        a: x,
                        b: o,
                        field: f,
                    });
                    self.emit(Instr::StoreDeep { a: v, b: x, t: t.0 });
                } else {
                    self.emit(Instr::FieldStore {
                        a: v,
                        b: o,
                        field: f,
                    });
                }
            }
            LValue::Slice(s, i, t) => {
                if in_place {
                    let x = self.temp();
                    self.emit(Instr::SliceLoad { a: x, b: s, c: i });
                    self.emit(Instr::StoreDeep { a: v, b: x, t: t.0 });
                } else if self.is_byte(t) {
                    self.emit(Instr::SliceStoreB { a: v, b: s, c: i });
                } else {
                    self.emit(Instr::SliceStore { a: v, b: s, c: i });
                }
            }
            LValue::Array(a, i, t) => {
                if in_place {
                    let x = self.temp();
                    self.emit(Instr::ArrayLoad { a: x, b: a, c: i });
                    self.emit(Instr::StoreDeep { a: v, b: x, t: t.0 });
                } else if self.is_byte(t) {
                    self.emit(Instr::ArrayStoreB { a: v, b: a, c: i });
                } else {
                    self.emit(Instr::ArrayStore { a: v, b: a, c: i });
                }
            }
            LValue::Map(m, k, mt, _) => {
                self.emit(Instr::MapStore {
                    a: v,
                    b: m,
                    c: k,
                    t: mt.0,
                });
            }
            LValue::Deref(p, t) => self.store_through(v, p, t),
        }
    }

    /// Evaluates `e` as the value to store into `lv` (converted; copied unless stored in place).
    fn rhs_for(&mut self, lv: &LValue, e: &Expr, dst: u16) {
        if matches!(lv, LValue::Blank) || self.stores_in_place(lv) {
            self.expr_into(e, dst);
        } else {
            self.value_into(e, dst, lv.typ());
        }
    }

    pub(crate) fn assign_stmt(
        &mut self,
        lhs: &[Expr],
        op: AssignOp,
        rhs: &[Expr],
        span: lang::ast::Span,
    ) {
        match op {
            AssignOp::Define => self.define(lhs, rhs),
            AssignOp::Assign => self.assign(lhs, rhs),
            AssignOp::Op(bop) => self.op_assign(&lhs[0], bop, &rhs[0], span),
        }
    }

    fn assign(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        if lhs.len() == 1 && rhs.len() == 1 {
            if is_blank(&lhs[0]) {
                let t = self.temp();
                self.expr_into(&rhs[0], t);
                return;
            }
            let lv = self.lvalue(&lhs[0]);
            if let LValue::Reg(r, t) = lv {
                // Straight into the variable's register (operands are read before the write).
                self.value_into(&rhs[0], r, t);
                return;
            }
            let v = self.temp();
            self.rhs_for(&lv, &rhs[0], v);
            self.store_lvalue(&lv, v);
            return;
        }
        let lvs: Vec<LValue> = lhs.iter().map(|e| self.lvalue(e)).collect();
        let lvs: Vec<LValue> = lvs.into_iter().map(|lv| self.stabilize(lv)).collect();
        let vals = self.multi_values(rhs, lhs.len(), &lvs);
        for (lv, v) in lvs.iter().zip(vals) {
            self.store_lvalue(lv, v);
        }
    }

    /// Evaluates the right side of a tuple assignment into fresh temporaries: `n` values from
    /// `n` expressions, or from one multi-value expression (call, comma-ok form).
    fn multi_values(&mut self, rhs: &[Expr], n: usize, lvs: &[LValue]) -> Vec<u16> {
        if rhs.len() == n {
            let base = self.alloc(n);
            for (i, e) in rhs.iter().enumerate() {
                // Copied before any store, even where a single assignment would store in
                // place from the source: a struct or array read here may be the very object
                // an earlier store of this statement overwrites (`a[0], a[1] = a[1], a[0]`).
                match &lvs[i] {
                    LValue::Blank => self.expr_into(e, self.fs.reg(base, i)),
                    lv => self.value_into(e, self.fs.reg(base, i), lv.typ()),
                }
            }
            return (0..n).map(|i| self.fs.reg(base, i)).collect();
        }
        let e = &rhs[0];
        let base = self.comma_ok_or_call(e, n);
        let types: Vec<TypeId> = match self.tt.get(self.ty(e)) {
            Type::Tuple(ts) => ts.clone(),
            _ => vec![self.ty(e), TypeId(lang::types::BasicKind::Bool as u32)],
        };
        self.coerce_tuple(base, &types, lvs, self.is_comma_ok(e));
        (0..n).map(|i| self.fs.reg(base, i)).collect()
    }

    /// Converts the values of types `types` at `R[base..]` in place to the types of their
    /// targets `lvs` (interface boxing; a struct or array copied unless the store copies
    /// it anyway). `comma_ok`: the second value is a fresh bool.
    pub(crate) fn coerce_tuple(
        &mut self,
        base: u16,
        types: &[TypeId],
        lvs: &[LValue],
        comma_ok: bool,
    ) {
        for (i, lv) in lvs.iter().enumerate() {
            let from = types.get(i).copied().unwrap_or(lv.typ());
            self.coerce_to_target(self.fs.reg(base, i), from, lv, i > 0 && comma_ok);
        }
    }

    /// Converts `R[r]` of type `from` in place to the type of target `lv`; `fresh`: the value
    /// is referenced from nowhere else.
    pub(crate) fn coerce_to_target(&mut self, r: u16, from: TypeId, lv: &LValue, fresh: bool) {
        if !matches!(lv, LValue::Blank) {
            let fresh = fresh || self.stores_in_place(lv) || !self.is_value_type(from);
            self.coerce(r, from, lv.typ(), fresh);
        }
    }

    fn is_comma_ok(&self, e: &Expr) -> bool {
        !matches!(self.tt.get(self.ty(e)), Type::Tuple(_))
    }

    /// Compiles a multi-value expression; returns the register of its first value (the
    /// values are consecutive and owned by the caller's statement).
    pub(crate) fn comma_ok_or_call(&mut self, e: &Expr, n: usize) -> u16 {
        let e = e.unparen();
        match &e.kind {
            ExprKind::Index(x, i) if matches!(self.under(self.ty(x)), Type::Map(..)) => {
                let xt = self.ty(x);
                let kt = match self.under(xt) {
                    Type::Map(k, _) => *k,
                    _ => TypeId(0),
                };
                let m = self.expr_reg(x);
                let k = self.temp();
                self.value_into(i, k, kt);
                let a = self.alloc(2);
                self.emit(Instr::MapLoadOk {
                    a,
                    b: m,
                    c: k,
                    t: xt.0,
                });
                a
            }
            ExprKind::TypeAssert(x, Some(_)) => {
                let t = self.ty(e);
                let xr = self.expr_reg(x);
                let a = self.alloc(2);
                if self.is_iface(t) {
                    self.emit(Instr::AssertIfaceOk { a, b: xr, t: t.0 });
                } else {
                    self.emit(Instr::AssertTypeOk { a, b: xr, t: t.0 });
                }
                a
            }
            ExprKind::Unary(lang::ast::UnaryOp::Recv, ch) => {
                let c = self.expr_reg(ch);
                let a = self.alloc(2);
                self.emit(Instr::RecvOk { a, b: c });
                a
            }
            _ => {
                let base = self.call_at(e, None).unwrap_or(0);
                let end = self.fs.reg(base, n);
                self.fs.reserve_to(end);
                if self.fs.top < end {
                    self.fs.top = end;
                }
                base
            }
        }
    }

    fn define(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        // New variables get registers first; redeclared ones are assigned.
        let mut targets = Vec::new();
        let mut news = Vec::new();
        for e in lhs {
            let ExprKind::Ident(id) = &e.kind else {
                targets.push(None);
                continue;
            };
            match self.info.defs.get(&id.id) {
                Some(&o) if id.name != "_" => {
                    let r = self.alloc(1);
                    news.push((o, r));
                    targets.push(Some((o, r)));
                }
                _ => targets.push(None),
            }
        }
        if lhs.len() == rhs.len() && lhs.len() == 1 {
            if let Some((o, r)) = targets[0] {
                // The new variable is not visible to its initialiser: its register is scratch
                // (a call's result window may start there).
                let t = self.obj(o).typ;
                self.fs.locals_top = r;
                self.value_into(&rhs[0], r, t);
                self.fs.top = r + 1;
                self.fs.locals_top = r + 1;
                self.bind_local(o, r);
            } else {
                self.fs.locals_top = self.fs.top;
                self.assign(lhs, rhs);
            }
            return;
        }
        self.fs.locals_top = self.fs.top;
        let lvs: Vec<LValue> = lhs
            .iter()
            .zip(&targets)
            .map(|(e, t)| match t {
                Some((o, r)) => LValue::Reg(*r, self.obj(*o).typ),
                None => self.lvalue(e),
            })
            .collect();
        let vals = self.multi_values(rhs, lhs.len(), &lvs);
        for (lv, v) in lvs.iter().zip(vals) {
            self.store_lvalue(lv, v);
        }
        self.fs.top = self.fs.locals_top;
        for (o, r) in news {
            self.bind_local(o, r);
        }
    }

    fn op_assign(&mut self, lhs: &Expr, op: BinaryOp, rhs: &Expr, span: lang::ast::Span) {
        let t = self.ty(lhs);
        let lv = self.lvalue(lhs);
        if let LValue::Reg(r, _) = lv {
            // x op= e on a register variable: one instruction.
            let fake = Expr {
                id: lhs.id,
                kind: ExprKind::Bad,
                span,
            };
            return self.op_into_reg(op, r, rhs, t, r, &fake);
        }
        let cur = self.temp();
        self.load_lvalue(&lv, cur);
        let fake = Expr {
            id: lhs.id,
            kind: ExprKind::Bad,
            span,
        };
        self.op_into_reg(op, cur, rhs, t, cur, &fake);
        self.store_lvalue(&lv, cur);
    }

    /// dst := R[cur] op rhs for values of type t.
    fn op_into_reg(&mut self, op: BinaryOp, cur: u16, rhs: &Expr, t: TypeId, dst: u16, e: &Expr) {
        if self.tt.is_integer(t) && matches!(op, BinaryOp::Add | BinaryOp::Sub) {
            if let Some(c) = self.const_int(rhs) {
                let c = if op == BinaryOp::Sub {
                    c.checked_neg()
                } else {
                    Some(c)
                };
                if let Some(c) = c.filter(|c| *c >= i16::MIN as i64 && *c <= i16::MAX as i64) {
                    self.emit(Instr::AddIntImm {
                        a: dst,
                        b: cur,
                        v: c as i16,
                    });
                    self.narrow(dst, t);
                    return;
                }
            }
        }
        let rr = self.expr_reg(rhs);
        let signed_count = !self.tt.is_unsigned(self.ty(rhs)) && self.const_int(rhs).is_none();
        self.arith_regs(op, cur, rr, t, dst, signed_count, e);
    }

    pub(crate) fn inc_dec(&mut self, x: &Expr, inc: bool) {
        let t = self.ty(x);
        let lv = self.lvalue(x);
        let (cur, home) = match lv {
            LValue::Reg(r, _) => (r, true),
            _ => {
                let c = self.temp();
                self.load_lvalue(&lv, c);
                (c, false)
            }
        };
        if self.tt.is_float(t) {
            let one = self.temp();
            let k = self.word_const(1.0f64.to_bits());
            self.emit(Instr::LoadK { a: one, k });
            if inc {
                self.emit(Instr::AddFloat {
                    a: cur,
                    b: cur,
                    c: one,
                });
            } else {
                self.emit(Instr::SubFloat {
                    a: cur,
                    b: cur,
                    c: one,
                });
            }
            if self.is_float32(t) {
                self.emit(Instr::RoundF32 { a: cur, b: cur });
            }
        } else if self.tt.is_complex(t) {
            let one = self.temp();
            let k = self.complex_const(1.0, 0.0, false);
            self.emit(Instr::LoadK { a: one, k });
            if inc {
                self.emit(Instr::AddComplex {
                    a: cur,
                    b: cur,
                    c: one,
                });
            } else {
                self.emit(Instr::SubComplex {
                    a: cur,
                    b: cur,
                    c: one,
                });
            }
            if self.is_complex64(t) {
                self.emit(Instr::RoundC64 { a: cur, b: cur });
            }
        } else {
            self.emit(Instr::AddIntImm {
                a: cur,
                b: cur,
                v: if inc { 1 } else { -1 },
            });
            self.narrow(cur, t);
        }
        if !home {
            self.store_lvalue(&lv, cur);
        }
    }

    /// `var a, b T = x, y` — local (declares registers) or global (stores to slots).
    pub(crate) fn var_spec(&mut self, spec: &ValueSpec, global: bool) {
        let objs: Vec<Option<ObjId>> = spec
            .names
            .iter()
            .map(|n| {
                if n.name == "_" {
                    None
                } else {
                    self.info.defs.get(&n.id).copied()
                }
            })
            .collect();
        if global {
            let lvs: Vec<LValue> = objs
                .iter()
                .map(
                    |o| match o.and_then(|o| self.global_slot.get(&o).map(|g| (o, *g))) {
                        Some((o, g)) => LValue::Reg(u16::MAX, self.obj(o).typ).with_global(g),
                        None => LValue::Blank,
                    },
                )
                .collect();
            if spec.values.is_empty() {
                return;
            }
            let vals = self.multi_values(&spec.values, spec.names.len(), &lvs);
            for (lv, v) in lvs.iter().zip(vals) {
                if let LValue::Global(g, _) = lv {
                    self.emit(Instr::StoreGlobal { g: *g, a: v });
                }
            }
            return;
        }
        let regs = self.alloc(objs.len());
        self.fs.locals_top = self.fs.top;
        let types: Vec<TypeId> = objs
            .iter()
            .map(|o| o.map_or(TypeId(0), |o| self.obj(o).typ))
            .collect();
        if spec.values.is_empty() {
            for (i, t) in types.iter().enumerate() {
                self.zero_into(self.fs.reg(regs, i), *t);
            }
        } else if spec.values.len() == objs.len() {
            for (i, v) in spec.values.iter().enumerate() {
                if objs[i].is_some() {
                    self.value_into(v, self.fs.reg(regs, i), types[i]);
                } else {
                    self.expr_into(v, self.fs.reg(regs, i));
                }
                self.fs.top = self.fs.locals_top;
            }
        } else {
            let lvs: Vec<LValue> = types
                .iter()
                .enumerate()
                .map(|(i, t)| LValue::Reg(self.fs.reg(regs, i), *t))
                .collect();
            let vals = self.multi_values(&spec.values, objs.len(), &lvs);
            for (lv, v) in lvs.iter().zip(vals) {
                self.store_lvalue(lv, v);
            }
        }
        self.fs.top = self.fs.locals_top;
        for (i, o) in objs.iter().enumerate() {
            if let Some(o) = o {
                self.bind_local(*o, self.fs.reg(regs, i));
            }
        }
    }
}

impl LValue {
    fn with_global(self, g: u32) -> LValue {
        LValue::Global(g, self.typ())
    }
}
