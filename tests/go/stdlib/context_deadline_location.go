// run
// Context deadlines keep the location of the time.Time they were given (Deadline returned
// it in time.Local); errors of types the program never names (*time.ParseError) have
// their own dynamic type (%T printed *errors.errorString).

package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	d := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	ctx, cancel := context.WithDeadline(context.Background(), d)
	defer cancel()
	dl, ok := ctx.Deadline()
	fmt.Println(dl, ok, dl.Location(), dl.Equal(d))
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		panic(err)
	}
	child, cancel2 := context.WithDeadline(ctx, d.Add(-time.Hour).In(ny))
	defer cancel2()
	dl2, _ := child.Deadline()
	fmt.Println(dl2, dl2.Location())
	later, cancel3 := context.WithDeadline(child, d.Add(time.Hour))
	defer cancel3()
	dl3, _ := later.Deadline()
	fmt.Println(dl3, dl3.Location())
	v := context.WithValue(later, "k", 1)
	dl4, ok4 := v.Deadline()
	fmt.Println(dl4, ok4)
	_, err = time.Parse("2006-01-02", "2020-13-01")
	fmt.Printf("%T %v\n", err, err)
	_, err = time.Parse(time.RFC3339, "nope")
	var pe *time.ParseError
	fmt.Printf("%T\n", err)
	_ = pe
}
