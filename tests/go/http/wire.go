// run
package main

// The exact bytes a server writes: status lines, Go's default headers, Content-Length for
// small bodies, chunked encoding for large or flushed ones, keep-alive with several
// requests on one connection, Connection: close, HEAD, 204, a chunked request body.

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"
)

func handler(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/small":
		fmt.Fprintf(w, "small %s %s %d", r.Method, r.Host, r.ContentLength)
	case "/html":
		fmt.Fprint(w, "<html><body>hi</body></html>")
	case "/big":
		for i := 0; i < 300; i++ {
			fmt.Fprintf(w, "line %03d\n", i)
		}
	case "/flush":
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "part %d\n", i)
			w.(http.Flusher).Flush()
		}
	case "/json":
		w.Header().Set("Content-Type", "application/json")
		w.Header().Add("X-Multi", "a")
		w.Header().Add("X-Multi", "b")
		w.WriteHeader(http.StatusCreated)
		fmt.Fprint(w, `{"ok":true}`)
	case "/empty":
		w.WriteHeader(http.StatusNoContent)
	case "/nothing":
	case "/echo":
		b, err := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%d %q %v %s", r.ContentLength, b, err, r.Header.Get("X-Test"))
	case "/error":
		http.Error(w, "bad thing", http.StatusTeapot)
	case "/redirect":
		http.Redirect(w, r, "/small?x=1", http.StatusFound)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, http.HandlerFunc(handler))
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	rd := bufio.NewReader(c)
	c.SetDeadline(time.Now().Add(10 * time.Second))
	send := func(req string) {
		fmt.Printf(">>> %q\n", strings.SplitN(req, "\r\n", 2)[0])
		c.Write([]byte(req))
		// Read one response: the head, then the body as its framing says.
		length, chunked := -1, false
		for {
			line, err := rd.ReadString('\n')
			if err != nil {
				fmt.Println("read error:", err)
				return
			}
			if strings.HasPrefix(line, "Date: ") {
				line = "Date: <date>\r\n"
			}
			fmt.Printf("%q\n", line)
			if strings.HasPrefix(line, "Content-Length: ") {
				fmt.Sscanf(line, "Content-Length: %d", &length)
			}
			if line == "Transfer-Encoding: chunked\r\n" {
				chunked = true
			}
			if line == "\r\n" {
				break
			}
		}
		if strings.HasPrefix(req, "HEAD") {
			return
		}
		if chunked {
			n := 0
			for {
				line, _ := rd.ReadString('\n')
				var size int
				fmt.Sscanf(line, "%x", &size)
				buf := make([]byte, size+2)
				io.ReadFull(rd, buf)
				n++
				if size == 0 {
					break
				}
				if n <= 3 {
					fmt.Printf("chunk %d %q\n", size, buf[:min(size, 30)])
				}
			}
			fmt.Println("chunks:", n)
			return
		}
		if length >= 0 {
			buf := make([]byte, length)
			io.ReadFull(rd, buf)
			fmt.Printf("body %q\n", buf)
		}
	}
	send("GET /small HTTP/1.1\r\nHost: example.com\r\n\r\n")
	send("GET /html HTTP/1.1\r\nHost: x\r\n\r\n")
	send("GET /big HTTP/1.1\r\nHost: x\r\n\r\n")
	send("GET /flush HTTP/1.1\r\nHost: x\r\n\r\n")
	send("GET /json HTTP/1.1\r\nHost: x\r\n\r\n")
	send("GET /empty HTTP/1.1\r\nHost: x\r\n\r\n")
	send("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n")
	send("HEAD /small HTTP/1.1\r\nHost: x\r\n\r\n")
	send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nx-test: yes\r\n\r\nhello")
	send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4\r\ndefg\r\n0\r\n\r\n")
	send("GET /error HTTP/1.1\r\nHost: x\r\n\r\n")
	send("GET /redirect HTTP/1.1\r\nHost: x\r\n\r\n")
	send("GET /missing/../small HTTP/1.1\r\nHost: x\r\n\r\n")
	send("GET /small HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	_, err = rd.ReadByte()
	fmt.Println("after close:", err)

	// Requests Go rejects.
	for _, req := range []string{
		"GET /small HTTP/1.1\r\n\r\n",
		"NONSENSE\r\n\r\n",
		"GET /small HTTP/1.0\r\n\r\n",
	} {
		c2, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		c2.SetDeadline(time.Now().Add(10 * time.Second))
		c2.Write([]byte(req))
		all, _ := io.ReadAll(c2)
		text := string(all)
		if i := strings.Index(text, "Date: "); i >= 0 {
			text = text[:i] + "Date: <date>" + text[i+35:]
		}
		fmt.Printf("%q -> %q\n", req, text)
		c2.Close()
	}
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}
