//! Field and method lookup through embedded fields (types2's `lookupFieldOrMethod`, breadth
//! first by embedding depth), method sets, interface satisfaction (`missing_method`) and
//! assignability (`assignable_to`).
//!
//! Invariants: a lookup result carries, per step of its path, whether a pointer is dereferenced
//! before that step (`indirect`), and whether the final receiver value is itself a pointer
//! (`ptr`), which is what method calls need for automatic `&`/`*`. Two matches at the same
//! (shallowest) depth are ambiguous.

use super::*;

#[derive(Clone, Debug)]
pub(crate) enum Found {
    Field {
        path: Vec<usize>,
        indirect: Vec<bool>,
        typ: TypeId,
    },
    /// A concrete method; `ptr` = the value the method is called on is a pointer.
    Method {
        path: Vec<usize>,
        indirect: Vec<bool>,
        obj: ObjId,
        ptr: bool,
    },
    InterfaceMethod {
        path: Vec<usize>,
        indirect: Vec<bool>,
        index: usize,
        sig: TypeId,
    },
    Nothing,
    Ambiguous,
}

impl<'a> Checker<'a> {
    /// Looks up field or method `name` in type `t` (which may be a pointer to a named type).
    pub fn lookup_field_or_method(&mut self, t: TypeId, name: &str) -> Found {
        if name == "_" {
            return Found::Nothing;
        }
        // entries: (type, path, indirect, is_pointer)
        let (start, is_ptr) = match self.tt.get(t).clone() {
            Type::Pointer(b)
                if matches!(self.tt.get(b), Type::Named(_))
                    || matches!(self.tt.under(b), Type::Struct(_)) =>
            {
                (b, true)
            }
            _ => (t, false),
        };
        // a pointer to an interface or a named pointer has no methods/fields
        if let Type::Named(_) = self.tt.get(t) {
            if matches!(self.tt.under(t), Type::Pointer(_)) {
                return Found::Nothing;
            }
        }
        let mut current: Vec<(TypeId, Vec<usize>, Vec<bool>, bool)> =
            vec![(start, vec![], vec![], is_ptr)];
        let mut seen: HashSet<TypeId> = HashSet::new();
        while !current.is_empty() {
            let mut next = Vec::new();
            let mut found: Vec<Found> = Vec::new();
            for (typ, path, ind, ptr) in current {
                if let Some(nid) = self.tt.named_id(typ) {
                    if !seen.insert(typ) {
                        continue;
                    }
                    let methods = self.tt.named[nid.0 as usize].methods.clone();
                    if let Some(&m) = methods.iter().find(|&&m| self.obj(m).name == name) {
                        self.resolve_obj(m);
                        found.push(Found::Method {
                            path: path.clone(),
                            indirect: ind.clone(),
                            obj: m,
                            ptr,
                        });
                        continue;
                    }
                }
                match self.tt.under(typ).clone() {
                    Type::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            let mut p = path.clone();
                            p.push(i);
                            let mut id = ind.clone();
                            id.push(ptr);
                            if f.name == name {
                                found.push(Found::Field {
                                    path: p.clone(),
                                    indirect: id.clone(),
                                    typ: f.typ,
                                });
                            }
                            if f.embedded {
                                let (ft, fptr) = match self.tt.get(f.typ) {
                                    Type::Pointer(b) => (*b, true),
                                    _ => (f.typ, false),
                                };
                                next.push((ft, p, id, fptr));
                            }
                        }
                    }
                    Type::Interface(ms) => {
                        if let Some(i) = ms.iter().position(|m| m.name == name) {
                            found.push(Found::InterfaceMethod {
                                path: path.clone(),
                                indirect: ind.clone(),
                                index: i,
                                sig: ms[i].sig,
                            });
                        }
                    }
                    _ => {}
                }
            }
            match found.len() {
                0 => {}
                1 => return found.pop().unwrap(),
                _ => return Found::Ambiguous,
            }
            current = next;
        }
        Found::Nothing
    }

    fn func_string(&self, name: &str, sig: TypeId) -> String {
        let s = self.type_str(sig);
        format!("{name}{}", s.strip_prefix("func").unwrap_or(&s))
    }

    /// If `v` does not implement interface `iface`, the parenthesised reason (gc wording).
    pub fn missing_method(&mut self, v: TypeId, iface: TypeId, _static: bool) -> Option<String> {
        let want = self
            .tt
            .interface_methods(iface)
            .cloned()
            .unwrap_or_default();
        if let Some(vms) = self.tt.interface_methods(v).cloned() {
            for m in &want {
                match vms.iter().find(|x| x.name == m.name) {
                    None => return Some(format!("(missing {} method)", m.name)),
                    Some(x) if x.sig != m.sig => {
                        return Some(format!(
                            "(wrong type for {} method)\n\t\thave {}\n\t\twant {}",
                            m.name,
                            self.func_string(&x.name, x.sig),
                            self.func_string(&m.name, m.sig)
                        ));
                    }
                    _ => {}
                }
            }
            return None;
        }
        for m in &want {
            match self.lookup_field_or_method(v, &m.name) {
                Found::Method {
                    obj, ptr, indirect, ..
                } => {
                    let o = self.obj(obj);
                    let sig = o.typ;
                    let ptr_recv = o.recv.is_some_and(|r| r.1);
                    if sig != m.sig {
                        return Some(format!(
                            "(wrong type for {} method)\n\t\thave {}\n\t\twant {}",
                            m.name,
                            self.func_string(&m.name, sig),
                            self.func_string(&m.name, m.sig)
                        ));
                    }
                    // a pointer anywhere on the embedding path makes the value addressable
                    if ptr_recv && !ptr && !indirect.iter().any(|&i| i) {
                        return Some(format!("({} method has pointer receiver)", m.name));
                    }
                }
                Found::InterfaceMethod { sig, .. } => {
                    if sig != m.sig {
                        return Some(format!(
                            "(wrong type for {} method)\n\t\thave {}\n\t\twant {}",
                            m.name,
                            self.func_string(&m.name, sig),
                            self.func_string(&m.name, m.sig)
                        ));
                    }
                }
                _ => {
                    // a method with different case?
                    return Some(format!("(missing {} method)", m.name));
                }
            }
        }
        None
    }

    /// types2's `operand.assignableTo`; `reason` receives an explanation when useful.
    pub fn assignable_to(
        &mut self,
        x: &Operand<'a>,
        t: TypeId,
        reason: Option<&mut String>,
    ) -> bool {
        if x.is_invalid() || t == INVALID || x.typ == INVALID {
            return true;
        }
        let v = x.typ;
        if v == t {
            return true;
        }
        let vu = self.tt.underlying(v);
        let tu = self.tt.underlying(t);
        if self.tt.is_untyped(vu) {
            if let Type::Basic(tk) = self.tt.get(tu).clone() {
                if x.mode == OpMode::Constant {
                    return x
                        .val
                        .as_ref()
                        .is_some_and(|val| constant::representable(val, tk).is_ok())
                        && self.implicit_type_and_value(x, t).is_ok();
                }
                let vk = self.tt.basic_kind(vu).unwrap();
                if vk == BasicKind::UntypedBool {
                    return self.tt.is_boolean(tu);
                }
            }
            return self.implicit_type_and_value(x, t).is_ok();
        }
        let has_name = |c: &Checker, t: TypeId| c.tt.is_named(t);
        if vu == tu && (!has_name(self, v) || !has_name(self, t)) {
            return true;
        }
        if self.tt.is_interface(t) {
            if let Some(r) = self.missing_method(v, t, true) {
                if let Some(reason) = reason {
                    *reason = format!(
                        "{} does not implement {} {}",
                        self.type_str(v),
                        self.type_str(t),
                        r
                    );
                }
                return false;
            }
            return true;
        }
        if self.tt.is_interface(v) {
            if self.missing_method(t, v, true).is_none() {
                if let Some(reason) = reason {
                    *reason = "need type assertion".into();
                }
            }
            return false;
        }
        if let (Type::Chan(ast::ChanDir::Both, ve), Type::Chan(_, te)) =
            (self.tt.get(vu).clone(), self.tt.get(tu).clone())
        {
            if ve == te {
                return !has_name(self, v) || !has_name(self, t);
            }
        }
        false
    }
}
