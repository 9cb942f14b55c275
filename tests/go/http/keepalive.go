// run
package main

// Keep-alive: sequential requests of one client reuse one connection when each body is
// read and closed; a response with Connection: close, or a body left unread, does not.

import (
	"fmt"
	"io"
	"net"
	"net/http"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, r.RemoteAddr)
	})
	http.HandleFunc("/close", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Connection", "close")
		fmt.Fprint(w, r.RemoteAddr)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, nil)
	base := "http://" + ln.Addr().String()
	client := &http.Client{}
	get := func(path string, read bool) string {
		resp, err := client.Get(base + path)
		if err != nil {
			return "error: " + err.Error()
		}
		defer resp.Body.Close()
		if !read {
			return "unread"
		}
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	first := get("/", true)
	same := 0
	for i := 0; i < 5; i++ {
		if get("/", true) == first {
			same++
		}
	}
	fmt.Println("requests on the first connection:", same)
	closing := get("/close", true)
	fmt.Println("Connection: close served on it:", closing == first)
	after := get("/", true)
	fmt.Println("next request on a new connection:", after != first)
	again := get("/", true)
	fmt.Println("which is kept:", again == after)
	get("/", false)
	fresh := get("/", true)
	fmt.Println("unread body: new connection:", fresh != after)
}
