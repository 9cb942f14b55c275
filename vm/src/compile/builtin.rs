//! Builtin functions (`len`, `append`, `make`, `new`, `panic`, `print`, `min`, …) mapped to
//! instructions, conversions `T(x)`, and `go`/`defer` of builtins (through a small synthesised
//! function taking the evaluated arguments).
//!
//! Invariant: arguments are evaluated left to right before the instruction writes `dst`.

use super::Compiler;
use crate::bytecode::Instr;
use crate::program::FuncProto;
use lang::ast::{BinaryOp, Expr};
use lang::types::{BasicKind, Builtin, Type, TypeId};

impl Compiler<'_> {
    pub(crate) fn builtin_into(
        &mut self,
        e: &Expr,
        b: Builtin,
        args: &[Expr],
        ellipsis: bool,
        dst: u16,
    ) {
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = &args[0];
                let t = self.ty(x);
                match self.under(t).clone() {
                    Type::Array(n, _) => self.load_word(dst, n),
                    Type::Pointer(p) => {
                        let n = match self.under(p) {
                            Type::Array(n, _) => *n,
                            _ => 0,
                        };
                        self.load_word(dst, n)
                    }
                    Type::Slice(_) => {
                        let r = self.expr_reg(x);
                        if b == Builtin::Len {
                            self.emit(Instr::SliceLen { a: dst, b: r });
                        } else {
                            self.emit(Instr::SliceCap { a: dst, b: r });
                        }
                    }
                    Type::Map(..) => {
                        let r = self.expr_reg(x);
                        self.emit(Instr::MapLen { a: dst, b: r });
                    }
                    Type::Chan(..) => {
                        let r = self.expr_reg(x);
                        if b == Builtin::Len {
                            self.emit(Instr::ChanLen { a: dst, b: r });
                        } else {
                            self.emit(Instr::ChanCap { a: dst, b: r });
                        }
                    }
                    _ => {
                        let r = self.expr_reg(x);
                        self.emit(Instr::StrLen { a: dst, b: r });
                    }
                }
            }
            Builtin::Append => {
                let st = self.ty(e);
                let s = self.expr_reg(&args[0]);
                if ellipsis {
                    let o = self.expr_reg(&args[1]);
                    self.emit(Instr::AppendSlice {
                        a: dst,
                        b: s,
                        c: o,
                        t: st.0,
                    });
                } else {
                    let et = self.elem_type(st);
                    let n = args.len() - 1;
                    let first = self.alloc(n.max(1));
                    for (i, a) in args[1..].iter().enumerate() {
                        self.value_into(a, self.fs.reg(first, i), et);
                    }
                    self.emit(Instr::Append {
                        a: dst,
                        b: s,
                        c: first,
                        n: self.fs.count(n),
                        t: st.0,
                    });
                }
            }
            Builtin::Copy => {
                let t = self.ty(&args[0]);
                let d = self.expr_reg(&args[0]);
                let s = self.expr_reg(&args[1]);
                self.emit(Instr::Copy {
                    a: dst,
                    b: d,
                    c: s,
                    t: t.0,
                });
            }
            Builtin::Delete => {
                let mt = self.ty(&args[0]);
                let m = self.expr_reg(&args[0]);
                let kt = match self.under(mt) {
                    Type::Map(k, _) => *k,
                    _ => TypeId(0),
                };
                let k = self.temp();
                self.value_into(&args[1], k, kt);
                self.emit(Instr::MapDelete {
                    b: m,
                    c: k,
                    t: mt.0,
                });
            }
            Builtin::Make => {
                let t = self.ty(e);
                let size = |c: &mut Self, i: usize| -> u16 {
                    match args.get(i) {
                        Some(a) => c.expr_reg(a),
                        None => {
                            let r = c.temp();
                            c.emit(Instr::LoadInt { a: r, v: 0 });
                            r
                        }
                    }
                };
                match self.under(t) {
                    Type::Slice(_) => {
                        let l = size(self, 1);
                        let c = if args.len() > 2 { size(self, 2) } else { l };
                        self.emit(Instr::MakeSlice {
                            a: dst,
                            t: t.0,
                            b: l,
                            c,
                        });
                    }
                    Type::Map(..) => {
                        let h = size(self, 1);
                        self.emit(Instr::MakeMap {
                            a: dst,
                            t: t.0,
                            b: h,
                        });
                    }
                    Type::Chan(..) => {
                        let n = size(self, 1);
                        self.emit(Instr::MakeChan {
                            a: dst,
                            t: t.0,
                            b: n,
                        });
                    }
                    _ => self.unsupported(e.span, "this make"),
                }
            }
            Builtin::New => {
                let pt = self.ty(e);
                let t = self.elem_type(pt);
                if self.is_value_type(t) {
                    self.emit(Instr::Zero { a: dst, t: t.0 });
                } else {
                    let z = self.temp();
                    self.emit(Instr::LoadInt { a: z, v: 0 });
                    self.emit(Instr::Box {
                        a: dst,
                        b: z,
                        var: crate::program::NO_VAR,
                    });
                }
            }
            Builtin::Panic => {
                let any = self.any_type();
                let r = self.temp();
                self.value_into(&args[0], r, any);
                self.emit(Instr::Panic { a: r });
            }
            Builtin::Recover => {
                self.emit(Instr::Recover { a: dst });
            }
            Builtin::Print | Builtin::Println => {
                for (i, a) in args.iter().enumerate() {
                    if i > 0 && b == Builtin::Println {
                        self.emit(Instr::PrintSpace {});
                    }
                    let r = self.expr_reg(a);
                    let t = self.concrete(self.ty(a));
                    let kind = self.rkind(t) as u8;
                    self.emit(Instr::Print { a: r, kind });
                }
                if b == Builtin::Println {
                    self.emit(Instr::PrintNewline {});
                }
            }
            Builtin::Min | Builtin::Max => {
                let t = self.concrete(self.ty(e));
                let float = self.tt.is_float(t);
                let acc = self.temp();
                self.value_into(&args[0], acc, t);
                for a in &args[1..] {
                    let r = self.expr_reg(a);
                    let c = self.temp();
                    let mut done = Vec::new();
                    if float {
                        // a NaN argument makes the result NaN (a NaN acc stays: every
                        // comparison below is false)
                        self.compare_regs(BinaryOp::Ne, r, r, t, c);
                        let j = self.emit(Instr::JumpIfNot { a: c, off: 0 });
                        self.emit(Instr::Move { a: acc, b: r });
                        done.push(self.emit(Instr::Jump { off: 0 }));
                        self.fs.patch_here(j);
                    }
                    // acc := r if r < acc (min) / acc < r (max)
                    let (x, y) = if b == Builtin::Min {
                        (r, acc)
                    } else {
                        (acc, r)
                    };
                    self.compare_regs(BinaryOp::Lt, x, y, t, c);
                    let j = self.emit(Instr::JumpIfNot { a: c, off: 0 });
                    self.emit(Instr::Move { a: acc, b: r });
                    self.fs.patch_here(j);
                    if float {
                        // equal floats have equal bits but for ±0: min is -0 if either is
                        // (the sign bits or-ed), max +0 if either is (and-ed)
                        self.compare_regs(BinaryOp::Eq, acc, r, t, c);
                        let j = self.emit(Instr::JumpIfNot { a: c, off: 0 });
                        self.emit(if b == Builtin::Min {
                            Instr::Or {
                                a: acc,
                                b: acc,
                                c: r,
                            }
                        } else {
                            Instr::And {
                                a: acc,
                                b: acc,
                                c: r,
                            }
                        });
                        self.fs.patch_here(j);
                    }
                    for j in done {
                        self.fs.patch_here(j);
                    }
                }
                self.emit(Instr::Move { a: dst, b: acc });
            }
            Builtin::Clear => {
                let t = self.ty(&args[0]);
                if matches!(self.under(t), Type::Map(..)) {
                    let m = self.expr_reg(&args[0]);
                    self.emit(Instr::MapClear { b: m });
                } else {
                    let s = self.expr_reg(&args[0]);
                    self.emit(Instr::SliceClear { b: s, t: t.0 });
                }
            }
            Builtin::Close => {
                let c = self.expr_reg(&args[0]);
                self.emit(Instr::Close { b: c });
            }
            Builtin::Complex => {
                // complex(float32, float32) is complex64: its parts are already float32
                let ft = if self.is_complex64(self.concrete(self.ty(e))) {
                    BasicKind::Float32
                } else {
                    BasicKind::Float64
                };
                let ft = TypeId(ft as u32);
                let (re, im) = (self.temp(), self.temp());
                self.value_into(&args[0], re, ft);
                self.value_into(&args[1], im, ft);
                self.emit(Instr::MakeComplex {
                    a: dst,
                    b: re,
                    c: im,
                });
            }
            Builtin::Real | Builtin::Imag => {
                let c = self.expr_reg(&args[0]);
                if b == Builtin::Real {
                    self.emit(Instr::RealPart { a: dst, b: c });
                } else {
                    self.emit(Instr::ImagPart { a: dst, b: c });
                }
            }
        }
    }

    /// The type `interface{}`.
    pub(crate) fn any_type(&self) -> TypeId {
        self.tt
            .intern
            .get(&Type::Interface(vec![]))
            .copied()
            .unwrap_or(TypeId(0))
    }

    /// `dst := T(x)`.
    pub(crate) fn conversion_into(&mut self, e: &Expr, x: &Expr, to: TypeId, dst: u16) {
        let from = self.ty(x);
        if self.tv(e).is_some_and(|tv| tv.value.is_some()) {
            return self.expr_into(e, dst);
        }
        if self.is_iface(to) {
            return self.value_into(x, dst, to);
        }
        let fu = self.under(from).clone();
        let tu = self.under(to).clone();
        let r = self.expr_reg(x);
        let from = self.concrete(from);
        match (&fu, &tu) {
            (Type::Basic(fk), Type::Basic(tk)) => {
                let f_int = self.tt.is_integer(from);
                let f_float = self.tt.is_float(from);
                let t_int = self.tt.is_integer(to);
                let t_float = self.tt.is_float(to);
                let t_str = *tk == BasicKind::String;
                if f_int && t_int {
                    match self.narrow_of(to) {
                        Some((bits, signed)) if self.narrow_of(from) != Some((bits, signed)) => {
                            self.emit(Instr::Narrow {
                                a: dst,
                                b: r,
                                bits,
                                signed,
                            });
                        }
                        _ => self.mov(dst, r),
                    }
                } else if f_int && t_float {
                    self.emit(match (self.tt.is_unsigned(from), self.is_float32(to)) {
                        (true, false) => Instr::UintToFloat { a: dst, b: r },
                        (false, false) => Instr::IntToFloat { a: dst, b: r },
                        (true, true) => Instr::UintToFloat32 { a: dst, b: r },
                        (false, true) => Instr::IntToFloat32 { a: dst, b: r },
                    });
                } else if f_float && t_int {
                    // Go on amd64: 64-bit conversions for (u)int64 and uint32, the 32-bit
                    // one for int32 and narrower.
                    self.emit(match self.narrow_of(to) {
                        None if self.tt.is_unsigned(to) => Instr::FloatToUint { a: dst, b: r },
                        None | Some((32, false)) => Instr::FloatToInt { a: dst, b: r },
                        Some(_) => Instr::FloatToInt32 { a: dst, b: r },
                    });
                    self.narrow(dst, to);
                } else if f_float && t_float {
                    if self.is_float32(to) && !self.is_float32(from) {
                        self.emit(Instr::RoundF32 { a: dst, b: r });
                    } else {
                        self.mov(dst, r);
                    }
                } else if f_int && t_str {
                    self.emit(Instr::RuneToStr { a: dst, b: r });
                } else if *fk == *tk || (self.tt.is_string(from) && t_str) {
                    self.mov(dst, r);
                } else if self.tt.is_complex(from) && self.tt.is_complex(to) {
                    if self.is_complex64(to) && !self.is_complex64(from) {
                        self.emit(Instr::RoundC64 { a: dst, b: r });
                    } else {
                        self.mov(dst, r);
                    }
                } else {
                    self.mov(dst, r);
                    if self.tt.is_complex(from) || self.tt.is_complex(to) {
                        self.unsupported(e.span, "complex numbers");
                    }
                }
            }
            (Type::Basic(_), Type::Slice(el)) if self.tt.is_string(from) => {
                if self.basic(*el) == Some(BasicKind::Uint8) {
                    self.emit(Instr::StrToBytes { a: dst, b: r });
                } else {
                    self.emit(Instr::StrToRunes { a: dst, b: r });
                }
            }
            (Type::Slice(_), Type::Pointer(_)) => {
                self.emit(Instr::SliceToArrayPtr {
                    a: dst,
                    b: r,
                    t: to.0,
                });
            }
            (Type::Slice(el), Type::Basic(BasicKind::String)) => {
                if self.basic(*el) == Some(BasicKind::Uint8) {
                    self.emit(Instr::BytesToStr { a: dst, b: r });
                } else {
                    self.emit(Instr::RunesToStr { a: dst, b: r });
                }
            }
            _ => {
                self.mov(dst, r);
                if self.is_value_type(to) && !self.is_fresh(x) {
                    self.emit(Instr::Clone {
                        a: dst,
                        b: dst,
                        t: to.0,
                    });
                }
            }
        }
    }

    pub(crate) fn mov(&mut self, dst: u16, src: u16) {
        if dst != src {
            self.emit(Instr::Move { a: dst, b: src });
        }
    }

    /// `go`/`defer` of a builtin: the arguments are evaluated now and passed to a synthesised
    /// function applying the builtin to its parameters (its registers: the parameters, then
    /// one for a result it discards).
    pub(crate) fn go_defer_builtin(&mut self, call: &Expr, b: Builtin, args: &[Expr], is_go: bool) {
        let (types, body): (Vec<TypeId>, Vec<Instr>) = match b {
            Builtin::Close => (vec![self.ty(&args[0])], vec![Instr::Close { b: 0 }]),
            Builtin::Panic => (vec![self.any_type()], vec![Instr::Panic { a: 0 }]),
            Builtin::Print | Builtin::Println => {
                let mut code = Vec::new();
                let mut types = Vec::new();
                for (i, a) in args.iter().enumerate() {
                    let t = self.concrete(self.ty(a));
                    if i > 0 && b == Builtin::Println {
                        code.push(Instr::PrintSpace {});
                    }
                    code.push(Instr::Print {
                        a: self.fs.reg(0, i),
                        kind: self.rkind(t) as u8,
                    });
                    types.push(t);
                }
                if b == Builtin::Println {
                    code.push(Instr::PrintNewline {});
                }
                (types, code)
            }
            Builtin::Delete => {
                let mt = self.ty(&args[0]);
                let kt = match self.under(mt) {
                    Type::Map(k, _) => *k,
                    _ => TypeId(0),
                };
                (
                    vec![mt, kt],
                    vec![Instr::MapDelete {
                        b: 0,
                        c: 1,
                        t: mt.0,
                    }],
                )
            }
            Builtin::Copy => (
                vec![self.ty(&args[0]), self.ty(&args[1])],
                vec![Instr::Copy {
                    a: 2,
                    b: 0,
                    c: 1,
                    t: self.ty(&args[0]).0,
                }],
            ),
            Builtin::Clear => {
                let t = self.ty(&args[0]);
                let clear = if matches!(self.under(t), Type::Map(..)) {
                    Instr::MapClear { b: 0 }
                } else {
                    Instr::SliceClear { b: 0, t: t.0 }
                };
                (vec![t], vec![clear])
            }
            // the deferred recover is not called by a deferred function: it returns nil and
            // stops no panic
            Builtin::Recover => (vec![], vec![]),
            _ => return self.unsupported(call.span, "go/defer of this builtin"),
        };
        let n = self.fs.count(types.len());
        let base = self.alloc(usize::from(n).max(1));
        for (i, (a, t)) in args.iter().zip(types.iter()).enumerate() {
            self.value_into(a, self.fs.reg(base, i), *t);
        }
        let mut code = body;
        code.push(Instr::Ret {});
        let line = self.fs.line;
        let f = self.funcs.len() as u32;
        self.funcs.push(FuncProto {
            name: format!("{}.deferwrap{}", self.fs.name, f),
            lines: vec![line; code.len()],
            code,
            nregs: n + 1,
            nparams: n,
            result_base: n,
            nresults: 0,
            recv_by_value: false,
        });
        let fv = self.temp();
        self.emit(Instr::MakeClosure {
            a: fv,
            f,
            b: 0,
            n: 0,
        });
        if is_go {
            self.emit(Instr::Go { a: base, b: fv, n });
        } else {
            self.emit(Instr::Defer { a: base, b: fv, n });
        }
    }
}
