// run
package main

import "fmt"

func main() {
	fmt.Printf("[%5s][%-5s]\n", "日本", "é")
	fmt.Printf("[%3c][%-4q]\n", '世', 'x')
	fmt.Printf("[%.2s]\n", "日本語")
	for _, row := range [][2]string{{"name", "value"}, {"a", "1"}, {"longer", "22"}} {
		fmt.Printf("%-8s|%4s|\n", row[0], row[1])
	}
}
