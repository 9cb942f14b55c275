//! Support for the `run` fuzz target: `mutate` (structure-aware mutations of Go source text,
//! drawing lines and tokens from the golden programs) and `child` (running a program in a
//! bounded child `minigo` process and judging how it ended).

pub mod child;
pub mod mutate;
