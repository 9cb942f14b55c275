// run
package main

import "fmt"

type counter int

func (c *counter) inc() { *c++ }

type point struct{ x, y int }

// named result captured by a deferred closure: every return stores to it.
func named() (r int) {
	defer func() { r *= 10 }()
	return 4
}

func namedSeen() (r int) {
	show := func() int { return r }
	r = 3
	return show() + 1
}

func paramCaptured(p int, s string) func() string {
	return func() string { return fmt.Sprint(s, p) }
}

func main() {
	// Never reassigned: the closure may see a copy.
	a := 1
	fa := func() int { return a * 2 }
	fmt.Println(fa())

	// Reassigned after the closure is made: the closure must see the new value.
	b := 1
	fb := func() int { return b }
	b = 5
	fmt.Println(fb())

	// Reassigned inside the closure: the outer variable changes.
	c := 1
	inc := func() { c++ }
	inc()
	inc()
	fmt.Println(c)

	// op= and a redeclaring := are reassignments too.
	d := 2
	fd := func() int { return d }
	d *= 7
	x, d := 1, 100
	fmt.Println(fd(), x, d)

	// Address taken: shared through the pointer.
	e := 3
	pe := &e
	fe := func() int { return e }
	*pe = 33
	fmt.Println(fe())

	// Pointer method on a captured named int.
	var k counter
	fk := func() counter { return k }
	k.inc()
	k.inc()
	fmt.Println(fk())

	// Struct variable: a field store is seen by the closure.
	pt := point{1, 2}
	fp := func() int { return pt.x + pt.y }
	pt.x = 10
	fmt.Println(fp())

	// range in assign form reassigns its variables.
	var key, val int
	fkv := func() int { return key*100 + val }
	for key, val = range []int{7, 8, 9} {
	}
	fmt.Println(fkv())

	// A fresh variable per iteration, never reassigned: each closure keeps its own.
	var fs []func() int
	for _, v := range []int{1, 2, 3} {
		w := v
		fs = append(fs, func() int { return w * w })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Nested closures pass a copied value, and a reassigned one by reference.
	outer, shared := 6, 0
	nest := func() func() int {
		return func() int { shared++; return outer + shared }
	}
	n1 := nest()
	fmt.Println(n1(), n1(), shared)

	// A recursive closure refers to itself through a reassigned variable.
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))

	// Goroutines capturing copies and a reassigned result channel.
	results := make(chan int, 3)
	for i := 0; i < 3; i++ {
		id := i
		go func() { results <- id * 10 }()
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println(sum)

	// Selected and switched variables.
	ch := make(chan string, 1)
	ch <- "hi"
	var got string
	fg := func() string { return got }
	select {
	case got = <-ch:
	}
	fmt.Println(fg())
	var any interface{} = 2.5
	switch t := any.(type) {
	case float64:
		ft := func() float64 { return t * 2 }
		fmt.Println(ft())
	}

	fmt.Println(named(), namedSeen(), paramCaptured(9, "p")())
}
