// run
// fmt.Scan and fmt.Scanln over standard input (scan_stdin.in; scan_stdin.out is what the
// go1.19 binary printed for it): tokens, errors, and what later reads still see.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var n int
	var name string
	var f float64
	c, err := fmt.Scan(&n)
	fmt.Println(c, err, n)
	c, err = fmt.Scan(&name, &f)
	fmt.Println(c, err, name, f)
	c, err = fmt.Scanln(&name, &n)
	fmt.Println(c, err, name, n)
	c, err = fmt.Scanln(&name)
	fmt.Println(c, err, name)
	c, err = fmt.Scanln(&name, &n)
	fmt.Println(c, err, name, n)
	c, err = fmt.Scan(&n)
	fmt.Println(c, err, n)
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		fmt.Printf("rest: %q\n", sc.Text())
	}
	c, err = fmt.Scan(&n, &n)
	fmt.Println(c, err)
}
