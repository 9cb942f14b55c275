// run
// Type switches over many kinds, interface holding nil pointer, comparable interfaces.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Temp interface{ String() string }

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case float64:
		return fmt.Sprintf("float %g", x)
	case string:
		return fmt.Sprintf("string len %d", len(x))
	case []int:
		return fmt.Sprintf("slice of %d ints", len(x))
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case func() int:
		return fmt.Sprintf("func returning %d", x())
	case chan int:
		return fmt.Sprintf("chan cap %d", cap(x))
	case *int:
		return fmt.Sprintf("pointer to %d", *x)
	case struct{ A int }:
		return fmt.Sprintf("anon struct %d", x.A)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func main() {
	n := 7
	vals := []interface{}{nil, 1, int64(2), 2.5, "héllo", []int{1, 2}, map[string]int{"a": 1},
		errors.New("bad"), Celsius(21.5), func() int { return 9 }, make(chan int, 3), &n,
		struct{ A int }{4}, uint8(3), [2]int{}, true}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	var a, b interface{} = 3, 3
	fmt.Println(a == b, a == interface{}(3.0), interface{}("x") == "x")
	var t Temp = Celsius(-3)
	fmt.Println(t, t.(Celsius) < 0)
	defer func() { fmt.Println("recovered:", recover()) }()
	var m1, m2 interface{} = []int{1}, []int{1}
	fmt.Println(m1 == m2)
}
