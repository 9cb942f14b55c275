//! The type checker (after Go's `go/types` / gc's `types2`): resolves every identifier, computes
//! the type and mode of every expression, checks Go's typing rules and reports errors with
//! go1.19 gc's wording, filling `TypeInfo` for the compiler.
//!
//! Entry point: [`check_file`]. Submodules:
//! `universe` (predeclared objects, `TypeTable` helpers), `constant` (exact constant arithmetic),
//! `format` (message text), `typexpr` (type expressions), `decl` (package-level objects, lazy
//! resolution, function bodies), `initorder` (package var init order), `expr`/`binary`/`literal`
//! (expressions, composite literals), `call` (calls and
//! conversions), `builtins`, `lookup` (fields, methods, method sets, interface satisfaction),
//! `generic`/`generic_infer`/`generic_types` (type parameters, instantiation,
//! inference, generic types), `assign` (assignability, assignments, `:=`), `stmt` (statements, labels, terminating
//! statements), `package_source` (the packages a program may import, as declaration text, and
//! the arity a declaration gives its member) + `stdlib_sigs` (that text as checker objects).
//!
//! Invariants:
//! - `scopes[0]` is the universe, `scopes[1]` the package scope of the package being checked,
//!   `scopes[2]` the file scope (imports) of the file being checked (`enter_file` switches
//!   both; the others wait in `pkg_scopes` / `file_scopes`); deeper scopes are function and
//!   block scopes. A program of several packages (`File::packages`) is checked as one: an
//!   imported package's members are its package scope (`packages[path]`, `publish_packages`). Package-level objects are resolved
//!   lazily (`decl::resolve_obj`), with the scope stack temporarily cut back to the file scope.
//! - Every object lives in `info.objects`; `used[obj]` tracks "declared but not used".
//! - An untyped expression recorded in `info.exprs` is re-recorded with its final type when it is
//!   converted (`update_expr_type`), as go/types does; `untyped_children` says which operands
//!   share that conversion.
//! - Diagnostics are only collected; rendering (sorting, the 10-error limit) is `diag::render`'s.

mod assign;
mod binary;
mod builtins;
mod call;
mod constant;
mod decl;
mod expr;
pub mod format;
mod generic;
mod generic_infer;
mod generic_types;
mod initorder;
mod literal;
mod lookup;
mod package_source;
mod stdlib_sigs;
mod stmt;
mod typexpr;
pub mod universe;

use crate::ast::{self, Expr, ExprId, File, Span};
use crate::diag::Diagnostic;
use crate::types::*;
use num_bigint::BigInt;
use std::collections::{HashMap, HashSet};

pub use package_source::{DeclaredMember, PackageSource};
pub use stdlib_sigs::stdlib_method_name;

/// Type-checks one file (package `main`) whose imports are declared by `packages`.
pub fn check_file(
    file: &ast::File,
    src: &str,
    packages: &dyn PackageSource,
) -> (TypeTable, TypeInfo, Vec<Diagnostic>) {
    let mut c = Checker::new(file, src, packages);
    c.check();
    c.info.instances = std::mem::take(&mut c.gen.instances);
    c.info.method_instance = std::mem::take(&mut c.gen.method_instance);
    let mut diags = std::mem::take(&mut c.diags);
    diags.sort_by_key(|d| (d.span.start, d.span.end));
    (c.tt, c.info, diags)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OpMode {
    Invalid,
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Constant,
    Variable,
    MapIndex,
    Value,
    Nil,
    CommaOk,
}

/// An evaluated expression (types2's `operand`).
#[derive(Clone, Debug)]
pub(crate) struct Operand<'a> {
    pub mode: OpMode,
    pub typ: TypeId,
    pub val: Option<ConstValue>,
    pub expr: Option<&'a Expr>,
    /// Exact value of an untyped float constant whose f64 `val` may have overflowed.
    pub exact: Option<constant::Rat>,
}

pub(crate) const INVALID: TypeId = TypeId(0);

