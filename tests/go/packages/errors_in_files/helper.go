package main

import (
	"os"
	"strings"
)

func helper() string {
	unused := 1
	return fmt.Sprint(strings.ToUpper("x"))
}
