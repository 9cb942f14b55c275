//! Top level: globals, function and method declarations, function bodies (prologue: boxing
//! of escaping parameters, value-receiver copies, captured boxes, zeroed results), and the
//! package initialiser `Program::init`.
//!
//! Invariants:
//! - Function indices: declared functions first (in `File::decls` order, reserved before any
//!   body is compiled), then literals, wrappers and `init` appended as they are produced.
//! - Every function ends with `Ret` (or `RetBoxed`), so falling off the end returns.
//! - Registers: params (receiver first) at 0.., results at `result_base = nparams`.

use super::{Compiler, FuncState, Loc};
use crate::bytecode::Instr;
use crate::program::{FuncProto, Global};
use lang::ast::{Block, Decl, Field, FuncType, GenDecl};
use lang::types::{ObjId, Type, TypeId};

impl Compiler<'_> {
    /// Compiles the whole file; returns (init, main) function indices.
    pub(crate) fn compile_file(&mut self) -> (u32, Option<u32>) {
        self.esc = super::escape::analyze(self.file, self.info);
        let file = self.file;
        // Globals.
        for d in &file.decls {
            if let Decl::Gen(GenDecl::Var(specs, _)) = d {
                for s in specs {
                    for n in &s.names {
                        if let Some(&o) = self.info.defs.get(&n.id) {
                            let g = self.globals.len() as u32;
                            let typ = self.obj(o).typ;
                            self.globals.push(Global {
                                name: format!("{}.{}", file.package_path(n.span.start), n.name),
                                typ: typ.0,
                                line: self.line_of(n.span.start),
                            });
                            self.global_slot.insert(o, g);
                        }
                    }
                }
            }
        }
        // Reserve function indices.
        let mut main = None;
        for (i, d) in file.decls.iter().enumerate() {
            if let Decl::Func(f) = d {
                if !f.type_params.is_empty()
                    || f.recv.as_ref().is_some_and(|r| self.recv_is_generic(r))
                {
                    continue; // compiled per instance
                }
                let idx = self.funcs.len() as u32;
                self.decl_func.insert(i, idx);
                let name = self.func_decl_name(f);
                let in_main = file.package_index(f.span.start) + 1 >= file.packages.len();
                if f.recv.is_none() && f.name.name == "main" && in_main {
                    main = Some(idx);
                }
                self.funcs.push(FuncProto::named(name));
            }
        }
        // Instances of generic functions, one function each.
        for inst in self.instances {
            let idx = self.funcs.len() as u32;
            self.instance_func.push(idx);
            let name = match &file.decls[inst.decl] {
                Decl::Func(f) if f.recv.is_some() => self.func_decl_name(f),
                Decl::Func(f) => format!("{}[...]", self.func_decl_name(f)),
                _ => String::new(),
            };
            self.funcs.push(FuncProto::named(name));
        }
        for (i, d) in file.decls.iter().enumerate() {
            if let Decl::Func(f) = d {
                if !f.type_params.is_empty()
                    || f.recv.as_ref().is_some_and(|r| self.recv_is_generic(r))
                {
                    continue; // compiled per instance
                }
                let Some(body) = &f.body else { continue };
                let sig = self
                    .info
                    .defs
                    .get(&f.name.id)
                    .map_or(TypeId(0), |&o| self.obj(o).typ);
                let name = self.funcs[self.decl_func[&i] as usize].name.clone();
                let proto =
                    self.compile_function(name, f.recv.as_ref(), &f.typ, body, sig, &[], true);
                let idx = self.decl_func[&i] as usize;
                self.funcs[idx] = proto;
            }
        }
        for (k, inst) in self.instances.iter().enumerate() {
            let Decl::Func(f) = &file.decls[inst.decl] else {
                continue;
            };
            let Some(body) = &f.body else { continue };
            let outer_info = std::mem::replace(&mut self.info, &inst.body);
            let esc = super::escape::analyze_instance(f, &inst.body, self.objects);
            let outer_esc = std::mem::replace(&mut self.esc, esc);
            let idx = self.instance_func[k] as usize;
            let name = self.funcs[idx].name.clone();
            self.funcs[idx] =
                self.compile_function(name, f.recv.as_ref(), &f.typ, body, inst.sig, &[], true);
            self.esc = outer_esc;
            self.info = outer_info;
        }
        let init = self.compile_init();
        (init, main)
    }

    fn recv_is_generic(&self, r: &Field) -> bool {
        let mut t = &r.typ;
        if let lang::ast::ExprKind::Star(x) = &t.kind {
            t = x;
        }
        matches!(
            t.kind,
            lang::ast::ExprKind::Index(..) | lang::ast::ExprKind::IndexList(..)
        )
    }

    /// `main.f`, `main.(*T).m`, `example.com/shop/inventory.T.m`: as Go's tracebacks name it.
    fn func_decl_name(&self, f: &lang::ast::FuncDecl) -> String {
        let pkg = self.file.package_path(f.span.start);
        let Some(r) = &f.recv else {
            return format!("{pkg}.{}", f.name.name);
        };
        let mut t = &r.typ;
        let mut ptr = false;
        if let lang::ast::ExprKind::Star(x) = &t.kind {
            t = x;
            ptr = true;
        }
        let tname = match &t.kind {
            lang::ast::ExprKind::Ident(id) => id.name.clone(),
            lang::ast::ExprKind::Index(x, _) | lang::ast::ExprKind::IndexList(x, _) => {
                match &x.kind {
                    lang::ast::ExprKind::Ident(id) => format!("{}[...]", id.name),
                    _ => "?".into(),
                }
            }
            _ => "?".into(),
        };
        if ptr {
            format!("{pkg}.(*{tname}).{}", f.name.name)
        } else {
            format!("{pkg}.{tname}.{}", f.name.name)
        }
    }

    /// Whether a local variable must live in a box (see `escape`): a closure capturing any
    /// other variable copies its value.
    pub(crate) fn needs_box(&self, o: ObjId) -> bool {
        let t = self.obj(o).typ;
        let value_type = self.is_value_type(t);
        let shared = self.esc.reassigned.contains(&o) || self.esc.addressed.contains(&o);
        (self.esc.captured.contains(&o) && (shared || value_type))
            || (self.esc.addressed.contains(&o) && !value_type)
    }

    /// Declares a new local variable whose initial value is in `r` (which becomes its home).
    pub(crate) fn bind_local(&mut self, o: ObjId, r: u16) {
        if self.needs_box(o) {
            let v = self.boxed_var(o);
            self.emit(Instr::Box { a: r, b: r, var: v });
            self.fs.vars.insert(o, Loc::Boxed(r));
        } else {
            self.fs.vars.insert(o, Loc::Reg(r));
        }
    }

    /// R[r] := zero value of `t`.
    pub(crate) fn zero_into(&mut self, r: u16, t: TypeId) {
        if self.is_value_type(t) {
            self.emit(Instr::Zero { a: r, t: t.0 });
        } else {
            self.emit(Instr::LoadInt { a: r, v: 0 });
        }
    }

    /// Parameter/result slots of a field list: (object, type) per register.
    fn field_slots(&self, fields: &[Field]) -> Vec<(Option<ObjId>, TypeId)> {
        let mut out = Vec::new();
        for f in fields {
            let ft = self.ty(&f.typ);
            if f.names.is_empty() {
                out.push((None, ft));
            }
            for n in &f.names {
                let o = self.info.defs.get(&n.id).copied();
                let t = o.map_or(ft, |o| self.obj(o).typ);
                out.push((o, t));
            }
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn compile_function(
        &mut self,
        name: String,
        recv: Option<&Field>,
        ft: &FuncType,
        body: &Block,
        sig: TypeId,
        captures: &[ObjId],
        toplevel: bool,
    ) -> FuncProto {
        let saved = std::mem::replace(&mut self.fs, FuncState::new(name, toplevel));
        self.set_line(body.span);
        let mut params = Vec::new();
        if let Some(r) = recv {
            params.extend(self.field_slots(std::slice::from_ref(r)));
        }
        params.extend(self.field_slots(&ft.params));
        let mut results = self.field_slots(&ft.results);
        if let Some(s) = self.tt.signature(sig) {
            // Prefer the checker's signature for types (variadic params are slices).
            let off = recv.is_some() as usize;
            for (i, t) in s.params.iter().enumerate() {
                if let Some(p) = params.get_mut(i + off) {
                    p.1 = *t;
                }
            }
            for (i, t) in s.results.iter().enumerate() {
                if let Some(p) = results.get_mut(i) {
                    p.1 = *t;
                }
            }
        }
        let np = self.fs.count(params.len());
        self.fs.nparams = np;
        self.alloc(params.len());
        self.fs.result_base = np;
        let nr = self.fs.count(results.len());
        self.alloc(results.len());
        self.fs.results = results.iter().map(|r| r.1).collect();
        // Named results start zeroed; unnamed ones are always written before `Ret` (a `Ret`
        // reached by a recovered panic returns zero words for them, which the interpreter's
        // fresh frame registers hold).
        for (i, (o, t)) in results.iter().enumerate() {
            if o.is_some() {
                self.zero_into(self.fs.reg(np, i), *t);
            }
        }
        // Value receiver of struct/array type: the callee owns a copy.
        if recv.is_some() {
            if let Some((_, t)) = params.first() {
                let named_ptr = matches!(self.tt.get(*t), Type::Pointer(_));
                if !named_ptr && self.is_value_type(*t) {
                    // The prologue copies the receiver, so callers (static, interface, bound)
                    // need not: `recv_by_value` stays false.
                    self.emit(Instr::Clone { a: 0, b: 0, t: t.0 });
                }
            }
        }
        for (i, (o, _)) in params.iter().enumerate() {
            if let Some(o) = o {
                self.bind_local(*o, self.fs.reg(0, i));
            }
        }
        let named: Vec<ObjId> = results.iter().filter_map(|r| r.0).collect();
        if named.len() == results.len() && !named.is_empty() {
            self.fs.result_objs = named.clone();
            if named.iter().any(|o| self.needs_box(*o)) {
                let base = self.alloc(results.len());
                for (i, o) in named.iter().enumerate() {
                    let v = self.boxed_var(*o);
                    self.emit(Instr::Box {
                        a: self.fs.reg(base, i),
                        b: self.fs.reg(np, i),
                        var: v,
                    });
                    self.fs.vars.insert(*o, Loc::Boxed(self.fs.reg(base, i)));
                }
                self.fs.boxed_results = Some(base);
            } else {
                for (i, o) in named.iter().enumerate() {
                    self.fs.vars.insert(*o, Loc::Reg(self.fs.reg(np, i)));
                }
            }
        }
        for (i, o) in captures.iter().enumerate() {
            let r = self.alloc(1);
            self.emit(Instr::LoadCapture {
                a: r,
                capture: self.fs.operand(i),
            });
            let loc = if self.needs_box(*o) {
                Loc::Boxed(r)
            } else {
                Loc::Reg(r)
            };
            self.fs.vars.insert(*o, loc);
        }
        self.fs.locals_top = self.fs.top;
        self.block(body);
        self.set_line(lang::ast::Span {
            start: body.span.end.saturating_sub(1),
            end: body.span.end,
        });
        self.emit_ret();
        self.resolve_gotos();
        let fs = self.end_function(saved);
        for &(line, wline, ord) in &fs.go_wraps {
            let name = super::literal::closure_name(&fs.name, fs.is_toplevel, fs.lit_count + ord);
            self.go_wrappers.push((fs.name.clone(), line, name, wline));
        }
        FuncProto {
            name: fs.name,
            code: fs.code,
            lines: fs.lines,
            nregs: fs.max.max(1),
            nparams: np,
            result_base: np,
            nresults: nr,
            recv_by_value: fs.recv_by_value,
        }
    }

    pub(crate) fn emit_ret(&mut self) {
        match self.fs.boxed_results {
            Some(a) => self.emit(Instr::RetBoxed {
                a,
                n: self.fs.count(self.fs.results.len()),
            }),
            None => self.emit(Instr::Ret {}),
        };
    }

    fn resolve_gotos(&mut self) {
        let gotos = std::mem::take(&mut self.fs.gotos);
        for (label, pc, span) in gotos {
            match self.fs.labels.get(&label) {
                Some(&target) => self.fs.patch(pc, target),
                None => self.error(span, format!("label {label} not defined")),
            }
        }
    }

    /// Restores the enclosing function's state and returns the finished one; a function that
    /// went past a bytecode limit is a diagnostic at the statement that did.
    fn end_function(&mut self, saved: FuncState) -> FuncState {
        let fs = std::mem::replace(&mut self.fs, saved);
        if let Some((span, limit)) = fs.too_large.get() {
            self.error(span, limit.message());
        }
        fs
    }

    /// `Program::init`: package by package (dependencies first, `File::packages`), its
    /// variables in dependency order, then its `init()`s.
    fn compile_init(&mut self) -> u32 {
        let saved = std::mem::replace(&mut self.fs, FuncState::new("main.init".into(), true));
        let order = self.info.init_order.clone();
        for p in 0..self.file.packages.len().max(1) {
            self.compile_package_init(p, &order);
        }
        self.emit(Instr::Ret {});
        let fs = self.end_function(saved);
        let idx = self.funcs.len() as u32;
        self.funcs.push(FuncProto {
            name: fs.name,
            code: fs.code,
            lines: fs.lines,
            nregs: fs.max.max(1),
            nparams: 0,
            result_base: 0,
            nresults: 0,
            recv_by_value: false,
        });
        idx
    }

    /// The variables (in `order`) and `init()`s of package `p`, into the function being built.
    fn compile_package_init(&mut self, p: usize, order: &[(Vec<ObjId>, usize, usize)]) {
        let file = self.file;
        let decl_package = |d: &Decl| file.package_index(d.start());
        for &(_, di, si) in order {
            let Some(decl @ Decl::Gen(GenDecl::Var(specs, _))) = file.decls.get(di) else {
                continue;
            };
            let Some(spec) = specs.get(si).filter(|_| decl_package(decl) == p) else {
                continue;
            };
            self.set_line(spec.span);
            self.fs.locals_top = self.fs.top;
            self.var_spec(spec, true);
            self.fs.top = self.fs.locals_top;
        }
        for (i, d) in file.decls.iter().enumerate() {
            if let Decl::Func(f) = d {
                if f.recv.is_none() && f.name.name == "init" && decl_package(d) == p {
                    self.set_line(f.span);
                    let a = self.alloc(1);
                    self.emit(Instr::Call {
                        a,
                        f: self.decl_func[&i],
                    });
                    self.fs.top = a;
                }
            }
        }
    }
}
