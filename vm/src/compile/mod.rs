//! The bytecode compiler: checked AST (`lang::ast::File` + `TypeInfo`) → `Program`.
//!
//! Owns the compilation driver (`compile`), the program-wide tables being built (functions,
//! constants, globals, natives, interned method names) and the disassembler.
//!
//! Layout of the submodules:
//! - `func`: per-function state (`FuncState`): code emission, line table, stack-like register
//!   allocation, jump patching, variable locations.
//! - `escape`: pre-pass finding variables that must live in boxes (captured by a closure or
//!   address taken) and the free variables of every function literal.
//! - `rtypes`: `Program::types` (one `RType` per checker `TypeId`, same index) and method sets
//!   (entries for promoted methods come from `wrapper`).
//! - `wrapper`: synthesized receiver-adapting functions (promoted methods, method
//!   expressions).
//! - `expr`, `ops`, `call`, `builtin`, `literal`: expressions; `assign`, `stmt`, `control`:
//!   statements; `decl`: functions, methods, package init.
//!
//! Invariants:
//! - Function indices of declared functions are fixed before any body is compiled
//!   (`decl_func`), so calls can be emitted before their callee is compiled.
//! - Every instruction gets a line (`FuncProto::lines.len() == code.len()`).
//! - When any diagnostic was produced, no `Program` is returned: the interpreter never sees
//!   code for an unsupported construct.

mod assign;
mod builtin;
mod call;
mod control;
mod decl;
mod escape;
mod expr;
mod func;
mod literal;
mod ops;
mod rtypes;
mod stmt;
mod wrapper;

use crate::bytecode::Instr;
use crate::native::{NativeFn, NativeRegistry};
use crate::program::{FuncProto, Global, Program, RuntimeTypes};
use lang::ast::{self, Expr, File, Span};
use lang::diag::Diagnostic;
use lang::types::{Instance, ObjId, Object, Type, TypeAndValue, TypeId, TypeInfo, TypeTable};
use runtime::heap::Word;
use std::collections::HashMap;

pub(crate) use func::{FuncState, Loc};

/// Compiles a checked file into a program.
pub fn compile(
    file: &ast::File,
    table: &TypeTable,
    info: &TypeInfo,
    natives: &dyn NativeRegistry,
    file_name: &str,
    src: &str,
) -> Result<Program, Vec<Diagnostic>> {
    compile_package(
        file,
        table,
        info,
        natives,
        vec![(file_name.to_string(), 1)],
        src,
    )
}

/// Compiles the checked files of a package (merged by `lang::package::Sources`, whose text
/// is `src`) into a program; `files` names them for tracebacks (`Program::files`).
pub fn compile_package(
    file: &ast::File,
    table: &TypeTable,
    info: &TypeInfo,
    natives: &dyn NativeRegistry,
    files: Vec<(String, u32)>,
    src: &str,
) -> Result<Program, Vec<Diagnostic>> {
    let mut c = Compiler::new(file, table, info, natives, src);
    let (init, main) = c.compile_file();
    let mut types = c.build_types();
    if let Some((span, limit)) = c.fs.too_large.get() {
        // Past a limit outside any function: in a method wrapper (`build_types`).
        c.error(span, limit.message());
    }
    if !c.diags.is_empty() {
        return Err(c.diags);
    }
    let main = match main {
        Some(m) => m,
        None => {
            return Err(vec![Diagnostic::new(
                Span::default(),
                "function main is undeclared in the main package",
            )])
        }
    };
    let string = lang::types::TypeTable::basic(lang::types::BasicKind::String).0;
    let rt = RuntimeTypes::append(&mut types, &mut c.natives, &mut c.method_names, string);
    let index: HashMap<&str, u32> = c
        .funcs
        .iter()
        .enumerate()
        .rev()
        .map(|(i, f)| (f.name.as_str(), i as u32))
        .collect();
    let go_wrappers = c
        .go_wrappers
        .iter()
        .filter_map(|(outer, line, name, wline)| {
            Some(((*index.get(outer.as_str())?, *line), (name.clone(), *wline)))
        })
        .collect();
    Ok(Program {
        go_wrappers,
        funcs: crate::peephole::optimize_funcs(c.funcs, &c.natives),
        natives: c.natives,
        consts: c.consts,
        globals: c.globals,
        boxed_vars: c.boxed_vars,
        types,
        method_names: c.method_names,
        init,
        main,
        rt,
        files,
    })
}

