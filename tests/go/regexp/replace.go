// run
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?P<first>\w+)\s+(?P<last>\w+)`)
	s := "John Smith, Jane Doe"
	for _, t := range []string{"$2 $1", "${last}_${first}", "$last $first", "$1x", "${1}x", "$$1", "$", "$ 1", "${1", "${}", "$9", "$01", "$0", "${first}${nope}!", "$firstx", "$1$2"} {
		fmt.Printf("%-20q %q\n", t, re.ReplaceAllString(s, t))
	}
	fmt.Println(re.ReplaceAllLiteralString(s, "$2 $1"))
	fmt.Println(re.ReplaceAllStringFunc(s, strings.ToUpper))
	n := 0
	fmt.Println(regexp.MustCompile(`\d+`).ReplaceAllStringFunc("a1b22c333", func(m string) string {
		n++
		return fmt.Sprintf("[%d:%s]", n, m)
	}))
	fmt.Printf("%s\n", re.ReplaceAll([]byte(s), []byte("$last")))
	fmt.Printf("%s\n", re.ReplaceAllLiteral([]byte(s), []byte("$last")))
	fmt.Printf("%s\n", re.ReplaceAllFunc([]byte(s), func(b []byte) []byte { return append([]byte("<"), b...) }))
	fmt.Println(re.ReplaceAll(nil, []byte("x")) == nil)
	fmt.Println(regexp.MustCompile(`a*`).ReplaceAllString("baaac", "-"))
	fmt.Println(regexp.MustCompile(`x*`).ReplaceAllString("abc", "-"))
	fmt.Println(regexp.MustCompile(`a|b*`).ReplaceAllString("abbaxb", "-"))

	m := re.FindStringSubmatchIndex(s)
	dst := re.ExpandString([]byte("got: "), "$last, $first", s, m)
	fmt.Println(string(dst))
	fmt.Printf("%q\n", re.SubexpNames())
	fmt.Println(re.SubexpIndex("last"), re.SubexpIndex("first"), re.SubexpIndex("none"), re.SubexpIndex(""))
	dup := regexp.MustCompile(`(?P<x>a)|(?P<x>b)|(?P<1y>c)`)
	fmt.Println(dup.ReplaceAllString("abc", "[$x|${1y}]"), dup.SubexpIndex("x"), dup.SubexpNames())
	fmt.Println(regexp.QuoteMeta(`1.5+[x]*(y)?{z}|^$\`))
}
