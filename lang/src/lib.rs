//! The Go front end: lexer, parser, syntax tree, type checker and diagnostics.
//! It knows nothing about execution.
pub mod ast;
pub mod branches;
pub mod check;
pub mod diag;
pub mod lexer;
pub mod nesting;
pub mod package;
pub mod parser;
mod syntax_errors;
pub mod types;
pub mod visit;
