// run
package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i + j
		}
	}
	fmt.Println(grid)
	row := grid[2]
	row[0] = 42
	fmt.Println(grid[2])
	tri := [][]string{{"a"}, {"b", "c"}, {}}
	fmt.Println(tri, len(tri[2]))
}
