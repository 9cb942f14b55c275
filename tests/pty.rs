//! The REPL on a pseudo-terminal, driving the real binary as a user types: evaluating,
//! a multi-line `for` (with its continuation prompts), Up-arrow recall, Tab completion, Ctrl-C
//! interrupting a running input (blocked or looping),
//! Ctrl-D leaving with status 0, and a goroutine printing while a line is being typed.
//!
//! Each input is typed once the prompt is back (the line editor discards what was typed
//! while an input ran, as terminal programs that switch to raw mode do).

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use expectrl::{ControlCode, Expect, Session};
use std::process::Command;
use std::time::Duration;

/// What the line editor writes when it starts reading a line (it turns bracketed paste on;
/// the prompt itself is redrawn at every keystroke).
const PROMPT: &str = "\x1b[?2004h";

fn start(name: &str) -> OsSession {
    let history = std::env::temp_dir().join(format!("minigo_pty_{name}_{}", std::process::id()));
    let _ = std::fs::remove_file(&history);
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_minigo"));
    cmd.arg("repl").env("MINIGO_HISTORY", &history);
    let mut p = Session::spawn(cmd).expect("spawn minigo repl");
    p.set_expect_timeout(Some(Duration::from_secs(20)));
    p.expect("Go at the prompt").expect("banner");
    p.expect(PROMPT).expect("first prompt");
    p
}

/// Sends `keys`, waits for the next prompt and returns what was printed before it.
fn keys(p: &mut OsSession, keys: &str) -> String {
    p.send(keys).expect("send");
    let found = p.expect(PROMPT).expect("the prompt again");
    String::from_utf8_lossy(found.before()).into_owned()
}

/// Types `text` and Enter (a terminal sends `\r`); returns what was printed.
fn line(p: &mut OsSession, text: &str) -> String {
    keys(p, &format!("{text}\r"))
}

fn quit(mut p: OsSession) {
    p.send(ControlCode::EndOfTransmission).expect("Ctrl-D");
    let status = p.get_process_mut().wait().expect("wait");
    assert!(
        matches!(status, WaitStatus::Exited(_, 0)),
        "exit status {status:?}"
    );
}

#[test]
fn evaluates_and_keeps_state() {
    let mut p = start("eval");
    line(&mut p, "x := 6 * 7");
    assert!(line(&mut p, "x").contains("42"));
    quit(p);
}

#[test]
fn multi_line_for_loop() {
    let mut p = start("multiline");
    p.send("for i := 0; i < 3; i++ {\r").unwrap();
    p.expect("... ").unwrap();
    p.send("fmt.Println(\"line\", i*10)\r").unwrap();
    let out = keys(&mut p, "}\r");
    assert!(out.contains("line 0") && out.contains("line 20"), "{out:?}");
    // Up recalls the whole input, continuation prompts included.
    let out = keys(&mut p, "\x1b[A\r");
    assert!(out.contains("... }") && out.contains("line 20"), "{out:?}");
    quit(p);
}

#[test]
fn up_arrow_recalls_an_input() {
    let mut p = start("history");
    line(&mut p, "n := 0");
    assert!(line(&mut p, "n += 5; n").contains('5'));
    let out = keys(&mut p, "\x1b[A\r");
    assert!(out.contains("10"), "{out:?}");
    quit(p);
}

#[test]
fn tab_completes_package_members() {
    let mut p = start("tab");
    p.send("strings.Repea").unwrap();
    p.send("\t").unwrap();
    let out = keys(&mut p, "(\"ab\", 3)\r");
    assert!(out.contains("ababab"), "{out:?}");
    quit(p);
}

#[test]
fn ctrl_c_interrupts_a_running_input() {
    let mut p = start("ctrlc");
    p.send("fmt.Println(\"sleeping\"); time.Sleep(30 * time.Second)\r")
        .unwrap();
    p.expect("sleeping").unwrap();
    std::thread::sleep(Duration::from_millis(100));
    let out = keys(&mut p, "\x03");
    assert!(out.contains("interrupted"), "{out:?}");
    assert!(line(&mut p, "1 + 1").contains('2'));
    // An input that loops without blocking stops too.
    p.send("fmt.Println(\"looping\"); for {}\r").unwrap();
    p.expect("looping").unwrap();
    std::thread::sleep(Duration::from_millis(100));
    assert!(keys(&mut p, "\x03").contains("interrupted"));
    std::thread::sleep(Duration::from_millis(100));
    let listing = line(&mut p, ":goroutines");
    assert!(listing.contains("[interrupted]"), "{listing:?}");
    quit(p);
}

#[test]
fn goroutine_output_does_not_corrupt_the_line() {
    let mut p = start("printer");
    line(
        &mut p,
        "go func() { time.Sleep(500 * time.Millisecond); fmt.Println(\"from goroutine\") }()",
    );
    p.send("undefin").unwrap();
    p.expect("from goroutine").unwrap();
    let out = line(&mut p, "edName");
    assert!(out.contains("undefined: undefinedName"), "{out:?}");
    quit(p);
}

#[test]
fn plain_minigo_on_a_terminal_opens_the_repl() {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_minigo"));
    let history = std::env::temp_dir().join(format!("minigo_pty_plain_{}", std::process::id()));
    cmd.env("MINIGO_HISTORY", &history);
    let mut p = Session::spawn(cmd).expect("spawn minigo");
    p.set_expect_timeout(Some(Duration::from_secs(20)));
    p.expect("Go at the prompt").expect("banner");
    p.expect(PROMPT).expect("first prompt");
    assert!(line(&mut p, "1 << 10").contains("1024"));
    quit(p);
}

/// The session README.md shows ("The REPL") comes out exactly so: each input typed, each
/// output as shown.
#[test]
fn the_readme_session_comes_out_as_shown() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let block = readme
        .split("```\n$ minigo\n")
        .nth(1)
        .and_then(|rest| rest.split("\n```").next())
        .expect("the README's REPL session");
    let mut lines = block.lines();
    let banner = lines.next().expect("banner");
    let mut p = start("readme");
    assert!(banner.contains("Go at the prompt"));
    // (input, expected output) pairs; an input continues until it is complete.
    let mut steps: Vec<(String, Vec<String>)> = Vec::new();
    for l in lines {
        match l.strip_prefix("> ") {
            Some(input) => steps.push((input.to_string(), Vec::new())),
            None if l == ">" => {}
            None => {
                let (input, out) = steps.last_mut().expect("an input first");
                match l.strip_prefix("... ") {
                    Some(more) if !minigo::repl::chunk::is_complete(&format!("{input}\n")) => {
                        input.push('\n');
                        input.push_str(more);
                    }
                    _ => out.push(l.to_string()),
                }
            }
        }
    }
    assert!(steps.len() >= 4, "{steps:?}");
    for (input, expected) in steps {
        let typed = keys(&mut p, &format!("{}\r", input.replace('\n', "\r")));
        let printed = typed.rsplit("\x1b[?2004l\r\n").next().unwrap_or("");
        let printed: Vec<&str> = printed.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(printed, expected, "output of {input:?}");
    }
    quit(p);
}
