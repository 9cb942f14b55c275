// run

// Printability of every rune 0..0x10FFFF (Unicode 13.0.0 in go1.19): strconv.IsPrint,
// unicode.IsPrint, strconv.IsGraphic, unicode.IsGraphic and whether the quoting functions
// keep the rune raw, summarised per plane; unassigned runes in every plane are not printable.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"unicode"
)

func mask(r rune) uint64 {
	s := string(r)
	m := uint64(0)
	for i, b := range []bool{
		strconv.IsPrint(r),
		unicode.IsPrint(r),
		strconv.IsGraphic(r),
		unicode.IsGraphic(r),
		strconv.Quote(s) == `"`+s+`"`,
		strconv.QuoteToGraphic(s) == `"`+s+`"`,
		strconv.QuoteRune(r) == "'"+s+"'",
		strconv.QuoteRuneToGraphic(r) == "'"+s+"'",
	} {
		if b {
			m |= 1 << i
		}
	}
	return m<<8 | uint64(len(strconv.Quote(s)))
}

func main() {
	for plane := rune(0); plane <= 16; plane++ {
		h := uint64(14695981039346656037)
		prints, graphics, disagreements := 0, 0, 0
		for r := plane << 16; r < (plane+1)<<16; r++ {
			m := mask(r)
			h = (h ^ m) * 1099511628211
			if m>>8&1 != 0 {
				prints++
			}
			if m>>8&4 != 0 {
				graphics++
			}
			if m>>8&1 != m>>9&1 || m>>10&1 != m>>11&1 {
				disagreements++ // strconv's and unicode's predicates differ
			}
		}
		fmt.Printf("plane %2d: print %5d graphic %5d disagreements %d hash %016x\n", plane, prints, graphics,
			disagreements, h)
	}
	// The runes the differential test found quoted raw: U+5AA5A (plane 5, unassigned) and
	// U+D7AC (unassigned, between the Hangul syllables and Jamo Extended-B).
	for _, r := range []rune{0x5AA5A, 0xD7AC, 0xD7B0, 0x2FFFF, 0xE0100, 0xE01F0, 0x3000, 0xAD} {
		_, err := strconv.ParseFloat(string(r), 64)
		fmt.Printf("%U %q %+q %q %s %s %v\n", r, r, r, string(r), strconv.QuoteToGraphic(string(r)),
			strconv.QuoteRuneToGraphic(r), err)
		var ne *strconv.NumError
		fmt.Println(errors.As(err, &ne) && ne.Num == string(r))
	}
	fmt.Println(string(strconv.AppendQuoteToGraphic([]byte("x"), "\u00a0\u2028")),
		string(strconv.AppendQuoteRuneToGraphic(nil, 0x2000)))
}
