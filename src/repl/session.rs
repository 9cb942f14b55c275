//! A REPL session: the declarations and variables accumulated so far, and the compilation of
//! each new input against them.
//!
//! An input is compiled as a whole Go file (`source::SessionSource`): its statements become
//! the body of `main`, its declarations and the session's earlier ones are package-level
//! declarations, and every session variable is a package-level `var` with its spelled type.
//! Two passes: the first type-checks the input as written (its `:=` and `var` statements
//! declaring locals of `main`), which gives the new variables' types and the bare
//! expressions; the second turns those statements into assignments to new package-level
//! variables and bare expressions into `fmt.Println` calls. The result is linked into the
//! session program (`vm::link`) and run by the session's driver goroutine.
//!
//! Invariants:
//! - Nothing of an input runs, and the session state is unchanged, unless both passes
//!   compiled without error.
//! - A name has one meaning in the session: a new declaration or variable replaces any
//!   earlier declaration, variable or method of that name (a redeclared type also drops the
//!   variables whose type mentions it). Replaced functions and types get a new generation, so
//!   code and values of earlier inputs keep using the old ones.
//! - Earlier inputs' code never runs again: a variable's storage is its global slot, kept
//!   for the rest of the session.
//!
//! `MINIGO_REPL_DEBUG=1` prints both passes' files to stderr (for debugging the REPL).

use super::chunk::{self, Item, Kind};
use super::source::{self, Region, SessionSource};
use lang::ast::{AssignOp, Decl, ExprKind, GenDecl, Span, Stmt, StmtKind};
use lang::diag::Diagnostic;
use lang::package::Sources;
use lang::types::{Mode, TypeInfo, TypeTable};
use std::collections::HashMap;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use vm::interp::session::{self as driver, Event, Input};
use vm::link::{Keys, Linker};

/// The file name diagnostics and tracebacks use for the prompt's inputs.
pub const FILE_NAME: &str = "repl.go";

/// A package-level declaration of the session.
#[derive(Clone)]
pub struct SessionDecl {
    pub names: Vec<String>,
    pub text: String,
    /// Line of the input it was typed on.
    pub line: u32,
}

/// A session variable: a package-level `var name typ` whose global has key `key`.
#[derive(Clone)]
pub struct SessionVar {
    pub name: String,
    pub typ: String,
    pub key: String,
}

/// What evaluating an input did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Ran (or only declared), possibly ending in a printed panic or deadlock.
    Ok,
    /// Rejected: the diagnostics are printed.
    Error,
}

pub struct Session {
    linker: Linker,
    pub(super) imports: Vec<String>,
    pub(super) decls: Vec<SessionDecl>,
    pub(super) vars: Vec<SessionVar>,
    type_generations: HashMap<String, u32>,
    epoch: u32,
    next_key: u64,
    next_input: u64,
    events: Receiver<Event>,
    /// Under `minigo repl -race`: inputs are instrumented; the detector is turned on, with
    /// these options, when the first input is linked (`None` once it is on).
    race: Option<Race>,
}

/// The race detector's state in a session.
enum Race {
    /// To turn on with these `GORACE` options.
    Pending(runtime::race::Options),
    On,
}

struct SessionKeys<'a> {
    type_generations: &'a HashMap<String, u32>,
    epoch: u32,
    globals: HashMap<String, String>,
}

impl Keys for SessionKeys<'_> {
    fn type_generation(&self, name: &str) -> u32 {
        self.type_generations.get(name).copied().unwrap_or(0)
    }
    fn func_key(&self, name: &str) -> Option<String> {
        // Instances of generics share Go's name `F[...]` across type arguments: like the
        // input's own code, each program's are its own functions.
        let input_code = name == "main.main"
            || name.starts_with("main.main.")
            || name.starts_with("main.init")
            || name.contains("[...]");
        (!input_code).then(|| format!("{name}@{}", self.epoch))
    }
    fn global_key(&self, name: &str) -> String {
        let name = name.strip_prefix("main.").unwrap_or(name);
        self.globals
            .get(name)
            .cloned()
            .unwrap_or_else(|| name.to_string())
    }
}

