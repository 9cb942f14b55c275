//! Each stdlib package is declared once, next to its natives (`stdlib`'s `native!` /
//! `declare!`): every member a package's text declares (function, method, variable) has a
//! native with the arity of that declaration, every native is declared, and every package and
//! every package-level member type-checks in a program that uses it.

use lang::check::{DeclaredMember, PackageSource};
use vm::native::NativeRegistry;

#[test]
fn every_declared_member_has_a_native_and_every_native_is_declared() {
    let lib = stdlib::Stdlib;
    let mut declared = Vec::new();
    let mut problems = Vec::new();
    for &pkg in lib.paths() {
        for line in lib.text(pkg).unwrap().lines() {
            let Some(m) = DeclaredMember::of(line) else {
                continue;
            };
            match lib.lookup(pkg, &m.key) {
                None => problems.push(format!("{pkg}: `{line}` has no native")),
                Some(f) if (f.nargs, f.nresults) != (m.nargs, m.nresults) => {
                    problems.push(format!("{pkg}: `{line}` arity differs"))
                }
                Some(_) => {}
            }
            declared.push((pkg, m.key));
        }
    }
    for (pkg, member) in stdlib::members() {
        if !declared.iter().any(|(p, k)| *p == pkg && k == member) {
            problems.push(format!("{pkg}.{member}: a native nobody declares"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_package_level_member_type_checks() {
    let lib = stdlib::Stdlib;
    let mut failures = Vec::new();
    for &pkg in lib.paths() {
        let name = pkg.rsplit('/').next().unwrap_or(pkg);
        for member in lib.members(pkg) {
            let src = format!(
                "package main\n\nimport \"{pkg}\"\n\nvar _ = {name}.{member}\n\nfunc main() {{}}\n"
            );
            if let Err(e) = minigo::compile_source("probe.go", &src) {
                let first = e.lines().next().unwrap_or("").to_string();
                // a type or an untyped constant is not a value expression: still declared
                if !first.contains("is not an expression") && !first.contains("(untyped") {
                    failures.push(format!("{pkg}.{member}: {first}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
