// run
// math/rand reproduces Go 1.19's generator: the global source seeded with 1 (Go 1.19's
// default; since Go 1.20 an unseeded one is random, see tests/seed.rs), Seed, NewSource
// (negative and zero seeds too) and the methods derived from it, Shuffle included.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	rand.Seed(1)
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Int63(), rand.Float64(), rand.Perm(5))
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(10), r.Int63(), r.Int31n(1000), r.Int63n(1e12), r.Float64(), r.Perm(6))
	s := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s, r.Int(), r.Uint32(), r.Int31(), r.Float32())
	fmt.Println(rand.Uint32(), rand.Int31(), rand.Float32(), rand.Int31n(77))
	rand.Seed(-5)
	fmt.Println(rand.Intn(1<<40), rand.Int63n(7))
	rand.Seed(0)
	fmt.Println(rand.Int())
	r.Seed(1<<31 - 1)
	fmt.Println(r.Int63())
	big := rand.New(rand.NewSource(7))
	sum := 0
	for i := 0; i < 10000; i++ {
		sum += big.Intn(1000)
	}
	fmt.Println(sum)
}