/// The first pass's findings about one input.
struct Analysis {
    /// New session variables: (name, type spelling).
    new_vars: Vec<(String, String)>,
    /// Rewrites of the input text for the second pass: (start, end, replacement).
    edits: Vec<(usize, usize, String)>,
    /// `:type`: the type of the (single) bare expression.
    expr_type: Option<String>,
}

impl Session {
    /// A fresh session on a new runtime with `gomaxprocs` workers (0 = CPU count).
    pub fn start(gomaxprocs: usize) -> Session {
        Session {
            linker: Linker::new(),
            imports: Vec::new(),
            decls: Vec::new(),
            vars: Vec::new(),
            type_generations: HashMap::new(),
            epoch: 0,
            next_key: 0,
            next_input: 0,
            events: driver::start(gomaxprocs, super::leave),
            race: None,
        }
    }

    /// Runs every later input under the race detector (`minigo repl -race`).
    pub fn enable_race(&mut self, options: runtime::race::Options) {
        self.race = Some(Race::Pending(options));
    }

    /// `:reset`: forgets every declaration and variable (goroutines keep running their code).
    pub fn reset(&mut self) {
        self.imports.clear();
        self.decls.clear();
        self.vars.clear();
        self.epoch += 1;
        for g in self.type_generations.values_mut() {
            *g += 1;
        }
        self.type_generations
            .extend(self.decl_names().into_iter().map(|n| (n, 1)));
    }

    fn decl_names(&self) -> Vec<String> {
        self.decls.iter().flat_map(|d| d.names.clone()).collect()
    }

    /// Names the session defines (for completion).
    pub fn names(&self) -> Vec<String> {
        let mut names = self.decl_names();
        names.extend(self.vars.iter().map(|v| v.name.clone()));
        names
    }

    /// Evaluates one complete input.
    pub fn eval(&mut self, input: &str) -> Outcome {
        self.eval_items(input, false)
    }

    /// `:load`: a Go file's declarations join the session (its package clause, `main` and
    /// `init` are left out; its package variables are declared and initialised now, in Go's
    /// order).
    pub fn load(&mut self, text: &str) -> Outcome {
        self.eval(&super::load::input(text))
    }

    /// `:type expr`: prints the static type of `expr`.
    pub fn type_of(&mut self, expr: &str) -> Outcome {
        self.eval_items(expr, true)
    }

