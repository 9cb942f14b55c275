//! Calls, conversions and selectors (types2's `call.go`, `conversions.go`): function and
//! method calls with argument passing (variadics, `f(g())` forwarding, `f(s...)`), `T(x)`
//! conversions, `x.f` field/method/package selectors and method expressions `T.m`.
//!
//! Invariants: every `Selector` expression that resolves gets a `Selection`; a call records
//! `Mode::NoValue` (no results), the single result type, or a `Tuple` type.

use super::lookup::Found;
use super::*;
use crate::ast::ExprKind;

impl<'a> Checker<'a> {
    pub fn call_expr(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        ellipsis: bool,
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        if let Some(g) = self.generic_callee(func) {
            return self.generic_call(e, func, g, args, ellipsis);
        }
        let fx = self.expr_or_type(func);
        match fx.mode {
            OpMode::Invalid => {
                for a in args {
                    self.raw_expr(a, None);
                }
                return inv;
            }
            OpMode::TypeExpr => {
                let t = fx.typ;
                if args.len() != 1 || ellipsis {
                    if args.is_empty() {
                        self.error(
                            e.span,
                            format!("missing argument in conversion to {}", self.type_str(t)),
                        );
                    } else {
                        self.error(
                            args[args.len() - 1].span,
                            format!("too many arguments in conversion to {}", self.type_str(t)),
                        );
                    }
                    for a in args {
                        self.raw_expr(a, None);
                    }
                    return inv;
                }
                let mut x = self.expr_with_hint(&args[0], Some(t));
                if x.is_invalid() {
                    return inv;
                }
                self.conversion(&mut x, t);
                x.expr = Some(e);
                return x;
            }
            OpMode::Builtin(b) => return self.builtin(e, b, args, ellipsis),
            _ => {}
        }
        let Some(sig) = self.tt.signature(fx.typ).cloned() else {
            self.error(
                e.span,
                format!(
                    "invalid operation: cannot call non-function {}",
                    self.op_str(&fx)
                ),
            );
            for a in args {
                self.raw_expr(a, None);
            }
            return inv;
        };
        self.arguments(e, func, &sig, args, ellipsis);
        let mk = |mode, typ| Operand {
            mode,
            typ,
            val: None,
            expr: Some(e),
            exact: None,
        };
        match sig.results.len() {
            0 => mk(OpMode::NoValue, TypeTable::basic(BasicKind::Invalid)),
            1 => mk(OpMode::Value, sig.results[0]),
            _ => {
                let t = self.tt.tuple(sig.results.clone());
                mk(OpMode::Value, t)
            }
        }
    }

    pub fn types_summary(&self, list: &[TypeId], variadic: bool) -> String {
        let mut res = Vec::new();
        for (i, &t) in list.iter().enumerate() {
            let s = if t == INVALID {
                "<T>".to_string()
            } else if self.tt.is_untyped(t) {
                if self.tt.is_numeric(t) {
                    "number".into()
                } else {
                    self.type_str(t).replace("untyped ", "")
                }
            } else if variadic && i + 1 == list.len() {
                match self.tt.get(t) {
                    Type::Slice(el) => format!("...{}", self.type_str(*el)),
                    _ => self.type_str(t),
                }
            } else {
                self.type_str(t)
            };
            res.push(s);
        }
        format!("({})", res.join(", "))
    }

    /// Evaluates and passes `args` to a function of signature `sig`.
    pub fn arguments(
        &mut self,
        call: &'a Expr,
        func: &'a Expr,
        sig: &Signature,
        args: &'a [Expr],
        ellipsis: bool,
    ) {
        let mut xs: Vec<Operand<'a>> = Vec::new();
        if args.len() == 1 && !ellipsis {
            xs = self.multi_expr(&args[0]);
        } else {
            for a in args {
                let x = self.expr(a);
                xs.push(x);
            }
        }
        self.pass_arguments(call, func, sig, args, xs, ellipsis);
    }

