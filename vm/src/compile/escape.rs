//! Escape pre-pass: which local variables must live in a one-word box, and what each function
//! literal captures.
//!
//! A local variable is *captured* when an identifier inside a function literal refers to it
//! while it is declared outside that literal; it is *addressed* when `&v` is taken (or a
//! pointer method is called on it); it is *reassigned* when anything but its declaration
//! stores to it (`=`, `op=`, `++`, a redeclaring `:=`, `for v = range`, and, for named
//! results, every `return`). The compiler boxes captured variables that are reassigned,
//! addressed or structs/arrays; a captured variable that is none of these never changes after
//! its declaration, so a closure captures a copy of its value (as Go's compiler does). It also
//! boxes addressed variables unless they are structs/arrays (whose register already holds the
//! object address). The checker's `captured`/`addressed` flags are honoured too; this pass
//! only adds to them.
//!
//! Invariant: `free[lit]` lists, in first-use order, every boxed variable declared outside the
//! literal `lit` that `lit` or a literal nested in it uses; a nested literal's free variables
//! that come from outside the enclosing literal are free in the enclosing one as well, so the
//! enclosing closure can pass the box on.

use lang::ast::*;
use lang::types::{ObjId, ObjKind, Selection, TypeInfo};
use std::collections::{HashMap, HashSet};

#[derive(Default)]
pub(crate) struct Escapes {
    pub captured: HashSet<ObjId>,
    pub addressed: HashSet<ObjId>,
    pub reassigned: HashSet<ObjId>,
    /// Function literal (`ExprId` of the `FuncLit` expression) → captured variables.
    pub free: HashMap<ExprId, Vec<ObjId>>,
}

pub(crate) fn analyze(file: &File, info: &TypeInfo) -> Escapes {
    let mut w = Walker {
        info,
        depth_of: HashMap::new(),
        stack: Vec::new(),
        out: Escapes::default(),
    };
    for d in &file.decls {
        if let Decl::Func(f) = d {
            if let Some(r) = &f.recv {
                w.field(r);
            }
            w.func_type(&f.typ);
            if let Some(b) = &f.body {
                w.block(b);
            }
        } else if let Decl::Gen(g) = d {
            w.gen_decl(g);
        }
    }
    for (i, o) in info.objects.iter().enumerate() {
        if let ObjKind::Var {
            global: false,
            captured,
            addressed,
            ..
        } = o.kind
        {
            if captured {
                w.out.captured.insert(ObjId(i as u32));
            }
            if addressed {
                w.out.addressed.insert(ObjId(i as u32));
            }
        }
    }
    w.out
}

struct Walker<'a> {
    info: &'a TypeInfo,
    depth_of: HashMap<ObjId, usize>,
    /// Enclosing function literals (innermost last) with their free variables.
    stack: Vec<(ExprId, Vec<ObjId>)>,
    out: Escapes,
}

