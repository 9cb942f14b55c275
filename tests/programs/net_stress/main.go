package main

// Concurrent client goroutines against servers in the same process: $CLIENTS clients of a
// TCP echo server (tcp.go) and of a net/http server (http.go), one kind or both at once
// ($SERVERS: tcp, http or both). Each kind prints the count of replies that came back intact.

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	clients, _ := strconv.Atoi(os.Getenv("CLIENTS"))
	servers := os.Getenv("SERVERS")
	var wg sync.WaitGroup
	var tcpReplies, httpReplies int64
	if servers == "tcp" || servers == "both" {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tcpReplies = tcpClients(clients)
		}()
	}
	if servers == "http" || servers == "both" {
		wg.Add(1)
		go func() {
			defer wg.Done()
			httpReplies = httpClients(clients)
		}()
	}
	wg.Wait()
	if servers != "http" {
		fmt.Println("tcp replies:", tcpReplies)
	}
	if servers != "tcp" {
		fmt.Println("http replies:", httpReplies)
	}
}
