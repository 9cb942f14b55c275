// run
package main

// Server.Shutdown: Serve returns ErrServerClosed at once, an in-flight request finishes,
// idle keep-alive connections are closed, later ListenAndServe calls fail; Server.Close.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

func main() {
	started := make(chan bool)
	release := make(chan bool)
	mux := http.NewServeMux()
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		started <- true
		<-release
		fmt.Fprint(w, "slow done")
	})
	mux.HandleFunc("/fast", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "fast")
	})
	srv := &http.Server{Handler: mux, ReadTimeout: 5 * time.Second}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	base := "http://" + ln.Addr().String()
	served := make(chan error)
	go func() { served <- srv.Serve(ln) }()

	resp, err := http.Get(base + "/fast")
	if err != nil {
		panic(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println("fast:", string(b))

	result := make(chan string)
	go func() {
		resp, err := http.Get(base + "/slow")
		if err != nil {
			result <- "slow error: " + err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		result <- "slow: " + string(b)
	}()
	<-started

	shut := make(chan error)
	go func() { shut <- srv.Shutdown(context.Background()) }()
	err = <-served
	fmt.Println("Serve returned:", err, errors.Is(err, http.ErrServerClosed))
	select {
	case err := <-shut:
		fmt.Println("Shutdown returned early:", err)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("Shutdown waits for the in-flight request")
	}
	release <- true
	fmt.Println(<-result)
	fmt.Println("Shutdown:", <-shut)
	fmt.Println("ListenAndServe after:", srv.ListenAndServe())
	_, err = net.Dial("tcp", ln.Addr().String())
	fmt.Println("dial after shutdown fails:", err != nil)

	// Shutdown whose context ends first.
	srv2 := &http.Server{Handler: mux}
	ln2, _ := net.Listen("tcp", "127.0.0.1:0")
	go srv2.Serve(ln2)
	go http.Get("http://" + ln2.Addr().String() + "/slow")
	<-started
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	fmt.Println("Shutdown with deadline:", srv2.Shutdown(ctx))
	release <- true

	// Close: listeners and connections at once.
	srv3 := &http.Server{Addr: "127.0.0.1:0", Handler: mux}
	closed := make(chan error)
	go func() { closed <- srv3.ListenAndServe() }()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("Close:", srv3.Close())
	fmt.Println("ListenAndServe returned:", <-closed)
}
