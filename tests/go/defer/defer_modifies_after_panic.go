// run
package main

import "fmt"

func parse(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			n = -1
			err = fmt.Errorf("bad input %q: %v", s, r)
		}
	}()
	for _, c := range s {
		if c < '0' || c > '9' {
			panic("not a digit")
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func main() {
	fmt.Println(parse("123"))
	fmt.Println(parse("12x"))
}
