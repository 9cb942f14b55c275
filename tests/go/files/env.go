// run
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	wd, err := os.Getwd()
	fmt.Println(filepath.IsAbs(wd), err)
	abs, err := filepath.Abs(".")
	fmt.Println(abs == wd, err)
	abs, _ = filepath.Abs("x/../y")
	fmt.Println(abs == filepath.Join(wd, "y"))
	abs, _ = filepath.Abs("/a/./b/../c")
	fmt.Println(abs)

	tmp, _ := os.MkdirTemp("", "env")
	os.Mkdir(filepath.Join(tmp, "inner"), 0755)
	fmt.Println(os.Chdir(tmp))
	fmt.Println(os.Chdir("inner"))
	here, _ := os.Getwd()
	fmt.Println(strings.HasSuffix(here, "/inner"), filepath.Base(filepath.Dir(here)) == filepath.Base(tmp))
	os.WriteFile("rel.txt", []byte("relative"), 0644)
	b, err := os.ReadFile(filepath.Join(tmp, "inner", "rel.txt"))
	fmt.Println(string(b), err)
	fmt.Println(os.Chdir(wd))
	fmt.Println(os.RemoveAll(tmp))

	env := os.Environ()
	found := false
	for _, kv := range env {
		if strings.HasPrefix(kv, "PATH=") {
			found = true
		}
		if !strings.Contains(kv, "=") {
			fmt.Println("bad entry", kv)
		}
	}
	fmt.Println(len(env) > 0, found)
	host, err := os.Hostname()
	fmt.Println(host != "", err)
	fmt.Println(os.TempDir() != "")
}
