// run
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	names := []string{
		"", ".", "..", "/", "//", "///", "a", "a/", "/a", "/a/", "a/b", "a//b", "a/./b", "a/../b",
		"a/b/..", "a/b/../..", "a/b/../../..", "/a/b/../../..", "../a", "../../a/b/../c",
		"./a", "./../a", "a/b/c/./../../d", "abc/def/ghi/../jkl", "//abc//def//", "/../x",
		"x/..", "x/../..", ".a", "a.b", "a/b.c.d", "a.b/c", "/x.tar.gz", "dir/.hidden", "a/b/",
		"a b/c d", "über/straße.txt", "../../../", "a/../../b/./c/",
	}
	for _, n := range names {
		d, f := path.Split(n)
		fmt.Printf("%-22q Clean=%q Base=%q Dir=%q Ext=%q Split=%q,%q IsAbs=%v\n",
			n, path.Clean(n), path.Base(n), path.Dir(n), path.Ext(n), d, f, path.IsAbs(n))
		if filepath.Clean(n) != path.Clean(n) || filepath.Base(n) != path.Base(n) ||
			filepath.Dir(n) != path.Dir(n) || filepath.Ext(n) != path.Ext(n) {
			fmt.Println("  filepath differs!")
		}
		fd, ff := filepath.Split(n)
		if fd != d || ff != f || filepath.IsAbs(n) != path.IsAbs(n) {
			fmt.Println("  filepath split differs!")
		}
	}
	joins := [][]string{
		{}, {""}, {"", ""}, {"a"}, {"a", "b"}, {"a", ""}, {"", "b"}, {"/", "a"}, {"/", ""},
		{"a/", "b"}, {"a", "/b"}, {"a", "../b"}, {"a/b", "../../.."}, {"", "", "c"},
		{"/a", "b", "c/", "/d/"}, {".", "."}, {"..", "a"},
	}
	for _, j := range joins {
		fmt.Printf("Join%q = %q %q\n", j, path.Join(j...), filepath.Join(j...))
	}
	fmt.Printf("%q\n", filepath.SplitList("/bin:/usr/bin::/opt"))
	fmt.Printf("%q\n", filepath.SplitList(""))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), string(filepath.Separator), string(filepath.ListSeparator))
}