impl Walker<'_> {
    fn is_local_var(&self, o: ObjId) -> bool {
        matches!(
            self.info.objects.get(o.0 as usize).map(|o| &o.kind),
            Some(ObjKind::Var { global: false, .. })
        )
    }

    fn def(&mut self, id: ExprId) {
        if let Some(&o) = self.info.defs.get(&id) {
            if self.is_local_var(o) {
                self.depth_of.insert(o, self.stack.len());
            }
        }
    }

    fn def_obj(&mut self, o: ObjId) {
        self.depth_of.insert(o, self.stack.len());
    }

    fn ident(&mut self, id: &Ident) {
        self.def(id.id);
        if let Some(&o) = self.info.uses.get(&id.id) {
            if !self.is_local_var(o) {
                return;
            }
            let d = self.depth_of.get(&o).copied().unwrap_or(0);
            if d < self.stack.len() {
                self.out.captured.insert(o);
                for k in d..self.stack.len() {
                    if !self.stack[k].1.contains(&o) {
                        self.stack[k].1.push(o);
                    }
                }
            }
        }
    }

    fn base_ident(e: &Expr) -> Option<&Ident> {
        match &e.kind {
            ExprKind::Ident(id) => Some(id),
            ExprKind::Paren(x) => Walker::base_ident(x),
            _ => None,
        }
    }

    fn mark_addressed(&mut self, e: &Expr) {
        if let Some(id) = Walker::base_ident(e) {
            if let Some(&o) = self.info.uses.get(&id.id) {
                if self.is_local_var(o) {
                    self.out.addressed.insert(o);
                }
            }
        }
    }

    /// `e` is stored to: if it names a local variable, that variable is reassigned.
    fn mark_reassigned(&mut self, e: &Expr) {
        if let Some(id) = Walker::base_ident(e) {
            if let Some(&o) = self.info.uses.get(&id.id) {
                if self.is_local_var(o) {
                    self.out.reassigned.insert(o);
                }
            }
        }
    }

    fn gen_decl(&mut self, g: &GenDecl) {
        match g {
            GenDecl::Var(specs, _) | GenDecl::Const(specs, _) => {
                for s in specs {
                    for v in &s.values {
                        self.expr(v);
                    }
                    for n in &s.names {
                        self.def(n.id);
                    }
                }
            }
            GenDecl::Type(..) => {}
        }
    }

    fn field(&mut self, f: &Field) {
        for n in &f.names {
            self.def(n.id);
        }
    }

    fn func_type(&mut self, t: &FuncType) {
        for f in t.params.iter().chain(t.results.iter()) {
            self.field(f);
        }
        // A `return` with values stores to the named results.
        for f in &t.results {
            for n in &f.names {
                if let Some(&o) = self.info.defs.get(&n.id) {
                    self.out.reassigned.insert(o);
                }
            }
        }
    }

    fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    fn opt_stmt(&mut self, s: &Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Decl(g) => self.gen_decl(g),
            StmtKind::Labeled(_, s) => self.stmt(s),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            StmtKind::IncDec(e, _) => {
                self.mark_reassigned(e);
                self.expr(e)
            }
            StmtKind::Assign { lhs, rhs, .. } => {
                for e in rhs {
                    self.expr(e);
                }
                for e in lhs {
                    self.mark_reassigned(e);
                    self.expr(e);
                }
            }
            StmtKind::Return(es) => {
                for e in es {
                    self.expr(e);
                }
            }
            StmtKind::Branch(..) | StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt_stmt(init);
                self.expr(cond);
                self.block(then);
                self.opt_stmt(els);
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                self.opt_stmt(init);
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in body {
                    for e in &c.list {
                        self.expr(e);
                    }
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => {
                self.opt_stmt(init);
                if let Some(b) = bind {
                    self.def(b.id);
                }
                self.expr(x);
                for c in body {
                    if let Some(&o) = self.info.implicits.get(&c.span) {
                        self.def_obj(o);
                    }
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    self.opt_stmt(&c.comm);
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.opt_stmt(init);
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.opt_stmt(post);
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                self.expr(x);
                for e in [key, value].into_iter().flatten() {
                    self.mark_reassigned(e);
                    self.expr(e);
                }
                self.block(body);
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(id) => self.ident(id),
            ExprKind::BasicLit(_) | ExprKind::Bad => {}
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    // Struct field keys are field names, not variables: `ident` ignores them
                    // because they have no local-variable object.
                    if let Some(k) = &el.key {
                        self.expr(k);
                    }
                    self.expr(&el.value);
                }
            }
            ExprKind::FuncLit { typ, body } => {
                self.stack.push((e.id, Vec::new()));
                self.func_type(typ);
                self.block(body);
                let (id, free) = self.stack.pop().unwrap();
                self.out.free.insert(id, free);
            }
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Selector(x, _) => {
                if let Some(Selection::Method {
                    addr: true, path, ..
                }) = self.info.selections.get(&e.id)
                {
                    if path.is_empty() {
                        self.mark_addressed(x);
                    }
                }
                self.expr(x)
            }
            ExprKind::Index(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::IndexList(a, bs) => {
                self.expr(a);
                for b in bs {
                    self.expr(b);
                }
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.expr(x);
                for p in [lo, hi, max].into_iter().flatten() {
                    self.expr(p);
                }
            }
            ExprKind::TypeAssert(x, _) => self.expr(x),
            ExprKind::Call { func, args, .. } => {
                self.expr(func);
                for a in args {
                    self.expr(a);
                }
            }
            ExprKind::Star(x) => self.expr(x),
            ExprKind::Unary(op, x) => {
                if *op == UnaryOp::Addr {
                    self.mark_addressed(x);
                }
                self.expr(x)
            }
            ExprKind::Binary(_, a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Ellipsis(_)
            | ExprKind::ArrayType { .. }
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..)
            | ExprKind::Union(_)
            | ExprKind::Tilde(_) => {}
        }
    }
}
