// run
package main

import (
	"fmt"
	"time"
)

// Every predefined layout of package time, and every zone layout, on a UTC time.
func main() {
	t := time.Date(2024, 3, 5, 7, 8, 9, 123456789, time.UTC)
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		"-070000", "-07:00:00", "-0700", "-07:00", "-07", "Z070000", "Z07:00:00", "Z0700",
		"Z07:00", "Z07", "Z", "-", "x-0y",
	}
	for _, l := range layouts {
		fmt.Printf("%q -> %q\n", l, t.Format(l))
	}
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday())
}