    fn eval_items(&mut self, input: &str, type_only: bool) -> Outcome {
        let items = chunk::split(input);
        if items.is_empty() && !type_only {
            return Outcome::Ok;
        }
        let lists = chunk::expression_lists(input, &items);
        if !lists.is_empty() && !type_only {
            // `v, ok` prints both values: the statement becomes `fmt.Println(v, ok)`.
            let edits: Vec<(usize, usize, String)> = lists
                .iter()
                .flat_map(|&(s, e)| [(s, s, source::PRINT.to_string()), (e, e, ")".to_string())])
                .collect();
            return self.eval_items(&source::apply(input, &edits), false);
        }
        if let Some(item) = items
            .iter()
            .find(|i| matches!(&i.kind, Kind::Func(n) if n == "main" || n == "init"))
        {
            let msg = "func main and func init cannot be declared at the prompt (the input itself runs as main.main)";
            eprint!(
                "{}",
                render_input(input, &[diag(item.start, item.start + 4, msg)])
            );
            return Outcome::Error;
        }
        if let Some((start, end)) = chunk::unmatched_close(input) {
            let msg = format!("syntax error: unexpected {}", &input[start..end]);
            eprint!("{}", render_input(input, &[diag(start, end, &msg)]));
            return Outcome::Error;
        }
        if type_only && (items.len() != 1 || items[0].kind != Kind::Stmt) {
            eprintln!(":type needs one expression");
            return Outcome::Error;
        }
        let declared: Vec<String> = items.iter().flat_map(|i| i.kind.names()).collect();
        let imports = self.imports_with(input, &items);

        // The input's syntax on its own (an unfinished input must not swallow the session's
        // declarations that follow it in the file).
        let alone = source::build((&[], &[]), input, &items, &declared, &[], &imports, &[]);
        if let Err(diags) = check_syntax(&alone) {
            let diags: Vec<Diagnostic> = diags
                .into_iter()
                .map(|d| Diagnostic {
                    span: alone.clamped_to_input(d.span),
                    ..d
                })
                .collect();
            eprint!("{}", render_input(input, &diags));
            return Outcome::Error;
        }

        // Pass 1: the input as written.
        let session = (self.decls.as_slice(), self.vars.as_slice());
        let src1 = source::build(session, input, &items, &declared, &[], &imports, &[]);
        let (file, tt, info) = match check(&src1) {
            Ok((checked, diags)) if diags.iter().all(|d| ignored_at_prompt(d, &src1, &items)) => {
                checked
            }
            Ok((_, diags)) | Err(diags) => return self.report(input, &src1, diags, &items),
        };
        let analysis = analyze(&src1, &file, &tt, &info, input, &items);
        if type_only {
            return match analysis.expr_type {
                Some(t) => {
                    println!("{t}");
                    Outcome::Ok
                }
                None => {
                    eprintln!(":type needs one expression");
                    Outcome::Error
                }
            };
        }

        // Pass 2: statements declaring variables become assignments to package variables.
        let new_names: Vec<String> = analysis.new_vars.iter().map(|(n, _)| n.clone()).collect();
        let prints = analysis.edits.iter().any(|(_, _, r)| r == source::PRINT);
        let mut edits = analysis.edits;
        let prev = self.previous_values(input, &items, &new_names, &mut edits);
        let rewritten = source::apply(input, &edits);
        let mut globals: HashMap<String, String> = self
            .vars
            .iter()
            .map(|v| (v.name.clone(), v.key.clone()))
            .collect();
        let mut vars = Vec::new();
        for (name, typ) in &analysis.new_vars {
            self.next_key += 1;
            let key = format!("{name}#{}", self.next_key);
            globals.insert(name.clone(), key.clone());
            vars.push(SessionVar {
                name: name.clone(),
                typ: typ.clone(),
                key,
            });
        }
        for p in &prev {
            globals.insert(p.name.clone(), p.key.clone());
        }
        let mut imports = imports;
        if prints && !imports.iter().any(|i| i.contains("\"fmt\"")) {
            imports.push("import \"fmt\"".into());
        }
        let extra: Vec<SessionVar> = vars.iter().chain(&prev).cloned().collect();
        let src2 = source::build(
            (&self.decls, &self.vars),
            &rewritten,
            &chunk::split(&rewritten),
            &declared,
            &new_names,
            &imports,
            &extra,
        );
        if std::env::var_os("MINIGO_REPL_DEBUG").is_some() {
            eprintln!("--- pass 1\n{}\n--- pass 2\n{}", src1.text, src2.text);
        }
        // String constants are allocated by the compiler and rooted when submitted.
        let world = runtime::session::hold_world();
        let mut prog = match compile(&src2) {
            Ok(p) => p,
            Err(diags) => {
                let items = chunk::split(&rewritten);
                return self.report(&rewritten, &src2, diags, &items);
            }
        };
        source::fix_lines(&mut prog, &src2.regions);
        if self.race.is_some() {
            vm::race_instrument::instrument(&mut prog);
        }

        if self.linker.global_count() + vars.len() > driver::MAX_GLOBALS {
            eprintln!("minigo: the session has too many variables (slots are never reused)");
            return Outcome::Error;
        }

        // Commit: the session now holds this input's declarations and variables.
        self.replace(&declared, &new_names);
        for item in items.iter().filter(|i| i.kind.is_decl()) {
            self.decls.push(SessionDecl {
                names: item.kind.names(),
                text: input[item.start..item.end].to_string(),
                line: line_of(input, item.start),
            });
        }
        for item in items.iter().filter(|i| i.kind == Kind::Import) {
            let text = input[item.start..item.end].to_string();
            if !self.imports.contains(&text) {
                self.imports.push(text);
            }
        }
        self.vars.extend(vars);
        let keys = SessionKeys {
            type_generations: &self.type_generations,
            epoch: self.epoch,
            globals,
        };
        let linked = self.linker.link(prog, &keys);
        match self.race.take() {
            Some(Race::Pending(options)) => vm::race::enable(&linked.prog, options),
            Some(Race::On) => vm::race::set_program(&linked.prog),
            None => {}
        }
        if self.race.is_none() && runtime::race::enabled() {
            self.race = Some(Race::On);
        }
        self.next_input += 1;
        let id = self.next_input;
        driver::submit(Input {
            id,
            prog: linked.prog,
            entry: linked.entry,
            new_globals: linked.new_globals,
        });
        drop(world);
        self.wait(id);
        Outcome::Ok
    }

