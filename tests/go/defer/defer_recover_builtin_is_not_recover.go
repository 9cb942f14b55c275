// run
package main

import (
	"errors"
	"fmt"
)

func f() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer recover()
	defer panic(errors.New("from defer"))
	return nil
}

func g() {
	defer recover()
	panic("not recovered")
}

func main() {
	fmt.Println(f())
	defer func() { fmt.Println("main:", recover()) }()
	g()
}
