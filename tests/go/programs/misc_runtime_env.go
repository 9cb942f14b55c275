// run
// fmt.Sscanf/Sscan parsing, os.Getenv/LookupEnv of unset names, runtime.NumGoroutine, Gosched.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
)

func main() {
	var name string
	var age int
	var height float64
	n, err := fmt.Sscanf("alice 30 1.68", "%s %d %f", &name, &age, &height)
	fmt.Println(n, err, name, age, height)
	var a, b int
	n, err = fmt.Sscan("10 20", &a, &b)
	fmt.Println(n, err, a+b)
	n, err = fmt.Sscanf("x=5", "x=%d", &a)
	fmt.Println(n, err, a)
	_, err = fmt.Sscan("abc", &a)
	fmt.Println(err != nil)
	fmt.Printf("%q\n", os.Getenv("MINIGO_SURELY_UNSET_VAR"))
	v, ok := os.LookupEnv("MINIGO_SURELY_UNSET_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	var wg sync.WaitGroup
	release := make(chan struct{})
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-release
		}()
	}
	runtime.Gosched()
	fmt.Println("goroutines while blocked:", runtime.NumGoroutine())
	close(release)
	wg.Wait()
	fmt.Println(runtime.GOOS != "", runtime.NumCPU() > 0)
}
