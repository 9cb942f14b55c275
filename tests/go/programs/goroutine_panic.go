// run exit=2
// A panic inside a goroutine crashes the whole program with the goroutine's traceback.
package main

import (
	"fmt"
	"sync"
)

type Task struct {
	ID   int
	Data []int
}

func (t Task) Run() int {
	return t.Data[t.ID]
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	tasks := []Task{{0, []int{10}}, {1, []int{1, 20}}}
	for i, t := range tasks {
		wg.Add(1)
		go func(i int, t Task) {
			defer wg.Done()
			results[i] = t.Run()
		}(i, t)
	}
	wg.Wait()
	fmt.Println(results)
	done := make(chan struct{})
	go func() {
		bad := Task{5, nil}
		fmt.Println(bad.Run())
		close(done)
	}()
	<-done
	fmt.Println("not reached")
}
