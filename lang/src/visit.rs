//! A read-only walk over the syntax tree, after go/ast's `Walk`: a `Visitor` overrides the
//! nodes it cares about and calls the matching `walk_*` function to go on into the children.
//!
//! Invariants: every `walk_*` visits each child of its node exactly once, in source order
//! (a `ValueSpec`'s names, type, values; an `Assign`'s left side, then its right side), and
//! visits nothing else; the default `visit_*` methods walk. A visitor that does not call the
//! `walk_*` function of a node skips its whole subtree. References carry the tree's lifetime
//! `'a`, so a visitor may keep the nodes it meets.

use crate::ast::*;

/// One method per kind of node; each defaults to walking the node's children.
pub trait Visitor<'a>: Sized {
    fn visit_decl(&mut self, d: &'a Decl) {
        walk_decl(self, d)
    }
    fn visit_func_decl(&mut self, f: &'a FuncDecl) {
        walk_func_decl(self, f)
    }
    fn visit_gen_decl(&mut self, g: &'a GenDecl) {
        walk_gen_decl(self, g)
    }
    fn visit_value_spec(&mut self, s: &'a ValueSpec) {
        walk_value_spec(self, s)
    }
    fn visit_type_spec(&mut self, s: &'a TypeSpec) {
        walk_type_spec(self, s)
    }
    fn visit_field(&mut self, f: &'a Field) {
        walk_field(self, f)
    }
    fn visit_func_type(&mut self, t: &'a FuncType) {
        walk_func_type(self, t)
    }
    fn visit_block(&mut self, b: &'a Block) {
        walk_block(self, b)
    }
    fn visit_stmt(&mut self, s: &'a Stmt) {
        walk_stmt(self, s)
    }
    fn visit_case_clause(&mut self, c: &'a CaseClause) {
        walk_case_clause(self, c)
    }
    fn visit_comm_clause(&mut self, c: &'a CommClause) {
        walk_comm_clause(self, c)
    }
    fn visit_expr(&mut self, e: &'a Expr) {
        walk_expr(self, e)
    }
    /// Every identifier: names declared, used, selected, labels. A leaf.
    fn visit_ident(&mut self, _id: &'a Ident) {}
}

pub fn walk_file<'a, V: Visitor<'a>>(v: &mut V, f: &'a File) {
    for d in &f.decls {
        v.visit_decl(d);
    }
}

pub fn walk_decl<'a, V: Visitor<'a>>(v: &mut V, d: &'a Decl) {
    match d {
        Decl::Gen(g) => v.visit_gen_decl(g),
        Decl::Func(f) => v.visit_func_decl(f),
        Decl::Bad(_) => {}
    }
}

pub fn walk_func_decl<'a, V: Visitor<'a>>(v: &mut V, f: &'a FuncDecl) {
    if let Some(r) = &f.recv {
        v.visit_field(r);
    }
    v.visit_ident(&f.name);
    for p in &f.type_params {
        v.visit_field(p);
    }
    v.visit_func_type(&f.typ);
    if let Some(b) = &f.body {
        v.visit_block(b);
    }
}

pub fn walk_gen_decl<'a, V: Visitor<'a>>(v: &mut V, g: &'a GenDecl) {
    match g {
        GenDecl::Const(specs, _) | GenDecl::Var(specs, _) => {
            for s in specs {
                v.visit_value_spec(s);
            }
        }
        GenDecl::Type(specs, _) => {
            for s in specs {
                v.visit_type_spec(s);
            }
        }
    }
}

pub fn walk_value_spec<'a, V: Visitor<'a>>(v: &mut V, s: &'a ValueSpec) {
    for n in &s.names {
        v.visit_ident(n);
    }
    if let Some(t) = &s.typ {
        v.visit_expr(t);
    }
    walk_exprs(v, &s.values);
}

pub fn walk_type_spec<'a, V: Visitor<'a>>(v: &mut V, s: &'a TypeSpec) {
    v.visit_ident(&s.name);
    for p in &s.type_params {
        v.visit_field(p);
    }
    v.visit_expr(&s.typ);
}

pub fn walk_field<'a, V: Visitor<'a>>(v: &mut V, f: &'a Field) {
    for n in &f.names {
        v.visit_ident(n);
    }
    v.visit_expr(&f.typ);
}

pub fn walk_func_type<'a, V: Visitor<'a>>(v: &mut V, t: &'a FuncType) {
    for f in t.params.iter().chain(&t.results) {
        v.visit_field(f);
    }
}

pub fn walk_block<'a, V: Visitor<'a>>(v: &mut V, b: &'a Block) {
    walk_stmts(v, &b.stmts);
}

pub fn walk_stmts<'a, V: Visitor<'a>>(v: &mut V, stmts: &'a [Stmt]) {
    for s in stmts {
        v.visit_stmt(s);
    }
}

pub fn walk_exprs<'a, V: Visitor<'a>>(v: &mut V, exprs: &'a [Expr]) {
    for e in exprs {
        v.visit_expr(e);
    }
}

