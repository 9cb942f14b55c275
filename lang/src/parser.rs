//! The parser: `parse_file` runs the lalrpop grammar (`go.lalrpop`) over `lexer::Lexer` and
//! turns syntax errors into gc-style diagnostics (the wording lives in `syntax_errors`). `Ctx`
//! holds the state the grammar's actions share: the `ExprId` counter, recovered errors, and the
//! helpers that build AST nodes.
//!
//! Invariants:
//! - Every `Expr` and `Ident` is built through `Ctx::expr` / `Ctx::ident`, so ids are unique and
//!   below `File::expr_count`, the counter's final value. Nearly dense: a node the parser
//!   rewrites away (the `x.(type)` of a type switch, `<-` folded into `<-chan T`) leaves its id
//!   unused. Copies (a constant group's implicit repetition) are renumbered by
//!   `Ctx::renumber`.
//! - `parse_file` always returns a `File`; what could not be read is `Decl::Bad`,
//!   `StmtKind::Bad` or `ExprKind::Bad`, and every such spot has a diagnostic.
//! - Diagnostics follow gc: `syntax error: unexpected X, expecting Y`, at most one syntax error
//!   per line, none at EOF after an earlier one.

use std::cell::{Cell, RefCell};

use lalrpop_util::ErrorRecovery;

use crate::ast::*;
use crate::diag::Diagnostic;
use crate::lexer::{LexError, Lexer, Tok};
use crate::nesting::{NestingMeter, TOO_DEEP};

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_braces, unused_variables, dead_code)]
    go
);

type Recovery = ErrorRecovery<usize, Tok, LexError>;

/// Parses one Go source file. Always returns a file; the diagnostics hold every lexical and
/// syntax error found (in source order).
pub fn parse_file(src: &str) -> (File, Vec<Diagnostic>) {
    parse_file_at(src, 0, 0)
}

/// Parses the file that starts at byte `start` of `src` (which holds earlier files of the same
/// package before it, see `lang::package`): spans index `src`, `ExprId`s start at `first_id`.
pub fn parse_file_at(src: &str, start: usize, first_id: u32) -> (File, Vec<Diagnostic>) {
    let ctx = Ctx::default();
    ctx.next_id.set(first_id);
    let tokens = Lexer::starting_at(src, start).filter_map(|item| match item {
        Ok(t) => {
            ctx.tokens.borrow_mut().push(t.clone());
            Some(Ok(t))
        }
        Err(e) => {
            ctx.lex_errors.borrow_mut().push(e);
            None
        }
    });
    let result = go::FileParser::new().parse(&ctx, tokens);
    let mut file = match result {
        Ok(f) => f,
        Err(e) => {
            ctx.errors.borrow_mut().push((
                Recovery {
                    error: e,
                    dropped_tokens: vec![],
                },
                false,
            ));
            let pkg = ctx.ident("main".into(), start, start);
            ctx.file(pkg, vec![], vec![])
        }
    };
    file.file_starts = vec![start as u32];
    if let Some(span) = ctx.nesting.borrow().too_deep() {
        // Dropping the tree would recurse as deep as it is nested: leak it.
        std::mem::forget(file);
        let pkg = ctx.ident("main".into(), start, start);
        let mut empty = ctx.file(pkg, vec![], vec![]);
        empty.file_starts = vec![start as u32];
        return (empty, vec![Diagnostic::new(span, TOO_DEEP)]);
    }
    let mut diags = ctx.diagnostics(src);
    if diags.is_empty() {
        // gc checks labels and branches while parsing (see `branches`)
        diags = crate::branches::check_file(&file, src);
    }
    (file, diags)
}

/// A parameter-list entry before names and types are sorted out (`a, b int` reads as the
/// entries `a` and `b int`).
pub enum PEntry {
    /// A lone identifier: a type name, or a parameter name grouped with the next type.
    Bare(Ident),
    Named(Ident, Expr, Span),
    Type(Expr, Span),
}

