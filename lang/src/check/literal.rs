//! Composite literals (types2's `exprInternal` CompositeLit case): struct literals (keyed and
//! positional), arrays (with `[...]`), slices with index keys, maps, and elided element types
//! including `&T` elision in `[]*T{{...}}`.
//!
//! Invariant: an elided literal type comes from the `hint` its context passes down; the
//! literal's recorded type is the hint itself (`*T` for an elided `&T{}`).

use super::*;
use crate::ast::{ExprKind, KeyedElement};
use num_traits::ToPrimitive;

impl<'a> Checker<'a> {
    // ---- composite literals ----

    pub(super) fn composite_lit(
        &mut self,
        e: &'a Expr,
        typ: Option<&'a Expr>,
        elts: &'a [KeyedElement],
        lbrace: Span,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let (t, base) = match typ {
            Some(te) => {
                // [...]T
                if let ExprKind::ArrayType { len: Some(l), elem } = &te.kind {
                    if matches!(l.kind, ExprKind::Ellipsis(None)) {
                        let et = self.typ(elem);
                        if et == INVALID {
                            for el in elts {
                                self.use_elt(el);
                            }
                            return inv;
                        }
                        let n = self.indexed_elts(elts, et, None);
                        let at = self.tt.intern(Type::Array(n, et));
                        self.set_expr(
                            te.id,
                            TypeAndValue {
                                mode: Mode::TypeExpr,
                                typ: at,
                                value: None,
                            },
                        );
                        return Operand {
                            mode: OpMode::Value,
                            typ: at,
                            val: None,
                            expr: Some(e),
                            exact: None,
                        };
                    }
                }
                let t = self.typ(te);
                (t, t)
            }
            None => match hint {
                Some(h) => {
                    // &T elision: hint *T means the literal is T, value &T{}
                    let mut base = h;
                    if let Type::Pointer(b) = self.tt.under(h).clone() {
                        if self.tt.get(h) == &Type::Pointer(b) {
                            base = b;
                        }
                    }
                    (h, base)
                }
                None => {
                    self.error(e.span, "invalid composite literal type: missing type");
                    for el in elts {
                        self.use_elt(el);
                    }
                    return inv;
                }
            },
        };
        if t == INVALID {
            for el in elts {
                self.use_elt(el);
            }
            return inv;
        }
        let u = self.tt.under(base).clone();
        match u {
            Type::Struct(fields) => {
                if elts.is_empty() {
                } else if elts[0].key.is_some() {
                    let mut seen = HashSet::new();
                    for el in elts {
                        let Some(k) = &el.key else {
                            self.error(
                                el.value.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.use_elt(el);
                            continue;
                        };
                        let ExprKind::Ident(kid) = &k.kind else {
                            self.error(
                                k.span,
                                format!(
                                    "invalid field name {} in struct literal",
                                    self.expr_str(k)
                                ),
                            );
                            self.expr(&el.value);
                            continue;
                        };
                        let Some(i) = fields.iter().position(|f| f.name == kid.name) else {
                            self.error(
                                k.span,
                                format!(
                                    "unknown field {} in struct literal of type {}",
                                    kid.name,
                                    self.type_str(base)
                                ),
                            );
                            self.expr(&el.value);
                            continue;
                        };
                        if !seen.insert(i) {
                            self.error(
                                k.span,
                                format!("duplicate field name {} in struct literal", kid.name),
                            );
                        }
                        let ft = fields[i].typ;
                        self.set_expr(
                            k.id,
                            TypeAndValue {
                                mode: Mode::Variable,
                                typ: ft,
                                value: None,
                            },
                        );
                        let mut x = self.expr_with_hint(&el.value, Some(ft));
                        self.assignment(&mut x, Some(ft), "struct literal");
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        if el.key.is_some() {
                            self.error(
                                el.value.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.use_elt(el);
                            continue;
                        }
                        let Some(f) = fields.get(i) else {
                            self.error(
                                el.value.span,
                                format!("too many values in {}{{…}}", self.type_str(base)),
                            );
                            break;
                        };
                        let mut x = self.expr_with_hint(&el.value, Some(f.typ));
                        self.assignment(&mut x, Some(f.typ), "struct literal");
                    }
                    if elts.len() < fields.len() {
                        let end = e.span.end.saturating_sub(1);
                        self.error(
                            Span {
                                start: end,
                                end: end + 1,
                            },
                            format!("too few values in {}{{…}}", self.type_str(base)),
                        );
                    }
                }
            }
            Type::Array(n, et) => {
                self.indexed_elts(elts, et, Some(n));
            }
            Type::Slice(et) => {
                self.indexed_elts(elts, et, None);
            }
            Type::Map(kt, vt) => {
                let mut seen: Vec<ConstValue> = Vec::new();
                for el in elts {
                    let Some(k) = &el.key else {
                        self.error(el.value.span, "missing key in map literal");
                        self.expr(&el.value);
                        continue;
                    };
                    let mut kx = self.expr_with_hint(k, Some(kt));
                    self.assignment(&mut kx, Some(kt), "map literal");
                    if kx.mode == OpMode::Constant {
                        if let Some(v) = &kx.val {
                            if seen
                                .iter()
                                .any(|s| constant::compare(ast::BinaryOp::Eq, s, v) == Some(true))
                                && !self.tt.is_interface(kt)
                            {
                                self.error(
                                    k.span,
                                    format!(
                                        "duplicate key {} in map literal",
                                        format::const_string(v)
                                    ),
                                );
                            }
                            seen.push(v.clone());
                        }
                    }
                    let mut vx = self.expr_with_hint(&el.value, Some(vt));
                    self.assignment(&mut vx, Some(vt), "map literal");
                }
            }
            _ => {
                self.error(
                    e.span,
                    format!("invalid composite literal type {}", self.type_str(t)),
                );
                for el in elts {
                    self.use_elt(el);
                }
                return inv;
            }
        }
        let _ = lbrace;
        Operand {
            mode: OpMode::Value,
            typ: t,
            val: None,
            expr: Some(e),
            exact: None,
        }
    }

    fn use_elt(&mut self, el: &'a KeyedElement) {
        if let Some(k) = &el.key {
            if !matches!(k.kind, ExprKind::Ident(_)) {
                self.raw_expr(k, None);
            }
        }
        self.raw_expr(&el.value, None);
    }

    /// Array/slice literal elements; returns the length (max index + 1).
    fn indexed_elts(&mut self, elts: &'a [KeyedElement], et: TypeId, len: Option<u64>) -> u64 {
        let mut index: u64 = 0;
        let mut max: u64 = 0;
        let mut seen = HashSet::new();
        for el in elts {
            if let Some(k) = &el.key {
                let kx = self.expr(k);
                if !kx.is_invalid() {
                    match (
                        kx.mode,
                        kx.val
                            .as_ref()
                            .and_then(constant::to_int)
                            .and_then(|i| i.to_u64()),
                    ) {
                        (OpMode::Constant, Some(i))
                            if self.tt.is_integer(kx.typ) || self.tt.is_untyped(kx.typ) =>
                        {
                            if self.tt.is_untyped(kx.typ) {
                                self.update_expr_type(k.id, TypeTable::basic(BasicKind::Int));
                            }
                            index = i;
                        }
                        _ => {
                            self.error(
                                k.span,
                                format!("index {} must be integer constant", self.expr_str(k)),
                            );
                        }
                    }
                }
            }
            if let Some(n) = len {
                if index >= n {
                    self.error(
                        el.value.span,
                        format!("index {index} out of bounds [0:{n}]"),
                    );
                }
            }
            if !seen.insert(index) {
                self.error(
                    el.key.as_ref().map(|k| k.span).unwrap_or(el.value.span),
                    format!("duplicate index {index} in array or slice literal"),
                );
            }
            let mut x = self.expr_with_hint(&el.value, Some(et));
            self.assignment(&mut x, Some(et), "array or slice literal");
            index += 1;
            max = max.max(index);
        }
        max
    }
}