fn walk_opt_stmt<'a, V: Visitor<'a>>(v: &mut V, s: &'a Option<Box<Stmt>>) {
    if let Some(s) = s {
        v.visit_stmt(s);
    }
}

fn walk_opt_expr<'a, V: Visitor<'a>>(v: &mut V, e: &'a Option<Box<Expr>>) {
    if let Some(e) = e {
        v.visit_expr(e);
    }
}

pub fn walk_stmt<'a, V: Visitor<'a>>(v: &mut V, s: &'a Stmt) {
    match &s.kind {
        StmtKind::Decl(g) => v.visit_gen_decl(g),
        StmtKind::Labeled(l, s) => {
            v.visit_ident(l);
            v.visit_stmt(s);
        }
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) | StmtKind::IncDec(e, _) => {
            v.visit_expr(e)
        }
        StmtKind::Send(ch, x) => {
            v.visit_expr(ch);
            v.visit_expr(x);
        }
        StmtKind::Assign { lhs, rhs, .. } => {
            walk_exprs(v, lhs);
            walk_exprs(v, rhs);
        }
        StmtKind::Return(es) => walk_exprs(v, es),
        StmtKind::Branch(_, label) => {
            if let Some(l) = label {
                v.visit_ident(l);
            }
        }
        StmtKind::Block(b) => v.visit_block(b),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            walk_opt_stmt(v, init);
            v.visit_expr(cond);
            v.visit_block(then);
            walk_opt_stmt(v, els);
        }
        StmtKind::Switch {
            init, tag, body, ..
        } => {
            walk_opt_stmt(v, init);
            if let Some(t) = tag {
                v.visit_expr(t);
            }
            for c in body {
                v.visit_case_clause(c);
            }
        }
        StmtKind::TypeSwitch {
            init,
            bind,
            x,
            body,
            ..
        } => {
            walk_opt_stmt(v, init);
            if let Some(b) = bind {
                v.visit_ident(b);
            }
            v.visit_expr(x);
            for c in body {
                v.visit_case_clause(c);
            }
        }
        StmtKind::Select(clauses) => {
            for c in clauses {
                v.visit_comm_clause(c);
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            walk_opt_stmt(v, init);
            if let Some(c) = cond {
                v.visit_expr(c);
            }
            walk_opt_stmt(v, post);
            v.visit_block(body);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for e in key.iter().chain(value) {
                v.visit_expr(e);
            }
            v.visit_expr(x);
            v.visit_block(body);
        }
        StmtKind::Empty | StmtKind::Bad => {}
    }
}

pub fn walk_case_clause<'a, V: Visitor<'a>>(v: &mut V, c: &'a CaseClause) {
    walk_exprs(v, &c.list);
    walk_stmts(v, &c.body);
}

pub fn walk_comm_clause<'a, V: Visitor<'a>>(v: &mut V, c: &'a CommClause) {
    walk_opt_stmt(v, &c.comm);
    walk_stmts(v, &c.body);
}

pub fn walk_expr<'a, V: Visitor<'a>>(v: &mut V, e: &'a Expr) {
    match &e.kind {
        ExprKind::Ident(id) => v.visit_ident(id),
        ExprKind::BasicLit(_) | ExprKind::Ellipsis(None) | ExprKind::Bad => {}
        ExprKind::CompositeLit { typ, elts, .. } => {
            walk_opt_expr(v, typ);
            for el in elts {
                if let Some(k) = &el.key {
                    v.visit_expr(k);
                }
                v.visit_expr(&el.value);
            }
        }
        ExprKind::FuncLit { typ, body } => {
            v.visit_func_type(typ);
            v.visit_block(body);
        }
        ExprKind::Paren(x)
        | ExprKind::Star(x)
        | ExprKind::Unary(_, x)
        | ExprKind::Tilde(x)
        | ExprKind::Ellipsis(Some(x))
        | ExprKind::ChanType(_, x) => v.visit_expr(x),
        ExprKind::Selector(x, sel) => {
            v.visit_expr(x);
            v.visit_ident(sel);
        }
        ExprKind::TypeAssert(x, t) => {
            v.visit_expr(x);
            walk_opt_expr(v, t);
        }
        ExprKind::Index(x, i) | ExprKind::Binary(_, x, i) | ExprKind::MapType(x, i) => {
            v.visit_expr(x);
            v.visit_expr(i);
        }
        ExprKind::IndexList(x, is) => {
            v.visit_expr(x);
            walk_exprs(v, is);
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            v.visit_expr(x);
            walk_opt_expr(v, lo);
            walk_opt_expr(v, hi);
            walk_opt_expr(v, max);
        }
        ExprKind::Call { func, args, .. } => {
            v.visit_expr(func);
            walk_exprs(v, args);
        }
        ExprKind::ArrayType { len, elem } => {
            walk_opt_expr(v, len);
            v.visit_expr(elem);
        }
        ExprKind::StructType(fields) | ExprKind::InterfaceType(fields) => {
            for f in fields {
                v.visit_field(f);
            }
        }
        ExprKind::FuncType(t) => v.visit_func_type(t),
        ExprKind::Union(ts) => walk_exprs(v, ts),
    }
}
