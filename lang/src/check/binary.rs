//! Operators: unary and binary expressions, shifts, comparisons, and the implicit conversion of
//! untyped operands (types2's `convertUntyped`, `matchTypes`, `implicitTypeAndValue`).
//!
//! Invariants: constant operands fold exactly; a typed constant result must be representable in
//! its type ("overflows"); untyped results record their operands in `untyped_children` so a
//! later conversion re-records them with the final type.

use super::constant::ReprError;
use super::*;
use crate::ast::{BinaryOp, ExprKind, UnaryOp};
use num_traits::{Signed, ToPrimitive};

impl<'a> Checker<'a> {
    /// types2's `implicitTypeAndValue`: the type (and value) `x` gets in a context of type
    /// `target`, or an error code.
    pub fn implicit_type_and_value(
        &mut self,
        x: &Operand<'a>,
        target: TypeId,
    ) -> Result<(TypeId, Option<ConstValue>), ReprError> {
        if x.is_invalid() || !self.tt.is_untyped(x.typ) || target == INVALID {
            return Ok((x.typ, None));
        }
        if self.tt.is_untyped(target) {
            let xk = self.tt.basic_kind(x.typ).unwrap();
            let tk = self.tt.basic_kind(target).unwrap();
            if self.tt.is_numeric(x.typ) && self.tt.is_numeric(target) {
                if (xk as u32) < (tk as u32) {
                    return Ok((target, None));
                }
            } else if xk != tk {
                return Err(ReprError::Invalid);
            }
            return Ok((x.typ, None));
        }
        if x.is_nil() {
            return if self.tt.has_nil(target) {
                Ok((target, None))
            } else {
                Err(ReprError::Invalid)
            };
        }
        if let Some(terms) = self.tt.type_param_terms.get(&target).cloned() {
            // a type parameter: the value must suit every type of its type set
            for t in terms {
                self.implicit_type_and_value(x, t)?;
            }
            return Ok((target, None));
        }
        match self.tt.under(target).clone() {
            Type::Basic(k) => {
                if x.mode == OpMode::Constant {
                    let v = x.val.as_ref().ok_or(ReprError::Invalid)?;
                    if !self.tt.is_const_type(target) {
                        return Err(ReprError::Invalid);
                    }
                    let numeric = self.tt.is_numeric(x.typ) && self.tt.is_numeric(target);
                    return match constant::representable(v, k) {
                        Ok(nv) => Ok((target, Some(nv))),
                        Err(e) if numeric => Err(
                            if !self.tt.is_integer(x.typ) && self.tt.is_integer(target) {
                                ReprError::Truncated
                            } else {
                                e
                            },
                        ),
                        Err(_) => Err(ReprError::Invalid),
                    };
                }
                let ok = match self.tt.basic_kind(x.typ).unwrap() {
                    BasicKind::UntypedBool => self.tt.is_boolean(target),
                    BasicKind::UntypedInt
                    | BasicKind::UntypedRune
                    | BasicKind::UntypedFloat
                    | BasicKind::UntypedComplex => self.tt.is_numeric(target),
                    BasicKind::UntypedString => self.tt.is_string(target),
                    _ => false,
                };
                if ok {
                    Ok((target, None))
                } else {
                    Err(ReprError::Invalid)
                }
            }
            Type::Interface(ms) => {
                if !ms.is_empty() {
                    return Err(ReprError::Invalid);
                }
                Ok((self.tt.default_type(x.typ), None))
            }
            _ => Err(ReprError::Invalid),
        }
    }

