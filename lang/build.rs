//! Build script: generates the LALR parser (`go.rs`) from `src/go.lalrpop` with lalrpop.
fn main() {
    lalrpop::process_src().unwrap();
}
