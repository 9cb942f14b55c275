package main

import "fmt"

func main() {
	fmt.Println(platform(), extra)
}
