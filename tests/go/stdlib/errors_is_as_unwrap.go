// run
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type PathError struct {
	Op, Path string
	Err      error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func open(p string) error {
	return &PathError{"open", p, ErrNotFound}
}

func main() {
	err := open("/x")
	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.Is(wrapped, errors.New("not found")))
	var pe *PathError
	if errors.As(wrapped, &pe) {
		fmt.Println("as:", pe.Op, pe.Path)
	}
	fmt.Println(errors.Unwrap(wrapped) == err, errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	notWrapped := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(errors.Is(notWrapped, ErrNotFound), errors.Unwrap(notWrapped))
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, ErrNotFound))
}
