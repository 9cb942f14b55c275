// The generic member of package sync/atomic (Go 1.19): Pointer[T], on its native Value.
package atomic

// A Pointer is an atomic *T; its zero value is nil.
type Pointer[T any] struct {
	// v is empty (never stored) or holds a *T, nil included.
	v Value
}

// Load atomically loads the pointer.
func (x *Pointer[T]) Load() *T {
	p, _ := x.v.Load().(*T)
	return p
}

// Store atomically stores val.
func (x *Pointer[T]) Store(val *T) {
	x.v.Store(val)
}

// Swap atomically stores new and returns the previous pointer.
func (x *Pointer[T]) Swap(new *T) (old *T) {
	old, _ = x.v.Swap(new).(*T)
	return old
}

// CompareAndSwap stores new if the pointer is old, and reports whether it did.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	for {
		if x.v.Load() != nil {
			// Once stored, v is never empty again: Value compares atomically.
			return x.v.CompareAndSwap(old, new)
		}
		if old != nil {
			return false
		}
		if x.v.CompareAndSwap(nil, new) {
			return true
		}
	}
}
