// run go1.22 procs=1,4
package main

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
)

func main() {
	var calls atomic.Int32
	setup := sync.OnceFunc(func() { calls.Add(1); fmt.Println("setup runs once") })
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			setup()
		}()
	}
	wg.Wait()
	setup()
	fmt.Println("calls:", calls.Load())

	computed := 0
	answer := sync.OnceValue(func() int {
		computed++
		return 6 * 7
	})
	results := make([]int, 20)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = answer()
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println(answer(), sum, computed)

	readConfig := sync.OnceValues(func() ([]byte, error) {
		fmt.Println("reading")
		return os.ReadFile("/nonexistent/minigo-config")
	})
	for i := 0; i < 3; i++ {
		data, err := readConfig()
		fmt.Println(len(data), errors.Is(err, os.ErrNotExist))
	}
	pair := sync.OnceValues(func() (string, int) { return "seven", 7 })
	fmt.Println(pair())

	attempts := 0
	bad := sync.OnceFunc(func() {
		attempts++
		panic(fmt.Sprintf("attempt %d failed", attempts))
	})
	for i := 0; i < 3; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			bad()
		}()
	}
	fmt.Println("attempts:", attempts)

	type custom struct{ code int }
	badValue := sync.OnceValue(func() string { panic(&custom{42}) })
	var first any
	for i := 0; i < 2; i++ {
		func() {
			defer func() {
				r := recover()
				if first == nil {
					first = r
				}
				fmt.Println("same value:", r == first, r.(*custom).code)
			}()
			fmt.Println(badValue())
		}()
	}
	badValues := sync.OnceValues(func() (int, error) { panic(errors.New("no values")) })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			badValues()
		}()
	}
}
