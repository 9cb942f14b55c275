//! Binary operators and conditions: arithmetic specialised by operand type (`AddInt`,
//! `AddFloat`, `Concat`, immediate forms), wrapping of sized integers (`Narrow`) and float32
//! rounding, comparisons by type (`EqInt`, `EqStr`, `EqFloat`, `EqDeep`), and branch
//! compilation of conditions (`branch_false`/`branch_true`, short-circuit `&&`/`||`, the
//! fused `JumpIfNotLtInt`).
//!
//! Invariant: operands are evaluated left to right into registers before `dst` is written,
//! so `dst` may be one of the operands' variables.

use super::Compiler;
use crate::bytecode::Instr;
use lang::ast::{BinaryOp, Expr, ExprKind, UnaryOp};
use lang::types::{BasicKind, ConstValue, Type, TypeId};

impl Compiler<'_> {
    /// Constant integer value of `e`, if it has one that fits an i64.
    pub(crate) fn const_int(&self, e: &Expr) -> Option<i64> {
        match &self.tv(e)?.value {
            Some(ConstValue::Int(i)) => i64::try_from(i).ok(),
            _ => None,
        }
    }

    /// Type of the operands of a comparison or arithmetic expression.
    fn operand_type(&self, l: &Expr, r: &Expr) -> TypeId {
        let lt = self.ty(l);
        let rt = self.ty(r);
        if self.tt.is_untyped(lt) || self.basic(lt) == Some(BasicKind::UntypedNil) {
            if self.tt.is_untyped(rt) {
                self.concrete(lt)
            } else {
                rt
            }
        } else {
            lt
        }
    }

    pub(crate) fn binary_into(&mut self, e: &Expr, op: BinaryOp, l: &Expr, r: &Expr, dst: u16) {
        use BinaryOp::*;
        match op {
            LogAnd | LogOr => {
                let falses = self.branch_false(e);
                self.emit(Instr::LoadInt { a: dst, v: 1 });
                let j = self.fs.jump();
                self.fs.patch_all_here(falses);
                self.emit(Instr::LoadInt { a: dst, v: 0 });
                self.fs.patch_here(j);
            }
            Eq | Ne | Lt | Le | Gt | Ge => self.compare_into(op, l, r, dst),
            _ => {
                let t = self.ty(e);
                self.arith_into(op, l, r, t, dst, e);
            }
        }
    }

    /// `dst := l op r` for arithmetic operators on values of type `t`.
    pub(crate) fn arith_into(
        &mut self,
        op: BinaryOp,
        l: &Expr,
        r: &Expr,
        t: TypeId,
        dst: u16,
        e: &Expr,
    ) {
        use BinaryOp::*;
        let t = self.concrete(t);
        let is_int = self.tt.is_integer(t);
        if is_int && matches!(op, Add | Sub) {
            if let Some(c) = self.const_int(r) {
                let c = if op == Sub { c.checked_neg() } else { Some(c) };
                if let Some(c) = c.filter(|c| *c >= i16::MIN as i64 && *c <= i16::MAX as i64) {
                    let lr = self.expr_reg(l);
                    self.emit(Instr::AddIntImm {
                        a: dst,
                        b: lr,
                        v: c as i16,
                    });
                    self.narrow(dst, t);
                    return;
                }
            }
        }
        // Left to right; one operand may be computed in `dst` itself (`operand_reg`). Only a
        // local variable read on the left may wait for the right operand: evaluating the
        // right one cannot change a register-held local.
        let (lr, rr) = match self.local_reg(l) {
            Some(lr) => (lr, self.operand_reg(r, dst)),
            None => {
                let lr = self.operand_reg(l, dst);
                (lr, self.expr_reg(r))
            }
        };
        let signed_count = !self.tt.is_unsigned(self.ty(r)) && self.const_int(r).is_none();
        self.arith_regs(op, lr, rr, t, dst, signed_count, e);
    }

    /// `dst := lr op rr` on registers.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn arith_regs(
        &mut self,
        op: BinaryOp,
        b: u16,
        c: u16,
        t: TypeId,
        a: u16,
        signed_count: bool,
        e: &Expr,
    ) {
        use BinaryOp::*;
        if self.tt.is_complex(t) {
            let i = match op {
                Add => Instr::AddComplex { a, b, c },
                Sub => Instr::SubComplex { a, b, c },
                Mul => Instr::MulComplex { a, b, c },
                Div => Instr::DivComplex { a, b, c },
                _ => return self.unsupported(e.span, "this complex operator"),
            };
            self.emit(i);
            if self.is_complex64(t) {
                self.emit(Instr::RoundC64 { a, b: a });
            }
            return;
        }
        if self.tt.is_string(t) {
            if op == Add {
                self.emit(Instr::Concat { a, b, c });
            } else {
                self.unsupported(e.span, "this string operator");
            }
            return;
        }
        if self.tt.is_float(t) {
            let i = match op {
                Add => Instr::AddFloat { a, b, c },
                Sub => Instr::SubFloat { a, b, c },
                Mul => Instr::MulFloat { a, b, c },
                Div => Instr::DivFloat { a, b, c },
                _ => return self.unsupported(e.span, "this float operator"),
            };
            self.emit(i);
            if self.is_float32(t) {
                self.emit(Instr::RoundF32 { a, b: a });
            }
            return;
        }
        let unsigned = self.tt.is_unsigned(t);
        let (i, wraps) = match op {
            Add => (Instr::AddInt { a, b, c }, true),
            Sub => (Instr::SubInt { a, b, c }, true),
            Mul => (Instr::MulInt { a, b, c }, true),
            Div if unsigned => (Instr::DivUint { a, b, c }, false),
            Div => (Instr::DivInt { a, b, c }, true),
            Rem if unsigned => (Instr::RemUint { a, b, c }, false),
            Rem => (Instr::RemInt { a, b, c }, false),
            And => (Instr::And { a, b, c }, false),
            Or => (Instr::Or { a, b, c }, false),
            Xor => (Instr::Xor { a, b, c }, false),
            AndNot => (Instr::AndNot { a, b, c }, false),
            Shl => (
                Instr::Shl {
                    a,
                    b,
                    c,
                    signed_count,
                },
                true,
            ),
            Shr if unsigned => (
                Instr::ShrUint {
                    a,
                    b,
                    c,
                    signed_count,
                },
                false,
            ),
            Shr => (
                Instr::ShrInt {
                    a,
                    b,
                    c,
                    signed_count,
                },
                false,
            ),
            _ => return self.unsupported(e.span, "this operator"),
        };
        self.emit(i);
        if wraps {
            self.narrow(a, t);
        }
    }

    fn compare_into(&mut self, op: BinaryOp, l: &Expr, r: &Expr, dst: u16) {
        use BinaryOp::*;
        let t = self.operand_type(l, r);
        let lt = self.ty(l);
        let rt = self.ty(r);
        let nil = |c: &Self, t: TypeId| c.basic(t) == Some(BasicKind::UntypedNil);
        // Interface against a concrete value: box the concrete side.
        if (self.is_iface(lt) || self.is_iface(rt)) && !nil(self, lt) && !nil(self, rt) {
            let it = if self.is_iface(lt) { lt } else { rt };
            let lr = self.temp();
            self.value_into(l, lr, it);
            let rr = self.temp();
            self.value_into(r, rr, it);
            self.emit(Instr::EqDeep {
                a: dst,
                b: lr,
                c: rr,
                t: it.0,
            });
            if op == Ne {
                self.emit(Instr::Not { a: dst, b: dst });
            }
            return;
        }
        let lr = self.expr_reg(l);
        let rr = self.expr_reg(r);
        self.compare_regs(op, lr, rr, t, dst);
    }

    /// `dst := b op c` for operands of type `t`.
    pub(crate) fn compare_regs(&mut self, op: BinaryOp, b: u16, c: u16, t: TypeId, a: u16) {
        use BinaryOp::*;
        // Normalise > and >= by swapping.
        let (op, b, c) = match op {
            Gt => (Lt, c, b),
            Ge => (Le, c, b),
            _ => (op, b, c),
        };
        let mut negate = false;
        let i = match self.under(t) {
            Type::Basic(k) if self.tt.is_string(t) || *k == BasicKind::UntypedString => match op {
                Eq => Instr::EqStr { a, b, c },
                Ne => {
                    negate = true;
                    Instr::EqStr { a, b, c }
                }
                Lt => Instr::LtStr { a, b, c },
                _ => Instr::LeStr { a, b, c },
            },
            Type::Basic(_) if self.tt.is_float(t) => match op {
                Eq => Instr::EqFloat { a, b, c },
                Ne => {
                    negate = true;
                    Instr::EqFloat { a, b, c }
                }
                Lt => Instr::LtFloat { a, b, c },
                _ => Instr::LeFloat { a, b, c },
            },
            Type::Basic(_) if self.tt.is_complex(t) => {
                negate = op == Ne;
                Instr::EqComplex { a, b, c }
            }
            Type::Struct(_) | Type::Array(..) | Type::Interface(_)
                if !self.is_nil_reg_compare(t) =>
            {
                negate = op == Ne;
                Instr::EqDeep { a, b, c, t: t.0 }
            }
            _ => {
                let unsigned = self.tt.is_unsigned(t);
                match op {
                    Eq => Instr::EqInt { a, b, c },
                    Ne => Instr::NeInt { a, b, c },
                    Lt if unsigned => Instr::LtUint { a, b, c },
                    Lt => Instr::LtInt { a, b, c },
                    _ if unsigned => Instr::LeUint { a, b, c },
                    _ => Instr::LeInt { a, b, c },
                }
            }
        };
        self.emit(i);
        if negate {
            self.emit(Instr::Not { a, b: a });
        }
    }

    fn is_nil_reg_compare(&self, _t: TypeId) -> bool {
        false
    }

    fn is_nil_expr(&self, e: &Expr) -> bool {
        self.basic(self.ty(e)) == Some(BasicKind::UntypedNil)
    }

    /// Emits the test of condition `e`; returns the jumps taken when it is false.
    pub(crate) fn branch_false(&mut self, e: &Expr) -> Vec<usize> {
        if let Some(Some(ConstValue::Bool(b))) = self.tv(e).map(|tv| &tv.value) {
            return if *b { vec![] } else { vec![self.fs.jump()] };
        }
        match &e.kind {
            ExprKind::Paren(x) => self.branch_false(x),
            ExprKind::Unary(UnaryOp::Not, x) => self.branch_true(x),
            ExprKind::Binary(BinaryOp::LogAnd, a, b) => {
                let mut fa = self.branch_false(a);
                fa.extend(self.branch_false(b));
                fa
            }
            ExprKind::Binary(BinaryOp::LogOr, a, b) => {
                let ta = self.branch_true(a);
                let fb = self.branch_false(b);
                self.fs.patch_all_here(ta);
                fb
            }
            ExprKind::Binary(op @ (BinaryOp::Lt | BinaryOp::Gt), l, r)
                if self.is_signed_int(self.operand_type(l, r)) =>
            {
                let lr = self.expr_reg(l);
                let rr = self.expr_reg(r);
                let (a, b) = if *op == BinaryOp::Lt {
                    (lr, rr)
                } else {
                    (rr, lr)
                };
                vec![self.emit(Instr::JumpIfNotLtInt { a, b, off: 0 })]
            }
            ExprKind::Binary(op @ (BinaryOp::Eq | BinaryOp::Ne), l, r)
                if self.is_iface(self.ty(l)) && self.is_nil_expr(r) =>
            {
                let lr = self.expr_reg(l);
                let op = *op;
                vec![if op == BinaryOp::Eq {
                    self.emit(Instr::JumpIf { a: lr, off: 0 })
                } else {
                    self.emit(Instr::JumpIfNot { a: lr, off: 0 })
                }]
            }
            _ => {
                let mark = self.fs.top;
                let r = self.expr_reg(e);
                self.fs.top = mark.max(self.fs.locals_top);
                vec![self.emit(Instr::JumpIfNot { a: r, off: 0 })]
            }
        }
    }

    /// Emits the test of condition `e`; returns the jumps taken when it is true.
    pub(crate) fn branch_true(&mut self, e: &Expr) -> Vec<usize> {
        if let Some(Some(ConstValue::Bool(b))) = self.tv(e).map(|tv| &tv.value) {
            return if *b { vec![self.fs.jump()] } else { vec![] };
        }
        match &e.kind {
            ExprKind::Paren(x) => self.branch_true(x),
            ExprKind::Unary(UnaryOp::Not, x) => self.branch_false(x),
            ExprKind::Binary(BinaryOp::LogOr, a, b) => {
                let mut ta = self.branch_true(a);
                ta.extend(self.branch_true(b));
                ta
            }
            ExprKind::Binary(BinaryOp::LogAnd, a, b) => {
                let fa = self.branch_false(a);
                let tb = self.branch_true(b);
                self.fs.patch_all_here(fa);
                tb
            }
            _ => {
                let mark = self.fs.top;
                let r = self.expr_reg(e);
                self.fs.top = mark.max(self.fs.locals_top);
                vec![self.emit(Instr::JumpIf { a: r, off: 0 })]
            }
        }
    }

    fn is_signed_int(&self, t: TypeId) -> bool {
        self.tt.is_integer(t) && !self.tt.is_unsigned(t)
    }
}
