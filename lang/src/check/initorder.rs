//! Package-variable initialisation order (Go spec "Package initialization", types2's
//! `initorder.go`) and initialisation-cycle reports.
//!
//! Invariants: `deps[obj]` lists the package-level vars and funcs referenced by `obj`'s
//! initializer or body; a variable is ready when all vars it depends on (transitively through
//! functions) are initialised; the earliest ready variable in declaration order goes next.
//! `var a, b = f()` is one entry; `var a, b = 1, 2` two.

use super::*;
use crate::ast::{Decl, GenDecl};

impl<'a> Checker<'a> {
    pub(super) fn compute_init_order(&mut self) {
        // package vars with initializers, in declaration order
        let file = self.file;
        let mut units: Vec<(Vec<ObjId>, usize, usize)> = Vec::new();
        for (d, decl) in file.decls.iter().enumerate() {
            if let Decl::Gen(GenDecl::Var(specs, _)) = decl {
                for (s, spec) in specs.iter().enumerate() {
                    if spec.values.is_empty() {
                        continue;
                    }
                    let objs: Vec<ObjId> = spec
                        .names
                        .iter()
                        .filter_map(|n| self.info.defs.get(&n.id).copied())
                        .collect();
                    if spec.values.len() == 1 && objs.len() > 1 {
                        units.push((objs, d, s));
                    } else {
                        for o in objs {
                            units.push((vec![o], d, s));
                        }
                    }
                }
            }
        }
        // transitive var dependencies through functions
        let is_var = |c: &Checker, o: ObjId| matches!(c.pkg_decls.get(&o), Some(PkgDecl::Var(..)));
        let mut var_deps: HashMap<ObjId, HashSet<ObjId>> = HashMap::new();
        for (objs, _, _) in &units {
            for &o in objs {
                let mut seen = HashSet::new();
                let mut stack: Vec<ObjId> = self.deps.get(&o).cloned().unwrap_or_default();
                let mut vars = HashSet::new();
                while let Some(x) = stack.pop() {
                    if !seen.insert(x) {
                        continue;
                    }
                    if is_var(self, x) {
                        vars.insert(x);
                    } else {
                        stack.extend(self.deps.get(&x).cloned().unwrap_or_default());
                    }
                }
                var_deps.insert(o, vars);
            }
        }
        // cycle check: a var depending on itself (through vars)
        let with_init: HashSet<ObjId> = units.iter().flat_map(|u| u.0.iter().copied()).collect();
        let mut done: HashSet<ObjId> = self
            .pkg_decls
            .keys()
            .filter(|o| is_var(self, **o) && !with_init.contains(o))
            .copied()
            .collect();
        let mut remaining = units;
        let mut reported = false;
        while !remaining.is_empty() {
            let pos = remaining.iter().position(|(objs, _, _)| {
                objs.iter().all(|o| {
                    var_deps[o]
                        .iter()
                        .all(|d| done.contains(d) || objs.contains(d))
                })
            });
            match pos {
                Some(p) => {
                    let u = remaining.remove(p);
                    done.extend(u.0.iter().copied());
                    self.info.init_order.push(u);
                }
                None => {
                    if !reported {
                        reported = true;
                        let o = remaining[0].0[0];
                        self.report_init_cycle(o);
                    }
                    let u = remaining.remove(0);
                    done.extend(u.0.iter().copied());
                    self.info.init_order.push(u);
                }
            }
        }
        // self-dependency
        for (o, vs) in &var_deps {
            if vs.contains(o) && !reported {
                reported = true;
                self.report_init_cycle(*o);
            }
        }
    }

    fn report_init_cycle(&mut self, start: ObjId) {
        // find a path start -> ... -> start through deps
        let mut path = vec![start];
        let mut seen = HashSet::new();
        fn dfs(
            c: &Checker,
            cur: ObjId,
            start: ObjId,
            path: &mut Vec<ObjId>,
            seen: &mut HashSet<ObjId>,
        ) -> bool {
            for &d in c.deps.get(&cur).map(|v| v.as_slice()).unwrap_or(&[]) {
                if d == start {
                    return true;
                }
                if seen.insert(d) {
                    path.push(d);
                    if dfs(c, d, start, path, seen) {
                        return true;
                    }
                    path.pop();
                }
            }
            false
        }
        dfs(self, start, start, &mut path, &mut seen);
        let name = self.obj(start).name.clone();
        let mut msg = format!("initialization loop for {name}");
        for &p in &path {
            msg.push_str(&format!("\n\t{} refers to", self.obj(p).name));
        }
        msg.push_str(&format!("\n\t{name}"));
        self.error(self.obj(start).span, msg);
    }
}
