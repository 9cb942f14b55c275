// run
// bufio.Scanner over strings.NewReader: lines, words, runes, custom split, and CSV-ish parsing.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

const input = `# inventory
apple,3,0.50
banana,12,0.25

cherry,100,0.10
bad line
durian,x,9.99
`

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	var items []Item
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, ",")
		if len(parts) != 3 {
			fmt.Printf("line %d: expected 3 fields, got %d\n", lineNo, len(parts))
			continue
		}
		q, err := strconv.Atoi(parts[1])
		if err != nil {
			fmt.Printf("line %d: %v\n", lineNo, err)
			continue
		}
		p, _ := strconv.ParseFloat(parts[2], 64)
		items = append(items, Item{parts[0], q, p})
	}
	total := 0.0
	for _, it := range items {
		sub := float64(it.Qty) * it.Price
		total += sub
		fmt.Printf("%-8s %4d x %5.2f = %6.2f\n", it.Name, it.Qty, it.Price, sub)
	}
	fmt.Printf("%-8s %21.2f\n", "TOTAL", total)

	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	var runes []string
	for rs.Scan() {
		runes = append(runes, rs.Text())
	}
	fmt.Printf("%q\n", runes)

	cs := bufio.NewScanner(strings.NewReader("1;2;3;;4"))
	cs.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ';' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	var toks []string
	for cs.Scan() {
		toks = append(toks, cs.Text())
	}
	fmt.Printf("%q\n", toks)

	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "buffered %d\n", len(items))
	w.WriteString("done\n")
	br := bufio.NewReader(strings.NewReader("first line\nsecond"))
	l1, err := br.ReadString('\n')
	fmt.Fprintf(w, "%q %v\n", l1, err)
	l2, err := br.ReadString('\n')
	fmt.Fprintf(w, "%q %v\n", l2, err)
}
