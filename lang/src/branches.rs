//! Branch and label checks, a port of gc's `syntax/branches.go` (go1.19): misplaced `break`,
//! `continue` and `fallthrough`, bad labeled `break`/`continue`, undefined, duplicate and unused
//! labels, and `goto`s jumping over variable declarations or into blocks.
//!
//! Invariants: gc runs these checks while parsing, once per function body (function literals
//! have their own label scope), so they are syntax errors: when any is reported, type checking
//! does not run. Messages that name another position embed it as `POS_MARK` + `line:col`;
//! `diag::render` replaces the mark with the file name, as gc prints `file:line:col`.

use crate::ast::*;
use crate::diag::{line_col, Diagnostic};
use crate::visit::{walk_block, walk_expr, walk_file, walk_value_spec, Visitor};
use std::collections::HashMap;

/// Stands for the file name (followed by `:`) in a message; see `diag::render`.
pub const POS_MARK: char = '\u{1}';

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
    let (l, c) = line_col(src, off);
    format!("{POS_MARK}{l}:{c}")
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
        // last variable declaration: (position, printed name)
        let mut var_decl: Option<(u32, String)> = None;
        let mut fwd: Vec<Goto<'a>> = Vec::new();
        let mut bad: Vec<ExprId> = Vec::new();

        let mut n = body.len();
        while n > 0 && matches!(body[n - 1].kind, StmtKind::Empty) {
            n -= 1;
        }
        let list = &body[..n];
        for (idx, stmt) in list.iter().enumerate() {
            let mut lstmt: Option<&'a str> = None;
            let mut stmt = stmt;
            // labeled statements
            while let StmtKind::Labeled(label, inner) = &stmt.kind {
                if label.name != "_" {
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
                    let mut keep = Vec::new();
                    for g in fwd.drain(..) {
                        if g.label.name == name {
                            if let Some(l) = self.labels.get_mut(name) {
                                l.used = true;
                            }
                            if let Some((vp, vn)) = &var_decl {
                                if bad.contains(&g.id) {
                                    let msg = format!(
                                        "goto {name} jumps over declaration of {vn} at {}",
                                        pos(self.src, *vp)
                                    );
                                    self.diags.push(Diagnostic::new(g.label.span, msg));
                                }
                            }
                        } else {
                            keep.push(g);
                        }
                    }
                    fwd = keep;
                    lstmt = Some(name);
                }
                stmt = inner;
            }
            let inner_block =
                |me: &mut Self, c: Ctxt, start: u32, body: &'a [Stmt], fwd: &mut Vec<Goto<'a>>| {
                    let got = me.block_branches(Some(b), c, lstmt, start, body);
                    fwd.extend(got);
                };
            let plain = Ctxt {
                breaks: ctxt.breaks,
                continues: ctxt.continues,
                case_index: None,
            };
            match &stmt.kind {
                StmtKind::Decl(GenDecl::Var(specs, _)) => {
                    if let Some(n) = specs.first().and_then(|s| s.names.first()) {
                        var_decl = Some((n.span.start, n.name.clone()));
                        bad = fwd.iter().map(|g| g.id).collect();
                    }
                }
                StmtKind::Assign {
                    lhs,
                    op: AssignOp::Define,
                    ..
                } => {
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
                    var_decl = Some((op, names.join(", ")));
                    bad = fwd.iter().map(|g| g.id).collect();
                }
                StmtKind::Branch(kind, None) => match kind {
                    BranchKind::Break => {
                        if ctxt.breaks.is_none() {
                            self.err(
                                stmt.span,
                                "break is not in a loop, switch, or select".into(),
                            );
                        }
                    }
                    BranchKind::Continue => {
                        if !ctxt.continues {
                            self.err(stmt.span, "continue is not in a loop".into());
                        }
                    }
                    BranchKind::Fallthrough => {
                        let mut msg = Some("fallthrough statement out of place");
                        if let Some(t) = ctxt.breaks {
                            if t.kind == Kind::TypeSwitch {
                                msg = Some("cannot fallthrough in type switch");
                            } else if t.kind == Kind::Switch {
                                match ctxt.case_index {
                                    None => {}
                                    Some(_) if idx + 1 < list.len() => {}
                                    Some(i) if i + 1 == t.nclauses => {
                                        msg = Some("cannot fallthrough final case in switch")
                                    }
                                    Some(_) => msg = None,
                                }
                            }
                        }
                        if let Some(m) = msg {
                            self.err(stmt.span, m.into());
                        }
                    }
                    BranchKind::Goto => {}
                },
                StmtKind::Branch(kind, Some(label)) => {
                    let name = label.name.as_str();
                    match kind {
                        BranchKind::Break => match self.enclosing_target(b, name) {
                            Some(Some(
                                Kind::For | Kind::Switch | Kind::TypeSwitch | Kind::Select,
                            )) => {}
                            Some(_) => self.err(label.span, format!("invalid break label {name}")),
                            None => {
                                self.err(label.span, format!("break label not defined: {name}"))
                            }
                        },
                        BranchKind::Continue => match self.enclosing_target(b, name) {
                            Some(Some(Kind::For)) => {}
                            Some(_) => {
                                self.err(label.span, format!("invalid continue label {name}"))
                            }
                            None => {
                                self.err(label.span, format!("continue label not defined: {name}"))
                            }
                        },
                        BranchKind::Goto => {
                            if !self.goto_target(b, name) {
                                fwd.push(Goto {
                                    label,
                                    id: label.id,
                                });
                            }
                        }
                        BranchKind::Fallthrough => {}
                    }
                }
                StmtKind::Block(blk) => {
                    inner_block(self, plain, blk.span.start, &blk.stmts, &mut fwd)
                }
                StmtKind::If { then, els, .. } => {
                    inner_block(self, plain, then.span.start, &then.stmts, &mut fwd);
                    if let Some(e) = els {
                        match &e.kind {
                            StmtKind::Block(blk) => {
                                inner_block(self, plain, blk.span.start, &blk.stmts, &mut fwd)
                            }
                            _ => inner_block(
                                self,
                                plain,
                                e.span.start,
                                std::slice::from_ref(&**e),
                                &mut fwd,
                            ),
                        }
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    let c = Ctxt {
                        breaks: Some(Target {
                            kind: Kind::For,
                            nclauses: 0,
                        }),
                        continues: true,
                        case_index: None,
                    };
                    inner_block(self, c, body.span.start, &body.stmts, &mut fwd);
                }
                StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                    let kind = if matches!(stmt.kind, StmtKind::Switch { .. }) {
                        Kind::Switch
                    } else {
                        Kind::TypeSwitch
                    };
                    for (i, cc) in body.iter().enumerate() {
                        let c = Ctxt {
                            breaks: Some(Target {
                                kind,
                                nclauses: body.len(),
                            }),
                            continues: ctxt.continues,
                            case_index: Some(i),
                        };
                        inner_block(self, c, cc.span.start, &cc.body, &mut fwd);
                    }
                }
                StmtKind::Select(clauses) => {
                    for cc in clauses {
                        let c = Ctxt {
                            breaks: Some(Target {
                                kind: Kind::Select,
                                nclauses: 0,
                            }),
                            continues: ctxt.continues,
                            case_index: None,
                        };
                        inner_block(self, c, cc.span.start, &cc.body, &mut fwd);
                    }
                }
                _ => {}
            }
        }
        fwd
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
