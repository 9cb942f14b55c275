package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before")
	{
		defer fmt.Println("deferred calls do not run at os.Exit")
		os.Exit(3)
	}
	fmt.Println("never")
}
