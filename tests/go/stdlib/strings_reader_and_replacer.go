// run
package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	rd := strings.NewReader("abc")
	fmt.Println(rd.Len())
	b, _ := rd.ReadByte()
	fmt.Println(string(b), rd.Len())
	fmt.Println(strings.LastIndexByte("a/b/c", '/'), strings.IndexAny("golang", "ln"))
	fmt.Println(strings.ToTitle("x"), strings.Fields("") == nil, len(strings.Fields("")))
}
