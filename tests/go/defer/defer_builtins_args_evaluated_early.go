// run
package main

import "fmt"

type Q struct{ items []string }

func drain(q *Q, out []string) {
	defer copy(out, q.items)
	q.items = append(q.items, "late")
}

func main() {
	b := make([]byte, 5)
	func() {
		s := "hello world"
		defer copy(b, s)
		s = "changed"
	}()
	fmt.Println(string(b))
	out := make([]string, 3)
	q := &Q{items: []string{"a", "b"}}
	drain(q, out)
	fmt.Println(out, len(out[2]))
	m := map[int]string{1: "x", 2: "y"}
	k := 1
	func() {
		defer delete(m, k)
		k = 2
	}()
	fmt.Println(m)
	results := make(chan int, 3)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for v := range results {
			fmt.Println("got", v)
		}
	}()
	func() {
		defer close(results)
		for i := 0; i < 3; i++ {
			results <- i
		}
	}()
	<-done
	x := 7
	func() {
		defer println("deferred println", x, "str", 2.5, 'r', true)
		defer print("deferred print ", x, "\n")
		x = 8
	}()
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
		defer println("loop println", i)
	}
	fin := make(chan bool)
	go close(fin)
	_, ok := <-fin
	fmt.Println("fin closed:", !ok)
}
