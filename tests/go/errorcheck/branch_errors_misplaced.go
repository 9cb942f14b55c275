// errorcheck
package main

func f(x int) {
	break    // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	switch x {
	case 1:
		fallthrough
	case 2:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	switch x {
	case 1:
		fallthrough // ERROR "fallthrough statement out of place"
		x++
	case 2:
	}
	var i interface{} = x
	switch i.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
	for {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}

func main() {}
