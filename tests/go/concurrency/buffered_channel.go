// run procs=1,4
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- "c"
	ch <- "d"
	fmt.Println(len(ch))
	close(ch)
	for s := range ch {
		fmt.Print(s, " ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Printf("%q %v %d\n", v, ok, len(ch))
}
