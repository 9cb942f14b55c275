// run exit=1
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	// Flags without the clock, so the output is the same on every run.
	log.SetFlags(0)
	log.Print("plain", 1, 2)
	log.Println("line", 1, 2)
	log.Printf("formatted %d%%", 50)
	log.Print("already ends in newline\n")
	log.SetPrefix("app: ")
	log.Print("with prefix")
	log.SetFlags(log.Lmsgprefix)
	log.Print("prefix before the message")
	log.SetFlags(log.Lshortfile)
	log.Print("where")
	fmt.Println(log.Flags() == log.Lshortfile, log.Prefix())

	var sb strings.Builder
	l := log.New(&sb, "[svc] ", log.Lmsgprefix|log.Lshortfile)
	l.Println("to a builder")
	l.SetPrefix("[new] ")
	l.SetFlags(0)
	l.Printf("n=%d", 3)
	fmt.Print(sb.String())
	fmt.Println(l.Prefix(), l.Flags(), l.Writer() == &sb)

	out := log.New(os.Stdout, "", 0)
	out.Println("on stdout")
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("")
	log.Println("std logger on stdout")
	fmt.Println(log.LstdFlags, log.Ldate|log.Ltime|log.Lmicroseconds|log.Llongfile|log.Lshortfile|log.LUTC|log.Lmsgprefix)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("bad %s", "thing")
	}()
	log.SetOutput(os.Stderr)
	log.Fatalln("fatal", "error")
	fmt.Println("not reached")
}
