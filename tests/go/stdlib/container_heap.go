// run
// container/heap: an IntHeap and a priority queue with update (Fix) and Remove, as in Go's docs;
// a Dijkstra shortest-path search over it.
package main

import (
	"container/heap"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}

type PriorityQueue []*Item

func (pq PriorityQueue) Len() int { return len(pq) }
func (pq PriorityQueue) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PriorityQueue) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PriorityQueue) Push(x any) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}
func (pq *PriorityQueue) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

type edge struct{ to, w int }
type state struct{ node, dist int }
type stateHeap []state

func (h stateHeap) Len() int           { return len(h) }
func (h stateHeap) Less(i, j int) bool { return h[i].dist < h[j].dist }
func (h stateHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *stateHeap) Push(x any)        { *h = append(*h, x.(state)) }
func (h *stateHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func dijkstra(g map[int][]edge, src, n int) []int {
	dist := make([]int, n)
	for i := range dist {
		dist[i] = 1 << 60
	}
	dist[src] = 0
	h := &stateHeap{{src, 0}}
	for h.Len() > 0 {
		s := heap.Pop(h).(state)
		if s.dist > dist[s.node] {
			continue
		}
		for _, e := range g[s.node] {
			if nd := s.dist + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				heap.Push(h, state{e.to, nd})
			}
		}
	}
	return dist
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3, 3}
	heap.Init(h)
	heap.Push(h, 0)
	fmt.Printf("minimum: %d %v\n", (*h)[0], *h)
	heap.Remove(h, 2)
	(*h)[1] = 100
	heap.Fix(h, 1)
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()

	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	pq := make(PriorityQueue, 0)
	for _, name := range []string{"banana", "apple", "pear"} {
		heap.Push(&pq, &Item{value: name, priority: items[name]})
	}
	orange := &Item{value: "orange", priority: 1}
	heap.Push(&pq, orange)
	orange.priority = 5
	heap.Fix(&pq, orange.index)
	for pq.Len() > 0 {
		item := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s index=%d\n", item.priority, item.value, item.index)
	}

	g := map[int][]edge{0: {{1, 4}, {2, 1}}, 2: {{1, 2}, {3, 7}}, 1: {{3, 1}}, 3: {{4, 3}}}
	fmt.Println(dijkstra(g, 0, 6))
	var iface heap.Interface = h
	heap.Push(iface, 7)
	fmt.Println(h.Len(), heap.Pop(iface))
}
