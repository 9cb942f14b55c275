// run
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// upper is a user io.Writer that upper-cases what it gets.
type upper struct{ out []string }

func (u *upper) Write(p []byte) (int, error) {
	u.out = append(u.out, strings.ToUpper(string(p)))
	return len(p), nil
}

// short writes at most 2 bytes.
type short struct{}

func (short) Write(p []byte) (int, error) {
	if len(p) > 2 {
		return 2, nil
	}
	return len(p), nil
}

// failing fails every write.
type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

// drip is a user io.Reader that yields one byte at a time.
type drip struct{ s string }

func (d *drip) Read(p []byte) (int, error) {
	if len(d.s) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = d.s[0]
	d.s = d.s[1:]
	return 1, nil
}

func main() {
	var buf bytes.Buffer
	u := &upper{}
	w := io.MultiWriter(&buf, u, os.Stdout)
	n, err := fmt.Fprintf(w, "multi %d\n", 42)
	fmt.Println(n, err, buf.String() == "multi 42\n", u.out)
	n, err = io.MultiWriter(&buf, short{}).Write([]byte("abcdef"))
	fmt.Println(n, err, err == io.ErrShortWrite)
	n, err = io.MultiWriter(failing{}, &buf).Write([]byte("xyz"))
	fmt.Println(n, err)

	r := io.MultiReader(strings.NewReader("one "), &drip{"two "}, strings.NewReader(""), strings.NewReader("three"))
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	n, err = r.Read(make([]byte, 4))
	fmt.Println(n, err)

	var log bytes.Buffer
	tee := io.TeeReader(&drip{"tee data"}, &log)
	sc := bufio.NewScanner(tee)
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Println("word:", sc.Text())
	}
	fmt.Printf("logged %q\n", log.String())
	_, err = io.TeeReader(strings.NewReader("x"), failing{}).Read(make([]byte, 8))
	fmt.Println(err)

	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, err := io.ReadAll(lr)
	fmt.Printf("%q %v %T\n", b, err, lr)
	l := &io.LimitedReader{R: &drip{"abcdef"}, N: 3}
	b, _ = io.ReadAll(l)
	fmt.Printf("%q N=%d\n", b, l.N)

	var dst strings.Builder
	c, err := io.CopyN(&dst, strings.NewReader("copy n bytes"), 6)
	fmt.Printf("%d %v %q\n", c, err, dst.String())
	c, err = io.CopyN(&dst, strings.NewReader("ab"), 6)
	fmt.Println(c, err)
	c, err = io.CopyN(io.Discard, &drip{"dripping"}, 5)
	fmt.Println(c, err)
	c, err = io.Copy(short{}, strings.NewReader("hello"))
	fmt.Println(c, err)
	c, err = io.Copy(failing{}, strings.NewReader("hello"))
	fmt.Println(c, err)

	cb := make([]byte, 3)
	dst.Reset()
	c, err = io.CopyBuffer(&dst, &drip{"buffered"}, cb)
	fmt.Println(c, err, dst.String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(&dst, strings.NewReader("x"), []byte{})
	}()

	p := make([]byte, 8)
	n, err = io.ReadAtLeast(&drip{"abcdefghij"}, p, 5)
	fmt.Println(n, err, string(p[:n]))
	n, err = io.ReadAtLeast(strings.NewReader("ab"), p, 5)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader(""), p, 5)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("abc"), p[:2], 5)
	fmt.Println(n, err, err == io.ErrShortBuffer)
	n, err = io.ReadFull(&drip{"full"}, p[:3])
	fmt.Println(n, err, string(p[:3]))

	rc := io.NopCloser(strings.NewReader("nop"))
	b, _ = io.ReadAll(rc)
	fmt.Println(string(b), rc.Close())
	n, err = io.Discard.Write([]byte("gone"))
	fmt.Println(n, err)
	n, err = io.WriteString(io.Discard, "gone too")
	fmt.Println(n, err)
	fmt.Println(io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress, io.ErrClosedPipe)
	var _ io.ReadSeeker = os.Stdin
	var _ io.ByteReader = bufio.NewReader(nil)
}