/// Human-readable listing for `minigo run -d`: each function's name, then one line per
/// instruction `  pc  line  Name a=.. b=..`.
pub fn disassemble(p: &Program) -> String {
    let mut out = String::new();
    for (i, f) in p.funcs.iter().enumerate() {
        out.push_str(&format!(
            "func {} #{} (params={} results={}@{} regs={}{})\n",
            f.name,
            i,
            f.nparams,
            f.nresults,
            f.result_base,
            f.nregs,
            if f.recv_by_value {
                " recv_by_value"
            } else {
                ""
            }
        ));
        for (pc, ins) in f.code.iter().enumerate() {
            let line = f.lines.get(pc).copied().unwrap_or(0);
            out.push_str(&format!("  {pc:4}  {line:4}  {}\n", ins.disassemble()));
        }
    }
    out
}

/// Program-wide compilation state. Per-function state lives in `fs`.
pub(crate) struct Compiler<'a> {
    pub(crate) file: &'a File,
    pub(crate) tt: &'a TypeTable,
    /// Side tables of the body being compiled: the package's, or an instance's.
    pub(crate) info: &'a TypeInfo,
    /// All objects (the package-level `TypeInfo::objects`).
    objects: &'a [Object],
    /// Instances of generic functions (the package-level `TypeInfo::instances`).
    pub(crate) instances: &'a [Instance],
    /// Function index of each instance.
    pub(crate) instance_func: Vec<u32>,
    /// Method of an instantiated generic type → its instance.
    method_instance: &'a std::collections::HashMap<ObjId, u32>,
    pub(crate) registry: &'a dyn NativeRegistry,
    #[allow(dead_code)]
    pub(crate) src: &'a str,
    line_starts: Vec<u32>,
    pub(crate) funcs: Vec<FuncProto>,
    /// Wrapped `go` calls: (creating function's name, line of its `Go` instruction,
    /// wrapper's name, wrapper's line); see `Program::go_wrappers`.
    pub(crate) go_wrappers: Vec<(String, u32, String, u32)>,
    pub(crate) natives: Vec<NativeFn>,
    native_index: HashMap<(String, String), u32>,
    pub(crate) consts: Vec<Word>,
    str_consts: HashMap<Vec<u8>, u32>,
    word_consts: HashMap<u64, u32>,
    complex_consts: HashMap<(u64, u64), u32>,
    pub(crate) globals: Vec<Global>,
    /// `Program::boxed_vars`.
    pub(crate) boxed_vars: Vec<(String, u32)>,
    pub(crate) global_slot: HashMap<ObjId, u32>,
    pub(crate) method_names: Vec<String>,
    method_index: HashMap<String, u32>,
    /// `File::decls` index of a function/method → its function index.
    pub(crate) decl_func: HashMap<usize, u32>,
    pub(crate) esc: escape::Escapes,
    pub(crate) diags: Vec<Diagnostic>,
    pub(crate) fs: FuncState,
    /// Loop head of the range loop being compiled (set by `index_loop`).
    pub(crate) pc_loop_start: usize,
}

