// run

// rand.Uint64 and (*Rand).Uint64: the generator's whole 64-bit word (Go's sources are
// Source64); with a user-defined Source, two Int63 values combined.
package main

import (
	"fmt"
	"math/rand"
)

type counter struct{ n int64 }

func (c *counter) Int63() int64 { c.n += 0x123456789; return c.n }
func (c *counter) Seed(s int64) { c.n = s }

func main() {
	rand.Seed(42)
	fmt.Println(rand.Uint64(), rand.Uint64())
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 3; i++ {
		fmt.Println(r.Uint64(), r.Int63())
	}
	u := rand.New(&counter{})
	fmt.Println(u.Uint64(), u.Uint64())
}
