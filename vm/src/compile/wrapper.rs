//! Synthesized functions that adapt a receiver: wrappers for methods promoted through embedded
//! fields (entries of runtime method sets) and the functions that method expressions
//! (`T.m`, `(*T).m`, `I.m`, `S.promoted`) evaluate to.
//!
//! Invariants: a wrapper's parameters are the outer receiver `R[0]` followed by the method's
//! arguments; it computes the real receiver into `R[np]` (walking the embedding path, taking
//! a field's address for a pointer method reached through a value, loading through a pointer
//! for a value method reached through a pointer), copies the arguments after it, calls the
//! method there and returns its results from `R[np..]`. Struct and array values are object
//! pointers, so a pointer to a struct is the struct's object and needs no load.

use super::Compiler;
use crate::bytecode::Instr;
use crate::program::{FuncProto, MethodImpl};
use lang::ast::{Expr, Ident};
use lang::types::{ObjId, Selection, TypeId};

/// How a wrapper reaches and calls a concrete method.
pub(crate) struct Target<'p> {
    /// Embedded-field indices from the outer receiver to the method's receiver.
    pub path: &'p [usize],
    pub imp: MethodImpl,
    /// The method has a pointer receiver.
    pub ptr_recv: bool,
    /// The method's receiver base type (the named type declaring it).
    pub inner: TypeId,
    /// The value at the end of `path` (the outer receiver when `path` is empty) is a pointer.
    pub holds_ptr: bool,
    /// The method's name.
    pub name: String,
}

impl Compiler<'_> {
    /// (parameter words, results) of function type `sig`, plus `recv` extra parameters: a
    /// wrapper's sizes are those of its method's type with `recv` = 1, or of a method
    /// expression's type with `recv` = 0.
    pub(crate) fn wrapper_sizes(&self, sig: TypeId, recv: usize) -> (u16, u16) {
        match self.tt.signature(sig) {
            Some(s) => (
                self.fs.count(s.params.len() + recv),
                self.fs.count(s.results.len()),
            ),
            None => (self.fs.count(recv), 0),
        }
    }

    /// A function `recv, args... → recv.path.m(args...)` for method `name` of the interface
    /// reached through `path` (`path` empty: a method expression `I.m`).
    pub(crate) fn iface_wrapper(
        &mut self,
        fname: String,
        path: &[usize],
        name: &str,
        (np, nr): (u16, u16),
    ) -> u32 {
        let a = np;
        let mut code = vec![Instr::Move { a, b: 0 }];
        for &f in path {
            code.push(Instr::FieldLoad {
                a,
                b: a,
                field: self.fs.operand(f),
            });
        }
        let m = self.method_name(name);
        self.finish_wrapper(fname, code, Instr::CallIface { a, m }, np, nr)
    }

    /// A function `recv, args... → target(recv.path, args...)`, the receiver adapted as the
    /// module invariant describes.
    pub(crate) fn method_wrapper(
        &mut self,
        fname: String,
        t: &Target,
        (np, nr): (u16, u16),
    ) -> u32 {
        let a = np;
        let mut code = vec![Instr::Move { a, b: 0 }];
        let inner_is_struct = self.is_value_type(t.inner);
        for (k, &f) in t.path.iter().enumerate() {
            let last = k + 1 == t.path.len();
            code.push(if last && t.ptr_recv && !t.holds_ptr && !inner_is_struct {
                Instr::FieldAddr {
                    a,
                    b: a,
                    field: self.fs.operand(f),
                }
            } else {
                Instr::FieldLoad {
                    a,
                    b: a,
                    field: self.fs.operand(f),
                }
            });
        }
        if t.holds_ptr && !t.ptr_recv && t.path.is_empty() {
            // `*T`'s own wrapper of a value method: Go's `panicwrap` on a nil receiver.
            let full = self.type_name(t.inner);
            let bare = full.rsplit('.').next().unwrap_or(&full);
            let text = format!(
                "value method {full}.{} called using nil *{bare} pointer",
                t.name
            );
            let k = self.str_const(text.as_bytes());
            code.push(Instr::NilRecvCheck { a, k });
        }
        if t.holds_ptr && !t.ptr_recv {
            code.push(if inner_is_struct {
                Instr::NilCheck { a }
            } else {
                Instr::Load { a, b: a }
            });
        }
        let call = match t.imp {
            MethodImpl::Func(f) => Instr::Call { a, f },
            MethodImpl::Native(n) => Instr::CallNative { a, native: n },
        };
        self.finish_wrapper(fname, code, call, np, nr)
    }

    /// Completes a wrapper whose `code` left the receiver in `R[np]`: copies the arguments
    /// after it, makes `call` there, returns its results; registers the function.
    fn finish_wrapper(
        &mut self,
        name: String,
        mut code: Vec<Instr>,
        call: Instr,
        np: u16,
        nr: u16,
    ) -> u32 {
        let a = np;
        for i in 1..np {
            code.push(Instr::Move {
                a: self.fs.reg(a, i.into()),
                b: i,
            });
        }
        code.push(call);
        code.push(Instr::Ret {});
        let lines = vec![0; code.len()];
        let f = self.funcs.len() as u32;
        self.funcs.push(FuncProto {
            name,
            code,
            lines,
            nregs: self.fs.reg(a, np.max(nr).into()),
            nparams: np,
            result_base: a,
            nresults: nr,
            recv_by_value: false,
        });
        f
    }

    /// The method expression `e` = `x.sel` (`x` a type) into `dst`: the method itself when
    /// its receiver needs no adapting, else a wrapper.
    pub(crate) fn method_expr_into(&mut self, e: &Expr, x: &Expr, sel: &Ident, dst: u16) {
        let fname = format!("{}.{}", self.type_name(self.ty(x)), sel.name);
        let sizes = self.wrapper_sizes(self.ty(e), 0);
        let f = match self.info.selections.get(&e.id).cloned() {
            Some(Selection::MethodExpr { path, method, ptr }) => {
                match self.method_expr_target(e, &path, method, ptr) {
                    Some(t) => match t.imp {
                        MethodImpl::Func(f) if path.is_empty() && ptr == t.ptr_recv => f,
                        _ => self.method_wrapper(fname, &t, sizes),
                    },
                    None => return,
                }
            }
            Some(Selection::InterfaceMethod { path, .. }) => {
                self.iface_wrapper(fname, &path, &sel.name, sizes)
            }
            _ => return self.unsupported(e.span, "this method expression"),
        };
        self.emit(Instr::MakeClosure {
            a: dst,
            f,
            b: 0,
            n: 0,
        });
    }

    fn method_expr_target<'p>(
        &mut self,
        e: &Expr,
        path: &'p [usize],
        method: ObjId,
        ptr: bool,
    ) -> Option<Target<'p>> {
        let (nid, ptr_recv) = self.obj(method).recv?;
        let imp = self.method_impl(e, method)?;
        Some(Target {
            name: self.obj(method).name.clone(),
            path,
            imp,
            ptr_recv,
            inner: self.tt.named_type_id(nid),
            holds_ptr: ptr,
        })
    }
}
