//! A generator of random Go programs in the spirit of Csmith and gosmith: from a seed, one
//! `package main` file that go1.19 compiles and that terminates deterministically, printing
//! running checksums of everything it computes.
//!
//! Invariants every generated program keeps (each module states the ones it is responsible
//! for):
//! - valid go1.19: no unused variables, imports or labels; no constant overflow, constant
//!   division by zero or out-of-range constant index; no duplicate constant cases or keys;
//! - deterministic: maps are folded in sorted key order or with a commutative sum, goroutines
//!   write only their own result slot or talk through a fixed channel protocol, expressions
//!   have no side effects (so Go's unspecified evaluation order never matters), and nothing
//!   depends on the per-iteration loop variables of Go 1.22 (loop variables are never
//!   addressed, assigned, or captured by a closure that outlives its iteration);
//! - terminating: loops have constant trip counts, functions call only functions declared
//!   before them, and a cost budget bounds the work of nested loops and calls;
//! - panic-free unless deliberately: divisors are `x|1`, indexes are reduced modulo a length
//!   that is never zero, float→int conversions are clamped to the target range; deliberate
//!   run-time panics happen only inside a function that recovers them.

mod decls;
mod expr;
mod stmt;
mod templates;
pub mod types;

use crate::rng::Rng;
use types::{StructDef, Ty};

/// A generated function `fN`: pure (no globals, value parameters only).
pub struct FuncSig {
    pub params: Vec<Ty>,
    pub ret: Ty,
    /// Rough number of basic steps one call performs (bounds nested calls).
    pub cost: u64,
}

#[derive(Clone)]
pub struct Var {
    pub name: String,
    pub ty: Ty,
    /// Loop and range variables are read-only and never addressed (see the module invariants).
    pub mutable: bool,
}

/// Cost budget of one function body or main section (basic steps, loops multiplied).
const COST_BUDGET: u64 = 20_000;

pub struct Gen {
    pub rng: Rng,
    pub structs: Vec<StructDef>,
    /// The integer kind underlying the program's named type `Count`.
    pub count_kind: types::IntK,
    pub funcs: Vec<FuncSig>,
    /// Scopes, innermost last.
    scopes: Vec<Vec<Var>>,
    /// In a goroutine or an expression closure: variables of scopes below this index may only
    /// be read, and only whole local variables may be written (no writes through references).
    restricted_from: Option<usize>,
    /// Functions `f0..callable` may be called from the code being generated.
    callable: usize,
    /// Product of the trip counts of the enclosing loops.
    loop_mult: u64,
    /// Cost accumulated by the body being generated.
    cost: u64,
    /// Statement nesting depth.
    depth: usize,
    /// Whether `places` includes map entries (assignable, not addressable).
    map_entries: bool,
    /// Function literals being generated inside expressions (at most one at a time).
    in_expr_closure: bool,
    /// In a section of main (not in a function): output statements may be generated.
    printing_allowed: bool,
    names: usize,
    indent: usize,
    out: String,
}

impl Gen {
    pub fn fresh(&mut self, prefix: &str) -> String {
        self.names += 1;
        format!("{prefix}{}", self.names)
    }

