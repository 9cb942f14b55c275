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
use lang::types::{ObjId, ObjKind, Object, Selection, TypeInfo};
use lang::visit::{
    walk_case_clause, walk_expr, walk_exprs, walk_file, walk_func_decl, walk_func_type, walk_stmt,
    Visitor,
};
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
    analyze_with(info, &info.objects, |w| walk_file(w, file))
}

/// The analysis of one instance of a generic function: its declaration walked with the
/// instance's side tables `body` (objects are the package-level `objects`).
pub(crate) fn analyze_instance(f: &FuncDecl, body: &TypeInfo, objects: &[Object]) -> Escapes {
    analyze_with(body, objects, |w| walk_func_decl(w, f))
}

fn analyze_with<'a>(
    info: &'a TypeInfo,
    objects: &'a [Object],
    walk: impl FnOnce(&mut Walker<'a>),
) -> Escapes {
    let mut w = Walker {
        info,
        objects,
        depth_of: HashMap::new(),
        stack: Vec::new(),
        out: Escapes::default(),
    };
    walk(&mut w);
    for (i, o) in objects.iter().enumerate() {
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
    objects: &'a [Object],
    depth_of: HashMap<ObjId, usize>,
    /// Enclosing function literals (innermost last) with their free variables.
    stack: Vec<(ExprId, Vec<ObjId>)>,
    out: Escapes,
}

impl Walker<'_> {
    fn is_local_var(&self, o: ObjId) -> bool {
        matches!(
            self.objects.get(o.0 as usize).map(|o| &o.kind),
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
}

/// The walk in source order, with these exceptions: a `ValueSpec`'s values before its names,
/// an assignment's right side before its left side, a `range` clause's operand before its
/// key and value; type expressions, a composite literal's type and a type assertion's type
/// are not walked (they hold no variables).
impl<'a> Visitor<'a> for Walker<'_> {
    fn visit_value_spec(&mut self, s: &'a ValueSpec) {
        walk_exprs(self, &s.values);
        for n in &s.names {
            self.def(n.id);
        }
    }

    fn visit_type_spec(&mut self, _: &'a TypeSpec) {}

    fn visit_field(&mut self, f: &'a Field) {
        for n in &f.names {
            self.def(n.id);
        }
    }

    fn visit_func_type(&mut self, t: &'a FuncType) {
        walk_func_type(self, t);
        // A `return` with values stores to the named results.
        for f in &t.results {
            for n in &f.names {
                if let Some(&o) = self.info.defs.get(&n.id) {
                    self.out.reassigned.insert(o);
                }
            }
        }
    }

    fn visit_stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::IncDec(e, _) => {
                self.mark_reassigned(e);
                self.visit_expr(e)
            }
            StmtKind::Assign { lhs, rhs, .. } => {
                walk_exprs(self, rhs);
                for e in lhs {
                    self.mark_reassigned(e);
                    self.visit_expr(e);
                }
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                self.visit_expr(x);
                for e in [key, value].into_iter().flatten() {
                    self.mark_reassigned(e);
                    self.visit_expr(e);
                }
                self.visit_block(body);
            }
            _ => walk_stmt(self, s),
        }
    }

    fn visit_case_clause(&mut self, c: &'a CaseClause) {
        // A type switch clause's own variable.
        if let Some(&o) = self.info.implicits.get(&c.span) {
            self.def_obj(o);
        }
        walk_case_clause(self, c);
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    // Struct field keys are field names, not variables: `ident` ignores them
                    // because they have no local-variable object.
                    if let Some(k) = &el.key {
                        self.visit_expr(k);
                    }
                    self.visit_expr(&el.value);
                }
            }
            ExprKind::FuncLit { typ, body } => {
                self.stack.push((e.id, Vec::new()));
                self.visit_func_type(typ);
                self.visit_block(body);
                let (id, free) = self.stack.pop().unwrap();
                self.out.free.insert(id, free);
            }
            ExprKind::Selector(x, _) => {
                if let Some(Selection::Method {
                    addr: true, path, ..
                }) = self.info.selections.get(&e.id)
                {
                    if path.is_empty() {
                        self.mark_addressed(x);
                    }
                }
                self.visit_expr(x)
            }
            ExprKind::TypeAssert(x, _) => self.visit_expr(x),
            ExprKind::Unary(op, x) => {
                if *op == UnaryOp::Addr {
                    self.mark_addressed(x);
                }
                self.visit_expr(x)
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
            _ => walk_expr(self, e),
        }
    }

    fn visit_ident(&mut self, id: &'a Ident) {
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
}