impl<'a> Operand<'a> {
    pub fn invalid(expr: Option<&'a Expr>) -> Self {
        Operand {
            mode: OpMode::Invalid,
            typ: INVALID,
            val: None,
            expr,
            exact: None,
        }
    }
    /// A value of type `typ`, the result of `expr`.
    pub fn value(expr: &'a Expr, typ: TypeId) -> Self {
        Operand {
            mode: OpMode::Value,
            typ,
            val: None,
            expr: Some(expr),
            exact: None,
        }
    }
    /// The result of `expr`, a call without results.
    pub fn no_value(expr: &'a Expr) -> Self {
        Operand {
            mode: OpMode::NoValue,
            ..Operand::value(expr, INVALID)
        }
    }
    /// The constant `val` of type `typ`, the value of `expr`.
    pub fn constant(expr: &'a Expr, typ: TypeId, val: ConstValue) -> Self {
        Operand {
            mode: OpMode::Constant,
            val: Some(val),
            ..Operand::value(expr, typ)
        }
    }
    pub fn is_invalid(&self) -> bool {
        self.mode == OpMode::Invalid
    }
    pub fn span(&self) -> Span {
        self.expr.map(|e| e.span).unwrap_or_default()
    }
    pub fn is_nil(&self) -> bool {
        self.mode == OpMode::Nil
    }
}

#[derive(Default)]
pub(crate) struct Scope {
    pub names: HashMap<String, ObjId>,
    /// Function (not block) scope: crossing it upward enters an enclosing function.
    #[allow(dead_code)]
    pub func: bool,
}

