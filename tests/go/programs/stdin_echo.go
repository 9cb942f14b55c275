// run
// Reading os.Stdin with bufio.Scanner when stdin is empty: zero lines, no error.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		fmt.Println("line:", sc.Text())
	}
	fmt.Println("lines:", n, "err:", sc.Err())
	var x int
	k, err := fmt.Scan(&x)
	fmt.Println(k, err, x)
}
