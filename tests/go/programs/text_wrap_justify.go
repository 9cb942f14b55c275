// run
// Text processing: word wrap, full justification, centered titles, column tables, rune-aware padding.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

const lorem = "Go is an open source programming language that makes it simple to build secure, scalable systems. Its concurrency mechanisms make it easy to write programs that get the most out of multicore and networked machines."

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	n := 0
	for _, w := range strings.Fields(text) {
		if n+len(w)+len(cur) > width && len(cur) > 0 {
			lines = append(lines, strings.Join(cur, " "))
			cur, n = nil, 0
		}
		cur = append(cur, w)
		n += len(w)
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) == 1 {
		return line
	}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func center(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	left := (width - n) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", width-n-left)
}

func padRight(s string, w int) string {
	return s + strings.Repeat(" ", w-utf8.RuneCountInString(s))
}

func main() {
	lines := wrap(lorem, 36)
	fmt.Println("+" + strings.Repeat("-", 38) + "+")
	fmt.Println("| " + center("Über Go", 36) + " |")
	fmt.Println("+" + strings.Repeat("-", 38) + "+")
	for i, l := range lines {
		if i < len(lines)-1 {
			l = justify(l, 36)
		}
		fmt.Printf("| %-36s |\n", l)
	}
	fmt.Println("+" + strings.Repeat("-", 38) + "+")
	rows := [][]string{{"city", "country", "pop"}, {"Zürich", "Schweiz", "421k"}, {"København", "Danmark", "644k"}, {"Oslo", "Norge", "709k"}}
	widths := make([]int, 3)
	for _, r := range rows {
		for i, c := range r {
			if n := utf8.RuneCountInString(c); n > widths[i] {
				widths[i] = n
			}
		}
	}
	for _, r := range rows {
		var cells []string
		for i, c := range r {
			cells = append(cells, padRight(c, widths[i]))
		}
		fmt.Println(strings.Join(cells, " | "))
	}
	fmt.Printf("[%-10s][%10s]\n", "København", "Zürich")
}
