// errorcheck
package main

import (
	"fmt"
	"os" // ERROR "imported and not used: \"os\"|\"os\" imported and not used"
)

func main() {
	fmt.Println("hi")
}
