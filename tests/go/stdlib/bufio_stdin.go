// run procs=1,4
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println(sc.Err())
	ws := bufio.NewScanner(strings.NewReader("hello  brave\tnew\n world "))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		fmt.Print("[", ws.Text(), "]")
	}
	fmt.Println()
	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Print(rs.Text(), "|")
	}
	fmt.Println()
	r := bufio.NewReader(strings.NewReader("line one\nline two\nlast"))
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 42)
	w.WriteString("more\n")
	w.WriteByte('x')
	w.WriteRune('é')
	w.WriteString("\n")
	fmt.Println("direct first")
	w.Flush()
}
