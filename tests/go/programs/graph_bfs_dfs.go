// run
// Graph algorithms: BFS shortest path, DFS recursion, topological sort, connected components.
package main

import (
	"fmt"
	"sort"
)

type Graph struct {
	adj map[string][]string
}

func NewGraph() *Graph { return &Graph{adj: make(map[string][]string)} }

func (g *Graph) AddEdge(a, b string) {
	g.adj[a] = append(g.adj[a], b)
	if _, ok := g.adj[b]; !ok {
		g.adj[b] = nil
	}
}

func (g *Graph) BFS(start, goal string) []string {
	prev := map[string]string{start: ""}
	queue := []string{start}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if n == goal {
			var path []string
			for at := goal; at != ""; at = prev[at] {
				path = append([]string{at}, path...)
			}
			return path
		}
		for _, m := range g.adj[n] {
			if _, seen := prev[m]; !seen {
				prev[m] = n
				queue = append(queue, m)
			}
		}
	}
	return nil
}

func (g *Graph) TopoSort() []string {
	visited := map[string]bool{}
	var order []string
	var visit func(string)
	visit = func(n string) {
		if visited[n] {
			return
		}
		visited[n] = true
		for _, m := range g.adj[n] {
			visit(m)
		}
		order = append(order, n)
	}
	keys := make([]string, 0, len(g.adj))
	for k := range g.adj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		visit(k)
	}
	for i, j := 0, len(order)-1; i < j; i, j = i+1, j-1 {
		order[i], order[j] = order[j], order[i]
	}
	return order
}

func components(n int, edges [][2]int) int {
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		if parent[x] != x {
			parent[x] = find(parent[x])
		}
		return parent[x]
	}
	count := n
	for _, e := range edges {
		a, b := find(e[0]), find(e[1])
		if a != b {
			parent[a] = b
			count--
		}
	}
	return count
}

func main() {
	g := NewGraph()
	for _, e := range [][2]string{{"shirt", "tie"}, {"tie", "jacket"}, {"pants", "shoes"}, {"pants", "belt"}, {"belt", "jacket"}, {"shirt", "belt"}, {"socks", "shoes"}} {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println(g.TopoSort())
	fmt.Println(g.BFS("shirt", "jacket"))
	fmt.Println(g.BFS("socks", "tie"), g.BFS("socks", "tie") == nil)
	fmt.Println(components(10, [][2]int{{0, 1}, {1, 2}, {3, 4}, {5, 6}, {6, 7}, {7, 5}}))
	grid := []string{
		"S.#.....",
		".##.###.",
		"....#...",
		"##.##.#.",
		"......#G",
	}
	type pt struct{ r, c int }
	dist := map[pt]int{{0, 0}: 0}
	q := []pt{{0, 0}}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		for _, d := range []pt{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pt{p.r + d.r, p.c + d.c}
			if n.r < 0 || n.c < 0 || n.r >= len(grid) || n.c >= len(grid[0]) || grid[n.r][n.c] == '#' {
				continue
			}
			if _, ok := dist[n]; !ok {
				dist[n] = dist[p] + 1
				q = append(q, n)
			}
		}
	}
	fmt.Println("steps to G:", dist[pt{4, 7}], "reachable:", len(dist))
}
