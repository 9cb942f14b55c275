// run
package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.(com|org)(x)?`)
	s := "mail bob@example.com and amy@site.org, not joe@nowhere.net"
	fmt.Println(re.MatchString(s), re.MatchString("nothing"))
	fmt.Printf("%q\n", re.FindString(s))
	fmt.Printf("%q\n", re.FindString("nothing"))
	fmt.Println(re.FindStringIndex(s), re.FindStringIndex("nothing") == nil)
	fmt.Printf("%q\n", re.FindStringSubmatch(s))
	m := re.FindStringSubmatch("nothing")
	fmt.Println(m, m == nil, len(m))
	fmt.Println(re.FindStringSubmatchIndex(s))
	fmt.Printf("%q\n", re.FindAllString(s, -1))
	fmt.Printf("%q\n", re.FindAllString(s, 1))
	fmt.Printf("%q\n", re.FindAllString(s, 0))
	fmt.Println(re.FindAllString("nothing", -1) == nil)
	fmt.Println(re.FindAllStringIndex(s, -1))
	fmt.Printf("%q\n", re.FindAllStringSubmatch(s, -1))
	fmt.Println(re.FindAllStringSubmatchIndex(s, 5))
	fmt.Println(re.NumSubexp(), len(re.SubexpNames()), re.String())

	// []byte forms
	b := []byte("x=1, y=22, z=")
	kv := regexp.MustCompile(`(\w)=(\d*)`)
	fmt.Println(kv.Match(b), string(kv.Find(b)), kv.FindIndex(b))
	fmt.Printf("%q\n", kv.FindSubmatch(b))
	fmt.Println(kv.FindSubmatchIndex(b))
	fmt.Printf("%q\n", kv.FindAll(b, -1))
	fmt.Println(kv.FindAllIndex(b, 2))
	fmt.Printf("%q\n", kv.FindAllSubmatch(b, -1))
	fmt.Println(kv.FindAllSubmatchIndex(b, -1))
	fmt.Println(kv.Find([]byte("none")) == nil, kv.FindSubmatch([]byte("none")) == nil)
	opt := regexp.MustCompile(`a(b)?c`)
	sm := opt.FindSubmatch([]byte("ac"))
	fmt.Println(len(sm), sm[1] == nil, string(sm[0]))
	fmt.Printf("%q %v\n", opt.FindStringSubmatch("ac"), opt.FindStringSubmatchIndex("ac"))
	// Find aliases the argument
	f := kv.Find(b)
	f[0] = 'X'
	fmt.Println(string(b), len(f), cap(f))
}
