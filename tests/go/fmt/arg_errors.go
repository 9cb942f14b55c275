// run
package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "x")
	fmt.Printf("%s\n", 5)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("100%%\n")
	fmt.Printf("%t\n", 1)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%.2f\n", "str")
	fmt.Printf("no verbs\n", "extra", 3)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%")
	fmt.Println()
}
