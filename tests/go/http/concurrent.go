// run
package main

// 100 client goroutines against one server, a mutex-protected counter in the handler,
// JSON-ish bodies posted and echoed, headers both ways.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"strings"
	"sync"
)

type counter struct {
	mu   sync.Mutex
	hits map[string]int
	n    int
}

func (c *counter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.mu.Lock()
	c.n++
	c.hits[r.URL.Path]++
	n := c.n
	c.mu.Unlock()
	w.Header().Set("X-Count", fmt.Sprint(n))
	if r.Method == http.MethodPost {
		b, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%s:%s", r.Header.Get("X-Client"), strings.ToUpper(string(b)))
		return
	}
	fmt.Fprintf(w, "ok %s", r.URL.Query().Get("i"))
}

func main() {
	c := &counter{hits: map[string]int{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, c)
	base := "http://" + ln.Addr().String()

	var wg sync.WaitGroup
	var mu sync.Mutex
	results := []string{}
	failures := 0
	client := &http.Client{}
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				var resp *http.Response
				var err error
				if j == 2 {
					req, _ := http.NewRequest("POST", base+"/post", strings.NewReader(fmt.Sprintf("body-%d", i)))
					req.Header.Set("X-Client", fmt.Sprint(i))
					resp, err = client.Do(req)
				} else {
					resp, err = client.Get(fmt.Sprintf("%s/get/%d?i=%d", base, j, i))
				}
				if err != nil {
					mu.Lock()
					failures++
					mu.Unlock()
					continue
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if j == 2 {
					mu.Lock()
					results = append(results, string(b))
					mu.Unlock()
				}
			}
		}(i)
	}
	wg.Wait()
	sort.Strings(results)
	fmt.Println(len(results), results[0], results[99], "failures:", failures)
	c.mu.Lock()
	fmt.Println("count:", c.n, c.hits)
	c.mu.Unlock()
}
