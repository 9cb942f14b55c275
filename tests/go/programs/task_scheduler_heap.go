// run
// Task scheduler with container/heap: priorities, deadlines as ints, top-k frequent words.
package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	Deadline int
}

type TaskQueue []Task

func (q TaskQueue) Len() int { return len(q) }
func (q TaskQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].Deadline < q[j].Deadline
}
func (q TaskQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *TaskQueue) Push(x interface{}) {
	*q = append(*q, x.(Task))
}
func (q *TaskQueue) Pop() interface{} {
	old := *q
	t := old[len(old)-1]
	*q = old[:len(old)-1]
	return t
}

type wordCount struct {
	w string
	n int
}
type minHeap []wordCount

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].n != h[j].n {
		return h[i].n < h[j].n
	}
	return h[i].w > h[j].w
}
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) { *h = append(*h, x.(wordCount)) }
func (h *minHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func topK(text string, k int) []wordCount {
	counts := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		counts[strings.Trim(w, ".,;!?")]++
	}
	keys := make([]string, 0, len(counts))
	for w := range counts {
		keys = append(keys, w)
	}
	sort.Strings(keys)
	h := &minHeap{}
	for _, w := range keys {
		heap.Push(h, wordCount{w, counts[w]})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := make([]wordCount, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(wordCount)
	}
	return out
}

func main() {
	q := &TaskQueue{}
	heap.Init(q)
	for i, t := range []Task{{"email", 1, 50}, {"deploy", 5, 10}, {"review", 3, 20}, {"hotfix", 5, 5}, {"lunch", 2, 12}, {"backup", 3, 8}} {
		heap.Push(q, t)
		if i == 3 {
			next := heap.Pop(q).(Task)
			fmt.Println("early:", next.Name)
		}
	}
	clock := 0
	for q.Len() > 0 {
		t := heap.Pop(q).(Task)
		clock += 3
		status := "on time"
		if clock > t.Deadline {
			status = fmt.Sprintf("late by %d", clock-t.Deadline)
		}
		fmt.Printf("t=%2d %-7s p=%d %s\n", clock, t.Name, t.Priority, status)
	}
	text := "the cat and the dog and the bird. The cat sat; a dog ran! cat?"
	fmt.Println(topK(text, 3))
}
