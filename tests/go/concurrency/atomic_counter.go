// run procs=1,4
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var u atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				atomic.AddInt64(&n, 1)
				u.Add(2)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), u.Load())
	var flag int32
	fmt.Println(atomic.CompareAndSwapInt32(&flag, 0, 1), atomic.CompareAndSwapInt32(&flag, 0, 1), flag)
	old := atomic.SwapInt64(&n, 5)
	fmt.Println(old, n)
	atomic.StoreInt32(&flag, 9)
	fmt.Println(atomic.LoadInt32(&flag))
}
