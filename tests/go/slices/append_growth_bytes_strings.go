// run
package main

import "fmt"

func main() {
	var b []byte
	prev := -1
	for i := 0; i < 3000; i++ {
		b = append(b, 'x')
		if cap(b) != prev {
			fmt.Print(cap(b), " ")
			prev = cap(b)
		}
	}
	fmt.Println()
	var ss []string
	prev = -1
	for i := 0; i < 600; i++ {
		ss = append(ss, "")
		if cap(ss) != prev {
			fmt.Print(cap(ss), " ")
			prev = cap(ss)
		}
	}
	fmt.Println()
	type big struct{ a, b, c int64 }
	var bs []big
	prev = -1
	for i := 0; i < 600; i++ {
		bs = append(bs, big{})
		if cap(bs) != prev {
			fmt.Print(cap(bs), " ")
			prev = cap(bs)
		}
	}
	fmt.Println()
}
