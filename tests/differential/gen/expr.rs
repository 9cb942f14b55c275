//! Expressions of a requested type. Invariants: expressions have no side effects (no
//! assignments, appends, channel operations or calls of impure code); they never panic
//! (divisors are `x|1`, indexes are reduced modulo a non-zero length, float→int conversions
//! are clamped); and an operator never has only constant operands, so no constant expression
//! can overflow, divide by zero or shift out of range (`E::c` tracks constness).

use super::types::{IntK, Ty, INT_KINDS};
use super::Gen;

/// An expression and whether it is a Go constant.
pub struct E {
    pub s: String,
    pub c: bool,
}

fn nc(s: String) -> E {
    E { s, c: false }
}

pub const STRINGS: &[&str] = &[
    r#""""#,
    r#""a""#,
    r#""hello""#,
    r#""héllo wörld""#,
    r#""日本語""#,
    r#""\xff\xfeA""#,
    r#""a b  c""#,
    r#""\t x ""#,
    r#""12""#,
    r#""-7""#,
    r#""3.5""#,
    r#""ab\x00cd""#,
    r#""€uro""#,
];

const FLOATS: &[&str] = &[
    "0",
    "1",
    "-1",
    "0.1",
    "2.5",
    "-3.75",
    "1e10",
    "1e-7",
    "3.4e38",
    "123456.789",
    "0.3333",
    "-2e-30",
    "65536",
    "1e20",
];

const FLOATS64: &[&str] = &["1e300", "-1e308", "4.9e-324", "9007199254740993"];

/// `[lo, hi]` bounds for clamping a float before converting it to `k` (inside the range, so
/// the conversion is defined).
fn float_bounds(k: IntK) -> (&'static str, &'static str) {
    match k {
        IntK::I8 => ("-128", "127"),
        IntK::I16 => ("-32768", "32767"),
        IntK::I32 => ("-2147483648", "2147483647"),
        IntK::U8 => ("0", "255"),
        IntK::U16 => ("0", "65535"),
        IntK::U32 => ("0", "4294967295"),
        IntK::Int | IntK::I64 => ("-9.2e18", "9.2e18"),
        IntK::Uint | IntK::U64 | IntK::Uintptr => ("0", "1.8e19"),
    }
}

impl Gen {
    pub fn expr(&mut self, ty: &Ty, depth: u32) -> E {
        if depth == 0 || self.rng.chance(1, 4) {
            return self.leaf(ty);
        }
        if self.rng.chance(1, 12) {
            if let Some(e) = self.call(ty, depth) {
                return e;
            }
        }
        if depth >= 2 && !self.in_expr_closure && self.rng.chance(1, 30) {
            return nc(self.closure_expr(ty));
        }
        let d = depth - 1;
        match ty {
            Ty::Int(k) => self.int_expr(*k, d),
            Ty::F32 | Ty::F64 => self.float_expr(ty, d),
            Ty::Bool => self.bool_expr(d),
            Ty::Str => self.str_expr(d),
            Ty::Slice(el) => self.slice_expr(el, d),
            _ => self.leaf(ty),
        }
    }

    /// A non-constant expression of type `ty`.
    pub fn expr_nc(&mut self, ty: &Ty, depth: u32) -> String {
        for _ in 0..3 {
            let e = self.expr(ty, depth);
            if !e.c {
                return e.s;
            }
        }
        self.leaf_nc(ty)
    }

    /// A variable, a place reachable from one, or a literal.
    fn leaf(&mut self, ty: &Ty) -> E {
        if ty.is_scalar() && self.rng.chance(1, 3) {
            return self.literal(ty);
        }
        nc(self.leaf_nc(ty))
    }

    pub fn leaf_nc(&mut self, ty: &Ty) -> String {
        let places = self.places(ty, false);
        if !places.is_empty() && self.rng.chance(5, 6) {
            return self.rng.pick(&places).clone();
        }
        match ty {
            Ty::Int(_) | Ty::F32 | Ty::F64 => format!("{}(acc)", ty.go()),
            Ty::Bool => format!("(acc%{} == 0)", self.rng.range(2, 5)),
            Ty::Str => format!("strconv.FormatUint(acc%{}, 36)", self.rng.range(10, 100000)),
            _ => self.literal(ty).s,
        }
    }

