//! Which `.go` files of a folder belong to the build, as the go tool decides for
//! GOOS=linux, GOARCH=amd64 (gc, no cgo): `_test.go` files and names starting with `_` or `.`
//! are left out, so are files whose name ends in another system or architecture (`x_windows.go`,
//! `x_arm64.go`, `x_linux_386.go`, go/build's `goodOSArchFile`) and files whose `//go:build`
//! line (in the comments before the package clause) is false.
//!
//! Invariant: the tags that hold are `linux`, `amd64`, `unix`, `gc` and the release tags
//! `go1.1` … `go1.22`; every other tag (`ignore`, `cgo`, `windows`, custom ones) is false. A
//! malformed `//go:build` expression excludes the file (the go tool rejects it).

/// Systems and architectures a file-name suffix can name (go/build's `knownOS`, `knownArch`).
const KNOWN_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "windows",
    "zos",
];
const KNOWN_ARCH: &[&str] = &[
    "386",
    "amd64",
    "amd64p32",
    "arm",
    "armbe",
    "arm64",
    "arm64be",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "mips64p32",
    "mips64p32le",
    "ppc",
    "ppc64",
    "ppc64le",
    "riscv",
    "riscv64",
    "s390",
    "s390x",
    "sparc",
    "sparc64",
    "wasm",
];

/// Whether build tag `tag` holds.
fn tag_holds(tag: &str) -> bool {
    match tag {
        "linux" | "amd64" | "unix" | "gc" => true,
        _ => tag
            .strip_prefix("go1.")
            .and_then(|minor| minor.parse::<u32>().ok())
            .is_some_and(|minor| (1..=22).contains(&minor)),
    }
}

/// Whether a file named `name` in a folder is part of the package's build, by its name alone.
pub fn file_name_included(name: &str) -> bool {
    let Some(stem) = name.strip_suffix(".go") else {
        return false;
    };
    if name.starts_with(['_', '.']) || stem.ends_with("_test") {
        return false;
    }
    let stem = stem.split('.').next().unwrap_or(stem);
    let Some(first) = stem.find('_') else {
        return true;
    };
    let parts: Vec<&str> = stem[first..].split('_').collect();
    let n = parts.len();
    if n >= 2 && KNOWN_OS.contains(&parts[n - 2]) && KNOWN_ARCH.contains(&parts[n - 1]) {
        return tag_holds(parts[n - 2]) && tag_holds(parts[n - 1]);
    }
    let last = parts[n - 1];
    if KNOWN_OS.contains(&last) || KNOWN_ARCH.contains(&last) {
        return tag_holds(last);
    }
    true
}

/// Whether the `//go:build` constraint of the file `text` (if any) holds.
pub fn constraint_holds(text: &str) -> bool {
    match build_line(text) {
        None => true,
        Some(expr) => {
            let tokens = tokenize(expr);
            let mut parser = Parser { tokens, at: 0 };
            match parser.or() {
                Some(v) if parser.at == parser.tokens.len() => v,
                _ => false,
            }
        }
    }
}

/// The expression of the `//go:build` line among the comments that precede the package clause.
fn build_line(text: &str) -> Option<&str> {
    let mut in_block = false;
    for line in text.lines() {
        let line = line.trim();
        if in_block {
            in_block = !line.contains("*/");
            continue;
        }
        if let Some(expr) = line.strip_prefix("//go:build") {
            if expr.is_empty() || expr.starts_with([' ', '\t']) {
                return Some(expr.trim());
            }
        } else if line.starts_with("/*") {
            in_block = !line.contains("*/");
        } else if !line.is_empty() && !line.starts_with("//") {
            return None;
        }
    }
    None
}

fn tokenize(expr: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = expr.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => {}
            '(' | ')' | '!' => out.push(c.to_string()),
            '&' | '|' => {
                if chars.peek() == Some(&c) {
                    chars.next();
                }
                out.push(format!("{c}{c}"));
            }
            _ => {
                let mut word = c.to_string();
                while let Some(&d) = chars.peek() {
                    if d.is_alphanumeric() || d == '_' || d == '.' {
                        word.push(d);
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push(word);
            }
        }
    }
    out
}

/// Recursive descent over `||`, `&&`, `!`, parentheses and tags (go/build/constraint's
/// grammar); `None` for a malformed expression.
struct Parser {
    tokens: Vec<String>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.at).map(String::as_str)
    }

    fn or(&mut self) -> Option<bool> {
        let mut v = self.and()?;
        while self.peek() == Some("||") {
            self.at += 1;
            v |= self.and()?;
        }
        Some(v)
    }

    fn and(&mut self) -> Option<bool> {
        let mut v = self.not()?;
        while self.peek() == Some("&&") {
            self.at += 1;
            v &= self.not()?;
        }
        Some(v)
    }

    fn not(&mut self) -> Option<bool> {
        let token = self.peek()?.to_string();
        self.at += 1;
        match token.as_str() {
            "!" => Some(!self.not()?),
            "(" => {
                let v = self.or()?;
                (self.peek() == Some(")")).then(|| self.at += 1)?;
                Some(v)
            }
            ")" | "&&" | "||" => None,
            tag if tag
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.') =>
            {
                Some(tag_holds(tag))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_follow_go_build() {
        assert!(file_name_included("main.go"));
        assert!(file_name_included("linux.go"));
        assert!(file_name_included("x_linux.go"));
        assert!(file_name_included("x_linux_amd64.go"));
        assert!(file_name_included("x_amd64.go"));
        assert!(!file_name_included("x_windows.go"));
        assert!(!file_name_included("x_arm64.go"));
        assert!(!file_name_included("x_linux_386.go"));
        assert!(!file_name_included("x_test.go"));
        assert!(!file_name_included("x_linux_test.go"));
        assert!(!file_name_included("_x.go"));
        assert!(!file_name_included(".x.go"));
        assert!(file_name_included("my_helper.go"));
    }

    #[test]
    fn constraints_evaluate_for_linux_amd64() {
        let holds = |line: &str| constraint_holds(&format!("{line}\n\npackage main\n"));
        assert!(holds("//go:build linux"));
        assert!(!holds("//go:build ignore"));
        assert!(holds("//go:build !windows && (amd64 || arm64)"));
        assert!(holds("//go:build go1.18"));
        assert!(!holds("//go:build go1.23"));
        assert!(!holds("//go:build linux &&"));
        assert!(holds("// a comment\n//go:build unix"));
        assert!(holds("package main\n//go:build ignore"));
    }
}
