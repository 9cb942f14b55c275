//! Statements: blocks and scoping of registers, expression/send/go/defer statements, `if`,
//! `for` (with Go 1.22 per-iteration boxes for captured loop variables), `range` over ints,
//! slices, arrays, pointers to arrays, strings, maps and channels, `return`, labels,
//! `break`/`continue`/`goto`/`fallthrough`.
//!
//! Invariants:
//! - `stmt` starts with `locals_top = top` and ends with `top = locals_top`: temporaries die at
//!   the end of each statement; a declaring statement raises `locals_top` over its variables.
//! - A block restores `top` on exit, freeing its variables' registers.
//! - Loop state (counters, lengths, the ranged-over value) lives in registers pinned below
//!   `locals_top` for the whole loop.

use super::assign::is_blank;
use super::func::Target;
use super::Compiler;
use crate::bytecode::Instr;
use lang::ast::{AssignOp, Block, BranchKind, Expr, ExprKind, GenDecl, Stmt, StmtKind};
use lang::types::{ObjId, Type, TypeId};

impl Compiler<'_> {
    pub(crate) fn block(&mut self, b: &Block) {
        self.stmts(&b.stmts);
    }

    pub(crate) fn stmts(&mut self, ss: &[Stmt]) {
        let mark = self.fs.top;
        for s in ss {
            self.stmt(s);
        }
        self.fs.top = mark;
        self.fs.locals_top = mark;
    }

    /// Frees the statement temporaries allocated so far.
    pub(crate) fn free_temps(&mut self) {
        self.fs.top = self.fs.locals_top;
    }

    /// Keeps everything allocated so far alive until the enclosing construct ends.
    pub(crate) fn pin(&mut self) {
        self.fs.locals_top = self.fs.top;
    }

    pub(crate) fn stmt(&mut self, s: &Stmt) {
        self.set_line(s.span);
        self.fs.locals_top = self.fs.top;
        let label = match &s.kind {
            StmtKind::Labeled(..) => None,
            _ => self.fs.pending_label.take(),
        };
        match &s.kind {
            StmtKind::Decl(GenDecl::Var(specs, _)) => {
                for spec in specs {
                    self.var_spec(spec, false);
                }
            }
            StmtKind::Decl(_) | StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Labeled(l, inner) => {
                let pc = self.pc();
                self.fs.labels.insert(l.name.clone(), pc);
                self.fs.pending_label = Some(l.name.clone());
                self.stmt(inner);
                self.fs.pending_label = None;
            }
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send(ch, v) => {
                let c = self.expr_reg(ch);
                let et = self.elem_type(self.ty(ch));
                let r = self.temp();
                self.value_into(v, r, et);
                self.emit(Instr::Send { a: r, b: c });
            }
            StmtKind::IncDec(x, inc) => self.inc_dec(x, *inc),
            StmtKind::Assign { lhs, op, rhs } => self.assign_stmt(lhs, *op, rhs, s.span),
            StmtKind::Go(e) => self.go_defer(e, true),
            StmtKind::Defer(e) => self.go_defer(e, false),
            StmtKind::Return(es) => self.return_stmt(es),
            StmtKind::Branch(kind, l) => self.branch(*kind, l.as_ref().map(|l| l.name.clone()), s),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                let mark = self.fs.top;
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.pin();
                let f = self.branch_false(cond);
                self.free_temps();
                self.block(then);
                match els {
                    Some(e) => {
                        let j = self.fs.jump();
                        self.fs.patch_all_here(f);
                        self.stmt(e);
                        self.fs.patch_here(j);
                    }
                    None => self.fs.patch_all_here(f),
                }
                self.fs.top = mark;
                self.fs.locals_top = mark;
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => self.switch_stmt(init.as_deref(), tag.as_ref(), body, label),
            StmtKind::TypeSwitch { init, x, body, .. } => {
                self.type_switch(init.as_deref(), x, body, label)
            }
            StmtKind::Select(clauses) => self.select_stmt(clauses, label),
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_stmt(init.as_deref(), cond.as_ref(), post.as_deref(), body, label),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range_stmt(key.as_ref(), value.as_ref(), *define, x, body, label),
        }
        self.fs.top = self.fs.locals_top;
    }

    fn expr_stmt(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Call { .. } => {
                self.call_at(e, None);
            }
            ExprKind::Paren(x) => self.expr_stmt(x),
            _ => {
                self.expr_reg(e);
            }
        }
    }

    pub(crate) fn push_target(&mut self, label: Option<String>, is_loop: bool) {
        self.fs.targets.push(Target {
            label,
            is_loop,
            breaks: vec![],
            continues: vec![],
            fallthroughs: vec![],
        });
    }

    fn branch(&mut self, kind: BranchKind, label: Option<String>, s: &Stmt) {
        match kind {
            BranchKind::Goto => {
                let pc = self.fs.jump();
                self.fs.gotos.push((label.unwrap_or_default(), pc, s.span));
            }
            BranchKind::Fallthrough => {
                let pc = self.fs.jump();
                match self.fs.targets.iter_mut().rev().find(|t| !t.is_loop) {
                    Some(t) => t.fallthroughs.push(pc),
                    None => self.error(s.span, "fallthrough statement out of place"),
                }
            }
            BranchKind::Break | BranchKind::Continue => {
                let cont = kind == BranchKind::Continue;
                let pc = self.fs.jump();
                let t = self.fs.targets.iter_mut().rev().find(|t| match &label {
                    Some(l) => t.label.as_deref() == Some(l.as_str()),
                    None => t.is_loop || !cont,
                });
                match t {
                    Some(t) if cont => t.continues.push(pc),
                    Some(t) => t.breaks.push(pc),
                    None => self.error(s.span, "break/continue outside a loop"),
                }
            }
        }
    }

    fn return_stmt(&mut self, es: &[Expr]) {
        let n = self.fs.results.len();
        let rb = self.fs.result_base;
        let results = self.fs.results.clone();
        let boxed = self.fs.boxed_results;
        if es.is_empty() {
            return self.emit_ret();
        }
        let direct = boxed.is_none() && self.fs.result_objs.is_empty();
        let vals: u16 = if es.len() == 1 && n > 1 {
            let base = self.call_at(&es[0], None).unwrap_or(0);
            let ts = match self.tt.get(self.ty(&es[0])) {
                Type::Tuple(ts) => ts.clone(),
                _ => vec![],
            };
            for (i, t) in ts.iter().enumerate() {
                self.coerce(self.fs.reg(base, i), *t, results[i], true);
            }
            base
        } else if direct {
            for (i, e) in es.iter().enumerate() {
                self.value_into(e, self.fs.reg(rb, i), results[i]);
            }
            rb
        } else {
            let base = self.alloc(n);
            for (i, e) in es.iter().enumerate() {
                self.value_into(e, self.fs.reg(base, i), results[i]);
            }
            base
        };
        for i in 0..n {
            match boxed {
                Some(b) => {
                    self.emit(Instr::Store {
                        a: self.fs.reg(vals, i),
                        b: self.fs.reg(b, i),
                    });
                }
                None => self.mov(self.fs.reg(rb, i), self.fs.reg(vals, i)),
            }
        }
        self.emit_ret();
    }

    /// Objects declared by a `:=` statement (the loop variables of a `for` init).
    fn defined_objs(&self, s: &Stmt) -> Vec<ObjId> {
        match &s.kind {
            StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                ..
            } => lhs
                .iter()
                .filter_map(|e| match &e.kind {
                    ExprKind::Ident(id) => self.info.defs.get(&id.id).copied(),
                    _ => None,
                })
                .collect(),
            _ => vec![],
        }
    }

    fn for_stmt(
        &mut self,
        init: Option<&Stmt>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &Block,
        label: Option<String>,
    ) {
        let mark = self.fs.top;
        let mut per_iter = Vec::new();
        if let Some(i) = init {
            self.stmt(i);
            for o in self.defined_objs(i) {
                if self.esc.captured.contains(&o) {
                    if let Some(&super::Loc::Boxed(r)) = self.fs.vars.get(&o) {
                        per_iter.push((r, self.boxed_var(o)));
                    }
                }
            }
        }
        self.pin();
        let start = self.pc();
        let exit = match cond {
            Some(c) => self.branch_false(c),
            None => vec![],
        };
        self.free_temps();
        self.push_target(label, true);
        self.block(body);
        let t = self.fs.targets.pop().unwrap();
        self.fs.patch_all_here(t.continues);
        // Go 1.22: each iteration gets a fresh copy of captured loop variables.
        for (r, var) in per_iter {
            let v = self.temp();
            self.emit(Instr::Load { a: v, b: r });
            self.emit(Instr::Box { a: r, b: v, var });
            self.free_temps();
        }
        if let Some(p) = post {
            self.stmt(p);
        }
        self.fs.jump_to(start);
        self.fs.patch_all_here(exit);
        self.fs.patch_all_here(t.breaks);
        self.fs.top = mark;
        self.fs.locals_top = mark;
    }

    /// A range key/value target: the register receiving the value each iteration.
    fn range_target(&mut self, e: Option<&Expr>, define: bool) -> Option<(u16, Option<ObjId>)> {
        let e = e?;
        if matches!(&e.kind, ExprKind::Ident(id) if id.name == "_") {
            return None;
        }
        let r = self.alloc(1);
        let o = if define {
            match &e.kind {
                ExprKind::Ident(id) => self.info.defs.get(&id.id).copied(),
                _ => None,
            }
        } else {
            None
        };
        Some((r, o))
    }

    /// After the iteration's value is in the target register: box it or assign it.
    fn range_bind(
        &mut self,
        target: Option<(u16, Option<ObjId>)>,
        e: Option<&Expr>,
        t: TypeId,
        fresh: bool,
    ) {
        let Some((r, o)) = target else { return };
        match o {
            Some(o) => {
                if !fresh && self.is_value_type(t) {
                    self.emit(Instr::Clone { a: r, b: r, t: t.0 });
                }
                self.bind_local(o, r);
            }
            None => {
                let Some(e) = e else { return };
                let lv = self.lvalue(e);
                self.coerce(r, t, self.ty(e), fresh);
                self.store_lvalue(&lv, r);
                self.free_temps();
            }
        }
    }

    fn range_stmt(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &Block,
        label: Option<String>,
    ) {
        let mark = self.fs.top;
        let xt = self.ty(x);
        let xu = self.under(xt).clone();
        let src = self.temp();
        self.expr_into(x, src);
        // `range a` over an array value iterates over a copy when the elements are read
        let reads_value = value.is_some_and(|v| !is_blank(v));
        if reads_value
            && matches!(xu, Type::Array(..))
            && !matches!(
                x.kind,
                ExprKind::Call { .. } | ExprKind::CompositeLit { .. }
            )
        {
            self.emit(Instr::Clone {
                a: src,
                b: src,
                t: xt.0,
            });
        }
        let kt = self.range_target(key, define);
        let vt = self.range_target(value, define);
        self.pin();
        self.push_target(label, true);
        let start;
        let mut exits = Vec::new();
        let mut cont_code: Vec<Instr> = Vec::new();
        match xu {
            Type::Basic(_) if self.tt.is_integer(xt) || self.tt.is_untyped(xt) => {
                let c = self.alloc(1);
                self.emit(Instr::LoadInt { a: c, v: 0 });
                self.pin();
                start = self.pc();
                exits.push(self.emit(Instr::JumpIfNotLtInt {
                    a: c,
                    b: src,
                    off: 0,
                }));
                if let Some((r, _)) = kt {
                    self.mov(r, c);
                }
                self.range_bind(kt, key, self.concrete(xt), true);
                cont_code.push(Instr::AddIntImm { a: c, b: c, v: 1 });
            }
            Type::Basic(_) => {
                // string: runes
                let c = self.alloc(1);
                let len = self.alloc(1);
                let rw = self.alloc(2);
                self.emit(Instr::LoadInt { a: c, v: 0 });
                self.emit(Instr::StrLen { a: len, b: src });
                self.pin();
                start = self.pc();
                exits.push(self.emit(Instr::JumpIfNotLtInt {
                    a: c,
                    b: len,
                    off: 0,
                }));
                self.emit(Instr::DecodeRune { a: rw, b: src, c });
                if let Some((r, _)) = kt {
                    self.mov(r, c);
                }
                if let Some((r, _)) = vt {
                    self.mov(r, rw);
                }
                self.range_bind(kt, key, TypeId(lang::types::BasicKind::Int as u32), true);
                self.range_bind(
                    vt,
                    value,
                    TypeId(lang::types::BasicKind::Int32 as u32),
                    true,
                );
                cont_code.push(Instr::AddInt {
                    a: c,
                    b: c,
                    c: rw + 1,
                });
            }
            Type::Slice(et) | Type::Array(_, et) => {
                let is_slice = matches!(xu, Type::Slice(_));
                self.index_loop(
                    src,
                    is_slice,
                    et,
                    xu.clone(),
                    kt,
                    vt,
                    key,
                    value,
                    &mut exits,
                    &mut cont_code,
                );
                start = self.pc_loop_start;
            }
            Type::Pointer(at) => {
                let (n, et) = match self.under(at) {
                    Type::Array(n, et) => (*n, *et),
                    _ => (0, TypeId(0)),
                };
                self.index_loop(
                    src,
                    false,
                    et,
                    Type::Array(n, et),
                    kt,
                    vt,
                    key,
                    value,
                    &mut exits,
                    &mut cont_code,
                );
                start = self.pc_loop_start;
            }
            Type::Map(kty, vty) => {
                let it = self.alloc(1);
                let kv = self.alloc(2);
                self.emit(Instr::MapIter { a: it, b: src });
                self.pin();
                start = self.pc();
                exits.push(self.emit(Instr::MapNext {
                    a: it,
                    b: kv,
                    off: 0,
                }));
                if let Some((r, _)) = kt {
                    self.mov(r, kv);
                }
                if let Some((r, _)) = vt {
                    self.mov(r, kv + 1);
                }
                self.range_bind(kt, key, kty, false);
                self.range_bind(vt, value, vty, false);
            }
            Type::Chan(_, et) => {
                let vo = self.alloc(2);
                self.pin();
                start = self.pc();
                self.emit(Instr::RecvOk { a: vo, b: src });
                exits.push(self.emit(Instr::JumpIfNot { a: vo + 1, off: 0 }));
                if let Some((r, _)) = kt {
                    self.mov(r, vo);
                }
                self.range_bind(kt, key, et, true);
            }
            _ => {
                self.unsupported(x.span, "range over this type");
                start = self.pc();
            }
        }
        self.free_temps();
        self.block(body);
        let t = self.fs.targets.pop().unwrap();
        self.fs.patch_all_here(t.continues);
        for i in cont_code {
            self.emit(i);
        }
        self.fs.jump_to(start);
        self.fs.patch_all_here(exits);
        self.fs.patch_all_here(t.breaks);
        self.fs.top = mark;
        self.fs.locals_top = mark;
    }

    #[allow(clippy::too_many_arguments)]
    fn index_loop(
        &mut self,
        src: u16,
        is_slice: bool,
        et: TypeId,
        xu: Type,
        kt: Option<(u16, Option<ObjId>)>,
        vt: Option<(u16, Option<ObjId>)>,
        key: Option<&Expr>,
        value: Option<&Expr>,
        exits: &mut Vec<usize>,
        cont_code: &mut Vec<Instr>,
    ) {
        let c = self.alloc(1);
        let len = self.alloc(1);
        self.emit(Instr::LoadInt { a: c, v: 0 });
        match xu {
            Type::Array(n, _) => self.load_word(len, n),
            _ => {
                self.emit(Instr::SliceLen { a: len, b: src });
            }
        }
        self.pin();
        self.pc_loop_start = self.pc();
        exits.push(self.emit(Instr::JumpIfNotLtInt {
            a: c,
            b: len,
            off: 0,
        }));
        if let Some((r, _)) = kt {
            self.mov(r, c);
        }
        if let Some((r, _)) = vt {
            let byte = self.is_byte(et);
            let i = match (is_slice, byte) {
                (true, true) => Instr::SliceLoadB { a: r, b: src, c },
                (true, false) => Instr::SliceLoad { a: r, b: src, c },
                (false, true) => Instr::ArrayLoadB { a: r, b: src, c },
                (false, false) => Instr::ArrayLoad { a: r, b: src, c },
            };
            self.emit(i);
        }
        self.range_bind(kt, key, TypeId(lang::types::BasicKind::Int as u32), true);
        self.range_bind(vt, value, et, false);
        cont_code.push(Instr::AddIntImm { a: c, b: c, v: 1 });
    }
}
