// run
package main

import "fmt"

func main() {
	s := "tab\there\nnewline \"quoted\" back\\slash \x41\102\u00e9\U0001F600 \xff"
	fmt.Println(len(s))
	fmt.Printf("%q\n", s)
	fmt.Println("\u4e16\u754c" == "世界")
	fmt.Println(len("\xe4\xb8\x96"), "\xe4\xb8\x96")
}
