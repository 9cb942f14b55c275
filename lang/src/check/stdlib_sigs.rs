//! Types of the stdlib package members minigo provides: a package's Go declaration text (one
//! per line, parameter names omitted; see `package_source`) parsed by a small type-expression
//! parser into checker objects.
//!
//! Representation (what the compiler sees):
//! - functions and variables: `ObjKind::PkgMember { pkg: "strings", name: "Split" }` with the
//!   Go type; variables (`os.Args`, `io.EOF`) are evaluated with `Mode::Variable`;
//! - constants: `ObjKind::Const(value)` (their uses carry the value in `TypeInfo::exprs`);
//! - types: `ObjKind::TypeName` whose type is a `Named` type with `NamedType.pkg` = the import
//!   path (`"time"`, `"sync"`); opaque types are structs with one unexported field `impl uintptr`;
//! - methods of stdlib types: `ObjKind::PkgMember { pkg: "sync", name: "Mutex.Lock" }` (type
//!   name, dot, method name) with `Object::recv = Some((named, pointer_receiver))`, listed in
//!   `NamedType.methods` so method sets, embedding (`struct{ sync.Mutex }`) and interface
//!   satisfaction work as for user types. `stdlib_method_name` splits such a name.
//!
//! - type aliases (`type FileInfo = fs.FileInfo`, another package's type): a `TypeName`
//!   object whose type is the target itself.
//!
//! Invariant: a package's text only refers to predeclared types, its own types, and types of
//! packages named on its `import` lines (loaded first).

use super::package_source::PackageSource;
use super::*;
use crate::ast::ChanDir;

/// For a stdlib method object: (package path, type name, method name).
pub fn stdlib_method_name(info: &TypeInfo, obj: ObjId) -> Option<(&str, &str, &str)> {
    let o = info.objects.get(obj.0 as usize)?;
    o.recv?;
    match &o.kind {
        ObjKind::PkgMember { pkg, name } => {
            let (t, m) = name.split_once('.')?;
            Some((pkg.as_str(), t, m))
        }
        _ => None,
    }
}

/// Loads a stdlib package's members into `c.packages` (and its dependencies). Returns false for
/// an unknown package.
pub fn load_package(c: &mut Checker, path: &str) -> bool {
    if c.packages.contains_key(path) {
        return true;
    }
    let source: &dyn PackageSource = c.package_source;
    let Some(text) = source.text(path) else {
        return false;
    };
    c.packages.insert(path.to_string(), HashMap::new());
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut imports: HashMap<String, String> = HashMap::new();
    // pass 1: imports and type names
    for l in &lines {
        let toks = tokenize(l);
        if toks[0] == "import" {
            let dep = toks[1..].concat();
            load_package(c, &dep);
            imports.insert(dep.rsplit('/').next().unwrap().to_string(), dep);
        } else if toks[0] == "type" && toks.get(2).is_some_and(|t| t == "=") {
            // an alias (`type FileInfo = fs.FileInfo`) names its target in pass 2
        } else if toks[0] == "type" {
            let name = &toks[1];
            let (_, t) = c.tt.new_named(name, path, Span::default());
            let o = c.new_obj(name, ObjKind::TypeName, t, Span::default());
            c.packages.get_mut(path).unwrap().insert(name.clone(), o);
        }
    }
    // pass 2: the types' underlying types, then everything else (a typed constant needs its
    // type's underlying type, wherever the lines stand)
    let (types, rest): (Vec<&str>, Vec<&str>) = lines.iter().partition(|l| l.starts_with("type"));
    for l in types.iter().chain(&rest) {
        let toks = tokenize(l);
        let mut p = P {
            toks: &toks,
            i: 1,
            c,
            pkg: path,
            imports: &imports,
        };
        match toks[0].as_str() {
            "type" if toks.get(2).is_some_and(|t| t == "=") => {
                let name = p.next();
                p.expect("=");
                let t = p.typ();
                let o = p.c.new_obj(&name, ObjKind::TypeName, t, Span::default());
                p.c.packages.get_mut(path).unwrap().insert(name, o);
            }
            "type" => {
                let name = p.next();
                let t = p.typ();
                let named = p.c.packages[path][&name];
                let nt = p.c.obj(named).typ;
                let nid = p.c.tt.named_id(nt).unwrap();
                let u = p.c.tt.underlying(t);
                p.c.tt.named[nid.0 as usize].underlying = u;
            }
            "func" => {
                if p.peek() == "(" {
                    p.next();
                    let ptr = p.peek() == "*";
                    if ptr {
                        p.next();
                    }
                    let tname = p.next();
                    p.expect(")");
                    let mname = p.next();
                    let sig = p.signature();
                    let tobj = p.c.packages[path][&tname];
                    let nt = p.c.obj(tobj).typ;
                    let nid = p.c.tt.named_id(nt).unwrap();
                    let o = p.c.new_obj(
                        &mname,
                        ObjKind::PkgMember {
                            pkg: path.to_string(),
                            name: format!("{tname}.{mname}"),
                        },
                        sig,
                        Span::default(),
                    );
                    p.c.obj_mut(o).recv = Some((nid, ptr));
                    p.c.tt.named[nid.0 as usize].methods.push(o);
                    if ptr {
                        // Natives may return a `*T` (`*time.ParseError`, `*strconv.NumError`)
                        // to a program that never names it: the type must exist at run time.
                        p.c.tt.pointer(nt);
                    }
                } else {
                    let name = p.next();
                    let sig = p.signature();
                    let o = p.c.new_obj(
                        &name,
                        ObjKind::PkgMember {
                            pkg: path.to_string(),
                            name: name.clone(),
                        },
                        sig,
                        Span::default(),
                    );
                    p.c.packages.get_mut(path).unwrap().insert(name, o);
                }
            }
            "var" => {
                let name = p.next();
                let t = p.typ();
                let o = p.c.new_obj(
                    &name,
                    ObjKind::PkgMember {
                        pkg: path.to_string(),
                        name: name.clone(),
                    },
                    t,
                    Span::default(),
                );
                p.c.used[o.0 as usize] = true;
                p.c.pkg_vars.insert(o);
                p.c.packages.get_mut(path).unwrap().insert(name, o);
            }
            "const" => {
                let name = p.next();
                let typ = if p.peek() != "=" { Some(p.typ()) } else { None };
                p.expect("=");
                let lit = p.next();
                let (val, ut) = parse_const(&lit);
                let t = typ.unwrap_or(ut);
                let val = match p.c.tt.basic_kind(t) {
                    Some(k) => constant::representable(&val, k).unwrap_or(val),
                    None => val,
                };
                let o = p.c.new_obj(&name, ObjKind::Const(val), t, Span::default());
                p.c.packages.get_mut(path).unwrap().insert(name, o);
            }
            _ => {}
        }
    }
    true
}

