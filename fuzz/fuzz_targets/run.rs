//! Structure-aware fuzzing of whole programs: libFuzzer mutates golden programs with
//! `minigo_fuzz::mutate` (line and token edits, splices between programs, now and then its own
//! byte-level mutation); each input is compiled and verified in-process (coverage-guided) and,
//! when it compiles, run in a bounded child `minigo` process (`minigo_fuzz::child`), whose
//! failure — a Rust panic, a fatal signal, an internal error — is a crash of this target.
#![no_main]

use libfuzzer_sys::{fuzz_crossover, fuzz_mutator, fuzz_target};
use minigo_fuzz::{child, mutate};
use std::path::PathBuf;
use std::sync::OnceLock;

fn scratch_file() -> &'static PathBuf {
    static FILE: OnceLock<PathBuf> = OnceLock::new();
    FILE.get_or_init(|| std::env::temp_dir().join(format!("minigo-fuzz-{}.go", std::process::id())))
}

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(prog) = minigo::compile_source("prog.go", src) else {
        return;
    };
    if let Err(why) = vm::verify::verify(&prog) {
        panic!("accepted program fails the verifier: {why}");
    }
    let file = scratch_file();
    std::fs::write(file, data).expect("write the scratch program");
    // Every other input also runs under the race detector (instrumented code, its runtime).
    let race = data.len() % 2 == 1;
    let ended = child::run(&child::minigo_bin(), file, &child::Limits::default(), race)
        .expect("start minigo (build it: cargo build --release in the main workspace)");
    if let Err(why) = child::judge(&ended) {
        panic!("minigo failed on this program: {why}");
    }
});

fuzz_mutator!(|data: &mut [u8], size: usize, max_size: usize, seed: u32| {
    let mut rng = mutate::Rng::new(seed);
    if rng.below(8) == 0 {
        return libfuzzer_sys::fuzzer_mutate(data, size, max_size);
    }
    let src = String::from_utf8_lossy(&data[..size]).into_owned();
    let mutated = mutate::mutate(&src, &mut rng);
    mutate::store(&mutated, data, max_size)
        .unwrap_or_else(|| libfuzzer_sys::fuzzer_mutate(data, size, max_size))
});

fuzz_crossover!(|data1: &[u8], data2: &[u8], out: &mut [u8], seed: u32| {
    let mut rng = mutate::Rng::new(seed);
    let a = String::from_utf8_lossy(data1);
    let b = String::from_utf8_lossy(data2);
    let max = out.len();
    mutate::store(&mutate::crossover(&a, &b, &mut rng), out, max).unwrap_or(0)
});
