//! Package-level declarations: collecting objects into the package scope (any order), resolving
//! them lazily on first use (types2's `objDecl`), attaching methods to their receiver types,
//! checking function bodies, package-variable initialisation order and the `main`/`init`/import
//! rules; plus local `const`/`var`/`type` declarations inside functions.
//!
//! Invariants:
//! - A defined type's `NamedType` exists (underlying invalid) from collection on, so types may
//!   refer to each other and to themselves through pointers; its underlying type is set when its
//!   declaration is resolved. Methods are attached in collection, their signatures resolved
//!   lazily.
//! - `deps[obj]` lists the package-level vars and funcs referenced by `obj`'s initializer or body;
//!   `init_order` follows the Go spec: repeatedly the earliest var (in declaration order) whose
//!   dependencies are all initialised.
//! - For `var a, b = 1, 2` each variable is its own `init_order` entry `(vec![a], d, s)`;
//!   for `var a, b = f()` one entry `(vec![a, b], d, s)`.

use super::*;
use crate::ast::{Decl, ExprKind, GenDecl, ValueSpec};

/// Go 1.19's standard packages (`go list std`, without internal and vendored ones): an
/// import of one minigo lacks is "not supported yet", not "not in GOROOT".
const GO_STD_PACKAGES: &[&str] = &[
    "archive/tar",
    "archive/zip",
    "bufio",
    "bytes",
    "compress/bzip2",
    "compress/flate",
    "compress/gzip",
    "compress/lzw",
    "compress/zlib",
    "container/heap",
    "container/list",
    "container/ring",
    "context",
    "crypto",
    "crypto/aes",
    "crypto/cipher",
    "crypto/des",
    "crypto/dsa",
    "crypto/ecdsa",
    "crypto/ed25519",
    "crypto/elliptic",
    "crypto/hmac",
    "crypto/md5",
    "crypto/rand",
    "crypto/rc4",
    "crypto/rsa",
    "crypto/sha1",
    "crypto/sha256",
    "crypto/sha512",
    "crypto/subtle",
    "crypto/tls",
    "crypto/x509",
    "crypto/x509/pkix",
    "database/sql",
    "database/sql/driver",
    "debug/buildinfo",
    "debug/dwarf",
    "debug/elf",
    "debug/gosym",
    "debug/macho",
    "debug/pe",
    "debug/plan9obj",
    "embed",
    "encoding",
    "encoding/ascii85",
    "encoding/asn1",
    "encoding/base32",
    "encoding/base64",
    "encoding/binary",
    "encoding/csv",
    "encoding/gob",
    "encoding/hex",
    "encoding/json",
    "encoding/pem",
    "encoding/xml",
    "errors",
    "expvar",
    "flag",
    "fmt",
    "go/ast",
    "go/build",
    "go/build/constraint",
    "go/constant",
    "go/doc",
    "go/doc/comment",
    "go/format",
    "go/importer",
    "go/parser",
    "go/printer",
    "go/scanner",
    "go/token",
    "go/types",
    "hash",
    "hash/adler32",
    "hash/crc32",
    "hash/crc64",
    "hash/fnv",
    "hash/maphash",
    "html",
    "html/template",
    "image",
    "image/color",
    "image/color/palette",
    "image/draw",
    "image/gif",
    "image/jpeg",
    "image/png",
    "index/suffixarray",
    "io",
    "io/fs",
    "io/ioutil",
    "log",
    "log/syslog",
    "math",
    "math/big",
    "math/bits",
    "math/cmplx",
    "math/rand",
    "mime",
    "mime/multipart",
    "mime/quotedprintable",
    "net",
    "net/http",
    "net/http/cgi",
    "net/http/cookiejar",
    "net/http/fcgi",
    "net/http/httptest",
    "net/http/httptrace",
    "net/http/httputil",
    "net/http/pprof",
    "net/mail",
    "net/netip",
    "net/rpc",
    "net/rpc/jsonrpc",
    "net/smtp",
    "net/textproto",
    "net/url",
    "os",
    "os/exec",
    "os/signal",
    "os/user",
    "path",
    "path/filepath",
    "plugin",
    "reflect",
    "regexp",
    "regexp/syntax",
    "runtime",
    "runtime/cgo",
    "runtime/debug",
    "runtime/metrics",
    "runtime/pprof",
    "runtime/race",
    "runtime/trace",
    "sort",
    "strconv",
    "strings",
    "sync",
    "sync/atomic",
    "syscall",
    "testing",
    "testing/fstest",
    "testing/iotest",
    "testing/quick",
    "text/scanner",
    "text/tabwriter",
    "text/template",
    "text/template/parse",
    "time",
    "time/tzdata",
    "unicode",
    "unicode/utf16",
    "unicode/utf8",
    "unsafe",
];

