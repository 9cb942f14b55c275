// run procs=1,4

// Concept: a goroutine waiting on the network is parked in the network poller;
// its processor runs other goroutines meanwhile.
//
// Notes (001):
//   "If a goroutine needs to make a network I/O call, the process is a bit
//    different. In this case, the goroutine is detached from the logical
//    processor and moved to the runtime integrated network poller. Once the
//    poller indicates a read or write operation is ready, the goroutine is
//    assigned back to a logical processor to handle the operation."
// Notes (000):
//   "If every other processor run queue is empty, it checks for completed IO
//    requests (syscalls, network requests) from the netpoller."
//
// On one processor (GOMAXPROCS=1) a TCP server answers five clients, each
// reply 20ms after its request. Every client's Read waits in the network
// poller, not on the thread: the five waits overlap, and the processor keeps
// counting in another goroutine while they wait.

package main

import (
	"bufio"
	"fmt"
	"net"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

func serve(ln net.Listener) {
	for {
		conn, err := ln.Accept() // parked in the poller until a client connects
		if err != nil {
			return // the listener was closed
		}
		go func(c net.Conn) {
			defer c.Close()
			line, err := bufio.NewReader(c).ReadString('\n')
			if err != nil {
				return
			}
			time.Sleep(20 * time.Millisecond) // the server's "work"
			fmt.Fprintf(c, "reply to %s", line)
		}(conn)
	}
}

func main() {
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go serve(ln)

	// A goroutine that computes while the clients wait on the network.
	stop := make(chan bool)
	counted := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-stop:
				counted <- n
				return
			default:
				n++
				runtime.Gosched()
			}
		}
	}()

	var wg sync.WaitGroup
	var mu sync.Mutex
	var replies []string
	start := time.Now()
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			conn, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				fmt.Println(err)
				return
			}
			defer conn.Close()
			fmt.Fprintf(conn, "request-%d\n", i)
			reply, _ := bufio.NewReader(conn).ReadString('\n') // waits in the poller
			mu.Lock()
			replies = append(replies, strings.TrimSpace(reply))
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	elapsed := time.Since(start)
	close(stop)
	n := <-counted
	ln.Close()

	sort.Strings(replies)
	for _, r := range replies {
		fmt.Println(r)
	}
	fmt.Println("five 20ms waits overlapped (well under 100ms):", elapsed < 80*time.Millisecond)
	fmt.Println("the processor kept computing while they waited:", n > 0)
}