    /// Waits until input `id` ends, deadlocks or is interrupted (Ctrl-C).
    fn wait(&mut self, id: u64) {
        loop {
            if super::interrupt::take() {
                vm::output::flush_stdout();
                eprintln!("interrupted");
                driver::restart_driver();
                return;
            }
            let event = match self
                .events
                .recv_timeout(std::time::Duration::from_millis(20))
            {
                Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => std::process::exit(2),
                Ok(event) => event,
            };
            match event {
                Event::Done(done) if done == id => return,
                Event::Deadlock(stuck, text) if stuck == id => {
                    vm::output::flush_stdout();
                    vm::output::write_stderr(text.as_bytes());
                    driver::restart_driver();
                    return;
                }
                Event::Done(_) | Event::Deadlock(..) => {}
            }
        }
    }

    /// Drops whatever the new declarations and variables replace.
    fn replace(&mut self, declared: &[String], new_vars: &[String]) {
        let replaced = |d: &SessionDecl| {
            source::decl_replaced(&d.names, declared) || source::decl_replaced(&d.names, new_vars)
        };
        // Declarations are compiled again (new functions) when one they may use is replaced:
        // a function of the session then uses the new variable, never a dropped one.
        if self.decls.iter().any(replaced) || self.vars.iter().any(|v| new_vars.contains(&v.name)) {
            self.epoch += 1;
        }
        self.decls.retain(|d| !replaced(d));
        for name in declared {
            *self.type_generations.entry(name.clone()).or_insert(0) += 1;
        }
        self.vars
            .retain(|v| !source::var_replaced(v, declared, new_vars));
    }

    /// For a variable redeclared by this input whose old value the input reads (`x := x + 1`):
    /// the old variable under a hidden name, and edits renaming those reads.
    fn previous_values(
        &self,
        input: &str,
        items: &[Item],
        new_names: &[String],
        edits: &mut Vec<(usize, usize, String)>,
    ) -> Vec<SessionVar> {
        let mut prev = Vec::new();
        for var in self.vars.iter().filter(|v| new_names.contains(&v.name)) {
            let Some(first_decl) = items.iter().find(|i| source::declares(input, i, &var.name))
            else {
                continue;
            };
            let reads = source::ident_positions(input, &var.name, first_decl.start, first_decl.end);
            if reads.is_empty() {
                continue;
            }
            let hidden = format!("__prev_{}", var.name);
            for (s, e) in reads {
                edits.push((s, e, hidden.clone()));
            }
            prev.push(SessionVar {
                name: hidden,
                typ: var.typ.clone(),
                key: var.key.clone(),
            });
        }
        prev
    }

    /// The import declarations this input needs: the session's, plus every standard package
    /// named as `pkg.` in the input or the session's declarations and variable types that no
    /// session name or explicit import provides.
    fn imports_with(&self, input: &str, items: &[Item]) -> Vec<String> {
        let mut imports = self.imports.clone();
        imports.extend(
            items
                .iter()
                .filter(|i| i.kind == Kind::Import)
                .map(|i| input[i.start..i.end].to_string()),
        );
        let mut texts: Vec<&str> = vec![input];
        texts.extend(self.decls.iter().map(|d| d.text.as_str()));
        texts.extend(self.vars.iter().map(|v| v.typ.as_str()));
        let own = self.names();
        for path in source::packages_used(&texts) {
            let short = path.rsplit('/').next().unwrap_or(path);
            let quoted = format!("\"{path}\"");
            if own.iter().any(|n| n == short) || imports.iter().any(|i| i.contains(&quoted)) {
                continue;
            }
            imports.push(format!("import {quoted}"));
        }
        imports
    }