impl<'a> Checker<'a> {
    pub(super) fn collect_imports(&mut self) {
        let file = self.file;
        for imp in &file.imports {
            self.enter_file(imp.span.start);
            let own = self.own_package(&imp.path);
            if own.is_some() {
                // filled once its objects are collected (`publish_packages`)
                self.packages.entry(imp.path.clone()).or_default();
            }
            let known = own.is_some() || stdlib_sigs::load_package(self, &imp.path);
            if !known {
                let why = if GO_STD_PACKAGES.contains(&imp.path.as_str()) {
                    "is not supported by minigo yet"
                } else {
                    "is not in GOROOT"
                };
                self.error(imp.span, format!("package {} {why}", imp.path));
            }
            let default_name = match own {
                Some(p) => file.packages[p].1.clone(),
                None => imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string(),
            };
            let name = match &imp.name {
                Some(n) if n.name == "_" => {
                    continue;
                }
                Some(n) if n.name == "." => {
                    // members go straight into the file scope
                    let obj =
                        self.new_obj(".", ObjKind::PkgName(imp.path.clone()), INVALID, imp.span);
                    self.used_imports.insert(obj);
                    if let Some(members) = self.packages.get(&imp.path).cloned() {
                        for (name, m) in members {
                            if typexpr::is_exported(&name) {
                                self.scopes[2].names.insert(name, m);
                            }
                        }
                    }
                    continue;
                }
                Some(n) => n.name.clone(),
                None => default_name,
            };
            let obj = self.new_obj(&name, ObjKind::PkgName(imp.path.clone()), INVALID, imp.span);
            if !known {
                self.used_imports.insert(obj);
            }
            if let Some(n) = &imp.name {
                self.info.defs.insert(n.id, obj);
            }
            let scope = &mut self.scopes[2];
            if let std::collections::hash_map::Entry::Vacant(slot) = scope.names.entry(name.clone())
            {
                slot.insert(obj);
            } else {
                self.error(imp.span, format!("{name} redeclared in this block"));
            }
        }
    }

    fn declare_pkg(&mut self, ident: &ast::Ident, obj: ObjId, decl: PkgDecl) {
        self.pkg_decls.insert(obj, decl);
        self.state.insert(obj, State::Unresolved);
        self.info.defs.insert(ident.id, obj);
        if ident.name == "_" {
            return;
        }
        if let Some(&imp) = self.scopes[2].names.get(&ident.name) {
            let _ = imp;
            self.error(
                ident.span,
                format!("{} already declared through import of package", ident.name),
            );
        }
        let scope = &mut self.scopes[1];
        if scope.names.contains_key(&ident.name) {
            self.error(
                ident.span,
                format!("{} redeclared in this block", ident.name),
            );
            return;
        }
        scope.names.insert(ident.name.clone(), obj);
    }

