//! Where the checker finds the packages a program imports, and what one declaration line of a
//! package says about its member.
//!
//! A package is Go declaration text, one declaration per line, parameter names omitted
//! (`import io`, `type Builder struct { impl uintptr }`, `const Second Duration = 1000000000`,
//! `var Args []string`, `func Split(string, string) []string`, `func (*Mutex) Lock()`);
//! `stdlib_sigs` turns it into checker objects. The checker owns no package text: it receives
//! a [`PackageSource`] (the `stdlib` crate's, which assembles each package from the
//! declarations written next to its natives).
//!
//! Invariant: [`DeclaredMember::of`] and `stdlib_sigs` read the same tokens, so the arity a
//! native gets from its declaration is the arity of the signature the checker gives its calls:
//! a method's receiver counts as argument 0, a variadic `...T` parameter as one slice argument,
//! a package variable is a native of no arguments and one result.

use super::stdlib_sigs::tokenize;

/// The packages a program may import, as declaration text.
pub trait PackageSource {
    /// Every import path this source declares.
    fn paths(&self) -> &[&'static str];

    /// The declaration text of the package `path`; `None` if it is not declared here.
    fn text(&self, path: &str) -> Option<&str>;

    /// The exported members of `path` (functions, types, constants, variables) in declaration
    /// order; empty for an undeclared path.
    fn members(&self, path: &str) -> Vec<String> {
        let Some(text) = self.text(path) else {
            return Vec::new();
        };
        text.lines()
            .filter_map(|l| {
                let toks = tokenize(l.trim());
                match toks.first().map(String::as_str) {
                    Some("func") if toks.get(1).is_some_and(|t| t != "(") => toks.get(1).cloned(),
                    Some("type" | "const" | "var") => toks.get(1).cloned(),
                    _ => None,
                }
            })
            .filter(|n| n.starts_with(|c: char| c.is_uppercase()))
            .collect()
    }
}

/// A member that needs an implementation: a function, a method or a package variable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeclaredMember {
    /// `Println`, `Args`, or `Type.Method` for a method (`Mutex.Lock`).
    pub key: String,
    /// Argument words: the receiver (if any) plus one per parameter.
    pub nargs: u16,
    /// Result words.
    pub nresults: u16,
}

impl DeclaredMember {
    /// The member `line` declares, or `None` for a line that declares no implemented member
    /// (`import`, `type`, `const`) or is malformed.
    pub fn of(line: &str) -> Option<DeclaredMember> {
        let toks = tokenize(line.trim());
        match toks.first()?.as_str() {
            "var" => Some(DeclaredMember {
                key: toks.get(1)?.clone(),
                nargs: 0,
                nresults: 1,
            }),
            "func" => {
                let (key, receivers, params) = if toks.get(1)? == "(" {
                    // `func ( [*] Type ) Method (`
                    let ptr = toks.get(2)? == "*";
                    let ty = toks.get(if ptr { 3 } else { 2 })?;
                    let at = if ptr { 5 } else { 4 };
                    (format!("{ty}.{}", toks.get(at)?), 1, at + 1)
                } else {
                    (toks.get(1)?.clone(), 0, 2)
                };
                let (nparams, after) = group_len(&toks, params)?;
                let nresults = match toks.get(after).map(String::as_str) {
                    None => 0,
                    Some("(") => group_len(&toks, after)?.0,
                    Some(_) => 1,
                };
                Some(DeclaredMember {
                    key,
                    nargs: receivers + nparams,
                    nresults,
                })
            }
            _ => None,
        }
    }
}

/// The number of comma-separated items in the parenthesised list opening at `toks[open]`, and
/// the index after its closing parenthesis.
fn group_len(toks: &[String], open: usize) -> Option<(u16, usize)> {
    if toks.get(open)? != "(" {
        return None;
    }
    let (mut depth, mut commas) = (0usize, 0u16);
    for (i, t) in toks.iter().enumerate().skip(open) {
        match t.as_str() {
            "(" | "[" | "{" => depth += 1,
            ")" | "]" | "}" => {
                depth -= 1;
                if depth == 0 {
                    let items = if i == open + 1 { 0 } else { commas + 1 };
                    return Some((items, i + 1));
                }
            }
            "," if depth == 1 => commas += 1,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::DeclaredMember;

    fn arity(line: &str) -> (String, u16, u16) {
        let m = DeclaredMember::of(line).expect(line);
        (m.key, m.nargs, m.nresults)
    }

    #[test]
    fn arity_counts_receiver_variadic_and_results() {
        assert_eq!(arity("func (*Mutex) Lock()"), ("Mutex.Lock".into(), 1, 0));
        assert_eq!(
            arity("func Fprintf(io.Writer, string, ...any) (int, error)"),
            ("Fprintf".into(), 3, 2)
        );
        assert_eq!(
            arity("func Slice(any, func(int, int) bool)"),
            ("Slice".into(), 2, 0)
        );
        assert_eq!(
            arity("func (Time) Date() (int, Month, int)"),
            ("Time.Date".into(), 1, 3)
        );
        assert_eq!(
            arity("func AfterFunc(Duration, func()) *Timer"),
            ("AfterFunc".into(), 2, 1)
        );
        assert_eq!(arity("func Now() Time"), ("Now".into(), 0, 1));
        assert_eq!(arity("var Args []string"), ("Args".into(), 0, 1));
        assert_eq!(
            DeclaredMember::of("type Mutex struct { impl uintptr }"),
            None
        );
        assert_eq!(
            DeclaredMember::of("const Second Duration = 1000000000"),
            None
        );
    }
}
