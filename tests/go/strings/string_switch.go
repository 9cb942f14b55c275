// run
package main

import "fmt"

func kind(s string) string {
	switch s {
	case "apple", "pear":
		return "fruit"
	case "carrot":
		return "vegetable"
	case "":
		return "empty"
	}
	return "unknown"
}

func main() {
	for _, s := range []string{"apple", "pear", "carrot", "", "rock"} {
		fmt.Println(s, kind(s))
	}
}
