// run
package main

import "fmt"

func main() {
	vals := []interface{}{1, "s", nil, 2.5}
	for _, v := range vals {
		switch x := v; t := x.(type) {
		case int:
			fmt.Println("int", t+1)
		case string:
			fmt.Println("string", t+"!")
		case nil:
			fmt.Println("nil", t)
		default:
			fmt.Printf("default %v %T\n", t, t)
		}
	}
}
