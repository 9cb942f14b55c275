// run
package main

import "fmt"

type T struct{ n int }

func (t *T) Inc() { t.n++ }

type W struct{ t T }

func main() {
	var arr [2]T
	arr[1].Inc()
	w := W{}
	w.t.Inc()
	pw := &w
	pw.t.Inc()
	s := make([]W, 1)
	s[0].t.Inc()
	fmt.Println(arr, w, s)
}
