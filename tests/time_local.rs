//! `time.Local` follows the `TZ` environment variable as Go's does (a golden file cannot set
//! the environment): `tests/programs/time_local.go` runs under several `TZ` values and its
//! stdout must equal `time_local.TZ-<value>.out`, written by the real Go toolchain (`/` in
//! the zone name becomes `_`, `empty` is `TZ=`). With `MINIGO_CROSSCHECK=1` the program is
//! also built with `go` and every case, plus `TZ` unset (read from `/etc/localtime`, so
//! machine-dependent), is compared with what the Go binary prints.

use std::path::{Path, PathBuf};
use std::process::Command;

const CASES: [&str; 4] = ["America/New_York", "Asia/Tokyo", "", "Bogus/Zone"];

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs")
}

/// stdout of `cmd` with TZ set to `tz` (None: unset).
fn output(mut cmd: Command, tz: Option<&str>) -> String {
    match tz {
        Some(tz) => cmd.env("TZ", tz),
        None => cmd.env_remove("TZ"),
    };
    let out = cmd.current_dir(dir()).output().expect("run program");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

fn minigo(tz: Option<&str>) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_minigo"));
    cmd.args(["run", "time_local.go"]);
    output(cmd, tz)
}

#[test]
fn local_follows_tz_as_in_go() {
    for tz in CASES {
        let name = if tz.is_empty() {
            "empty".into()
        } else {
            tz.replace('/', "_")
        };
        let want = std::fs::read_to_string(dir().join(format!("time_local.TZ-{name}.out")))
            .expect("expectation");
        assert_eq!(minigo(Some(tz)), want, "TZ={tz:?}");
    }
}

#[test]
fn local_crosscheck_with_go() {
    if std::env::var("MINIGO_CROSSCHECK").as_deref() != Ok("1") {
        return;
    }
    let bin = std::env::temp_dir().join(format!("minigo_time_local_{}", std::process::id()));
    let built = Command::new("go")
        .args(["build", "-o"])
        .arg(&bin)
        .arg("time_local.go")
        .current_dir(dir())
        .status()
        .expect("go build");
    assert!(built.success());
    for tz in CASES.iter().map(|&t| Some(t)).chain([None]) {
        assert_eq!(minigo(tz), output(Command::new(&bin), tz), "TZ={tz:?}");
    }
    let _ = std::fs::remove_file(&bin);
}
