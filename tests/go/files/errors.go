// run
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

var tmp string

func show(what string, err error) {
	if err == nil {
		fmt.Println(what+":", "<nil>")
		return
	}
	fmt.Println(what+":", strings.ReplaceAll(err.Error(), tmp, "$TMP"))
}

func main() {
	var err error
	tmp, err = os.MkdirTemp("", "errs")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(tmp)

	_, err = os.Open("/nope/missing.txt")
	show("open", err)
	fmt.Printf("%T\n", err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrExist))
	fmt.Println(os.IsNotExist(err), os.IsExist(err), os.IsPermission(err))
	fmt.Println(fs.ErrNotExist == os.ErrNotExist, fs.ErrNotExist)
	fmt.Println(fs.ErrExist, fs.ErrPermission, fs.ErrClosed, fs.ErrInvalid)

	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Printf("Op=%s Path=%s Err=%v (%T)\n", pe.Op, pe.Path, pe.Err, pe.Err)
		fmt.Println(pe.Err == syscall.ENOENT, errors.Unwrap(err) == syscall.ENOENT)
	}
	var ope *os.PathError = pe
	fmt.Println(ope.Error())

	made := &fs.PathError{Op: "frob", Path: "/x", Err: errors.New("broken")}
	fmt.Println(made.Error(), errors.Unwrap(made))
	wrapped := fmt.Errorf("loading: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, fs.ErrNotExist), os.IsNotExist(wrapped))

	_, err = os.ReadFile(tmp)
	show("read dir", err)
	_, err = os.ReadDir(filepath.Join(tmp, ".."+"/"+filepath.Base(tmp)+"/none"))
	show("readdir", err)
	os.WriteFile(filepath.Join(tmp, "f"), nil, 0644)
	_, err = os.ReadDir(filepath.Join(tmp, "f"))
	show("readdir file", err)
	_, err = os.Open(filepath.Join(tmp, "f", "g"))
	show("open under file", err)
	err = os.Mkdir(tmp, 0755)
	show("mkdir", err)
	fmt.Println(errors.Is(err, fs.ErrExist), os.IsExist(err))
	err = os.Chdir(filepath.Join(tmp, "f"))
	show("chdir", err)
	err = os.Remove(filepath.Join(tmp, "gone"))
	show("remove", err)
	fmt.Println(os.IsNotExist(err))

	f, _ := os.Open(filepath.Join(tmp, "f"))
	f.Close()
	_, err = f.Write([]byte("x"))
	show("write closed", err)
	fmt.Println(errors.Is(err, os.ErrClosed), errors.Is(err, fs.ErrClosed))
	_, err = f.Seek(0, 0)
	show("seek closed", err)

	_, err = os.Stdin.Write([]byte("x"))
	fmt.Println("stdin write:", err)
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())

	_, err = os.MkdirTemp(filepath.Join(tmp, "nodir"), "x*")
	show("MkdirTemp missing dir", err)
	_, err = os.MkdirTemp(tmp, "a/b")
	show("MkdirTemp bad pattern", err)
	fmt.Println(syscall.ENOENT, syscall.EEXIST, syscall.ENOTDIR, syscall.EISDIR, syscall.ENOTEMPTY, syscall.EACCES)
}
