// errorcheck
package main

import "fmt"

func main() {
	fmt.Println("a\é")     // ERROR col=17 "unknown escape"
	fmt.Println("\u4e1世")  // ERROR col=20 "invalid character '世' in hexadecimal escape"
	fmt.Println("\x4世")    // ERROR col=18 "invalid character '世' in hexadecimal escape"
	fmt.Println('\é')      // ERROR col=16 "unknown escape"
	fmt.Println("\é\é")    // ERROR col=16 "unknown escape"
	fmt.Println("\U0001F6") // ERROR "invalid character '\"' in hexadecimal escape"
}
