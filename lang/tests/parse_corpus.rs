//! Every Go program in the repository's test corpus and benchmarks parses without diagnostics
//! (except the deliberately invalid ones under `tests/go/errorcheck/` and `examples/invalid/`).

use std::path::{Path, PathBuf};

fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            go_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

#[test]
fn corpus_parses_cleanly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for d in ["tests/go", "examples", "../shared/bench/programs"] {
        go_files(&root.join(d), &mut files);
    }
    files.sort();
    let mut failures = Vec::new();
    let mut checked = 0;
    for f in &files {
        let s = f.to_string_lossy();
        if s.contains("/errorcheck/") || s.contains("/invalid/") {
            continue;
        }
        let src = std::fs::read_to_string(f).unwrap();
        let (_, diags) = lang::parser::parse_file(&src);
        checked += 1;
        if !diags.is_empty() {
            failures.push(lang::diag::render(&s, &src, &diags));
        }
    }
    eprintln!("parsed {checked} files");
    assert!(
        failures.is_empty(),
        "{} of {checked} files failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
