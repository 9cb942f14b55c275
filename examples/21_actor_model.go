// run procs=1,4

// Concept: CSP / the actor model - actors and messages.
//
// Notes (003):
//   "Communicating Sequential Processes(CSP): aka Actor Model."
//   "Individual entities to work in a synchronous and isolated way only with
//    data that they are provided with and then passing the results on to be
//    worked on by whatever is downstream from them."
//   "all the async logic and coordination are buried in the infrastructure
//    of the language or framework."
//   "Actor: Responsible for receiving information in, applying some
//    processing to it, and passing the results to the next actor in the
//    chain."
//   "Message: Object that is passed between 2 actors. Once a message is
//    being passed between one actor to the other the information contained
//    in that message is no longer accesible to the sender. Only one actor can
//    work on data at the time."
//   "advantages: Fully decoupled. Multiple Handlers. Memory isolation."
//   "disadvatanges: Complicated mental model. Traceability is difficult."
//   "Channels: safe way to synchronize between actors."
// (Strictly, CSP and the actor model are different models - CSP
// communicates over named channels, actors over mailboxes - but Go programs
// commonly use goroutines + channels in this actor-like style.)
//
// Three actors in a chain: parse -> enrich -> print. Each owns its state,
// receives messages from its input channel, and passes results on. Because
// each stage is one goroutine and channels are FIFO, the order is preserved.

package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Message struct {
	Seq   int
	Text  string
	Trace []string // traceability must be built in explicitly
}

// parser actor: turns raw lines into messages.
func parser(raw <-chan string, out chan<- Message) {
	seq := 0 // private state: no other actor can see it
	for line := range raw {
		seq++
		out <- Message{Seq: seq, Text: strings.TrimSpace(line), Trace: []string{"parser"}}
		// after sending, the parser no longer touches that message
	}
	close(out)
}

// enricher actor: upper-cases the text and numbers it.
func enricher(in <-chan Message, out chan<- Message) {
	for m := range in {
		m.Text = strconv.Itoa(m.Seq) + ": " + strings.ToUpper(m.Text)
		m.Trace = append(m.Trace, "enricher")
		out <- m
	}
	close(out)
}

// printer actor: the end of the chain.
func printer(in <-chan Message, done chan<- int) {
	n := 0
	for m := range in {
		m.Trace = append(m.Trace, "printer")
		fmt.Printf("%-22s via %s\n", m.Text, strings.Join(m.Trace, " -> "))
		n++
	}
	done <- n
}

func main() {
	raw := make(chan string)
	parsed := make(chan Message)
	enriched := make(chan Message)
	done := make(chan int)

	go parser(raw, parsed)
	go enricher(parsed, enriched)
	go printer(enriched, done)

	for _, line := range []string{"  hello actors ", "messages move", " one owner at a time"} {
		raw <- line
	}
	close(raw)
	fmt.Println("messages handled:", <-done)
}
