//! Top-level declarations: the methods of each struct type (`sum`, `bump`, sometimes
//! `String`), the pure functions `fN`, and the sections of main. Invariants: functions only
//! take value parameters and touch no globals (so calling them from any expression or
//! goroutine is safe); `fN` calls only `f0..fN-1` (no recursion); a body ends in its return.

use super::types::Ty;
use super::{FuncSig, Gen};

impl Gen {
    /// Starts a function body: a fresh scope stack holding the parameters and `acc`.
    fn begin_body(&mut self, header: &str, params: &[(String, Ty)], acc_init: &str) {
        self.out.push('\n');
        self.scopes = vec![Vec::new()];
        self.indent = 0;
        self.line(header);
        self.indent = 1;
        self.cost = 0;
        self.loop_mult = 1;
        self.line(&format!("acc := {acc_init}"));
        self.declare("acc", Ty::Int(super::types::IntK::U64), true);
        for (n, t) in params {
            self.declare(n, t.clone(), true);
        }
    }

    /// Folds the body's variables, returns `ret`, closes the function.
    fn end_body(&mut self, ret: &str) {
        self.fold_scope();
        self.line(&format!("return {ret}"));
        self.indent = 0;
        self.line("}");
        self.scopes.clear();
    }

    pub fn methods(&mut self, i: usize) {
        let fields: Vec<(String, Ty)> = self.structs[i]
            .fields
            .iter()
            .map(|f| (f.name.clone(), f.ty.clone()))
            .collect();
        let mut sum = format!(
            "\nfunc (s S{i}) sum() uint64 {{\n\tacc := uint64({})\n",
            i + 1
        );
        let mut bump = format!("\nfunc (s *S{i}) bump(d int) {{\n");
        for (name, ty) in &fields {
            let e = format!("s.{name}");
            sum += &format!("\tacc = fold(acc, {})\n", self.fold_of(&e, ty));
            bump += &match ty {
                Ty::Int(k) => format!("\t{e} += {}(d)\n", k.name()),
                Ty::F32 | Ty::F64 => format!("\t{e} = {e}*2 + {}(d)\n", ty.go()),
                Ty::Str => format!("\t{e} = cut({e} + strconv.Itoa(d))\n"),
                Ty::Bool => format!("\t{e} = !{e}\n"),
                Ty::Struct(_) => format!("\t{e}.bump(d + 1)\n"),
                Ty::Array(_, el) if el.is_int() => format!("\t{e}[0] ^= {}(d)\n", el.go()),
                _ => format!("\t{e} = {}{{}}\n", ty.go()),
            };
        }
        self.out.push_str(&sum);
        self.out.push_str("\treturn acc\n}\n");
        self.out.push_str(&bump);
        self.out.push_str("}\n");
        if self.rng.chance(1, 3) {
            self.out.push_str(&format!(
                "\nfunc (s S{i}) String() string {{\n\treturn \"S{i}<\" + strconv.FormatUint(s.sum()%1000, 10) + \">\"\n}}\n"
            ));
        }
    }

    /// `type Count <int kind>` with value and pointer methods, sometimes a `String` method.
    pub fn named_type(&mut self) {
        let k = self.pointee_int();
        self.count_kind = k;
        let m = self.rng.range(2, 9);
        self.out.push_str(&format!(
            "\ntype Count {}\n\nfunc (c Count) scaled() Count {{ return c*{m} + 1 }}\n\nfunc (c *Count) inc() {{ *c++ }}\n",
            k.name()
        ));
        if self.rng.chance(1, 2) {
            self.out.push_str(
                "\nfunc (c Count) String() string { return fmt.Sprintf(\"#%d\", uint64(c)) }\n",
            );
        }
    }

    /// A parameter or result type: a value type (scalars, structs, arrays).
    fn value_type(&mut self) -> Ty {
        match self.rng.below(6) {
            0 if !self.structs.is_empty() => Ty::Struct(self.rng.below(self.structs.len())),
            1 => Ty::Array(
                self.rng.range(1, 3) as usize,
                Box::new(super::types::scalar(&mut self.rng)),
            ),
            _ => super::types::scalar(&mut self.rng),
        }
    }

    pub fn function(&mut self) {
        let f = self.funcs.len();
        let params: Vec<(String, Ty)> = (0..self.rng.range(0, 3))
            .map(|k| (format!("p{k}"), self.value_type()))
            .collect();
        let ret = self.value_type();
        let plist: Vec<String> = params
            .iter()
            .map(|(n, t)| format!("{n} {}", t.go()))
            .collect();
        self.callable = f;
        self.printing_allowed = false;
        self.begin_body(
            &format!("func f{f}({}) {} {{", plist.join(", "), ret.go()),
            &params,
            &format!("uint64({})", f + 7),
        );
        self.depth = 0;
        self.body(2, 6);
        let r = self.expr(&ret, 3).s;
        let r = match &ret {
            Ty::Int(k) => format!("{}(acc) ^ {r}", k.name()),
            Ty::F32 | Ty::F64 => format!("{}(acc%1000) + {r}", ret.go()),
            Ty::Str => format!("{r} + strconv.FormatUint(acc%97, 10)"),
            Ty::Bool => format!("(acc%2 == 0) != {r}"),
            _ => r,
        };
        self.end_body(&r);
        let cost = self.cost.max(1);
        self.funcs.push(FuncSig {
            params: params.into_iter().map(|(_, t)| t).collect(),
            ret,
            cost,
        });
    }

    pub fn section(&mut self, s: usize) {
        self.callable = self.funcs.len();
        self.printing_allowed = true;
        self.begin_body(
            &format!("func section{s}(seed uint64) uint64 {{"),
            &[],
            "seed",
        );
        self.depth = 0;
        for _ in 0..self.rng.range(1, 4) {
            self.declare_stmt();
        }
        self.body(4, 12);
        self.end_body("acc");
    }
}
