// errorcheck
package main

func main() {
	s := []int{1}
	defer len(s)         // ERROR "defer discards result of len\(s\) \(value of type int\)"
	defer append(s, 1)   // ERROR "defer discards result of append\(s, 1\) \(value of type \[\]int\)"
	go cap(s)            // ERROR "go discards result of cap\(s\) \(value of type int\)"
	defer int(3)         // ERROR "defer requires function call, not conversion int\(3\) \(constant 3 of type int\)"
	defer new(int)       // ERROR "defer discards result of new\(int\) \(value of type \*int\)"
	defer make([]int, 1) // ERROR "defer discards result of make\(\[\]int, 1\) \(value of type \[\]int\)"
	go complex(1, 2)     // ERROR "go discards result of complex\(1, 2\) \(untyped complex constant \(1 \+ 2i\)\)"
	defer real(1i)       // ERROR "defer discards result of real\(1i\) \(untyped float constant 0\)"
	defer copy(s, s)
	defer recover()
}
