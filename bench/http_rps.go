package main

// HTTP requests per second: 100 client goroutines each make 50 keep-alive requests to an
// in-process server (Go's default transport keeps 2 idle connections per host, so most
// requests dial); prints only the number of successful requests.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
)

func main() {
	var mu sync.Mutex
	hits := 0
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits++
		mu.Unlock()
		fmt.Fprint(w, "hello, world")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, nil)
	url := "http://" + ln.Addr().String() + "/"
	var wg sync.WaitGroup
	ok := 0
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				resp, err := http.Get(url)
				if err != nil {
					continue
				}
				io.ReadAll(resp.Body)
				resp.Body.Close()
				mu.Lock()
				ok++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(ok)
}
