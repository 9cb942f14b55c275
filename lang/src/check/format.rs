//! Printing for diagnostics: expressions as gc's `syntax.String` prints them (short form:
//! `T{…}`, `func() {…}`, binary operators spaced), types as `types2.TypeString` does, and
//! constant values as `go/constant` does.
//!
//! Invariant: nothing here affects checking; it only builds message text.

use super::universe::basic_name;
use crate::ast::*;
use crate::types::*;

pub fn binary_op_str(op: BinaryOp) -> &'static str {
    use BinaryOp::*;
    match op {
        Add => "+",
        Sub => "-",
        Mul => "*",
        Div => "/",
        Rem => "%",
        And => "&",
        Or => "|",
        Xor => "^",
        Shl => "<<",
        Shr => ">>",
        AndNot => "&^",
        LogAnd => "&&",
        LogOr => "||",
        Eq => "==",
        Ne => "!=",
        Lt => "<",
        Le => "<=",
        Gt => ">",
        Ge => ">=",
    }
}

pub fn unary_op_str(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Pos => "+",
        UnaryOp::Neg => "-",
        UnaryOp::Not => "!",
        UnaryOp::BitNot => "^",
        UnaryOp::Addr => "&",
        UnaryOp::Recv => "<-",
    }
}

/// `syntax.String(e)` in ShortForm.
pub fn expr_string(src: &str, e: &Expr) -> String {
    let mut s = String::new();
    write_expr(src, e, &mut s);
    s
}

fn write_list(src: &str, es: &[Expr], out: &mut String) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(src, e, out);
    }
}

fn write_fields(src: &str, fs: &[Field], sep: &str, out: &mut String) {
    for (i, f) in fs.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        for (j, n) in f.names.iter().enumerate() {
            if j > 0 {
                out.push_str(", ");
            }
            out.push_str(&n.name);
        }
        if !f.names.is_empty() {
            out.push(' ');
        }
        write_expr(src, &f.typ, out);
    }
}

fn write_sig(src: &str, ft: &FuncType, out: &mut String) {
    out.push('(');
    write_fields(src, &ft.params, ", ", out);
    out.push(')');
    if !ft.results.is_empty() {
        out.push(' ');
        if ft.results.len() == 1 && ft.results[0].names.is_empty() {
            write_expr(src, &ft.results[0].typ, out);
        } else {
            out.push('(');
            write_fields(src, &ft.results, ", ", out);
            out.push(')');
        }
    }
}