    pub(super) fn collect_objects(&mut self) {
        let file = self.file;
        for (d, decl) in file.decls.iter().enumerate() {
            self.enter_file(decl.start());
            match decl {
                Decl::Gen(GenDecl::Const(specs, _)) => {
                    for (s, spec) in specs.iter().enumerate() {
                        for (i, n) in spec.names.iter().enumerate() {
                            let obj = self.new_obj(
                                &n.name,
                                ObjKind::Const(ConstValue::Int(0.into())),
                                INVALID,
                                n.span,
                            );
                            self.declare_pkg(n, obj, PkgDecl::Const(d, s, i));
                        }
                    }
                }
                Decl::Gen(GenDecl::Var(specs, _)) => {
                    for (s, spec) in specs.iter().enumerate() {
                        for (i, n) in spec.names.iter().enumerate() {
                            let obj = self.new_obj(
                                &n.name,
                                ObjKind::Var {
                                    global: true,
                                    param: false,
                                    captured: false,
                                    addressed: false,
                                },
                                INVALID,
                                n.span,
                            );
                            self.used[obj.0 as usize] = true;
                            self.declare_pkg(n, obj, PkgDecl::Var(d, s, i));
                        }
                    }
                }
                Decl::Gen(GenDecl::Type(specs, _)) => {
                    for (s, spec) in specs.iter().enumerate() {
                        let typ = if spec.alias {
                            INVALID
                        } else {
                            let pkg = self.package_path();
                            self.tt.new_named(&spec.name.name, pkg, spec.name.span).1
                        };
                        let obj =
                            self.new_obj(&spec.name.name, ObjKind::TypeName, typ, spec.name.span);
                        self.declare_pkg(&spec.name, obj, PkgDecl::Type(d, s));
                    }
                }
                Decl::Func(f) => {
                    let obj = self.new_obj(
                        &f.name.name,
                        ObjKind::Func { decl: d },
                        INVALID,
                        f.name.span,
                    );
                    if !f.type_params.is_empty() && f.recv.is_some() {
                        let at = f.type_params[0].span.start.saturating_sub(1);
                        self.error(
                            Span {
                                start: at,
                                end: at + 1,
                            },
                            "syntax error: method must have no type parameters",
                        );
                        self.generic.insert(obj);
                    }
                    if f.body.is_none() {
                        self.error(f.name.span, "missing function body");
                    }
                    if let Some(recv) = &f.recv {
                        self.pkg_decls.insert(obj, PkgDecl::Func(d));
                        self.state.insert(obj, State::Unresolved);
                        self.info.defs.insert(f.name.id, obj);
                        let mut base = &recv.typ;
                        if let ExprKind::Paren(b) = &base.kind {
                            base = b;
                        }
                        if let ExprKind::Star(b) = &base.kind {
                            base = b;
                        }
                        match &base.kind {
                            ExprKind::Ident(id) => self
                                .methods_by_type
                                .entry((self.cur_pkg, id.name.clone()))
                                .or_default()
                                .push(obj),
                            ExprKind::Index(x, _) | ExprKind::IndexList(x, _)
                                if matches!(x.kind, ExprKind::Ident(_)) =>
                            {
                                if let ExprKind::Ident(id) = &x.kind {
                                    self.methods_by_type
                                        .entry((self.cur_pkg, id.name.clone()))
                                        .or_default()
                                        .push(obj);
                                }
                            }
                            _ => self.error(
                                recv.typ.span,
                                format!("invalid receiver type {}", self.expr_str(&recv.typ)),
                            ),
                        }
                    } else if f.name.name == "init" {
                        self.pkg_decls.insert(obj, PkgDecl::Func(d));
                        self.state.insert(obj, State::Unresolved);
                        self.info.defs.insert(f.name.id, obj);
                        if !f.typ.params.is_empty() || !f.typ.results.is_empty() {
                            self.error(
                                f.name.span,
                                "func init must have no arguments and no return values",
                            );
                        }
                    } else {
                        self.declare_pkg(&f.name, obj, PkgDecl::Func(d));
                        if f.name.name == "main"
                            && (!f.typ.params.is_empty() || !f.typ.results.is_empty())
                        {
                            self.error(
                                f.name.span,
                                "func main must have no arguments and no return values",
                            );
                        }
                    }
                }
                Decl::Bad(_) => {}
            }
        }
        // attach methods to their receiver base types
        let mut names: Vec<_> = self.methods_by_type.keys().cloned().collect();
        names.sort_by_key(|n| self.methods_by_type[n].first().map(|o| o.0));
        for key in names {
            let objs = self.methods_by_type[&key].clone();
            let recv_name = key.1;
            if let Some(&first) = objs.first() {
                self.enter_file(self.obj(first).span.start);
            }
            let (name, alias_ptr) = match self.alias_target(&recv_name) {
                Ok(target) => target,
                Err(t) => {
                    let msg = format!("invalid receiver type {}", self.expr_str(t));
                    for o in objs {
                        if let PkgDecl::Func(d) = self.pkg_decls[&o] {
                            if let Decl::Func(f) = &self.file.decls[d] {
                                self.error(f.recv.as_ref().unwrap().typ.span, msg.clone());
                            }
                        }
                        self.generic.insert(o);
                    }
                    continue;
                }
            };
            let Some(tobj) = self.scopes[1].names.get(&name).copied() else {
                for o in objs {
                    let d = match self.pkg_decls[&o] {
                        PkgDecl::Func(d) => d,
                        _ => continue,
                    };
                    if let Decl::Func(f) = &self.file.decls[d] {
                        let sp = f.recv.as_ref().unwrap().typ.span;
                        let msg = if self.scopes[0].names.contains_key(&name) {
                            format!("cannot define new methods on non-local type {name}")
                        } else {
                            format!("undefined: {name}")
                        };
                        self.error(sp, msg);
                    }
                    self.generic.insert(o);
                }
                continue;
            };
            let nid = if matches!(self.obj(tobj).kind, ObjKind::TypeName) {
                self.tt.named_id(self.obj(tobj).typ)
            } else {
                None
            };
            let Some(nid) = nid else {
                // alias or non-type: resolved later; report simply
                for o in objs {
                    if let PkgDecl::Func(d) = self.pkg_decls[&o] {
                        if let Decl::Func(f) = &self.file.decls[d] {
                            let sp = f.recv.as_ref().unwrap().typ.span;
                            self.error(sp, format!("{name} is not a type"));
                        }
                    }
                    self.generic.insert(o);
                }
                continue;
            };
            for o in objs {
                let PkgDecl::Func(d) = self.pkg_decls[&o] else {
                    continue;
                };
                let Decl::Func(f) = &self.file.decls[d] else {
                    continue;
                };
                let recv_typ = &f.recv.as_ref().unwrap().typ;
                let star = matches!(recv_typ.unparen().kind, ExprKind::Star(_));
                if alias_ptr && star {
                    // `*P` with `type P = *T`
                    self.error(recv_typ.span, format!("invalid receiver type **{name}"));
                    self.generic.insert(o);
                    continue;
                }
                let ptr = alias_ptr || star;
                let mname = f.name.name.clone();
                if mname != "_" {
                    let dup = self.tt.named[nid.0 as usize]
                        .methods
                        .iter()
                        .any(|&m| self.obj(m).name == mname);
                    if dup {
                        self.error(
                            f.name.span,
                            format!("{name}.{mname} redeclared in this block"),
                        );
                        self.generic.insert(o);
                        continue;
                    }
                }
                self.obj_mut(o).recv = Some((nid, ptr));
                self.tt.named[nid.0 as usize].methods.push(o);
            }
        }
    }

