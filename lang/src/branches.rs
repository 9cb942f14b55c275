//! Branch and label checks, a port of gc's `syntax/branches.go` (go1.19): misplaced `break`,
//! `continue` and `fallthrough`, bad labeled `break`/`continue`, undefined, duplicate and unused
//! labels, and `goto`s jumping over variable declarations or into blocks.
//!
//! Invariants: gc runs these checks while parsing, once per function body (function literals
//! have their own label scope), so they are syntax errors: when any is reported, type checking
//! does not run. Messages that name another position embed it with `diag::position_mark`.

use crate::ast::*;
use crate::diag::{position_mark, Diagnostic};
use crate::visit::{walk_block, walk_expr, walk_file, walk_value_spec, Visitor};
use std::collections::HashMap;

/// Checks the branches of every function body (declarations and function literals) of `file`.
pub fn check_file(file: &File, src: &str) -> Vec<Diagnostic> {
    let mut bodies = FuncLitBodies { out: Vec::new() };
    walk_file(&mut bodies, file);
    let mut diags = Vec::new();
    let mut i = 0;
    while i < bodies.out.len() {
        let b = bodies.out[i];
        i += 1;
        // nested function literals are checked on their own
        walk_block(&mut bodies, b);
        check_body(b, src, &mut diags);
    }
    diags
}

fn pos(src: &str, off: u32) -> String {
    position_mark(src, off, false)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    For,
    Switch,
    TypeSwitch,
    Select,
    Other,
}

/// A statement break/continue can target: its kind and, for switches, the number of clauses.
#[derive(Clone, Copy)]
struct Target {
    kind: Kind,
    nclauses: usize,
}

#[derive(Clone, Copy)]
struct Ctxt {
    breaks: Option<Target>,
    continues: bool,
    case_index: Option<usize>,
}

struct Label<'a> {
    /// Index of the block declaring it.
    parent: usize,
    ident: &'a Ident,
    /// Kind of the labeled statement.
    kind: Kind,
    used: bool,
}

struct BlockInfo {
    parent: Option<usize>,
    start: u32,
    /// The label of the statement this block belongs to.
    lstmt: Option<String>,
}

struct Scope<'a> {
    src: &'a str,
    labels: HashMap<String, Label<'a>>,
    blocks: Vec<BlockInfo>,
    diags: &'a mut Vec<Diagnostic>,
}

struct Goto<'a> {
    label: &'a Ident,
    /// Identity of the goto (its label's ExprId).
    id: ExprId,
}

fn check_body(body: &Block, src: &str, diags: &mut Vec<Diagnostic>) {
    let mut ls = Scope {
        src,
        labels: HashMap::new(),
        blocks: Vec::new(),
        diags,
    };
    let ctxt = Ctxt {
        breaks: None,
        continues: false,
        case_index: None,
    };
    let fwd = ls.block_branches(None, ctxt, None, body.span.start, &body.stmts);
    for g in fwd {
        let name = &g.label.name;
        if let Some(l) = ls.labels.get_mut(name) {
            l.used = true;
            let start = ls.blocks[l.parent].start;
            let msg = format!(
                "goto {name} jumps into block starting at {}",
                pos(src, start)
            );
            ls.err(g.label.span, msg);
        } else {
            ls.err(g.label.span, format!("label {name} not defined"));
        }
    }
    let mut unused: Vec<&Ident> = ls
        .labels
        .values()
        .filter(|l| !l.used)
        .map(|l| l.ident)
        .collect();
    unused.sort_by_key(|i| i.span.start);
    for i in unused {
        ls.err(i.span, format!("label {} defined and not used", i.name));
    }
}

impl<'a> Scope<'a> {
    fn err(&mut self, span: Span, msg: String) {
        self.diags.push(Diagnostic::new(span, msg));
    }

