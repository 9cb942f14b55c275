// run
package main

import "fmt"

func main() {
	for i, r := range "aé世😀" {
		fmt.Println(i, r, string(r))
	}
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, r := range "a\xffb\xe4\xb8" {
		fmt.Printf("%d %U\n", i, r)
	}
	n := 0
	for range "xyz" {
		n++
	}
	fmt.Println(n)
}
