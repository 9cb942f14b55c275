// A server waiting in Accept with no client: not a deadlock, it waits forever (as in Go).
package main

import (
	"fmt"
	"net"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	fmt.Println("listening")
	ln.Accept()
}
