//! Expressions: constants, variables, selectors, indexing, slicing, dereference, unary
//! operators, type assertions, address-of, and the value conversions applied when a value is
//! assigned (interface boxing, struct/array copies).
//!
//! Invariants:
//! - `expr_into(e, dst)` leaves e's *raw* value in `dst`: a struct/array result may alias the
//!   object of a variable (callers that need an owned copy use `value_into`). It only writes
//!   `dst` as its last step unless `dst` is a statement temporary (`FuncState::is_scratch`).
//! - `expr_reg(e)` returns a register holding e's raw value without a move when e is a local
//!   variable held in a register; the caller must not write to that register.
//! - Constant expressions are never evaluated: the checker's value is loaded.

use super::{Compiler, Loc};
use crate::bytecode::Instr;
use lang::ast::{Expr, ExprKind, UnaryOp};
use lang::types::{BasicKind, ConstValue, Mode, ObjKind, Selection, Type, TypeId};

impl Compiler<'_> {
    /// Compiles `e` into `dst` (raw value). The temporaries `e` needed are free again
    /// afterwards, so an expression nested `n` deep does not hold `n` registers.
    pub(crate) fn expr_into(&mut self, e: &Expr, dst: u16) {
        let mark = self.fs.top;
        self.expr_kind_into(e, dst);
        if dst < mark {
            self.fs.top = mark.max(self.fs.locals_top);
        }
    }

    fn expr_kind_into(&mut self, e: &Expr, dst: u16) {
        if let Some(tv) = self.tv(e) {
            if let Some(v) = &tv.value {
                let t = tv.typ;
                self.const_into(v, t, dst, e);
                return;
            }
        }
        if let Some(f) = self.instance_at(e) {
            // an instance of a generic function used as a value
            self.emit(Instr::MakeClosure {
                a: dst,
                f,
                b: 0,
                n: 0,
            });
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr_into(x, dst),
            ExprKind::Ident(id) => self.ident_into(e, id, dst),
            ExprKind::BasicLit(_) => self.unsupported(e.span, "this literal"),
            ExprKind::CompositeLit { .. } => self.composite_lit(e, dst),
            ExprKind::FuncLit { typ, body } => self.func_lit(e, typ, body, dst),
            ExprKind::Selector(x, sel) => self.selector_into(e, x, sel, dst),
            ExprKind::Index(x, i) => self.index_into(e, x, i, dst),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.slice_expr(x, lo.as_deref(), hi.as_deref(), max.as_deref(), dst)
            }
            ExprKind::TypeAssert(x, Some(_)) => {
                let xr = self.expr_reg(x);
                let t = self.ty(e);
                if self.is_iface(t) {
                    self.emit(Instr::AssertIface {
                        a: dst,
                        b: xr,
                        t: t.0,
                    });
                } else {
                    let s = self.ty(x).0;
                    self.emit(Instr::AssertType {
                        a: dst,
                        b: xr,
                        t: t.0,
                        iface: s,
                    });
                }
            }
            ExprKind::Call { .. } => self.call_into(e, dst),
            ExprKind::Star(x) => {
                let p = self.expr_reg(x);
                let t = self.ty(e);
                self.load_through(p, t, dst);
            }
            ExprKind::Unary(op, x) => self.unary_into(e, *op, x, dst),
            ExprKind::Binary(op, l, r) => self.binary_into(e, *op, l, r, dst),
            _ => self.unsupported(e.span, "this expression"),
        }
    }

    /// A register holding `e`'s raw value.
    pub(crate) fn expr_reg(&mut self, e: &Expr) -> u16 {
        if let Some(r) = self.local_reg(e) {
            return r;
        }
        let t = self.temp();
        self.expr_into(e, t);
        t
    }

    /// A register holding operand `x` of an operation whose result goes to `dst`: `dst`
    /// itself when it is a statement temporary (nothing else reads it), so a chain of
    /// operations nested `n` deep needs no `n` registers.
    pub(crate) fn operand_reg(&mut self, x: &Expr, dst: u16) -> u16 {
        if self.local_reg(x).is_none() && self.fs.is_scratch(dst) {
            self.expr_into(x, dst);
            dst
        } else {
            self.expr_reg(x)
        }
    }

    /// The register of a local variable held directly in a register.
    pub(crate) fn local_reg(&self, e: &Expr) -> Option<u16> {
        match &e.kind {
            ExprKind::Paren(x) => self.local_reg(x),
            ExprKind::Ident(id) => {
                if self.tv(e).is_some_and(|tv| tv.value.is_some()) {
                    return None;
                }
                match self.fs.vars.get(&self.ident_obj(id)?) {
                    Some(Loc::Reg(r)) => Some(*r),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Compiles `e` converted to type `to` into `dst`, as an owned value.
    pub(crate) fn value_into(&mut self, e: &Expr, dst: u16, to: TypeId) {
        self.expr_into(e, dst);
        let from = self.ty(e);
        let fresh = self.is_fresh(e);
        self.coerce(dst, from, to, fresh);
    }

    /// Converts the value in `r` from type `from` to `to` in place: interface boxing, and a
    /// copy of a struct/array unless the value is `fresh` (not aliased by anyone).
    pub(crate) fn coerce(&mut self, r: u16, from: TypeId, to: TypeId, fresh: bool) {
        if self.is_iface(to) {
            if !self.is_iface(from) && self.basic(from) != Some(BasicKind::UntypedNil) {
                let ft = self.concrete(from);
                self.emit(Instr::MakeIface {
                    a: r,
                    b: r,
                    t: ft.0,
                });
            }
        } else if !fresh && self.is_value_type(to) {
            self.emit(Instr::Clone {
                a: r,
                b: r,
                t: to.0,
            });
        }
    }

    /// Whether `e` yields a value nobody else references (no copy needed to own it).
    pub(crate) fn is_fresh(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Paren(x) => self.is_fresh(x),
            ExprKind::CompositeLit { .. } | ExprKind::FuncLit { .. } | ExprKind::Binary(..) => true,
            ExprKind::Unary(op, _) => *op != UnaryOp::Pos,
            ExprKind::Call { func, args, .. } => {
                if self.tv(func).is_some_and(|tv| tv.mode == Mode::TypeExpr) {
                    args.first().is_some_and(|a| self.is_fresh(a))
                } else {
                    true
                }
            }
            _ => self.tv(e).is_some_and(|tv| tv.value.is_some()),
        }
    }

    /// Loads a constant of type `t` into `dst`.
    pub(crate) fn const_into(&mut self, v: &ConstValue, t: TypeId, dst: u16, e: &Expr) {
        if self.is_iface(t) {
            let ct = match v {
                ConstValue::Bool(_) => BasicKind::Bool,
                ConstValue::Int(_) => BasicKind::Int,
                ConstValue::Float(_) => BasicKind::Float64,
                ConstValue::Complex(..) => BasicKind::Complex128,
                ConstValue::String(_) => BasicKind::String,
            };
            let ct = TypeId(ct as u32);
            self.const_into(v, ct, dst, e);
            self.emit(Instr::MakeIface {
                a: dst,
                b: dst,
                t: ct.0,
            });
            return;
        }
        let t = self.concrete(t);
        let float = self.tt.is_float(t);
        let f32 = self.is_float32(t);
        let fbits = |f: f64| {
            if f32 {
                (f as f32 as f64).to_bits()
            } else {
                f.to_bits()
            }
        };
        let w = match v {
            ConstValue::Bool(b) => *b as u64,
            ConstValue::Int(i) => {
                if f32 {
                    // Rounded once, not through f64.
                    let f: f32 = i.to_string().parse().unwrap_or(0.0);
                    (f as f64).to_bits()
                } else if float {
                    let f: f64 = i.to_string().parse().unwrap_or(0.0);
                    fbits(f)
                } else if let Ok(x) = i64::try_from(i) {
                    x as u64
                } else if let Ok(x) = u64::try_from(i) {
                    x
                } else {
                    self.error(e.span, "constant overflows");
                    0
                }
            }
            ConstValue::Float(f) => {
                if float {
                    fbits(*f)
                } else if self.tt.is_unsigned(t) {
                    *f as u64
                } else {
                    *f as i64 as u64
                }
            }
            ConstValue::String(s) => {
                if s.is_empty() {
                    0
                } else {
                    let k = self.str_const(s);
                    self.emit(Instr::LoadK { a: dst, k });
                    return;
                }
            }
            ConstValue::Complex(re, im) => {
                if !self.tt.is_complex(t) {
                    // an untyped complex constant with zero imaginary part in a real context
                    let v = if float {
                        ConstValue::Float(*re)
                    } else {
                        ConstValue::Int((*re as i64).into())
                    };
                    return self.const_into(&v, t, dst, e);
                }
                let k = self.complex_const(*re, *im, self.is_complex64(t));
                self.emit(Instr::LoadK { a: dst, k });
                return;
            }
        };
        self.load_word(dst, w);
    }

    fn ident_into(&mut self, e: &Expr, id: &lang::ast::Ident, dst: u16) {
        let Some(o) = self.ident_obj(id) else {
            self.unsupported(e.span, &format!("identifier {}", id.name));
            return;
        };
        if let Some(loc) = self.fs.vars.get(&o).copied() {
            match loc {
                Loc::Reg(r) => {
                    if r != dst {
                        self.emit(Instr::Move { a: dst, b: r });
                    }
                }
                Loc::Boxed(b) => self.load_box(dst, b, self.ty(e)),
                Loc::Global(g) => {
                    self.emit(Instr::LoadGlobal { a: dst, g });
                }
            }
            return;
        }
        if let Some(&g) = self.global_slot.get(&o) {
            self.emit(Instr::LoadGlobal { a: dst, g });
            return;
        }
        let obj = self.obj(o);
        match &obj.kind {
            ObjKind::Nil => {
                self.emit(Instr::LoadInt { a: dst, v: 0 });
            }
            ObjKind::Func { .. } => {
                let Some(f) = self.func_of(o) else { return };
                self.emit(Instr::MakeClosure {
                    a: dst,
                    f,
                    b: 0,
                    n: 0,
                });
            }
            ObjKind::Const(v) => {
                let v = v.clone();
                self.const_into(&v, self.ty(e), dst, e);
            }
            ObjKind::PkgMember { pkg, name } => self.pkg_member_into(e, pkg, name, obj.typ, dst),
            _ => self.unsupported(e.span, &format!("use of {}", id.name)),
        }
    }

    /// A stdlib package member used as a value: a function value, or a variable read by
    /// calling its zero-argument native.
    pub(crate) fn pkg_member_into(
        &mut self,
        e: &Expr,
        pkg: &str,
        name: &str,
        typ: TypeId,
        dst: u16,
    ) {
        let Some(n) = self.native(pkg, name) else {
            self.unsupported(e.span, &format!("{pkg}.{name}"));
            return;
        };
        if matches!(self.under(typ), Type::Func(_)) && self.natives[n as usize].nargs > 0
            || self.tt.signature(typ).is_some()
        {
            self.emit(Instr::NativeValue { a: dst, native: n });
        } else {
            let a = self.fs.top;
            self.alloc(1);
            self.emit(Instr::CallNative { a, native: n });
            if a != dst {
                self.emit(Instr::Move { a: dst, b: a });
            }
        }
    }

    fn selector_into(&mut self, e: &Expr, x: &Expr, sel: &lang::ast::Ident, dst: u16) {
        if let Some(id) = self.own_member(e, sel) {
            return self.ident_into(e, id, dst);
        }
        match self.info.selections.get(&e.id).cloned() {
            Some(Selection::Field { path, .. }) => {
                let base = self.expr_reg(x);
                let mut src = base;
                for f in path {
                    self.emit(Instr::FieldLoad {
                        a: dst,
                        b: src,
                        field: self.fs.operand(f),
                    });
                    src = dst;
                }
            }
            Some(Selection::PkgMember(o)) => {
                let obj = self.obj(o);
                match &obj.kind {
                    ObjKind::PkgMember { pkg, name } => {
                        self.pkg_member_into(e, pkg, name, obj.typ, dst)
                    }
                    ObjKind::Const(v) => {
                        let v = v.clone();
                        self.const_into(&v, self.ty(e), dst, e)
                    }
                    _ => self.unsupported(e.span, &format!("selector {}", sel.name)),
                }
            }
            Some(Selection::MethodExpr { .. }) => self.method_expr_into(e, x, sel, dst),
            Some(Selection::InterfaceMethod { .. })
                if self.tv(x).is_some_and(|tv| tv.mode == Mode::TypeExpr) =>
            {
                self.method_expr_into(e, x, sel, dst)
            }
            Some(Selection::Method { .. }) | Some(Selection::InterfaceMethod { .. }) => {
                self.method_value(e, x, sel, dst)
            }
            None => {
                if let Some(&o) = self.info.uses.get(&sel.id) {
                    let obj = self.obj(o);
                    if let ObjKind::PkgMember { pkg, name } = &obj.kind {
                        self.pkg_member_into(e, pkg, name, obj.typ, dst);
                        return;
                    }
                }
                self.unsupported(e.span, &format!("selector {}", sel.name))
            }
        }
    }

    fn index_into(&mut self, e: &Expr, x: &Expr, i: &Expr, dst: u16) {
        let xt = self.ty(x);
        if self
            .tv(x)
            .is_some_and(|tv| tv.mode == Mode::Value && matches!(self.under(tv.typ), Type::Func(_)))
        {
            self.unsupported(e.span, "generic instantiation");
            return;
        }
        let et = self.ty(e);
        let xr = self.expr_reg(x);
        match self.under(xt).clone() {
            Type::Map(k, _) => {
                let kr = self.temp();
                self.value_into(i, kr, k);
                self.emit(Instr::MapLoad {
                    a: dst,
                    b: xr,
                    c: kr,
                    t: xt.0,
                });
            }
            Type::Basic(_) => {
                let ir = self.expr_reg(i);
                self.emit(Instr::StrIndex {
                    a: dst,
                    b: xr,
                    c: ir,
                });
            }
            Type::Slice(_) => {
                let ir = self.expr_reg(i);
                if self.is_byte(et) {
                    self.emit(Instr::SliceLoadB {
                        a: dst,
                        b: xr,
                        c: ir,
                    });
                } else {
                    self.emit(Instr::SliceLoad {
                        a: dst,
                        b: xr,
                        c: ir,
                    });
                }
            }
            Type::Array(..) | Type::Pointer(_) => {
                let ir = self.expr_reg(i);
                if self.is_byte(et) {
                    self.emit(Instr::ArrayLoadB {
                        a: dst,
                        b: xr,
                        c: ir,
                    });
                } else {
                    self.emit(Instr::ArrayLoad {
                        a: dst,
                        b: xr,
                        c: ir,
                    });
                }
            }
            _ => self.unsupported(e.span, "this index expression"),
        }
    }

    /// `dst := *p` for a pointer to `t`.
    /// R[dst] := the value of the boxed variable of type `t` in box R[b].
    pub(crate) fn load_box(&mut self, dst: u16, b: u16, t: TypeId) {
        if self.is_value_type(t) {
            self.emit(Instr::LoadAggregate { a: dst, b });
        } else {
            self.emit(Instr::Load { a: dst, b });
        }
    }

    pub(crate) fn load_through(&mut self, p: u16, t: TypeId, dst: u16) {
        if self.is_value_type(t) {
            self.emit(Instr::NilCheck { a: p });
            if p != dst {
                self.emit(Instr::Move { a: dst, b: p });
            }
        } else if self.is_byte(t) {
            self.emit(Instr::LoadB { a: dst, b: p });
        } else {
            self.emit(Instr::Load { a: dst, b: p });
        }
    }

    /// `*p := v` for a pointer to `t` (structs/arrays are copied in place).
    pub(crate) fn store_through(&mut self, v: u16, p: u16, t: TypeId) {
        if self.is_value_type(t) {
            self.emit(Instr::StoreDeep { a: v, b: p, t: t.0 });
        } else if self.is_byte(t) {
            self.emit(Instr::StoreB { a: v, b: p });
        } else {
            self.emit(Instr::Store { a: v, b: p });
        }
    }

    fn slice_expr(
        &mut self,
        x: &Expr,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
        dst: u16,
    ) {
        let xt = self.ty(x);
        let xr = self.expr_reg(x);
        let lo_r = match lo {
            Some(l) => self.expr_reg(l),
            None => {
                let t = self.temp();
                self.emit(Instr::LoadInt { a: t, v: 0 });
                t
            }
        };
        match self.under(xt).clone() {
            Type::Basic(_) => {
                let hi_r = match hi {
                    Some(h) => self.expr_reg(h),
                    None => {
                        let t = self.temp();
                        self.emit(Instr::StrLen { a: t, b: xr });
                        t
                    }
                };
                self.emit(Instr::StrSlice {
                    a: dst,
                    b: xr,
                    c: lo_r,
                    d: hi_r,
                });
            }
            ty => {
                let hi_r = hi.map_or(u16::MAX, |h| self.expr_reg(h));
                let max_r = max.map_or(u16::MAX, |m| self.expr_reg(m));
                match ty {
                    Type::Slice(_) => {
                        self.emit(Instr::SliceSlice {
                            a: dst,
                            b: xr,
                            c: lo_r,
                            d: hi_r,
                            e: max_r,
                        });
                    }
                    Type::Pointer(at) => {
                        self.emit(Instr::SliceArray {
                            a: dst,
                            b: xr,
                            c: lo_r,
                            d: hi_r,
                            e: max_r,
                            t: at.0,
                        });
                    }
                    _ => {
                        self.emit(Instr::SliceArray {
                            a: dst,
                            b: xr,
                            c: lo_r,
                            d: hi_r,
                            e: max_r,
                            t: xt.0,
                        });
                    }
                }
            }
        }
    }

    fn unary_into(&mut self, e: &Expr, op: UnaryOp, x: &Expr, dst: u16) {
        let t = self.ty(e);
        match op {
            UnaryOp::Pos => self.expr_into(x, dst),
            UnaryOp::Neg => {
                let r = self.operand_reg(x, dst);
                if self.tt.is_float(t) {
                    self.emit(Instr::NegFloat { a: dst, b: r });
                } else if self.tt.is_complex(t) {
                    self.emit(Instr::NegComplex { a: dst, b: r });
                } else {
                    self.emit(Instr::NegInt { a: dst, b: r });
                    self.narrow(dst, t);
                }
            }
            UnaryOp::Not => {
                let r = self.operand_reg(x, dst);
                self.emit(Instr::Not { a: dst, b: r });
            }
            UnaryOp::BitNot => {
                let r = self.operand_reg(x, dst);
                self.emit(Instr::BitNot { a: dst, b: r });
                self.narrow(dst, t);
            }
            UnaryOp::Addr => self.addr_into(x, dst),
            UnaryOp::Recv => {
                let r = self.operand_reg(x, dst);
                self.emit(Instr::Recv { a: dst, b: r });
            }
        }
    }

    /// Wraps an integer result of type `t` to its width.
    pub(crate) fn narrow(&mut self, r: u16, t: TypeId) {
        if let Some((bits, signed)) = self.narrow_of(t) {
            self.emit(Instr::Narrow {
                a: r,
                b: r,
                bits,
                signed,
            });
        } else if self.is_float32(t) {
            self.emit(Instr::RoundF32 { a: r, b: r });
        }
    }

    /// `dst := &x`.
    pub(crate) fn addr_into(&mut self, x: &Expr, dst: u16) {
        let t = self.ty(x);
        let value_type = self.is_value_type(t);
        match &x.kind {
            ExprKind::Paren(y) => self.addr_into(y, dst),
            ExprKind::CompositeLit { .. } => {
                if value_type {
                    self.composite_lit(x, dst)
                } else {
                    let v = self.temp();
                    self.composite_lit(x, v);
                    self.emit(Instr::Box {
                        a: dst,
                        b: v,
                        var: crate::program::NO_VAR,
                    });
                }
            }
            ExprKind::Ident(id) | ExprKind::Selector(_, id) if self.names_object(x) => {
                let Some(o) = self.ident_obj(id) else {
                    return self.unsupported(x.span, "this address");
                };
                let loc = self
                    .fs
                    .vars
                    .get(&o)
                    .copied()
                    .or_else(|| self.global_slot.get(&o).map(|&g| Loc::Global(g)));
                match loc {
                    Some(Loc::Reg(r)) if value_type => {
                        if r != dst {
                            self.emit(Instr::Move { a: dst, b: r });
                        }
                    }
                    Some(Loc::Boxed(b)) => {
                        if value_type {
                            self.emit(Instr::LoadAggregate { a: dst, b });
                        } else if b != dst {
                            self.emit(Instr::Move { a: dst, b });
                        }
                    }
                    Some(Loc::Global(g)) => {
                        if value_type {
                            self.emit(Instr::LoadGlobal { a: dst, g });
                        } else {
                            self.emit(Instr::GlobalAddr { a: dst, g });
                        }
                    }
                    _ => self.error(
                        x.span,
                        format!(
                            "internal compiler error: &{} of an unboxed variable",
                            id.name
                        ),
                    ),
                }
            }
            ExprKind::Selector(base, _) => match self.info.selections.get(&x.id).cloned() {
                Some(Selection::Field { path, .. }) => {
                    let mut src = self.expr_reg(base);
                    for (k, f) in path.iter().enumerate() {
                        if k + 1 == path.len() && !value_type {
                            self.emit(Instr::FieldAddr {
                                a: dst,
                                b: src,
                                field: self.fs.operand(*f),
                            });
                        } else {
                            self.emit(Instr::FieldLoad {
                                a: dst,
                                b: src,
                                field: self.fs.operand(*f),
                            });
                        }
                        src = dst;
                    }
                }
                _ => self.unsupported(x.span, "taking this address"),
            },
            ExprKind::Index(a, i) => {
                let at = self.ty(a);
                let ar = self.expr_reg(a);
                let ir = self.expr_reg(i);
                match self.under(at) {
                    Type::Slice(_) => {
                        if value_type {
                            self.emit(Instr::SliceLoad {
                                a: dst,
                                b: ar,
                                c: ir,
                            });
                        } else {
                            self.emit(Instr::SliceAddr {
                                a: dst,
                                b: ar,
                                c: ir,
                            });
                        }
                    }
                    Type::Array(..) | Type::Pointer(_) => {
                        if value_type {
                            self.emit(Instr::ArrayLoad {
                                a: dst,
                                b: ar,
                                c: ir,
                            });
                        } else {
                            self.emit(Instr::ArrayAddr {
                                a: dst,
                                b: ar,
                                c: ir,
                            });
                        }
                    }
                    _ => self.unsupported(x.span, "taking this address"),
                }
            }
            ExprKind::Star(p) => {
                self.expr_into(p, dst);
                self.emit(Instr::NilCheck { a: dst });
            }
            _ => self.unsupported(x.span, "taking this address"),
        }
    }
}