    /// Passes the evaluated arguments `xs` (of `args`) to a function of signature `sig`.
    pub fn pass_arguments(
        &mut self,
        call: &'a Expr,
        func: &'a Expr,
        sig: &Signature,
        args: &'a [Expr],
        xs: Vec<Operand<'a>>,
        ellipsis: bool,
    ) {
        if xs.iter().any(|x| x.is_invalid()) {
            // still check the others against params where possible
            return;
        }
        let nargs = xs.len();
        let npars = sig.params.len();
        let fname = self.expr_str(func);
        if ellipsis {
            if !sig.variadic {
                self.error(
                    args[args.len() - 1].span,
                    format!("have (...) cannot use ... in call to non-variadic {fname}"),
                );
                let _ = call;
                return;
            }
            if args.len() == 1 && nargs > 1 {
                self.error(
                    args[0].span,
                    format!(
                        "cannot use ... with {}-valued {}",
                        nargs,
                        self.expr_str(&args[0])
                    ),
                );
                return;
            }
        }
        // parameter types per argument
        let mut ptypes: Vec<TypeId> = Vec::new();
        let ok_count;
        if sig.variadic && !ellipsis {
            ok_count = nargs + 1 >= npars;
            if ok_count {
                ptypes.extend_from_slice(&sig.params[..npars - 1]);
                let el = match self.tt.get(sig.params[npars - 1]) {
                    Type::Slice(el) => *el,
                    _ => INVALID,
                };
                for _ in npars - 1..nargs {
                    ptypes.push(el);
                }
            }
        } else {
            ok_count = nargs == npars;
            ptypes = sig.params.clone();
        }
        if !ok_count {
            let have = self.types_summary(&xs.iter().map(|x| x.typ).collect::<Vec<_>>(), false);
            let want = self.types_summary(&sig.params, sig.variadic);
            if nargs < npars {
                let at = match args.last() {
                    Some(a) => a.span,
                    None => Span {
                        start: call.span.end.saturating_sub(1),
                        end: call.span.end,
                    },
                };
                self.error(
                    at,
                    format!(
                        "not enough arguments in call to {fname}\n\thave {have}\n\twant {want}"
                    ),
                );
            } else {
                let at = if args.len() == 1 {
                    args[0].span
                } else {
                    args[npars.min(args.len() - 1)].span
                };
                self.error(
                    at,
                    format!("too many arguments in call to {fname}\n\thave {have}\n\twant {want}"),
                );
            }
            return;
        }
        let ctx = format!("argument to {fname}");
        for (mut x, t) in xs.into_iter().zip(ptypes) {
            self.assignment(&mut x, Some(t), &ctx);
        }
    }

    /// `T(x)`: conversion rules; the result is left in `x`.
    pub fn conversion(&mut self, x: &mut Operand<'a>, t: TypeId) {
        let const_arg = x.mode == OpMode::Constant;
        let ok;
        let mut final_const = false;
        if const_arg && self.tt.is_const_type(t) {
            let k = self.tt.basic_kind(t).unwrap();
            let v = x.val.clone().unwrap();
            // int -> string
            if self.tt.is_string(t) && self.tt.is_integer(x.typ) {
                let r = constant::to_int(&v).and_then(|i| {
                    use num_traits::ToPrimitive;
                    i.to_u32()
                });
                let s = r.and_then(char::from_u32).unwrap_or('\u{FFFD}').to_string();
                x.val = Some(ConstValue::String(s.into_bytes()));
                ok = true;
                final_const = true;
            } else {
                match constant::representable(&v, k) {
                    Ok(nv) if self.convertible_basic(x.typ, t) => {
                        x.val = Some(nv);
                        ok = true;
                        final_const = true;
                    }
                    _ => ok = false,
                }
            }
        } else {
            ok = self.convertible_to(x, t);
        }
        if !ok {
            self.error(
                x.span(),
                format!(
                    "cannot convert {} to type {}",
                    self.op_str(x),
                    self.type_str(t)
                ),
            );
            x.mode = OpMode::Invalid;
            return;
        }
        if self.tt.is_untyped(x.typ) {
            let mut fin = t;
            if self.tt.is_interface(t) || (const_arg && !self.tt.is_const_type(t)) {
                fin = self.tt.default_type(x.typ);
            } else if x.is_nil() {
                fin = t;
            }
            if let Some(e) = x.expr {
                self.update_expr_type(e.id, fin);
                if let (true, Some(v)) = (final_const, x.val.clone()) {
                    if let Some(tv) = self.info.exprs.get(e.id).cloned() {
                        if !self.tt.is_string(t) || self.tt.is_string(tv.typ) {
                            self.set_expr(
                                e.id,
                                TypeAndValue {
                                    value: Some(v),
                                    ..tv
                                },
                            );
                        }
                    }
                }
            }
        }
        if !final_const {
            x.mode = OpMode::Value;
            x.val = None;
        }
        x.typ = t;
    }

