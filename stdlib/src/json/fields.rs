//! Which fields of a struct type `encoding/json` sees, by Go's `typeFields` rules: exported
//! fields (and the exported fields promoted from embedded structs, even unexported ones),
//! named by their `json` tag or their Go name, `json:"-"` skipped, and among fields of the
//! same name the shallowest wins — or, at equal depth, the only tagged one; otherwise none.
//!
//! Invariant: the result is in index-path order, as Go encodes fields.

use crate::util;
use vm::program::{Program, RKind};

/// One field as `encoding/json` sees it.
#[derive(Debug, Clone)]
pub struct FieldInfo {
    pub name: String,
    /// Slot indices from the outer struct through embedded structs (pointers followed).
    pub path: Vec<usize>,
    pub typ: u32,
    pub tagged: bool,
    pub omit_empty: bool,
    /// The `,string` option on a scalar field.
    pub quoted: bool,
}

/// Go's `reflect.StructTag.Lookup`.
pub fn tag_lookup(mut tag: &str, key: &str) -> Option<String> {
    loop {
        tag = tag.trim_start_matches(' ');
        let b = tag.as_bytes();
        let i = b
            .iter()
            .position(|&c| c <= b' ' || c == b':' || c == b'"' || c == 0x7f)
            .unwrap_or(b.len());
        if i == 0 || i + 1 >= b.len() || b[i] != b':' || b[i + 1] != b'"' {
            return None;
        }
        let name = &tag[..i];
        tag = &tag[i + 1..];
        let b = tag.as_bytes();
        let mut j = 1;
        while j < b.len() && b[j] != b'"' {
            if b[j] == b'\\' {
                j += 1;
            }
            j += 1;
        }
        if j >= b.len() {
            return None;
        }
        let quoted = &tag[..j + 1];
        tag = &tag[j + 1..];
        if name == key {
            let v = crate::strconv::quote::unquote(quoted.as_bytes())?;
            return Some(String::from_utf8_lossy(&v).into_owned());
        }
    }
}

/// Go's `isValidTag`.
fn valid_tag_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| "!#$%&()*+-./:;<=>?@[]^_{|}~ ".contains(c) || c.is_alphanumeric())
}

fn is_scalar(k: RKind) -> bool {
    !matches!(
        k,
        RKind::Struct
            | RKind::Array
            | RKind::Slice
            | RKind::Map
            | RKind::Pointer
            | RKind::Interface
            | RKind::Chan
            | RKind::Func
            | RKind::Complex64
            | RKind::Complex128
            | RKind::UnsafePointer
            | RKind::Invalid
    )
}

fn collect(
    prog: &Program,
    t: u32,
    path: &mut Vec<usize>,
    seen: &mut Vec<u32>,
    out: &mut Vec<FieldInfo>,
) {
    if seen.contains(&t) || path.len() > 32 {
        return;
    }
    seen.push(t);
    for (i, f) in prog.types[t as usize].fields.iter().enumerate() {
        let mut ft = f.typ;
        let pointee = |ft: u32| {
            let rt = &prog.types[ft as usize];
            if rt.kind == RKind::Pointer && !rt.named {
                rt.elem
            } else {
                ft
            }
        };
        if f.embedded {
            if !f.exported && util::kind(prog, pointee(ft)) != RKind::Struct {
                continue;
            }
        } else if !f.exported {
            continue;
        }
        let tag = tag_lookup(&f.tag, "json").unwrap_or_default();
        if tag == "-" {
            continue;
        }
        let mut parts = tag.split(',');
        let name = parts.next().unwrap_or("");
        let opts: Vec<&str> = parts.collect();
        let name = if valid_tag_name(name) { name } else { "" };
        ft = pointee(ft);
        path.push(i);
        if name.is_empty() && f.embedded && util::kind(prog, ft) == RKind::Struct {
            collect(prog, ft, path, seen, out);
        } else {
            out.push(FieldInfo {
                name: if name.is_empty() {
                    f.name.clone()
                } else {
                    name.to_string()
                },
                path: path.clone(),
                typ: f.typ,
                tagged: !name.is_empty(),
                omit_empty: opts.contains(&"omitempty"),
                quoted: opts.contains(&"string") && is_scalar(util::kind(prog, ft)),
            });
        }
        path.pop();
    }
    seen.pop();
}

/// The fields `encoding/json` encodes and decodes for struct type `t`.
pub fn struct_fields(prog: &Program, t: u32) -> Vec<FieldInfo> {
    let mut all = Vec::new();
    collect(prog, t, &mut Vec::new(), &mut Vec::new(), &mut all);
    let mut keep = Vec::new();
    for f in &all {
        let rivals: Vec<&FieldInfo> = all.iter().filter(|g| g.name == f.name).collect();
        let depth = rivals.iter().map(|g| g.path.len()).min().unwrap_or(0);
        let top: Vec<&&FieldInfo> = rivals.iter().filter(|g| g.path.len() == depth).collect();
        let tagged: Vec<&&&FieldInfo> = top.iter().filter(|g| g.tagged).collect();
        let winner = match (top.len(), tagged.len()) {
            (1, _) => Some(top[0]),
            (_, 1) => Some(*tagged[0]),
            _ => None,
        };
        if winner.is_some_and(|w| w.path == f.path) {
            keep.push(f.clone());
        }
    }
    keep
}