fn write_expr(src: &str, e: &Expr, out: &mut String) {
    match &e.kind {
        ExprKind::Ident(id) => out.push_str(&id.name),
        ExprKind::BasicLit(_) => out.push_str(
            src.get(e.span.start as usize..e.span.end as usize)
                .unwrap_or("?"),
        ),
        ExprKind::CompositeLit { typ, elts, .. } => {
            if let Some(t) = typ {
                write_expr(src, t, out);
            }
            out.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { typ, body } => {
            out.push_str("func");
            write_sig(src, typ, out);
            out.push_str(if body.stmts.is_empty() {
                " {}"
            } else {
                " {…}"
            });
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write_expr(src, x, out);
            out.push(')');
        }
        ExprKind::Selector(x, sel) => {
            write_expr(src, x, out);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index(x, i) => {
            write_expr(src, x, out);
            out.push('[');
            write_expr(src, i, out);
            out.push(']');
        }
        ExprKind::IndexList(x, is) => {
            write_expr(src, x, out);
            out.push('[');
            write_list(src, is, out);
            out.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            write_expr(src, x, out);
            out.push('[');
            if let Some(lo) = lo {
                write_expr(src, lo, out);
            }
            out.push(':');
            if let Some(hi) = hi {
                write_expr(src, hi, out);
            }
            if let Some(m) = max {
                out.push(':');
                write_expr(src, m, out);
            }
            out.push(']');
        }
        ExprKind::TypeAssert(x, t) => {
            write_expr(src, x, out);
            out.push_str(".(");
            match t {
                Some(t) => write_expr(src, t, out),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call {
            func,
            args,
            ellipsis,
        } => {
            write_expr(src, func, out);
            out.push('(');
            write_list(src, args, out);
            if *ellipsis {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(x) => {
            out.push('*');
            write_expr(src, x, out);
        }
        ExprKind::Unary(op, x) => {
            out.push_str(unary_op_str(*op));
            write_expr(src, x, out);
        }
        ExprKind::Binary(op, x, y) => {
            write_expr(src, x, out);
            out.push(' ');
            out.push_str(binary_op_str(*op));
            out.push(' ');
            write_expr(src, y, out);
        }
        ExprKind::Ellipsis(t) => {
            out.push_str("...");
            if let Some(t) = t {
                write_expr(src, t, out);
            }
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            if let Some(l) = len {
                match &l.kind {
                    ExprKind::Ellipsis(None) => out.push_str("..."),
                    _ => write_expr(src, l, out),
                }
            }
            out.push(']');
            write_expr(src, elem, out);
        }
        ExprKind::StructType(fs) => {
            out.push_str("struct{");
            write_fields(src, fs, "; ", out);
            out.push('}');
        }
        ExprKind::FuncType(ft) => {
            out.push_str("func");
            write_sig(src, ft, out);
        }
        ExprKind::InterfaceType(fs) => {
            out.push_str("interface{");
            for (i, f) in fs.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                if let (Some(n), ExprKind::FuncType(ft)) = (f.names.first(), &f.typ.kind) {
                    out.push_str(&n.name);
                    write_sig(src, ft, out);
                } else {
                    write_expr(src, &f.typ, out);
                }
            }
            out.push('}');
        }
        ExprKind::MapType(k, v) => {
            out.push_str("map[");
            write_expr(src, k, out);
            out.push(']');
            write_expr(src, v, out);
        }
        ExprKind::ChanType(dir, t) => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(src, t, out);
        }
        ExprKind::Union(ts) => {
            for (i, t) in ts.iter().enumerate() {
                if i > 0 {
                    out.push_str(" | ");
                }
                write_expr(src, t, out);
            }
        }
        ExprKind::Tilde(t) => {
            out.push('~');
            write_expr(src, t, out);
        }
        ExprKind::Bad => out.push_str("<bad expr>"),
    }
}

/// `types2.TypeString` with package-qualified names for stdlib types (`time.Duration`) and
/// unqualified names for the checked package's own types.
pub fn type_string(tt: &TypeTable, t: TypeId) -> String {
    let mut s = String::new();
    write_type(tt, t, &mut s);
    s
}

fn write_sig_types(tt: &TypeTable, sig: &Signature, out: &mut String) {
    out.push('(');
    for (i, p) in sig.params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if sig.variadic && i + 1 == sig.params.len() {
            out.push_str("...");
            match tt.get(*p) {
                Type::Slice(e) => write_type(tt, *e, out),
                _ => write_type(tt, *p, out),
            }
        } else {
            write_type(tt, *p, out);
        }
    }
    out.push(')');
    match sig.results.len() {
        0 => {}
        1 => {
            out.push(' ');
            write_type(tt, sig.results[0], out);
        }
        _ => {
            out.push_str(" (");
            for (i, r) in sig.results.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_type(tt, *r, out);
            }
            out.push(')');
        }
    }
}

fn write_type(tt: &TypeTable, t: TypeId, out: &mut String) {
    match tt.get(t) {
        Type::Basic(k) => out.push_str(basic_name(*k)),
        Type::Named(n) => {
            let nt = &tt.named[n.0 as usize];
            if !nt.pkg.is_empty() && nt.pkg != "main" {
                out.push_str(nt.pkg.rsplit('/').next().unwrap_or(&nt.pkg));
                out.push('.');
            }
            out.push_str(&nt.name);
        }
        Type::Pointer(e) => {
            out.push('*');
            write_type(tt, *e, out);
        }
        Type::Slice(e) => {
            out.push_str("[]");
            write_type(tt, *e, out);
        }
        Type::Array(n, e) => {
            out.push_str(&format!("[{n}]"));
            write_type(tt, *e, out);
        }
        Type::Map(k, v) => {
            out.push_str("map[");
            write_type(tt, *k, out);
            out.push(']');
            write_type(tt, *v, out);
        }
        Type::Chan(dir, e) => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            let paren = *dir == ChanDir::Both && matches!(tt.get(*e), Type::Chan(ChanDir::Recv, _));
            if paren {
                out.push('(');
            }
            write_type(tt, *e, out);
            if paren {
                out.push(')');
            }
        }
        Type::Struct(fs) => {
            out.push_str("struct{");
            for (i, f) in fs.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                if !f.embedded {
                    out.push_str(&f.name);
                    out.push(' ');
                }
                write_type(tt, f.typ, out);
                if let Some(tag) = &f.tag {
                    out.push_str(&format!(" {tag:?}"));
                }
            }
            out.push('}');
        }
        Type::Func(sig) => {
            out.push_str("func");
            write_sig_types(tt, sig, out);
        }
        Type::Interface(ms) => {
            if ms.is_empty() {
                out.push_str("interface{}");
                return;
            }
            out.push_str("interface{");
            for (i, m) in ms.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                out.push_str(&m.name);
                if let Type::Func(sig) = tt.get(m.sig) {
                    write_sig_types(tt, sig, out);
                }
            }
            out.push('}');
        }
        Type::Tuple(ts) => {
            out.push('(');
            for (i, r) in ts.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_type(tt, *r, out);
            }
            out.push(')');
        }
    }
}

/// `constant.Value.String()`: strings quoted (shortened past 72 chars), floats `%.6g`.
pub fn const_string(v: &ConstValue) -> String {
    match v {
        ConstValue::Bool(b) => b.to_string(),
        ConstValue::Int(i) => i.to_string(),
        ConstValue::Float(f) => float_string(*f),
        ConstValue::Complex(r, i) => format!("({} + {}i)", float_string(*r), float_string(*i)),
        ConstValue::String(s) => {
            let s = String::from_utf8_lossy(s);
            let q = go_quote(&s);
            if q.chars().count() > 72 {
                let head: String = q.chars().take(68).collect();
                format!("{head}...\"")
            } else {
                q
            }
        }
    }
}

/// Go's `strconv.Quote` for valid text.
pub fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `%.6g` formatting as Go prints it (`1e+06`, `3.14159`).
pub fn float_string(f: f64) -> String {
    if f == 0.0 {
        return "0".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let exp = f.abs().log10().floor() as i32;
    if (-4..6).contains(&exp) {
        let decimals = (5 - exp).max(0) as usize;
        let s = format!("{:.*}", decimals, f);
        let s = if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        };
        s
    } else {
        let s = format!("{:.5e}", f);
        let (mant, e) = s.split_once('e').unwrap();
        let mant = if mant.contains('.') {
            mant.trim_end_matches('0').trim_end_matches('.')
        } else {
            mant
        };
        let e: i32 = e.parse().unwrap();
        format!("{mant}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
    }
}
