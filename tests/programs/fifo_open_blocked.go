package main

// A goroutine opens a FIFO (path in $FIFO) whose other end nobody has opened yet — for
// reading with os.Open or os.ReadFile, or for writing with os.OpenFile, as $FIFO_MODE says —
// while main computes and prints; the test opens the other end only after main's first line.

import (
	"fmt"
	"io"
	"os"
)

func main() {
	path := os.Getenv("FIFO")
	done := make(chan string)
	go func() {
		switch os.Getenv("FIFO_MODE") {
		case "write":
			f, err := os.OpenFile(path, os.O_WRONLY, 0)
			if err != nil {
				done <- err.Error()
				return
			}
			n, err := f.WriteString("from the opener")
			done <- fmt.Sprint("wrote ", n, " ", err, " ", f.Close())
		case "readfile":
			b, err := os.ReadFile(path)
			done <- fmt.Sprintf("readfile %q %v", b, err)
		default:
			f, err := os.Open(path)
			if err != nil {
				done <- err.Error()
				return
			}
			b, err := io.ReadAll(f)
			done <- fmt.Sprintf("read %q %v %v", b, err, f.Close())
		}
	}()
	sum := 0
	for i := 0; i < 3000000; i++ {
		sum += i % 7
	}
	fmt.Println("sum", sum)
	fmt.Println(<-done)
}
