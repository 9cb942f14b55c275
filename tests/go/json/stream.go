// run
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

type Job struct {
	ID    int    `json:"id"`
	Input string `json:"input"`
}

type Result struct {
	JobID  int      `json:"job_id"`
	Words  []string `json:"words"`
	Length int      `json:"length"`
}

func main() {
	// A stream of values through a Decoder.
	in := `{"id": 1, "input": "hello json world"}
	{"id": 2, "input": "a <b> & c"}   {"id": 3, "input": ""}
	[1, 2]`
	dec := json.NewDecoder(strings.NewReader(in))
	var jobs []Job
	for {
		var j Job
		err := dec.Decode(&j)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("decode error:", err)
			break
		}
		jobs = append(jobs, j)
	}
	fmt.Println(jobs)

	// A worker pool that marshals results concurrently.
	results := make([][]byte, len(jobs))
	var wg sync.WaitGroup
	ch := make(chan int)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range ch {
				words := strings.Fields(jobs[i].Input)
				b, err := json.Marshal(Result{JobID: jobs[i].ID, Words: words, Length: len(jobs[i].Input)})
				if err != nil {
					panic(err)
				}
				results[i] = b
			}
		}()
	}
	for i := range jobs {
		ch <- i
	}
	close(ch)
	wg.Wait()
	for _, r := range results {
		fmt.Println(string(r))
		var back Result
		if err := json.Unmarshal(r, &back); err != nil {
			panic(err)
		}
		fmt.Printf("%+v\n", back)
	}

	// An Encoder to stdout and to a buffer.
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]interface{}{"html": "<a&b>", "n": 1})
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]interface{}{"html": "<a&b>", "n": 1})
	enc.SetIndent("", "  ")
	enc.Encode(Result{JobID: 9, Words: []string{"x"}})
	fmt.Println(enc.Encode(make(chan int)))
	var buf bytes.Buffer
	e2 := json.NewEncoder(&buf)
	for i := 0; i < 3; i++ {
		e2.Encode(Job{ID: i, Input: strings.Repeat("z", i)})
	}
	fmt.Print(buf.String())
	d2 := json.NewDecoder(&buf)
	for d2.More() {
		var j Job
		fmt.Println(d2.Decode(&j), j)
	}

	// Decoder options and errors.
	d3 := json.NewDecoder(strings.NewReader(`{"id": 1, "extra": true}`))
	d3.DisallowUnknownFields()
	var j Job
	fmt.Println(d3.Decode(&j), j)
	d4 := json.NewDecoder(strings.NewReader(`{"n": 1.50, "big": 123456789012345678901}`))
	d4.UseNumber()
	var m map[string]interface{}
	fmt.Println(d4.Decode(&m), m)
	fmt.Printf("%T\n", m["n"])
	d5 := json.NewDecoder(strings.NewReader(`{"id": 1} {"id": `))
	fmt.Println(d5.Decode(&j), j)
	fmt.Println(d5.Decode(&j))
	d6 := json.NewDecoder(strings.NewReader(`{"id": 1} x`))
	fmt.Println(d6.Decode(&j))
	fmt.Println(d6.Decode(&j))
	fmt.Println(d6.Decode(&j))
	d7 := json.NewDecoder(strings.NewReader(`  12 34`))
	var n int
	fmt.Println(d7.Decode(&n), n)
	fmt.Println(d7.Decode(&n), n)
	fmt.Println(d7.Decode(&n), n)

	// Compact, Indent, HTMLEscape.
	var out bytes.Buffer
	fmt.Println(json.Compact(&out, []byte(" { \"a\" : [ 1 , 2 ] , \"b\" : \"x y\" } ")), out.String())
	out.Reset()
	fmt.Println(json.Indent(&out, []byte(`{"a":[1,2,{}],"b":[]}`+"\n"), "#", "  "), out.String())
	out.Reset()
	fmt.Println(json.Compact(&out, []byte(`{"a":}`)), out.Len())
	out.Reset()
	json.HTMLEscape(&out, []byte(`{"h":"<b>&amp;</b>"}`))
	fmt.Println(out.String())

	// Round trips.
	type Node struct {
		Name     string  `json:"name"`
		Children []*Node `json:"children,omitempty"`
	}
	tree := &Node{"root", []*Node{{"a", nil}, {"b", []*Node{{"c", nil}}}}}
	b, _ := json.Marshal(tree)
	fmt.Println(string(b))
	var back Node
	fmt.Println(json.Unmarshal(b, &back), back.Name, back.Children[1].Children[0].Name)
	b2, _ := json.Marshal(back)
	fmt.Println(bytes.Equal(b, b2))
	var generic interface{}
	json.Unmarshal(b, &generic)
	b3, _ := json.Marshal(generic)
	fmt.Println(string(b3))
}
