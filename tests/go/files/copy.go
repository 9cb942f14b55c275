// run
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	tmp, err := os.MkdirTemp("", "copy")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(tmp)
	src := filepath.Join(tmp, "src.txt")
	dst := filepath.Join(tmp, "dst.txt")

	// a large file, written through bufio, copied with io.Copy
	f, _ := os.Create(src)
	w := bufio.NewWriter(f)
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(w, "line %04d %s\n", i, strings.Repeat("x", i%17))
	}
	fmt.Println(w.Flush(), f.Sync(), f.Close())

	in, _ := os.Open(src)
	out, _ := os.Create(dst)
	n, err := io.Copy(out, in)
	fmt.Println("copied", n, err)
	in.Close()
	out.Close()
	a, _ := os.ReadFile(src)
	b, _ := os.ReadFile(dst)
	fmt.Println(len(a), len(b), bytes.Equal(a, b))

	// count lines and words with a Scanner over the copy
	in, _ = os.Open(dst)
	sc := bufio.NewScanner(in)
	sc.Split(bufio.ScanWords)
	words := 0
	for sc.Scan() {
		words++
	}
	fmt.Println("words", words, sc.Err())
	in.Close()

	// strings.Reader -> file -> stdout
	out, _ = os.Create(dst)
	n, err = io.Copy(out, strings.NewReader("from a strings.Reader\n"))
	fmt.Println(n, err)
	out.Close()
	in, _ = os.Open(dst)
	n, err = io.Copy(os.Stdout, in)
	fmt.Println(n, err)
	in.Close()

	// file -> bytes.Buffer
	var buf bytes.Buffer
	in, _ = os.Open(src)
	in.Seek(-20, io.SeekEnd)
	n, err = io.Copy(&buf, in)
	fmt.Printf("%d %q %v\n", n, buf.String(), err)
	in.Close()

	// copying from a closed file reports the read error
	n, err = io.Copy(&buf, in)
	fmt.Println(n, strings.ReplaceAll(err.Error(), tmp, "$TMP"))
}
