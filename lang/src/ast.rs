//! The syntax tree, after Go's `go/ast`, with byte-offset spans and no types.
//!
//! Invariants:
//! - Every `Expr` carries a unique `ExprId` within its `File` (assigned by the parser from a
//!   counter, dense from 0); the checker's side tables (`check::TypeInfo`) are keyed by it.
//! - Every `Ident` carries its own `ExprId` too, so declarations and uses can be resolved.
//! - Types are parsed as expressions where Go's grammar cannot tell them apart (conversions
//!   `(*T)(x)`, composite literal types, generic instantiation); the checker classifies them.
//! - Spans are byte ranges `[start, end)` into the file's source text.

/// A byte range in the source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// Index of an expression or identifier node in its file; dense from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExprId(pub u32);

#[derive(Clone, Debug)]
pub struct Ident {
    pub id: ExprId,
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
    /// Number of `ExprId`s handed out; side tables can be `Vec`s of this length.
    pub expr_count: u32,
    /// Where each source file of the package starts in the text the spans index, in order
    /// (`[0]` for a single file; see `lang::package`): a declaration or import belongs to the
    /// last file starting at or before its span.
    pub file_starts: Vec<u32>,
    /// The packages whose files are merged, in initialisation order (dependencies first, main
    /// last): (import path, package name); package main's path is `main`.
    pub packages: Vec<(String, String)>,
    /// The package (index in `packages`) of each source file, parallel to `file_starts`.
    pub file_packages: Vec<usize>,
}

impl File {
    /// Index (in `file_starts`) of the source file holding byte `offset`.
    pub fn file_index(&self, offset: u32) -> usize {
        self.file_starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// Index (in `packages`) of the package whose file holds byte `offset`.
    pub fn package_index(&self, offset: u32) -> usize {
        self.file_packages
            .get(self.file_index(offset))
            .copied()
            .unwrap_or(0)
    }

    /// Import path of the package whose file holds byte `offset` (`main` for package main).
    pub fn package_path(&self, offset: u32) -> &str {
        self.packages
            .get(self.package_index(offset))
            .map_or("main", |p| p.0.as_str())
    }
}

#[derive(Clone, Debug)]
pub struct ImportSpec {
    /// `None` for a plain import, `Some("_")`, `Some(".")` or an alias otherwise.
    pub name: Option<Ident>,
    /// The unquoted import path, e.g. `fmt`, `math/rand`.
    pub path: String,
    pub span: Span,
}

// `FuncDecl` is far larger than the other variants, but a file holds one `Decl` per top-level
// declaration, so the wasted space is small; boxing it would change the type every consumer
// (the checker, the compiler in vm/) pattern-matches on, for no measurable gain.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum Decl {
    Gen(GenDecl),
    Func(FuncDecl),
    /// A declaration the parser could not read; already reported.
    Bad(Span),
}

impl Decl {
    /// Where the declaration starts (so which file of a merged `File` holds it).
    pub fn start(&self) -> u32 {
        match self {
            Decl::Gen(GenDecl::Const(_, span) | GenDecl::Var(_, span) | GenDecl::Type(_, span))
            | Decl::Bad(span) => span.start,
            Decl::Func(f) => f.span.start,
        }
    }
}

#[derive(Clone, Debug)]
pub enum GenDecl {
    Const(Vec<ValueSpec>, Span),
    Var(Vec<ValueSpec>, Span),
    Type(Vec<TypeSpec>, Span),
}

/// One line of a `const` or `var` declaration.
#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub typ: Option<Expr>,
    pub values: Vec<Expr>,
    /// For constants: the index of this spec within its group (the value of `iota`).
    pub iota: u32,
    /// For constants with no `= values`: the parser copies the previous spec's type and values
    /// (Go's implicit repetition), so the checker sees them here with `implicit = true`.
    pub implicit: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    pub type_params: Vec<Field>,
    /// `type A = B` when true.
    pub alias: bool,
    pub typ: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    /// The receiver of a method: exactly one field.
    pub recv: Option<Field>,
    pub name: Ident,
    pub type_params: Vec<Field>,
    pub typ: FuncType,
    /// `None` for a declaration without body (not allowed in minigo; reported by the checker).
    pub body: Option<Block>,
    pub span: Span,
}

