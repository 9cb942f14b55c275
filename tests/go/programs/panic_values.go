// run exit=2
// Unrecovered panic with an error value wrapping another, after a recovered re-panic chain.
package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrConfig = errors.New("config missing")

func load(name string) error {
	if name == "" {
		return fmt.Errorf("load %q: %w", name, ErrConfig)
	}
	return nil
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	fmt.Println(load("app.yaml"))
	defer fmt.Println("deferred runs before crash")
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(os.Stderr, "fatal:", r)
			panic(r)
		}
	}()
	must(load(""))
}
