//! Lexer → parser → checker → compiler → verifier on arbitrary bytes. Invariants checked: the
//! front end never panics, and every program it accepts passes the bytecode verifier (which
//! the dispatch loop's unchecked register access relies on).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(prog) = minigo::compile_source("fuzz.go", src) {
        if let Err(why) = vm::verify::verify(&prog) {
            panic!("accepted program fails the verifier: {why}");
        }
    }
});
