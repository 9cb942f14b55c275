// run
package main

import "fmt"

func main() {
	r := `raw \n no escapes "quotes" 'single'
second line	tab`
	fmt.Println(r)
	fmt.Println(len(r))
	cr := "a\rb"
	fmt.Printf("%q\n", cr)
	fmt.Printf("%q\n", `\x41\u00e9`)
	fmt.Println(`` == "")
}
