//! Unit tests of the pure algorithms of `sort` (pdqsort order of equal elements must match
//! Go 1.19) and `strings`, with expectations from Go 1.19 output.

use stdlib::sort::{sort, stable, Data};
use stdlib::strings as s;
use vm::native::Panic;

struct Pairs<'a> {
    v: &'a mut Vec<(i64, i64)>,
    desc: bool,
}

impl Data for Pairs<'_> {
    fn less(&mut self, i: usize, j: usize) -> Result<bool, Panic> {
        Ok(if self.desc {
            self.v[i].0 > self.v[j].0
        } else {
            self.v[i].0 < self.v[j].0
        })
    }
    fn swap(&mut self, i: usize, j: usize) -> Result<(), Panic> {
        self.v.swap(i, j);
        Ok(())
    }
}

#[test]
fn pdqsort_matches_go_for_equal_keys() {
    let mut v: Vec<(i64, i64)> = (0..70).map(|i| ((i * 7919) % 5, i)).collect();
    let n = v.len();
    sort(
        &mut Pairs {
            v: &mut v,
            desc: false,
        },
        n,
    )
    .unwrap();
    let ids: Vec<String> = v.iter().map(|p| p.1.to_string()).collect();
    assert_eq!(
        ids.join(" "),
        "20 15 55 40 45 5 65 35 50 30 10 25 60 0 64 29 59 44 39 19 4 69 34 49 24 9 54 14 53 58 63 8 23 33 68 28 48 43 38 18 3 13 17 22 2 37 67 47 7 32 62 12 52 27 57 42 56 26 21 16 51 61 31 11 36 6 66 46 41 1"
    );
    let q = [5, 2, 8, 2, 9, 1, 5, 5, 3, 7, 0, 4, 6, 2, 8, 1, 3, 3, 9, 0];
    let mut v: Vec<(i64, i64)> = q.iter().enumerate().map(|(i, &k)| (k, i as i64)).collect();
    sort(
        &mut Pairs {
            v: &mut v,
            desc: true,
        },
        20,
    )
    .unwrap();
    let ids: Vec<i64> = v.iter().map(|p| p.1).collect();
    assert_eq!(
        ids,
        vec![18, 4, 14, 2, 9, 12, 6, 7, 0, 11, 8, 17, 16, 3, 13, 1, 15, 5, 10, 19]
    );
}

#[test]
fn stable_sort_is_stable() {
    let mut v: Vec<(i64, i64)> = (0..200).map(|i| ((i * 31) % 7, i)).collect();
    stable(
        &mut Pairs {
            v: &mut v,
            desc: false,
        },
        200,
    )
    .unwrap();
    for w in v.windows(2) {
        assert!(w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1));
    }
}

fn strs(v: Vec<Vec<u8>>) -> Vec<String> {
    v.into_iter()
        .map(|b| String::from_utf8(b).unwrap())
        .collect()
}

#[test]
fn strings_functions() {
    assert_eq!(
        strs(s::gen_split(b"a,b,,c", b",", 0, -1)),
        ["a", "b", "", "c"]
    );
    assert_eq!(strs(s::gen_split(b"abc", b"", 0, -1)), ["a", "b", "c"]);
    assert_eq!(strs(s::gen_split(b"a,b,c,d", b",", 0, 2)), ["a", "b,c,d"]);
    assert_eq!(strs(s::gen_split(b"a,b,c", b",", 1, -1)), ["a,", "b,", "c"]);
    assert_eq!(strs(s::fields(b"  foo bar\tbaz \n")), ["foo", "bar", "baz"]);
    assert_eq!(
        s::replace(b"oink oink oink", b"k", b"ky", 2),
        b"oinky oinky oink"
    );
    assert_eq!(s::replace(b"abc", b"", b"-", -1), b"-a-b-c-");
    assert_eq!(s::title(b"hello wORld-foo_bar x"), b"Hello WORld-Foo_bar X");
    assert_eq!(s::count(b"cheese", b"e"), 3);
    assert_eq!(s::count(b"five", b""), 5);
    assert!(s::equal_fold(b"Go", b"GO"));
    assert_eq!(s::index(b"chicken", b"ken"), 4);
    assert_eq!(s::last_index(b"go gopher", b"go"), 3);
    assert_eq!(s::index_any(b"golang", b"ny"), 4);
    assert_eq!(s::to_upper("héllo ß".as_bytes()), "HÉLLO ß".as_bytes());
    assert_eq!(s::to_lower("HÉLLO".as_bytes()), "héllo".as_bytes());
    assert_eq!(s::trim_space(b" \t x y \n"), b"x y");
}

#[test]
fn replacer() {
    let pairs = |v: &[(&str, &str)]| -> Vec<(Vec<u8>, Vec<u8>)> {
        v.iter()
            .map(|(a, b)| (a.as_bytes().to_vec(), b.as_bytes().to_vec()))
            .collect()
    };
    assert_eq!(
        s::replacer_replace(&pairs(&[("a", "1"), ("b", "2"), ("ab", "X")]), b"abcab"),
        b"12c12"
    );
    assert_eq!(s::replacer_replace(&pairs(&[("", "-")]), b"ab"), b"-a-b-");
}
