// run
package main

import "fmt"

func main() {
	m := make(map[int]int, 10)
	for i := 0; i < 100000; i++ {
		m[i*7] = i
	}
	fmt.Println(len(m), m[7*99999], m[700])
	for i := 0; i < 100000; i += 2 {
		delete(m, i*7)
	}
	fmt.Println(len(m))
	_, ok := m[14]
	fmt.Println(ok)
}
