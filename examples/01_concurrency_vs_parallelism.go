// run procs=1,4

// Concept: concurrency vs parallelism.
//
// Notes (000):
//   "Concurrency refers to a programming language's ability to deal with lots
//    of things at once."
//   "Parallelism need multiple CPUs."
//   "Parallelism is like 2 car in 2 Roads."
//   "Concurrency is like 2 car in 1 road but in 2 Len."
// Notes (001):
//   "Parallelism is about doing a lot of things at once. Concurrency is about
//    managing a lot of things at once"
// Notes (003):
//   "Concurrency: Creating multiple processes that execute independently.
//    Dealing with lots of things at once."
//   "Challenges: Coordinating tasks / Shared memory" (handled below with a
//    WaitGroup and with one result slot per goroutine)
//   "Parallelism: Simultaneous execution of (possibly related) computations.
//    Doing lots of things at once. GOMAXPROCES()"
//   (GOMAXPROCES is a typo: the real function is runtime.GOMAXPROCS, used
//    below. The snippet as written is examples/invalid/gomaxproces_typo.go.)
// Notes (002):
//   "Concurrency: Performing multiple tasks in the overlapping time periods."
//   "Parallelism: Performing multiple tasks at the same time using multiple
//    system cores"
// Notes (004):
//   "Concurrency is composition of independent execution computations, which
//    may or may not run in parallel."
//   "Concurrency enables the Parallelism."
//   "Concurrency is about structure and Parallelism is about execution."
//
// The program below has ONE concurrent structure (two "cars", each its own
// goroutine). We execute it with one processor (1 road, 2 lanes: the cars
// take turns) and with two processors (2 roads: the cars may really drive at
// the same time). The structure, and therefore the result, is the same.

package main

import (
	"fmt"
	"runtime"
	"sync"
)

// drive is the independent computation each car performs: the total
// distance after some laps (a deterministic amount of work).
func drive(speed, laps int) int {
	dist := 0
	for lap := 1; lap <= laps; lap++ {
		for step := 0; step < 1000; step++ {
			dist += speed
		}
	}
	return dist
}

// race runs two cars concurrently with the given number of processors.
func race(procs int) [2]int {
	prev := runtime.GOMAXPROCS(procs) // the corrected "GOMAXPROCES()"
	defer runtime.GOMAXPROCS(prev)

	var results [2]int
	var wg sync.WaitGroup
	for car := 0; car < 2; car++ {
		wg.Add(1)
		go func(car int) { // each car is an independent goroutine
			defer wg.Done()
			results[car] = drive(car+1, 50) // each car writes only its own slot
		}(car)
	}
	wg.Wait()
	return results
}

func main() {
	oneRoad := race(1)  // concurrency without parallelism
	twoRoads := race(2) // concurrency that MAY run in parallel
	fmt.Println("GOMAXPROCS=1 (1 road, 2 lanes): car A =", oneRoad[0], "car B =", oneRoad[1])
	fmt.Println("GOMAXPROCS=2 (2 roads):         car A =", twoRoads[0], "car B =", twoRoads[1])
	fmt.Println("same structure, same result:", oneRoad == twoRoads)

	// "2 car in 1 road but in 2 Len": the cars take turns on the single road.
	// The turn is handed over explicitly through unbuffered channels, so the
	// interleaving is identical on every run.
	turnA := make(chan bool)
	turnB := make(chan bool)
	done := make(chan bool)
	log := make([]string, 0, 6)
	go func() {
		for lap := 1; lap <= 3; lap++ {
			<-turnA
			log = append(log, fmt.Sprintf("car A lap %d", lap))
			turnB <- true
		}
	}()
	go func() {
		for lap := 1; lap <= 3; lap++ {
			<-turnB
			log = append(log, fmt.Sprintf("car B lap %d", lap))
			if lap < 3 {
				turnA <- true
			}
		}
		done <- true
	}()
	turnA <- true
	<-done
	for _, entry := range log {
		fmt.Println(entry)
	}
}
