// The global math/rand source without Seed: random per run since Go 1.20, Go 1.19's seed 1
// under GODEBUG=randautoseed=0 (tests/seed.rs).
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Int63(), rand.Intn(1000000))
}
