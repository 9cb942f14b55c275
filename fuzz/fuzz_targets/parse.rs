//! Lexer + parser (+ diagnostic rendering) on arbitrary bytes, on the large stack the
//! front end always runs on. Invariant checked: they never panic and always terminate;
//! non-UTF-8 input is rejected before the lexer, as `run_file` does.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    lang::nesting::on_large_stack(|| {
        let (_file, diags) = lang::parser::parse_file(src);
        lang::diag::render("fuzz.go", src, &diags)
    });
});
