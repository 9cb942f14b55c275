// errorcheck
// Beginner compile errors: unused variable and unused import.
package main

import (
	"fmt"
	"os" // ERROR "imported and not used: \"os\"|\"os\" imported and not used"
)

func main() {
	count := 0 // ERROR "count declared but not used|declared and not used: count"
	name := "gopher"
	fmt.Println("hello", name)
}
