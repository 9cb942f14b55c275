//! Package `flag` against real Go on command lines: `tests/programs/args/flags.cases` holds,
//! for each line of `flags.args`, the exit code, stdout and stderr of the `go build` binary of
//! `flags.go` (made by `regen.sh` there; the usage line's program name is `PROG`). minigo must
//! give the same for `minigo run flags.go ARGS…`.

use std::path::Path;
use std::process::Command;

struct Case {
    args: String,
    exit: i32,
    stdout: String,
    stderr: String,
}

fn cases(text: &str) -> Vec<Case> {
    let mut out = Vec::new();
    for block in text.split("=== ").skip(1) {
        let (args, rest) = block.split_once('\n').expect("args line");
        let (exit, rest) = rest.split_once('\n').expect("exit line");
        let rest = rest.strip_prefix("--- stdout\n").expect("stdout marker");
        let (stdout, stderr) = rest.split_once("--- stderr\n").expect("stderr marker");
        out.push(Case {
            args: args.to_string(),
            exit: exit.trim_start_matches("exit ").parse().expect("exit code"),
            stdout: stdout.to_string(),
            stderr: stderr.to_string(),
        });
    }
    out
}

fn usage_named_prog(stderr: &str) -> String {
    stderr
        .lines()
        .map(|l| match l.strip_prefix("Usage of ") {
            Some(_) if l.ends_with(':') => "Usage of PROG:".to_string(),
            _ => l.to_string(),
        })
        .map(|l| l + "\n")
        .collect()
}

#[test]
fn flags_match_go() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs/args");
    let text = std::fs::read_to_string(dir.join("flags.cases")).expect("flags.cases");
    let cases = cases(&text);
    assert!(cases.len() >= 15, "cases file truncated");
    for c in cases {
        let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
            .arg("run")
            .arg("flags.go")
            .args(c.args.split_whitespace())
            .current_dir(&dir)
            .output()
            .expect("run minigo");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = usage_named_prog(&String::from_utf8_lossy(&out.stderr));
        assert_eq!(stdout, c.stdout, "stdout for [{}]", c.args);
        assert_eq!(stderr, c.stderr, "stderr for [{}]", c.args);
        assert_eq!(out.status.code(), Some(c.exit), "exit for [{}]", c.args);
    }
}
