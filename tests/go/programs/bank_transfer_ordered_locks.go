// run
// Concurrent transfers between accounts with lock ordering by ID (no deadlock); money is conserved.
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	ID      int
	mu      sync.Mutex
	Balance int
}

func transfer(from, to *Account, amount int) bool {
	first, second := from, to
	if to.ID < from.ID {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.Balance < amount {
		return false
	}
	from.Balance -= amount
	to.Balance += amount
	return true
}

func main() {
	accounts := make([]*Account, 5)
	for i := range accounts {
		accounts[i] = &Account{ID: i, Balance: 1000}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	ok, failed := 0, 0
	for w := 0; w < 10; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				a := accounts[(w+i)%5]
				b := accounts[(w*3+i*7+1)%5]
				if a == b {
					continue
				}
				r := transfer(a, b, (i%7+1)*10)
				mu.Lock()
				if r {
					ok++
				} else {
					failed++
				}
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	total := 0
	for _, a := range accounts {
		total += a.Balance
	}
	fmt.Println("total:", total, "attempts:", ok+failed)
	if !transfer(accounts[0], accounts[1], 1<<40) {
		fmt.Println("huge transfer refused")
	}
}
