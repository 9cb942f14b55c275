package main

import (
	"fmt"

	"github.com/acme/greet"
)

func main() { fmt.Println(greet.Hello("gopher")) }
