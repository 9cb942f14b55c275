// run
// time with fixed dates: Format layouts, Add/Sub, Weekday, YearDay, Truncate, durations, Unix.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 14, 15, 9, 26, 535897932, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"), t.Format("Mon Jan 2 3:04PM"), t.Format(time.Kitchen))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Hour(), t.Nanosecond())
	later := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(later.Format(time.ANSIC), later.Sub(t), later.After(t), t.Equal(t))
	fmt.Println(t.AddDate(0, 1, 20).Format("2006-01-02"), t.AddDate(-1, 0, 0).Weekday())
	fmt.Println(t.Truncate(time.Hour).Format(time.Stamp), t.Round(time.Minute).Format("15:04:05"))
	fmt.Println(t.Unix(), t.UnixMilli(), time.Unix(0, 0).UTC())
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour))
	p, err := time.Parse("2006-01-02", "2024-02-29")
	fmt.Println(p, err, p.Weekday())
	_, err = time.Parse("2006-01-02", "2023-02-30")
	fmt.Println(err)
	deadline := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	days := deadline.Sub(t).Hours() / 24
	fmt.Printf("%.2f days\n", days)
	for _, dd := range []time.Duration{0, 999, 1500 * time.Microsecond, 90 * time.Second, -3 * time.Hour} {
		fmt.Print(dd, " ")
	}
	fmt.Println()
	fmt.Println(time.Month(13), time.Saturday, t.IsZero(), time.Time{}.IsZero())
}
