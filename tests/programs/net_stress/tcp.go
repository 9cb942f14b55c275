package main

// One TCP echo server and `clients` concurrent client goroutines: each client dials, sends
// its line, reads the echo back and checks it.

import (
	"bufio"
	"fmt"
	"net"
	"sync"
	"sync/atomic"
)

func serve(c net.Conn) {
	defer c.Close()
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		if _, err := c.Write([]byte(line)); err != nil {
			return
		}
	}
}

// tcpClients returns the count of echoes that came back intact.
func tcpClients(clients int) int64 {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return 0
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go serve(c)
		}
	}()
	var ok int64
	var wg sync.WaitGroup
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				fmt.Println("dial:", err)
				return
			}
			defer c.Close()
			want := fmt.Sprintf("client %d says hello\n", i)
			if _, err := c.Write([]byte(want)); err != nil {
				fmt.Println("write:", err)
				return
			}
			got, err := bufio.NewReader(c).ReadString('\n')
			if err != nil || got != want {
				fmt.Printf("client %d: %q %v\n", i, got, err)
				return
			}
			atomic.AddInt64(&ok, 1)
		}(i)
	}
	wg.Wait()
	ln.Close()
	return ok
}
