// run
package main

import (
	"bufio"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Standard-library functions minigo implemented but did not declare to its type checker.
func main() {
	fmt.Println(strconv.QuoteToASCII("héllo, 世界\n"), strconv.QuoteRuneToASCII('☺'))
	fmt.Println(strconv.CanBackquote("a`b"), strconv.CanBackquote("plain"))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	fs := []float64{1.5, 2.5, 9}
	fmt.Println(sort.Float64sAreSorted(fs), sort.SearchFloat64s(fs, 2.5))
	var a, b int
	n, err := fmt.Sscanln("3 4", &a, &b)
	fmt.Println(n, err, a+b)
	sc := bufio.NewScanner(strings.NewReader("ab"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5), math.Remainder(10, 3), math.Expm1(0))
	for _, r := range "aЖ世ب1 ア가!" {
		fmt.Print(unicode.In(r, unicode.Arabic, unicode.Hangul, unicode.Katakana), unicode.Is(unicode.Lu, r), unicode.Is(unicode.Nd, r), unicode.Is(unicode.P, r), unicode.Is(unicode.White_Space, r), " ")
	}
	fmt.Println()
}
