//! Every package-level native of the standard library (`stdlib::members`) is declared to the
//! type checker: a program naming it compiles. (Several were implemented but undeclared, so
//! `strconv.QuoteToASCII` was "undefined".)

#[test]
fn every_package_level_native_is_declared_to_the_checker() {
    let mut undeclared = Vec::new();
    for (pkg, member) in stdlib::members() {
        if member.contains('.') {
            continue; // a method (`Type.Method`): declared with its type
        }
        let name = pkg.rsplit('/').next().unwrap_or(pkg);
        let src = format!(
            "package main\n\nimport \"{pkg}\"\n\nvar _ = {name}.{member}\n\nfunc main() {{}}\n"
        );
        if let Err(e) = minigo::compile_source("probe.go", &src) {
            undeclared.push(format!(
                "{pkg}.{member}: {}",
                e.lines().next().unwrap_or("")
            ));
        }
    }
    assert!(
        undeclared.is_empty(),
        "undeclared natives:\n{}",
        undeclared.join("\n")
    );
}
