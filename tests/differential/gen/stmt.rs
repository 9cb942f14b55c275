//! Statements: declarations, assignments, appends, control flow, closures and output.
//! Invariants: every variable a block declares is folded into `acc` when the block closes
//! (so it is used); loop variables are declared read-only; loops have constant trip counts
//! charged to the cost budget; in restricted code (goroutines, expression closures) only
//! local variables are written, and never through a reference.

use super::types::{IntK, Ty, INT_KINDS};
use super::Gen;

/// Maximum statement nesting.
const MAX_DEPTH: usize = 4;

impl Gen {
    /// `n` random statements in the current scope.
    pub fn stmts(&mut self, n: usize) {
        for _ in 0..n {
            self.stmt();
        }
    }

    pub fn stmt(&mut self) {
        self.cost += self.loop_mult;
        let nested = self.depth < MAX_DEPTH;
        let free = !self.restricted();
        match self.rng.below(30) {
            0..=5 => self.declare_stmt(),
            6..=10 => self.assign_stmt(),
            11 | 12 if free => self.append_stmt(),
            13 if nested => self.if_stmt(),
            14 | 15 if nested => self.for_stmt(),
            16 if nested => self.range_stmt(),
            17 if nested => self.switch_stmt(),
            18 if nested && free => self.closure_stmt(),
            19 if free => self.method_stmt(),
            20 if free && self.printing() => self.print_stmt(),
            21..=29 if nested && free => self.template(),
            _ => self.declare_stmt(),
        }
    }

    /// Output is allowed in the sections of main, not in functions or goroutines.
    fn printing(&self) -> bool {
        self.printing_allowed && !self.restricted()
    }

    pub fn declare_stmt(&mut self) {
        let ty = if self.rng.chance(1, 8) && !self.restricted() {
            self.pointer_type()
        } else {
            self.any_type()
        };
        let name = self.fresh("v");
        let init = match &ty {
            Ty::Ptr(t) => {
                let targets = self.addressable(t);
                if !targets.is_empty() && self.rng.chance(2, 3) {
                    format!("&{}", self.rng.pick(&targets))
                } else {
                    self.literal(&ty).s
                }
            }
            _ => self.expr(&ty, 3).s,
        };
        let line = if ty.is_scalar() && self.rng.chance(1, 3) {
            format!("var {name} {} = {init}", ty.go())
        } else if ty.is_scalar() && self.rng.chance(1, 6) {
            format!("var {name} {}", ty.go())
        } else {
            // An untyped constant on the right would give the variable its default type.
            format!("{name} := {}", self.typed(&init, &ty))
        };
        self.line(&line);
        self.declare(&name, ty, true);
    }

    /// `e` converted to `ty` when it is a bare literal of another default type.
    pub fn typed(&self, e: &str, ty: &Ty) -> String {
        if e == "true" || e == "false" || e.starts_with('"') && *ty == Ty::Str {
            e.to_string()
        } else if e.starts_with('"') {
            format!("{}({e})", ty.go())
        } else {
            e.to_string()
        }
    }

    fn pointer_type(&mut self) -> Ty {
        let t = if !self.structs.is_empty() && self.rng.chance(2, 3) {
            Ty::Struct(self.rng.below(self.structs.len()))
        } else {
            Ty::Int(self.pointee_int())
        };
        Ty::Ptr(Box::new(t))
    }

    /// An integer kind stored through pointers. Not int8: a store through a `*int8` to a
    /// variable leaves its word slot non-canonical (known failure
    /// `pointers/int8_store_through_pointer`).
    pub fn pointee_int(&mut self) -> IntK {
        loop {
            let k = *self.rng.pick(&INT_KINDS);
            if k != IntK::I8 {
                return k;
            }
        }
    }

    /// Mutable variables of type `t` whose address may be taken.
    fn addressable(&self, t: &Ty) -> Vec<String> {
        self.visible()
            .into_iter()
            .filter(|(v, w)| *w && v.ty == *t && v.name != "acc")
            .map(|(v, _)| v.name)
            .collect()
    }

    pub fn assign_stmt(&mut self) {
        let ty = self.any_type();
        let places = self.places(&ty, true);
        if places.is_empty() {
            return self.declare_stmt();
        }
        let p = self.rng.pick(&places).clone();
        if self.rng.chance(1, 6) {
            // Tuple assignment: index operands and right sides are evaluated before any
            // assignment, which then happen left to right.
            let q = self.rng.pick(&places).clone();
            let (a, b) = if self.rng.chance(1, 2) {
                (q.clone(), p.clone())
            } else {
                (self.expr(&ty, 2).s, self.expr(&ty, 2).s)
            };
            let (a, b) = (self.typed(&a, &ty), self.typed(&b, &ty));
            let (a, b) = if ty == Ty::Str {
                (format!("cut({a})"), format!("cut({b})"))
            } else {
                (a, b)
            };
            return self.line(&format!("{p}, {q} = {a}, {b}"));
        }
        let line = match &ty {
            Ty::Int(_) => match self.rng.below(6) {
                0 => format!("{p}{}", self.rng.pick(&["++", "--"])),
                1 => {
                    let op = self.rng.pick(&["+=", "-=", "*=", "|=", "&=", "^=", "&^="]);
                    format!("{p} {op} {}", self.expr(&ty, 2).s)
                }
                2 => {
                    let op = self.rng.pick(&["/=", "%="]);
                    format!("{p} {op} {} | 1", self.expr(&ty, 2).s)
                }
                3 => {
                    let op = self.rng.pick(&["<<=", ">>="]);
                    format!("{p} {op} {}", self.rng.range(0, 70))
                }
                _ => format!("{p} = {}", self.expr(&ty, 3).s),
            },
            Ty::Str => format!("{p} = cut({})", self.expr(&ty, 3).s),
            Ty::F32 | Ty::F64 if self.rng.chance(1, 3) => {
                let op = self.rng.pick(&["+=", "-=", "*=", "/="]);
                format!("{p} {op} {}", self.expr_nc(&ty, 2))
            }
            _ => format!("{p} = {}", self.expr(&ty, 3).s),
        };
        self.line(&line);
    }

