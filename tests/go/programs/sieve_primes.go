// run
// Sieve of Eratosthenes, prime factorisation, goroutine prime sieve from the Go tour.
package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func factors(n int) map[int]int {
	f := make(map[int]int)
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ps := sieve(100)
	fmt.Println(len(ps), ps)
	fmt.Println(len(sieve(100000)))
	for _, n := range []int{360, 97, 1001, 1 << 20, 600851475143 % 1000000} {
		f := factors(n)
		fmt.Printf("%d: %v\n", n, f)
	}
	ch := make(chan int)
	go generate(ch)
	for i := 0; i < 15; i++ {
		prime := <-ch
		fmt.Print(prime, " ")
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println()
}
