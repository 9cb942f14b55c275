//! The Go front end: lexer, parser, syntax tree, type checker and diagnostics.
//! It knows nothing about execution.
pub mod ast;
pub mod types;
pub mod diag;
pub mod lexer;
pub mod parser;
pub mod branches;
pub mod check;
