// run
// Fan-out work to goroutines, fan-in results with index to restore order; errgroup-like first error.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	idx  int
	text string
}

type out struct {
	idx    int
	result string
	err    error
}

func process(s string) (string, error) {
	if strings.Contains(s, "!") {
		return "", fmt.Errorf("bad input %q", s)
	}
	return strings.ToUpper(s), nil
}

func main() {
	inputs := []string{"alpha", "beta", "gamma", "de!ta", "epsilon", "zeta", "e!a", "theta"}
	jobs := make(chan job)
	results := make(chan out)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r, err := process(j.text)
				results <- out{j.idx, r, err}
			}
		}()
	}
	go func() {
		for i, s := range inputs {
			jobs <- job{i, s}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	ordered := make([]out, len(inputs))
	for r := range results {
		ordered[r.idx] = r
	}
	var errs []error
	for _, r := range ordered {
		if r.err != nil {
			errs = append(errs, r.err)
			fmt.Printf("%d: error %v\n", r.idx, r.err)
			continue
		}
		fmt.Printf("%d: %s\n", r.idx, r.result)
	}
	fmt.Println(len(errs))

	var mu sync.Mutex
	var firstErr error
	var once sync.Once
	var wg2 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			if i == 3 {
				once.Do(func() {
					mu.Lock()
					firstErr = fmt.Errorf("task %d failed", i)
					mu.Unlock()
				})
			}
		}(i)
	}
	wg2.Wait()
	fmt.Println("first error:", firstErr)
}