    /// The innermost enclosing labeled statement named `name`: `None` if the label is not
    /// defined, `Some(None)` if it does not label an enclosing statement.
    fn enclosing_target(&mut self, b: usize, name: &str) -> Option<Option<Kind>> {
        let l = self.labels.get_mut(name)?;
        l.used = true;
        let kind = l.kind;
        let mut cur = Some(b);
        while let Some(i) = cur {
            if self.blocks[i].lstmt.as_deref() == Some(name) {
                return Some(Some(kind));
            }
            cur = self.blocks[i].parent;
        }
        Some(None)
    }

    /// Whether label `name` is declared in block `b` or one of its enclosing blocks.
    fn goto_target(&mut self, b: usize, name: &str) -> bool {
        let Some(l) = self.labels.get_mut(name) else {
            return false;
        };
        l.used = true;
        let parent = l.parent;
        let mut cur = Some(b);
        while let Some(i) = cur {
            if i == parent {
                return true;
            }
            cur = self.blocks[i].parent;
        }
        false
    }

    /// Checks the statements `body` of a block (its enclosing block `parent`, labelled
    /// `lstmt`, starting at `start`); returns its unresolved forward `goto`s.
    fn block_branches(
        &mut self,
        parent: Option<usize>,
        ctxt: Ctxt,
        lstmt: Option<&str>,
        start: u32,
        body: &'a [Stmt],
    ) -> Vec<Goto<'a>> {
        let b = self.blocks.len();
        self.blocks.push(BlockInfo {
            parent,
            start,
            lstmt: lstmt.map(str::to_string),
        });
        let mut fwd = Forward {
            gotos: Vec::new(),
            var_decl: None,
            bad: Vec::new(),
        };
        let mut n = body.len();
        while n > 0 && matches!(body[n - 1].kind, StmtKind::Empty) {
            n -= 1;
        }
        let list = &body[..n];
        for (idx, stmt) in list.iter().enumerate() {
            let mut lstmt: Option<&'a str> = None;
            let mut stmt = stmt;
            while let StmtKind::Labeled(label, inner) = &stmt.kind {
                if label.name != "_" {
                    self.declare_label(b, label, inner, &mut fwd);
                    lstmt = Some(&label.name);
                }
                stmt = inner;
            }
            match &stmt.kind {
                StmtKind::Decl(GenDecl::Var(specs, _)) => {
                    if let Some(n) = specs.first().and_then(|s| s.names.first()) {
                        fwd.declared(n.span.start, n.name.clone());
                    }
                }
                StmtKind::Assign {
                    lhs,
                    op: AssignOp::Define,
                    ..
                } => {
                    let (pos, names) = self.define(stmt, lhs);
                    fwd.declared(pos, names);
                }
                StmtKind::Branch(kind, None) => {
                    self.bare_branch(stmt, *kind, ctxt, idx + 1 == list.len())
                }
                StmtKind::Branch(kind, Some(label)) => {
                    self.labeled_branch(b, *kind, label, &mut fwd.gotos)
                }
                _ => self.nested_blocks(b, stmt, ctxt, lstmt, &mut fwd.gotos),
            }
        }
        fwd.gotos
    }

    /// Declares the label of a labelled statement `inner` in block `b`; resolves the forward
    /// `goto`s to it (one jumping over a variable declaration is an error).
    fn declare_label(&mut self, b: usize, label: &'a Ident, inner: &Stmt, fwd: &mut Forward<'a>) {
        let name = label.name.as_str();
        if let Some(alt) = self.labels.get(name) {
            let msg = format!(
                "label {name} already defined at {}",
                pos(self.src, alt.ident.span.start)
            );
            self.err(label.span, msg);
        } else {
            self.labels.insert(
                name.to_string(),
                Label {
                    parent: b,
                    ident: label,
                    kind: stmt_kind(inner),
                    used: false,
                },
            );
        }
        let (to_here, others): (Vec<Goto<'a>>, Vec<Goto<'a>>) =
            fwd.gotos.drain(..).partition(|g| g.label.name == name);
        fwd.gotos = others;
        for g in to_here {
            if let Some(l) = self.labels.get_mut(name) {
                l.used = true;
            }
            if let Some((vp, vn)) = &fwd.var_decl {
                if fwd.bad.contains(&g.id) {
                    let msg = format!(
                        "goto {name} jumps over declaration of {vn} at {}",
                        pos(self.src, *vp)
                    );
                    self.diags.push(Diagnostic::new(g.label.span, msg));
                }
            }
        }
    }

    /// Where the `:=` statement `stmt` declares (at its `:=`, as gc) and the names it declares.
    fn define(&self, stmt: &Stmt, lhs: &[Expr]) -> (u32, String) {
        let names: Vec<String> = lhs
            .iter()
            .map(|e| match &e.kind {
                ExprKind::Ident(i) => i.name.clone(),
                _ => "_".into(),
            })
            .collect();
        let after = lhs.last().map_or(stmt.span.start, |e| e.span.end) as usize;
        let op = self.src[after.min(self.src.len())..]
            .find(":=")
            .map_or(stmt.span.start, |i| (after + i) as u32);
        (op, names.join(", "))
    }

    /// `break`, `continue` or `fallthrough` without a label (`last`: the block's last
    /// statement).
    fn bare_branch(&mut self, stmt: &Stmt, kind: BranchKind, ctxt: Ctxt, last: bool) {
        let msg = match kind {
            BranchKind::Break if ctxt.breaks.is_none() => {
                "break is not in a loop, switch, or select"
            }
            BranchKind::Continue if !ctxt.continues => "continue is not in a loop",
            BranchKind::Fallthrough => match fallthrough_error(ctxt, last) {
                Some(m) => m,
                None => return,
            },
            _ => return,
        };
        self.err(stmt.span, msg.into());
    }

    /// A labelled `break`, `continue` or `goto` in block `b`; a `goto` to a label not declared
    /// yet is added to the forward `gotos`.
    fn labeled_branch(
        &mut self,
        b: usize,
        kind: BranchKind,
        label: &'a Ident,
        gotos: &mut Vec<Goto<'a>>,
    ) {
        let name = label.name.as_str();
        match kind {
            BranchKind::Break => match self.enclosing_target(b, name) {
                Some(Some(Kind::For | Kind::Switch | Kind::TypeSwitch | Kind::Select)) => {}
                Some(_) => self.err(label.span, format!("invalid break label {name}")),
                None => self.err(label.span, format!("break label not defined: {name}")),
            },
            BranchKind::Continue => match self.enclosing_target(b, name) {
                Some(Some(Kind::For)) => {}
                Some(_) => self.err(label.span, format!("invalid continue label {name}")),
                None => self.err(label.span, format!("continue label not defined: {name}")),
            },
            BranchKind::Goto => {
                if !self.goto_target(b, name) {
                    gotos.push(Goto {
                        label,
                        id: label.id,
                    });
                }
            }
            BranchKind::Fallthrough => {}
        }
    }

    /// The blocks nested in `stmt` (labelled `lstmt`, in block `b`), each with the break and
    /// continue targets it sees; their unresolved `goto`s are added to `gotos`.
    fn nested_blocks(
        &mut self,
        b: usize,
        stmt: &'a Stmt,
        ctxt: Ctxt,
        lstmt: Option<&str>,
        gotos: &mut Vec<Goto<'a>>,
    ) {
        let mut inner = |me: &mut Self, c: Ctxt, start: u32, body: &'a [Stmt]| {
            let got = me.block_branches(Some(b), c, lstmt, start, body);
            gotos.extend(got);
        };
        let plain = Ctxt {
            case_index: None,
            ..ctxt
        };
        let breaks = |kind, nclauses| Some(Target { kind, nclauses });
        match &stmt.kind {
            StmtKind::Block(blk) => inner(self, plain, blk.span.start, &blk.stmts),
            StmtKind::If { then, els, .. } => {
                inner(self, plain, then.span.start, &then.stmts);
                match els.as_deref() {
                    Some(Stmt {
                        kind: StmtKind::Block(blk),
                        ..
                    }) => inner(self, plain, blk.span.start, &blk.stmts),
                    Some(e) => inner(self, plain, e.span.start, std::slice::from_ref(e)),
                    None => {}
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                let c = Ctxt {
                    breaks: breaks(Kind::For, 0),
                    continues: true,
                    case_index: None,
                };
                inner(self, c, body.span.start, &body.stmts);
            }
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                let kind = if matches!(stmt.kind, StmtKind::Switch { .. }) {
                    Kind::Switch
                } else {
                    Kind::TypeSwitch
                };
                for (i, cc) in body.iter().enumerate() {
                    let c = Ctxt {
                        breaks: breaks(kind, body.len()),
                        continues: ctxt.continues,
                        case_index: Some(i),
                    };
                    inner(self, c, cc.span.start, &cc.body);
                }
            }
            StmtKind::Select(clauses) => {
                for cc in clauses {
                    let c = Ctxt {
                        breaks: breaks(Kind::Select, 0),
                        continues: ctxt.continues,
                        case_index: None,
                    };
                    inner(self, c, cc.span.start, &cc.body);
                }
            }
            _ => {}
        }
    }
}

