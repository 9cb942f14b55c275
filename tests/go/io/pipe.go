// run
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

func main() {
	// A writer goroutine, a reader with small buffers.
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "hello, ")
		pw.Write([]byte("pipe world\n"))
		pw.Write(nil)
		pw.Close()
	}()
	buf := make([]byte, 4)
	var got []string
	for {
		n, err := pr.Read(buf)
		got = append(got, string(buf[:n]))
		if err != nil {
			fmt.Println(err == io.EOF, err)
			break
		}
	}
	fmt.Printf("%q\n", got)

	// CloseWithError on the writer: the reader gets that error after the data.
	pr, pw = io.Pipe()
	go func() {
		io.WriteString(pw, "line one\nline two\n")
		pw.CloseWithError(errors.New("producer failed"))
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("scanned:", sc.Text())
	}
	fmt.Println("scan err:", sc.Err())

	// The reader closes: a blocked write returns ErrClosedPipe with what was taken.
	pr, pw = io.Pipe()
	done := make(chan bool)
	go func() {
		n, err := pw.Write([]byte("0123456789"))
		fmt.Println("write:", n, err, err == io.ErrClosedPipe)
		n, err = pw.Write([]byte("x"))
		fmt.Println("write after close:", n, err)
		done <- true
	}()
	small := make([]byte, 3)
	n, _ := pr.Read(small)
	fmt.Println("read:", n, string(small[:n]))
	pr.Close()
	<-done
	n, err := pr.Read(small)
	fmt.Println("read after close:", n, err)

	// The reader closes with an error: writers get it.
	pr, pw = io.Pipe()
	pr.CloseWithError(errors.New("consumer gone"))
	_, err = pw.Write([]byte("a"))
	fmt.Println(err)

	// Several writers are serialised; io.Copy drains the pipe.
	pr, pw = io.Pipe()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			fmt.Fprintf(pw, "[%d%s]", i, strings.Repeat("-", 3))
		}(i)
	}
	go func() {
		wg.Wait()
		pw.Close()
	}()
	var sb strings.Builder
	copied, err := io.Copy(&sb, pr)
	fmt.Println(copied, err, len(sb.String()), strings.Count(sb.String(), "[")) 
	for i := 0; i < 4; i++ {
		fmt.Println(strings.Contains(sb.String(), fmt.Sprintf("[%d---]", i)))
	}
}
