// run exit=2
package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("base")
	panic(fmt.Errorf("context: %w", base))
}
