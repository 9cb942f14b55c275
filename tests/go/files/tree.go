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

func write(p, s string) {
	if err := os.WriteFile(filepath.Join(tmp, p), []byte(s), 0644); err != nil {
		panic(err)
	}
}

func main() {
	var err error
	tmp, err = os.MkdirTemp("", "tree")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(tmp)

	show("MkdirAll", os.MkdirAll(filepath.Join(tmp, "b", "deep", "er"), 0755))
	show("MkdirAll again", os.MkdirAll(filepath.Join(tmp, "b", "deep"), 0755))
	show("Mkdir", os.Mkdir(filepath.Join(tmp, "a"), 0700))
	show("Mkdir exists", os.Mkdir(filepath.Join(tmp, "a"), 0700))
	show("Mkdir missing parent", os.Mkdir(filepath.Join(tmp, "x", "y"), 0700))
	write("z.txt", "zzz")
	write("a/one.go", "package one")
	write("b/two.txt", "two!")
	write("b/deep/three.md", "# three")
	show("MkdirAll over file", os.MkdirAll(filepath.Join(tmp, "z.txt", "sub"), 0755))

	fmt.Println("-- WalkDir")
	err = filepath.WalkDir(tmp, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, ierr := d.Info()
		if ierr != nil {
			return ierr
		}
		size := info.Size()
		if d.IsDir() {
			size = 0
		}
		fmt.Println(rel(p), d.IsDir(), d.Type(), info.Mode(), size)
		return nil
	})
	show("walk", err)

	fmt.Println("-- WalkDir with SkipDir")
	filepath.WalkDir(tmp, func(p string, d fs.DirEntry, err error) error {
		if d.IsDir() && d.Name() == "deep" {
			fmt.Println("skip", rel(p))
			return filepath.SkipDir
		}
		fmt.Println("visit", rel(p))
		return nil
	})

	fmt.Println("-- WalkDir stopping")
	stop := errors.New("stop here")
	err = filepath.WalkDir(tmp, func(p string, d fs.DirEntry, err error) error {
		fmt.Println("visit", rel(p))
		if d.Name() == "one.go" {
			return stop
		}
		return nil
	})
	fmt.Println(err == stop)

	fmt.Println("-- WalkDir missing root")
	err = filepath.WalkDir(filepath.Join(tmp, "nope"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("called", rel(p), d == nil, rel(err.Error()))
		return err
	})
	show("walk missing", err)

	fmt.Println("-- ReadDir")
	entries, err := os.ReadDir(tmp)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir(), e.Type().IsDir(), e.Type())
	}
	show("ReadDir", err)
	_, err = os.ReadDir(filepath.Join(tmp, "missing"))
	show("ReadDir missing", err)

	fmt.Println("-- Stat")
	for _, p := range []string{"", "a", "b/two.txt", "b/deep/", "nothing"} {
		fi, err := os.Stat(filepath.Join(tmp, p))
		if err != nil {
			show("stat", err)
			continue
		}
		name := fi.Name()
		if p == "" {
			name = "(tmp)"
		}
		fmt.Println(name, fi.IsDir(), fi.Mode(), fi.Mode().Perm(), fi.Mode()&fs.ModeDir != 0)
	}
	fi, _ := os.Lstat(filepath.Join(tmp, "z.txt"))
	fmt.Println("lstat", fi.Name(), fi.Size(), fi.Mode().IsRegular())

	fmt.Println("-- Remove")
	show("remove non-empty", os.Remove(filepath.Join(tmp, "b")))
	show("remove missing", os.Remove(filepath.Join(tmp, "b", "none")))
	show("remove file", os.Remove(filepath.Join(tmp, "z.txt")))
	show("remove empty dir", os.Remove(filepath.Join(tmp, "b", "deep", "er")))
	show("RemoveAll dir", os.RemoveAll(filepath.Join(tmp, "b")))
	show("RemoveAll missing", os.RemoveAll(filepath.Join(tmp, "b")))
	entries, _ = os.ReadDir(tmp)
	for _, e := range entries {
		fmt.Println("left:", e.Name())
	}
}
