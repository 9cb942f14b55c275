// run
package main

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	cases := [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"},
		{"a*/b", "abc/b"}, {"a*/b", "a/c/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"},
		{"a*b*c*d*e*/f", "axbxcxdxexxx/f"}, {"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"},
		{"a*b?c*x", "abxbbxdbxebxczzx"}, {"a*b?c*x", "abxbbxdbxebxczzy"},
		{"ab[c]", "abc"}, {"ab[b-d]", "abc"}, {"ab[e-g]", "abc"}, {"ab[^c]", "abc"},
		{"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"},
		{"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"},
		{"[a-ζ]*", "α"}, {"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"},
		{"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "x"}, {"[x\\-]", "-"}, {"[x\\-]", "z"},
		{"[\\-x]", "x"}, {"[\\-x]", "-"}, {"[\\-x]", "a"}, {"[]a]", "]"}, {"[-]", "-"},
		{"[x-]", "x"}, {"[x-]", "-"}, {"[x-]", "z"}, {"[-x]", "x"}, {"[-x]", "-"},
		{"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"},
		{"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"},
		{"*x", "xxx"}, {"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"*/*.go", "dir/main.go"},
	}
	for _, c := range cases {
		m, err := path.Match(c[0], c[1])
		fm, ferr := filepath.Match(c[0], c[1])
		fmt.Printf("%-16q %-18q %v %v\n", c[0], c[1], m, err)
		if m != fm || (err == nil) != (ferr == nil) {
			fmt.Println("  filepath differs")
		}
	}
	fmt.Println(path.ErrBadPattern == filepath.ErrBadPattern, filepath.ErrBadPattern)

	tmp, err := os.MkdirTemp("", "glob")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(tmp)
	for _, d := range []string{"src/a", "src/b", "docs"} {
		os.MkdirAll(filepath.Join(tmp, d), 0755)
	}
	for _, f := range []string{"src/a/x.go", "src/a/y.go", "src/b/z.go", "src/b/z.txt", "docs/readme.md", "top.go", "Top.txt"} {
		os.WriteFile(filepath.Join(tmp, f), []byte(f), 0644)
	}
	for _, p := range []string{"*.go", "*", "src/*/*.go", "*/*/z.*", "src/[ab]/?.go", "docs", "nope", "src/*/[", "*/*", "[A-Z]*"} {
		got, err := filepath.Glob(filepath.Join(tmp, p))
		for i := range got {
			got[i] = strings.ReplaceAll(got[i], tmp, "$TMP")
		}
		fmt.Printf("%-14s %q %v %v\n", p, got, got == nil, err)
	}
}
