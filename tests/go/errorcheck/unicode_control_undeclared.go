// errorcheck

// Package unicode has IsControl and the Cc table, but no Control table.
package main

import "unicode"

func main() {
	_ = unicode.Cc
	_ = unicode.Control // ERROR "undefined: unicode.Control|Control not declared by package unicode"
}
