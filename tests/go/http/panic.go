// run
package main

// A handler's panic is recovered and logged ("http: panic serving ADDR: VALUE"), its
// connection closed; the server keeps serving.

import (
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"strings"
)

type firstLine struct{}

// Write prints the first line of a log entry with the client's address masked.
func (firstLine) Write(p []byte) (int, error) {
	line := strings.SplitN(string(p), "\n", 2)[0]
	if i := strings.Index(line, "serving "); i >= 0 {
		rest := line[i+len("serving "):]
		if j := strings.Index(rest, ": "); j >= 0 {
			line = line[:i] + "serving ADDR" + rest[j:]
		}
	}
	fmt.Println("log:", line)
	return len(p), nil
}

func main() {
	log.SetFlags(0)
	log.SetOutput(firstLine{})
	http.HandleFunc("/panic", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "partial output")
		panic("boom")
	})
	http.HandleFunc("/index", func(w http.ResponseWriter, r *http.Request) {
		var s []int
		fmt.Fprintln(w, s[3])
	})
	http.HandleFunc("/error", func(w http.ResponseWriter, r *http.Request) {
		panic(fmt.Errorf("wrapped: %w", io.ErrUnexpectedEOF))
	})
	http.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "still serving")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, nil)
	base := "http://" + ln.Addr().String()
	for _, p := range []string{"/panic", "/index", "/error", "/ok"} {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", p)
		all, err := io.ReadAll(c)
		fmt.Printf("%s: %d bytes, %v\n", p, len(all), err)
		c.Close()
	}
	resp, err := http.Get(base + "/panic")
	fmt.Println(resp == nil, strings.Replace(fmt.Sprint(err), base, "BASE", 1))
}
