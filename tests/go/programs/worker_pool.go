// run
// Go by Example style worker pool: jobs/results channels, sorted collection.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job    int
	worker int
	value  int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{job: j, worker: id, value: j * j}
	}
}

func main() {
	const numJobs = 20
	jobs := make(chan int, numJobs)
	results := make(chan result, numJobs)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].job < all[j].job })
	sum := 0
	for _, r := range all {
		sum += r.value
		fmt.Printf("job %2d -> %3d\n", r.job, r.value)
	}
	fmt.Println("jobs:", len(all), "sum:", sum)
	_, ok := <-results
	fmt.Println("results open:", ok)
}
