package lib

type Stack[T any] struct{ items []T }

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func Zero[T any]() T {
	var z T
	return z
}

type Num interface{ ~int | ~float64 }

func Sum[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}
