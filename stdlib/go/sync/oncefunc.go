// The generic members of package sync (Go 1.21), on its native Once.
package sync

// OnceFunc returns a function that calls f only the first time it is called; if f panicked,
// every call panics with the same value.
func OnceFunc(f func()) func() {
	g := OnceValue(func() struct{} {
		f()
		return struct{}{}
	})
	return func() { g() }
}

// OnceValue returns a function that calls f only the first time it is called and returns
// f's result on every call; if f panicked, every call panics with the same value.
func OnceValue[T any](f func() T) func() T {
	g := OnceValues(func() (T, struct{}) {
		return f(), struct{}{}
	})
	return func() T {
		v, _ := g()
		return v
	}
}

// OnceValues is OnceValue for a function of two results.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once     Once
		returned bool
		p        any
		r1       T1
		r2       T2
	)
	call := func() {
		defer func() {
			if !returned {
				p = recover()
				panic(p)
			}
		}()
		r1, r2 = f()
		f = nil
		returned = true
	}
	return func() (T1, T2) {
		once.Do(call)
		if !returned {
			panic(p)
		}
		return r1, r2
	}
}
