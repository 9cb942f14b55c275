//! Statements (types2's `stmt.go`, `return.go`, `labels.go` in part): blocks and scopes,
//! if/for/range/switch/type switch/select, send, inc/dec, go/defer, return, branches, and Go's
//! terminating-statement rules for "missing return".
//!
//! Invariants: every block opens a scope; a type switch's per-clause variable is recorded in
//! `info.implicits` under the clause's span (typed as the clause's single type, else as the
//! switch expression's type) and is "declared but not used" only if no clause uses it;
//! `for i := range n` with untyped constant `n` gives `i` type `int`.

use super::*;
use crate::ast::{AssignOp, BranchKind, CaseClause, ExprKind, Stmt, StmtKind};

impl<'a> Checker<'a> {
    pub fn stmt_list(&mut self, stmts: &'a [Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn block(&mut self, stmts: &'a [Stmt]) {
        self.open_scope(false);
        self.stmt_list(stmts);
        self.close_scope();
    }

    fn cond(&mut self, e: &'a Expr, what: &str) {
        let x = self.expr(e);
        if !x.is_invalid() && !self.tt.is_boolean(x.typ) {
            self.error(e.span, format!("non-boolean condition in {what} statement"));
        }
        if !x.is_invalid() && self.tt.is_untyped(x.typ) {
            self.update_expr_type(e.id, TypeTable::basic(BasicKind::Bool));
        }
    }

