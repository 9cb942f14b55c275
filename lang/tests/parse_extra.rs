//! Odd corners of the grammar.

#[test]
fn odd_corners() {
    let src = r#"package main

type S struct {
	*List[int]
	pkg.G[string]
	x, y float64 "tag"
}

type I interface {
	~int; M()
	comparable
}

func hof(f func(func(int) int) int, g func() (int, error)) func() {
	return nil
}

func main() {
	var _ = [...]int{1}
	switch {
	default:
	}
	for _, x := range []struct{ a int }{{1}} {
		_ = x
	}
	if v := (T{}); v.a > 0 {
	}
	{
		goto L
	L:
	}
	var ch <-chan int = make(<-chan int)
	_ = ch
	_ = func() (a, b int) { return }
	x := [][]int{{1}, {2, 3}}
	_ = x[0][1:]
	y := map[string]struct{}{"a": {}}
	_ = y
	var p *[2]int = (*[2]int)(x[0])
	_ = p
}
"#;
    let (f, d) = lang::parser::parse_file(src);
    assert!(d.is_empty(), "{d:#?}");
    assert_eq!(f.decls.len(), 4);
}