impl<'a> Compiler<'a> {
    fn new(
        file: &'a File,
        tt: &'a TypeTable,
        info: &'a TypeInfo,
        registry: &'a dyn NativeRegistry,
        src: &'a str,
    ) -> Self {
        let mut line_starts = vec![0u32];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        Compiler {
            file,
            tt,
            info,
            objects: &info.objects,
            instances: &info.instances,
            instance_func: Vec::new(),
            method_instance: &info.method_instance,
            registry,
            src,
            line_starts,
            funcs: Vec::new(),
            go_wrappers: Vec::new(),
            natives: Vec::new(),
            native_index: HashMap::new(),
            consts: Vec::new(),
            str_consts: HashMap::new(),
            word_consts: HashMap::new(),
            complex_consts: HashMap::new(),
            globals: Vec::new(),
            boxed_vars: Vec::new(),
            global_slot: HashMap::new(),
            method_names: Vec::new(),
            method_index: HashMap::new(),
            decl_func: HashMap::new(),
            esc: escape::Escapes::default(),
            diags: Vec::new(),
            fs: FuncState::new(String::new(), true),
            pc_loop_start: 0,
        }
    }

    /// 1-based source line of a byte offset.
    pub(crate) fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// The `Box::v` naming local variable `o`.
    pub(crate) fn boxed_var(&mut self, o: ObjId) -> u32 {
        let obj = self.obj(o);
        let entry = (obj.name.clone(), self.line_of(obj.span.start));
        self.boxed_vars.push(entry);
        self.boxed_vars.len() as u32 - 1
    }

    /// Sets the line recorded for the instructions emitted from now on, and the statement a
    /// limit error points at.
    pub(crate) fn set_line(&mut self, span: Span) {
        self.fs.line = self.line_of(span.start);
        self.fs.span = span;
    }

    pub(crate) fn unsupported(&mut self, span: Span, what: &str) {
        self.diags.push(Diagnostic::new(
            span,
            format!("{what} is not supported yet"),
        ));
    }

