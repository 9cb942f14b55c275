// run
package main

import "fmt"

const shadow = "package"

func main() {
	fmt.Println(shadow)
	const shadow = "function"
	fmt.Println(shadow)
	{
		const shadow = iota
		fmt.Println(shadow)
	}
	const (
		p = iota + 1
		q
		r
	)
	fmt.Println(p, q, r)
}
