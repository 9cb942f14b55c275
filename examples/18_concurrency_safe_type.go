// run procs=1,4

// Concept: concurrency-safe functions and types.
//
// Notes (002):
//   "A function is called concurrently safe if it continues to work properly
//    even when called by multiple goroutines."
//   "A type is concurrently safe if all of its methods/operations are
//    concurrently safe."
//   "In a general rule, only concurrently safe types can be accessed by
//    multiple goroutines."
//   "Exported package level functions are generally safe because they have a
//    separate namespace and don't share the common variables."
//
// WordCounter is concurrency safe: every method takes the mutex. A plain
// map is NOT (concurrent map writes can crash the program with "fatal error:
// concurrent map writes"). strings.ToUpper is an exported package-level
// function that shares no variables, so calling it from many goroutines is
// safe.

package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type WordCounter struct {
	mu     sync.Mutex
	counts map[string]int
}

func NewWordCounter() *WordCounter {
	return &WordCounter{counts: make(map[string]int)}
}

func (c *WordCounter) Add(word string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts[word]++
}

func (c *WordCounter) Count(word string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts[word]
}

// Words returns a sorted copy, so callers never touch the internal map.
func (c *WordCounter) Words() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	words := make([]string, 0, len(c.counts))
	for w := range c.counts {
		words = append(words, w)
	}
	sort.Strings(words)
	return words
}

func main() {
	text := []string{
		"go is fun",
		"channels are fun",
		"go go go",
		"share memory by communicating",
	}
	counter := NewWordCounter()
	var wg sync.WaitGroup
	for _, line := range text {
		wg.Add(1)
		go func(line string) {
			defer wg.Done()
			for _, w := range strings.Fields(strings.ToUpper(line)) { // safe package functions
				counter.Add(w) // safe method
			}
		}(line)
	}
	wg.Wait()
	for _, w := range counter.Words() {
		fmt.Printf("%-13s %d\n", w, counter.Count(w))
	}
}
