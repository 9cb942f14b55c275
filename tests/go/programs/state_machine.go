// run
// Vending machine state machine: iota states, transition table of funcs, event log, errors.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	HasCoin
	Dispensing
	OutOfStock
)

var stateNames = map[State]string{Idle: "Idle", HasCoin: "HasCoin", Dispensing: "Dispensing", OutOfStock: "OutOfStock"}

func (s State) String() string { return stateNames[s] }

type Event string

var ErrInvalid = errors.New("invalid transition")

type Machine struct {
	state   State
	stock   int
	credit  int
	history []string
}

type transition func(m *Machine) (State, error)

var table = map[State]map[Event]transition{
	Idle: {
		"coin": func(m *Machine) (State, error) { m.credit += 25; return HasCoin, nil },
	},
	HasCoin: {
		"coin":   func(m *Machine) (State, error) { m.credit += 25; return HasCoin, nil },
		"refund": func(m *Machine) (State, error) { m.credit = 0; return Idle, nil },
		"push": func(m *Machine) (State, error) {
			if m.credit < 50 {
				return HasCoin, fmt.Errorf("need %d more cents", 50-m.credit)
			}
			return Dispensing, nil
		},
	},
	Dispensing: {
		"take": func(m *Machine) (State, error) {
			m.stock--
			m.credit -= 50
			if m.stock == 0 {
				return OutOfStock, nil
			}
			if m.credit > 0 {
				return HasCoin, nil
			}
			return Idle, nil
		},
	},
}

func (m *Machine) Fire(e Event) error {
	t, ok := table[m.state][e]
	if !ok {
		return fmt.Errorf("%w: %q in state %v", ErrInvalid, e, m.state)
	}
	next, err := t(m)
	m.history = append(m.history, fmt.Sprintf("%v-%s->%v", m.state, e, next))
	m.state = next
	return err
}

func main() {
	m := &Machine{stock: 2}
	events := strings.Fields("push coin push coin push take coin coin coin push take coin push take coin")
	for _, e := range events {
		if err := m.Fire(Event(e)); err != nil {
			fmt.Printf("%-6s error: %v (invalid=%t)\n", e, err, errors.Is(err, ErrInvalid))
			continue
		}
		fmt.Printf("%-6s -> %-10v credit=%d stock=%d\n", e, m.state, m.credit, m.stock)
	}
	fmt.Println(len(m.history), m.history[len(m.history)-1])
}
