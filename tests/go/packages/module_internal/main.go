package main

import (
	"fmt"

	"example.com/intl/lib/internal/priv"
)

func main() { fmt.Println(priv.P()) }
