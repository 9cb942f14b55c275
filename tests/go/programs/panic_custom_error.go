// run exit=2
// panic with a custom error value and with fmt.Sprintf string, after deferred prints.
package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
}

func (e ValidationError) Error() string { return "invalid field " + e.Field }

func validate(m map[string]string) {
	defer fmt.Println("validate done")
	for _, k := range []string{"name", "email"} {
		if m[k] == "" {
			panic(ValidationError{k})
		}
	}
}

func main() {
	defer fmt.Println("main deferred")
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			var ve ValidationError
			if err, ok := r.(error); ok && errors.As(err, &ve) {
				fmt.Println("field:", ve.Field)
			}
		}()
		validate(map[string]string{"name": "bob"})
	}()
	validate(map[string]string{})
}
