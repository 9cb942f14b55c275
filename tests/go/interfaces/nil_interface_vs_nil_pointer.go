// run
package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "myerr" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func properNil() error { return nil }

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
	fmt.Println(properNil() == nil)
	var i interface{}
	fmt.Println(i == nil)
	var ip *int
	i = ip
	fmt.Println(i == nil, i)
}