/// A parameter, result, struct field or interface element. `names` is empty for anonymous
/// parameters and embedded fields.
#[derive(Clone, Debug)]
pub struct Field {
    pub names: Vec<Ident>,
    pub typ: Expr,
    /// Struct tag (unquoted), if any.
    pub tag: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    /// The last parameter is `...T` (its `typ` is then an `ExprKind::Ellipsis`).
    pub variadic: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// Span from `{` to `}` inclusive.
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: ExprId,
    pub kind: ExprKind,
    pub span: Span,
}

impl Expr {
    /// The expression without its enclosing parentheses.
    pub fn unparen(&self) -> &Expr {
        match &self.kind {
            ExprKind::Paren(x) => x.unparen(),
            _ => self,
        }
    }

    /// The channel operand of a (possibly parenthesised) receive `<-ch`.
    pub fn recv_operand(&self) -> Option<&Expr> {
        match &self.unparen().kind {
            ExprKind::Unary(UnaryOp::Recv, ch) => Some(ch),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LogAnd,
    LogOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    BitNot,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

#[derive(Clone, Debug)]
pub enum BasicLit {
    /// Integer literal text as written (any base, with `_`); the checker evaluates it exactly.
    Int(String),
    Float(String),
    Imag(String),
    /// The rune's value, escapes already decoded.
    Rune(u32),
    /// The string's bytes, escapes already decoded (may be invalid UTF-8 via `\xff`).
    Str(Vec<u8>),
}

/// A key-value element of a composite literal; `key` is `None` for positional elements.
#[derive(Clone, Debug)]
pub struct KeyedElement {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Ident(Ident),
    BasicLit(BasicLit),
    /// `T{...}`; `typ` is `None` for elided types inside an outer literal (`[]T{{1}, {2}}`).
    CompositeLit {
        typ: Option<Box<Expr>>,
        elts: Vec<KeyedElement>,
        lbrace: Span,
    },
    FuncLit {
        typ: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    /// `x.sel` — also package-qualified names `fmt.Println`.
    Selector(Box<Expr>, Ident),
    /// `x[i]`; also generic instantiation `F[int]` (classified by the checker).
    Index(Box<Expr>, Box<Expr>),
    /// `F[A, B]` — generic instantiation with several type arguments.
    IndexList(Box<Expr>, Vec<Expr>),
    /// `x[lo:hi]` or `x[lo:hi:max]` (`slice3`).
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        slice3: bool,
    },
    /// `x.(T)`; `typ` is `None` for `x.(type)` in a type switch.
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    /// `f(args)` or `f(args...)`; conversions `T(x)` parse as calls too.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: bool,
    },
    /// `*x` — dereference or pointer type.
    Star(Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// `...T` in a parameter list, or `[...]T` length.
    Ellipsis(Option<Box<Expr>>),

    // ---- types ----
    /// `[N]T`, `[...]T` (len is `Ellipsis(None)`), or `[]T` (len `None`).
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    StructType(Vec<Field>),
    FuncType(FuncType),
    /// Interface elements: methods (`names` = [method], `typ` = FuncType) and embedded
    /// interfaces / type unions (`names` empty).
    InterfaceType(Vec<Field>),
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    /// `A | B` or `~T` in a constraint.
    Union(Vec<Expr>),
    Tilde(Box<Expr>),
    /// An expression the parser could not read; already reported.
    Bad,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`
    Op(BinaryOp),
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    /// Empty for `default`.
    pub list: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    /// `None` for `default`; otherwise a send statement, a receive expression statement, or an
    /// assignment/define whose right side is a receive.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Decl(GenDecl),
    Labeled(Ident, Box<Stmt>),
    Expr(Expr),
    Send(Expr, Expr),
    IncDec(Expr, bool),
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Branch(BranchKind, Option<Ident>),
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        body: Vec<CaseClause>,
        lbrace: Span,
    },
    /// `switch [init;] [v :=] x.(type) { ... }`: `bind` is `v`, `x` the asserted expression.
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        body: Vec<CaseClause>,
        lbrace: Span,
    },
    Select(Vec<CommClause>),
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for [key [, value] (=|:=)] range x { ... }`; `define` is true for `:=`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
    Empty,
    /// A statement the parser could not read; already reported.
    Bad,
}
