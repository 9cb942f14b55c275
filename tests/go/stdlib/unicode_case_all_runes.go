// run

// Case mapping and folding of every rune 0..0x10FFFF (go1.19's Unicode 13.0.0 tables):
// unicode.ToUpper/ToLower/ToTitle/SimpleFold and the strings functions built on them,
// summarised per plane as a hash, plus the runes where newer Unicode versions differ.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for plane := rune(0); plane <= 16; plane++ {
		h := uint64(14695981039346656037)
		mapped, folded := 0, 0
		for r := plane << 16; r < (plane+1)<<16; r++ {
			u, l, t, f := unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r)
			for _, v := range []rune{u - r, l - r, t - r, f - r} {
				h = (h ^ uint64(v)) * 1099511628211
			}
			if u != r || l != r || t != r {
				mapped++
			}
			if f != r {
				folded++
				s, fs := string(r), string(f)
				if !strings.EqualFold(s, fs) || !strings.EqualFold("x"+fs, "X"+s) {
					fmt.Printf("EqualFold(%U, %U) false\n", r, f)
				}
			}
		}
		fmt.Printf("plane %2d: mapped %4d folded %4d hash %016x\n", plane, mapped, folded, h)
	}
	for _, r := range []rune{0x130, 0x131, 0x19B, 0x264, 0x10D0, 0x1C5, 0x1E9E, 0x2C2F, 0xA7C0, 0x10570, 0x1E900} {
		s := string(r)
		fmt.Printf("%U %q %q %q %q %v %v\n", r, strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s),
			string(unicode.SimpleFold(r)), strings.EqualFold(s, strings.ToUpper(s)), strings.EqualFold(s, strings.ToLower(s)))
	}
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("ǆemal", "ǅEMAL"), strings.EqualFold("k", "\u212a"),
		strings.EqualFold("σς", "ΣΣ"), strings.EqualFold("a\xffb", "A\xffB"), strings.EqualFold("ab", "a"))
	fmt.Println(strings.Title("ǆungla x€y a.b ñandú 1a"), strings.ToTitle("ǆungla"), strings.Title("héllo wörld"))
}