    /// Prints the diagnostics of a rejected input: those inside the input against its text,
    /// any other against the session source.
    fn report(
        &self,
        input: &str,
        src: &SessionSource,
        diags: Vec<Diagnostic>,
        items: &[Item],
    ) -> Outcome {
        let (mine, others): (Vec<_>, Vec<_>) = diags
            .into_iter()
            .filter(|d| !ignored_at_prompt(d, src, items))
            .map(|d| match src.to_input(d.span) {
                Some(span) => Ok(Diagnostic { span, ..d }),
                None => Err(d),
            })
            .partition(|r| r.is_ok());
        let mine: Vec<Diagnostic> = mine.into_iter().filter_map(Result::ok).collect();
        let others: Vec<Diagnostic> = others.into_iter().filter_map(Result::err).collect();
        if !mine.is_empty() {
            eprint!("{}", render_input(input, &mine));
        }
        for d in others {
            // A declaration of an earlier input no longer compiles with this one.
            match src.in_session_decl(d.span) {
                Some((i, span)) => {
                    let decl = &self.decls[i];
                    eprintln!(
                        "(in {}, declared earlier, line {} of its input)",
                        decl.names.join(", "),
                        decl.line
                    );
                    eprint!(
                        "{}",
                        lang::diag::render(FILE_NAME, &decl.text, &[Diagnostic { span, ..d }])
                    );
                }
                None => eprint!("{}", lang::diag::render("session", &src.text, &[d])),
            }
        }
        Outcome::Error
    }
}

fn diag(start: usize, end: usize, msg: &str) -> Diagnostic {
    Diagnostic::new(
        Span {
            start: start as u32,
            end: end as u32,
        },
        msg,
    )
}

fn render_input(input: &str, diags: &[Diagnostic]) -> String {
    lang::diag::render(FILE_NAME, input, diags)
}

fn line_of(text: &str, offset: usize) -> u32 {
    text[..offset].matches('\n').count() as u32 + 1
}

/// Prompt rules: unused variables and imports are not errors, and neither is a bare
/// expression (it is printed).
fn ignored_at_prompt(d: &Diagnostic, src: &SessionSource, items: &[Item]) -> bool {
    if d.message.ends_with("declared but not used") || d.message.contains("imported and not used") {
        return true;
    }
    d.message.ends_with(" is not used")
        && src.to_input(d.span).is_some_and(|s| {
            items
                .iter()
                .any(|i| i.kind == Kind::Stmt && i.start == s.start as usize)
        })
}

fn check_syntax(src: &SessionSource) -> Result<(), Vec<Diagnostic>> {
    let (_, diags) = lang::nesting::on_large_stack(|| lang::parser::parse_file(&src.text));
    if diags.is_empty() {
        Ok(())
    } else {
        Err(diags)
    }
}

type Checked = (lang::ast::File, TypeTable, TypeInfo);

/// The session's file with the standard packages written in Go that it imports after it
/// (its offsets stay its own).
fn with_embedded(src: &SessionSource) -> Sources {
    let deps = crate::modules::embedded_imports(&src.text)
        .into_iter()
        .map(|(path, files)| {
            let files = files
                .iter()
                .map(|&(name, text)| (name.to_string(), text.to_string()))
                .collect();
            (path, files)
        })
        .collect();
    Sources::main_first((FILE_NAME.to_string(), src.text.clone()), deps)
}

/// Parses and type-checks `src`: a syntax error is an `Err`, type errors come with the result.
fn check(src: &SessionSource) -> Result<(Checked, Vec<Diagnostic>), Vec<Diagnostic>> {
    lang::nesting::on_large_stack(|| {
        let sources = with_embedded(src);
        let (file, _, diags) = sources.parse();
        if !diags.is_empty() {
            return Err(diags);
        }
        let (tt, info, diags) = lang::check::check_file(&file, &sources.text, &stdlib::Stdlib);
        Ok(((file, tt, info), diags))
    })
}

fn compile(src: &SessionSource) -> Result<vm::program::Program, Vec<Diagnostic>> {
    lang::nesting::on_large_stack(|| {
        let sources = with_embedded(src);
        let (file, _, diags) = sources.parse();
        if !diags.is_empty() {
            return Err(diags);
        }
        let (tt, info, diags) = lang::check::check_file(&file, &sources.text, &stdlib::Stdlib);
        let diags: Vec<Diagnostic> = diags
            .into_iter()
            .filter(|d| {
                !(d.message.ends_with("declared but not used")
                    || d.message.contains("imported and not used"))
            })
            .collect();
        if !diags.is_empty() {
            return Err(diags);
        }
        let files = sources
            .files
            .iter()
            .map(|f| (f.name.clone(), f.first_line))
            .collect();
        vm::compile::compile_package(&file, &tt, &info, &stdlib::Stdlib, files, &sources.text)
    })
}

