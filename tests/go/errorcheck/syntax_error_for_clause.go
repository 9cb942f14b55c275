// errorcheck
package main

func main() {
	for i := 0; i < 3; i++; { // ERROR col=24 "syntax error: unexpected semicolon, expecting \{ after for clause"
	}
}
