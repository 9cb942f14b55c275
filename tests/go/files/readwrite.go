// run
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

var tmp string

// show prints an error with the temporary directory's path replaced (it differs per run).
func show(what string, err error) {
	if err == nil {
		fmt.Println(what+":", "<nil>")
		return
	}
	fmt.Println(what+":", strings.ReplaceAll(err.Error(), tmp, "$TMP"))
}

func main() {
	var err error
	tmp, err = os.MkdirTemp("", "readwrite")
	if err != nil {
		panic(err)
	}
	name := filepath.Join(tmp, "notes.txt")

	f, err := os.Create(name)
	show("create", err)
	n, err := f.WriteString("alpha\nbeta\n")
	fmt.Println("WriteString", n, err)
	n, err = f.Write([]byte("gamma\n"))
	fmt.Println("Write", n, err)
	n, err = fmt.Fprintf(f, "%s=%d\n", "delta", 4)
	fmt.Println("Fprintf", n, err)
	fmt.Println("name ok:", f.Name() == name)
	show("close", f.Close())
	show("close again", f.Close())
	_, err = f.WriteString("late")
	show("write after close", err)
	_, err = f.Read(make([]byte, 4))
	show("read after close", err)

	b, err := os.ReadFile(name)
	fmt.Printf("ReadFile %q %v\n", b, err)

	// append
	f, err = os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	show("open append", err)
	f.WriteString("epsilon\n")
	f.Close()

	// read in small chunks until EOF
	f, _ = os.Open(name)
	buf := make([]byte, 7)
	for {
		n, err := f.Read(buf)
		fmt.Printf("read %d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	// seek
	pos, err := f.Seek(6, io.SeekStart)
	fmt.Println("seek start", pos, err)
	n, _ = f.Read(buf[:4])
	fmt.Printf("%q\n", buf[:n])
	pos, err = f.Seek(-8, io.SeekEnd)
	fmt.Println("seek end", pos, err)
	n, _ = f.Read(buf)
	fmt.Printf("%q\n", buf[:n])
	pos, err = f.Seek(-3, io.SeekCurrent)
	fmt.Println("seek current", pos, err)
	_, err = f.Seek(-100, io.SeekStart)
	show("seek negative", err)
	_, err = f.Write([]byte("x"))
	show("write read-only", err)
	f.Close()

	// bufio over files
	f, _ = os.Open(name)
	sc := bufio.NewScanner(f)
	for i := 1; sc.Scan(); i++ {
		fmt.Println(i, sc.Text())
	}
	fmt.Println("scan err", sc.Err())
	f.Close()

	f, _ = os.Open(name)
	r := bufio.NewReader(f)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			fmt.Printf("last %q %v\n", line, err)
			break
		}
		fmt.Printf("line %q\n", line)
	}
	f.Close()

	f, _ = os.OpenFile(name, os.O_WRONLY|os.O_TRUNC, 0)
	w := bufio.NewWriter(f)
	for i := 0; i < 3; i++ {
		fmt.Fprintf(w, "row %d\n", i)
	}
	show("flush", w.Flush())
	f.Close()
	all, _ := os.ReadFile(name)
	fmt.Printf("%q\n", all)

	// io.ReadAll and Stat on an open file
	f, _ = os.Open(name)
	data, err := io.ReadAll(f)
	fmt.Printf("ReadAll %q %v\n", data, err)
	fi, err := f.Stat()
	fmt.Println("stat", fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), err)
	f.Close()

	// WriteFile with permissions, O_EXCL
	show("WriteFile", os.WriteFile(filepath.Join(tmp, "p.txt"), []byte("perm"), 0600))
	fi, _ = os.Stat(filepath.Join(tmp, "p.txt"))
	fmt.Println(fi.Mode(), fi.Size())
	_, err = os.OpenFile(filepath.Join(tmp, "p.txt"), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	show("excl", err)
	fmt.Println("IsExist", os.IsExist(err))

	// CreateTemp: a fresh name in the directory, from the pattern
	tf, err := os.CreateTemp(tmp, "tmp-*.log")
	show("CreateTemp", err)
	base := filepath.Base(tf.Name())
	fmt.Println(filepath.Dir(tf.Name()) == tmp, strings.HasPrefix(base, "tmp-"), strings.HasSuffix(base, ".log"))
	tf.WriteString("temp")
	tf.Close()

	show("RemoveAll", os.RemoveAll(tmp))
	_, err = os.Stat(tmp)
	fmt.Println("gone:", os.IsNotExist(err))
}