/// Finds, in the first pass's `main`, the statements that declare session variables and the
/// bare expressions, and plans the second pass's rewrites of the input text.
fn analyze(
    src: &SessionSource,
    file: &lang::ast::File,
    tt: &TypeTable,
    info: &TypeInfo,
    input: &str,
    items: &[Item],
) -> Analysis {
    let mut a = Analysis {
        new_vars: Vec::new(),
        edits: Vec::new(),
        expr_type: None,
    };
    let Some(body) = file.decls.iter().find_map(|d| match d {
        Decl::Func(f) if f.name.name == "main" && f.recv.is_none() => f.body.as_ref(),
        _ => None,
    }) else {
        return a;
    };
    // The input's `var` declarations placed at package level (an input with functions).
    let package_vars: Vec<Stmt> = file
        .decls
        .iter()
        .filter_map(|d| match d {
            Decl::Gen(g @ GenDecl::Var(_, span)) if src.to_input(*span).is_some() => Some(Stmt {
                kind: StmtKind::Decl(g.clone()),
                span: *span,
            }),
            _ => None,
        })
        .collect();
    let type_name = |id| {
        info.defs
            .get(&id)
            .map(|&o| lang::check::format::type_string(tt, info.objects[o.0 as usize].typ))
    };
    let mut stmts: Vec<&Stmt> = body.stmts.iter().chain(&package_vars).collect();
    stmts.sort_by_key(|s| src.to_input(s.span).map(|s| s.start));
    for stmt in stmts {
        let Some(span) = src.to_input(stmt.span) else {
            continue;
        };
        let (start, end) = (span.start as usize, span.end as usize);
        match &stmt.kind {
            StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                ..
            } => {
                for e in lhs {
                    if let ExprKind::Ident(id) = &e.kind {
                        if let Some(t) = type_name(id.id).filter(|_| id.name != "_") {
                            a.new_vars.push((id.name.clone(), t));
                        }
                    }
                }
                if let Some(at) = source::define_token(input, start, end) {
                    a.edits.push((at, at + 2, " =".into()));
                }
            }
            StmtKind::Decl(GenDecl::Var(specs, _)) => {
                for spec in specs {
                    for id in &spec.names {
                        if let Some(t) = type_name(id.id).filter(|_| id.name != "_") {
                            a.new_vars.push((id.name.clone(), t));
                        }
                    }
                }
                let specs: Vec<(Region, Option<Region>)> = specs
                    .iter()
                    .filter_map(|s| {
                        let first = src.to_input(s.names.first()?.span)?;
                        let last = src.to_input(s.names.last()?.span)?;
                        let values = match (s.values.first(), s.values.last()) {
                            (Some(f), Some(l)) => {
                                let (f, l) = (src.to_input(f.span)?, src.to_input(l.span)?);
                                Some((f.start as usize, l.end as usize))
                            }
                            _ => None,
                        };
                        Some(((first.start as usize, last.end as usize), values))
                    })
                    .collect();
                a.edits
                    .extend(source::var_as_assignment(input, start, end, &specs));
            }
            StmtKind::Expr(e) => {
                let Some(tv) = info.exprs.get(e.id) else {
                    continue;
                };
                a.expr_type = Some(lang::check::format::type_string(tt, tv.typ));
                if matches!(tv.mode, Mode::NoValue | Mode::TypeExpr | Mode::Builtin)
                    || prints_itself(e)
                {
                    continue;
                }
                if items.iter().any(|i| i.start == start) {
                    a.edits.push((start, start, source::PRINT.into()));
                    a.edits.push((end, end, ")".into()));
                }
            }
            _ => {}
        }
    }
    a
}

/// A call of fmt's print family (`fmt.Println(x)`), whose results a program ignores: its
/// output is the point, so they are not printed.
fn prints_itself(e: &lang::ast::Expr) -> bool {
    let ExprKind::Call { func, .. } = &e.kind else {
        return false;
    };
    matches!(&func.kind, ExprKind::Selector(pkg, name)
        if matches!(&pkg.kind, ExprKind::Ident(p) if p.name == "fmt")
            && (name.name.starts_with("Print") || name.name.starts_with("Fprint")))
}