/// One line of a `const` group as written, before implicit repetition.
pub struct SpecLine {
    pub names: Vec<Ident>,
    pub typ: Option<Expr>,
    pub values: Option<Vec<Expr>>,
    pub span: Span,
}

#[derive(Default)]
pub struct Ctx {
    next_id: Cell<u32>,
    /// Recovered syntax errors; the flag marks errors at top-level declaration position.
    errors: RefCell<Vec<(Recovery, bool)>>,
    lex_errors: RefCell<Vec<LexError>>,
    /// The tokens the parser was fed, for wording error messages.
    tokens: RefCell<Vec<(usize, Tok, usize)>>,
    /// Errors found by grammar actions (mixed parameters, bad literal types).
    diags: RefCell<Vec<Diagnostic>>,
    /// The depth of the tree built so far.
    nesting: RefCell<NestingMeter>,
}

impl Ctx {
    fn fresh(&self) -> ExprId {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        ExprId(id)
    }

    fn error(&self, span: Span, msg: impl Into<String>) {
        self.diags.borrow_mut().push(Diagnostic::new(span, msg));
    }

    pub fn ident(&self, name: String, l: usize, r: usize) -> Ident {
        Ident {
            id: self.fresh(),
            name,
            span: Span::new(l, r),
        }
    }

    pub fn ident_expr(&self, n: Ident) -> Expr {
        Expr {
            id: self.fresh(),
            span: n.span,
            kind: ExprKind::Ident(n),
        }
    }

    pub fn expr(&self, kind: ExprKind, l: usize, r: usize) -> Expr {
        self.nesting.borrow_mut().node(l, r);
        Expr {
            id: self.fresh(),
            kind,
            span: Span::new(l, r),
        }
    }

    pub fn stmt(&self, kind: StmtKind, l: usize, r: usize) -> Stmt {
        self.nesting.borrow_mut().node(l, r);
        Stmt {
            kind,
            span: Span::new(l, r),
        }
    }

    pub fn recover(&self, e: Recovery, top_level: bool) {
        self.errors.borrow_mut().push((e, top_level));
    }

    pub fn file(&self, package: Ident, imports: Vec<ImportSpec>, decls: Vec<Decl>) -> File {
        File {
            imports,
            decls,
            expr_count: self.next_id.get(),
            file_starts: vec![0],
            packages: vec![("main".into(), package.name.clone())],
            file_packages: vec![0],
            package,
        }
    }

