// run

// fmt.Formatter and fmt.State: a Format method is used by every printing function and verb
// (also nested in slices, maps, structs and %w operands), sees width, precision and flags,
// and is written to with Write, io.WriteString and Fprintf; pointer receivers and nil ones,
// a panicking Format, GoStringer for %#v, and Error before String.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

type Money struct {
	Cents int64
	Cur   string
}

func (m Money) Format(f fmt.State, verb rune) {
	// Width and precision values are only meaningful when set (Go leaves stale ones).
	fmt.Fprintf(f, "[%c", verb)
	if w, ok := f.Width(); ok {
		fmt.Fprintf(f, " w=%d", w)
	}
	if p, ok := f.Precision(); ok {
		fmt.Fprintf(f, " p=%d", p)
	}
	for _, c := range "-+# 0x" {
		if f.Flag(int(c)) {
			fmt.Fprintf(f, " %c", c)
		}
	}
	io.WriteString(f, "] ")
	f.Write([]byte(fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Cur)))
}

type P struct{ X, Y int }

func (p *P) Format(f fmt.State, c rune) {
	if p == nil {
		fmt.Fprint(f, "nilP")
		return
	}
	switch c {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "P{X:%d Y:%d}", p.X, p.Y)
			return
		}
		fmt.Fprintf(f, "(%d,%d)", p.X, p.Y)
	default:
		fmt.Fprintf(f, "%%!%c(P)", c)
	}
}

type G int

func (g G) GoString() string { return fmt.Sprintf("G(%d)", int(g)) }
func (g G) String() string   { return "gee" }

type E struct{}

func (E) Error() string  { return "an error" }
func (E) String() string { return "a stringer" }

type Bad struct{}

func (Bad) Format(f fmt.State, c rune) { panic("boom") }

type V struct{}

func (V) Format(f fmt.State, c rune) { fmt.Fprint(f, "V") }

func main() {
	m := Money{12345, "EUR"}
	fmt.Println(m)
	fmt.Printf("%v|%s|%d|%x|%q|%8.3f|%-+#v|% 05d|%T\n", m, m, m, m, m, m, m, m, m)
	fmt.Print(m, "\n")
	s := fmt.Sprintf("%+v %#v", m, m)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint([]Money{m, {1, "USD"}}), map[string]Money{"a": m})
	fmt.Printf("%v %+v %d\n", &P{1, 2}, &P{3, 4}, &P{5, 6})
	var np *P
	fmt.Printf("%v %s\n", np, []*P{{7, 8}, nil})
	fmt.Printf("%v %s %#v %d\n", G(3), G(3), G(3), G(3))
	fmt.Printf("%v %s %#v\n", E{}, E{}, E{})
	fmt.Printf("%v|%d\n", Bad{}, Bad{})
	fmt.Printf("%v %v\n", struct{ A V }{}, []any{V{}, 3})
	var sb strings.Builder
	fmt.Fprintf(&sb, "%v", m)
	fmt.Println(sb.String())
	err := fmt.Errorf("wrapped %w / %v", errors.New("inner"), m)
	fmt.Println(err)
	t := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	fmt.Printf("%v %s\n", t, t)
	var st fmt.Stringer = G(1)
	var gs fmt.GoStringer = G(2)
	var fm fmt.Formatter = m
	fmt.Println(st, gs, fm)
}
