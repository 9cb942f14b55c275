// run
package main

import (
	"fmt"
	"regexp"
)

func try(p string, subjects ...string) {
	re, err := regexp.Compile(p)
	if err != nil {
		fmt.Printf("%-14q error: %v\n", p, err)
		return
	}
	for _, s := range subjects {
		fmt.Printf("%-14q %-12q %q\n", p, s, re.FindAllString(s, -1))
	}
}

func main() {
	// Go's \d \s \w \b are ASCII; \pN and friends are Unicode.
	try(`\d+`, "12٣4 56")
	try(`\w+`, "héllo wörld_1")
	try(`\s+`, "a \t\v\fb\u00a0c")
	try(`\bx\b`, "x éx xé x")
	try(`\pN+|\p{Greek}+`, "12٣4 αβγ abc")
	try(`\PL+`, "ab12cd!?")
	try(`\p{^L}+`, "ab12cd")
	try(`[\d\s]+`, "1 2a3")
	try(`[^\w]+`, "ab..c, d")
	try(`[\D]`, "1a2")
	try(`[[:alpha:]]+`, "abc123DEF")
	try(`[[:^digit:]]+`, "abc123DEF")
	try(`[a-c-]+`, "a-b-d")
	try(`[]a]+`, "]a]b")
	try(`[\d-z]+`, "1-z-y")
	try(`[&&~~--]+`, "a&&~-b")
	try(`[[a]+`, "[a[b")
	try(`\Qa.b*\E+`, "a.b*a.b** a.bb")
	try(`\x41\x{42}\101\0`, "AB\x41\x00")
	try(`\_\-\ `, "_- ")
	try(`a{2}b{1,}c{1,2}`, "aabccc aabbbc")
	try(`a{`, "a{")
	try(`a{x}`, "a{x}")
	try(`a{,3}`, "a{,3}")
	try(`(?i)hello`, "HeLLo hello")
	try(`(?i:a)b`, "Ab AB ab")
	try(`(?s).+`, "a\nb")
	try(`.+`, "a\nb")
	try(`(?m)^\w+$`, "one\ntwo\nthree")
	try(`(?U)a+`, "aaa")
	try(`a+?`, "aaa")
	try(`(?i-s:a.)`, "A\nab")
	try(`^*`, "x")
	try(`\Aab\z`, "ab")
	try(`\p{Any}`, "é")

	// errors, with Go's texts
	for _, p := range []string{`(abc`, `abc)`, `a**`, `a*?*`, `a+*`, `*a`, `(*a)`, `a|*`, `(?)a`, `(?-)`,
		`(?x)a`, `(?<n>a)`, `(?P<>x)`, `(?P<a`, `(?P<a-b>x)`, `[a`, `[z-a]`, `\1`, `\Z`, `\8`, `a{1001}`,
		`a{2,1}`, `\p{Foo}`, `x\`, `[[:foo:]]`, `\C`, `(?i)*`, `(?=a)`, `[]`, `[^]`, `(?P=n)`, `\xZZ`, `[\b]`} {
		_, err := regexp.Compile(p)
		fmt.Printf("%-12q %v\n", p, err)
	}
	ok, err := regexp.MatchString(`^[a-z]+\[[0-9]+\]$`, "adam[23]")
	fmt.Println(ok, err)
	ok, err = regexp.MatchString(`a(b`, "ab")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`b+`, []byte("abbc"))
	fmt.Println(ok, err)
}
