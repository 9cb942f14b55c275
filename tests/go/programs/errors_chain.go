// run
// Error handling: sentinel errors, wrapping with %w layers, errors.Is/As/Unwrap, custom Is method.
package main

import (
	"errors"
	"fmt"
	"io"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type StatusErr int

func (s StatusErr) Error() string { return fmt.Sprintf("status %d", int(s)) }
func (s StatusErr) Is(target error) bool {
	t, ok := target.(StatusErr)
	return ok && (t == 0 || t == s)
}

func find(id int) error {
	switch id {
	case 1:
		return nil
	case 2:
		return &QueryError{"id=2", ErrNotFound}
	case 3:
		return fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", &QueryError{"id=3", ErrPermission}))
	case 4:
		return StatusErr(404)
	default:
		return fmt.Errorf("unknown id %d: %v", id, ErrNotFound)
	}
}

func main() {
	for id := 1; id <= 5; id++ {
		err := find(id)
		var qe *QueryError
		fmt.Printf("%d: %v | notfound=%v perm=%v", id, err, errors.Is(err, ErrNotFound), errors.Is(err, ErrPermission))
		if errors.As(err, &qe) {
			fmt.Printf(" | query=%q", qe.Query)
		}
		fmt.Println(" | any status:", errors.Is(err, StatusErr(0)), "404:", errors.Is(err, StatusErr(404)))
	}
	e := find(3)
	for e != nil {
		fmt.Printf("%T: %v\n", e, e)
		e = errors.Unwrap(e)
	}
	fmt.Println(io.EOF, errors.Is(fmt.Errorf("read: %w", io.EOF), io.EOF))
	fmt.Println(errors.New("x") == errors.New("x"))
	var target StatusErr
	fmt.Println(errors.As(fmt.Errorf("w: %w", StatusErr(500)), &target), target)
}
