// run
// Classic exercises: FizzBuzz, Roman numerals both ways, Caesar cipher, temperature table.
package main

import (
	"fmt"
	"strings"
)

func fizzbuzz(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	}
	return fmt.Sprint(n)
}

var romans = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

func toRoman(n int) string {
	var sb strings.Builder
	for _, r := range romans {
		for n >= r.v {
			sb.WriteString(r.s)
			n -= r.v
		}
	}
	return sb.String()
}

func fromRoman(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := val[s[i]]
		if i+1 < len(s) && val[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func caesar(s string, shift int) string {
	shift = (shift%26 + 26) % 26
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift))%26
		}
		return r
	}, s)
}

func main() {
	var parts []string
	for i := 1; i <= 20; i++ {
		parts = append(parts, fizzbuzz(i))
	}
	fmt.Println(strings.Join(parts, ","))
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		r := toRoman(n)
		fmt.Printf("%4d = %-12s -> %d\n", n, r, fromRoman(r))
	}
	enc := caesar("Hello, World! xyz", 3)
	fmt.Println(enc, "|", caesar(enc, -3))
	fmt.Println("  F       C")
	for f := -40; f <= 212; f += 36 {
		c := float64(f-32) * 5 / 9
		fmt.Printf("%4d %7.2f\n", f, c)
	}
}
