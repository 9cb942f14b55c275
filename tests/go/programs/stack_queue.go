// run
// Stack and queue on slices, balanced brackets checker, RPN evaluator with errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() (int, error) {
	if len(*s) == 0 {
		return 0, errors.New("stack underflow")
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}

type Queue struct{ items []string }

func (q *Queue) Enqueue(s string) { q.items = append(q.items, s) }
func (q *Queue) Dequeue() (string, bool) {
	if len(q.items) == 0 {
		return "", false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st []rune
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st = append(st, r)
		case ')', ']', '}':
			if len(st) == 0 || st[len(st)-1] != pairs[r] {
				return false
			}
			st = st[:len(st)-1]
		}
	}
	return len(st) == 0
}

func rpn(expr string) (int, error) {
	var s Stack
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, err := s.Pop()
			if err != nil {
				return 0, err
			}
			a, err := s.Pop()
			if err != nil {
				return 0, err
			}
			switch tok {
			case "+":
				s.Push(a + b)
			case "-":
				s.Push(a - b)
			case "*":
				s.Push(a * b)
			case "/":
				if b == 0 {
					return 0, fmt.Errorf("division by zero")
				}
				s.Push(a / b)
			}
		default:
			n, err := strconv.Atoi(tok)
			if err != nil {
				return 0, fmt.Errorf("bad token: %w", err)
			}
			s.Push(n)
		}
	}
	if len(s) != 1 {
		return 0, fmt.Errorf("bad expression: %d values left", len(s))
	}
	return s[0], nil
}

func main() {
	for _, s := range []string{"()", "([]{})", "(]", "((", "{[()()]}", ""} {
		fmt.Printf("%-10q %v\n", s, balanced(s))
	}
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "4 0 /", "2 x *", "1 2 3"} {
		v, err := rpn(e)
		if err != nil {
			fmt.Printf("%-20s error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-20s = %d\n", e, v)
	}
	var q Queue
	for _, w := range []string{"a", "b", "c"} {
		q.Enqueue(w)
	}
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
}
