// run
// Producer/consumer with buffered channel, done channel, multiple consumers and totals.
package main

import (
	"fmt"
	"sync"
)

type Item struct {
	ID    int
	Price float64
}

func producer(n int, out chan<- Item) {
	for i := 1; i <= n; i++ {
		out <- Item{i, float64(i) * 1.25}
	}
	close(out)
}

func consumer(id int, in <-chan Item, totals []float64, counts []int, wg *sync.WaitGroup) {
	defer wg.Done()
	for it := range in {
		totals[id] += it.Price
		counts[id]++
	}
}

func main() {
	items := make(chan Item, 5)
	totals := make([]float64, 3)
	counts := make([]int, 3)
	var wg sync.WaitGroup
	go producer(40, items)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go consumer(i, items, totals, counts, &wg)
	}
	wg.Wait()
	sum, n := 0.0, 0
	for i := range totals {
		sum += totals[i]
		n += counts[i]
	}
	fmt.Printf("consumed %d items worth %.2f\n", n, sum)
	done := make(chan bool)
	data := make(chan int)
	go func() {
		for v := range data {
			fmt.Println("processing", v)
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		data <- i
	}
	close(data)
	<-done
	fmt.Println("len/cap:", len(items), cap(items))
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxActive, active := 0, 0
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("max concurrent <= 2:", maxActive <= 2)
}
