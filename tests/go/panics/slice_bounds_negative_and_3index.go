// run
// Found by the differential test: gc's boundsError texts — a negative index is printed
// without the limit, 3-index errors keep their colons, arrays say "with length".

package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	{
		s := "abcdef"
		b := []int{1, 2, 3}
		var a [4]int
		i, j := -1, -2
		try(func() { _ = s[:i] })
		try(func() { _ = s[i:] })
		try(func() { _ = s[j:i] })
		try(func() { _ = b[:i] })
		try(func() { _ = b[i:] })
		try(func() { _ = b[:j:i] })
		try(func() { _ = b[j:i:4] })
		try(func() { _ = a[:i] })
		try(func() { _ = a[i:] })
		try(func() { _ = s[i] })
		try(func() { _ = b[i] })
		try(func() { _ = b[1:2:i] })
	}
	{
		b := []int{1, 2, 3}
		var a [4]int
		s := "abc"
		i, j, k := 5, 2, 1
		m := -3
		try(func() { _ = a[:i] })
		try(func() { _ = a[:j:i] })
		try(func() { _ = a[j:k] })
		try(func() { _ = a[j:k:3] })
		try(func() { _ = a[m:] })
		try(func() { _ = b[j:k:3] })
		try(func() { _ = b[m:k:3] })
		try(func() { _ = b[:m:3] })
		try(func() { _ = b[:k:m] })
		try(func() { _ = b[:i] })
		try(func() { _ = b[i:] })
		try(func() { _ = s[i:] })
		try(func() { _ = s[j:k] })
		try(func() { _ = s[:i] })
		try(func() { _ = s[m:] })
		p := &a
		try(func() { _ = p[:i] })
		try(func() { _ = p[m:] })
	}
}
