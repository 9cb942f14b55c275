// run
package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	err := fmt.Errorf("op %s failed: %d", "read", 5)
	fmt.Println(err)
	base := errors.New("base")
	w := fmt.Errorf("layer: %w", base)
	fmt.Println(w, errors.Unwrap(w) == base)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 2)
	fmt.Fprint(os.Stdout, "no newline", 3, "\n")
	n, e := fmt.Println("count me")
	fmt.Println(n, e)
	fmt.Fprintln(os.Stderr, "stderr output")
}
