// run
// Strings and runes: reversal, palindromes, byte vs rune length, unicode classes, %q %U %c.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	for _, s := range []string{"hello", "Hello, 世界", "résumé", "", "🙂ok"} {
		fmt.Printf("%-14q rev=%-14q bytes=%2d runes=%d\n", s, reverse(s), len(s), utf8.RuneCountInString(s))
	}
	for _, s := range []string{"A man, a plan, a canal: Panama", "race a car", "Was it a car or a cat I saw?"} {
		fmt.Println(isPalindrome(s), s)
	}
	s := "Go語言"
	for i, r := range s {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()
	fmt.Println(s[0], s[2], string(s[2]), []byte(s)[:3])
	var counts [4]int
	for _, r := range "Hello World 123 !? ÄÖ" {
		switch {
		case unicode.IsUpper(r):
			counts[0]++
		case unicode.IsLower(r):
			counts[1]++
		case unicode.IsDigit(r):
			counts[2]++
		case unicode.IsSpace(r) || unicode.IsPunct(r):
			counts[3]++
		}
	}
	fmt.Println(counts)
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		if unicode.IsLower(r) {
			return unicode.ToUpper(r)
		}
		return r
	}, "Hello, Gopher!"))
	b := []byte("abc")
	b = append(b, "déf"...)
	fmt.Println(len(b), string(b), utf8.Valid(b), utf8.RuneLen('é'))
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(r, size, string(r))
	fmt.Printf("%q %+q %x % x\n", "日本", "日本", "hi", "hi")
}
