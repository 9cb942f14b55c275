// run
package main

// Client.Timeout and request contexts: Go's error texts, Timeout() of the error, and the
// server-side request context cancelled when the client gives up.

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"
)

func main() {
	seen := make(chan string, 4)
	http.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
			seen <- "handler: " + r.Context().Err().Error()
		case <-time.After(3 * time.Second):
			seen <- "handler: finished"
			fmt.Fprint(w, "late")
		}
	})
	http.HandleFunc("/quick", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "quick")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, nil)
	base := "http://" + ln.Addr().String()
	mask := func(err error) string { return strings.Replace(fmt.Sprint(err), base, "BASE", 1) }

	client := &http.Client{Timeout: 100 * time.Millisecond}
	start := time.Now()
	_, err = client.Get(base + "/slow")
	fmt.Println(mask(err))
	var ne net.Error
	fmt.Println("timeout:", errors.As(err, &ne) && ne.Timeout(), time.Since(start) < 2*time.Second)
	fmt.Println(<-seen)

	resp, err := client.Get(base + "/quick")
	fmt.Println(resp.StatusCode, err)
	resp.Body.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/slow", nil)
	_, err = http.DefaultClient.Do(req)
	fmt.Println(mask(err), errors.Is(err, context.DeadlineExceeded))
	fmt.Println(<-seen)

	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	req2, _ := http.NewRequestWithContext(ctx2, "GET", base+"/quick", nil)
	_, err = http.DefaultClient.Do(req2)
	fmt.Println(mask(err), errors.Is(err, context.Canceled))

	_, err = http.NewRequest("bad method", base, nil)
	fmt.Println(err)
	_, err = http.Get("ftp://example.com/")
	fmt.Println(err)
	_, err = http.Get("http://[::1")
	fmt.Println(err)
}
