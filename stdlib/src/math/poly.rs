//! Polynomial evaluation in the nested form Go's fdlibm ports write,
//! `c[0] + x*(c[1] + x*(… + x*c[n]))`: the same operations in the same order, so results
//! are bit-identical to Go's expressions.

/// `c[0] + x*(c[1] + x*(… + x*c[n]))`, innermost first.
pub(super) fn poly(x: f64, c: &[f64]) -> f64 {
    let (last, rest) = c.split_last().expect("at least one coefficient");
    rest.iter().rev().fold(*last, |acc, &k| k + x * acc)
}
