// errorcheck
package main

type Ints []int

func main() {
	x := 1
	_ = []int("x")               // ERROR "cannot convert"
	_ = map[string]int(3)        // ERROR "cannot convert"
	_ = chan int(x)              // ERROR "cannot convert"
	_ = []*int(Ints{1})          // ERROR "cannot convert"
	_ = struct{ a int }(x)       // ERROR "cannot convert"
	_ = func() int(x)            // ERROR "cannot convert"
	_ = []int(nil, nil)          // ERROR "too many arguments in conversion to \[\]int"
	_ = map[int]int()            // ERROR "missing argument in conversion to map\[int\]int"
}
