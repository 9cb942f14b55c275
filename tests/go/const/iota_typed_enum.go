// run
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue"}[d]
}

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Printf("%d %v %T\n", Tuesday, Tuesday, Tuesday)
	fl := FlagA | FlagC
	fmt.Println(fl, fl&FlagB != 0, fl&FlagC != 0)
	fmt.Printf("%08b\n", fl)
}
