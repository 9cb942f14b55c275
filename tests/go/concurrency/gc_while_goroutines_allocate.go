// run procs=1,4
package main

import (
	"fmt"
	"sync"
)

// Many goroutines allocate (trees, slices, strings, maps) and hand their results over
// channels while collections run: every value must survive intact.

type node struct {
	left, right *node
	val         int
}

func build(depth, val int) *node {
	if depth == 0 {
		return &node{val: val}
	}
	return &node{build(depth-1, 2*val), build(depth-1, 2*val+1), val}
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.left.sum() + n.right.sum()
}

func worker(id int, jobs <-chan int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	keep := map[int][]int{}
	for j := range jobs {
		t := build(10, j)
		s := make([]int, 0)
		for i := 0; i < 200; i++ {
			s = append(s, i*j)
		}
		keep[j] = s
		out <- fmt.Sprintf("%d:%d:%d", j, t.sum(), len(keep[j]))
	}
	total := 0
	for _, s := range keep {
		total += s[len(s)-1]
	}
	out <- fmt.Sprintf("worker-total:%d", total)
}

func main() {
	const workers = 32
	const jobs = 400
	jobCh := make(chan int)
	out := make(chan string, 64)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go worker(w, jobCh, out, &wg)
	}
	go func() {
		for j := 0; j < jobs; j++ {
			jobCh <- j
		}
		close(jobCh)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	checksum, lines, totals := 0, 0, 0
	for s := range out {
		var j, sum, n int
		if _, err := fmt.Sscanf(s, "%d:%d:%d", &j, &sum, &n); err == nil {
			want := build(10, j).sum()
			if sum != want || n != 200 {
				fmt.Println("corrupted:", s, "want", want)
			}
			checksum += sum
			lines++
		} else {
			var t int
			fmt.Sscanf(s, "worker-total:%d", &t)
			totals += t
		}
	}
	fmt.Println("results:", lines)
	fmt.Println("checksum:", checksum)
	fmt.Println("totals:", totals)
}
