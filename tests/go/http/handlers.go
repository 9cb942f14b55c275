// run
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
)

func main() {
	inner := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "inner path=%q uri=%q", r.URL.Path, r.RequestURI)
	})
	mux := http.NewServeMux()
	mux.Handle("/api/", http.StripPrefix("/api", inner))
	mux.Handle("/gone", http.NotFoundHandler())
	mux.Handle("/old", http.RedirectHandler("/api/new", http.StatusMovedPermanently))
	mux.Handle("/other/", http.StripPrefix("/nope", inner))
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go http.Serve(ln, mux)
	base := "http://" + ln.Addr().String()
	for _, p := range []string{"/api/users/7", "/gone", "/old", "/other/x"} {
		resp, err := http.Get(base + p)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(p, resp.StatusCode, string(b), resp.Request.URL.Path)
	}
	c := &http.Client{}
	req, _ := http.NewRequest("GET", base+"/old", nil)
	resp, _ := c.Do(req)
	fmt.Println(resp.Request.Header.Get("Referer") != "", resp.StatusCode)
}
