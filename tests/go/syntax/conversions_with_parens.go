// run
package main

import "fmt"

type T struct{ n int }
type IntPtr *int
type F func() int

func main() {
	t := &T{1}
	p := (*T)(t)
	p.n = 2
	fmt.Println(t.n)
	x := 5
	ip := IntPtr(&x)
	fmt.Println(*(*int)(ip))
	f := (func() int)(func() int { return 7 })
	fmt.Println(f(), F(f)())
	ch := (<-chan int)(make(chan int))
	fmt.Printf("%T\n", ch)
	s := []byte("x")
	fmt.Println(string(([]byte)(s)), ([]int)(nil) == nil)
	var e interface{} = (interface{})(3)
	fmt.Println(e)
}
