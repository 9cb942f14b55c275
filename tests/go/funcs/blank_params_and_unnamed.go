// run
package main

import "fmt"

func ignore(_ int, b int) int { return b }
func unnamed(int, string) bool { return true }

func main() {
	fmt.Println(ignore(1, 2), unnamed(0, ""))
	var _ = 5
	_, _ = 1, 2
}
