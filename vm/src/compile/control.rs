//! Multi-way control statements: expression `switch` (tag compared per type, tagless boolean
//! cases, `fallthrough`), type `switch` (`IfaceType` + `IsType` / `Implements`, the
//! per-clause implicit variable), and `select` (case descriptors, `Select`, dispatch on the
//! chosen index).
//!
//! Invariant: all case tests are emitted first, then the clause bodies in source order, so
//! `fallthrough` jumps to the next body and `default` may appear anywhere.

use super::Compiler;
use crate::bytecode::Instr;
use lang::ast::{AssignOp, BinaryOp, CaseClause, CommClause, Expr, ExprKind, Stmt, StmtKind};
use lang::types::{BasicKind, Mode, ObjKind, TypeId};

impl Compiler<'_> {
    /// Emits the clause bodies; `tests[i]` are the jumps into clause i.
    fn clause_bodies(
        &mut self,
        body: &[CaseClause],
        mut tests: Vec<Vec<usize>>,
        default_jump: usize,
        bind: &mut dyn FnMut(&mut Self, usize),
    ) {
        let default = body.iter().position(|c| c.is_default);
        let mut ends = Vec::new();
        for (i, c) in body.iter().enumerate() {
            let ft = std::mem::take(&mut self.fs.targets.last_mut().unwrap().fallthroughs);
            self.fs.patch_all_here(ft);
            self.fs.patch_all_here(std::mem::take(&mut tests[i]));
            if Some(i) == default {
                self.fs.patch_here(default_jump);
            }
            let mark = self.fs.top;
            self.fs.locals_top = mark;
            bind(self, i);
            self.stmts(&c.body);
            self.fs.top = mark;
            self.fs.locals_top = mark;
            let falls = c.body.last().is_some_and(|s| {
                matches!(
                    s.kind,
                    StmtKind::Branch(lang::ast::BranchKind::Fallthrough, _)
                )
            });
            if !falls {
                ends.push(self.fs.jump());
            }
        }
        let ft = std::mem::take(&mut self.fs.targets.last_mut().unwrap().fallthroughs);
        self.fs.patch_all_here(ft);
        if default.is_none() {
            self.fs.patch_here(default_jump);
        }
        self.fs.patch_all_here(ends);
        let t = self.fs.targets.pop().unwrap();
        self.fs.patch_all_here(t.breaks);
    }

    pub(crate) fn switch_stmt(
        &mut self,
        init: Option<&Stmt>,
        tag: Option<&Expr>,
        body: &[CaseClause],
        label: Option<String>,
    ) {
        let mark = self.fs.top;
        if let Some(i) = init {
            self.stmt(i);
        }
        self.pin();
        let tag_reg = tag.map(|t| {
            let r = self.temp();
            let tt = self.concrete(self.ty(t));
            self.value_into(t, r, tt);
            (r, tt)
        });
        self.pin();
        let mut tests = Vec::new();
        for c in body {
            let mut jumps = Vec::new();
            for e in &c.list {
                match tag_reg {
                    Some((tr, tt)) => {
                        let et = self.ty(e);
                        let r = self.temp();
                        let cmp_t = if self.is_iface(tt) || !self.is_iface(et) {
                            tt
                        } else {
                            et
                        };
                        let a = if cmp_t == tt {
                            self.value_into(e, r, tt);
                            tr
                        } else {
                            let a = self.temp();
                            self.emit(Instr::Move { a, b: tr });
                            self.coerce(a, tt, cmp_t, true);
                            self.expr_into(e, r);
                            a
                        };
                        let res = self.temp();
                        self.compare_regs(BinaryOp::Eq, a, r, cmp_t, res);
                        jumps.push(self.emit(Instr::JumpIf { a: res, off: 0 }));
                    }
                    None => jumps.extend(self.branch_true(e)),
                }
                self.free_temps();
            }
            tests.push(jumps);
        }
        let dj = self.fs.jump();
        self.push_target(label, false);
        self.clause_bodies(body, tests, dj, &mut |_, _| {});
        self.fs.top = mark;
        self.fs.locals_top = mark;
    }

    pub(crate) fn type_switch(
        &mut self,
        init: Option<&Stmt>,
        x: &Expr,
        body: &[CaseClause],
        label: Option<String>,
    ) {
        let mark = self.fs.top;
        if let Some(i) = init {
            self.stmt(i);
        }
        self.pin();
        let x = match &x.kind {
            ExprKind::TypeAssert(inner, None) => &**inner,
            _ => x,
        };
        let xr = self.temp();
        self.expr_into(x, xr);
        let tr = self.temp();
        self.emit(Instr::IfaceType { a: tr, b: xr });
        self.pin();
        let mut tests = Vec::new();
        for c in body {
            let mut jumps = Vec::new();
            for e in &c.list {
                let res = self.temp();
                if self.is_nil_case(e) {
                    let k = self.temp();
                    self.emit(Instr::LoadInt { a: k, v: -1 });
                    self.emit(Instr::EqInt {
                        a: res,
                        b: tr,
                        c: k,
                    });
                } else {
                    let t = self.ty(e);
                    if self.is_iface(t) {
                        self.emit(Instr::Implements {
                            a: res,
                            b: tr,
                            t: t.0,
                        });
                    } else {
                        // The type is an operand (never an integer immediate): the REPL's
                        // linker renumbers types.
                        self.emit(Instr::IsType {
                            a: res,
                            b: tr,
                            t: t.0,
                        });
                    }
                }
                jumps.push(self.emit(Instr::JumpIf { a: res, off: 0 }));
                self.free_temps();
            }
            tests.push(jumps);
        }
        let dj = self.fs.jump();
        self.push_target(label, false);
        let mut bind = |c: &mut Self, i: usize| {
            let clause = &body[i];
            let Some(&o) = c.info.implicits.get(&clause.span) else {
                return;
            };
            let r = c.alloc(1);
            c.pin();
            let single = clause.list.len() == 1 && !c.is_nil_case(&clause.list[0]);
            let t = if single {
                c.ty(&clause.list[0])
            } else {
                c.obj(o).typ
            };
            if single && !c.is_iface(t) {
                c.emit(Instr::IfaceData { a: r, b: xr });
            } else {
                c.emit(Instr::Move { a: r, b: xr });
            }
            c.bind_local(o, r);
        };
        self.clause_bodies(body, tests, dj, &mut bind);
        self.fs.top = mark;
        self.fs.locals_top = mark;
    }

    fn is_nil_case(&self, e: &Expr) -> bool {
        if let ExprKind::Ident(id) = &e.kind {
            if let Some(o) = self.ident_obj(id) {
                return matches!(self.obj(o).kind, ObjKind::Nil);
            }
        }
        self.tv(e).is_some_and(|tv| {
            tv.mode != Mode::TypeExpr && self.basic(tv.typ) == Some(BasicKind::UntypedNil)
        })
    }

    pub(crate) fn select_stmt(&mut self, clauses: &[CommClause], label: Option<String>) {
        let mark = self.fs.top;
        let cases: Vec<&CommClause> = clauses.iter().filter(|c| c.comm.is_some()).collect();
        let has_default = clauses.iter().any(|c| c.comm.is_none());
        let b = self.alloc((3 * cases.len()).max(1));
        self.pin();
        for (i, c) in cases.iter().enumerate() {
            let d = self.fs.reg(b, 3 * i);
            let s = c.comm.as_deref().unwrap();
            match &s.kind {
                StmtKind::Send(ch, v) => {
                    self.emit(Instr::LoadInt { a: d, v: 1 });
                    self.expr_into(ch, d + 1);
                    let et = self.elem_type(self.ty(ch));
                    self.value_into(v, d + 2, et);
                }
                _ => match recv_operand(s) {
                    Some(ch) => {
                        self.emit(Instr::LoadInt { a: d, v: 0 });
                        self.expr_into(ch, d + 1);
                        self.emit(Instr::LoadInt { a: d + 2, v: 0 });
                    }
                    None => self.unsupported(s.span, "this select case"),
                },
            }
            self.free_temps();
        }
        let a = self.alloc(3);
        self.pin();
        if let [c] = cases.as_slice() {
            // gc compiles a one-case select to a plain (or non-blocking) channel operation,
            // so its panics point at the case
            self.set_line(c.comm.as_deref().unwrap().span);
        }
        self.emit(Instr::Select {
            a,
            b,
            n: self.fs.count(cases.len()),
            default: has_default,
        });
        let mut tests: Vec<Vec<usize>> = Vec::new();
        let k = self.alloc(2);
        let mut ci = 0;
        for c in clauses {
            if c.comm.is_some() {
                self.emit(Instr::LoadInt { a: k, v: ci });
                self.emit(Instr::EqInt {
                    a: k + 1,
                    b: a,
                    c: k,
                });
                tests.push(vec![self.emit(Instr::JumpIf { a: k + 1, off: 0 })]);
                ci += 1;
            } else {
                tests.push(vec![]);
            }
        }
        self.free_temps();
        let dj = self.fs.jump();
        self.push_target(label, false);
        // Reuse the switch machinery: build pseudo-clauses.
        let pseudo: Vec<CaseClause> = clauses
            .iter()
            .map(|c| CaseClause {
                list: vec![],
                is_default: c.comm.is_none(),
                body: c.body.clone(),
                span: c.span,
            })
            .collect();
        let mut bind = |c: &mut Self, i: usize| {
            let Some(s) = clauses[i].comm.as_deref() else {
                return;
            };
            if let (StmtKind::Assign { lhs, op, .. }, Some(ch)) = (&s.kind, recv_operand(s)) {
                let elem = c.elem_type(c.ty(ch));
                c.bind_received(lhs, *op == AssignOp::Define, a + 1, elem);
            }
        };
        self.clause_bodies(&pseudo, tests, dj, &mut bind);
        self.fs.top = mark;
        self.fs.locals_top = mark;
    }

    /// `v [, ok] := / = <-ch` in a select case: the value (of `ch`'s element type) is in
    /// R[v], ok in R[v+1]. As gc does, each target is evaluated, then assigned, in turn (in
    /// `case i, s[i] = <-c` the index is the new `i`).
    fn bind_received(&mut self, lhs: &[Expr], define: bool, v: u16, elem: TypeId) {
        let types = [elem, TypeId(BasicKind::Bool as u32)];
        for (i, e) in lhs.iter().enumerate() {
            let src = self.fs.reg(v, i);
            let new_var = match &e.kind {
                ExprKind::Ident(id) if define && id.name != "_" => self.info.defs.get(&id.id),
                _ => None,
            };
            if let Some(&o) = new_var {
                let r = self.alloc(1);
                self.pin();
                self.emit(Instr::Move { a: r, b: src });
                self.bind_local(o, r);
                continue;
            }
            let lv = self.lvalue(e);
            self.coerce_to_target(src, types[i], &lv, i > 0);
            self.store_lvalue(&lv, src);
            self.free_temps();
        }
    }
}

fn recv_operand(s: &Stmt) -> Option<&Expr> {
    match &s.kind {
        StmtKind::Expr(e) => e.recv_operand(),
        StmtKind::Assign { rhs, .. } if rhs.len() == 1 => rhs[0].recv_operand(),
        _ => None,
    }
}