fn parse_const(lit: &str) -> (ConstValue, TypeId) {
    if let Some(r) = lit.strip_prefix('\'') {
        let c = match r.trim_end_matches('\'') {
            "\\n" => '\n',
            "\\t" => '\t',
            "\\\\" => '\\',
            "\\'" => '\'',
            other => other.chars().next().unwrap_or('\0'),
        };
        return (
            ConstValue::Int(BigInt::from(c as u32)),
            TypeTable::basic(BasicKind::UntypedRune),
        );
    }
    if let Some(hex) = lit.strip_prefix("0x") {
        if let Some(i) = BigInt::parse_bytes(hex.as_bytes(), 16) {
            return (ConstValue::Int(i), TypeTable::basic(BasicKind::UntypedInt));
        }
    }
    if let Some(s) = lit.strip_prefix('"') {
        return (
            ConstValue::String(s.trim_end_matches('"').as_bytes().to_vec()),
            TypeTable::basic(BasicKind::UntypedString),
        );
    }
    if !lit.contains(['.', 'e']) {
        if let Ok(i) = lit.parse::<BigInt>() {
            return (ConstValue::Int(i), TypeTable::basic(BasicKind::UntypedInt));
        }
    }
    (
        ConstValue::Float(lit.parse().unwrap_or(0.0)),
        TypeTable::basic(BasicKind::UntypedFloat),
    )
}

pub(super) fn tokenize(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let ch = b[i];
        if ch == b' ' || ch == b'\t' {
            i += 1;
        } else if ch == b'"' {
            let j = s[i + 1..]
                .find('"')
                .map(|k| i + 1 + k + 1)
                .unwrap_or(b.len());
            out.push(s[i..j].to_string());
            i = j;
        } else if ch.is_ascii_alphanumeric()
            || ch == b'_'
            || ch == b'-'
            || ch == b'+'
            || (ch == b'.' && i + 1 < b.len() && b[i + 1].is_ascii_digit())
        {
            let start = i;
            while i < b.len()
                && (b[i].is_ascii_alphanumeric()
                    || b[i] == b'_'
                    || b[i] == b'/'
                    || (b[i] == b'.' && i + 1 < b.len() && b[i + 1].is_ascii_digit())
                    || ((b[i] == b'-' || b[i] == b'+') && (i == start || b[i - 1] == b'e')))
            {
                i += 1;
            }
            out.push(s[start..i].to_string());
        } else if ch == b'\'' {
            // A rune literal: `'x'`, `'\n'`.
            let body = if b.get(i + 1) == Some(&b'\\') {
                i + 3
            } else {
                i + 2
            };
            let j = s[body.min(b.len())..]
                .find('\'')
                .map(|k| body + k + 1)
                .unwrap_or(b.len());
            out.push(s[i..j].to_string());
            i = j;
        } else if s[i..].starts_with("...") {
            out.push("...".into());
            i += 3;
        } else if s[i..].starts_with("<-") {
            out.push("<-".into());
            i += 2;
        } else {
            out.push((ch as char).to_string());
            i += 1;
        }
    }
    out
}

