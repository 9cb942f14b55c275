//! Calls of the predeclared functions (types2's `builtins.go`): len cap append copy delete
//! make new panic recover print println close clear min max complex real imag.
//!
//! Invariants: the builtin identifier is recorded with `Mode::Builtin`; the call expression gets
//! the result type (`Mode::NoValue` for panic/print/println/close/delete/clear/copy-as-stmt is
//! not special: copy returns int); `len`/`cap` of constant strings and arrays fold to constants.

use super::*;
use crate::ast::ExprKind;

impl<'a> Checker<'a> {
    /// A call of builtin `b`: the arguments' count, then one function per builtin.
    pub fn builtin(
        &mut self,
        e: &'a Expr,
        b: Builtin,
        args: &'a [Expr],
        ellipsis: bool,
    ) -> Operand<'a> {
        use Builtin::*;
        if !self.builtin_arity(e, b, args, ellipsis) {
            for a in args {
                self.raw_expr(a, None);
            }
            return Operand::invalid(Some(e));
        }
        match b {
            Len | Cap => self.builtin_len_cap(e, b, args),
            Append => self.builtin_append(e, ellipsis, args),
            Copy => self.builtin_copy(e, args),
            Delete => self.builtin_delete(e, args),
            Make => self.builtin_make(e, args),
            New => self.builtin_new(e, args),
            Panic => self.builtin_panic(e, args),
            Print | Println => self.builtin_print(e, b, args),
            Recover => self.builtin_recover(e),
            Close => self.builtin_close(e, args),
            Clear => self.builtin_clear(e, args),
            Max | Min => self.builtin_min_max(e, b, args),
            Complex => self.builtin_complex(e, args),
            Real | Imag => self.builtin_real_imag(e, b, args),
        }
    }

    /// Whether builtin `b` may take `args` (and `...`); reports why not.
    fn builtin_arity(&mut self, e: &'a Expr, b: Builtin, args: &'a [Expr], ellipsis: bool) -> bool {
        use Builtin::*;
        let name = universe::builtin_name(b);
        let (min_args, variadic) = match b {
            Append => (1, true),
            Cap | Len | Close | Clear | Imag | Real | New | Panic => (1, false),
            Complex | Copy | Delete => (2, false),
            Make | Max | Min => (1, true),
            Print | Println => (0, true),
            Recover => (0, false),
        };
        if ellipsis && b != Append {
            self.error(
                e.span,
                format!("invalid operation: invalid use of ... with built-in {name}"),
            );
            return false;
        }
        let n = args.len();
        if n < min_args || (!variadic && n > min_args) {
            let msg = if n < min_args {
                "not enough"
            } else {
                "too many"
            };
            self.error(
                e.span,
                format!(
                    "invalid operation: {msg} arguments for {} (expected {min_args}, found {n})",
                    self.expr_str(e)
                ),
            );
            return false;
        }
        true
    }

    /// `len(x)` / `cap(x)`: constant for a constant string or an array (without calls or receives).
    fn builtin_len_cap(&mut self, e: &'a Expr, b: Builtin, args: &'a [Expr]) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let int = TypeTable::basic(BasicKind::Int);
        let name = universe::builtin_name(b);
        let x = self.expr(&args[0]);
        if x.is_invalid() {
            return inv;
        }
        let mut t = self.tt.underlying(x.typ);
        if let Type::Pointer(p) = self.tt.get(t) {
            if let Type::Array(..) = self.tt.under(*p) {
                t = self.tt.underlying(*p);
            }
        }
        let ok = match self.tt.get(t).clone() {
            Type::Basic(_) if self.tt.is_string(t) && b == Builtin::Len => {
                if let (OpMode::Constant, Some(ConstValue::String(s))) = (x.mode, &x.val) {
                    let v = ConstValue::Int((s.len() as i64).into());
                    if self.tt.is_untyped(x.typ) {
                        self.update_expr_type(args[0].id, TypeTable::basic(BasicKind::String));
                    }
                    return Operand::constant(e, int, v);
                }
                true
            }
            Type::Array(len, _) => {
                if !contains_call_or_recv(&args[0]) {
                    return Operand::constant(e, int, ConstValue::Int((len as i64).into()));
                }
                true
            }
            Type::Slice(_) | Type::Chan(..) => true,
            Type::Map(..) => b == Builtin::Len,
            _ => false,
        };
        if !ok {
            self.error(
                args[0].span,
                format!("invalid argument: {} for {name}", self.op_str(&x)),
            );
            return inv;
        }
        Operand::value(e, int)
    }

    /// `append(s, x...)`, also `append(bytes, str...)`.
    fn builtin_append(&mut self, e: &'a Expr, ellipsis: bool, args: &'a [Expr]) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let s = self.expr(&args[0]);
        if s.is_invalid() {
            for a in &args[1..] {
                self.expr(a);
            }
            return inv;
        }
        if s.is_nil() {
            self.error(
                args[0].span,
                "first argument to append must be a typed slice; have untyped nil",
            );
            for a in &args[1..] {
                self.expr(a);
            }
            return inv;
        }
        let st = s.typ;
        let Type::Slice(el) = self.tt.under(st).clone() else {
            self.error(
                args[0].span,
                format!("invalid argument: {} is not a slice", self.op_str(&s)),
            );
            for a in &args[1..] {
                self.expr(a);
            }
            return inv;
        };
        if ellipsis {
            if args.len() != 2 {
                self.error(
                    e.span,
                    "can only use ... with final argument in list".to_string(),
                );
                return inv;
            }
            let mut y = self.expr(&args[1]);
            if y.is_invalid() {
                return inv;
            }
            // append([]byte, string...)
            if self.tt.basic_kind(el) == Some(BasicKind::Uint8) && self.tt.is_string(y.typ) {
                if self.tt.is_untyped(y.typ) {
                    let t = TypeTable::basic(BasicKind::String);
                    self.convert_untyped(&mut y, t);
                }
                return Operand::value(e, st);
            }
            let ctx = "argument to append".to_string();
            self.assignment(&mut y, Some(st), &ctx);
            return Operand::value(e, st);
        }
        for a in &args[1..] {
            let mut y = self.expr_with_hint(a, Some(el));
            self.assignment(&mut y, Some(el), "argument to append");
        }
        Operand::value(e, st)
    }

    /// `copy(dst, src)`: slices of one element type, or a byte slice and a string.
    fn builtin_copy(&mut self, e: &'a Expr, args: &'a [Expr]) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let int = TypeTable::basic(BasicKind::Int);
        let x = self.expr(&args[0]);
        let mut y = self.expr(&args[1]);
        if x.is_invalid() || y.is_invalid() {
            return inv;
        }
        let xe = match self.tt.under(x.typ) {
            Type::Slice(el) => Some(*el),
            _ => None,
        };
        if self.tt.is_untyped(y.typ) && self.tt.is_string(y.typ) {
            let t = TypeTable::basic(BasicKind::String);
            self.convert_untyped(&mut y, t);
        }
        let ye = match self.tt.under(y.typ) {
            Type::Slice(el) => Some(*el),
            _ if self.tt.is_string(y.typ) => Some(TypeTable::basic(BasicKind::Uint8)),
            _ => None,
        };
        match (xe, ye) {
            (Some(a), Some(b)) if a == b => Operand::value(e, int),
            (None, _) | (_, None) => {
                self.error(
                    e.span,
                    format!(
                        "invalid argument: copy expects slice arguments; found {} and {}",
                        self.op_str(&x),
                        self.op_str(&y)
                    ),
                );
                inv
            }
            _ => {
                self.error(e.span, format!("invalid argument: arguments to copy {} and {} have different element types {} and {}", self.op_str(&x), self.op_str(&y), self.type_str(xe.unwrap()), self.type_str(ye.unwrap())));
                inv
            }
        }
    }

    /// `delete(m, k)`.
    fn builtin_delete(&mut self, e: &'a Expr, args: &'a [Expr]) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let m = self.expr(&args[0]);
        if m.is_invalid() {
            self.expr(&args[1]);
            return inv;
        }
        let Type::Map(kt, _) = self.tt.under(m.typ).clone() else {
            self.error(
                args[0].span,
                format!("invalid argument: {} is not a map", self.op_str(&m)),
            );
            self.expr(&args[1]);
            return inv;
        };
        let mut k = self.expr(&args[1]);
        if k.is_invalid() {
            return inv;
        }
        self.assignment(&mut k, Some(kt), "argument to delete");
        Operand::no_value(e)
    }

    /// `make(T, size...)`: slice, map or channel with the right number of sizes.
    fn builtin_make(&mut self, e: &'a Expr, args: &'a [Expr]) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let n = args.len();
        let t = self.typ(&args[0]);
        if t == INVALID {
            for a in &args[1..] {
                self.expr(a);
            }
            return inv;
        }
        let min = match self.tt.under(t) {
            Type::Slice(_) => 2,
            Type::Map(..) | Type::Chan(..) => 1,
            _ => {
                self.error(
                    args[0].span,
                    format!(
                        "invalid argument: cannot make {}; type must be slice, map, or channel",
                        self.expr_str(&args[0])
                    ),
                );
                for a in &args[1..] {
                    self.expr(a);
                }
                return inv;
            }
        };
        if n < min || n > min + 1 || (min == 1 && n > 2) {
            self.error(
                e.span,
                format!(
                    "invalid operation: {} expects {} or {} arguments; found {}",
                    self.expr_str(e),
                    min,
                    min + 1,
                    n
                ),
            );
            for a in &args[1..] {
                self.expr(a);
            }
            return inv;
        }
        let mut sizes = Vec::new();
        for a in &args[1..] {
            sizes.push(self.size_arg(a));
        }
        if let [Some(l), Some(c)] = sizes[..] {
            if l > c {
                self.error(
                    args[1].span,
                    "invalid argument: length and capacity swapped".to_string(),
                );
            }
        }
        Operand::value(e, t)
    }

    /// `new(T)`.
    fn builtin_new(&mut self, e: &'a Expr, args: &'a [Expr]) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let t = self.typ(&args[0]);
        if t == INVALID {
            return inv;
        }
        let p = self.tt.pointer(t);
        Operand::value(e, p)
    }

    /// `panic(x)`: any value.
    fn builtin_panic(&mut self, e: &'a Expr, args: &'a [Expr]) -> Operand<'a> {
        let mut x = self.expr(&args[0]);
        if !x.is_invalid() {
            let any = self.tt.empty_interface();
            self.assignment(&mut x, Some(any), "argument to panic");
        }
        Operand::no_value(e)
    }

    /// `print(...)` / `println(...)`.
    fn builtin_print(&mut self, e: &'a Expr, b: Builtin, args: &'a [Expr]) -> Operand<'a> {
        let name = universe::builtin_name(b);
        for a in args {
            let mut x = self.expr(a);
            if !x.is_invalid() {
                self.assignment(&mut x, None, &format!("argument to {name}"));
            }
        }
        Operand::no_value(e)
    }

    /// `recover()`.
    fn builtin_recover(&mut self, e: &'a Expr) -> Operand<'a> {
        let any = self.tt.empty_interface();
        Operand::value(e, any)
    }

    /// `close(c)`: not a receive-only channel.
    fn builtin_close(&mut self, e: &'a Expr, args: &'a [Expr]) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let x = self.expr(&args[0]);
        if x.is_invalid() {
            return inv;
        }
        match self.tt.under(x.typ) {
            Type::Chan(dir, _) => {
                if *dir == ast::ChanDir::Recv {
                    self.error(
                        args[0].span,
                        format!(
                            "invalid operation: cannot close receive-only channel {}",
                            self.op_str(&x)
                        ),
                    );
                    return inv;
                }
            }
            _ => {
                self.error(
                    args[0].span,
                    format!(
                        "invalid operation: cannot close non-channel {}",
                        self.op_str(&x)
                    ),
                );
                return inv;
            }
        }
        Operand::no_value(e)
    }

    /// `clear(x)` (go1.21): a map or a slice.
    fn builtin_clear(&mut self, e: &'a Expr, args: &'a [Expr]) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let x = self.expr(&args[0]);
        if x.is_invalid() {
            return inv;
        }
        if !matches!(self.tt.under(x.typ), Type::Map(..) | Type::Slice(_)) {
            self.error(
                args[0].span,
                format!("invalid argument: {} cannot be cleared", self.op_str(&x)),
            );
            return inv;
        }
        Operand::no_value(e)
    }

    /// `min(...)` / `max(...)` (go1.21): ordered operands of one type; constant when all are.
    fn builtin_min_max(&mut self, e: &'a Expr, b: Builtin, args: &'a [Expr]) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let mut x = self.expr(&args[0]);
        if x.is_invalid() {
            for a in &args[1..] {
                self.expr(a);
            }
            return inv;
        }
        if !self.tt.is_ordered(x.typ) {
            self.error(
                args[0].span,
                format!("invalid argument: {} cannot be ordered", self.op_str(&x)),
            );
            return inv;
        }
        for a in &args[1..] {
            let mut y = self.expr(a);
            if y.is_invalid() {
                return inv;
            }
            self.match_types(&mut x, &mut y);
            if x.is_invalid() {
                return inv;
            }
            if x.typ != y.typ {
                self.error(a.span, format!("invalid argument: mismatched types {} (previous argument) and {} (type of {})", self.type_str(x.typ), self.type_str(y.typ), self.expr_str(a)));
                return inv;
            }
            if x.mode == OpMode::Constant && y.mode == OpMode::Constant {
                let op = if b == Builtin::Max {
                    ast::BinaryOp::Gt
                } else {
                    ast::BinaryOp::Lt
                };
                if constant::compare(op, y.val.as_ref().unwrap(), x.val.as_ref().unwrap())
                    == Some(true)
                {
                    x.val = y.val.clone();
                }
            } else {
                x.mode = OpMode::Value;
                x.val = None;
            }
        }
        // all untyped operands: record them with the result type later via children
        if self.tt.is_untyped(x.typ) {
            self.untyped_children
                .insert(e.id, args.iter().map(|a| a.id).collect());
        } else {
            for a in args {
                self.update_expr_type(a.id, x.typ);
            }
        }
        x.expr = Some(e);
        if x.mode != OpMode::Constant {
            x.mode = OpMode::Value;
        }
        x
    }

    /// `complex(re, im)`: floats of one type; constant when both are.
    fn builtin_complex(&mut self, e: &'a Expr, args: &'a [Expr]) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let mut x = self.expr(&args[0]);
        let mut y = self.expr(&args[1]);
        if x.is_invalid() || y.is_invalid() {
            return inv;
        }
        self.match_types(&mut x, &mut y);
        if x.is_invalid() {
            return inv;
        }
        if x.typ != y.typ {
            self.error(
                e.span,
                format!(
                    "invalid operation: {} (mismatched types {} and {})",
                    self.expr_str(e),
                    self.type_str(x.typ),
                    self.type_str(y.typ)
                ),
            );
            return inv;
        }
        let rt = match self.tt.basic_kind(x.typ) {
            Some(BasicKind::Float32) => TypeTable::basic(BasicKind::Complex64),
            Some(BasicKind::Float64) => TypeTable::basic(BasicKind::Complex128),
            Some(BasicKind::UntypedInt | BasicKind::UntypedRune | BasicKind::UntypedFloat) => {
                TypeTable::basic(BasicKind::UntypedComplex)
            }
            _ => {
                self.error(
                    args[0].span,
                    format!(
                        "invalid argument: arguments have type {}, expected floating-point",
                        self.type_str(x.typ)
                    ),
                );
                return inv;
            }
        };
        if x.mode == OpMode::Constant && y.mode == OpMode::Constant {
            let r = constant::to_float(x.val.as_ref().unwrap()).unwrap_or(0.0);
            let i = constant::to_float(y.val.as_ref().unwrap()).unwrap_or(0.0);
            return Operand::constant(e, rt, ConstValue::Complex(r, i));
        }
        if self.tt.is_untyped(rt) {
            let f = TypeTable::basic(BasicKind::Float64);
            self.convert_untyped(&mut x, f);
            self.convert_untyped(&mut y, f);
            return Operand::value(e, TypeTable::basic(BasicKind::Complex128));
        }
        Operand::value(e, rt)
    }

    /// `real(c)` / `imag(c)`; constant for a constant.
    fn builtin_real_imag(&mut self, e: &'a Expr, b: Builtin, args: &'a [Expr]) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let x = self.expr(&args[0]);
        if x.is_invalid() {
            return inv;
        }
        let rt = match self.tt.basic_kind(x.typ) {
            Some(BasicKind::Complex64) => TypeTable::basic(BasicKind::Float32),
            Some(BasicKind::Complex128) => TypeTable::basic(BasicKind::Float64),
            Some(
                BasicKind::UntypedComplex
                | BasicKind::UntypedFloat
                | BasicKind::UntypedInt
                | BasicKind::UntypedRune,
            ) => TypeTable::basic(BasicKind::UntypedFloat),
            _ => {
                self.error(
                    args[0].span,
                    format!(
                        "invalid argument: argument has type {}, expected complex type",
                        self.type_str(x.typ)
                    ),
                );
                return inv;
            }
        };
        if x.mode == OpMode::Constant {
            let (r, i) = constant::to_complex(x.val.as_ref().unwrap()).unwrap_or((0.0, 0.0));
            let v = if b == Builtin::Real { r } else { i };
            return Operand::constant(e, rt, ConstValue::Float(v));
        }
        Operand::value(e, rt)
    }

    /// A size argument of `make`: integer (untyped constants become int), non-negative.
    fn size_arg(&mut self, a: &'a Expr) -> Option<i64> {
        let mut x = self.expr(a);
        if x.is_invalid() {
            return None;
        }
        if self.tt.is_untyped(x.typ) {
            let int = TypeTable::basic(BasicKind::Int);
            if x.mode == OpMode::Constant && x.val.as_ref().and_then(constant::to_int).is_none() {
                self.error(a.span, format!("{} truncated to int", self.op_str(&x)));
                return None;
            }
            self.convert_untyped(&mut x, int);
            if x.is_invalid() {
                return None;
            }
        }
        if !self.tt.is_integer(x.typ) {
            self.error(
                a.span,
                format!("cannot convert {} to type int", self.op_str(&x)),
            );
            return None;
        }
        if x.mode == OpMode::Constant {
            use num_traits::ToPrimitive;
            let v = x.val.as_ref().and_then(constant::to_int)?;
            if v < 0.into() {
                self.error(
                    a.span,
                    format!(
                        "invalid argument: index {} must not be negative",
                        self.op_str(&x)
                    ),
                );
                return None;
            }
            return v.to_i64();
        }
        None
    }
}

fn contains_call_or_recv(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } | ExprKind::Unary(ast::UnaryOp::Recv, _) => true,
        ExprKind::Paren(x)
        | ExprKind::Selector(x, _)
        | ExprKind::Star(x)
        | ExprKind::Unary(_, x) => contains_call_or_recv(x),
        ExprKind::Index(x, i) => contains_call_or_recv(x) || contains_call_or_recv(i),
        _ => false,
    }
}