    fn append_stmt(&mut self) {
        let el = super::types::scalar(&mut self.rng);
        let ty = Ty::Slice(Box::new(el.clone()));
        let vars = self.places(&ty, true);
        if vars.is_empty() {
            let name = self.fresh("s");
            let init = self.expr(&ty, 2).s;
            self.line(&format!("{name} := {init}"));
            self.declare(&name, ty, true);
            return;
        }
        let v = self.rng.pick(&vars).clone();
        match self.rng.below(4) {
            0 => {
                let w = self.expr(&ty, 2).s;
                // Keep at most 7 old elements: appending v to itself in loops would double it.
                self.line(&format!("{v} = append({v}[:len({v})%8], {w}...)"));
            }
            1 => {
                // Aliasing: appending to a prefix overwrites the original's next element
                // while the capacity allows.
                let name = self.fresh("s");
                let x = self.expr(&el, 2).s;
                self.line(&format!("{name} := append({v}[:1], {x})"));
                self.declare(&name, ty, true);
            }
            2 => {
                let name = self.fresh("n");
                let w = self.expr(&ty, 2).s;
                self.line(&format!("{name} := copy({v}, {w})"));
                self.declare(&name, Ty::Int(IntK::Int), true);
            }
            _ => {
                let n = self.rng.range(1, 3);
                let xs: Vec<String> = (0..n).map(|_| self.expr(&el, 2).s).collect();
                self.line(&format!("{v} = append({v}, {})", xs.join(", ")));
            }
        }
    }

    pub fn body(&mut self, min: i64, max: i64) {
        self.depth += 1;
        let n = self.rng.range(min, max) as usize;
        self.stmts(n);
        self.depth -= 1;
    }

    fn if_stmt(&mut self) {
        let c = self.expr_nc(&Ty::Bool, 3);
        self.open(&format!("if {c} {{"));
        self.body(1, 3);
        if self.rng.chance(1, 2) {
            self.close("} else {");
            self.scopes.push(Vec::new());
            self.indent += 1;
            self.body(1, 3);
        }
        self.close("}");
    }

    /// Runs `f` with the trip count of a loop charged: `n` more iterations of the body.
    pub fn in_loop(&mut self, n: u64, f: impl FnOnce(&mut Gen)) {
        let saved = self.loop_mult;
        self.loop_mult = self.loop_mult.saturating_mul(n);
        f(self);
        self.loop_mult = saved;
    }

    /// A trip count that keeps the budget: 1 when the body would not fit.
    pub fn trip_count(&mut self, max: i64) -> i64 {
        let n = self.rng.range(1, max);
        if self.loop_mult * n as u64 * 40 + self.cost > super::COST_BUDGET {
            1
        } else {
            n
        }
    }

    fn for_stmt(&mut self) {
        let n = self.trip_count(6);
        let i = self.fresh("i");
        let k = *self
            .rng
            .pick(&[IntK::Int, IntK::I8, IntK::U16, IntK::Int, IntK::U64]);
        let header = match self.rng.below(3) {
            0 => format!("for {i} := {}(0); {i} < {n}; {i}++ {{", k.name()),
            1 => format!("for {i} := {}({n}); {i} > 0; {i}-- {{", k.name()),
            _ => format!("for {i} := {}(0); {i} < {}; {i} += 2 {{", k.name(), 2 * n),
        };
        self.open(&header);
        self.declare(&i, Ty::Int(k), false);
        self.in_loop(n as u64, |g| g.body(1, 4));
        self.close("}");
    }

