// run
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	for _, d := range []string{"2020-01-01", "2020-12-31", "2021-01-03", "2021-01-04", "2018-12-31", "2016-01-03", "2026-12-06", "2009-11-10", "2024-12-30", "1999-01-01"} {
		t, _ := time.Parse("2006-01-02", d)
		y, w := t.ISOWeek()
		fmt.Println(d, t.Weekday(), y, w, t.IsDST())
	}
	ny, _ := time.LoadLocation("America/New_York")
	summer := time.Date(2022, 7, 1, 12, 0, 0, 0, ny)
	winter := time.Date(2022, 1, 1, 12, 0, 0, 0, ny)
	fmt.Println(summer.IsDST(), winter.IsDST())
	late := time.Date(2022, 1, 2, 23, 30, 0, 0, time.FixedZone("X", -10*3600))
	fmt.Println(late.ISOWeek())
	fmt.Println((-5 * time.Second).Abs(), time.Duration(math.MinInt64).Abs(), time.Minute.Abs())
}
