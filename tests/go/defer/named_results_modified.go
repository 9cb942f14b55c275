// run
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func errWrap() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("base")
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func recoverToResult() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered ", r)
		}
	}()
	panic("boom")
}

func main() {
	fmt.Println(double(), errWrap(), unnamed(), recoverToResult())
}