    pub(crate) fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.diags.push(Diagnostic::new(span, msg));
    }

    // ---- side tables ----

    pub(crate) fn tv(&self, e: &Expr) -> Option<&'a TypeAndValue> {
        self.info.exprs.get(e.id)
    }

    /// Static type of an expression (Invalid when the checker recorded none).
    /// For a comma-ok expression (`m[k]`, `x.(T)`, `<-c` in a two-value context) the checker
    /// records the tuple `(T, bool)`; this returns the single value's type `T`.
    pub(crate) fn ty(&self, e: &Expr) -> TypeId {
        match self.tv(e) {
            None => TypeId(0),
            Some(tv) if tv.mode == lang::types::Mode::CommaOk => match self.tt.get(tv.typ) {
                Type::Tuple(ts) => ts[0],
                _ => tv.typ,
            },
            Some(tv) => tv.typ,
        }
    }

    pub(crate) fn obj(&self, id: ObjId) -> &'a Object {
        &self.objects[id.0 as usize]
    }

    /// Function index of a declared function or method, or of a method of an instantiated
    /// generic type.
    pub(crate) fn func_of(&self, obj: ObjId) -> Option<u32> {
        if let Some(&i) = self.method_instance.get(&obj) {
            return self.instance_func.get(i as usize).copied();
        }
        match &self.obj(obj).kind {
            lang::types::ObjKind::Func { decl } => self.decl_func.get(decl).copied(),
            _ => None,
        }
    }

    /// Function index of the generic function instance expression `e` names, if it does.
    pub(crate) fn instance_at(&self, e: &Expr) -> Option<u32> {
        let i = *self.info.instance_of.get(&e.id)?;
        self.instance_func.get(i as usize).copied()
    }

    /// Object an identifier uses or declares.
    pub(crate) fn ident_obj(&self, id: &ast::Ident) -> Option<ObjId> {
        self.info
            .uses
            .get(&id.id)
            .or_else(|| self.info.defs.get(&id.id))
            .copied()
    }

    /// `sel` of the selector `e` (`pkg.sel`) when it names a function or variable of one of
    /// the program's own packages (`File::packages`): compiled as that identifier.
    pub(crate) fn own_member<'e>(&self, e: &Expr, sel: &'e ast::Ident) -> Option<&'e ast::Ident> {
        match self.info.selections.get(&e.id) {
            Some(lang::types::Selection::PkgMember(o)) => matches!(
                self.obj(*o).kind,
                lang::types::ObjKind::Func { .. } | lang::types::ObjKind::Var { .. }
            )
            .then_some(sel),
            _ => None,
        }
    }

    /// Whether `e` is an identifier, or a selector naming a member of one of the program's
    /// packages ([`Self::own_member`]): a variable or function as an identifier names it.
    pub(crate) fn names_object(&self, e: &Expr) -> bool {
        match &e.kind {
            ast::ExprKind::Ident(_) => true,
            ast::ExprKind::Selector(_, sel) => self.own_member(e, sel).is_some(),
            _ => false,
        }
    }

    pub(crate) fn under(&self, t: TypeId) -> &'a Type {
        self.tt.under(t)
    }

    // ---- program tables ----

    /// Index of the native `pkg.name` in `Program::natives`, registering it on first use.
    pub(crate) fn native(&mut self, pkg: &str, name: &str) -> Option<u32> {
        let key = (pkg.to_string(), name.to_string());
        if let Some(&i) = self.native_index.get(&key) {
            return Some(i);
        }
        let f = self.registry.lookup(pkg, name)?;
        let i = self.natives.len() as u32;
        self.natives.push(f);
        self.native_index.insert(key, i);
        Some(i)
    }

    pub(crate) fn method_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.method_index.get(name) {
            return i;
        }
        let i = self.method_names.len() as u32;
        self.method_names.push(name.to_string());
        self.method_index.insert(name.to_string(), i);
        i
    }

    /// Constant-pool index of a heap string (never empty: "" is word 0).
    pub(crate) fn str_const(&mut self, bytes: &[u8]) -> u32 {
        if let Some(&k) = self.str_consts.get(bytes) {
            return k;
        }
        let w = runtime::heap::alloc_bytes_from(bytes);
        let k = self.consts.len() as u32;
        self.consts.push(w);
        self.str_consts.insert(bytes.to_vec(), k);
        k
    }

    /// A preallocated complex value (an immutable 2-word object {re, im}); complex64 parts
    /// are rounded to float32. Go constants have no negative zero: -0 parts become +0.
    pub(crate) fn complex_const(&mut self, re: f64, im: f64, c64: bool) -> u32 {
        let (re, im) = (re + 0.0, im + 0.0);
        let (re, im) = if c64 {
            (re as f32 as f64, im as f32 as f64)
        } else {
            (re, im)
        };
        let key = (re.to_bits(), im.to_bits());
        if let Some(&k) = self.complex_consts.get(&key) {
            return k;
        }
        let w = runtime::heap::alloc_words(2);
        let words = runtime::heap::words(w);
        words[0].store(key.0, std::sync::atomic::Ordering::Release);
        words[1].store(key.1, std::sync::atomic::Ordering::Release);
        let k = self.consts.len() as u32;
        self.consts.push(w);
        self.complex_consts.insert(key, k);
        k
    }

    pub(crate) fn word_const(&mut self, w: u64) -> u32 {
        if let Some(&k) = self.word_consts.get(&w) {
            return k;
        }
        let k = self.consts.len() as u32;
        self.consts.push(w);
        self.word_consts.insert(w, k);
        k
    }

    /// R[a] := the word `w`.
    pub(crate) fn load_word(&mut self, a: u16, w: u64) {
        let v = w as i64;
        if v >= i32::MIN as i64 && v <= i32::MAX as i64 {
            self.emit(Instr::LoadInt { a, v: v as i32 });
        } else {
            let k = self.word_const(w);
            self.emit(Instr::LoadK { a, k });
        }
    }

    // ---- emission shortcuts forwarding to the function state ----

    pub(crate) fn emit(&mut self, i: Instr) -> usize {
        self.fs.emit(i)
    }
    pub(crate) fn pc(&self) -> usize {
        self.fs.code.len()
    }
    pub(crate) fn alloc(&mut self, n: usize) -> u16 {
        self.fs.alloc(n)
    }
    pub(crate) fn temp(&mut self) -> u16 {
        self.fs.alloc(1)
    }
}
