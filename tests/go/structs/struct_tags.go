// run
package main

import "fmt"

type User struct {
	Name  string `json:"name"`
	Email string `json:"email,omitempty" db:"email"`
	age   int
}

func main() {
	u := User{"Ann", "a@x", 3}
	fmt.Printf("%+v %v\n", u, u.age)
}