/// A package-level declaration an object comes from.
#[derive(Clone, Copy, Debug)]
pub(crate) enum PkgDecl {
    /// decl index, spec index, name index
    Const(usize, usize, usize),
    Var(usize, usize, #[allow(dead_code)] usize),
    Type(usize, usize),
    Func(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum State {
    Unresolved,
    InProgress,
    Done,
}

/// Per-function context.
pub(crate) struct FuncCtx {
    pub sig: TypeId,
    /// Named result variables (for bare `return`).
    pub results: Vec<ObjId>,
}

pub(crate) struct Checker<'a> {
    pub src: &'a str,
    pub file: &'a File,
    /// Declarations of the packages the file may import.
    pub package_source: &'a dyn PackageSource,
    pub tt: TypeTable,
    pub info: TypeInfo,
    pub diags: Vec<Diagnostic>,
    pub scopes: Vec<Scope>,
    pub used: Vec<bool>,
    /// Function nesting depth at which each local variable was declared.
    pub var_depth: HashMap<ObjId, u32>,
    pub func_depth: u32,
    pub funcs: Vec<FuncCtx>,
    pub pkg_decls: HashMap<ObjId, PkgDecl>,
    pub state: HashMap<ObjId, State>,
    /// Package-level constants whose declarations are being checked, outermost first (an
    /// initialization loop among constants is a suffix of it).
    pub const_stack: Vec<ObjId>,
    /// Untyped constants that are the left operand of a non-constant shift (their span, the
    /// shift's text): the type they finally get must be an integer type.
    pub shift_lhs: HashMap<ExprId, (Span, String)>,
    /// Package-level object whose declaration is being checked (for dependencies).
    pub cur_decl: Option<ObjId>,
    pub deps: HashMap<ObjId, Vec<ObjId>>,
    pub iota: Option<BigInt>,
    pub untyped_children: HashMap<ExprId, Vec<ExprId>>,
    /// Loaded stdlib packages: path → member name → object.
    pub packages: HashMap<String, HashMap<String, ObjId>>,
    pub used_imports: HashSet<ObjId>,
    /// Method objects by receiver base type name (collected before types resolve).
    /// (package index, receiver base type name) → method objects.
    pub methods_by_type: HashMap<(usize, String), Vec<ObjId>>,
    /// Objects whose declaration is a generics construct (skipped).
    pub generic: HashSet<ObjId>,
    /// Local variables declared in the current function, for "declared but not used".
    pub func_vars: Vec<Vec<ObjId>>,
    /// Stdlib package variables (`os.Args`): addressable members.
    pub pkg_vars: HashSet<ObjId>,
    /// Nesting of package-level type declarations being resolved (cycle reports once).
    pub type_depth: u32,
    /// Exact values of untyped float constants (their `ConstValue::Float` is rounded).
    pub const_exact: HashMap<ObjId, constant::Rat>,
    /// The import scopes of the package's files (`File::file_starts`); the current file's is
    /// in `scopes[2]`, an empty one in its place here.
    pub file_scopes: Vec<Scope>,
    pub cur_file: usize,
    /// The package scopes (`File::packages`); the current package's is in `scopes[1]`.
    pub pkg_scopes: Vec<Scope>,
    pub cur_pkg: usize,
    /// Type parameters, constraints and instances.
    pub gen: generic::Generics,
}

impl<'a> Checker<'a> {
    fn new(file: &'a File, src: &'a str, package_source: &'a dyn PackageSource) -> Self {
        let mut tt = TypeTable::new();
        let mut info = TypeInfo {
            ..Default::default()
        };
        let mut universe = Scope::default();
        for o in universe::universe_objects(&mut tt) {
            let id = ObjId(info.objects.len() as u32);
            universe.names.insert(o.name.clone(), id);
            info.objects.push(o);
        }
        let n = info.objects.len();
        let mut c = Checker {
            src,
            file,
            package_source,
            tt,
            info,
            diags: Vec::new(),
            scopes: vec![universe, Scope::default(), Scope::default()],
            used: vec![true; n],
            var_depth: HashMap::new(),
            func_depth: 0,
            funcs: Vec::new(),
            pkg_decls: HashMap::new(),
            state: HashMap::new(),
            const_stack: Vec::new(),
            shift_lhs: HashMap::new(),
            cur_decl: None,
            deps: HashMap::new(),
            const_exact: HashMap::new(),
            iota: None,
            untyped_children: HashMap::new(),
            packages: HashMap::new(),
            used_imports: HashSet::new(),
            methods_by_type: HashMap::new(),
            generic: HashSet::new(),
            func_vars: Vec::new(),
            pkg_vars: HashSet::new(),
            type_depth: 0,
            file_scopes: file.file_starts.iter().map(|_| Scope::default()).collect(),
            cur_file: 0,
            pkg_scopes: file.packages.iter().map(|_| Scope::default()).collect(),
            cur_pkg: 0,
            gen: generic::Generics::default(),
        };
        c.declare_comparable();
        c
    }

    /// The import path of the package being checked (`main` for package main).
    pub fn package_path(&self) -> &'a str {
        self.file
            .packages
            .get(self.cur_pkg)
            .map_or("main", |p| p.0.as_str())
    }

    /// The index of the imported package `path` among the program's own packages.
    pub fn own_package(&self, path: &str) -> Option<usize> {
        let main = self.file.packages.len().saturating_sub(1);
        self.file.packages[..main].iter().position(|p| p.0 == path)
    }

    /// Seeds the package scope of each of the program's own packages that is also a declared
    /// (native) package — an overlay, `sync`'s Go-written members — with the native members,
    /// so its files and its importers see both.
    fn seed_overlays(&mut self) {
        let main = self.file.packages.len().saturating_sub(1);
        for p in 0..main {
            let path = self.file.packages[p].0.clone();
            if !stdlib_sigs::load_package(self, &path) {
                continue;
            }
            let members = self.packages[&path].clone();
            let scope = if p == self.cur_pkg {
                &mut self.scopes[1]
            } else {
                &mut self.pkg_scopes[p]
            };
            scope.names.extend(members);
        }
    }

    /// Makes each of the program's own imported packages' members its package scope.
    fn publish_packages(&mut self) {
        let back = self.cur_pkg;
        for (p, (path, _)) in self.file.packages.iter().enumerate() {
            let scope = if p == back {
                &self.scopes[1]
            } else {
                &self.pkg_scopes[p]
            };
            if let Some(members) = self.packages.get_mut(path) {
                *members = scope.names.clone();
            }
        }
    }

    /// The offset where the current file starts (to come back to it with `enter_file`).
    pub fn current_file_start(&self) -> u32 {
        self.file
            .file_starts
            .get(self.cur_file)
            .copied()
            .unwrap_or(0)
    }

    /// Makes the file holding byte `offset` the current one (its imports in `scopes[2]`);
    /// returns the offset of a place in the file that was current, to come back to.
    pub fn enter_file(&mut self, offset: u32) -> u32 {
        let back = self.current_file_start();
        let f = self.file.file_index(offset);
        if f != self.cur_file && f < self.file_scopes.len() {
            std::mem::swap(&mut self.scopes[2], &mut self.file_scopes[self.cur_file]);
            std::mem::swap(&mut self.scopes[2], &mut self.file_scopes[f]);
            self.cur_file = f;
        }
        let p = self.file.package_index(offset);
        if p != self.cur_pkg && p < self.pkg_scopes.len() {
            std::mem::swap(&mut self.scopes[1], &mut self.pkg_scopes[self.cur_pkg]);
            std::mem::swap(&mut self.scopes[1], &mut self.pkg_scopes[p]);
            self.cur_pkg = p;
        }
        back
    }

    fn check(&mut self) {
        self.seed_overlays();
        self.collect_imports();
        self.collect_objects();
        self.publish_packages();
        self.resolve_all();
        self.check_bodies();
        self.compute_init_order();
        self.check_unused_imports();
        self.check_main();
    }

    // ---- diagnostics ----

    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        let msg = msg.into();
        // types2: follow-on errors mentioning invalid operands/types are dropped.
        if !self.diags.is_empty()
            && (msg.find("invalid operand").is_some_and(|i| i > 0)
                || msg.find("invalid type").is_some_and(|i| i > 0))
        {
            return;
        }
        self.diags.push(Diagnostic::new(span, msg));
    }