    /// Converts an untyped operand to `target` (reporting an error if impossible).
    pub fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) {
        match self.implicit_type_and_value(x, target) {
            Err(code) => {
                let t = if self.tt.is_untyped(target) {
                    target
                } else {
                    self.tt.underlying(target)
                };
                let msg = match code {
                    ReprError::Truncated => {
                        format!("{} truncated to {}", self.op_str(x), self.type_str(t))
                    }
                    ReprError::Overflow => {
                        format!("{} overflows {}", self.op_str(x), self.type_str(t))
                    }
                    ReprError::Invalid => format!(
                        "cannot convert {} to type {}",
                        self.op_str(x),
                        self.type_str(t)
                    ),
                };
                self.error(x.span(), msg);
                x.mode = OpMode::Invalid;
            }
            Ok((nt, val)) => {
                if let Some(v) = val {
                    x.val = Some(v);
                }
                if nt != x.typ {
                    x.typ = nt;
                    if let Some(e) = x.expr {
                        self.update_expr_type(e.id, nt);
                        if let (Some(tv), Some(v)) = (self.info.exprs.get(e.id).cloned(), &x.val) {
                            if tv.value.is_some() && !self.tt.is_untyped(nt) {
                                self.set_expr(
                                    e.id,
                                    TypeAndValue {
                                        value: Some(v.clone()),
                                        ..tv
                                    },
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    fn untyped_record(&mut self, e: &'a Expr, children: Vec<ExprId>) {
        self.untyped_children.insert(e.id, children);
    }

    pub fn unary(
        &mut self,
        e: &'a Expr,
        op: UnaryOp,
        xe: &'a Expr,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        if op == UnaryOp::Addr {
            // &T{} with elided type: hint *T gives T
            let inner_hint = hint.and_then(|h| match self.tt.under(h) {
                Type::Pointer(b) => Some(*b),
                _ => None,
            });
            let mut inner = xe;
            while let ExprKind::Paren(p) = &inner.kind {
                inner = p;
            }
            let x = if matches!(inner.kind, ExprKind::CompositeLit { .. }) {
                self.expr_with_hint(xe, inner_hint)
            } else {
                self.expr(xe)
            };
            if x.is_invalid() {
                return inv;
            }
            if x.mode != OpMode::Variable && !matches!(inner.kind, ExprKind::CompositeLit { .. }) {
                self.error(
                    e.span,
                    format!(
                        "invalid operation: cannot take address of {}",
                        self.op_str(&x)
                    ),
                );
                return inv;
            }
            self.mark_addressed_expr(xe);
            let p = self.tt.pointer(x.typ);
            return Operand {
                mode: OpMode::Value,
                typ: p,
                val: None,
                expr: Some(e),
                exact: None,
            };
        }
        if op == UnaryOp::Recv {
            let x = self.expr(xe);
            if x.is_invalid() {
                return inv;
            }
            match self.tt.under(x.typ).clone() {
                Type::Chan(dir, el) => {
                    if dir == ast::ChanDir::Send {
                        self.error(
                            xe.span,
                            format!(
                                "invalid operation: cannot receive from send-only channel {}",
                                self.op_str(&x)
                            ),
                        );
                        return inv;
                    }
                    return Operand {
                        mode: OpMode::CommaOk,
                        typ: el,
                        val: None,
                        expr: Some(e),
                        exact: None,
                    };
                }
                _ => {
                    self.error(
                        xe.span,
                        format!(
                            "invalid operation: cannot receive from non-channel {}",
                            self.op_str(&x)
                        ),
                    );
                    return inv;
                }
            }
        }
        let mut x = self.expr(xe);
        if x.is_invalid() {
            return inv;
        }
        let ok = match op {
            UnaryOp::Pos | UnaryOp::Neg => self.tt.is_numeric(x.typ),
            UnaryOp::BitNot => self.tt.is_integer(x.typ),
            UnaryOp::Not => self.tt.is_boolean(x.typ),
            _ => false,
        };
        if !ok {
            self.error(
                xe.span,
                format!(
                    "invalid operation: operator {} not defined on {}",
                    format::unary_op_str(op),
                    self.op_str(&x)
                ),
            );
            return inv;
        }
        x.expr = Some(e);
        if x.mode == OpMode::Constant {
            let v = x.val.clone().unwrap();
            let k = self.tt.basic_kind(x.typ).unwrap();
            x.val = Some(match (op, v) {
                (UnaryOp::Pos, v) => v,
                (UnaryOp::Neg, ConstValue::Int(i)) => ConstValue::Int(-i),
                // constants have no negative zero
                (UnaryOp::Neg, ConstValue::Float(f)) => {
                    ConstValue::Float(if f == 0.0 { 0.0 } else { -f })
                }
                (UnaryOp::Neg, ConstValue::Complex(r, i)) => ConstValue::Complex(-r, -i),
                (UnaryOp::BitNot, ConstValue::Int(i)) => ConstValue::Int(constant::bit_not(&i, k)),
                (UnaryOp::Not, ConstValue::Bool(b)) => ConstValue::Bool(!b),
                (_, v) => v,
            });
            if op == UnaryOp::Neg {
                x.exact = x.exact.take().map(|r| r.neg());
            } else if op != UnaryOp::Pos {
                x.exact = None;
            }
            if self.tt.is_untyped(x.typ) {
                self.untyped_record(e, vec![xe.id]);
            }
            self.overflow(&mut x);
            return x;
        }
        if self.tt.is_untyped(x.typ) {
            self.untyped_record(e, vec![xe.id]);
        }
        x.mode = OpMode::Value;
        x
    }

    /// Typed constants must stay representable; untyped integers must not grow unboundedly.
    pub fn overflow(&mut self, x: &mut Operand<'a>) {
        let Some(v) = x.val.clone() else { return };
        if !self.tt.is_untyped(x.typ) {
            let k = self.tt.basic_kind(x.typ).unwrap();
            match constant::representable(&v, k) {
                Ok(nv) => x.val = Some(nv),
                Err(code) => {
                    let msg = match code {
                        ReprError::Truncated => {
                            format!("{} truncated to {}", self.op_str(x), self.type_str(x.typ))
                        }
                        ReprError::Overflow => {
                            format!("{} overflows {}", self.op_str(x), self.type_str(x.typ))
                        }
                        ReprError::Invalid => format!(
                            "cannot convert {} to type {}",
                            self.op_str(x),
                            self.type_str(x.typ)
                        ),
                    };
                    self.error(x.span(), msg);
                    x.mode = OpMode::Invalid;
                }
            }
            return;
        }
        if let ConstValue::Int(i) = &v {
            if constant::bit_len(i) > 512 {
                self.error(
                    self.op_pos(x.expr),
                    format!("constant {} overflow", self.op_name(x.expr)),
                );
                x.mode = OpMode::Invalid;
            }
        }
    }

    fn op_pos(&self, e: Option<&Expr>) -> Span {
        let Some(e) = e else { return Span::default() };
        if let ExprKind::Binary(_, x, _) = &e.kind {
            // the operator follows x, after spaces
            let bytes = self.src.as_bytes();
            let mut p = x.span.end as usize;
            while p < bytes.len() && (bytes[p] == b' ' || bytes[p] == b'\t' || bytes[p] == b')') {
                p += 1;
            }
            return Span {
                start: p as u32,
                end: p as u32 + 1,
            };
        }
        e.span
    }

    fn op_name(&self, e: Option<&Expr>) -> &'static str {
        match e.map(|e| &e.kind) {
            Some(ExprKind::Binary(op, ..)) => match op {
                BinaryOp::Add => "addition",
                BinaryOp::Sub => "subtraction",
                BinaryOp::Xor => "bitwise XOR",
                BinaryOp::Mul => "multiplication",
                BinaryOp::Shl => "shift",
                _ => "",
            },
            _ => "",
        }
    }

    fn may_convert(&self, x: &Operand, y: &Operand) -> bool {
        if !self.tt.is_untyped(x.typ) && !self.tt.is_untyped(y.typ) {
            return false;
        }
        if self.tt.is_boolean(x.typ) != self.tt.is_boolean(y.typ) {
            return false;
        }
        if self.tt.is_string(x.typ) != self.tt.is_string(y.typ) {
            return false;
        }
        if x.is_nil() {
            return self.tt.has_nil(y.typ);
        }
        if y.is_nil() {
            return self.tt.has_nil(x.typ);
        }
        if self.tt.is_pointer(x.typ) || self.tt.is_pointer(y.typ) {
            return false;
        }
        true
    }

    pub fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        if self.may_convert(x, y) {
            let yt = y.typ;
            self.convert_untyped(x, yt);
            if x.is_invalid() {
                return;
            }
            let xt = x.typ;
            self.convert_untyped(y, xt);
            if y.is_invalid() {
                x.mode = OpMode::Invalid;
            }
        }
    }

    pub fn binary(&mut self, e: &'a Expr, op: BinaryOp, xe: &'a Expr, ye: &'a Expr) -> Operand<'a> {
        let mut x = self.expr(xe);
        let mut y = self.expr(ye);
        self.binary_operands(Some(e), op, &mut x, &mut y, xe, ye);
        x
    }

    /// Checks `x op y` (also for `x op= y`, where `e` is None); the result is left in `x`.
    pub fn binary_operands(
        &mut self,
        e: Option<&'a Expr>,
        op: BinaryOp,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        xe: &'a Expr,
        ye: &'a Expr,
    ) {
        if x.is_invalid() {
            return;
        }
        if y.is_invalid() {
            x.mode = OpMode::Invalid;
            return;
        }
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            self.shift(e, op, x, y, xe);
            return;
        }
        self.match_types(x, y);
        if x.is_invalid() {
            return;
        }
        let estr = || -> String {
            match e {
                Some(e) => self.expr_str(e),
                None => format!(
                    "{} {}= {}",
                    self.expr_str(xe),
                    format::binary_op_str(op),
                    self.expr_str(ye)
                ),
            }
        };
        if matches!(
            op,
            BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
        ) {
            self.comparison(e, op, x, y, xe, ye, false);
            return;
        }
        if x.typ != y.typ {
            if x.typ != INVALID && y.typ != INVALID {
                let msg = format!(
                    "invalid operation: {} (mismatched types {} and {})",
                    estr(),
                    self.type_str(x.typ),
                    self.type_str(y.typ)
                );
                self.error(x.span(), msg);
            }
            x.mode = OpMode::Invalid;
            return;
        }
        let ok = match op {
            BinaryOp::Add => self.tt.is_numeric(x.typ) || self.tt.is_string(x.typ),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => self.tt.is_numeric(x.typ),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => {
                self.tt.is_integer(x.typ)
            }
            BinaryOp::LogAnd | BinaryOp::LogOr => self.tt.is_boolean(x.typ),
            _ => false,
        };
        if !ok {
            self.error(
                x.span(),
                format!(
                    "invalid operation: operator {} not defined on {}",
                    format::binary_op_str(op),
                    self.op_str(x)
                ),
            );
            x.mode = OpMode::Invalid;
            return;
        }
        if matches!(op, BinaryOp::Div | BinaryOp::Rem)
            && (x.mode == OpMode::Constant || self.tt.is_integer(x.typ))
            && y.mode == OpMode::Constant
            && y.val.as_ref().is_some_and(constant::is_zero)
        {
            self.error(y.span(), "invalid operation: division by zero");
            x.mode = OpMode::Invalid;
            return;
        }
        if x.mode == OpMode::Constant && y.mode == OpMode::Constant {
            let int_div = self.tt.is_integer(x.typ);
            let v = constant::binary(
                op,
                x.val.as_ref().unwrap(),
                y.val.as_ref().unwrap(),
                int_div,
            );
            // untyped float arithmetic leaving the f64 range: redo it exactly
            let float_res = matches!(v, Some(ConstValue::Float(_)));
            // untyped float arithmetic is exact (Go's constants are arbitrary precision):
            // 0.1 + 0.2 == 0.3
            let needs_exact = float_res && self.tt.is_untyped(x.typ);
            let x_exact = x.exact.take();
            let v = if needs_exact {
                let a = x_exact.or_else(|| constant::Rat::from_value(x.val.as_ref().unwrap()));
                let b = y
                    .exact
                    .clone()
                    .or_else(|| constant::Rat::from_value(y.val.as_ref().unwrap()));
                match (a, b) {
                    (Some(a), Some(b)) => match a.op(op, &b) {
                        Some(r) => {
                            let f = r.to_f64();
                            x.exact = Some(r);
                            Some(ConstValue::Float(f))
                        }
                        None => v,
                    },
                    _ => v,
                }
            } else {
                v
            };
            x.val = v;
            x.expr = e;
            if let Some(e) = e {
                if self.tt.is_untyped(x.typ) {
                    self.untyped_record(e, vec![xe.id, ye.id]);
                }
            }
            if x.val.is_none() {
                x.mode = OpMode::Invalid;
                return;
            }
            self.overflow(x);
            return;
        }
        x.mode = OpMode::Value;
        x.val = None;
        x.exact = None;
        x.expr = e;
        if let Some(e) = e {
            if self.tt.is_untyped(x.typ) {
                self.untyped_record(e, vec![xe.id, ye.id]);
            }
        }
    }

    fn kind_string(&self, t: TypeId) -> String {
        match self.tt.under(t) {
            Type::Array(..) => "array".into(),
            Type::Slice(_) => "slice".into(),
            Type::Struct(_) => "struct".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Func(_) => "func".into(),
            Type::Interface(_) => "interface".into(),
            Type::Map(..) => "map".into(),
            Type::Chan(..) => "chan".into(),
            _ => self.type_str(t),
        }
    }

    fn incomparable_cause(&self, t: TypeId) -> String {
        match self.tt.under(t) {
            Type::Slice(_) | Type::Func(_) | Type::Map(..) => {
                format!("{} can only be compared to nil", self.kind_string(t))
            }
            Type::Struct(fs) => {
                for f in fs {
                    if !self.tt.comparable(f.typ) {
                        return format!(
                            "struct containing {} cannot be compared",
                            self.type_str(f.typ)
                        );
                    }
                }
                String::new()
            }
            Type::Array(_, el) => format!("{} cannot be compared", self.type_str(*el)),
            _ => String::new(),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn comparison(
        &mut self,
        e: Option<&'a Expr>,
        op: BinaryOp,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        xe: &'a Expr,
        ye: &'a Expr,
        switch_case: bool,
    ) {
        let op = if switch_case { BinaryOp::Eq } else { op };
        let mut err_y = false;
        let mut cause = String::new();
        let mut failed = false;
        let ok = self.assignable_to(x, y.typ, None) || self.assignable_to(y, x.typ, None);
        if !ok {
            err_y = true;
            cause = format!(
                "mismatched types {} and {}",
                self.type_str(x.typ),
                self.type_str(y.typ)
            );
            failed = true;
        } else if matches!(op, BinaryOp::Eq | BinaryOp::Ne) {
            if x.is_nil() || y.is_nil() {
                let t = if x.is_nil() { y.typ } else { x.typ };
                if !self.tt.has_nil(t) {
                    err_y = true;
                    failed = true;
                }
            } else if !self.tt.comparable(x.typ) {
                cause = self.incomparable_cause(x.typ);
                failed = true;
            } else if !self.tt.comparable(y.typ) {
                err_y = true;
                cause = self.incomparable_cause(y.typ);
                failed = true;
            }
        } else if !self.tt.is_ordered(x.typ) {
            failed = true;
        } else if !self.tt.is_ordered(y.typ) {
            err_y = true;
            failed = true;
        }
        if failed {
            let err_op = if err_y { &*y } else { &*x };
            if cause.is_empty() {
                cause = format!(
                    "operator {} not defined on {}",
                    format::binary_op_str(op),
                    self.kind_string(err_op.typ)
                );
            }
            let sp = err_op.span();
            if switch_case {
                self.error(
                    x.span(),
                    format!(
                        "invalid case {} in switch on {} ({})",
                        self.expr_str(xe),
                        self.expr_str(ye),
                        cause
                    ),
                );
            } else {
                self.error(
                    sp,
                    format!(
                        "invalid operation: {} {} {} ({})",
                        self.expr_str(xe),
                        format::binary_op_str(op),
                        self.expr_str(ye),
                        cause
                    ),
                );
            }
            x.mode = OpMode::Invalid;
            return;
        }
        if x.mode == OpMode::Constant && y.mode == OpMode::Constant {
            let r = constant::compare(op, x.val.as_ref().unwrap(), y.val.as_ref().unwrap())
                .unwrap_or(false);
            x.val = Some(ConstValue::Bool(r));
        } else {
            x.mode = OpMode::Value;
            x.val = None;
            let (dx, dy) = (self.tt.default_type(x.typ), self.tt.default_type(y.typ));
            if let Some(ex) = x.expr {
                self.update_expr_type(ex.id, dx);
            }
            if let Some(ey) = y.expr {
                self.update_expr_type(ey.id, dy);
            }
        }
        x.typ = TypeTable::basic(BasicKind::UntypedBool);
        x.expr = e;
    }

    fn shift(
        &mut self,
        e: Option<&'a Expr>,
        op: BinaryOp,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        xe: &'a Expr,
    ) {
        // x must be an integer (or an untyped constant representable as one)
        let xval = if x.mode == OpMode::Constant {
            x.val.as_ref().and_then(constant::to_int)
        } else {
            None
        };
        if !(self.tt.is_integer(x.typ) || (self.tt.is_untyped(x.typ) && xval.is_some())) {
            self.shifted_operand_not_integer(x);
            return;
        }
        // y: integer (untyped constants converted to uint)
        let yval = if y.mode == OpMode::Constant {
            y.val.as_ref().and_then(constant::to_int)
        } else {
            None
        };
        if y.mode == OpMode::Constant {
            match &yval {
                Some(v) if v.is_negative() => {
                    self.error(
                        y.span(),
                        format!("invalid operation: negative shift count {}", self.op_str(y)),
                    );
                    x.mode = OpMode::Invalid;
                    return;
                }
                Some(v) => {
                    if self.tt.is_untyped(y.typ) {
                        // `1 << 2.0`: the count becomes the integer constant it represents
                        y.val = Some(ConstValue::Int(v.clone()));
                    }
                }
                None => {
                    self.shift_count_not_integer(x, y);
                    return;
                }
            }
        } else if !self.tt.is_untyped(y.typ) && !self.tt.is_integer(y.typ) {
            self.shift_count_not_integer(x, y);
            return;
        }
        if self.tt.is_untyped(y.typ) {
            let t = TypeTable::basic(BasicKind::Uint);
            self.convert_untyped(y, t);
            if y.is_invalid() {
                x.mode = OpMode::Invalid;
                return;
            }
        }
        if x.mode == OpMode::Constant {
            if y.mode == OpMode::Constant {
                let n = yval.unwrap();
                let Some(s) = n.to_u64().filter(|&s| s <= 1023) else {
                    self.error(
                        y.span(),
                        format!("invalid operation: invalid shift count {}", self.op_str(y)),
                    );
                    x.mode = OpMode::Invalid;
                    return;
                };
                if self.tt.is_untyped(x.typ) && !matches!(x.val, Some(ConstValue::Int(_))) {
                    x.typ = TypeTable::basic(BasicKind::UntypedInt);
                }
                let xi = xval.unwrap();
                x.val = Some(ConstValue::Int(constant::shift(&xi, op, s)));
                x.expr = e;
                if let Some(e) = e {
                    if self.tt.is_untyped(x.typ) {
                        self.untyped_record(e, vec![xe.id]);
                    }
                }
                self.overflow(x);
                return;
            }
            if self.tt.is_untyped(x.typ) {
                // non-constant shift of an untyped constant: the constant gets the type the
                // shift gets from its context (spec), checked to be an integer type when it
                // is known (`update_expr_type`)
                let text = self.expr_str(e.unwrap_or(xe));
                self.shift_lhs.insert(xe.id, (xe.span, text));
                x.mode = OpMode::Value;
                x.val = None;
                x.expr = e;
                if let Some(e) = e {
                    self.untyped_record(e, vec![xe.id]);
                }
                return;
            }
        }
        if !self.tt.is_integer(x.typ) {
            self.shifted_operand_not_integer(x);
            return;
        }
        x.mode = OpMode::Value;
        x.val = None;
        x.expr = e;
    }

    fn shifted_operand_not_integer(&mut self, x: &mut Operand<'a>) {
        self.error(
            x.span(),
            format!(
                "invalid operation: shifted operand {} must be integer",
                self.op_str(x)
            ),
        );
        x.mode = OpMode::Invalid;
    }

    fn shift_count_not_integer(&mut self, x: &mut Operand<'a>, y: &Operand<'a>) {
        self.error(
            y.span(),
            format!(
                "invalid operation: shift count {} must be integer",
                self.op_str(y)
            ),
        );
        x.mode = OpMode::Invalid;
    }
}