    pub fn literal(&mut self, ty: &Ty) -> E {
        let s = match ty {
            Ty::Int(k) => format!("{}({})", k.name(), k.value(&mut self.rng)),
            Ty::F32 => format!("float32({})", self.rng.pick(FLOATS)),
            Ty::F64 => {
                let lit = if self.rng.chance(1, 5) {
                    self.rng.pick(FLOATS64)
                } else {
                    self.rng.pick(FLOATS)
                };
                format!("float64({lit})")
            }
            Ty::Bool => self.rng.pick(&["true", "false"]).to_string(),
            Ty::Str => self.rng.pick(STRINGS).to_string(),
            Ty::Slice(el) => {
                let n = self.rng.range(1, 4);
                let items: Vec<String> = (0..n).map(|_| self.expr(el, 1).s).collect();
                format!("{}{{{}}}", ty.go(), items.join(", "))
            }
            Ty::Array(n, el) => {
                let k = self.rng.range(0, *n as i64);
                let items: Vec<String> = (0..k).map(|_| self.expr(el, 1).s).collect();
                format!("{}{{{}}}", ty.go(), items.join(", "))
            }
            Ty::Map(k, v) => {
                let mut keys = Vec::new();
                for _ in 0..self.rng.range(0, 4) {
                    let key = self.literal(k).s;
                    if !keys.contains(&key) {
                        keys.push(key);
                    }
                }
                let mut items = Vec::new();
                for key in keys {
                    items.push(format!("{key}: {}", self.expr(v, 1).s));
                }
                format!("{}{{{}}}", ty.go(), items.join(", "))
            }
            Ty::Struct(i) => self.struct_literal(*i),
            Ty::Ptr(t) => match &**t {
                Ty::Struct(i) if self.rng.chance(1, 2) => format!("&{}", self.struct_literal(*i)),
                t => format!("new({})", t.go()),
            },
        };
        E {
            s,
            c: ty.is_scalar(),
        }
    }

    pub fn struct_literal(&mut self, i: usize) -> String {
        let fields: Vec<(String, Ty, bool)> = self.structs[i]
            .fields
            .iter()
            .map(|f| (f.name.clone(), f.ty.clone(), f.embedded))
            .collect();
        let keyed = self.rng.chance(1, 2);
        let mut items = Vec::new();
        for (name, ty, _) in fields {
            if keyed && self.rng.chance(1, 3) {
                continue;
            }
            let v = self.expr(&ty, 1).s;
            items.push(if keyed { format!("{name}: {v}") } else { v });
        }
        format!("S{i}{{{}}}", items.join(", "))
    }

    /// Expressions of type `ty` reachable from visible variables (fields, elements, map
    /// entries, dereferences). With `for_write`, only places the current code may assign.
    pub fn places(&mut self, ty: &Ty, for_write: bool) -> Vec<String> {
        self.places_of(ty, for_write, true)
    }

    /// Addressable places of type `ty` the current code may write (no map entries).
    pub fn addressable_places(&mut self, ty: &Ty) -> Vec<String> {
        self.places_of(ty, true, false)
    }

