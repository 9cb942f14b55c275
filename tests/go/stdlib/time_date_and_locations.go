// run

// time.Date with carry-over of out-of-range fields, Month/Weekday constants, time.UTC,
// Time.UTC/Location, and the nil-Location panic.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.March, 9, 10, 30, 15, 500, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday())
	fmt.Println(t.Format(time.RFC3339), t.Unix())
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, 0, time.UTC)) // carries over
	fmt.Println(time.Date(2024, time.January, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(1969, time.December, 31, 23, 59, 59, 0, time.UTC).Unix())
	u := t.UTC()
	fmt.Println(u.Equal(t), u.Location(), time.UTC, time.UTC.String())
	d := time.Date(2024, time.December, 25, 0, 0, 0, 0, time.UTC).Sub(t)
	fmt.Println(d, time.Saturday, time.February)
	defer func() { fmt.Println("recovered:", recover()) }()
	time.Date(2024, 1, 1, 0, 0, 0, 0, nil)
}