    fn convertible_basic(&self, v: TypeId, t: TypeId) -> bool {
        let tt = &self.tt;
        (tt.is_numeric(v)
            && tt.is_numeric(t)
            && (tt.is_complex(v) == tt.is_complex(t) || tt.is_untyped(v)))
            || (tt.is_string(v) && tt.is_string(t))
            || (tt.is_boolean(v) && tt.is_boolean(t))
    }

    fn convertible_to(&mut self, x: &Operand<'a>, t: TypeId) -> bool {
        if self.assignable_to(x, t, None) {
            return true;
        }
        let v = x.typ;
        let vu = self.tt.underlying(v);
        let tu = self.tt.underlying(t);
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) =
            (self.tt.get(v).clone(), self.tt.get(t).clone())
        {
            if self.identical_ignore_tags(self.tt.underlying(a), self.tt.underlying(b)) {
                return true;
            }
        }
        let tt = &self.tt;
        if (tt.is_integer(vu) || tt.is_float(vu)) && (tt.is_integer(tu) || tt.is_float(tu)) {
            return true;
        }
        if tt.is_complex(vu) && tt.is_complex(tu) {
            return true;
        }
        let is_bytes_or_runes = |t: TypeId| match tt.under(t) {
            Type::Slice(el) => matches!(
                tt.basic_kind(*el),
                Some(BasicKind::Uint8 | BasicKind::Int32)
            ),
            _ => false,
        };
        if (tt.is_integer(vu) || is_bytes_or_runes(vu)) && tt.is_string(tu) {
            return true;
        }
        if tt.is_string(vu) && is_bytes_or_runes(tu) {
            return true;
        }
        // slice to array or array pointer
        if let Type::Slice(se) = tt.get(vu) {
            match tt.get(tu) {
                Type::Array(_, ae) if ae == se => return true,
                Type::Pointer(p) => {
                    if let Type::Array(_, ae) = tt.under(*p) {
                        if ae == se {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }

    fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        match (self.tt.get(a), self.tt.get(b)) {
            (Type::Struct(fa), Type::Struct(fb)) => {
                fa.len() == fb.len()
                    && fa.iter().zip(fb).all(|(x, y)| {
                        x.name == y.name && x.embedded == y.embedded && x.typ == y.typ
                    })
            }
            _ => false,
        }
    }

    // ---- selectors ----

    /// `x.sel`: a package member, a method expression `T.m`, or a field, method or interface
    /// method of the value `x`.
    pub fn selector(&mut self, e: &'a Expr, x: &'a Expr, sel: &'a ast::Ident) -> Operand<'a> {
        if let Some(op) = self.qualified_ident(e, x, sel) {
            return op;
        }
        let xv = self.expr_or_type(x);
        if xv.is_invalid() {
            return Operand::invalid(Some(e));
        }
        if xv.mode == OpMode::TypeExpr {
            return self.method_expr(e, x, sel, xv.typ);
        }
        let xv = self.single_value(xv);
        if xv.is_invalid() {
            return Operand::invalid(Some(e));
        }
        if xv.is_nil() {
            self.error(
                e.span,
                format!(
                    "{}.{} undefined (type untyped nil has no field or method {})",
                    self.expr_str(x),
                    sel.name,
                    sel.name
                ),
            );
            return Operand::invalid(Some(e));
        }
        self.value_selector(e, x, sel, &xv)
    }

    /// `pkg.Name`, when `x` names an imported package (`None` otherwise).
    fn qualified_ident(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        sel: &'a ast::Ident,
    ) -> Option<Operand<'a>> {
        let ExprKind::Ident(pid) = &x.kind else {
            return None;
        };
        let pobj = self.lookup(&pid.name)?;
        let ObjKind::PkgName(path) = self.obj(pobj).kind.clone() else {
            return None;
        };
        self.info.uses.insert(pid.id, pobj);
        self.used_imports.insert(pobj);
        self.set_expr(
            x.id,
            TypeAndValue {
                mode: Mode::Package,
                typ: INVALID,
                value: None,
            },
        );
        let member = self
            .packages
            .get(&path)
            .and_then(|m| m.get(&sel.name))
            .copied();
        let generic_ok = std::mem::take(&mut self.gen.callee);
        let Some(m) = member.filter(|_| typexpr::is_exported(&sel.name)) else {
            if let Some(p) = self.own_package(&path) {
                // types2's texts for a package of the program (which it reads whole, not
                // from export data)
                let msg = if member.is_some() {
                    let name = &self.file.packages[p].1;
                    format!("{} not exported by package {name}", sel.name)
                } else {
                    format!("undefined: {}.{}", pid.name, sel.name)
                };
                self.error(sel.span, msg);
            } else if !self.packages.contains_key(&path) {
                // The import itself was reported (unknown package).
            } else if !typexpr::is_exported(&sel.name) {
                self.error(
                    e.span,
                    format!("name {} not exported by package {}", sel.name, pid.name),
                );
            } else {
                self.error(e.span, format!("undefined: {}.{}", pid.name, sel.name));
            }
            return Some(Operand::invalid(Some(e)));
        };
        self.info.uses.insert(sel.id, m);
        self.info.selections.insert(e.id, Selection::PkgMember(m));
        self.resolve_obj(m);
        let name = format!("{}.{}", pid.name, sel.name);
        if !generic_ok && self.gen.types.contains_key(&m) {
            self.generic_type_unusable(e.span, m, &name);
            return Some(Operand::invalid(Some(e)));
        }
        if !generic_ok && self.gen.funcs.contains_key(&m) {
            self.error(
                e.span,
                format!("cannot use generic function {name} without instantiation"),
            );
            return Some(Operand::invalid(Some(e)));
        }
        let o = self.obj(m).clone();
        let mode = match &o.kind {
            ObjKind::Const(v) => return Some(Operand::constant(e, o.typ, v.clone())),
            ObjKind::TypeName => OpMode::TypeExpr,
            // a variable of one of the program's packages
            ObjKind::Var { .. } => {
                self.note_use(m);
                OpMode::Variable
            }
            _ if self.pkg_vars.contains(&m) => OpMode::Variable,
            _ => OpMode::Value,
        };
        Some(Operand {
            mode,
            ..Operand::value(e, o.typ)
        })
    }

    /// The method expression `T.m` / `(*T).m` (`t` is `x`'s type): a function taking the
    /// receiver first.
    fn method_expr(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        sel: &'a ast::Ident,
        t: TypeId,
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        match self.lookup_field_or_method(t, &sel.name) {
            Found::Method {
                path,
                indirect,
                obj,
                ptr,
            } => {
                let o = self.obj(obj).clone();
                let ptr_recv = o.recv.is_some_and(|r| r.1);
                // a pointer anywhere on the embedding path makes the receiver addressable
                if ptr_recv && !ptr && !indirect.iter().any(|&i| i) {
                    self.error(
                        sel.span,
                        format!(
                            "cannot call pointer method {} on {}",
                            sel.name,
                            self.type_str(t)
                        ),
                    );
                    return inv;
                }
                let Some(ft) = self.with_receiver(t, o.typ) else {
                    return inv;
                };
                self.info.uses.insert(sel.id, obj);
                self.info.selections.insert(
                    e.id,
                    Selection::MethodExpr {
                        path,
                        method: obj,
                        ptr,
                    },
                );
                Operand::value(e, ft)
            }
            Found::InterfaceMethod {
                path,
                indirect,
                sig,
                index,
            } => {
                let Some(ft) = self.with_receiver(t, sig) else {
                    return inv;
                };
                self.info.selections.insert(
                    e.id,
                    Selection::InterfaceMethod {
                        path,
                        indirect,
                        index,
                    },
                );
                Operand::value(e, ft)
            }
            _ => {
                self.error(
                    sel.span,
                    format!(
                        "{}.{} undefined (type {} has no field or method {})",
                        self.expr_str(x),
                        sel.name,
                        self.type_str(t),
                        sel.name
                    ),
                );
                inv
            }
        }
    }

    /// The function type `sig` with a first parameter of type `recv` (a method expression's).
    fn with_receiver(&mut self, recv: TypeId, sig: TypeId) -> Option<TypeId> {
        let s = self.tt.signature(sig).cloned()?;
        let mut params = vec![recv];
        params.extend(s.params.iter().copied());
        Some(self.tt.intern(Type::Func(Signature {
            params,
            results: s.results,
            variadic: s.variadic,
        })))
    }

    /// `x.sel` for the value `xv` of `x`: a field, a method value or an interface method.
    fn value_selector(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        sel: &'a ast::Ident,
        xv: &Operand<'a>,
    ) -> Operand<'a> {
        if self.unexported_elsewhere(xv.typ, &sel.name) {
            self.no_field_or_method(x, sel, xv.typ);
            return Operand::invalid(Some(e));
        }
        match self.lookup_field_or_method(xv.typ, &sel.name) {
            Found::Field {
                path,
                indirect,
                typ,
            } => {
                let mode = if xv.mode == OpMode::Variable || indirect.iter().any(|&b| b) {
                    OpMode::Variable
                } else {
                    OpMode::Value
                };
                self.info
                    .selections
                    .insert(e.id, Selection::Field { path, indirect });
                Operand {
                    mode,
                    ..Operand::value(e, typ)
                }
            }
            found @ Found::Method { .. } => self.method_value(e, x, sel, xv, found),
            Found::InterfaceMethod {
                path,
                indirect,
                index,
                sig,
            } => {
                self.info.selections.insert(
                    e.id,
                    Selection::InterfaceMethod {
                        path,
                        indirect,
                        index,
                    },
                );
                Operand::value(e, sig)
            }
            Found::Ambiguous => {
                self.error(sel.span, format!("ambiguous selector {}", self.expr_str(e)));
                Operand::invalid(Some(e))
            }
            Found::Nothing => {
                self.no_field_or_method(x, sel, xv.typ);
                Operand::invalid(Some(e))
            }
        }
    }

    /// The method value `x.m`, `found` by the lookup (through embedded fields `path`, of
    /// which `indirect` tells the pointers; `ptr`: the receiver is reached through a pointer).
    fn method_value(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        sel: &'a ast::Ident,
        xv: &Operand<'a>,
        found: Found,
    ) -> Operand<'a> {
        let Found::Method {
            path,
            indirect,
            obj,
            ptr,
        } = found
        else {
            return Operand::invalid(Some(e));
        };
        let o = self.obj(obj).clone();
        let ptr_recv = o.recv.is_some_and(|r| r.1);
        let addressable = xv.mode == OpMode::Variable || indirect.iter().any(|&b| b);
        let addr = ptr_recv && !ptr;
        if addr && !addressable {
            self.error(
                sel.span,
                format!(
                    "cannot call pointer method {} on {}",
                    sel.name,
                    self.type_str(xv.typ)
                ),
            );
            return Operand::invalid(Some(e));
        }
        if addr {
            self.mark_addressed_expr(x);
        }
        let deref = !ptr_recv && ptr;
        self.info.uses.insert(sel.id, obj);
        self.info.selections.insert(
            e.id,
            Selection::Method {
                path,
                indirect,
                method: obj,
                addr,
                deref,
            },
        );
        Operand::value(e, o.typ)
    }

    /// Reports `x.sel undefined` on type `t`, suggesting the name with its first letter's
    /// case flipped when that one exists.
    /// Whether `name` is an unexported name selected on a defined type (or a pointer to one)
    /// of another package, which Go's lookup never finds there: gc says `x.f undefined (type
    /// T has no field or method f)`.
    fn unexported_elsewhere(&self, t: TypeId, name: &str) -> bool {
        if name.starts_with(|c: char| c.is_uppercase()) || name == "_" {
            return false;
        }
        let base = match self.tt.get(t) {
            Type::Pointer(b) => *b,
            _ => t,
        };
        match self.tt.get(base) {
            Type::Named(n) => {
                let pkg = &self.tt.named[n.0 as usize].pkg;
                !pkg.is_empty() && pkg != self.package_path()
            }
            _ => false,
        }
    }

    fn no_field_or_method(&mut self, x: &'a Expr, sel: &'a ast::Ident, t: TypeId) {
        let mut what = match self.tt.get(t) {
            Type::Pointer(b) if self.tt.is_interface(*b) => format!(
                "type {} is pointer to interface, not interface",
                self.type_str(t)
            ),
            _ => format!(
                "type {} has no field or method {}",
                self.type_str(t),
                sel.name
            ),
        };
        let mut c = sel.name.chars();
        let first = c.next().unwrap_or('x');
        let alt: String = if first.is_uppercase() {
            first.to_lowercase().chain(c).collect()
        } else {
            first.to_uppercase().chain(c).collect()
        };
        if !matches!(
            self.lookup_field_or_method(t, &alt),
            Found::Nothing | Found::Ambiguous
        ) {
            what = format!("{what}, but does have {alt}");
        }
        self.error(
            sel.span,
            format!("{}.{} undefined ({})", self.expr_str(x), sel.name, what),
        );
    }
}