    pub fn type_str(&self, t: TypeId) -> String {
        format::type_string(&self.tt, t)
    }
    pub fn expr_str(&self, e: &Expr) -> String {
        format::expr_string(self.src, e)
    }

    /// types2's `operandString`.
    pub fn op_str(&self, x: &Operand) -> String {
        if x.mode == OpMode::Nil {
            return if self.tt.is_untyped(x.typ) {
                "nil".into()
            } else {
                format!("nil (of type {})", self.type_str(x.typ))
            };
        }
        let expr = match x.expr {
            Some(e) => self.expr_str(e),
            None => match x.mode {
                OpMode::Builtin(b) => universe::builtin_name(b).into(),
                OpMode::TypeExpr => self.type_str(x.typ),
                OpMode::Constant => x.val.as_ref().map(format::const_string).unwrap_or_default(),
                _ => String::new(),
            },
        };
        let mut buf = String::new();
        if !expr.is_empty() {
            buf.push_str(&expr);
            buf.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            OpMode::Invalid | OpMode::NoValue | OpMode::Builtin(_) | OpMode::TypeExpr => {}
            _ => {
                if self.tt.is_untyped(x.typ) {
                    buf.push_str(&self.type_str(x.typ));
                    buf.push(' ');
                } else {
                    has_type = true;
                }
            }
        }
        buf.push_str(match x.mode {
            OpMode::Invalid => "invalid operand",
            OpMode::NoValue => "no value",
            OpMode::Builtin(_) => "built-in",
            OpMode::TypeExpr => "type",
            OpMode::Constant => "constant",
            OpMode::Variable => "variable",
            OpMode::MapIndex => "map index expression",
            OpMode::Value => "value",
            OpMode::Nil => "nil",
            OpMode::CommaOk => "comma, ok expression",
        });
        if x.mode == OpMode::Constant {
            if let Some(v) = &x.val {
                let s = format::const_string(v);
                if s != expr {
                    buf.push(' ');
                    buf.push_str(&s);
                }
            }
        }
        if has_type {
            if x.typ != INVALID {
                buf.push_str(" of type ");
                buf.push_str(&self.type_str(x.typ));
            } else {
                buf.push_str(" with invalid type");
            }
        }
        if !expr.is_empty() {
            buf.push(')');
        }
        buf
    }

    // ---- objects and scopes ----

