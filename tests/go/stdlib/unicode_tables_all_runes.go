// run

// The unicode predicates and range tables over every rune -1..0x110000 (go1.19's Unicode
// 13.0.0 tables), summarised per plane: how many runes each predicate accepts, and a hash
// of every rune's membership in every table minigo provides.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	tables := []*unicode.RangeTable{unicode.Han, unicode.Latin, unicode.Greek, unicode.Cyrillic,
		unicode.Arabic, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Letter,
		unicode.L, unicode.Upper, unicode.Lu, unicode.Lower, unicode.Ll, unicode.Title, unicode.Lt,
		unicode.Digit, unicode.Nd, unicode.Number, unicode.N, unicode.Punct, unicode.P,
		unicode.Symbol, unicode.S, unicode.Space, unicode.White_Space, unicode.Mark, unicode.M,
		unicode.Cc}
	names := []string{"Space", "Upper", "Lower", "Letter", "Digit", "Number", "Punct", "Symbol",
		"Control", "Title", "Mark"}
	preds := []func(rune) bool{unicode.IsSpace, unicode.IsUpper, unicode.IsLower,
		unicode.IsLetter, unicode.IsDigit, unicode.IsNumber, unicode.IsPunct, unicode.IsSymbol,
		unicode.IsControl, unicode.IsTitle, unicode.IsMark}
	for plane := rune(-1); plane <= 17; plane++ {
		lo, hi := plane<<16, (plane+1)<<16
		if plane < 0 || plane == 17 { // invalid runes just outside the range
			lo, hi = plane<<16+0xFFF0, plane<<16+0xFFFF
			if plane == 17 {
				lo, hi = 0x110000, 0x110010
			}
		}
		counts := make([]int, len(preds))
		h := uint64(14695981039346656037)
		for r := lo; r < hi; r++ {
			for i, p := range preds {
				if p(r) {
					counts[i]++
				}
			}
			m := uint64(0)
			for i, t := range tables {
				if unicode.Is(t, r) {
					m |= 1 << i
				}
			}
			if unicode.In(r, unicode.Han, unicode.Mark) {
				m |= 1 << 40
			}
			if unicode.IsOneOf([]*unicode.RangeTable{unicode.Greek, unicode.Nd}, r) {
				m |= 1 << 41
			}
			h = (h ^ m) * 1099511628211
		}
		fmt.Printf("plane %2d: hash %016x", plane, h)
		for i, n := range counts {
			if n > 0 {
				fmt.Printf(" %s %d", names[i], n)
			}
		}
		fmt.Println()
	}
}
