// run
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

func find(k string) error {
	if k == "" {
		return NotFound{"<empty>"}
	}
	return nil
}

func main() {
	fmt.Println(Temp(21.55))
	fmt.Printf("%v %s %d\n", Temp(3), Temp(4), 5)
	err := find("")
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Println(Both{})
	if nf, ok := err.(NotFound); ok {
		fmt.Println("key:", nf.Key)
	}
}
