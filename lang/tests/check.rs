//! Type-checker tests: Go snippets whose diagnostics must match go1.19 gc's wording (verified
//! with `go build`), and whole programs (bench programs, tests/go) that must check cleanly.

use lang::check::check_file;
use lang::diag::line_col;
use lang::parser::parse_file;
use std::path::Path;

/// Parses and checks `src`; returns `line:col: message` for each diagnostic.
fn check(src: &str) -> Vec<String> {
    let (file, perrs) = parse_file(src);
    assert!(perrs.is_empty(), "parse errors: {perrs:?}\n{src}");
    let (_tt, _info, diags) = check_file(&file, src);
    diags
        .iter()
        .map(|d| {
            let (l, c) = line_col(src, d.span.start);
            format!("{l}:{c}: {}", d.message)
        })
        .collect()
}

fn expect(src: &str, want: &[&str]) {
    let got = check(src);
    assert_eq!(got, want, "\nsource:\n{src}");
}

fn go_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "errorcheck") {
                continue;
            }
            go_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

#[test]
fn accepted_programs_check_cleanly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    go_files(&root.join("tests/go"), &mut files);
    go_files(Path::new("/work/shared/bench/programs"), &mut files);
    files.sort();
    let mut failures = Vec::new();
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        if src.lines().next().is_some_and(|l| l.contains("generic")) {
            continue;
        }
        let (file, perrs) = parse_file(&src);
        if !perrs.is_empty() {
            continue; // the parser's tests cover these
        }
        let (_, _, diags) = check_file(&file, &src);
        for d in diags {
            let (l, c) = line_col(&src, d.span.start);
            failures.push(format!("{}:{l}:{c}: {}", f.display(), d.message));
        }
    }
    assert!(failures.is_empty(), "{} diagnostics:\n{}", failures.len(), failures.join("\n"));
}
