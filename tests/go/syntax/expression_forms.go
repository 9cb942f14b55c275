// run
package main

import "fmt"

type S struct {
	m map[string][]int
	f func(int) int
}

func main() {
	s := S{map[string][]int{"k": {1, 2, 3}}, func(x int) int { return -x }}
	fmt.Println(s.m["k"][1], s.f(s.m["k"][2]), len(s.m["k"][1:]))
	fmt.Println(+1, -(-2), ^0, !true, 1 + 2*3 - 4/2%3, (1+2)*3)
	fmt.Println(1<<2+1, 1<<(2+1), 7&3|8, 6^3&1)
	fmt.Println(2 > 1 == true, "a"+"b" == "ab")
	var i interface{} = s
	fmt.Println(i.(S).m["k"][0])
	pp := &s
	fmt.Println((*pp).f(3), pp.f(4))
	fn := func() func() int { return func() int { return 42 } }
	fmt.Println(fn()())
	arr := [...][2]string{{"a", "b"}, {"c", "d"}}
	fmt.Println(arr[1][0], len(arr))
	x := []int{1, 2, 3}[1:][0]
	fmt.Println(x, map[string]int{"a": 1}["a"], "lit"[1], len([3]int{}))
}
