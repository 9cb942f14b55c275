// run
package main

import "fmt"

func main() {
	a, b := 13, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b, a&b, a|b, a^b, a&^b, a<<2, a>>1, ^a, -a, +a)
	fmt.Println(a == b, a != b, a < b, a <= b, a > b, a >= b, !(a > b) && true || false)
	c := 10
	c += 2; fmt.Print(c, " ")
	c -= 3; fmt.Print(c, " ")
	c *= 4; fmt.Print(c, " ")
	c /= 5; fmt.Print(c, " ")
	c %= 4; fmt.Print(c, " ")
	c <<= 3; fmt.Print(c, " ")
	c >>= 1; fmt.Print(c, " ")
	c &= 6; fmt.Print(c, " ")
	c |= 9; fmt.Print(c, " ")
	c ^= 5; fmt.Print(c, " ")
	c &^= 8; fmt.Println(c)
	c++
	c--
	fmt.Println(c)
	ch := make(chan int, 1)
	ch <- 4
	fmt.Println(<-ch)
	p := &c
	fmt.Println(*p)
}
