// run
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello %s via %s %s\n", r.URL.Query().Get("name"), r.Method, r.Proto)
	})
	mux.HandleFunc("/tree/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "tree %s\n", r.URL.Path)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprintln(w, "root")
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("x", 5000)))
	})
	mux.HandleFunc("/form", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "a=%s b=%s len=%d\n", r.FormValue("a"), r.FormValue("b"), r.ContentLength)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, mux)
	base := "http://" + ln.Addr().String()
	for _, p := range []string{"/hello?name=gopher", "/tree/x/y", "/tree", "/nope", "/", "/big", "/a/../hello"} {
		resp, err := http.Get(base + p)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if len(body) > 100 {
			body = body[:20]
		}
		fmt.Printf("%s %d %q %q len=%d cl=%s te=%v\n", p, resp.StatusCode, resp.Status, body, resp.ContentLength, resp.Header.Get("Content-Length"), resp.Header.Get("Content-Type"))
	}
	resp, err := http.Post(base+"/form?b=q", "application/x-www-form-urlencoded", strings.NewReader("a=1&b=2"))
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := io.ReadAll(resp.Body)
	fmt.Print(string(b))
	_, err = http.Get("http://127.0.0.1:1/")
	fmt.Println(err)
}
