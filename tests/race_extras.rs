//! What `minigo run -race` does beyond the golden files (whose expectations come from Go):
//! the lock-order checker Go does not have, and the `GORACE` options a recipe line cannot
//! set (`halt_on_error`, `log_path`, `exitcode`). Programs are in `tests/programs/race/`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn program(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/programs/race")
        .join(name)
}

/// Runs `minigo run -race` on a program with `GORACE=gorace`: (exit code, stdout, stderr).
fn run_race(name: &str, gorace: &str) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", "-race"])
        .arg(program(name))
        .env("GORACE", gorace)
        .output()
        .expect("run minigo");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn opposite_lock_orders_are_reported_once_without_changing_the_exit_status() {
    let (code, stdout, stderr) = run_race("lock_order_inversion.go", "");
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stdout, "no deadlock this time\n");
    assert_eq!(
        stderr
            .matches("WARNING: LOCK ORDER INVERSION (potential deadlock)")
            .count(),
        1,
        "{stderr}"
    );
    // Both acquisitions, each with the lock it held, and where each goroutine stood.
    for needle in [
        "by main goroutine:\n  main.ab()\n",
        "lock_order_inversion.go:14 +0x0\n",
        "by goroutine 2:\n  main.ba()\n",
        "lock_order_inversion.go:21 +0x0\n  main.main.func1()\n",
        "previously acquired here:\n  main.ba()\n",
    ] {
        assert!(stderr.contains(needle), "missing {needle:?} in:\n{stderr}");
    }
    assert!(!stderr.contains("DATA RACE"), "{stderr}");
}

#[test]
fn one_lock_order_gives_no_warning() {
    let (code, stdout, stderr) = run_race("lock_order_consistent.go", "");
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (Some(0), "ok\n", "")
    );
}

#[test]
fn gorace_exitcode_sets_the_status_of_a_racy_program() {
    let (code, stdout, stderr) = run_race("two_races.go", "exitcode=5");
    assert_eq!(code, Some(5));
    assert_eq!(stdout, "2 2\n");
    assert_eq!(stderr.matches("WARNING: DATA RACE").count(), 2, "{stderr}");
    assert!(
        stderr.ends_with("==================\nFound 2 data race(s)\n"),
        "{stderr}"
    );
}

#[test]
fn gorace_halt_on_error_exits_66_after_the_first_report() {
    let (code, stdout, stderr) = run_race("two_races.go", "halt_on_error=1");
    assert_eq!(code, Some(66));
    assert_eq!(stdout, "");
    assert_eq!(stderr.matches("WARNING: DATA RACE").count(), 1, "{stderr}");
    assert!(!stderr.contains("Found"), "{stderr}");
}

#[test]
fn gorace_log_path_writes_the_reports_to_a_file_named_after_the_pid() {
    let dir = std::env::temp_dir().join(format!("minigo-race-log-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let prefix = dir.join("report");
    let (code, stdout, stderr) =
        run_race("two_races.go", &format!("log_path={}", prefix.display()));
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (Some(66), "2 2\n", "")
    );
    let logs: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().collect();
    assert_eq!(logs.len(), 1);
    let name = logs[0].file_name().to_string_lossy().into_owned();
    assert!(name.starts_with("report."), "{name}");
    let log = std::fs::read_to_string(logs[0].path()).unwrap();
    assert_eq!(log.matches("WARNING: DATA RACE").count(), 2, "{log}");
    assert!(log.ends_with("Found 2 data race(s)\n"), "{log}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_bad_gorace_value_is_refused() {
    let (code, _, stderr) = run_race("two_races.go", "exitcode=x");
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("GORACE: exitcode must be a number"),
        "{stderr}"
    );
}

#[test]
fn a_race_on_a_global_names_the_variable_and_its_declaration() {
    let (_, _, stderr) = run_race("two_races.go", "");
    for name in ["x", "y"] {
        let wanted = format!("\nLocation is global 'main.{name}' at 0x");
        assert!(stderr.contains(&wanted), "missing {wanted:?} in:\n{stderr}");
    }
    assert_eq!(
        stderr
            .matches("/two_races.go:9)\n==================\n")
            .count(),
        2,
        "{stderr}"
    );
}

#[test]
fn a_race_on_a_field_or_element_names_it_with_its_type() {
    let (_, _, stderr) = run_race("field_and_element_races.go", "");
    let locations: Vec<&str> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("Location is "))
        .collect();
    assert_eq!(
        locations,
        [
            "field 'balance' of main.Account",
            "element 3 of a []int",
            "element 2 of a [4]int",
            "field 'balance' of main.Account",
        ],
        "{stderr}"
    );
}

#[test]
fn a_race_on_a_captured_local_names_it_and_its_declaration() {
    let (_, _, stderr) = run_race("local_variable_race.go", "");
    assert!(
        stderr.contains("\nLocation is variable 'counter' at 0x")
            && stderr.contains("/local_variable_race.go:11)\n=================="),
        "{stderr}"
    );
}

/// `minigo repl -race`: goroutines started at the prompt race on a session variable (one
/// report, exit 66 at the end of the session); the same under a mutex is silent.
#[test]
fn the_repl_under_race_reports_races_between_the_sessions_goroutines() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["repl", "-race"])
        .env("GOMAXPROCS", "2")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run minigo repl");
    let session = std::fs::read(program("repl_session.txt")).expect("session");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&session)
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "true\n2\n",
        "{stderr}"
    );
    assert_eq!(stderr.matches("WARNING: DATA RACE").count(), 1, "{stderr}");
    assert!(
        stderr.contains("\nLocation is global 'main.counter' at 0x")
            && stderr.ends_with("==================\nFound 1 data race(s)\n"),
        "{stderr}"
    );
    assert_eq!(out.status.code(), Some(66));
}
