// run
package main

import "fmt"

func main() {
	fmt.Printf("[%6d][%-6d][%06d][%+6d][% 6d]\n", 42, 42, 42, 42, 42)
	fmt.Printf("[%6s][%-6s][%.1s][%6.2s]\n", "go", "go", "go", "gopher")
	fmt.Printf("[%8.3f][%-8.3f][%08.3f][%+.3e]\n", 3.14159, 3.14159, -3.14159, 31415.9)
	fmt.Printf("[%x][% x][%#x][% #x]\n", []byte{1, 171}, []byte{1, 171}, []byte{1, 171}, []byte{1, 171})
	fmt.Printf("[%5v][%-5v][%05v]\n", true, []int{1}, 7)
	fmt.Printf("[%5c][%-3c]\n", 'z', 'y')
	fmt.Printf("[%3v][%-4v]\n", []int{1, 22}, [2]string{"a", "b"})
	fmt.Printf("[%10.3v]\n", "truncate")
	fmt.Printf("[%+v][%+d]\n", -0, 0)
}
