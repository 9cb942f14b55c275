// run
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"time"
)

func server(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go func(c net.Conn) {
			defer c.Close()
			io.Copy(c, c)
		}(c)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	addr := ln.Addr().String()
	fmt.Println(ln.Addr().Network(), strings.HasPrefix(addr, "127.0.0.1:"))
	go server(ln)

	// Many clients at once, each with many round trips.
	var wg sync.WaitGroup
	var mu sync.Mutex
	ok := 0
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c, err := net.Dial("tcp", addr)
			if err != nil {
				fmt.Println("dial:", err)
				return
			}
			defer c.Close()
			msg := fmt.Sprintf("client %d says hello", i)
			buf := make([]byte, len(msg))
			for k := 0; k < 50; k++ {
				if _, err := io.WriteString(c, msg); err != nil {
					fmt.Println("write:", err)
					return
				}
				if _, err := io.ReadFull(c, buf); err != nil || string(buf) != msg {
					fmt.Println("echo:", string(buf), err)
					return
				}
			}
			mu.Lock()
			ok++
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("clients echoed:", ok)

	// Half-close: the server's io.Copy sees EOF, echoes what it had and closes.
	c, _ := net.Dial("tcp", addr)
	fmt.Println(c.LocalAddr().String() != c.RemoteAddr().String(), c.RemoteAddr().String() == addr)
	io.WriteString(c, "last words")
	c.(*net.TCPConn).CloseWrite()
	all, err := io.ReadAll(c)
	fmt.Printf("%q %v\n", all, err)
	n, err := c.Read(make([]byte, 8))
	fmt.Println(n, err == io.EOF)
	c.Close()
	_, err = c.Read(make([]byte, 8))
	fmt.Println(errors.Is(err, net.ErrClosed), strings.HasSuffix(err.Error(), ": use of closed network connection"))
	fmt.Println(c.Close() != nil)

	// A read deadline: a timeout error that says so.
	c, _ = net.Dial("tcp", addr)
	c.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	start := time.Now()
	_, err = c.Read(make([]byte, 8))
	var ne net.Error
	fmt.Println(errors.As(err, &ne) && ne.Timeout(), strings.HasSuffix(err.Error(), "i/o timeout"), time.Since(start) >= 50*time.Millisecond)
	c.SetReadDeadline(time.Time{})
	io.WriteString(c, "after")
	b := make([]byte, 5)
	_, err = io.ReadFull(c, b)
	fmt.Println(string(b), err)
	c.Close()

	// Errors with Go's texts.
	_, err = net.Dial("tcp", "127.0.0.1:1")
	fmt.Println(err)
	var op *net.OpError
	fmt.Println(errors.As(err, &op), op.Op, op.Net)
	_, err = net.Dial("udp9", "127.0.0.1:1")
	fmt.Println(err)
	_, err = net.Listen("tcp", addr)
	fmt.Println(strings.Replace(err.Error(), addr, "ADDR", 1))
	ln.Close()
	_, err = ln.Accept()
	fmt.Println(strings.Replace(err.Error(), addr, "ADDR", 1))

	for _, hp := range []string{"[::1]:80", "localhost:8000", ":0", "nohost", "a:b:c", "[::1]"} {
		h, p, err := net.SplitHostPort(hp)
		fmt.Printf("%q %q %v\n", h, p, err)
	}
	fmt.Println(net.JoinHostPort("::1", "8080"), net.JoinHostPort("example.com", "80"))
}
