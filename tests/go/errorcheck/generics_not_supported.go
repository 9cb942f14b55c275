// errorcheck minigo-only
package main

func Map[T any](xs []T, f func(T) T) []T { // ERROR "generics are not supported yet"
	return xs
}

func main() {}