/// The error of a `fallthrough` in context `ctxt` (`last`: the last statement of its block),
/// if any: only the last statement of a switch clause other than the final one may be one.
fn fallthrough_error(ctxt: Ctxt, last: bool) -> Option<&'static str> {
    let Some(t) = ctxt.breaks else {
        return Some("fallthrough statement out of place");
    };
    match (t.kind, ctxt.case_index) {
        (Kind::TypeSwitch, _) => Some("cannot fallthrough in type switch"),
        (Kind::Switch, Some(i)) if last && i + 1 == t.nclauses => {
            Some("cannot fallthrough final case in switch")
        }
        (Kind::Switch, Some(_)) if last => None,
        _ => Some("fallthrough statement out of place"),
    }
}

/// The forward `goto`s of a block so far, with what they may jump over.
struct Forward<'a> {
    gotos: Vec<Goto<'a>>,
    /// The last variable declaration: (position, printed names).
    var_decl: Option<(u32, String)>,
    /// The `goto`s (by id) that precede `var_decl`.
    bad: Vec<ExprId>,
}

impl Forward<'_> {
    /// A variable declaration at `pos`: every forward `goto` so far would jump over it.
    fn declared(&mut self, pos: u32, names: String) {
        self.var_decl = Some((pos, names));
        self.bad = self.gotos.iter().map(|g| g.id).collect();
    }
}

fn stmt_kind(s: &Stmt) -> Kind {
    match &s.kind {
        StmtKind::For { .. } | StmtKind::Range { .. } => Kind::For,
        StmtKind::Switch { .. } => Kind::Switch,
        StmtKind::TypeSwitch { .. } => Kind::TypeSwitch,
        StmtKind::Select(_) => Kind::Select,
        _ => Kind::Other,
    }
}

// ---- finding function literal bodies ----

/// Collects the bodies of the function literals it meets, without going into them (each is
/// checked on its own). Implicit constant specs are skipped: they repeat the spec before.
struct FuncLitBodies<'a> {
    out: Vec<&'a Block>,
}

impl<'a> Visitor<'a> for FuncLitBodies<'a> {
    fn visit_expr(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::FuncLit { body, .. } => self.out.push(body),
            _ => walk_expr(self, e),
        }
    }

    fn visit_value_spec(&mut self, s: &'a ValueSpec) {
        if !s.implicit {
            walk_value_spec(self, s);
        }
    }

    fn visit_func_decl(&mut self, f: &'a FuncDecl) {
        self.out.extend(&f.body);
    }
}
