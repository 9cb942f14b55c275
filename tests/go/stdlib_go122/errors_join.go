// run go1.22
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type multi struct{ errs []error }

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m.errs }

func main() {
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	e1 := errors.New("first")
	e2 := &MyErr{42}
	j := errors.Join(e1, nil, e2)
	fmt.Println(j)
	fmt.Printf("%T %q\n", j, j.Error())
	fmt.Println(errors.Is(j, e1), errors.Is(j, e2), errors.Is(j, io.EOF), errors.Unwrap(j) == nil)
	var me *MyErr
	fmt.Println(errors.As(j, &me), me.Code)
	wrapped := fmt.Errorf("context: %w", j)
	fmt.Println(errors.Is(wrapped, e2), wrapped)
	nested := errors.Join(errors.Join(io.EOF, e1), fmt.Errorf("x: %w", e2))
	fmt.Println(errors.Is(nested, io.EOF), errors.Is(nested, e2))
	m := multi{[]error{io.ErrUnexpectedEOF, fs.ErrNotExist}}
	fmt.Println(errors.Is(m, fs.ErrNotExist), errors.Is(m, io.EOF), errors.Unwrap(m))
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Println(errors.ErrUnsupported, errors.Is(fmt.Errorf("op: %w", errors.ErrUnsupported), errors.ErrUnsupported))
	_, err := os.Open("/nonexistent")
	fmt.Println(errors.Is(errors.Join(err), fs.ErrNotExist))
}
