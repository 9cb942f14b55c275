//! The bytecode compiler and interpreter: `compile` turns a checked AST into a `Program`,
//! `interp` runs it as goroutines on the `runtime`'s scheduler.
pub mod bytecode;
pub mod compile;
pub mod gomap;
pub mod interp;
pub mod link;
pub mod liveness;
pub mod native;
pub mod output;
pub mod peephole;
pub mod program;
pub mod race;
mod race_frames;
pub mod race_instrument;
mod race_private;
pub mod roles;
pub mod utf8;
pub mod value;
pub mod verify;
