//! A program instantiating generic code many times runs: 400 named types, each instantiating
//! a generic function and a generic type with three methods (2,000 instances; an old guard
//! called more than 1,000 an instantiation cycle), checked and compiled in bounded time and
//! memory (each instance's side table covers its own function, not the whole program).

mod support;

#[test]
fn two_thousand_instances_run() {
    let n = 400;
    let mut src = String::from(
        "package main\n\nimport \"fmt\"\n\ntype Ring[T any] struct {\n\titems []T\n\tnext  int\n}\n\n\
         func (r *Ring[T]) Put(x T) { r.items[r.next%len(r.items)] = x; r.next++ }\n\
         func (r *Ring[T]) Len() int { return len(r.items) }\n\
         func (r *Ring[T]) Last() T { return r.items[(r.next-1)%len(r.items)] }\n\n\
         func Apply[T any](xs []T, f func(T) T) int {\n\tfor i, x := range xs {\n\t\txs[i] = f(x)\n\t}\n\treturn len(xs)\n}\n\n",
    );
    for i in 0..n {
        src.push_str(&format!("type T{i} int\n"));
    }
    src.push_str("\nfunc main() {\n\ttotal := 0\n");
    for i in 0..n {
        src.push_str(&format!(
            "\t{{\n\t\tr := &Ring[T{i}]{{items: make([]T{i}, 4)}}\n\t\tr.Put({i})\n\t\ttotal += Apply(r.items, func(x T{i}) T{i} {{ return x + 1 }}) + int(r.Last()) + r.Len()\n\t}}\n"
        ));
    }
    src.push_str("\tfmt.Println(total)\n}\n");
    let out = support::run_source("instances", "instances.go", src.as_bytes());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    // each block adds 4 (Apply) + (i + 1) (Last) + 4 (Len); go1.19 prints the same
    let want: usize = (0..n).map(|i| 9 + i).sum();
    assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{want}\n"));
}
