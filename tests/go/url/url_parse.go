// run
package main

import (
	"fmt"
	"net/url"
)

func main() {
	for _, s := range []string{
		"http://example.com:8080/a/b%20c?x=1&y=two+words#frag",
		"https://go.dev/doc/",
		"/relative/path?q",
		"mailto:someone@example.com",
		"http://[::1]:80/x",
		"http://x.com/a b",
		"http://x.com/%zz",
		"http://x.com:port/",
		"1http://bad",
		":nope",
		"a:b/c",
		"foo:bar",
		"//host/p",
		"http://x.com/?",
		"http://h/p#a%20b",
		"http://h/%2Fslash",
		"http://a b.com/",
		"",
	} {
		u, err := url.Parse(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%q scheme=%q host=%q path=%q raw=%q query=%q frag=%q hostname=%q port=%q abs=%v\n",
			u.String(), u.Scheme, u.Host, u.Path, u.RawPath, u.RawQuery, u.Fragment, u.Hostname(), u.Port(), u.IsAbs())
		fmt.Println("  request uri:", u.RequestURI(), "escaped:", u.EscapedPath())
	}
	u, _ := url.Parse("http://example.com/search?q=go+lang&tag=a&tag=b&empty=")
	q := u.Query()
	fmt.Println(q.Get("q"), q["tag"], q.Has("empty"), q.Has("nope"), q.Get("nope") == "")
	q.Set("q", "rust & go")
	q.Add("new", "1/2")
	q.Del("tag")
	fmt.Println(q.Encode())
	u.RawQuery = q.Encode()
	u.Path = "/a path/ü"
	fmt.Println(u)
	v, err := url.ParseQuery("a=1&b=%zz&c=3;d=4&&e")
	fmt.Println(v.Encode(), err)
	fmt.Println(url.QueryEscape("a b/c?d=e&f+g~ü"), url.PathEscape("a b/c?d=e&f+g~ü"))
	for _, s := range []string{"a+b%20c", "%4", "%G1", "ok"} {
		q, err1 := url.QueryUnescape(s)
		p, err2 := url.PathUnescape(s)
		fmt.Printf("%q %v %q %v\n", q, err1, p, err2)
	}
	vals := url.Values{}
	vals.Add("z", "last")
	vals.Add("a", "first")
	vals.Add("a", "second")
	fmt.Println(vals.Encode(), len(vals))
	_, err = url.Parse("http://x.com/%zz")
	if ue, ok := err.(*url.Error); ok {
		fmt.Println(ue.Op, ue.URL, ue.Err)
	}
}