    fn places_of(&mut self, ty: &Ty, for_write: bool, map_entries: bool) -> Vec<String> {
        let saved = std::mem::replace(&mut self.map_entries, map_entries);
        let mut out = Vec::new();
        for (v, writable) in self.visible() {
            if for_write && !writable {
                continue;
            }
            self.walk(&v.name, &v.ty, ty, false, for_write, 0, &mut out);
        }
        self.map_entries = saved;
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn walk(
        &mut self,
        e: &str,
        ty: &Ty,
        want: &Ty,
        via_ref: bool,
        for_write: bool,
        depth: u32,
        out: &mut Vec<String>,
    ) {
        if for_write && via_ref && self.restricted() {
            return;
        }
        if ty == want {
            out.push(e.to_string());
        }
        if depth >= 2 {
            return;
        }
        match ty {
            Ty::Struct(i) => {
                for f in self.structs[*i]
                    .fields
                    .iter()
                    .map(|f| (f.name.clone(), f.ty.clone()))
                    .collect::<Vec<_>>()
                {
                    self.walk(
                        &format!("{e}.{}", f.0),
                        &f.1,
                        want,
                        via_ref,
                        for_write,
                        depth + 1,
                        out,
                    );
                }
            }
            Ty::Array(n, el) => {
                let idx = self.index(&n.to_string(), true);
                self.walk(
                    &format!("{e}[{idx}]"),
                    el,
                    want,
                    via_ref,
                    for_write,
                    depth + 1,
                    out,
                );
            }
            Ty::Slice(el) => {
                let idx = self.index(&format!("len({e})"), false);
                self.walk(
                    &format!("{e}[{idx}]"),
                    el,
                    want,
                    true,
                    for_write,
                    depth + 1,
                    out,
                );
            }
            Ty::Map(k, v) if **v == *want => {
                let key = if k.is_int() && self.rng.chance(1, 2) {
                    format!("{}({})", k.go(), self.int_var())
                } else {
                    self.literal(k).s
                };
                if self.map_entries && !(for_write && self.restricted()) {
                    out.push(format!("{e}[{key}]"));
                }
            }
            Ty::Ptr(t) => {
                self.walk(&format!("(*{e})"), t, want, true, for_write, depth + 1, out);
            }
            _ => {}
        }
    }

    /// An index below `len` (a constant when `is_const`), which is never zero.
    fn index(&mut self, len: &str, is_const: bool) -> String {
        if self.rng.chance(1, 3) {
            if is_const {
                let n: i64 = len.parse().unwrap();
                return self.rng.range(0, n - 1).to_string();
            }
            return "0".into();
        }
        format!("uint({})%uint({len})", self.int_var())
    }

    /// A visible integer variable (`acc` is always one); never walks places, so it can be
    /// used while enumerating them.
    fn int_var(&mut self) -> String {
        let ints: Vec<String> = self
            .visible()
            .into_iter()
            .filter(|(v, _)| v.ty.is_int())
            .map(|(v, _)| v.name)
            .collect();
        self.rng.pick(&ints).clone()
    }

    /// An immediately called function literal `func(p T) ty { ... }(arg)`: restricted code
    /// (it reads the enclosing variables, writes only its own), so the expression stays pure.
    fn closure_expr(&mut self, ty: &Ty) -> String {
        let pty = super::types::scalar(&mut self.rng);
        let arg = self.expr(&pty, 1).s;
        let arg = self.typed(&arg, &pty);
        let (saved_out, saved_indent, saved_restricted) = (
            std::mem::take(&mut self.out),
            self.indent,
            self.restricted_from,
        );
        self.in_expr_closure = true;
        self.indent += 1;
        self.scopes.push(Vec::new());
        self.restricted_from = Some(self.scopes.len() - 1);
        let p = self.fresh("p");
        let init = self.rng.range(0, 99);
        self.line(&format!("acc := uint64({init})"));
        self.declare("acc", Ty::Int(IntK::U64), true);
        self.declare(&p, pty.clone(), true);
        self.body(0, 3);
        let ret = self.expr(ty, 2).s;
        let ret = self.typed(&ret, ty);
        self.fold_scope();
        self.line(&format!("_ = acc\nreturn {ret}"));
        self.scopes.pop();
        self.restricted_from = saved_restricted;
        self.indent = saved_indent;
        self.in_expr_closure = false;
        let body = std::mem::replace(&mut self.out, saved_out);
        let tabs = "\t".repeat(self.indent);
        format!(
            "func({p} {}) {} {{\n{body}{tabs}}}({arg})",
            pty.go(),
            ty.go()
        )
    }

    /// A call of a generated function returning `ty`, if one fits the cost budget.
    fn call(&mut self, ty: &Ty, depth: u32) -> Option<E> {
        let cands: Vec<usize> = (0..self.callable)
            .filter(|&i| self.funcs[i].ret == *ty)
            .collect();
        if cands.is_empty() {
            return None;
        }
        let f = *self.rng.pick(&cands);
        if !self.afford(self.funcs[f].cost + 1) {
            return None;
        }
        let params = self.funcs[f].params.clone();
        let args: Vec<String> = params.iter().map(|p| self.expr(p, depth - 1).s).collect();
        Some(nc(format!("f{f}({})", args.join(", "))))
    }

    fn operands(&mut self, ty: &Ty, d: u32) -> (String, String) {
        let a = self.expr(ty, d);
        let b = if a.c {
            self.expr_nc(ty, d)
        } else {
            self.expr(ty, d).s
        };
        if self.rng.chance(1, 2) {
            (a.s, b)
        } else {
            (b, a.s)
        }
    }

    fn int_expr(&mut self, k: IntK, d: u32) -> E {
        let ty = Ty::Int(k);
        match self.rng.below(12) {
            0..=3 => {
                let (a, b) = self.operands(&ty, d);
                let op = self
                    .rng
                    .pick(&["+", "-", "*", "&", "|", "^", "&^", "+", "*"]);
                nc(format!("({a} {op} {b})"))
            }
            4 => {
                let (a, b) = self.operands(&ty, d);
                let op = self.rng.pick(&["/", "%"]);
                nc(format!("({a} {op} ({b} | 1))"))
            }
            5 | 6 => {
                let a = self.expr(&ty, d);
                let ck = *self.rng.pick(&INT_KINDS);
                let count = if a.c || self.rng.chance(2, 3) {
                    let c = self.expr_nc(&Ty::Int(ck), d);
                    if ck.signed() {
                        format!("({c} & 127)")
                    } else {
                        c
                    }
                } else {
                    self.rng.range(0, 70).to_string()
                };
                let op = self.rng.pick(&["<<", ">>"]);
                nc(format!("({} {op} {count})", a.s))
            }
            7 => {
                let a = self.expr_nc(&ty, d);
                let op = self.rng.pick(&["-", "^", "+"]);
                nc(format!("({op}{a})"))
            }
            8 | 9 => {
                let from = *self.rng.pick(&INT_KINDS);
                let a = self.expr_nc(&Ty::Int(from), d);
                nc(format!("{}({a})", k.name()))
            }
            10 => {
                let from = if self.rng.chance(1, 2) {
                    Ty::F64
                } else {
                    Ty::F32
                };
                let a = self.expr(&from, d).s;
                let (lo, hi) = float_bounds(k);
                nc(format!("{}(clamp(float64({a}), {lo}, {hi}))", k.name()))
            }
            _ => {
                // Not constant: len of a constant string is a constant.
                let s = self.expr_nc(&Ty::Str, d);
                let e = match self.rng.below(5) {
                    0 => format!("len({s})"),
                    1 => {
                        let t = self.expr(&Ty::Str, d).s;
                        format!("strings.Index({s}, {t})")
                    }
                    2 => {
                        let t = self.rng.pick(STRINGS);
                        format!("strings.Count({s}, {t})")
                    }
                    3 => format!("len([]rune({s}))"),
                    _ => {
                        let x = self.expr_nc(&Ty::Int(IntK::Int), d);
                        format!("int(({s} + \"#\")[uint({x})%uint(len({s})+1)])")
                    }
                };
                nc(format!("{}({e})", k.name()))
            }
        }
    }

    fn float_expr(&mut self, ty: &Ty, d: u32) -> E {
        let t = ty.go();
        match self.rng.below(8) {
            0..=2 => {
                let (a, b) = self.operands(ty, d);
                let op = self.rng.pick(&["+", "-", "*"]);
                nc(format!("({a} {op} {b})"))
            }
            3 => {
                let a = self.expr(ty, d).s;
                let b = self.expr_nc(ty, d);
                nc(format!("({a} / {b})"))
            }
            4 => {
                let a = self.expr_nc(ty, d);
                nc(format!("(-{a})"))
            }
            5 => {
                let from = Ty::Int(*self.rng.pick(&INT_KINDS));
                let a = self.expr_nc(&from, d);
                nc(format!("{t}({a})"))
            }
            6 => {
                let other = if *ty == Ty::F64 { Ty::F32 } else { Ty::F64 };
                let a = self.expr_nc(&other, d);
                nc(format!("{t}({a})"))
            }
            _ => {
                let a = self.expr(ty, d).s;
                let f = self.rng.pick(&[
                    "math.Abs",
                    "math.Floor",
                    "math.Ceil",
                    "math.Trunc",
                    "math.Sqrt",
                ]);
                nc(format!("{t}({f}(float64({a})))"))
            }
        }
    }

    fn bool_expr(&mut self, d: u32) -> E {
        match self.rng.below(9) {
            0..=2 => {
                let ty = if self.rng.chance(1, 5) {
                    Ty::Str
                } else {
                    super::types::scalar(&mut self.rng)
                };
                let ty = if ty == Ty::Bool {
                    Ty::Int(IntK::Int)
                } else {
                    ty
                };
                let (a, b) = self.operands(&ty, d);
                let op = self.rng.pick(&["==", "!=", "<", "<=", ">", ">="]);
                nc(format!("({a} {op} {b})"))
            }
            3 => {
                let (a, b) = self.operands(&Ty::Bool, d);
                let op = self.rng.pick(&["&&", "||", "==", "!="]);
                nc(format!("({a} {op} {b})"))
            }
            4 => {
                let a = self.expr_nc(&Ty::Bool, d);
                nc(format!("(!{a})"))
            }
            5 => {
                let s = self.expr(&Ty::Str, d).s;
                let t = self.expr(&Ty::Str, d).s;
                let f = self.rng.pick(&[
                    "strings.Contains",
                    "strings.HasPrefix",
                    "strings.HasSuffix",
                    "strings.EqualFold",
                ]);
                nc(format!("{f}({s}, {t})"))
            }
            6 if !self.structs.is_empty() => {
                let i = self.rng.below(self.structs.len());
                let a = self.expr(&Ty::Struct(i), d).s;
                let b = self.expr(&Ty::Struct(i), d).s;
                let op = self.rng.pick(&["==", "!="]);
                nc(format!("({a} {op} {b})"))
            }
            7 => {
                let x = self.expr_nc(&Ty::Int(IntK::Int), d);
                nc(format!("errors.Is(check({x}), errBase)"))
            }
            _ => {
                let f = self.expr(&Ty::F64, d).s;
                let p = self.rng.pick(&["math.IsNaN", "math.Signbit"]);
                nc(format!("{p}(float64({f}))"))
            }
        }
    }

    fn str_expr(&mut self, d: u32) -> E {
        match self.rng.below(14) {
            0 | 1 => {
                let a = self.expr(&Ty::Str, d);
                let b = self.expr(&Ty::Str, d);
                E {
                    s: format!("({} + {})", a.s, b.s),
                    c: a.c && b.c,
                }
            }
            2 => {
                let k = *self.rng.pick(&INT_KINDS);
                let x = self.expr_nc(&Ty::Int(k), d);
                nc(format!("strconv.Itoa(int({x}))"))
            }
            3 => {
                let k = *self.rng.pick(&INT_KINDS);
                let x = self.expr_nc(&Ty::Int(k), d);
                let base = self.rng.range(2, 36);
                if k.signed() {
                    nc(format!("strconv.FormatInt(int64({x}), {base})"))
                } else {
                    nc(format!("strconv.FormatUint(uint64({x}), {base})"))
                }
            }
            4 => {
                let ty = if self.rng.chance(1, 2) {
                    Ty::F64
                } else {
                    Ty::F32
                };
                let x = self.expr_nc(&ty, d);
                let f = self.rng.pick(&["'g'", "'f'", "'e'", "'G'"]);
                let prec = self.rng.range(-1, 5);
                let bits = if ty == Ty::F32 { 32 } else { 64 };
                nc(format!(
                    "strconv.FormatFloat(float64({x}), {f}, {prec}, {bits})"
                ))
            }
            5 => {
                let s = self.expr(&Ty::Str, d).s;
                let f = self.rng.pick(&[
                    "strconv.Quote",
                    "strings.ToUpper",
                    "strings.ToLower",
                    "strings.TrimSpace",
                    "strconv.QuoteToASCII",
                ]);
                nc(format!("{f}({s})"))
            }
            6 => {
                let s = self.expr(&Ty::Str, d).s;
                let n = self.rng.range(0, 3);
                nc(format!("strings.Repeat({s}, {n})"))
            }
            7 => {
                let k = *self.rng.pick(&INT_KINDS);
                let x = self.expr_nc(&Ty::Int(k), d);
                nc(format!("string(rune({x}))"))
            }
            8 => {
                let s = self.expr(&Ty::Str, d).s;
                let via = self.rng.pick(&["[]byte", "[]rune"]);
                nc(format!("string({via}({s}))"))
            }
            9 => {
                let s = self.expr(&Ty::Str, d).s;
                let a = self.expr_nc(&Ty::Int(IntK::Int), d);
                let b = self.expr_nc(&Ty::Int(IntK::Int), d);
                nc(format!("sub({s}, {a}, {b})"))
            }
            10 => {
                let s = self.expr(&Ty::Str, d).s;
                let old = self.rng.pick(STRINGS);
                let new = self.rng.pick(STRINGS);
                let n = self.rng.range(-1, 2);
                nc(format!("strings.Replace({s}, {old}, {new}, {n})"))
            }
            11 => {
                let s = self.expr(&Ty::Str, d).s;
                nc(format!("strings.Join(words({s}), \"|\")"))
            }
            _ => self.formatted(d),
        }
    }

    /// `fmt.Sprint`/`Sprintf` of a value with a verb suited to its type.
    pub fn formatted(&mut self, d: u32) -> E {
        let ty = self.any_type();
        let x = self.expr(&ty, d).s;
        let verbs: &[&str] = match ty {
            Ty::Int(_) => &[
                "%d", "%x", "%X", "%o", "%b", "%08d", "%-5d|", "%+d", "%c", "%q", "%U", "%v",
                "%#x", "%#o", "% d", "%6.3d", "%#U", "%T", "%#v",
            ],
            Ty::F32 | Ty::F64 => &[
                "%v", "%g", "%.3f", "%e", "%8.2f", "%G", "%.0f", "%+.2e", "%010.4f", "%-10.2e|",
                "%#g", "%x", "%.3g", "%T", "%#v", "% .2f",
            ],
            Ty::Str => &[
                "%s", "%q", "%x", "%10s|", "%-6s|", "%.2s", "%v", "%+q", "%X", "% x", "%#q", "%T",
            ],
            Ty::Bool => &["%t", "%v", "%5t|", "%#v"],
            _ => &["%v", "%+v", "%d", "%#v", "%T", "%x", "%v"],
        };
        // A pointer to a struct (of a composite literal) prints as &{...}.
        let x = if x.starts_with('S') && self.rng.chance(1, 2) {
            format!("&{x}")
        } else {
            x
        };
        let verb = self.rng.pick(verbs);
        if self.rng.chance(1, 4) {
            nc(format!("fmt.Sprint({x})"))
        } else {
            nc(format!("fmt.Sprintf(\"{verb}\", {x})"))
        }
    }

    /// A random type among scalars, the program's structs and simple composites.
    pub fn any_type(&mut self) -> Ty {
        let s = super::types::scalar(&mut self.rng);
        // Elements of composites: mostly scalars, sometimes structs.
        let el = if !self.structs.is_empty() && self.rng.chance(1, 4) {
            Ty::Struct(self.rng.below(self.structs.len()))
        } else {
            s.clone()
        };
        match self.rng.below(8) {
            0 if !self.structs.is_empty() => Ty::Struct(self.rng.below(self.structs.len())),
            1 => Ty::Slice(Box::new(el)),
            2 => Ty::Array(self.rng.range(1, 4) as usize, Box::new(el)),
            3 => {
                let k = if self.rng.chance(1, 3) {
                    Ty::Str
                } else {
                    Ty::Int(*self.rng.pick(&INT_KINDS))
                };
                Ty::Map(Box::new(k), Box::new(el))
            }
            _ => s,
        }
    }

    fn slice_expr(&mut self, el: &Ty, d: u32) -> E {
        let ty = Ty::Slice(Box::new(el.clone()));
        let vars = self.places(&ty, false);
        match self.rng.below(5) {
            0 if !vars.is_empty() => {
                let v = self.rng.pick(&vars).clone();
                let s = self
                    .rng
                    .pick(&[
                        format!("{v}[len({v})/2:]"),
                        format!("{v}[:1]"),
                        format!("{v}[0:1:1]"),
                        format!("{v}[:len({v}):len({v})]"),
                        format!("{v}[len({v})-1:]"),
                    ])
                    .clone();
                nc(s)
            }
            1 if *el == Ty::Int(IntK::U8) || *el == Ty::Int(IntK::I32) => {
                let s = self.expr(&Ty::Str, d).s;
                let conv = if *el == Ty::Int(IntK::U8) {
                    "[]byte"
                } else {
                    "[]rune"
                };
                nc(format!("{conv}({s} + \"!\")"))
            }
            2 => {
                let n = self.rng.range(1, 3);
                let extra = self.rng.range(0, 3);
                nc(format!("make({}, {n}, {})", ty.go(), n + extra))
            }
            _ => self.literal(&ty),
        }
    }
}
