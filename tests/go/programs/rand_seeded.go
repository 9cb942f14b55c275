// run
// math/rand with a fixed seed: Intn, Float64, Perm, Shuffle are deterministic as in Go 1.19.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Printf("%.6f %.6f\n", r.Float64(), r.Float64())
	fmt.Println(r.Perm(8))
	s := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	fmt.Println(r.Int63(), r.Uint32(), r.Int31n(1000), r.Int63n(1e12))
	rand.Seed(7)
	dice := make([]int, 7)
	for i := 0; i < 600; i++ {
		dice[1+rand.Intn(6)]++
	}
	fmt.Println(dice)
	fmt.Println(rand.Int31(), rand.Float32(), r.Int31(), r.Float32(), r.Int())
}