    pub fn import(&self, name: Option<Ident>, path: Vec<u8>, l: usize, r: usize) -> ImportSpec {
        ImportSpec {
            name,
            path: String::from_utf8_lossy(&path).into_owned(),
            span: Span::new(l, r),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn func_decl(
        &self,
        recv: Option<Vec<PEntry>>,
        name: Ident,
        type_params: Vec<Field>,
        typ: FuncType,
        body: Option<Block>,
        l: usize,
        r: usize,
    ) -> FuncDecl {
        let recv = recv.and_then(|entries| {
            let span = entries.first().map(entry_span).unwrap_or(name.span);
            let (mut fields, _) = self.fields_of(entries);
            if fields.len() != 1 || fields[0].names.len() > 1 {
                self.error(span, "method has multiple receivers");
            }
            if fields.is_empty() {
                self.error(name.span, "method has no receiver");
                None
            } else {
                Some(fields.swap_remove(0))
            }
        });
        FuncDecl {
            recv,
            name,
            type_params,
            typ,
            body,
            span: Span::new(l, r),
        }
    }

    pub fn func_type(
        &self,
        params: Vec<PEntry>,
        results: Vec<PEntry>,
        l: usize,
        r: usize,
    ) -> FuncType {
        let (params, variadic) = self.fields_of(params);
        let (results, _) = self.fields_of(results);
        FuncType {
            params,
            results,
            variadic,
            span: Span::new(l, r),
        }
    }

    /// Sorts out parameter entries as go/parser does: if any entry has a name, lone
    /// identifiers are names sharing the next entry's type; otherwise all entries are types.
    fn fields_of(&self, entries: Vec<PEntry>) -> (Vec<Field>, bool) {
        let variadic = match entries.last() {
            Some(PEntry::Named(_, t, _)) | Some(PEntry::Type(t, _)) => {
                matches!(t.kind, ExprKind::Ellipsis(_))
            }
            _ => false,
        };
        let named = entries.iter().any(|e| matches!(e, PEntry::Named(..)));
        let mut fields = Vec::new();
        if !named {
            for e in entries {
                let (typ, span) = match e {
                    PEntry::Bare(n) => {
                        let span = n.span;
                        (self.ident_expr(n), span)
                    }
                    PEntry::Type(t, s) => (t, s),
                    PEntry::Named(..) => unreachable!(),
                };
                fields.push(Field {
                    names: vec![],
                    typ,
                    tag: None,
                    span,
                });
            }
            return (fields, variadic);
        }
        let mut pending: Vec<Ident> = Vec::new();
        for e in entries {
            match e {
                PEntry::Bare(n) => pending.push(n),
                PEntry::Named(n, typ, span) => {
                    let start = pending.first().map_or(span.start, |p| p.span.start);
                    pending.push(n);
                    fields.push(Field {
                        names: std::mem::take(&mut pending),
                        typ,
                        tag: None,
                        span: Span {
                            start,
                            end: span.end,
                        },
                    });
                }
                PEntry::Type(t, span) => {
                    self.error(span, "syntax error: mixed named and unnamed parameters");
                    fields.push(Field {
                        names: vec![],
                        typ: t,
                        tag: None,
                        span,
                    });
                }
            }
        }
        if let Some(last) = pending.last() {
            self.error(
                last.span,
                "syntax error: mixed named and unnamed parameters",
            );
            for n in pending {
                let span = n.span;
                let typ = self.expr(ExprKind::Bad, span.start as usize, span.end as usize);
                fields.push(Field {
                    names: vec![n],
                    typ,
                    tag: None,
                    span,
                });
            }
        }
        (fields, variadic)
    }

    pub fn field(
        &self,
        names: Vec<Ident>,
        typ: Expr,
        tag: Option<String>,
        l: usize,
        r: usize,
    ) -> Field {
        Field {
            names,
            typ,
            tag,
            span: Span::new(l, r),
        }
    }

    pub fn value_spec(
        &self,
        names: Vec<Ident>,
        typ: Option<Expr>,
        values: Vec<Expr>,
        l: usize,
        r: usize,
    ) -> ValueSpec {
        ValueSpec {
            names,
            typ,
            values,
            iota: 0,
            implicit: false,
            span: Span::new(l, r),
        }
    }

    /// Applies Go's implicit repetition to a `const` group: a line without values repeats the
    /// previous line's type and values (renumbered copies), and each line gets its `iota`.
    pub fn const_group(&self, lines: Vec<SpecLine>) -> Vec<ValueSpec> {
        let mut out: Vec<ValueSpec> = Vec::with_capacity(lines.len());
        let mut prev: Option<(Option<Expr>, Vec<Expr>)> = None;
        for (i, line) in lines.into_iter().enumerate() {
            let mut spec = ValueSpec {
                names: line.names,
                typ: None,
                values: vec![],
                iota: i as u32,
                implicit: false,
                span: line.span,
            };
            match line.values {
                Some(values) => {
                    prev = Some((line.typ.clone(), values.clone()));
                    spec.typ = line.typ;
                    spec.values = values;
                }
                None => {
                    if let Some(t) = line.typ {
                        let names: Vec<&str> = spec.names.iter().map(|n| n.name.as_str()).collect();
                        self.error(
                            spec.span,
                            format!("missing init expr for {}", names.join(", ")),
                        );
                        spec.typ = Some(t);
                    } else if let Some((t, v)) = &prev {
                        spec.typ = t.as_ref().map(|t| self.renumber(t));
                        spec.values = v.iter().map(|e| self.renumber(e)).collect();
                        spec.implicit = true;
                    } else {
                        let names: Vec<&str> = spec.names.iter().map(|n| n.name.as_str()).collect();
                        self.error(
                            spec.span,
                            format!("missing init expr for {}", names.join(", ")),
                        );
                    }
                }
            }
            out.push(spec);
        }
        out
    }

    /// A deep copy of an expression with fresh ids (for implicit constant repetition).
    /// Function literals, which cannot be constant, are replaced by `Bad`-free copies of their
    /// type only being irrelevant: they become `ExprKind::Bad` (the checker reports the
    /// original line).
    pub fn renumber(&self, e: &Expr) -> Expr {
        let b = |x: &Expr| Box::new(self.renumber(x));
        let ob = |x: &Option<Box<Expr>>| x.as_ref().map(|x| Box::new(self.renumber(x)));
        let id = |n: &Ident| Ident {
            id: self.fresh(),
            name: n.name.clone(),
            span: n.span,
        };
        let fields = |fs: &Vec<Field>| -> Vec<Field> {
            fs.iter()
                .map(|f| Field {
                    names: f.names.iter().map(id).collect(),
                    typ: self.renumber(&f.typ),
                    tag: f.tag.clone(),
                    span: f.span,
                })
                .collect()
        };
        let ft = |t: &FuncType| FuncType {
            params: fields(&t.params),
            results: fields(&t.results),
            variadic: t.variadic,
            span: t.span,
        };
        let kind = match &e.kind {
            ExprKind::Ident(n) => ExprKind::Ident(id(n)),
            ExprKind::BasicLit(l) => ExprKind::BasicLit(l.clone()),
            ExprKind::CompositeLit { typ, elts, lbrace } => ExprKind::CompositeLit {
                typ: ob(typ),
                elts: elts
                    .iter()
                    .map(|k| KeyedElement {
                        key: k.key.as_ref().map(|k| self.renumber(k)),
                        value: self.renumber(&k.value),
                    })
                    .collect(),
                lbrace: *lbrace,
            },
            ExprKind::FuncLit { .. } => ExprKind::Bad,
            ExprKind::Paren(x) => ExprKind::Paren(b(x)),
            ExprKind::Selector(x, s) => ExprKind::Selector(b(x), id(s)),
            ExprKind::Index(x, i) => ExprKind::Index(b(x), b(i)),
            ExprKind::IndexList(x, v) => {
                ExprKind::IndexList(b(x), v.iter().map(|e| self.renumber(e)).collect())
            }
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                slice3,
            } => ExprKind::Slice {
                x: b(x),
                lo: ob(lo),
                hi: ob(hi),
                max: ob(max),
                slice3: *slice3,
            },
            ExprKind::TypeAssert(x, t) => ExprKind::TypeAssert(b(x), ob(t)),
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => ExprKind::Call {
                func: b(func),
                args: args.iter().map(|e| self.renumber(e)).collect(),
                ellipsis: *ellipsis,
            },
            ExprKind::Star(x) => ExprKind::Star(b(x)),
            ExprKind::Unary(op, x) => ExprKind::Unary(*op, b(x)),
            ExprKind::Binary(op, x, y) => ExprKind::Binary(*op, b(x), b(y)),
            ExprKind::Ellipsis(x) => ExprKind::Ellipsis(ob(x)),
            ExprKind::ArrayType { len, elem } => ExprKind::ArrayType {
                len: ob(len),
                elem: b(elem),
            },
            ExprKind::StructType(fs) => ExprKind::StructType(fields(fs)),
            ExprKind::FuncType(t) => ExprKind::FuncType(ft(t)),
            ExprKind::InterfaceType(fs) => ExprKind::InterfaceType(fields(fs)),
            ExprKind::MapType(k, v) => ExprKind::MapType(b(k), b(v)),
            ExprKind::ChanType(d, t) => ExprKind::ChanType(*d, b(t)),
            ExprKind::Union(v) => ExprKind::Union(v.iter().map(|e| self.renumber(e)).collect()),
            ExprKind::Tilde(x) => ExprKind::Tilde(b(x)),
            ExprKind::Bad => ExprKind::Bad,
        };
        Expr {
            id: self.fresh(),
            kind,
            span: e.span,
        }
    }

    pub fn union(&self, mut terms: Vec<Expr>, l: usize, r: usize) -> Expr {
        if terms.len() == 1 {
            terms.pop().unwrap()
        } else {
            self.expr(ExprKind::Union(terms), l, r)
        }
    }

    pub fn index(&self, x: Expr, mut idx: Vec<Expr>, l: usize, r: usize) -> Expr {
        if idx.len() == 1 {
            self.expr(
                ExprKind::Index(Box::new(x), Box::new(idx.pop().unwrap())),
                l,
                r,
            )
        } else {
            self.expr(ExprKind::IndexList(Box::new(x), idx), l, r)
        }
    }

    /// `[N]T` read after a name where the brackets could also have held type arguments.
    pub fn array_of(&self, mut lens: Vec<Expr>, elem: Expr, l: usize) -> Expr {
        let r = elem.span.end as usize;
        if lens.len() != 1 {
            self.error(lens[1].span, "syntax error: unexpected comma, expecting ]");
        }
        let len = lens.swap_remove(0);
        self.expr(
            ExprKind::ArrayType {
                len: Some(Box::new(len)),
                elem: Box::new(elem),
            },
            l,
            r,
        )
    }

    pub fn go_defer(&self, is_go: bool, e: Expr, l: usize, r: usize) -> Stmt {
        if !matches!(e.kind, ExprKind::Call { .. }) {
            let what = if is_go { "go" } else { "defer" };
            self.error(
                e.span,
                format!("expression in {what} must be function call"),
            );
        }
        self.stmt(
            if is_go {
                StmtKind::Go(e)
            } else {
                StmtKind::Defer(e)
            },
            l,
            r,
        )
    }

    pub fn comm_clause(&self, comm: Stmt, body: Vec<Stmt>, l: usize, r: usize) -> CommClause {
        let is_recv = |e: &Expr| e.recv_operand().is_some();
        let ok = match &comm.kind {
            StmtKind::Send(..) => true,
            StmtKind::Expr(e) => is_recv(e),
            StmtKind::Assign {
                op: AssignOp::Assign | AssignOp::Define,
                rhs,
                ..
            } => rhs.len() == 1 && is_recv(&rhs[0]),
            _ => false,
        };
        if !ok {
            self.error(
                comm.span,
                "select case must be send or receive (possibly with assignment)",
            );
        }
        CommClause {
            comm: Some(Box::new(comm)),
            body,
            span: Span::new(l, r),
        }
    }

    pub fn labeled(&self, label: Ident, s: Option<Stmt>, l: usize, r: usize) -> Stmt {
        let s = s.unwrap_or(Stmt {
            kind: StmtKind::Empty,
            span: Span::new(r, r),
        });
        self.stmt(StmtKind::Labeled(label, Box::new(s)), l, r)
    }

    pub fn if_stmt(
        &self,
        init: Option<Stmt>,
        cond: Expr,
        then: Block,
        els: Option<Stmt>,
        l: usize,
        r: usize,
    ) -> Stmt {
        self.stmt(
            StmtKind::If {
                init: init.map(Box::new),
                cond,
                then,
                els: els.map(Box::new),
            },
            l,
            r,
        )
    }

    /// `switch [init;] [tag] {…}`; a tag `x.(type)` or `v := x.(type)` makes a type switch.
    pub fn switch_stmt(
        &self,
        init: Option<Option<Stmt>>,
        tag: Option<Stmt>,
        body: (Vec<CaseClause>, Span),
        l: usize,
        r: usize,
    ) -> Stmt {
        let init = init.flatten().map(Box::new);
        let (body, lbrace) = body;
        let Some(tag) = tag else {
            return self.stmt(
                StmtKind::Switch {
                    init,
                    tag: None,
                    body,
                    lbrace,
                },
                l,
                r,
            );
        };
        let tag_span = tag.span;
        match tag.kind {
            StmtKind::Expr(e) => match e.kind {
                ExprKind::TypeAssert(x, None) => self.stmt(
                    StmtKind::TypeSwitch {
                        init,
                        bind: None,
                        x: *x,
                        body,
                        lbrace,
                    },
                    l,
                    r,
                ),
                kind => {
                    let e = Expr { kind, ..e };
                    self.stmt(
                        StmtKind::Switch {
                            init,
                            tag: Some(e),
                            body,
                            lbrace,
                        },
                        l,
                        r,
                    )
                }
            },
            StmtKind::Assign {
                mut lhs,
                op: AssignOp::Define,
                mut rhs,
            } if lhs.len() == 1
                && rhs.len() == 1
                && matches!(lhs[0].kind, ExprKind::Ident(_))
                && matches!(rhs[0].kind, ExprKind::TypeAssert(_, None)) =>
            {
                let ExprKind::Ident(bind) = lhs.pop().unwrap().kind else {
                    unreachable!()
                };
                let ExprKind::TypeAssert(x, None) = rhs.pop().unwrap().kind else {
                    unreachable!()
                };
                self.stmt(
                    StmtKind::TypeSwitch {
                        init,
                        bind: Some(bind),
                        x: *x,
                        body,
                        lbrace,
                    },
                    l,
                    r,
                )
            }
            _ => {
                self.error(
                    tag_span,
                    "syntax error: switch expression must be an expression",
                );
                let bad = self.expr(
                    ExprKind::Bad,
                    tag_span.start as usize,
                    tag_span.end as usize,
                );
                self.stmt(
                    StmtKind::Switch {
                        init,
                        tag: Some(bad),
                        body,
                        lbrace,
                    },
                    l,
                    r,
                )
            }
        }
    }

    pub fn range(
        &self,
        mut vars: Vec<Expr>,
        define: bool,
        x: Expr,
        body: Block,
        l: usize,
        r: usize,
    ) -> Stmt {
        if vars.len() > 2 {
            self.error(
                vars[2].span,
                "syntax error: range clause permits at most two iteration variables",
            );
            vars.truncate(2);
        }
        let mut it = vars.into_iter();
        let key = it.next();
        let value = it.next();
        self.stmt(
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            },
            l,
            r,
        )
    }

