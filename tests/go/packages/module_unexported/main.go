package main

import (
	"fmt"

	"example.com/shop/inventory"
)

func main() {
	fmt.Println(inventory.Count())
	fmt.Println(inventory.secret)
	inventory.helper()
}
