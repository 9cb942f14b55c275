//! Calls: classification of the callee (declared function, method, stdlib native, interface
//! method, func value, builtin, conversion), argument passing (interface boxing, variadic
//! packing, `f(g())` forwarding), receivers, method values, and `go`/`defer`.
//!
//! Invariants (call convention, see bytecode.rs): the argument window `R[base..]` is
//! allocated at the top of the stack, so the callee frame may overlap everything above it;
//! the window is `max(nargs, nresults)` registers; results land at `R[base..]`. A method's
//! receiver is argument 0; struct/array value receivers are passed as the (possibly aliased)
//! object and copied by the callee's prologue (`Clone r0`), so `FuncProto::recv_by_value` is
//! always false.

use super::Compiler;
use crate::bytecode::Instr;
use crate::program::MethodImpl;
use lang::ast::{Expr, ExprKind, Ident};
use lang::types::{Builtin, Mode, ObjId, ObjKind, Selection, Signature, Type, TypeId};

/// What a call expression calls.
pub(crate) enum Callee<'e> {
    Builtin(Builtin),
    Conversion(TypeId),
    Func(u32),
    /// A static method (function index) with its receiver.
    Method(u32, Recv<'e>),
    /// A stdlib function or method; `Some` receiver for methods.
    Native(u32, Option<Recv<'e>>),
    /// Dynamic call through an interface: receiver expression, embedding path, method name id.
    Iface(&'e Expr, Vec<usize>, u32),
    Value(&'e Expr),
}

/// How to compute a method receiver.
pub(crate) struct Recv<'e> {
    pub x: &'e Expr,
    pub path: Vec<usize>,
    pub ptr_recv: bool,
    pub addr: bool,
    pub deref: bool,
    /// The receiver's base type (named type of the method).
    pub recv_type: TypeId,
}

impl<'c> Compiler<'c> {
    pub(crate) fn classify<'e>(&mut self, func: &'e Expr) -> Option<Callee<'e>> {
        let f = func.unparen();
        if let Some(tv) = self.tv(f) {
            if tv.mode == Mode::TypeExpr {
                return Some(Callee::Conversion(tv.typ));
            }
        }
        if let Some(idx) = self.instance_at(f) {
            return Some(Callee::Func(idx));
        }
        match &f.kind {
            ExprKind::Ident(id) => {
                if self.fs.vars.contains_key(&self.ident_obj(id)?) {
                    return Some(Callee::Value(f));
                }
                match &self.obj(self.ident_obj(id)?).kind {
                    ObjKind::Builtin(b) => Some(Callee::Builtin(*b)),
                    ObjKind::Func { .. } => self.func_of(self.ident_obj(id)?).map(Callee::Func),
                    ObjKind::PkgMember { pkg, name } => self.native_callee(f, pkg, name),
                    _ => Some(Callee::Value(f)),
                }
            }
            ExprKind::Selector(x, sel) => self.selector_callee(f, x, sel),
            _ => Some(Callee::Value(f)),
        }
    }

    fn native_callee<'e>(&mut self, f: &'e Expr, pkg: &str, name: &str) -> Option<Callee<'e>> {
        match self.native(pkg, name) {
            Some(n) => Some(Callee::Native(n, None)),
            None => {
                self.unsupported(f.span, &format!("{pkg}.{name}"));
                None
            }
        }
    }

    fn selector_callee<'e>(&mut self, f: &'e Expr, x: &'e Expr, sel: &Ident) -> Option<Callee<'e>> {
        match self.info.selections.get(&f.id).cloned() {
            Some(Selection::PkgMember(o)) => match &self.obj(o).kind {
                ObjKind::PkgMember { pkg, name } => self.native_callee(f, pkg, name),
                ObjKind::Builtin(b) => Some(Callee::Builtin(*b)),
                ObjKind::Func { decl } => Some(Callee::Func(self.decl_func[decl])),
                _ => Some(Callee::Value(f)),
            },
            Some(Selection::Method {
                path,
                method,
                addr,
                deref,
                ..
            }) => {
                let (recv, imp) = self.method_target(f, x, path, method, addr, deref)?;
                Some(match imp {
                    Ok(fi) => Callee::Method(fi, recv),
                    Err(n) => Callee::Native(n, Some(recv)),
                })
            }
            _ if self.tv(x).is_some_and(|tv| tv.mode == Mode::TypeExpr) => {
                // a method expression
                Some(Callee::Value(f))
            }
            Some(Selection::InterfaceMethod { path, .. }) => {
                let m = self.method_name(&sel.name);
                Some(Callee::Iface(x, path, m))
            }
            Some(Selection::MethodExpr { .. }) | Some(Selection::Field { .. }) => {
                Some(Callee::Value(f))
            }
            None => {
                if let Some(&o) = self.info.uses.get(&sel.id) {
                    if let ObjKind::PkgMember { pkg, name } = &self.obj(o).kind {
                        return self.native_callee(f, pkg, name);
                    }
                }
                Some(Callee::Value(f))
            }
        }
    }

    /// Receiver plan and implementation (function index, or native index) of a method.
    fn method_target<'e>(
        &mut self,
        f: &Expr,
        x: &'e Expr,
        path: Vec<usize>,
        method: ObjId,
        addr: bool,
        deref: bool,
    ) -> Option<(Recv<'e>, Result<u32, u32>)> {
        let (nid, ptr_recv) = self.obj(method).recv?;
        let recv_type = self.tt.named_type_id(nid);
        let recv = Recv {
            x,
            path,
            ptr_recv,
            addr,
            deref,
            recv_type,
        };
        let imp = match self.method_impl(f, method)? {
            MethodImpl::Func(fi) => Ok(fi),
            MethodImpl::Native(n) => Err(n),
        };
        Some((recv, imp))
    }

    /// The implementation of a declared or stdlib method (`f`: where it is used, for the
    /// diagnostic when a stdlib method is not implemented).
    pub(crate) fn method_impl(&mut self, f: &Expr, method: ObjId) -> Option<MethodImpl> {
        let obj = self.obj(method);
        let (nid, _) = obj.recv?;
        match &obj.kind {
            ObjKind::Func { .. } => self.func_of(method).map(MethodImpl::Func),
            _ => {
                let nt = &self.tt.named[nid.0 as usize];
                let key = format!("{}.{}", nt.name, obj.name);
                let pkg = nt.pkg.clone();
                let n = self.native(&pkg, &key);
                if n.is_none() {
                    self.unsupported(f.span, &format!("method {pkg}.{key}"));
                }
                n.map(MethodImpl::Native)
            }
        }
    }

    /// Computes a method receiver into `dst`.
    pub(crate) fn receiver_into(&mut self, r: &Recv, dst: u16) {
        if r.path.is_empty() {
            if r.ptr_recv && r.addr {
                self.addr_into(r.x, dst);
            } else {
                self.expr_into(r.x, dst);
            }
        } else {
            let base = self.expr_reg(r.x);
            let inner_struct = self.is_value_type(r.recv_type);
            let mut src = base;
            let n = r.path.len();
            for (k, &f) in r.path.iter().enumerate() {
                if k + 1 == n && r.ptr_recv && r.addr && !inner_struct {
                    self.emit(Instr::FieldAddr {
                        a: dst,
                        b: src,
                        field: self.fs.operand(f),
                    });
                } else {
                    self.emit(Instr::FieldLoad {
                        a: dst,
                        b: src,
                        field: self.fs.operand(f),
                    });
                }
                src = dst;
            }
        }
        if r.deref {
            let t = r.recv_type;
            self.load_through(dst, t, dst);
        }
    }

    /// Compiles the call `e` and puts its (first) result in `dst`.
    pub(crate) fn call_into(&mut self, e: &Expr, dst: u16) {
        let want = if dst + 1 == self.fs.top && self.fs.is_scratch(dst) {
            Some(dst)
        } else {
            None
        };
        if let Some(base) = self.call_at(e, want) {
            if base != dst {
                self.emit(Instr::Move { a: dst, b: base });
            }
        }
    }

    /// Compiles the call `e`; returns the register of its first result. `want`, when given,
    /// is the top-most allocated register, which may serve as the window base.
    pub(crate) fn call_at(&mut self, e: &Expr, want: Option<u16>) -> Option<u16> {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &e.unparen().kind
        else {
            self.unsupported(e.span, "this call");
            return None;
        };
        let callee = self.classify(func)?;
        let sig = self.tt.signature(self.ty(func)).cloned();
        match callee {
            Callee::Builtin(b) => {
                let dst = want.unwrap_or_else(|| self.temp());
                self.builtin_into(e, b, args, *ellipsis, dst);
                Some(dst)
            }
            Callee::Conversion(t) => {
                let dst = want.unwrap_or_else(|| self.temp());
                self.conversion_into(e, &args[0], t, dst);
                Some(dst)
            }
            Callee::Value(fe) => {
                let fv = self.expr_reg(fe);
                let sig = sig?;
                let base = self.window(None, sig.params.len(), sig.results.len());
                self.args_into(args, *ellipsis, &sig, base);
                self.emit(Instr::CallValue { a: base, b: fv });
                Some(base)
            }
            Callee::Func(f) => {
                let sig = sig?;
                let base = self.window(want, sig.params.len(), sig.results.len());
                self.args_into(args, *ellipsis, &sig, base);
                self.emit(Instr::Call { a: base, f });
                Some(base)
            }
            Callee::Method(f, recv) => {
                let sig = sig?;
                let base = self.window(want, sig.params.len() + 1, sig.results.len());
                self.receiver_into(&recv, base);
                self.args_into(args, *ellipsis, &sig, base + 1);
                self.emit(Instr::Call { a: base, f });
                Some(base)
            }
            Callee::Native(n, recv) => {
                let sig = sig?;
                // The native's arity is its declaration's, the signature checked here.
                let extra = recv.is_some() as usize;
                let base = self.window(want, sig.params.len() + extra, sig.results.len());
                if let Some(r) = &recv {
                    self.receiver_into(r, base);
                }
                self.args_into(args, *ellipsis, &sig, self.fs.reg(base, extra));
                self.emit(Instr::CallNative { a: base, native: n });
                Some(base)
            }
            Callee::Iface(x, path, m) => {
                let sig = sig?;
                let base = self.window(want, sig.params.len() + 1, sig.results.len());
                self.iface_recv_into(x, &path, base);
                self.args_into(args, *ellipsis, &sig, base + 1);
                self.emit(Instr::CallIface { a: base, m });
                Some(base)
            }
        }
    }

    fn iface_recv_into(&mut self, x: &Expr, path: &[usize], dst: u16) {
        if path.is_empty() {
            self.expr_into(x, dst);
        } else {
            let mut src = self.expr_reg(x);
            for &f in path {
                self.emit(Instr::FieldLoad {
                    a: dst,
                    b: src,
                    field: self.fs.operand(f),
                });
                src = dst;
            }
        }
    }

    /// Allocates a call window of `max(nargs, nres)` registers at the top of the stack.
    pub(crate) fn window(&mut self, want: Option<u16>, nargs: usize, nres: usize) -> u16 {
        let size = nargs.max(nres).max(1);
        match want {
            Some(w) if w + 1 == self.fs.top => {
                self.alloc(size - 1);
                w
            }
            _ => self.alloc(size),
        }
    }

    /// Evaluates the arguments into `R[at..]` according to `sig`.
    pub(crate) fn args_into(&mut self, args: &[Expr], ellipsis: bool, sig: &Signature, at: u16) {
        let np = sig.params.len();
        if args.len() == 1 && (np > 1 || sig.variadic) {
            if let Type::Tuple(ts) = self.tt.get(self.ty(&args[0])).clone() {
                // f(g()): forward g's results.
                let base = self.call_at(&args[0], None);
                if let Some(base) = base {
                    for (i, t) in ts.iter().enumerate() {
                        let pt = self.param_type(sig, i);
                        self.emit(Instr::Move {
                            a: self.fs.reg(at, i),
                            b: self.fs.reg(base, i),
                        });
                        self.coerce(self.fs.reg(at, i), *t, pt, true);
                    }
                    if sig.variadic {
                        // Pack the surplus results into the variadic slice.
                        let fixed = np - 1;
                        let extra = ts.len() - fixed;
                        let slice_t = sig.params[np - 1];
                        self.pack_regs(self.fs.reg(at, fixed), extra, slice_t);
                    }
                }
                return;
            }
        }
        if sig.variadic && !ellipsis {
            let fixed = np - 1;
            for (i, a) in args.iter().take(fixed).enumerate() {
                self.value_into(a, self.fs.reg(at, i), sig.params[i]);
            }
            let slice_t = sig.params[np - 1];
            let et = self.elem_type(slice_t);
            let rest = &args[fixed.min(args.len())..];
            let dst = self.fs.reg(at, fixed);
            if rest.is_empty() {
                self.emit(Instr::LoadInt { a: dst, v: 0 });
            } else {
                let first = self.alloc(rest.len());
                for (i, a) in rest.iter().enumerate() {
                    self.value_into(a, self.fs.reg(first, i), et);
                }
                let z = self.temp();
                self.emit(Instr::LoadInt { a: z, v: 0 });
                self.emit(Instr::Append {
                    a: dst,
                    b: z,
                    c: first,
                    n: self.fs.count(rest.len()),
                    t: slice_t.0,
                });
            }
        } else {
            for (i, a) in args.iter().enumerate() {
                let pt = if i < np { sig.params[i] } else { self.ty(a) };
                self.value_into(a, self.fs.reg(at, i), pt);
            }
        }
    }

    /// Replaces the `n` values at `R[at..at+n)` (already converted) by a slice of them.
    fn pack_regs(&mut self, at: u16, n: usize, slice_t: TypeId) {
        let et = self.elem_type(slice_t);
        let first = self.alloc(n.max(1));
        for i in 0..n {
            self.emit(Instr::Move {
                a: self.fs.reg(first, i),
                b: self.fs.reg(at, i),
            });
            self.coerce(self.fs.reg(first, i), et, et, true);
        }
        let z = self.temp();
        self.emit(Instr::LoadInt { a: z, v: 0 });
        self.emit(Instr::Append {
            a: at,
            b: z,
            c: first,
            n: self.fs.count(n),
            t: slice_t.0,
        });
    }

    fn param_type(&self, sig: &Signature, i: usize) -> TypeId {
        let np = sig.params.len();
        if sig.variadic && i + 1 >= np {
            self.elem_type(sig.params[np - 1])
        } else {
            sig.params.get(i).copied().unwrap_or(TypeId(0))
        }
    }

    /// A method value `x.m` (bound method) into `dst`.
    pub(crate) fn method_value(&mut self, e: &Expr, x: &Expr, sel: &Ident, dst: u16) {
        match self.selector_callee(e, x, sel) {
            Some(Callee::Method(f, recv)) => {
                let r = self.temp();
                self.receiver_value_into(&recv, r);
                self.emit(Instr::BindMethod { a: dst, f, b: r });
            }
            Some(Callee::Iface(x, path, m)) => {
                let r = self.temp();
                self.iface_recv_into(x, &path, r);
                self.emit(Instr::BindIfaceMethod { a: dst, b: r, m });
            }
            Some(Callee::Native(n, Some(recv))) => {
                let r = self.temp();
                self.receiver_value_into(&recv, r);
                self.emit(Instr::BindNative {
                    a: dst,
                    native: n,
                    b: r,
                });
            }
            _ => self.unsupported(e.span, "this method value"),
        }
    }

    /// The receiver as a method value or a `go`/`defer` binds it: evaluated now, and a value
    /// receiver of an aggregate type copied (later changes to the variable are not seen).
    fn receiver_value_into(&mut self, recv: &Recv, r: u16) {
        self.receiver_into(recv, r);
        if !recv.ptr_recv && self.is_value_type(recv.recv_type) {
            self.emit(Instr::Clone {
                a: r,
                b: r,
                t: recv.recv_type.0,
            });
        }
    }

    /// `go f(args)` / `defer f(args)`.
    pub(crate) fn go_defer(&mut self, call: &Expr, is_go: bool) {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &call.unparen().kind
        else {
            return self.unsupported(call.span, "this go/defer statement");
        };
        let Some(callee) = self.classify(func) else {
            return;
        };
        let sig = self.tt.signature(self.ty(func)).cloned();
        // go1.19 wraps a call with arguments, a receiver or results in a closure.
        let wrapped = match &callee {
            Callee::Builtin(b) => !args.is_empty() || *b == Builtin::Recover,
            Callee::Method(..) | Callee::Iface(..) | Callee::Native(_, Some(_)) => true,
            _ => sig
                .as_ref()
                .is_some_and(|s| !s.params.is_empty() || !s.results.is_empty()),
        };
        if wrapped {
            self.fs.wrap_count += 1;
        }
        let wrapper = self.fs.wrap_count;
        let fv = self.temp();
        let (base, n) = match callee {
            Callee::Builtin(b) => return self.go_defer_builtin(call, b, args, is_go),
            Callee::Conversion(_) => {
                return self.unsupported(call.span, "go/defer of a conversion")
            }
            Callee::Value(fe) => {
                self.expr_into(fe, fv);
                let Some(sig) = sig else { return };
                let base = self.alloc(sig.params.len().max(1));
                self.args_into(args, *ellipsis, &sig, base);
                (base, sig.params.len())
            }
            Callee::Func(f) => {
                self.emit(Instr::MakeClosure {
                    a: fv,
                    f,
                    b: 0,
                    n: 0,
                });
                let Some(sig) = sig else { return };
                let base = self.alloc(sig.params.len().max(1));
                self.args_into(args, *ellipsis, &sig, base);
                (base, sig.params.len())
            }
            Callee::Method(f, recv) => {
                self.emit(Instr::MakeClosure {
                    a: fv,
                    f,
                    b: 0,
                    n: 0,
                });
                let Some(sig) = sig else { return };
                let base = self.alloc(sig.params.len() + 1);
                self.receiver_value_into(&recv, base);
                self.args_into(args, *ellipsis, &sig, base + 1);
                (base, sig.params.len() + 1)
            }
            Callee::Native(nat, recv) => {
                self.emit(Instr::NativeValue { a: fv, native: nat });
                let Some(sig) = sig else { return };
                let extra = recv.is_some() as usize;
                let base = self.alloc((sig.params.len() + extra).max(1));
                if let Some(r) = &recv {
                    self.receiver_into(r, base);
                }
                self.args_into(args, *ellipsis, &sig, self.fs.reg(base, extra));
                (base, sig.params.len() + extra)
            }
            Callee::Iface(x, path, m) => {
                let r = self.temp();
                self.iface_recv_into(x, &path, r);
                self.emit(Instr::BindIfaceMethod { a: fv, b: r, m });
                let Some(sig) = sig else { return };
                let base = self.alloc(sig.params.len().max(1));
                self.args_into(args, *ellipsis, &sig, base);
                (base, sig.params.len())
            }
        };
        let n = self.fs.count(n);
        if is_go {
            if wrapped {
                let call_line = self.line_of(func.span.end);
                self.fs.go_wraps.push((self.fs.line, call_line, wrapper));
            }
            self.emit(Instr::Go { a: base, b: fv, n });
        } else {
            self.emit(Instr::Defer { a: base, b: fv, n });
        }
    }
}