    pub fn binary(&self, op: BinaryOp, a: Expr, b: Expr, l: usize, r: usize) -> Expr {
        self.expr(ExprKind::Binary(op, Box::new(a), Box::new(b)), l, r)
    }

    /// `<-x`; `<-chan T` (a bidirectional channel type under `<-`) is the receive-only type.
    pub fn recv(&self, e: Expr, l: usize, r: usize) -> Expr {
        match e.kind {
            ExprKind::ChanType(ChanDir::Both, elem) => {
                self.expr(ExprKind::ChanType(ChanDir::Recv, elem), l, r)
            }
            kind => {
                let e = Expr { kind, ..e };
                self.expr(ExprKind::Unary(UnaryOp::Recv, Box::new(e)), l, r)
            }
        }
    }

    pub fn slice(
        &self,
        x: Expr,
        lo: Option<Expr>,
        hi: Option<Expr>,
        max: Option<Expr>,
        l: usize,
        r: usize,
    ) -> Expr {
        let slice3 = max.is_some();
        self.expr(
            ExprKind::Slice {
                x: Box::new(x),
                lo: lo.map(Box::new),
                hi: hi.map(Box::new),
                max: max.map(Box::new),
                slice3,
            },
            l,
            r,
        )
    }

    /// `x[lo:hi:max]`: gc requires the middle and final indices (reported at the second colon
    /// and at the `]`); a missing one becomes a bad expression after its error.
    #[allow(clippy::too_many_arguments)]
    pub fn slice3(
        &self,
        x: Expr,
        lo: Option<Expr>,
        hi: Option<Expr>,
        max: Option<Expr>,
        (colon, close): (usize, usize),
        l: usize,
        r: usize,
    ) -> Expr {
        let required = |e: Option<Expr>, at: usize, which: &str| {
            e.unwrap_or_else(|| {
                self.error(
                    Span::new(at, at + 1),
                    format!("{which} index required in 3-index slice"),
                );
                self.expr(ExprKind::Bad, at, at)
            })
        };
        let hi = required(hi, colon, "middle");
        let max = required(max, close, "final");
        self.slice(x, lo, Some(hi), Some(max), l, r)
    }

