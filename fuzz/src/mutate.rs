//! Structure-aware mutations of Go programs: whole-line and token edits, with replacement
//! material drawn from the golden programs (`tests/go/**/*.go`, `examples/**/*.go`), and
//! line-wise splices of two programs.
//!
//! Invariants: every function is deterministic in its `seed` (libFuzzer replays mutations by
//! seed); results are valid UTF-8 whenever the inputs are; nothing here panics on any input.

use std::path::Path;
use std::sync::OnceLock;

/// A small deterministic generator (xorshift64*), seeded by libFuzzer's seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u32) -> Rng {
        Rng(u64::from(seed).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }
}

/// Lines and tokens of every golden program, loaded once.
struct Pool {
    lines: Vec<String>,
    tokens: Vec<String>,
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut files = Vec::new();
        for dir in ["tests/go", "examples"] {
            collect_go_files(&root.join(dir), &mut files);
        }
        files.sort();
        let mut lines = Vec::new();
        let mut tokens = Vec::new();
        for text in files.iter().filter_map(|f| std::fs::read_to_string(f).ok()) {
            for line in text.lines() {
                tokens.extend(tokenize(line).into_iter().map(str::to_string));
                lines.push(line.to_string());
            }
        }
        tokens.sort();
        tokens.dedup();
        Pool { lines, tokens }
    })
}

/// Every `.go` file under `dir`, recursively.
pub fn collect_go_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_go_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "go") {
            out.push(path);
        }
    }
}

const OPERATORS: [&str; 24] = [
    "<<=", ">>=", "&^=", "...", ":=", "<-", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>",
];

/// Splits a line into rough Go tokens: identifiers/numbers, string and rune literals,
/// operators (longest first) and single characters; whitespace is dropped.
pub fn tokenize(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let len = if c.is_whitespace() {
            rest = &rest[c.len_utf8()..];
            continue;
        } else if c.is_alphanumeric() || c == '_' || (c == '.' && starts_digit(&rest[1..])) {
            rest.find(|d: char| !(d.is_alphanumeric() || d == '_' || d == '.'))
                .unwrap_or(rest.len())
        } else if c == '"' || c == '\'' || c == '`' {
            literal_len(rest, c)
        } else if let Some(op) = OPERATORS.iter().find(|op| rest.starts_with(**op)) {
            op.len()
        } else {
            c.len_utf8()
        };
        out.push(&rest[..len]);
        rest = &rest[len..];
    }
    out
}

fn starts_digit(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_digit())
}

/// The byte length of the literal opening `s` with `quote` (to the line's end if unclosed).
fn literal_len(s: &str, quote: char) -> usize {
    let mut escaped = false;
    for (i, c) in s.char_indices().skip(1) {
        if c == quote && !escaped {
            return i + 1;
        }
        escaped = c == '\\' && !escaped && quote != '`';
    }
    s.len()
}

/// One structure-aware mutation of `src` (a Go program's text).
pub fn mutate(src: &str, rng: &mut Rng) -> String {
    let pool = pool();
    let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
    let n = lines.len();
    let at = rng.below(n.max(1));
    match rng.below(8) {
        0 if n > 0 => {
            lines.remove(at);
        }
        1 if n > 0 => {
            let copy = lines[at].clone();
            lines.insert(rng.below(n + 1), copy);
        }
        2 if n > 1 => lines.swap(at, rng.below(n)),
        3 => {
            if let Some(l) = rng.pick(&pool.lines) {
                lines.insert(rng.below(n + 1), l.clone());
            }
        }
        4 if n > 0 => {
            if let Some(l) = rng.pick(&pool.lines) {
                lines[at] = l.clone();
            }
        }
        _ if n > 0 => lines[at] = mutate_tokens(&lines[at], rng, pool),
        _ => {}
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// Replaces, deletes or duplicates one token of `line`.
fn mutate_tokens(line: &str, rng: &mut Rng, pool: &Pool) -> String {
    let mut toks = tokenize(line);
    if toks.is_empty() {
        return line.to_string();
    }
    let at = rng.below(toks.len());
    let indent: String = line.chars().take_while(|c| c.is_whitespace()).collect();
    match rng.below(4) {
        0 => {
            toks.remove(at);
        }
        1 => toks.insert(at, toks[at]),
        _ => {
            if let Some(t) = rng.pick(&pool.tokens) {
                toks[at] = t;
            }
        }
    }
    indent + &toks.join(" ")
}

/// A splice of two programs: a prefix of `a`'s lines, then a run of `b`'s lines, then the
/// rest of `a` from a random point.
pub fn crossover(a: &str, b: &str, rng: &mut Rng) -> String {
    let la: Vec<&str> = a.lines().collect();
    let lb: Vec<&str> = b.lines().collect();
    let cut = rng.below(la.len() + 1);
    let resume = cut + rng.below(la.len() - cut + 1);
    let from = rng.below(lb.len() + 1);
    let to = from + rng.below(lb.len() - from + 1);
    let mut out: Vec<&str> = la[..cut].to_vec();
    out.extend_from_slice(&lb[from..to]);
    out.extend_from_slice(&la[resume..]);
    let mut s = out.join("\n");
    s.push('\n');
    s
}

/// Copies `text` into `buf` whole, or returns `None` when it does not fit.
pub fn store(text: &str, buf: &mut [u8], max: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if bytes.len() > max.min(buf.len()) {
        return None;
    }
    buf[..bytes.len()].copy_from_slice(bytes);
    Some(bytes.len())
}