    /// The type name a receiver base name denotes, following package-level aliases (`type A
    /// = B`) by their declarations (they are not resolved yet when methods are attached), and
    /// whether an alias made it a pointer (`type P = *T`); `Err` with the aliased type
    /// expression when an alias denotes neither a type name nor a pointer to one.
    fn alias_target(&self, name: &str) -> Result<(String, bool), &'a Expr> {
        let mut name = name.to_string();
        let mut ptr = false;
        // a cycle of aliases is reported when the aliases are resolved
        for _ in 0..self.pkg_decls.len() {
            let Some(&PkgDecl::Type(d, s)) = self.scopes[1]
                .names
                .get(&name)
                .and_then(|o| self.pkg_decls.get(o))
            else {
                break;
            };
            let Decl::Gen(GenDecl::Type(specs, _)) = &self.file.decls[d] else {
                break;
            };
            let spec = &specs[s];
            if !spec.alias {
                break;
            }
            match &spec.typ.unparen().kind {
                ExprKind::Ident(id) => name = id.name.clone(),
                ExprKind::Star(b) if !ptr => match &b.unparen().kind {
                    ExprKind::Ident(id) => {
                        name = id.name.clone();
                        ptr = true;
                    }
                    _ => return Err(&spec.typ),
                },
                _ => return Err(&spec.typ),
            }
        }
        Ok((name, ptr))
    }

    pub(super) fn resolve_all(&mut self) {
        let mut objs: Vec<ObjId> = self.pkg_decls.keys().copied().collect();
        objs.sort();
        for o in objs {
            self.resolve_obj(o);
        }
    }

    /// Resolves a package-level object's type (and constant value) if not done yet.
    pub fn resolve_obj(&mut self, obj: ObjId) {
        let Some(&decl) = self.pkg_decls.get(&obj) else {
            return;
        };
        match self.state.get(&obj).copied().unwrap_or(State::Done) {
            State::Done => return,
            State::InProgress => {
                match decl {
                    PkgDecl::Type(..) => {
                        if self.obj(obj).typ == INVALID {
                            let name = self.obj(obj).name.clone();
                            self.error(
                                self.obj(obj).span,
                                format!("invalid recursive type {name}"),
                            );
                        }
                    }
                    PkgDecl::Const(..) => self.report_const_loop(obj),
                    PkgDecl::Var(..) => {
                        // a cycle: reported by the initialisation order computation
                        self.used[obj.0 as usize] = true;
                    }
                    PkgDecl::Func(_) => {}
                }
                return;
            }
            State::Unresolved => {}
        }
        self.state.insert(obj, State::InProgress);
        // check in the package context
        let saved_scopes = self.scopes.split_off(3);
        let saved_depth = std::mem::replace(&mut self.func_depth, 0);
        let saved_funcs = std::mem::take(&mut self.funcs);
        let saved_cur = self.cur_decl.take();
        let saved_iota = self.iota.take();
        let saved_vars = std::mem::take(&mut self.func_vars);
        let file = self.file;
        let d = match decl {
            PkgDecl::Const(d, ..)
            | PkgDecl::Var(d, ..)
            | PkgDecl::Type(d, _)
            | PkgDecl::Func(d) => d,
        };
        let back = self.enter_file(file.decls[d].start());
        match decl {
            PkgDecl::Const(d, s, i) => {
                if let Decl::Gen(GenDecl::Const(specs, _)) = &file.decls[d] {
                    self.const_stack.push(obj);
                    self.const_spec_obj(&specs[s], i, obj);
                    self.const_stack.pop();
                }
            }
            PkgDecl::Var(d, s, _) => {
                if let Decl::Gen(GenDecl::Var(specs, _)) = &file.decls[d] {
                    let objs: Vec<ObjId> = specs[s]
                        .names
                        .iter()
                        .map(|n| self.info.defs[&n.id])
                        .collect();
                    for &o in &objs {
                        self.state.insert(o, State::InProgress);
                    }
                    self.var_spec(&specs[s], &objs, true);
                    for &o in &objs {
                        self.state.insert(o, State::Done);
                    }
                }
            }
            PkgDecl::Type(d, s) => {
                if let Decl::Gen(GenDecl::Type(specs, _)) = &file.decls[d] {
                    if !self.generic.contains(&obj) {
                        if specs[s].type_params.is_empty() {
                            self.type_spec(&specs[s], obj);
                        } else {
                            self.generic_type_spec(&specs[s], obj);
                        }
                    }
                }
            }
            PkgDecl::Func(d) => {
                if let Decl::Func(f) = &file.decls[d] {
                    if !self.generic.contains(&obj) {
                        let tparams = (!f.type_params.is_empty()).then(|| {
                            self.open_scope(false);
                            self.declare_type_params(&f.type_params)
                        });
                        let recv_tparams = self.method_type_params(f);
                        if let Some(ts) = &recv_tparams {
                            self.bind_type_params(f, ts);
                        }
                        let (sig, _) = self.signature(&f.typ, None);
                        if let Some(tps) = tparams {
                            self.close_scope();
                            self.gen.funcs.insert(obj, tps);
                        }
                        self.obj_mut(obj).typ = sig;
                        if let Some(recv) = &f.recv {
                            let rt = self.typ(&recv.typ);
                            let _ = rt;
                        }
                        if recv_tparams.is_some() {
                            self.close_scope();
                        }
                    }
                }
            }
        }
        self.enter_file(back);
        self.scopes.extend(saved_scopes);
        self.func_depth = saved_depth;
        self.funcs = saved_funcs;
        self.cur_decl = saved_cur;
        self.iota = saved_iota;
        self.func_vars = saved_vars;
        self.state.insert(obj, State::Done);
    }

    /// gc's "initialization loop" for constant `obj`, met again while its own declaration is
    /// being checked.
    fn report_const_loop(&mut self, obj: ObjId) {
        let Some(start) = self.const_stack.iter().position(|&o| o == obj) else {
            return;
        };
        let name = &self.obj(obj).name;
        let mut msg = format!("initialization loop for {name}");
        for &o in &self.const_stack[start..] {
            msg.push_str(&format!("\n\t{} refers to", self.obj(o).name));
        }
        msg.push_str(&format!("\n\t{name}"));
        self.error(self.obj(obj).span, msg);
    }

    /// Checks constant `i` of `spec` and stores its type and value in `obj`.
    pub fn const_spec_obj(&mut self, spec: &'a ValueSpec, i: usize, obj: ObjId) {
        self.iota = Some(BigInt::from(spec.iota));
        let typ = spec.typ.as_ref().map(|t| {
            let t = self.typ(t);
            if t != INVALID && !self.tt.is_const_type(t) {
                self.error(
                    spec.typ.as_ref().unwrap().span,
                    format!("invalid constant type {}", self.type_str(t)),
                );
                return INVALID;
            }
            t
        });
        let Some(e) = spec.values.get(i) else {
            if i == spec.values.len() {
                self.error(
                    spec.names[i].span,
                    format!("missing init expr for {}", spec.names[i].name),
                );
            }
            self.iota = None;
            return;
        };
        if i + 1 == spec.names.len() && spec.values.len() > spec.names.len() {
            let extra = &spec.values[spec.names.len()];
            if spec.implicit {
                let at = crate::diag::position_mark(self.src, extra.span.start, false);
                self.error(spec.span, format!("extra init expr at {at}"));
            } else {
                let msg = format!("extra init expr {}", self.expr_str(extra));
                self.error(extra.span, msg);
            }
        }
        let mut x = self.expr(e);
        self.iota = None;
        if x.is_invalid() || typ == Some(INVALID) {
            return;
        }
        if x.mode != OpMode::Constant {
            self.error(e.span, format!("{} is not constant", self.op_str(&x)));
            return;
        }
        let t = typ.unwrap_or(x.typ);
        self.assignment(&mut x, Some(t), "constant declaration");
        if x.is_invalid() {
            return;
        }
        if let (Some(r), true) = (x.exact.take(), self.tt.is_untyped(t)) {
            self.const_exact.insert(obj, r);
        }
        let o = self.obj_mut(obj);
        o.typ = t;
        if let Some(v) = x.val {
            o.kind = ObjKind::Const(v);
        }
    }

    /// Checks a `var` spec (package-level when `global`) for the already-created objects.
    pub fn var_spec(&mut self, spec: &'a ValueSpec, objs: &[ObjId], global: bool) {
        let typ = spec.typ.as_ref().map(|t| self.typ(t));
        if global {
            self.cur_decl = objs.first().copied();
        }
        if let Some(t) = typ {
            for &o in objs {
                self.obj_mut(o).typ = t;
            }
        }
        if spec.values.is_empty() {
            if typ.is_none() {
                self.error(spec.span, "missing type or init expr");
            }
        } else if spec.values.len() == objs.len() {
            for (k, (&o, e)) in objs.iter().zip(&spec.values).enumerate() {
                if global {
                    self.cur_decl = Some(o);
                }
                let _ = k;
                let mut x = self.expr(e);
                self.init_var(o, &mut x, typ, "variable declaration");
            }
        } else if spec.values.len() == 1 {
            let comma_ok = (objs.len() == 2)
                .then(|| self.comma_ok(&spec.values[0]))
                .flatten();
            let xs = comma_ok.unwrap_or_else(|| self.multi_expr(&spec.values[0]));
            if xs.len() == 1 && xs[0].is_invalid() {
                self.invalidate_vars(objs, typ);
            } else if xs.len() != objs.len() {
                self.assign_mismatch(
                    spec.values[0].span,
                    objs.len(),
                    &spec.values,
                    xs.len(),
                    Some(&spec.values[0]),
                );
                self.invalidate_vars(objs, typ);
            } else {
                for (&o, mut x) in objs.iter().zip(xs) {
                    self.init_var(o, &mut x, typ, "assignment");
                }
            }
            if global {
                let d = self.deps.get(&objs[0]).cloned().unwrap_or_default();
                for &o in &objs[1..] {
                    self.deps.insert(o, d.clone());
                }
            }
        } else {
            // types2's `arity`: name the first name without or value without a partner
            for (k, e) in spec.values.iter().enumerate() {
                let mut x = self.expr(e);
                if let Some(&o) = objs.get(k) {
                    if global {
                        self.cur_decl = Some(o);
                    }
                    self.init_var(o, &mut x, typ, "variable declaration");
                }
            }
            let n = spec.values.len();
            if objs.len() < n {
                let extra = &spec.values[objs.len()];
                let msg = format!("extra init expr {}", self.expr_str(extra));
                self.error(extra.span, msg);
            } else {
                let name = &spec.names[n];
                self.error(name.span, format!("missing init expr for {}", name.name));
                self.invalidate_vars(&objs[n..], typ);
            }
        }
        if global {
            self.cur_decl = None;
        }
    }

    fn invalidate_vars(&mut self, objs: &[ObjId], _typ: Option<TypeId>) {
        for &o in objs {
            self.used[o.0 as usize] = true;
        }
    }

    /// Initialises variable `o` from `x` (types2's `initVar`).
    pub fn init_var(&mut self, o: ObjId, x: &mut Operand<'a>, typ: Option<TypeId>, context: &str) {
        if x.is_invalid() || typ == Some(INVALID) {
            self.used[o.0 as usize] = true;
            return;
        }
        match typ {
            Some(t) => {
                self.assignment(x, Some(t), context);
            }
            None => {
                let mut t = x.typ;
                if self.tt.is_untyped(t) {
                    if x.is_nil() {
                        self.error(x.span(), format!("use of untyped nil in {context}"));
                        self.used[o.0 as usize] = true;
                        return;
                    }
                    t = self.tt.default_type(t);
                }
                self.assignment(x, Some(t), context);
                self.obj_mut(o).typ = if x.is_invalid() { INVALID } else { t };
                if x.is_invalid() {
                    self.used[o.0 as usize] = true;
                }
            }
        }
    }

    pub(super) fn type_spec(&mut self, spec: &'a ast::TypeSpec, obj: ObjId) {
        if spec.alias {
            let t = self.typ(&spec.typ);
            self.obj_mut(obj).typ = t;
            return;
        }
        let named = self.obj(obj).typ;
        let Some(nid) = self.tt.named_id(named) else {
            return;
        };
        self.type_depth += 1;
        let rhs = match &spec.typ.kind {
            ExprKind::InterfaceType(fields) => {
                let (t, set) = self.interface_type_set(fields);
                if let Some(mut set) = set {
                    set.name = spec.name.name.clone();
                    self.gen.constraints.insert(named, set);
                }
                t
            }
            _ => self.typ(&spec.typ),
        };
        self.type_depth -= 1;
        let mut u = self.tt.underlying(rhs);
        if rhs != INVALID && u == INVALID && self.type_depth == 0 {
            self.error(
                spec.name.span,
                format!("invalid recursive type {}", spec.name.name),
            );
        }
        if u != INVALID && self.contains_directly(u, named, 0) {
            self.error(
                spec.name.span,
                format!("invalid recursive type {}", spec.name.name),
            );
            u = INVALID;
        }
        self.tt.named[nid.0 as usize].underlying = u;
        // a method and a field with the same name
        if let Type::Struct(fs) = self.tt.get(u).clone() {
            for &m in &self.tt.named[nid.0 as usize].methods.clone() {
                let mname = self.obj(m).name.clone();
                if fs.iter().any(|f| f.name == mname) {
                    let sp = self.obj(m).span;
                    self.error(sp, format!("field and method with the same name {mname}"));
                }
            }
        }
    }

    fn contains_directly(&self, t: TypeId, target: TypeId, depth: u32) -> bool {
        if depth > 30 {
            return false;
        }
        if t == target {
            return true;
        }
        match self.tt.get(t) {
            Type::Array(_, e) => self.contains_directly(*e, target, depth + 1),
            Type::Struct(fs) => fs
                .iter()
                .any(|f| self.contains_directly(f.typ, target, depth + 1)),
            Type::Named(n) => {
                let u = self.tt.named[n.0 as usize].underlying;
                u != INVALID && self.contains_directly(u, target, depth + 1)
            }
            _ => false,
        }
    }

    pub(super) fn check_bodies(&mut self) {
        let file = self.file;
        for (d, decl) in file.decls.iter().enumerate() {
            let Decl::Func(f) = decl else { continue };
            let Some(body) = &f.body else { continue };
            let obj = match self.info.defs.get(&f.name.id) {
                Some(&o) => o,
                None => continue,
            };
            if self.generic.contains(&obj) {
                continue;
            }
            let _ = d;
            self.enter_file(f.span.start);
            self.resolve_obj(obj);
            self.cur_decl = Some(obj);
            let sig = self.obj(obj).typ;
            // a generic body is checked once in terms of its type parameters
            let tparams: Option<Vec<TypeId>> = match self.gen.funcs.get(&obj) {
                Some(tps) => Some(tps.iter().map(|tp| tp.typ).collect()),
                None => self.method_type_params(f),
            };
            if let Some(ts) = &tparams {
                self.bind_type_params(f, ts);
            }
            self.func_body(&f.typ, f.recv.as_ref(), body, sig);
            if tparams.is_some() {
                self.close_scope();
            }
            self.cur_decl = None;
        }
        self.check_instances();
    }

    /// Checks a function body (declared function or literal) with signature `sig`.
    pub fn func_body(
        &mut self,
        ft: &'a ast::FuncType,
        recv: Option<&'a ast::Field>,
        body: &'a ast::Block,
        sig: TypeId,
    ) {
        self.func_depth += 1;
        self.open_scope(true);
        self.func_vars.push(Vec::new());
        let mut results = Vec::new();
        if let Some(r) = recv {
            let rt = self.typ(&r.typ);
            if let Some(n) = r.names.first() {
                self.declare_param(n, rt);
            }
        }
        // parameter names and types (types were already computed into `sig`)
        let sigv = self.tt.signature(sig).cloned();
        if let Some(sigv) = sigv {
            let mut pi = 0;
            for f in &ft.params {
                if f.names.is_empty() {
                    pi += 1;
                }
                for n in &f.names {
                    let t = sigv.params.get(pi).copied().unwrap_or(INVALID);
                    self.declare_param(n, t);
                    pi += 1;
                }
            }
            let mut ri = 0;
            for f in &ft.results {
                if f.names.is_empty() {
                    ri += 1;
                }
                for n in &f.names {
                    let t = sigv.results.get(ri).copied().unwrap_or(INVALID);
                    let o = self.declare_param(n, t);
                    results.push(o);
                    ri += 1;
                }
            }
            self.funcs.push(FuncCtx { sig, results });
            self.stmt_list(&body.stmts);
            if !sigv.results.is_empty() && !self.is_terminating_list(&body.stmts, None) {
                let end = body.span.end.saturating_sub(1);
                self.error(
                    Span {
                        start: end,
                        end: end + 1,
                    },
                    "missing return",
                );
            }
            self.funcs.pop();
        }
        self.report_unused();
        self.close_scope();
        self.func_depth -= 1;
    }

    fn declare_param(&mut self, n: &'a ast::Ident, t: TypeId) -> ObjId {
        let o = self.new_obj(
            &n.name,
            ObjKind::Var {
                global: false,
                param: true,
                captured: false,
                addressed: false,
            },
            t,
            n.span,
        );
        self.used[o.0 as usize] = true;
        self.var_depth.insert(o, self.func_depth);
        self.declare(n, o);
        o
    }

    fn report_unused(&mut self) {
        let vars = self.func_vars.pop().unwrap_or_default();
        for v in vars {
            if !self.used[v.0 as usize] {
                let o = self.obj(v);
                let (span, name) = (o.span, o.name.clone());
                if name != "_" {
                    self.error(span, format!("{name} declared but not used"));
                }
            }
        }
    }

    pub(super) fn check_unused_imports(&mut self) {
        let file = self.file;
        for imp in &file.imports {
            self.enter_file(imp.span.start);
            let name = match &imp.name {
                Some(n) if n.name == "_" || n.name == "." => continue,
                Some(n) => n.name.clone(),
                None => match self.own_package(&imp.path) {
                    Some(p) => file.packages[p].1.clone(),
                    None => imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string(),
                },
            };
            let Some(&obj) = self.scopes[2].names.get(&name) else {
                continue;
            };
            if self.obj(obj).span != imp.span || self.used_imports.contains(&obj) {
                continue;
            }
            let default = imp.path.rsplit('/').next().unwrap_or(&imp.path);
            if name == default {
                self.error(imp.span, format!("imported and not used: {:?}", imp.path));
            } else {
                self.error(
                    imp.span,
                    format!("imported and not used: {:?} as {}", imp.path, name),
                );
            }
        }
    }

    pub(super) fn check_main(&mut self) {
        if self.file.package.name != "main" {
            return;
        }
        // package main's scope, wherever its file is in the text
        self.enter_file(self.file.package.span.start);
        let has_main = matches!(
            self.scopes[1].names.get("main").map(|&o| &self.obj(o).kind),
            Some(ObjKind::Func { .. })
        );
        if !has_main {
            self.error(
                self.file.package.span,
                "function main is undeclared in the main package",
            );
        }
    }

    // ---- local declarations ----

    pub fn local_decl(&mut self, d: &'a GenDecl) {
        match d {
            GenDecl::Const(specs, _) => {
                for spec in specs {
                    let mut objs = Vec::new();
                    for (i, n) in spec.names.iter().enumerate() {
                        let obj = self.new_obj(
                            &n.name,
                            ObjKind::Const(ConstValue::Int(0.into())),
                            INVALID,
                            n.span,
                        );
                        self.const_spec_obj(spec, i, obj);
                        objs.push(obj);
                    }
                    // declare after evaluating (scope starts after the spec)
                    for (n, o) in spec.names.iter().zip(objs) {
                        self.declare(n, o);
                    }
                }
            }
            GenDecl::Var(specs, _) => {
                for spec in specs {
                    let objs: Vec<ObjId> = spec
                        .names
                        .iter()
                        .map(|n| self.new_local_var(n, INVALID))
                        .collect();
                    self.var_spec(spec, &objs, false);
                    for (n, &o) in spec.names.iter().zip(&objs) {
                        self.declare(n, o);
                    }
                }
            }
            GenDecl::Type(specs, _) => {
                for spec in specs {
                    if spec.alias {
                        let t = self.typ(&spec.typ);
                        let o = self.new_obj(&spec.name.name, ObjKind::TypeName, t, spec.name.span);
                        self.declare(&spec.name, o);
                        continue;
                    }
                    let pkg = self.package_path();
                    let (_, named) = self.tt.new_named(&spec.name.name, pkg, spec.name.span);
                    let o = self.new_obj(&spec.name.name, ObjKind::TypeName, named, spec.name.span);
                    self.declare(&spec.name, o);
                    if spec.type_params.is_empty() {
                        self.type_spec(spec, o);
                    } else {
                        self.generic_type_spec(spec, o);
                    }
                }
            }
        }
    }
}
