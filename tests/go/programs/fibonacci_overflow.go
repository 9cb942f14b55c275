// run
// Fibonacci: closure generator, memoised recursion, uint64 overflow wrap, math/big-free checks.
package main

import "fmt"

func fibGen() func() uint64 {
	a, b := uint64(0), uint64(1)
	return func() uint64 {
		r := a
		a, b = b, a+b
		return r
	}
}

var memo = map[int]int64{}

func fibMemo(n int) int64 {
	if n < 2 {
		return int64(n)
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fibMemo(n-1) + fibMemo(n-2)
	memo[n] = v
	return v
}

func main() {
	f := fibGen()
	for i := 0; i < 100; i++ {
		v := f()
		if i < 12 || i >= 90 {
			fmt.Printf("fib(%d) = %d\n", i, v)
		}
	}
	fmt.Println(fibMemo(92))
	var x int64 = fibMemo(92)
	x += fibMemo(91)
	fmt.Println("int64 overflow:", x)
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	fmt.Println(u8, i8)
	var u32 uint32 = 1 << 31
	fmt.Println(u32*2, u32<<1, ^u32, -u32)
	var u uint64 = 1<<64 - 1
	fmt.Println(u, u+1, u/3, u%7)
	fmt.Printf("%x %X %o %b\n", u, uint32(3735928559), 8, 10)
}
