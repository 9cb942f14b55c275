// errorcheck minigo-only
package main

func main() {
	type Local[T any] struct { // ERROR "generics are not supported yet"
		x T
	}
}
