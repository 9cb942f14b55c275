// run
// Closures: counters, accumulators, memoisation, function values in maps, defer in loops.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func memoize(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		fmt.Printf("  computed f(%d) call#%d\n", n, calls)
		return v
	}
}

type op func(float64, float64) (float64, error)

func main() {
	inc, reset := counter()
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())

	double := func(x int) int { return x * 2 }
	addOne := func(x int) int { return x + 1 }
	fmt.Println(compose(double, addOne)(5), compose(addOne, double)(5), compose()(5))

	slow := memoize(func(n int) int { return n * n })
	fmt.Println(slow(4), slow(4), slow(5))

	ops := map[string]op{
		"+": func(a, b float64) (float64, error) { return a + b, nil },
		"/": func(a, b float64) (float64, error) {
			if b == 0 {
				return 0, fmt.Errorf("divide %v by zero", a)
			}
			return a / b, nil
		},
	}
	keys := make([]string, 0)
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		r, err := ops[k](7, 0)
		fmt.Println(k, r, err)
	}

	var funcs []func() string
	for i := 0; i < 3; i++ {
		i := i
		funcs = append(funcs, func() string { return strings.Repeat("#", i+1) })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("deferred", n) }(i)
	}
	fib := func() func() int {
		a, b := 0, 1
		return func() int { a, b = b, a+b; return a }
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), ",")
	}
	fmt.Println()
}
