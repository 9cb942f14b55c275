// errorcheck
package main

func main() {
	for {
		break nowhere // ERROR "invalid break label nowhere|break label not defined: nowhere"
	}
}
