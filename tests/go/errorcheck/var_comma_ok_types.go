// errorcheck
package main

var m = map[string]string{}
var a, b int = m["k"] // ERROR "cannot use m\[\"k\"\] \(value of type string\) as type int in assignment" "cannot use m\[\"k\"\] \(untyped bool value\) as int value in assignment"
var c, d = 1          // ERROR "assignment mismatch: 2 variables but 1 value"
var i interface{}
var e, f string = i.(int) // ERROR "cannot use i.\(int\) \(value of type int\) as type string in assignment" "cannot use i.\(int\) \(untyped bool value\) as string value in assignment"

func main() {
	var g, h int = <-make(chan bool) // ERROR "cannot use <-make\(chan bool\) \(value of type bool\) as type int in assignment" "cannot use <-make\(chan bool\) \(untyped bool value\) as int value in assignment"
	var x, y, z = m["k"]             // ERROR "assignment mismatch: 3 variables but 1 value"
	_, _, _, _, _ = g, h, x, y, z
}
