// run
// defer/panic/recover: safe division, re-panic, recover returns nil outside panic, named results.
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func parse(s []string, i int) (v string, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				err = re
			} else {
				panic(r)
			}
		}
	}()
	return s[i], nil
}

func deferOrder() (result int) {
	for i := 1; i <= 3; i++ {
		defer func(n int) {
			result = result*10 + n
		}(i)
	}
	return 0
}

func nested() {
	defer func() {
		fmt.Println("outer recover:", recover())
	}()
	defer func() {
		defer func() {
			fmt.Println("inner recover:", recover())
		}()
		panic("second")
	}()
	panic("first")
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	v, err := parse([]string{"a"}, 3)
	fmt.Printf("%q %v\n", v, err)
	fmt.Println(deferOrder())
	fmt.Println(recover())
	nested()
	func() {
		defer func() {
			r := recover()
			err, _ := r.(error)
			var me *MyErr
			fmt.Println(errors.As(err, &me), me.Code)
		}()
		panic(fmt.Errorf("wrapped: %w", &MyErr{42}))
	}()
	func() {
		defer func() {
			fmt.Printf("%v %T\n", recover(), recover())
		}()
		var m map[string]int
		m["a"] = 1
	}()
	fmt.Println("end")
}
