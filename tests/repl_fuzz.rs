//! In-process fuzzing of the REPL: one long session fed mutated transcripts (`tests/repl/*.in`
//! with lines deleted, duplicated, swapped or cut, and tokens inserted) and random bytes.
//! Whatever the input, the session must neither crash (a Rust panic fails the test) nor
//! hang: every round must end within its deadline (a watchdog interrupts a round's input
//! after 5 s, as Ctrl-C does, for mutations that loop forever, which Go would run forever
//! too). Output is diverted away. `MINIGO_REPL_FUZZ_ROUNDS` (default 40) and
//! `MINIGO_REPL_FUZZ_SEED` (default 1) choose the rounds.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const TOKENS: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ":=",
    "=",
    "go ",
    "<-",
    "nil",
    "\"",
    "`",
    "/*",
    "0x",
    ".",
    ",",
    ";",
    "func",
    "type ",
    "var ",
    "chan ",
    "*",
    "&",
    "...",
    "'",
    "\\",
    "é",
    "panic(1)",
    "defer ",
    "select {}",
    "x",
    "return",
    "interface{}",
    "struct{}",
    "map[int]",
];

fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for _ in 0..1 + rng.below(4) {
        let n = lines.len();
        if n == 0 {
            break;
        }
        let i = rng.below(n);
        match rng.below(6) {
            0 => {
                lines.remove(i);
            }
            1 => {
                let l = lines[i].clone();
                lines.insert(i, l);
            }
            2 => lines.swap(i, rng.below(n)),
            3 => {
                let l = &lines[i];
                let cut = rng.below(l.len() + 1);
                let cut = (0..=cut)
                    .rev()
                    .find(|&c| l.is_char_boundary(c))
                    .unwrap_or(0);
                lines[i] = l[..cut].to_string();
            }
            4 => {
                let l = &lines[i];
                let at = rng.below(l.len() + 1);
                let at = (0..=at).rev().find(|&c| l.is_char_boundary(c)).unwrap_or(0);
                let tok = TOKENS[rng.below(TOKENS.len())];
                lines[i] = format!("{}{tok}{}", &l[..at], &l[at..]);
            }
            _ => {
                let bytes: Vec<u8> = (0..rng.below(12)).map(|_| rng.next() as u8).collect();
                lines.insert(i, String::from_utf8_lossy(&bytes).into_owned());
            }
        }
    }
    lines.join("\n")
}

#[test]
fn the_repl_survives_mutated_sessions() {
    let rounds: usize = std::env::var("MINIGO_REPL_FUZZ_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40);
    let seed: u64 = std::env::var("MINIGO_REPL_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/repl");
    let mut corpus: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/repl")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "in"))
        .map(|p| std::fs::read_to_string(p).expect("read"))
        // Leaving the process is not a failure to test in-process.
        .map(|t| t.replace("os.Exit", "_ = ").replace(":quit", ""))
        .collect();
    corpus.sort();

    vm::output::divert(Some(Box::new(|_| {})));
    let mut session = minigo::repl::Session::start(2);
    let round_id = Arc::new(AtomicU64::new(0));
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    for round in 1..=rounds as u64 {
        let base = &corpus[rng.below(corpus.len())];
        let text = mutate(&mut rng, base);
        round_id.store(round, Ordering::SeqCst);
        let watch = round_id.clone();
        let shown = text.clone();
        std::thread::spawn(move || {
            // Interrupt every input of the round still running after 5 s, then give up.
            let start = Instant::now();
            while watch.load(Ordering::SeqCst) == round {
                if start.elapsed() > Duration::from_secs(5) {
                    minigo::repl::interrupt();
                }
                if start.elapsed() > Duration::from_secs(120) {
                    eprintln!("round {round} hangs (seed {seed}):\n{shown}");
                    std::process::abort();
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        });
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        minigo::repl::run_lines(&mut session, lines.into_iter());
        round_id.store(0, Ordering::SeqCst);
    }
}
