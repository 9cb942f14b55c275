// run procs=1,4

// Concept: generic pipeline stages. One generic function per stage shape (generate,
// map, filter, fan-out/fan-in, collect) works for any element type; context
// cancellation stops every stage, and no goroutine is left blocked.
package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Generate sends the values until they run out or ctx is cancelled.
func Generate[T any](ctx context.Context, vals ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, v := range vals {
			select {
			case out <- v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// Map applies f to every value of in.
func Map[T, R any](ctx context.Context, in <-chan T, f func(T) R) <-chan R {
	out := make(chan R)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- f(v):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// Filter passes on the values keep accepts.
func Filter[T any](ctx context.Context, in <-chan T, keep func(T) bool) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for v := range in {
			if !keep(v) {
				continue
			}
			select {
			case out <- v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// FanOut starts n workers reading the same channel.
func FanOut[T, R any](ctx context.Context, in <-chan T, n int, f func(T) R) []<-chan R {
	outs := make([]<-chan R, n)
	for i := range outs {
		outs[i] = Map(ctx, in, f)
	}
	return outs
}

// Merge fans several channels into one.
func Merge[T any](ctx context.Context, cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				select {
				case out <- v:
				case <-ctx.Done():
					return
				}
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

// Collect drains a channel into a slice.
func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

// Number is any integer or float type.
type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Celsius float64

func main() {
	ctx := context.Background()

	// ints: square the odd numbers on three workers
	nums := Generate(ctx, 1, 2, 3, 4, 5, 6, 7, 8, 9)
	odd := Filter(ctx, nums, func(n int) bool { return n%2 == 1 })
	squares := Collect(Merge(ctx, FanOut(ctx, odd, 3, func(n int) int { return n * n })...))
	sort.Ints(squares)
	fmt.Println("squares:", squares, "sum:", Sum(squares))

	// strings to their lengths, the same stages with other types
	words := Generate(ctx, "generic", "pipelines", "in", "go")
	lens := Collect(Map(ctx, words, func(s string) int { return len(s) }))
	fmt.Println("lengths:", lens)

	// a named float type satisfies Number through ~float64
	temps := Collect(Map(ctx, Generate(ctx, 20.5, 22.0), func(f float64) Celsius { return Celsius(f) }))
	fmt.Printf("%T %v\n", Sum(temps), Sum(temps))

	// cancellation: take three values from an endless stream, then stop every stage
	cctx, cancel := context.WithCancel(ctx)
	endless := make(chan int)
	go func() {
		defer close(endless)
		for i := 0; ; i++ {
			select {
			case endless <- i:
			case <-cctx.Done():
				return
			}
		}
	}()
	upper := Map(cctx, Map(cctx, endless, func(i int) string { return fmt.Sprint("item", i) }), strings.ToUpper)
	for i := 0; i < 3; i++ {
		fmt.Println(<-upper)
	}
	cancel()
	for range upper {
	}
	fmt.Println("cancelled:", cctx.Err())
}
