// run
// Struct embedding: promoted fields/methods, shadowing, embedded interfaces, pointer embedding.
package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name) }
func (b Base) Kind() string     { return "base" }

type User struct {
	Base
	*Logger
	Email string
}

func (u User) Kind() string { return "user:" + u.Base.Kind() }

type Admin struct {
	User
	Level int
}

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Write(s string) { b.data = append(b.data, s) }

type CountingWriter struct {
	Writer
	n int
}

func (c *CountingWriter) Write(s string) {
	c.n += len(s)
	c.Writer.Write(strings.ToUpper(s))
}

func main() {
	lg := &Logger{prefix: "[app] "}
	u := User{Base{1, "ann"}, lg, "ann@example.com"}
	a := Admin{User: User{Base: Base{ID: 2, Name: "root"}, Logger: lg}, Level: 9}
	fmt.Println(u.Name, u.ID, u.Describe(), u.Kind())
	fmt.Println(a.Name, a.Describe(), a.Kind(), a.Level, a.User.Base.Kind())
	u.Log("user %s logged in", u.Name)
	a.Log("admin level %d", a.Level)
	fmt.Println(strings.Join(lg.lines, "\n"))
	fmt.Printf("%+v\n", a.User.Base)
	var rw ReadWriter = &Buffer{}
	rw.Write("one")
	rw.Write("two")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
	buf := &Buffer{}
	cw := &CountingWriter{Writer: buf}
	cw.Write("hello")
	cw.Write("go")
	fmt.Println(cw.n, buf.data)
	var w Writer = cw
	_, isRW := w.(ReadWriter)
	fmt.Println(isRW)
	var empty User
	defer func() { fmt.Println("recovered:", recover()) }()
	empty.Log("boom")
}