    pub fn new_obj(&mut self, name: &str, kind: ObjKind, typ: TypeId, span: Span) -> ObjId {
        let id = ObjId(self.info.objects.len() as u32);
        let is_var = matches!(kind, ObjKind::Var { .. });
        self.info.objects.push(Object {
            name: name.to_string(),
            kind,
            typ,
            span,
            recv: None,
        });
        self.used.push(!is_var);
        id
    }
    pub fn obj(&self, id: ObjId) -> &Object {
        &self.info.objects[id.0 as usize]
    }
    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.info.objects[id.0 as usize]
    }

    pub fn open_scope(&mut self, func: bool) {
        self.scopes.push(Scope {
            names: HashMap::new(),
            func,
        });
    }
    pub fn close_scope(&mut self) {
        self.scopes.pop();
    }

    /// Declares `obj` under `ident` in the innermost scope and records the definition.
    pub fn declare(&mut self, ident: &ast::Ident, obj: ObjId) {
        self.info.defs.insert(ident.id, obj);
        if ident.name == "_" {
            return;
        }
        let scope = self.scopes.last_mut().unwrap();
        if let Some(&other) = scope.names.get(&ident.name) {
            let _ = other;
            self.error(
                ident.span,
                format!("{} redeclared in this block", ident.name),
            );
            return;
        }
        scope.names.insert(ident.name.clone(), obj);
    }

    /// Creates the object of a local (non-parameter) variable, not yet in any scope, and records
    /// its function depth (for capture analysis).
    pub fn local_var_obj(&mut self, ident: &ast::Ident, typ: TypeId) -> ObjId {
        let obj = self.new_obj(
            &ident.name,
            ObjKind::Var {
                global: false,
                param: false,
                captured: false,
                addressed: false,
            },
            typ,
            ident.span,
        );
        self.var_depth.insert(obj, self.func_depth);
        obj
    }

    /// [`Self::local_var_obj`], also listed for "declared but not used" unless it is `_`.
    pub fn new_local_var(&mut self, ident: &ast::Ident, typ: TypeId) -> ObjId {
        let obj = self.local_var_obj(ident, typ);
        if ident.name != "_" {
            if let Some(v) = self.func_vars.last_mut() {
                v.push(obj);
            }
        }
        obj
    }

    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        for s in self.scopes.iter().rev() {
            if let Some(&o) = s.names.get(name) {
                return Some(o);
            }
        }
        None
    }

    /// Marks a use of `obj` from the current position: used flag, closure capture, and
    /// package-level dependency edges.
    pub fn note_use(&mut self, obj: ObjId) {
        if let Some(u) = self.used.get_mut(obj.0 as usize) {
            *u = true;
        }
        if let Some(&d) = self.var_depth.get(&obj) {
            if d < self.func_depth {
                if let ObjKind::Var { captured, .. } = &mut self.obj_mut(obj).kind {
                    *captured = true;
                }
            }
        }
        if let Some(cur) = self.cur_decl {
            if self.pkg_decls.contains_key(&obj)
                && matches!(self.pkg_decls[&obj], PkgDecl::Var(..) | PkgDecl::Func(_))
            {
                self.deps.entry(cur).or_default().push(obj);
            }
        }
    }

    pub fn mark_addressed(&mut self, obj: ObjId) {
        if let ObjKind::Var { addressed, .. } = &mut self.obj_mut(obj).kind {
            *addressed = true;
        }
    }

    // ---- recording ----

    pub fn record(&mut self, x: &Operand) {
        let Some(e) = x.expr else { return };
        let mode = match x.mode {
            OpMode::Invalid => return,
            OpMode::NoValue => Mode::NoValue,
            OpMode::Builtin(_) => Mode::Builtin,
            OpMode::TypeExpr => Mode::TypeExpr,
            OpMode::Constant => Mode::Constant,
            OpMode::Variable => Mode::Variable,
            OpMode::MapIndex => Mode::MapIndex,
            OpMode::Value | OpMode::Nil => Mode::Value,
            OpMode::CommaOk => Mode::CommaOk,
        };
        self.set_expr(
            e.id,
            TypeAndValue {
                mode,
                typ: x.typ,
                // only constants carry a value (an operand may still hold a stale one)
                value: if mode == Mode::Constant {
                    x.val.clone()
                } else {
                    None
                },
            },
        );
    }

    pub fn set_expr(&mut self, id: ExprId, tv: TypeAndValue) {
        self.info.exprs.set(id, tv);
    }

    /// Re-records an untyped expression (and the operands that share its type) with its
    /// final type `typ`, converting constant values to `typ`'s representation.
    pub fn update_expr_type(&mut self, id: ExprId, typ: TypeId) {
        let Some(tv) = self.info.exprs.get(id).cloned() else {
            return;
        };
        if !self.tt.is_untyped(tv.typ) {
            return;
        }
        let children = self.untyped_children.get(&id).cloned().unwrap_or_default();
        let target_is_untyped = self.tt.is_untyped(typ);
        if !target_is_untyped && !self.tt.is_integer(typ) {
            if let Some((span, text)) = self.shift_lhs.remove(&id) {
                self.error(
                    span,
                    format!(
                        "invalid operation: {text} (shift of type {})",
                        self.type_str(typ)
                    ),
                );
            }
        }
        // (comparisons record no children: their operands keep their own types)
        for ch in children {
            self.update_expr_type(ch, typ);
        }
        let mut value = tv.value.clone();
        if let (Some(v), false) = (&value, target_is_untyped) {
            if let Some(k) = self.tt.basic_kind(typ) {
                if let Ok(nv) = constant::representable(v, k) {
                    value = Some(nv);
                }
            }
        }
        self.set_expr(
            id,
            TypeAndValue {
                mode: tv.mode,
                typ,
                value,
            },
        );
    }
}
