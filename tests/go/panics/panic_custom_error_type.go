// run exit=2
package main

import "fmt"

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	panic(&MyErr{404})
}
