// run
// Bank account simulation: goroutines, sync.Mutex, WaitGroup, custom errors.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
	history []string
}

type TxError struct {
	Account int
	Amount  int
	Err     error
}

func (e *TxError) Error() string {
	return fmt.Sprintf("account %d: withdraw %d: %v", e.Account, e.Amount, e.Err)
}

func (e *TxError) Unwrap() error { return e.Err }

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return &TxError{a.id, n, ErrInsufficient}
	}
	a.balance -= n
	return nil
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func main() {
	acc := &Account{id: 7}
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			acc.Deposit(n)
		}(i)
	}
	wg.Wait()
	fmt.Println("after deposits:", acc.Balance())

	var failed int
	var fmu sync.Mutex
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := acc.Withdraw(100); err != nil {
				fmu.Lock()
				failed++
				fmu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("after withdrawals:", acc.Balance(), "failed:", failed)

	err := acc.Withdraw(1000)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
	var te *TxError
	if errors.As(err, &te) {
		fmt.Printf("TxError account=%d amount=%d\n", te.Account, te.Amount)
	}
	wrapped := fmt.Errorf("transfer failed: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrInsufficient), errors.Unwrap(wrapped) == err)
}
