package main

// TCP echo throughput: one in-process server, 100 client goroutines, each doing 2,000
// round trips of a 64-byte message on its own connection. Prints only the count.

import (
	"fmt"
	"io"
	"net"
	"sync"
)

const (
	clients = 100
	trips   = 2000
	size    = 64
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				io.Copy(c, c)
			}()
		}
	}()
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				panic(err)
			}
			defer c.Close()
			msg := make([]byte, size)
			buf := make([]byte, size)
			n := 0
			for t := 0; t < trips; t++ {
				if _, err := c.Write(msg); err != nil {
					panic(err)
				}
				if _, err := io.ReadFull(c, buf); err != nil {
					panic(err)
				}
				n++
			}
			mu.Lock()
			total += n
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(total)
}