    pub fn call(&self, func: Expr, args: (Vec<Expr>, bool), l: usize, r: usize) -> Expr {
        self.expr(
            ExprKind::Call {
                func: Box::new(func),
                args: args.0,
                ellipsis: args.1,
            },
            l,
            r,
        )
    }

    pub fn composite(
        &self,
        typ: Option<Expr>,
        lit: (Vec<KeyedElement>, Span),
        l: usize,
        r: usize,
    ) -> Expr {
        if let Some(t) = &typ {
            let ok = match &t.kind {
                ExprKind::Ident(_)
                | ExprKind::Index(..)
                | ExprKind::IndexList(..)
                | ExprKind::ArrayType { .. }
                | ExprKind::MapType(..)
                | ExprKind::StructType(_) => true,
                ExprKind::Selector(x, _) => matches!(x.kind, ExprKind::Ident(_)),
                _ => false,
            };
            if !ok {
                self.error(lit.1, "syntax error: unexpected {, expecting comma or )");
            }
        }
        self.expr(
            ExprKind::CompositeLit {
                typ: typ.map(Box::new),
                elts: lit.0,
                lbrace: lit.1,
            },
            l,
            r,
        )
    }

    /// All errors as gc would print them, in source order.
    fn diagnostics(&self, src: &str) -> Vec<Diagnostic> {
        let mut syntax: Vec<Diagnostic> = Vec::new();
        for (rec, top) in self.errors.borrow().iter() {
            if std::env::var_os("MINIGO_PARSE_DEBUG").is_some() {
                eprintln!(
                    "recovery (top={top}): {:?} dropped {}",
                    rec.error,
                    rec.dropped_tokens.len()
                );
            }
            let _ = top;
            if let Some(d) =
                crate::syntax_errors::syntax_error(src, &self.tokens.borrow(), &rec.error)
            {
                syntax.push(d);
            }
        }
        syntax.extend(self.diags.borrow().iter().cloned());
        syntax.sort_by_key(|d| d.span.start);
        // gc: one syntax error per line (other parser errors are all kept); no complaint
        // about EOF after an earlier error.
        let mut out: Vec<Diagnostic> = Vec::new();
        let mut last_line = 0;
        for d in syntax {
            if !d.message.starts_with("syntax error") {
                out.push(d);
                continue;
            }
            let line = crate::diag::line_col(src, d.span.start).0;
            if line == last_line {
                continue;
            }
            if !out.is_empty() && d.message.starts_with("syntax error: unexpected EOF") {
                continue;
            }
            last_line = line;
            out.push(d);
        }
        for e in self.lex_errors.borrow().iter() {
            out.push(Diagnostic::new(
                Span::new(e.start, e.end),
                e.message.clone(),
            ));
        }
        out.sort_by_key(|d| d.span.start);
        out
    }
}

fn entry_span(e: &PEntry) -> Span {
    match e {
        PEntry::Bare(n) => n.span,
        PEntry::Named(_, _, s) | PEntry::Type(_, s) => *s,
    }
}
