//! The REPL's session linker: merges each freshly compiled program into the session's
//! accumulated program, so that a value made by an earlier input (an interface holding a type
//! id, a closure holding a function index, a global slot) means the same thing to every later
//! input and to the goroutines still running earlier inputs' code.
//!
//! Invariants:
//! - The session program only grows: an index handed out (function, type, global, constant,
//!   native, method name, boxed variable) keeps its meaning for the rest of the session; a new program's
//!   indices are relocated into the session's numbering (`Instr::relocate`). The first
//!   program's types keep their ids (the basic types' ids are fixed: `TypeTable::basic`).
//! - Every type id in code is an operand (`t`, `s`), never an integer immediate.
//! - Identity is by key: a type by its structure (a named type by its name and the caller's
//!   declaration generation), a function and a global by the key the caller gives (`None`:
//!   always a new function — an input's own code), a native by its name and implementation,
//!   a method name by its text. Constants are appended (they are immutable words).
//! - The method sets of every type the new program knows are taken from it (a method
//!   declared later joins its type's method set); everything else of an existing entry is
//!   kept as it was.

use crate::bytecode::IdKind;
use crate::native::NativeFn;
use crate::program::{FuncProto, Global, MethodImpl, Program, RKind, RType, RuntimeTypes};
use std::collections::HashMap;
use std::sync::Arc;

/// How the caller identifies declarations across compilations.
pub trait Keys {
    /// The generation of the package-level named type `main.<name>` (bumped when redeclared).
    fn type_generation(&self, name: &str) -> u32;
    /// The key of a compiled function (`main.f`, `main.(*T).m`, …), or `None` for code that
    /// belongs to this input only (always linked as new).
    fn func_key(&self, name: &str) -> Option<String>;
    /// The key of the package-level variable `name` (`main.x`).
    fn global_key(&self, name: &str) -> String;
}

/// The accumulated session program and the keys of its entries.
pub struct Linker {
    prog: Arc<Program>,
    types: HashMap<String, u32>,
    funcs: HashMap<String, u32>,
    globals: HashMap<String, u32>,
    natives: HashMap<(&'static str, usize), u32>,
    method_names: HashMap<String, u32>,
}

/// The result of linking one program.
pub struct Linked {
    pub prog: Arc<Program>,
    /// The new program's `main`, in session numbering.
    pub entry: u32,
    /// Global slots first defined by this program.
    pub new_globals: Vec<u32>,
}

impl Default for Linker {
    fn default() -> Self {
        Self::new()
    }
}

impl Linker {
    pub fn new() -> Self {
        Linker {
            prog: Arc::new(Program {
                funcs: Vec::new(),
                go_wrappers: HashMap::new(),
                natives: Vec::new(),
                consts: Vec::new(),
                globals: Vec::new(),
                boxed_vars: Vec::new(),
                types: Vec::new(),
                method_names: Vec::new(),
                init: 0,
                main: 0,
                rt: RuntimeTypes::default(),
                files: Vec::new(),
            }),
            types: HashMap::new(),
            funcs: HashMap::new(),
            globals: HashMap::new(),
            natives: HashMap::new(),
            method_names: HashMap::new(),
        }
    }

    /// The session program as linked so far.
    pub fn program(&self) -> &Arc<Program> {
        &self.prog
    }

    /// Number of global slots in use.
    pub fn global_count(&self) -> usize {
        self.prog.globals.len()
    }

