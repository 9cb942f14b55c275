package main

// One net/http server and `clients` concurrent client goroutines: each client GETs
// /echo?n=i (a connection of its own: keep-alive is off, so every request also accepts a
// connection) and checks the body.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
)

// httpClients returns the count of replies that came back intact.
func httpClients(clients int) int64 {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return 0
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "n=%s", r.URL.Query().Get("n"))
	})
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	client := &http.Client{}
	base := "http://" + ln.Addr().String() + "/echo?n="
	var ok int64
	var wg sync.WaitGroup
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			req, err := http.NewRequest("GET", base+strconv.Itoa(i), nil)
			if err != nil {
				return
			}
			req.Close = true
			resp, err := client.Do(req)
			if err != nil {
				fmt.Println(err)
				return
			}
			body, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err == nil && resp.StatusCode == 200 && string(body) == "n="+strconv.Itoa(i) {
				atomic.AddInt64(&ok, 1)
			}
		}(i)
	}
	wg.Wait()
	srv.Close()
	return atomic.LoadInt64(&ok)
}
