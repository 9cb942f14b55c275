// Races on a struct field reached through a pointer, a slice element, an array element and
// a field of a slice element: each report names the location.
package main

import (
	"fmt"
	"time"
)

type Account struct {
	owner   string
	balance int
}

func main() {
	a := &Account{owner: "ann"}
	nums := make([]int, 5)
	var grid [4]int
	accts := []Account{{}, {}}
	go func() {
		a.balance += 10
		nums[3] = 1
		grid[2] = 7
		accts[1].balance = 5
	}()
	time.Sleep(50 * time.Millisecond)
	a.balance += 20
	nums[3] = 2
	grid[2] = 8
	accts[1].balance = 6
	fmt.Println(a.balance, nums, grid, accts)
}
