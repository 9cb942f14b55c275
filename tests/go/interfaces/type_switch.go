// run
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type S struct{}

func (S) String() string { return "S!" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("slice ", len(x))
	case error:
		return "error " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []interface{}{nil, 1, int64(2), "abc", []int{1}, errors.New("e"), S{}, func() int { return 7 }, 2.5, map[string]int{}} {
		fmt.Println(classify(v))
	}
	switch interface{}(3).(type) {
	case string:
	default:
		fmt.Println("no binding")
	}
}
