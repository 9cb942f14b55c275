// run procs=1,4
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	rand.Seed(42)
	a := []int{rand.Intn(100), rand.Intn(100), rand.Intn(100)}
	rand.Seed(42)
	b := []int{rand.Intn(100), rand.Intn(100), rand.Intn(100)}
	fmt.Println(a[0] == b[0] && a[1] == b[1] && a[2] == b[2])
	p := rand.Perm(10)
	sort.Ints(p)
	fmt.Println(p)
	s := []int{1, 2, 3, 4, 5}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	sort.Ints(s)
	fmt.Println(s)
	f := rand.Float64()
	fmt.Println(f >= 0 && f < 1, rand.Int63n(10) < 10, rand.Int31n(5) < 5, rand.Int() >= 0)
	r := rand.New(rand.NewSource(7))
	r2 := rand.New(rand.NewSource(7))
	fmt.Println(r.Intn(1000) == r2.Intn(1000), r.Int63() == r2.Int63())
	counts := make([]int, 3)
	for i := 0; i < 30000; i++ {
		counts[rand.Intn(3)]++
	}
	fmt.Println(counts[0] > 9000 && counts[1] > 9000 && counts[2] > 9000)
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Intn(0)
}
