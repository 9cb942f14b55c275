// run
// Word frequency count with bufio.Scanner, strings.Fields, maps and sorted output.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness.`

type wc struct {
	word  string
	count int
}

func main() {
	counts := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	lines := 0
	for sc.Scan() {
		lines++
		words := strings.FieldsFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\''
		})
		for _, w := range words {
			counts[strings.ToLower(w)]++
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Println("lines:", lines, "distinct:", len(list))
	for i, e := range list {
		if i >= 8 {
			break
		}
		fmt.Printf("%-8s %3d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	ws := bufio.NewScanner(strings.NewReader(text))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
	}
	fmt.Println("words:", n)
}
