//! Composite literals (struct, array, slice, map; elided inner types; `&T{}`) and function
//! literals (closures capturing boxes).
//!
//! Invariants: a literal is built in a statement temporary and only then moved to a
//! variable's register (its elements may read that variable); the closure's captured box
//! pointers are passed in the order of `Escapes::free`, which is the order the literal's
//! prologue loads them with `LoadCapture`.

use super::Compiler;
use crate::bytecode::Instr;
use lang::ast::{Block, Expr, ExprKind, FuncType};
use lang::types::{Type, TypeId};

impl Compiler<'_> {
    pub(crate) fn composite_lit(&mut self, e: &Expr, dst: u16) {
        if !self.fs.is_scratch(dst) {
            let t = self.temp();
            self.composite_lit(e, t);
            self.emit(Instr::Move { a: dst, b: t });
            return;
        }
        let ExprKind::CompositeLit { elts, .. } = &e.kind else {
            return;
        };
        let mut t = self.ty(e);
        if let Type::Pointer(inner) = self.tt.get(t) {
            t = *inner;
        }
        match self.under(t).clone() {
            Type::Struct(fields) => {
                self.emit(Instr::Zero { a: dst, t: t.0 });
                let v = self.temp();
                for (i, el) in elts.iter().enumerate() {
                    let idx = match &el.key {
                        Some(k) => match &k.kind {
                            ExprKind::Ident(id) => {
                                fields.iter().position(|f| f.name == id.name).unwrap_or(0)
                            }
                            _ => i,
                        },
                        None => i,
                    };
                    let ft = fields.get(idx).map_or(TypeId(0), |f| f.typ);
                    self.value_into(&el.value, v, ft);
                    self.emit(Instr::FieldStore {
                        a: v,
                        b: dst,
                        field: self.fs.operand(idx),
                    });
                }
            }
            Type::Array(_, et) => {
                self.emit(Instr::Zero { a: dst, t: t.0 });
                self.indexed_elements(elts, et, dst, false);
            }
            Type::Slice(et) => {
                let mut n = 0i64;
                let mut next = 0i64;
                for el in elts {
                    if let Some(k) = &el.key {
                        next = self.const_int(k).unwrap_or(next);
                    }
                    next += 1;
                    n = n.max(next);
                }
                let nr = self.temp();
                self.load_word(nr, n as u64);
                self.emit(Instr::MakeSlice {
                    a: dst,
                    t: t.0,
                    b: nr,
                    c: nr,
                });
                self.indexed_elements(elts, et, dst, true);
            }
            Type::Map(kt, vt) => {
                let h = self.temp();
                self.load_word(h, elts.len() as u64);
                self.emit(Instr::MakeMap {
                    a: dst,
                    t: t.0,
                    b: h,
                });
                let k = self.temp();
                let v = self.temp();
                for el in elts {
                    if let Some(key) = &el.key {
                        self.value_into(key, k, kt);
                    }
                    self.value_into(&el.value, v, vt);
                    self.emit(Instr::MapStore {
                        a: v,
                        b: dst,
                        c: k,
                        t: t.0,
                    });
                }
            }
            _ => self.unsupported(e.span, "this composite literal"),
        }
    }

    fn indexed_elements(
        &mut self,
        elts: &[lang::ast::KeyedElement],
        et: TypeId,
        dst: u16,
        slice: bool,
    ) {
        let byte = self.is_byte(et);
        let idx = self.temp();
        let v = self.temp();
        let mut next = 0i64;
        for el in elts {
            if let Some(k) = &el.key {
                next = self.const_int(k).unwrap_or(next);
            }
            // Zero constants need no store: the object starts zeroed.
            let zero = self
                .tv(&el.value)
                .and_then(|tv| tv.value.as_ref())
                .is_some_and(|v| match v {
                    lang::types::ConstValue::Int(i) => i64::try_from(i) == Ok(0),
                    lang::types::ConstValue::Bool(b) => !b,
                    _ => false,
                })
                && !self.is_iface(et);
            if !zero {
                self.load_word(idx, next as u64);
                self.value_into(&el.value, v, et);
                let i = match (slice, byte) {
                    (true, true) => Instr::SliceStoreB {
                        a: v,
                        b: dst,
                        c: idx,
                    },
                    (true, false) => Instr::SliceStore {
                        a: v,
                        b: dst,
                        c: idx,
                    },
                    (false, true) => Instr::ArrayStoreB {
                        a: v,
                        b: dst,
                        c: idx,
                    },
                    (false, false) => Instr::ArrayStore {
                        a: v,
                        b: dst,
                        c: idx,
                    },
                };
                self.emit(i);
            }
            next += 1;
        }
    }

    pub(crate) fn func_lit(&mut self, e: &Expr, typ: &FuncType, body: &Block, dst: u16) {
        let free = self.esc.free.get(&e.id).cloned().unwrap_or_default();
        self.fs.lit_count += 1;
        let name = closure_name(&self.fs.name, self.fs.is_toplevel, self.fs.lit_count);
        let sig = self.ty(e);
        let proto = self.compile_function(name, None, typ, body, sig, &free, false);
        let f = self.funcs.len() as u32;
        self.funcs.push(proto);
        let n = self.fs.count(free.len());
        let b = self.alloc(free.len().max(1));
        for (i, o) in free.iter().enumerate() {
            match self.fs.vars.get(o).copied() {
                // The box, or the value of a variable that never changes (`escape`).
                Some(super::Loc::Boxed(r) | super::Loc::Reg(r)) => {
                    self.emit(Instr::Move {
                        a: self.fs.reg(b, i),
                        b: r,
                    });
                }
                _ => {
                    let name = self.obj(*o).name.clone();
                    self.error(
                        e.span,
                        format!("internal compiler error: captured variable {name} is not local"),
                    );
                }
            }
        }
        self.emit(Instr::MakeClosure { a: dst, f, b, n });
    }
}

/// gc's name of the `n`-th closure of function `outer`: `main.f.func2` in a top-level
/// function, `main.f.func2.1` inside a closure.
pub(crate) fn closure_name(outer: &str, toplevel: bool, n: u32) -> String {
    if toplevel {
        format!("{outer}.func{n}")
    } else {
        format!("{outer}.{n}")
    }
}
