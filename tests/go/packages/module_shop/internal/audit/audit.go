package audit

import "fmt"

var entries []string

func init() {
	fmt.Println("audit init")
}

func Log(s string) {
	entries = append(entries, s)
	fmt.Println("audit:", s)
}

func Dump() {
	fmt.Println(len(entries), "entries")
}
