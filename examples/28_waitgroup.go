// run procs=1,4

// Concept: sync.WaitGroup.
//
// Notes (003):
//   "Sync package: Allow goroutines to coordinate their work."
//   "sync.WaitGroup: waits for a collection of goroutines to finish."
//
// Add(n) before starting the goroutines, Done() (usually deferred) when each
// one finishes, Wait() blocks until the counter is back to zero.

package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	urls := []string{"golang.org", "go.dev", "pkg.go.dev", "play.golang.org"}
	lengths := make([]int, len(urls)) // each goroutine writes its own index

	var wg sync.WaitGroup
	for i, u := range urls {
		wg.Add(1) // before "go", so Wait cannot miss it
		go func(i int, u string) {
			defer wg.Done()
			lengths[i] = len(u) // pretend "fetch"
		}(i, u)
	}
	wg.Wait() // all goroutines are finished: lengths is complete
	for i, u := range urls {
		fmt.Printf("%-16s %d\n", u, lengths[i])
	}

	// A WaitGroup can be reused once Wait has returned.
	parts := make([]string, 3)
	wg.Add(len(parts))
	for i := range parts {
		go func(i int) {
			defer wg.Done()
			parts[i] = strings.Repeat("*", i+1)
		}(i)
	}
	wg.Wait()
	fmt.Println(strings.Join(parts, " "))
}