    /// Links `new` into the session program.
    pub fn link(&mut self, new: Program, keys: &dyn Keys) -> Linked {
        let old = &self.prog;
        let mut funcs = old.funcs.clone();
        let mut types = old.types.clone();
        let mut globals = old.globals.clone();
        let mut natives = old.natives.clone();
        let mut consts = old.consts.clone();
        let mut method_names = old.method_names.clone();
        let mut go_wrappers = old.go_wrappers.clone();

        let names: Vec<u32> = new
            .method_names
            .iter()
            .map(|n| {
                *self.method_names.entry(n.clone()).or_insert_with(|| {
                    method_names.push(n.clone());
                    (method_names.len() - 1) as u32
                })
            })
            .collect();
        let native_ids: Vec<u32> = new
            .natives
            .iter()
            .map(|n: &NativeFn| {
                *self
                    .natives
                    .entry((n.name, n.imp as usize))
                    .or_insert_with(|| {
                        natives.push(*n);
                        (natives.len() - 1) as u32
                    })
            })
            .collect();
        let const_base = consts.len() as u32;
        consts.extend_from_slice(&new.consts);
        let mut boxed_vars = old.boxed_vars.clone();
        let var_base = boxed_vars.len() as u32;
        boxed_vars.extend_from_slice(&new.boxed_vars);

        // Types: keys first (structure), then session ids, then contents.
        let mut memo = vec![None; new.types.len()];
        let type_keys: Vec<String> = (0..new.types.len())
            .map(|t| type_key(&new.types, t, keys, &mut memo))
            .collect();
        // The first program keeps its numbering (the runtime and natives know the ids of the
        // basic types); a type it has twice (`byte`, `uint8`) is found under its first id.
        let first = types.is_empty();
        let mut fresh_types = Vec::new();
        let type_ids: Vec<u32> = type_keys
            .iter()
            .enumerate()
            .map(|(t, key)| {
                let known = self.types.get(key).copied();
                match known {
                    Some(id) if !first => id,
                    _ => {
                        fresh_types.push(t);
                        types.push(new.types[t].clone());
                        let id = (types.len() - 1) as u32;
                        self.types.entry(key.clone()).or_insert(id);
                        id
                    }
                }
            })
            .collect();

        // Functions: reuse those the session already has under the same key.
        let mut fresh_funcs = Vec::new();
        let func_ids: Vec<u32> = new
            .funcs
            .iter()
            .enumerate()
            .map(|(f, proto)| {
                let fresh = |funcs: &mut Vec<FuncProto>, fresh_funcs: &mut Vec<usize>| {
                    fresh_funcs.push(f);
                    funcs.push(proto.clone());
                    (funcs.len() - 1) as u32
                };
                match keys.func_key(&proto.name) {
                    Some(key) => match self.funcs.get(&key) {
                        Some(&id) => id,
                        None => {
                            let id = fresh(&mut funcs, &mut fresh_funcs);
                            self.funcs.insert(key, id);
                            id
                        }
                    },
                    None => fresh(&mut funcs, &mut fresh_funcs),
                }
            })
            .collect();

        let mut new_globals = Vec::new();
        let global_ids: Vec<u32> = new
            .globals
            .iter()
            .map(|g| {
                *self
                    .globals
                    .entry(keys.global_key(&g.name))
                    .or_insert_with(|| {
                        globals.push(Global {
                            typ: type_ids[g.typ as usize],
                            ..g.clone()
                        });
                        new_globals.push((globals.len() - 1) as u32);
                        (globals.len() - 1) as u32
                    })
            })
            .collect();

        let map = |kind: IdKind, id: u32| -> u32 {
            let i = id as usize;
            match kind {
                IdKind::Func => func_ids[i],
                IdKind::Native => native_ids[i],
                IdKind::Const => const_base + id,
                IdKind::Global => global_ids[i],
                IdKind::Type => type_ids[i],
                IdKind::MethodName => names[i],
                IdKind::BoxedVar if id == crate::program::NO_VAR => id,
                IdKind::BoxedVar => var_base + id,
            }
        };
        let method = |m: &crate::program::RMethod| crate::program::RMethod {
            name: names[m.name as usize],
            func: match m.func {
                MethodImpl::Func(f) => MethodImpl::Func(func_ids[f as usize]),
                MethodImpl::Native(n) => MethodImpl::Native(native_ids[n as usize]),
            },
            ptr_recv: m.ptr_recv,
        };
        for &f in &fresh_funcs {
            let id = func_ids[f] as usize;
            for ins in &mut funcs[id].code {
                ins.relocate(&mut |k, v| map(k, v));
            }
        }
        for &t in &fresh_types {
            let id = type_ids[t] as usize;
            let r = &mut types[id];
            if r.kind != RKind::Invalid {
                r.elem = type_ids.get(r.elem as usize).copied().unwrap_or(r.elem);
                r.key = type_ids.get(r.key as usize).copied().unwrap_or(r.key);
            }
            for field in &mut r.fields {
                field.typ = type_ids[field.typ as usize];
            }
            r.iface_methods = r.iface_methods.iter().map(|&m| names[m as usize]).collect();
            r.iface_methods.sort_unstable();
        }
        for (t, r) in new.types.iter().enumerate() {
            let mut methods: Vec<_> = r.methods.iter().map(method).collect();
            methods.sort_by_key(|m| m.name);
            types[type_ids[t] as usize].methods = methods;
        }
        for ((f, line), wrapper) in &new.go_wrappers {
            go_wrappers.insert((func_ids[*f as usize], *line), wrapper.clone());
        }
        let rt = |t: u32| type_ids[t as usize];
        let entry = func_ids[new.main as usize];
        self.prog = Arc::new(Program {
            funcs,
            go_wrappers,
            natives,
            consts,
            globals,
            boxed_vars,
            types,
            method_names,
            init: func_ids[new.init as usize],
            main: entry,
            rt: RuntimeTypes {
                bounds_error: rt(new.rt.bounds_error),
                type_assertion_error: rt(new.rt.type_assertion_error),
                runtime_error_string: rt(new.rt.runtime_error_string),
                plain_error: rt(new.rt.plain_error),
                error_string: rt(new.rt.error_string),
                wrap_error: rt(new.rt.wrap_error),
                deadline_exceeded: rt(new.rt.deadline_exceeded),
            },
            files: new.files,
        });
        Linked {
            prog: self.prog.clone(),
            entry,
            new_globals,
        }
    }
}

/// A type's identity across compilations: its kind, spelling and components, plus, for the
/// session's own named types, the declaration generation (a named type declared inside a
/// function has generation 0: its structure tells two of the same name apart). Other named
/// types (the standard library's, the runtime's) are their name.
///
/// The key of a type never depends on the order types are visited in: a reference back to a
/// named type being spelled (a cycle) is its name and generation only.
fn type_key(types: &[RType], t: usize, keys: &dyn Keys, memo: &mut [Option<String>]) -> String {
    if let Some(k) = &memo[t] {
        return k.clone();
    }
    let key = spell(types, t, keys, &mut Vec::new());
    memo[t] = Some(key.clone());
    key
}

fn spell(types: &[RType], t: usize, keys: &dyn Keys, named_stack: &mut Vec<usize>) -> String {
    let r = &types[t];
    let mut key = match (r.named, r.name.strip_prefix("main.")) {
        (true, None) => return r.name.clone(),
        (true, Some(local)) => format!("{}#{}", r.name, keys.type_generation(local)),
        (false, _) => String::new(),
    };
    if r.named {
        if named_stack.contains(&t) {
            return key;
        }
        named_stack.push(t);
    }
    let mut sub = |i: u32| match types.get(i as usize) {
        Some(_) if r.kind != RKind::Invalid => spell(types, i as usize, keys, named_stack),
        _ => i.to_string(),
    };
    key.push_str(&format!(
        "|{:?}|{}|{}|{}|{}",
        r.kind,
        r.name,
        r.len,
        sub(r.elem),
        sub(r.key)
    ));
    for f in &r.fields {
        key.push_str(&format!("|{}:{}:{}", f.name, f.embedded, sub(f.typ)));
    }
    if r.named {
        named_stack.pop();
    }
    key
}
