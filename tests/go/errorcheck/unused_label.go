// errorcheck
package main

func main() {
unused: // ERROR "label unused defined and not used"
	for {
	}
}
