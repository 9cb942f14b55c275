// run procs=1,4

// Concept: threads (and goroutines) share the address space but each has
// its own stack.
//
// Notes (004):
//   "Process is just an instance of a running program."
//   "When the program is executed, the Operating System creates a process
//    and: Allocates memory in a virtual address space. ... There is a Data
//    Region which contains Global Variables. Heap Segment is used for Dynamic
//    Memory Allocation. Stack is used for storing Local Variables in Function."
//   "The job of operating system is to give fair chance for all processes to
//    access CPU, memory and other resources."
//   "Threads are smallest unit of execution that CPU accepts."
//   "Process can have multiple Threads."
//   "Threads share the same address space."
//   "Each Thread has it's own Stack."
//   "Threads run independent of each other."
//   "Operating System Scheduler makes scheduling decisions at thread level
//    and not at the process level!"
//   "Threads can run concurrently (with each thread taking turn on individual
//    core) or in parallel (with each thread running on different cores at the
//    same time)."
//   "Threads communicate between each other by sharing memory."
//   "Sharing of memory between threads creates lot of complexity."
//   "Concurrent access to to shared memory by two or more threads can lead to
//    Data Race and outcome can be Un-deterministic."
//   "The actual number of threads we can create are limited."
// Notes (003):
//   thread: "Have own execution stack"
// Notes (004), Goroutines:
//   "Context Switching between Goroutines is much cheaper than thread
//    Context Switching."
//   "Go runtime can be more selective in what is persisted for retrieval,
//    how it is persisted and when the persisting needs to occur."
// Notes (003), processor threads:
//   "process: how the os views a single instance of an application."
//   "thread: sequence of programming instructions that execute in order.
//    ... This is what runs the application on the context of the
//    application."
//   "advatanges: managed by os, performance."
//   "disadvatanges: ... shared memory between threads."
//
// Goroutines behave the same way: a global variable (data region) and a
// heap object are visible to all of them, so access must be synchronized;
// a local variable lives in each goroutine's own stack and is private.

package main

import (
	"fmt"
	"sync"
)

var visits int // global variable: one copy for the whole process

type Board struct { // allocated on the heap and shared through a pointer
	mu    sync.Mutex
	marks []string
}

func worker(id int, board *Board, mu *sync.Mutex, wg *sync.WaitGroup, locals []int) {
	defer wg.Done()
	local := id * 100 // local variable: each goroutine has its own copy
	for i := 0; i < 3; i++ {
		local++ // no synchronization needed: nobody else can see it
	}
	locals[id] = local

	mu.Lock()
	visits++ // shared global: synchronized
	mu.Unlock()

	board.mu.Lock()
	board.marks = append(board.marks, fmt.Sprint("w", id))
	board.mu.Unlock()
}

func main() {
	board := &Board{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	locals := make([]int, 4)
	for id := 0; id < 4; id++ {
		wg.Add(1)
		go worker(id, board, &mu, &wg, locals)
	}
	wg.Wait()
	fmt.Println("shared global visits:", visits)
	fmt.Println("marks on the shared heap board:", len(board.marks))
	fmt.Println("each goroutine's private local:", locals)
}
