package slices

import "cmp"

// The sorts are written once over an order L (a type argument whose less method compares
// two elements). For ordered elements the build (stdlib/build.rs) generates the twins of
// the functions below the template line that compare with < (Sort puts the NaNs first,
// then sorts the rest with them), as Go generates zsortordered.go: no call per comparison.

type byFunc[E any] struct{ c func(a, b E) int }

func (o byFunc[E]) less(a, b E) bool { return o.c(a, b) < 0 }

type order[E any] interface {
	less(a, b E) bool
}

// Sort sorts x in ascending order (NaNs first).
func Sort[S ~[]E, E cmp.Ordered](x S) {
	// The NaNs (the only values not equal to themselves) go first; < orders the rest.
	n := 0
	for i := range x {
		if x[i] != x[i] {
			x[n], x[i] = x[i], x[n]
			n++
		}
	}
	introsortOrdered(x[n:])
}

// SortFunc sorts x by c (negative: a < b); the sort is not stable.
func SortFunc[S ~[]E, E any](x S, c func(a, b E) int) {
	introsort(x, byFunc[E]{c})
}

// SortStableFunc sorts x by c, keeping equal elements in their original order.
func SortStableFunc[S ~[]E, E any](x S, c func(a, b E) int) {
	mergesort(x, byFunc[E]{c})
}

// IsSorted reports whether x is in ascending order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is sorted by c.
func IsSortedFunc[S ~[]E, E any](x S, c func(a, b E) int) bool {
	return isSorted(x, byFunc[E]{c})
}

// Below this length a slice is sorted by insertion.
const insertionMax = 12

// mergesort sorts stably: insertion-sorted runs, merged bottom-up through a buffer.
func mergesort[E any, L order[E]](x []E, o L) {
	n := len(x)
	for lo := 0; lo < n; lo += insertionMax {
		insertionSort(x[lo:min(lo+insertionMax, n)], o)
	}
	if n <= insertionMax {
		return
	}
	buf := make([]E, n)
	src, dst := x, buf
	inBuf := false
	for width := insertionMax; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid, hi := min(lo+width, n), min(lo+2*width, n)
			merge(dst[lo:hi], src[lo:mid], src[mid:hi], o)
		}
		src, dst = dst, src
		inBuf = !inBuf
	}
	if inBuf {
		copy(x, buf)
	}
}

// merge writes the sorted a and b into dst, taking from a first on ties.
func merge[E any, L order[E]](dst, a, b []E, o L) {
	i, j := 0, 0
	for k := range dst {
		if j >= len(b) || (i < len(a) && !o.less(b[j], a[i])) {
			dst[k] = a[i]
			i++
		} else {
			dst[k] = b[j]
			j++
		}
	}
}

func isSorted[E any, L order[E]](x []E, o L) bool {
	for i := len(x) - 1; i > 0; i-- {
		if o.less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// ---- template: the algorithms over an order L (see above) ----

// introsort: quicksort on a median-of-three pivot, heapsort when the recursion gets deeper
// than 2·log2(n), insertion sort for short parts.
func introsort[E any, L order[E]](x []E, o L) {
	depth := 0
	for n := len(x); n > 0; n >>= 1 {
		depth += 2
	}
	quicksort(x, o, depth)
}

func quicksort[E any, L order[E]](x []E, o L, depth int) {
	for len(x) > insertionMax {
		if depth == 0 {
			heapsort(x, o)
			return
		}
		depth--
		p := partition(x, o)
		// Recurse into the smaller part, loop on the larger one.
		if p < len(x)-p {
			quicksort(x[:p], o, depth)
			x = x[p+1:]
		} else {
			quicksort(x[p+1:], o, depth)
			x = x[:p]
		}
	}
	insertionSort(x, o)
}

// partition places the median of x's first, middle and last elements at its final position
// p, smaller-or-equal elements before it and greater-or-equal ones after; it returns p.
func partition[E any, L order[E]](x []E, o L) int {
	last := len(x) - 1
	mid := len(x) / 2
	if o.less(x[mid], x[0]) {
		x[mid], x[0] = x[0], x[mid]
	}
	if o.less(x[last], x[mid]) {
		x[last], x[mid] = x[mid], x[last]
		if o.less(x[mid], x[0]) {
			x[mid], x[0] = x[0], x[mid]
		}
	}
	x[0], x[mid] = x[mid], x[0]
	pivot := x[0]
	i, j := 1, last
	for {
		for i <= j && o.less(x[i], pivot) {
			i++
		}
		for i <= j && o.less(pivot, x[j]) {
			j--
		}
		if i >= j {
			break
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
	x[0], x[j] = x[j], x[0]
	return j
}

func insertionSort[E any, L order[E]](x []E, o L) {
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && o.less(x[j], x[j-1]); j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

func heapsort[E any, L order[E]](x []E, o L) {
	for i := len(x)/2 - 1; i >= 0; i-- {
		siftDown(x, o, i, len(x))
	}
	for end := len(x) - 1; end > 0; end-- {
		x[0], x[end] = x[end], x[0]
		siftDown(x, o, 0, end)
	}
}

// siftDown restores the max-heap property of x[:n] below the root at i.
func siftDown[E any, L order[E]](x []E, o L, i, n int) {
	for {
		child := 2*i + 1
		if child >= n {
			return
		}
		if child+1 < n && o.less(x[child], x[child+1]) {
			child++
		}
		if !o.less(x[i], x[child]) {
			return
		}
		x[i], x[child] = x[child], x[i]
		i = child
	}
}