    /// One function per kind of statement.
    pub fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Labeled(_, inner) => self.stmt(inner),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send(ch, v) => self.send_stmt(s, ch, v),
            StmtKind::IncDec(e, inc) => self.inc_dec_stmt(e, *inc),
            StmtKind::Assign { lhs, op, rhs } => self.assign_stmt(lhs, *op, rhs, s.span),
            StmtKind::Go(e) => self.go_defer_stmt(e, "go"),
            StmtKind::Defer(e) => self.go_defer_stmt(e, "defer"),
            StmtKind::Return(results) => self.return_stmt(s, results),
            // Labels and branches are checked by `branches`, before type checking.
            StmtKind::Branch(..) => {}
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => self.if_stmt(init.as_deref(), cond, then, els.as_deref()),
            StmtKind::Switch {
                init, tag, body, ..
            } => self.switch_stmt(init.as_deref(), tag.as_ref(), body),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => self.type_switch(init.as_deref(), bind.as_ref(), x, body),
            StmtKind::Select(clauses) => self.select_stmt(clauses),
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_stmt(init.as_deref(), cond.as_ref(), post.as_deref(), body),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range_stmt(s, key.as_ref(), value.as_ref(), *define, x, &body.stmts),
        }
    }

    /// An expression statement: only calls and receives may stand alone.
    fn expr_stmt(&mut self, e: &'a Expr) {
        let x = self.raw_expr(e, None);
        if x.is_invalid() {
            return;
        }
        let mut inner = e;
        while let ExprKind::Paren(p) = &inner.kind {
            inner = p;
        }
        let msg = match x.mode {
            OpMode::NoValue => return,
            OpMode::Builtin(_) => format!("{} must be called", self.op_str(&x)),
            OpMode::TypeExpr => format!("{} is not an expression", self.op_str(&x)),
            _ => {
                if let ExprKind::Call { func, .. } = &inner.kind {
                    let f = self.info.exprs.get(func.id).cloned();
                    match f.map(|f| f.mode) {
                        Some(Mode::Builtin) => {
                            let b = self.ident_obj(func).map(|o| self.obj(o).kind.clone());
                            if matches!(b, Some(ObjKind::Builtin(Builtin::Copy | Builtin::Recover)))
                            {
                                return;
                            }
                            format!("{} is not used", self.op_str(&x))
                        }
                        Some(Mode::TypeExpr) => format!("{} is not used", self.op_str(&x)),
                        _ => return,
                    }
                } else if matches!(inner.kind, ExprKind::Unary(ast::UnaryOp::Recv, _)) {
                    return;
                } else {
                    format!("{} is not used", self.op_str(&x))
                }
            }
        };
        self.error(e.span, msg);
    }

    fn send_stmt(&mut self, s: &'a Stmt, ch: &'a Expr, v: &'a Expr) {
        let c = self.expr(ch);
        let mut x = self.expr(v);
        if c.is_invalid() || x.is_invalid() {
            return;
        }
        match self.tt.under(c.typ).clone() {
            Type::Chan(dir, el) => {
                if dir == ast::ChanDir::Recv {
                    self.error(
                        s.span,
                        format!(
                            "invalid operation: cannot send to receive-only channel {}",
                            self.op_str(&c)
                        ),
                    );
                    return;
                }
                self.assignment(&mut x, Some(el), "send");
            }
            _ => {
                self.error(
                    s.span,
                    format!(
                        "invalid operation: cannot send to non-channel {}",
                        self.op_str(&c)
                    ),
                );
            }
        }
    }

    fn inc_dec_stmt(&mut self, e: &'a Expr, inc: bool) {
        let x = self.expr(e);
        if x.is_invalid() {
            return;
        }
        if !self.tt.is_numeric(x.typ) {
            let op = if inc { "++" } else { "--" };
            self.error(
                e.span,
                format!(
                    "invalid operation: {}{} (non-numeric type {})",
                    self.expr_str(e),
                    op,
                    self.type_str(x.typ)
                ),
            );
            return;
        }
        if !matches!(x.mode, OpMode::Variable | OpMode::MapIndex) {
            self.error(e.span, format!("cannot assign to {}", self.op_str(&x)));
        }
    }

    /// `go` or `defer` (`what`): a call whose result, if any, may be discarded.
    fn go_defer_stmt(&mut self, e: &'a Expr, what: &str) {
        let mut inner = e;
        while let ExprKind::Paren(p) = &inner.kind {
            inner = p;
        }
        if !matches!(inner.kind, ExprKind::Call { .. }) {
            self.raw_expr(e, None);
            self.error(
                e.span,
                format!("expression in {what} must be function call"),
            );
            return;
        }
        let x = self.raw_expr(e, None);
        if x.is_invalid() {
            return;
        }
        if let ExprKind::Call { func, .. } = &inner.kind {
            let fm = self.info.exprs.get(func.id).map(|t| t.mode);
            if fm == Some(Mode::TypeExpr) {
                self.error(
                    e.span,
                    format!(
                        "{what} requires function call, not conversion {}",
                        self.op_str(&x)
                    ),
                );
            } else if fm == Some(Mode::Builtin) {
                let b = self.ident_obj(func).map(|o| self.obj(o).kind.clone());
                if let Some(ObjKind::Builtin(b)) = b {
                    use Builtin::*;
                    if matches!(
                        b,
                        Append | Cap | Complex | Imag | Len | Make | New | Real | Min | Max
                    ) {
                        self.error(
                            e.span,
                            format!("{what} discards result of {}", self.op_str(&x)),
                        );
                    }
                }
            }
        }
    }

    fn if_stmt(
        &mut self,
        init: Option<&'a Stmt>,
        cond: &'a Expr,
        then: &'a ast::Block,
        els: Option<&'a Stmt>,
    ) {
        self.open_scope(false);
        if let Some(i) = init {
            self.stmt(i);
        }
        self.cond(cond, "if");
        self.block(&then.stmts);
        if let Some(e) = els {
            self.stmt(e);
        }
        self.close_scope();
    }

    fn switch_stmt(
        &mut self,
        init: Option<&'a Stmt>,
        tag: Option<&'a Expr>,
        body: &'a [CaseClause],
    ) {
        self.open_scope(false);
        if let Some(i) = init {
            self.stmt(i);
        }
        let tx = tag.and_then(|t| self.switch_tag(t));
        let mut seen: Vec<(ConstValue, TypeId)> = Vec::new();
        let mut has_default = false;
        for cc in body {
            if cc.is_default {
                if has_default {
                    self.error(cc.span, "multiple defaults in switch");
                }
                has_default = true;
            }
            for ce in &cc.list {
                match (&tx, tag) {
                    (Some(tx), Some(te)) => self.switch_case_value(ce, tx, te, &mut seen),
                    (None, None) => self.cond(ce, "case"),
                    _ => {
                        self.expr(ce);
                    }
                }
            }
            self.block(&cc.body);
        }
        self.close_scope();
    }

    /// The tag of an expression switch, if valid: a comparable value (or one that has nil).
    fn switch_tag(&mut self, t: &'a Expr) -> Option<Operand<'a>> {
        let mut x = self.expr(t);
        if !x.is_invalid() {
            self.assignment(&mut x, None, "switch expression");
            if !x.is_invalid() && !self.tt.comparable(x.typ) && !self.tt.has_nil(x.typ) {
                self.error(t.span, format!("cannot switch on {}", self.op_str(&x)));
                x.mode = OpMode::Invalid;
            }
        }
        (!x.is_invalid()).then_some(x)
    }

    /// A case value `ce` compared with the switch tag `tx` (expression `te`); a constant
    /// equal to one in `seen` (the constant cases so far, with their types) is a duplicate.
    fn switch_case_value(
        &mut self,
        ce: &'a Expr,
        tx: &Operand<'a>,
        te: &'a Expr,
        seen: &mut Vec<(ConstValue, TypeId)>,
    ) {
        let mut y = self.expr(ce);
        if y.is_invalid() {
            return;
        }
        let mut xx = tx.clone();
        // case value vs tag: y op x, error positions at the case value
        self.match_types(&mut y, &mut xx);
        if y.is_invalid() {
            return;
        }
        let yv = y.clone();
        self.comparison(None, ast::BinaryOp::Eq, &mut y, &mut xx, ce, te, true);
        if y.is_invalid() || yv.mode != OpMode::Constant {
            return;
        }
        if let Some(v) = &yv.val {
            if seen.iter().any(|(s, t)| {
                *t == yv.typ && constant::compare(ast::BinaryOp::Eq, s, v) == Some(true)
            }) {
                self.error(
                    ce.span,
                    format!("duplicate case {} in expression switch", self.expr_str(ce)),
                );
            }
            seen.push((v.clone(), yv.typ));
        }
    }

    fn select_stmt(&mut self, clauses: &'a [ast::CommClause]) {
        for cc in clauses {
            self.open_scope(false);
            if let Some(c) = &cc.comm {
                let valid = match &c.kind {
                    StmtKind::Send(..) => true,
                    StmtKind::Expr(e) => e.recv_operand().is_some(),
                    StmtKind::Assign { rhs, .. } => {
                        rhs.len() == 1 && rhs[0].recv_operand().is_some()
                    }
                    _ => false,
                };
                if !valid {
                    self.error(c.span, "select case must be receive, send or assign recv");
                }
                self.stmt(c);
            }
            self.stmt_list(&cc.body);
            self.close_scope();
        }
    }

    fn for_stmt(
        &mut self,
        init: Option<&'a Stmt>,
        cond: Option<&'a Expr>,
        post: Option<&'a Stmt>,
        body: &'a ast::Block,
    ) {
        self.open_scope(false);
        if let Some(i) = init {
            self.stmt(i);
        }
        if let Some(c) = cond {
            self.cond(c, "for");
        }
        if let Some(p) = post {
            if let StmtKind::Assign {
                op: AssignOp::Define,
                ..
            } = &p.kind
            {
                self.error(p.span, "cannot declare in post statement of for loop");
            }
            self.stmt(p);
        }
        self.block(&body.stmts);
        self.close_scope();
    }

    fn return_stmt(&mut self, s: &'a Stmt, results: &'a [Expr]) {
        let Some(ctx) = self.funcs.last() else { return };
        let sig = self.tt.signature(ctx.sig).cloned().unwrap_or(Signature {
            params: vec![],
            results: vec![],
            variadic: false,
        });
        let named = !ctx.results.is_empty();
        if results.is_empty() {
            if !sig.results.is_empty() && !named {
                let want = self.types_summary(&sig.results, false);
                self.error(
                    s.span,
                    format!("not enough return values\n\thave ()\n\twant {want}"),
                );
            }
            if named {
                for r in self.funcs.last().unwrap().results.clone() {
                    self.note_use(r);
                }
            }
            return;
        }
        let xs: Vec<Operand<'a>> = if results.len() == 1 {
            self.multi_expr(&results[0])
        } else {
            results.iter().map(|r| self.expr(r)).collect()
        };
        if xs.iter().any(|x| x.is_invalid()) {
            return;
        }
        if xs.len() != sig.results.len() {
            let have = self.types_summary(&xs.iter().map(|x| x.typ).collect::<Vec<_>>(), false);
            let want = self.types_summary(&sig.results, false);
            if sig.results.is_empty() {
                self.error(
                    results[0].span,
                    format!("too many return values\n\thave {have}\n\twant ()"),
                );
            } else if xs.len() < sig.results.len() {
                self.error(
                    results[results.len() - 1].span,
                    format!("not enough return values\n\thave {have}\n\twant {want}"),
                );
            } else {
                let at = results.get(sig.results.len()).unwrap_or(&results[0]).span;
                self.error(
                    at,
                    format!("too many return values\n\thave {have}\n\twant {want}"),
                );
            }
            return;
        }
        for (mut x, t) in xs.into_iter().zip(sig.results) {
            self.assignment(&mut x, Some(t), "return statement");
        }
    }

    fn type_switch(
        &mut self,
        init: Option<&'a Stmt>,
        bind: Option<&'a ast::Ident>,
        x: &'a Expr,
        body: &'a [CaseClause],
    ) {
        self.open_scope(false);
        if let Some(i) = init {
            self.stmt(i);
        }
        let xv = self.expr(x);
        let valid = !xv.is_invalid();
        if valid && !self.tt.is_interface(xv.typ) {
            self.error(x.span, format!("{} is not an interface", self.op_str(&xv)));
        }
        let ok = valid && self.tt.is_interface(xv.typ);
        let mut clause_objs = Vec::new();
        let mut any_used = false;
        let mut has_default = false;
        let mut seen_types: Vec<TypeId> = Vec::new();
        for cc in body {
            if cc.is_default {
                if has_default {
                    self.error(cc.span, "multiple defaults in switch");
                }
                has_default = true;
            }
            let mut single: Option<TypeId> = None;
            for te in &cc.list {
                let t = if let ExprKind::Ident(id) = &te.kind {
                    if id.name == "nil"
                        && self
                            .lookup("nil")
                            .is_some_and(|o| matches!(self.obj(o).kind, ObjKind::Nil))
                    {
                        let n = self.lookup("nil").unwrap();
                        self.info.uses.insert(id.id, n);
                        self.set_expr(
                            te.id,
                            TypeAndValue {
                                mode: Mode::Value,
                                typ: TypeTable::basic(BasicKind::UntypedNil),
                                value: None,
                            },
                        );
                        Some(TypeTable::basic(BasicKind::UntypedNil))
                    } else {
                        None
                    }
                } else {
                    None
                };
                let t = match t {
                    Some(t) => t,
                    None => {
                        let t = self.typ(te);
                        if t == INVALID {
                            continue;
                        }
                        if ok {
                            self.type_assertion(te, &xv, t, true);
                        }
                        if seen_types.contains(&t) {
                            self.error(
                                te.span,
                                format!("duplicate case {} in type switch", self.type_str(t)),
                            );
                        }
                        seen_types.push(t);
                        t
                    }
                };
                single = Some(t);
            }
            self.open_scope(false);
            if let Some(b) = bind {
                let mut vt = if cc.list.len() == 1 {
                    single.unwrap_or(xv.typ)
                } else {
                    xv.typ
                };
                if vt == TypeTable::basic(BasicKind::UntypedNil) {
                    vt = xv.typ;
                }
                if !valid {
                    vt = INVALID;
                }
                // not listed for "declared but not used": a type switch reports its binding
                // once, after all clauses (see `any_used`)
                let o = self.local_var_obj(b, vt);
                if b.name != "_" {
                    self.scopes
                        .last_mut()
                        .unwrap()
                        .names
                        .insert(b.name.clone(), o);
                }
                self.info.implicits.insert(cc.span, o);
                clause_objs.push(o);
                self.stmt_list(&cc.body);
                if self.used[o.0 as usize] {
                    any_used = true;
                }
            } else {
                self.stmt_list(&cc.body);
            }
            self.close_scope();
        }
        if let Some(b) = bind {
            if b.name == "_" {
                self.error(b.span, "no new variable on left side of :=");
            } else if !any_used && valid {
                self.error(b.span, format!("{} declared but not used", b.name));
            }
            for o in clause_objs {
                self.used[o.0 as usize] = true;
            }
        }
        self.close_scope();
    }

    fn range_stmt(
        &mut self,
        s: &'a Stmt,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a [Stmt],
    ) {
        self.open_scope(false);
        let mut xv = self.expr(x);
        let mut kt = INVALID;
        let mut vt: Option<TypeId> = None;
        let mut ok = !xv.is_invalid();
        if ok {
            let mut t = self.tt.underlying(xv.typ);
            if let Type::Pointer(p) = self.tt.get(t) {
                if let Type::Array(..) = self.tt.under(*p) {
                    t = self.tt.underlying(*p);
                }
            }
            match self.tt.get(t).clone() {
                Type::Basic(_) if self.tt.is_string(t) => {
                    kt = TypeTable::basic(BasicKind::Int);
                    vt = Some(TypeTable::basic(BasicKind::Int32));
                    if self.tt.is_untyped(xv.typ) {
                        let st = TypeTable::basic(BasicKind::String);
                        self.convert_untyped(&mut xv, st);
                    }
                }
                Type::Basic(_) if self.tt.is_integer(t) => {
                    if self.tt.is_untyped(xv.typ) {
                        let it = TypeTable::basic(BasicKind::Int);
                        self.convert_untyped(&mut xv, it);
                    }
                    kt = xv.typ;
                    if let Some(v) = value {
                        self.error(
                            v.span,
                            format!(
                                "range over {} permits only one iteration variable",
                                self.op_str(&xv)
                            ),
                        );
                        ok = false;
                    }
                }
                Type::Array(_, el) | Type::Slice(el) => {
                    kt = TypeTable::basic(BasicKind::Int);
                    vt = Some(el);
                }
                Type::Map(k, v) => {
                    kt = k;
                    vt = Some(v);
                }
                Type::Chan(dir, el) => {
                    kt = el;
                    if dir == ast::ChanDir::Send {
                        self.error(
                            x.span,
                            format!(
                                "invalid operation: range {} receive from send-only channel",
                                self.expr_str(x)
                            ),
                        );
                        ok = false;
                    }
                    if let Some(v) = value {
                        self.error(
                            v.span,
                            format!(
                                "range over {} permits only one iteration variable",
                                self.op_str(&xv)
                            ),
                        );
                        ok = false;
                    }
                }
                _ => {
                    self.error(x.span, format!("cannot range over {}", self.op_str(&xv)));
                    ok = false;
                }
            }
        }
        let _ = s;
        let types = [Some(kt), vt];
        let lhs = [key, value];
        if define {
            let mut decls = Vec::new();
            for (i, l) in lhs.iter().enumerate() {
                let Some(l) = l else { continue };
                let ExprKind::Ident(id) = &l.kind else {
                    self.error(
                        l.span,
                        format!("non-name {} on left side of :=", self.expr_str(l)),
                    );
                    continue;
                };
                let t = if ok {
                    types[i].unwrap_or(INVALID)
                } else {
                    INVALID
                };
                let o = self.new_local_var(id, t);
                if !ok {
                    self.used[o.0 as usize] = true;
                }
                self.info.defs.insert(id.id, o);
                self.set_expr(
                    l.id,
                    TypeAndValue {
                        mode: Mode::Variable,
                        typ: t,
                        value: None,
                    },
                );
                decls.push((id, o));
            }
            for (id, o) in decls {
                if id.name != "_" {
                    self.scopes
                        .last_mut()
                        .unwrap()
                        .names
                        .insert(id.name.clone(), o);
                }
            }
        } else {
            for (i, l) in lhs.iter().enumerate() {
                let Some(l) = l else { continue };
                if !ok {
                    self.expr(l);
                    continue;
                }
                let Some(t) = types[i] else { continue };
                let mut x = Operand {
                    mode: OpMode::Value,
                    typ: t,
                    val: None,
                    expr: None,
                    exact: None,
                };
                if let ExprKind::Ident(id) = &l.kind {
                    if id.name == "_" {
                        continue;
                    }
                }
                let lt = self.expr(l);
                if lt.is_invalid() {
                    continue;
                }
                if !matches!(lt.mode, OpMode::Variable | OpMode::MapIndex) {
                    self.error(l.span, format!("cannot assign to {}", self.op_str(&lt)));
                    continue;
                }
                x.expr = None;
                let mut xo = x;
                self.assignment(&mut xo, Some(lt.typ), "range");
            }
        }
        self.block(body);
        self.close_scope();
    }

    // ---- terminating statements ----

    pub fn is_terminating_list(&self, stmts: &[Stmt], label: Option<&str>) -> bool {
        let mut i = stmts.len();
        while i > 0 && matches!(stmts[i - 1].kind, StmtKind::Empty) {
            i -= 1;
        }
        i > 0 && self.is_terminating(&stmts[i - 1], label)
    }

    fn is_terminating(&self, s: &Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Labeled(l, inner) => self.is_terminating(inner, Some(&l.name)),
            StmtKind::Expr(e) => {
                let mut e = e;
                while let ExprKind::Paren(p) = &e.kind {
                    e = p;
                }
                // Only a call of the builtin `panic` terminates. Calls such as `os.Exit(1)` do
                // not (Go spec, "Terminating statements"): gc still reports "missing return"
                // after them, and so do we.
                if let ExprKind::Call { func, .. } = &e.kind {
                    if let Some(o) = self.ident_obj(func) {
                        return matches!(self.obj(o).kind, ObjKind::Builtin(Builtin::Panic));
                    }
                }
                false
            }
            StmtKind::Return(_) => true,
            StmtKind::Branch(k, _) => matches!(k, BranchKind::Goto | BranchKind::Fallthrough),
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, None),
            StmtKind::If {
                then, els: Some(e), ..
            } => self.is_terminating_list(&then.stmts, None) && self.is_terminating(e, None),
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                let mut has_default = false;
                for cc in body {
                    if cc.is_default {
                        has_default = true;
                    }
                    if !self.is_terminating_list(&cc.body, None)
                        || has_break_list(&cc.body, label, true)
                    {
                        return false;
                    }
                }
                has_default
            }
            StmtKind::Select(clauses) => {
                for cc in clauses {
                    if !self.is_terminating_list(&cc.body, None)
                        || has_break_list(&cc.body, label, true)
                    {
                        return false;
                    }
                }
                true
            }
            StmtKind::For { cond, body, .. } => {
                cond.is_none() && !has_break_list(&body.stmts, label, true)
            }
            _ => false,
        }
    }
}

fn has_break_list(stmts: &[Stmt], label: Option<&str>, implicit: bool) -> bool {
    stmts.iter().any(|s| has_break(s, label, implicit))
}

fn has_break(s: &Stmt, label: Option<&str>, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Branch(BranchKind::Break, l) => match l {
            None => implicit,
            Some(l) => Some(l.name.as_str()) == label,
        },
        StmtKind::Labeled(_, inner) => has_break(inner, label, implicit),
        StmtKind::Block(b) => has_break_list(&b.stmts, label, implicit),
        StmtKind::If { then, els, .. } => {
            has_break_list(&then.stmts, label, implicit)
                || els.as_ref().is_some_and(|e| has_break(e, label, implicit))
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            label.is_some() && body.iter().any(|cc| has_break_list(&cc.body, label, false))
        }
        StmtKind::Select(cs) => {
            label.is_some() && cs.iter().any(|cc| has_break_list(&cc.body, label, false))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            label.is_some() && has_break_list(&body.stmts, label, false)
        }
        _ => false,
    }
}
