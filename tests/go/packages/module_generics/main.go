package main

import (
	"fmt"
	"sort"
	"strconv"
	"sync"

	"example.com/gen/algo"
	"example.com/gen/store"
)

type Celsius float64

type local struct{ name string }

func main() {
	fmt.Println(algo.Map([]int{1, 2, 3}, strconv.Itoa))
	fmt.Println(algo.Map[int, string]([]int{4}, func(i int) string { return fmt.Sprint(-i) }))
	double := algo.Map[float64, float64]
	fmt.Println(double([]float64{1.5}, func(f float64) float64 { return 2 * f }))
	fmt.Println(algo.Sum(1, 2, 3), algo.Sum(1.5, 2.25), algo.Sum[Celsius](20, 1.5))

	c := store.New[string, int]()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Put("k"+strconv.Itoa(i%4), i)
		}(i)
	}
	wg.Wait()
	v, ok := c.Get("k9")
	fmt.Println(c.Len(), v, ok)

	chans := make([]<-chan algo.Pair[string, int], 3)
	for i := range chans {
		ch := make(chan algo.Pair[string, int])
		chans[i] = ch
		go func(i int) {
			defer close(ch)
			for j := 0; j < 2; j++ {
				ch <- algo.Pair[string, int]{Key: fmt.Sprint("w", i), Val: j}
			}
		}(i)
	}
	var got []string
	for p := range algo.Merge(chans...) {
		got = append(got, fmt.Sprintf("%s/%d", p.Key, p.Val))
	}
	sort.Strings(got)
	fmt.Println(got)

	var s store.Stack[store.Item]
	s.Push(store.Item{N: 1})
	fmt.Printf("%T %v\n", s, s.Pop())
	fmt.Printf("%T\n", store.Stack[[]store.Item]{})
	fmt.Printf("%T\n", algo.Pair[local, *store.Item]{})
	fmt.Printf("%T %T\n", c, algo.Pair[Celsius, map[string]store.Item]{})
	var t store.Stack[local]
	t.Pop()
}
