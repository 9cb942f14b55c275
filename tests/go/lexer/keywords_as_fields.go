// run
package main

import "fmt"

type T struct {
	string string
	int    int
	len    int
}

func main() {
	var t T
	t.string = "s"
	t.int = 1
	t.len = 2
	true := false
	fmt.Println(t, true, len("abc"))
	nil := 5
	fmt.Println(nil)
}
