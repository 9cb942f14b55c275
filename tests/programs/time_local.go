package main

// time.Local as Go decides it from the TZ environment variable (run by tests/time_local.rs
// under several TZ settings): its name, Unix times in it, Parse matching zone names and
// offsets against it, and Now's location.

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local, time.Now().Location(), time.Now().Location() == time.Local)
	for _, sec := range []int64{1700000000, 1720000000} {
		t := time.Unix(sec, 0)
		fmt.Println(t, t.Location(), t.Local(), t.UTC().Local())
	}
	for _, v := range []string{"Mon, 13 Nov 2023 10:00:00 EST", "Mon, 01 Jul 2024 10:00:00 EDT", "Mon, 13 Nov 2023 10:00:00 UTC", "Mon, 13 Nov 2023 10:00:00 JST"} {
		t, err := time.Parse(time.RFC1123, v)
		fmt.Println(t, t.Location(), err)
	}
	for _, v := range []string{"2023-11-13T10:00:00-05:00", "2023-11-13T10:00:00+09:00", "2023-11-13T10:00:00+01:00"} {
		t, err := time.Parse(time.RFC3339, v)
		fmt.Println(t, t.Location(), err)
	}
}
