// run
package main

import "fmt"

func work(id int) (out string) {
	defer func() { out += fmt.Sprint(" cleaned ", id) }()
	return fmt.Sprint("work ", id)
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(work(i))
	}
}
