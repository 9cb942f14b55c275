// run
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

var tmp string

func rel(p string) string { return strings.ReplaceAll(p, tmp, "$TMP") }

func show(what string, err error) {
	if err == nil {
		fmt.Println(what+":", "<nil>")
		return
	}
	fmt.Println(what+":", rel(err.Error()))
}

func main() {
	var err error
	tmp, err = os.MkdirTemp("", "walk")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(tmp)
	os.MkdirAll(filepath.Join(tmp, "a", "b"), 0755)
	os.MkdirAll(filepath.Join(tmp, "c"), 0755)
	for _, f := range []string{"a/1.txt", "a/b/2.txt", "c/3.txt", "4.txt"} {
		os.WriteFile(filepath.Join(tmp, f), []byte(f), 0644)
	}

	fmt.Println("-- Walk")
	err = filepath.Walk(tmp, func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		r, _ := filepath.Rel(tmp, p)
		size := info.Size()
		if info.IsDir() {
			size = -1
		}
		fmt.Println(r, info.IsDir(), info.Mode(), size)
		return nil
	})
	show("walk", err)
	fmt.Println("-- Walk with SkipDir on a dir and a file")
	filepath.Walk(tmp, func(p string, info fs.FileInfo, err error) error {
		r, _ := filepath.Rel(tmp, p)
		fmt.Println("visit", r)
		if info.Name() == "b" || info.Name() == "3.txt" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("-- Walk missing")
	err = filepath.Walk(filepath.Join(tmp, "none"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println(rel(p), info == nil, rel(err.Error()))
		return nil
	})
	show("walk missing", err)

	fmt.Println("-- Rename")
	show("rename file", os.Rename(filepath.Join(tmp, "4.txt"), filepath.Join(tmp, "c", "four.txt")))
	b, err := os.ReadFile(filepath.Join(tmp, "c", "four.txt"))
	fmt.Println(string(b), err)
	err = os.Rename(filepath.Join(tmp, "missing"), filepath.Join(tmp, "x"))
	show("rename missing", err)
	fmt.Printf("%T %v %v\n", err, os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
	var le *os.LinkError
	if errors.As(err, &le) {
		fmt.Println(le.Op, rel(le.Old), rel(le.New), le.Err)
	}
	show("rename onto dir", os.Rename(filepath.Join(tmp, "a", "1.txt"), filepath.Join(tmp, "c")))
	show("rename dir", os.Rename(filepath.Join(tmp, "a"), filepath.Join(tmp, "d")))
	_, err = os.Stat(filepath.Join(tmp, "d", "b", "2.txt"))
	show("stat moved", err)

	fmt.Println("-- Chmod")
	p := filepath.Join(tmp, "c", "3.txt")
	show("chmod", os.Chmod(p, 0600))
	fi, _ := os.Stat(p)
	fmt.Println(fi.Mode())
	show("chmod dir", os.Chmod(filepath.Join(tmp, "c"), 0700))
	fi, _ = os.Stat(filepath.Join(tmp, "c"))
	fmt.Println(fi.Mode())
	show("chmod missing", os.Chmod(filepath.Join(tmp, "zz"), 0600))

	fmt.Println("-- Rel")
	pairs := [][2]string{
		{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/."}, {"./a/b", "a/b"}, {"a/b", "./a/b"},
		{"ab/cd", "ab/cde"}, {"ab/cd", "ab/c"}, {"a/b", "a/b/c/d"}, {"a/b", "a/b/../c"},
		{"a/b/../c", "a/b"}, {"a/b/c", "a/c/d"}, {"a/b", "c/d"}, {"a/b/c/d", "a/b"},
		{"a/b/c/d", "a/b/"}, {"a/b/c/d/", "a/b"}, {"a/b/c/d/", "a/b/"}, {"../../a/b", "../../a/b/c/d"},
		{"/a/b", "/a/b"}, {"/a/b/.", "/a/b"}, {"/a/b", "/a/b/."}, {"/ab/cd", "/ab/cde"},
		{"/ab/cd", "/ab/c"}, {"/a/b", "/a/b/c/d"}, {"/a/b", "/a/b/../c"}, {"/a/b/../c", "/a/b"},
		{"/a/b/c", "/a/c/d"}, {"/a/b", "/c/d"}, {"/a/b/c/d", "/a/b"}, {"/a/b/c/d", "/a/b/"},
		{"/a/b/c/d/", "/a/b"}, {"/a/b/c/d/", "/a/b/"}, {"/../../a/b", "/../../a/b/c/d"},
		{".", "a/b"}, {".", ".."}, {"/", "/a"}, {"..", "a"}, {"../..", ".."}, {"a", "../b"},
		{"/a", "b"}, {"a", "/b"}, {"", ""}, {"", "x"},
	}
	for _, pr := range pairs {
		r, err := filepath.Rel(pr[0], pr[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", pr[0], pr[1], r, err)
	}
}