    fn range_stmt(&mut self) {
        let ty = self.any_type();
        match ty {
            Ty::Slice(_) | Ty::Array(..) | Ty::Str => {
                let el = match &ty {
                    Ty::Slice(e) | Ty::Array(_, e) => (**e).clone(),
                    _ => Ty::Int(IntK::I32),
                };
                let x = self.expr_nc(&ty, 1);
                let (i, v) = (self.fresh("i"), self.fresh("x"));
                let n = self.trip_count(4);
                self.open(&format!("for {i}, {v} := range {x} {{"));
                self.declare(&i, Ty::Int(IntK::Int), false);
                self.declare(&v, el, false);
                self.in_loop(n as u64, |g| g.body(1, 3));
                self.close("}");
            }
            Ty::Map(k, v) => {
                let m = self.expr_nc(&Ty::Map(k.clone(), v.clone()), 1);
                let sum = self.fresh("sum");
                let (kn, vn) = (self.fresh("k"), self.fresh("x"));
                // Map order is random: only a commutative sum of the entries.
                self.line(&format!("{sum} := uint64(0)"));
                self.line(&format!("for {kn}, {vn} := range {m} {{"));
                let fk = self.fold_of(&kn, &k);
                let fv = self.fold_of(&vn, &v);
                self.line(&format!("\t{sum} += fold(fold(3, {fk}), {fv})"));
                self.line("}");
                self.declare(&sum, Ty::Int(IntK::U64), true);
            }
            _ => self.for_stmt(),
        }
    }

    fn switch_stmt(&mut self) {
        if self.rng.chance(1, 2) {
            let k = *self.rng.pick(&INT_KINDS);
            let x = self.expr_nc(&Ty::Int(k), 2);
            let m = self.rng.range(2, 5);
            self.line(&format!("switch ({x}) % {m} {{"));
            let mut cases: Vec<i64> = (0..m).collect();
            if k.signed() {
                cases.extend((1..m).map(|c| -c));
            }
            // Distinct constants, one or two per clause.
            let groups: Vec<Vec<i64>> = cases
                .chunks(self.rng.range(1, 2) as usize)
                .map(<[i64]>::to_vec)
                .collect();
            let ncases = self.rng.range(1, groups.len() as i64) as usize;
            for (c, group) in groups.iter().take(ncases).enumerate() {
                let vals: Vec<String> = group.iter().map(i64::to_string).collect();
                self.open(&format!("case {}:", vals.join(", ")));
                self.body(1, 2);
                if c + 1 < ncases && self.rng.chance(1, 3) {
                    self.close("fallthrough");
                } else {
                    self.close("");
                }
            }
            if self.rng.chance(1, 2) {
                self.open("default:");
                self.body(1, 2);
                self.close("");
            }
            self.line("}");
        } else {
            self.line("switch {");
            for c in 0..self.rng.range(1, 3) {
                let cond = self.expr_nc(&Ty::Bool, 2);
                self.open(&format!("case {cond}:"));
                self.body(1, 2);
                if c == 0 && self.rng.chance(1, 3) {
                    self.close("fallthrough");
                } else {
                    self.close("");
                }
            }
            self.open("default:");
            self.body(1, 2);
            self.close("");
            self.line("}");
        }
    }

    /// A closure that writes captured variables, called twice.
    fn closure_stmt(&mut self) {
        let f = self.fresh("fn");
        let pty = super::types::scalar(&mut self.rng);
        let p = self.fresh("p");
        self.open(&format!("{f} := func({p} {}) {{", pty.go()));
        self.declare(&p, pty.clone(), true);
        self.body(1, 3);
        self.close("}");
        for _ in 0..2 {
            let a = self.expr(&pty, 2).s;
            let a = self.typed(&a, &pty);
            self.line(&format!("{f}({a})"));
        }
    }

    fn method_stmt(&mut self) {
        if self.structs.is_empty() {
            return self.assign_stmt();
        }
        let s = self.rng.below(self.structs.len());
        let vals = self.addressable_places(&Ty::Struct(s));
        let ptrs = self.places(&Ty::Ptr(Box::new(Ty::Struct(s))), false);
        let d = self.expr_nc(&Ty::Int(IntK::Int), 1);
        if let Some(v) = vals.first().filter(|_| self.rng.chance(1, 2)) {
            let v = v.clone();
            self.line(&format!("{v}.bump({d})"));
        } else if !ptrs.is_empty() {
            let p = self.rng.pick(&ptrs).clone();
            self.line(&format!("{p}.bump({d})"));
        } else {
            let x = self.expr(&Ty::Struct(s), 2).s;
            let sm = self.fresh("sm");
            self.line(&format!("var {sm} Summer = {x}"));
            self.line(&format!("acc = fold(acc, {sm}.sum())"));
        }
    }

    fn print_stmt(&mut self) {
        let n = self.rng.range(1, 3);
        let mut args = Vec::new();
        for _ in 0..n {
            let ty = self.any_type();
            args.push(self.expr(&ty, 2).s);
        }
        match self.rng.below(4) {
            0 => {
                let ty = if self.rng.chance(1, 2) {
                    Ty::F64
                } else {
                    Ty::F32
                };
                let f = self.expr_nc(&ty, 2);
                self.line(&format!(
                    "fmt.Printf(\"%v %g %.3f %e\\n\", {f}, {f}, {f}, {f})"
                ));
            }
            1 => {
                let ty = super::types::scalar(&mut self.rng);
                let x = self.expr_nc(&ty, 2);
                self.line(&format!("println({x})"));
            }
            2 => {
                let e = self.formatted(2).s;
                self.line(&format!("fmt.Println({e})"));
            }
            _ => self.line(&format!("fmt.Println({})", args.join(", "))),
        }
    }
}