struct P<'t, 'c, 'a> {
    toks: &'t [String],
    i: usize,
    c: &'c mut Checker<'a>,
    pkg: &'t str,
    imports: &'t HashMap<String, String>,
}

impl P<'_, '_, '_> {
    fn peek(&self) -> &str {
        self.toks.get(self.i).map(|s| s.as_str()).unwrap_or("")
    }
    fn next(&mut self) -> String {
        let t = self.peek().to_string();
        self.i += 1;
        t
    }
    fn expect(&mut self, s: &str) {
        let t = self.next();
        assert_eq!(t, s, "stdlib signature syntax in package {}", self.pkg);
    }
    fn type_list(&mut self, close: &str) -> (Vec<TypeId>, bool) {
        let mut ts = Vec::new();
        let mut variadic = false;
        while self.peek() != close {
            if self.peek() == "..." {
                self.next();
                let t = self.typ();
                ts.push(self.c.tt.slice(t));
                variadic = true;
            } else {
                ts.push(self.typ());
            }
            if self.peek() == "," {
                self.next();
            }
        }
        self.next();
        (ts, variadic)
    }
    fn signature(&mut self) -> TypeId {
        self.expect("(");
        let (params, variadic) = self.type_list(")");
        let results = match self.peek() {
            "(" => {
                self.next();
                self.type_list(")").0
            }
            "" | ";" | "}" | "," | ")" => vec![],
            _ => vec![self.typ()],
        };
        self.c.tt.intern(Type::Func(Signature {
            params,
            results,
            variadic,
        }))
    }
    fn typ(&mut self) -> TypeId {
        let t = self.next();
        match t.as_str() {
            "*" => {
                let e = self.typ();
                self.c.tt.pointer(e)
            }
            "[" => {
                if self.peek() == "]" {
                    self.next();
                    let e = self.typ();
                    self.c.tt.slice(e)
                } else {
                    let n: u64 = self.next().parse().unwrap();
                    self.expect("]");
                    let e = self.typ();
                    self.c.tt.intern(Type::Array(n, e))
                }
            }
            "map" => {
                self.expect("[");
                let k = self.typ();
                self.expect("]");
                let v = self.typ();
                self.c.tt.intern(Type::Map(k, v))
            }
            "chan" => {
                let dir = if self.peek() == "<-" {
                    self.next();
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                let e = self.typ();
                self.c.tt.intern(Type::Chan(dir, e))
            }
            "<-" => {
                self.expect("chan");
                let e = self.typ();
                self.c.tt.intern(Type::Chan(ChanDir::Recv, e))
            }
            "func" => self.signature(),
            "struct" => {
                self.expect("{");
                let mut fields = Vec::new();
                while self.peek() != "}" {
                    let name = self.next();
                    let t = self.typ();
                    let pkg = if typexpr::is_exported(&name) {
                        String::new()
                    } else {
                        self.pkg.to_string()
                    };
                    fields.push(StructField {
                        name,
                        typ: t,
                        embedded: false,
                        tag: None,
                        pkg,
                    });
                    if self.peek() == ";" {
                        self.next();
                    }
                }
                self.next();
                self.c.tt.intern(Type::Struct(fields))
            }
            "interface" => {
                self.expect("{");
                let mut ms = Vec::new();
                while self.peek() != "}" {
                    let name = self.next();
                    let sig = self.signature();
                    ms.push(InterfaceMethod { name, sig });
                    if self.peek() == ";" {
                        self.next();
                    }
                }
                self.next();
                ms.sort_by(|a, b| a.name.cmp(&b.name));
                self.c.tt.intern(Type::Interface(ms))
            }
            name => {
                if self.peek() == "." {
                    self.next();
                    let member = self.next();
                    let path = self
                        .imports
                        .get(name)
                        .cloned()
                        .unwrap_or_else(|| name.to_string());
                    let o = self.c.packages[&path][&member];
                    return self.c.obj(o).typ;
                }
                if let Some(&o) = self.c.packages.get(self.pkg).and_then(|m| m.get(name)) {
                    return self.c.obj(o).typ;
                }
                let o = self.c.scopes[0]
                    .names
                    .get(name)
                    .copied()
                    .unwrap_or_else(|| panic!("stdlib signature: unknown type {name}"));
                self.c.obj(o).typ
            }
        }
    }
}
