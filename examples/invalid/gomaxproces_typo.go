// errorcheck

// Snippet from the notes (003, "Parallelism"), as written:
//     GOMAXPROCES()
// There is no such function. The setting is runtime.GOMAXPROCS(n), which
// returns the previous value (n < 1 only queries it). Corrected in
// examples/01_concurrency_vs_parallelism.go and examples/08_runtime_scheduler.go.

package main

func main() {
	GOMAXPROCES() // ERROR "undefined: GOMAXPROCES"
}
