// run
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct {
	Field string
	Value int
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", v.Field, v.Value)
}

func validate(age int) error {
	if age < 0 {
		return ValidationError{"age", age}
	}
	return nil
}

func main() {
	err := validate(-5)
	var ve ValidationError
	fmt.Println(err, errors.As(err, &ve), ve.Field)
	wrapped := fmt.Errorf("request: %w", err)
	fmt.Println(errors.As(wrapped, &ve), ve.Value)
	_, perr := strconv.Atoi("zz")
	var numErr *strconv.NumError
	if errors.As(perr, &numErr) {
		fmt.Println(numErr.Func, numErr.Num, numErr.Err, errors.Is(perr, strconv.ErrSyntax))
	}
	fmt.Println(validate(3) == nil)
}