    pub fn line(&mut self, text: &str) {
        for _ in 0..self.indent {
            self.out.push('\t');
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// Opens a `{`-terminated line and a scope.
    pub fn open(&mut self, text: &str) {
        self.line(text);
        self.indent += 1;
        self.scopes.push(Vec::new());
    }

    /// Folds every variable of the innermost scope into `acc` (which also keeps them used),
    /// then closes it with `close_text` (usually `}`).
    pub fn close(&mut self, close_text: &str) {
        self.fold_scope();
        self.scopes.pop();
        self.indent -= 1;
        self.line(close_text);
    }

    /// Folds every variable of the innermost scope (but `acc`) into `acc` and forgets them.
    pub fn fold_scope(&mut self) {
        let vars = std::mem::take(self.scopes.last_mut().unwrap());
        for v in vars.iter().filter(|v| v.name != "acc") {
            let f = self.fold_of(&v.name, &v.ty);
            self.line(&format!("acc = fold(acc, {f})"));
        }
    }

    pub fn declare(&mut self, name: &str, ty: Ty, mutable: bool) {
        self.scopes.last_mut().unwrap().push(Var {
            name: name.to_string(),
            ty,
            mutable,
        });
    }

    /// Variables visible here, innermost first, with whether the current code may write them.
    pub fn visible(&self) -> Vec<(Var, bool)> {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for (i, scope) in self.scopes.iter().enumerate().rev() {
            for v in scope.iter().rev() {
                if seen.insert(v.name.clone()) {
                    let local = self.restricted_from.is_none_or(|r| i >= r);
                    out.push((v.clone(), v.mutable && local));
                }
            }
        }
        out
    }

    pub fn restricted(&self) -> bool {
        self.restricted_from.is_some()
    }

    /// A `uint64` expression summarising the value of `e` (of type `ty`) for the checksum.
    pub fn fold_of(&self, e: &str, ty: &Ty) -> String {
        match ty {
            // A signed constant below zero has no uint64 conversion; `iu` takes it as a value.
            Ty::Int(k) if k.signed() => format!("iu(int64({e}))"),
            Ty::Int(_) => format!("uint64({e})"),
            Ty::F32 | Ty::F64 => format!("fbits(float64({e}))"),
            Ty::Bool => format!("b2u({e})"),
            Ty::Str => format!("hs({e})"),
            Ty::Struct(_) => format!("{e}.sum()"),
            Ty::Ptr(t) => self.fold_of(&format!("(*{e})"), t),
            // Not cap: a []byte(s) conversion's capacity depends on gc's escape analysis.
            Ty::Slice(_) | Ty::Array(..) | Ty::Map(..) => format!("hs(fmt.Sprint({e}))"),
        }
    }

    /// Whether a call costing `c` fits the budget here; if so, charges it.
    pub fn afford(&mut self, c: u64) -> bool {
        let total = self.loop_mult.saturating_mul(c);
        if self.cost.saturating_add(total) > COST_BUDGET {
            return false;
        }
        self.cost += total;
        true
    }
}

const PRELUDE: &str = r#"package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

type Summer interface {
	sum() uint64
}

func fold(a, v uint64) uint64 { return (a^v)*1099511628211 + 7 }

func fbits(f float64) uint64 {
	if f != f {
		return 0x7ff8
	}
	return math.Float64bits(f)
}

func iu(v int64) uint64 { return uint64(v) }

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func hs(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// recover not called directly by a deferred function: always nil.
func indirectRecover() interface{} { return recover() }

func cut(s string) string {
	if len(s) > 40 {
		return s[len(s)-40:]
	}
	return s
}

func clamp(f, lo, hi float64) float64 {
	if f != f {
		return 0
	}
	if f < lo {
		return lo
	}
	if f > hi {
		return hi
	}
	return f
}

func sub(s string, a, b int) string {
	n := uint(len(s) + 1)
	i, j := int(uint(a)%n), int(uint(b)%n)
	if i > j {
		i, j = j, i
	}
	return s[i:j]
}

func words(s string) []string {
	f := strings.Fields(s)
	sort.Strings(f)
	return f
}

func check(x int) error {
	if x%3 == 0 {
		return errors.New("bad " + strconv.Itoa(x))
	}
	if x%3 == 1 {
		return fmt.Errorf("wrapped: %w", errBase)
	}
	return nil
}

var errBase = errors.New("base")

var mu sync.Mutex

var calls int64

func count() int64 { return atomic.AddInt64(&calls, 1) }

func finish(acc uint64, code int) {
	fmt.Println("final", acc)
	if code != 0 {
		fmt.Fprintln(os.Stderr, "exiting with", code)
		os.Exit(code)
	}
}
"#;

/// The Go source of the program for `seed`.
pub fn program(seed: u64) -> String {
    let mut g = Gen {
        rng: Rng::new(seed),
        structs: Vec::new(),
        count_kind: types::IntK::Int,
        funcs: Vec::new(),
        scopes: Vec::new(),
        restricted_from: None,
        callable: 0,
        loop_mult: 1,
        cost: 0,
        depth: 0,
        in_expr_closure: false,
        map_entries: true,
        printing_allowed: false,
        names: 0,
        indent: 0,
        out: String::new(),
    };
    g.out.push_str(&format!(
        "// generated by minigo's differential test, seed {seed}\n"
    ));
    g.out.push_str(PRELUDE);
    let nstructs = g.rng.range(1, 4) as usize;
    g.structs = types::structs(&mut g.rng, nstructs);
    for i in 0..nstructs {
        let decl = g.structs[i].decl(i);
        g.out.push('\n');
        g.out.push_str(&decl);
        g.methods(i);
    }
    g.named_type();
    for _ in 0..g.rng.range(1, 5) {
        g.function();
    }
    let sections = g.rng.range(2, 5);
    for s in 0..sections {
        g.section(s as usize);
    }
    g.out.push_str("\nfunc main() {\n\tacc := uint64(1)\n");
    for s in 0..sections {
        g.out.push_str(&format!(
            "\tacc = fold(acc, section{s}(acc))\n\tfmt.Println(\"section {s}\", acc)\n"
        ));
    }
    let code = if g.rng.chance(1, 12) {
        g.rng.range(1, 5)
    } else {
        0
    };
    g.out.push_str(&format!("\tfinish(acc, {code})\n}}\n"));
    g.out
}
