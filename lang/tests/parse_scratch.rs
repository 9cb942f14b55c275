#[test]
fn scratch() {
    let path = std::env::var("GOFILE").unwrap_or_default();
    if path.is_empty() { return; }
    let src = std::fs::read_to_string(&path).unwrap();
    let (f, d) = lang::parser::parse_file(&src);
    if std::env::var("AST").is_ok() { eprintln!("{:#?}", f); }
    eprint!("{}", lang::diag::render(&path, &src, &d));
}
