// run

// Time zones from the system zoneinfo (TZif, with the POSIX rule after the last
// transition), FixedZone, In/Zone/Clock/Date/YearDay/Location, Format of zone names and
// numeric offsets in every shape, Date in a DST gap and overlap, AddDate, Truncate/Round,
// == versus Equal across locations, LoadLocation errors, Marshal/Unmarshal Text and JSON.
package main

import (
	"fmt"
	"time"
)

func main() {
	ny, err := time.LoadLocation("America/New_York")
	fmt.Println(ny, err)
	syd, _ := time.LoadLocation("Australia/Sydney")
	kol, _ := time.LoadLocation("Asia/Kolkata")
	for _, sec := range []int64{0, 1700000000, 1710054000, 1710053999, 4102444800, -2208988800, 1e10} {
		for _, loc := range []*time.Location{time.UTC, ny, syd, kol, time.FixedZone("X", -(3*3600 + 30*60 + 15)), time.FixedZone("", 5*3600+45*60)} {
			t := time.Unix(sec, 123456789).In(loc)
			name, off := t.Zone()
			h, m, s := t.Clock()
			fmt.Println(t, "|", t.Format(time.RFC3339Nano), t.Format(time.RFC1123Z), t.Format("MST -07 -07:00:00 -070000 Z07 Z070000 Z07:00:00"), name, off, h, m, s, t.Location(), t.YearDay())
		}
	}
	d := time.Date(2024, time.March, 10, 2, 30, 0, 0, ny) // in the gap
	fmt.Println(d, d.Unix())
	d = time.Date(2024, time.November, 3, 1, 30, 0, 0, ny) // ambiguous
	fmt.Println(d, d.Unix())
	fmt.Println(time.Date(2024, 1, 31, 12, 0, 0, 0, syd).AddDate(0, 1, 0))
	t1 := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(t1 == t1.In(time.UTC), t1.Location() == time.UTC, t1.In(ny).Location() == ny, t1.Equal(t1.In(ny)), t1 == t1.In(ny))
	fmt.Println(t1.Truncate(time.Hour*7), t1.Round(time.Hour*7), t1.Add(time.Minute*31).Round(time.Hour))
	_, err = time.LoadLocation("Nope/Zone")
	fmt.Println(err)
	_, err = time.LoadLocation("../etc")
	fmt.Println(err)
	l, err := time.LoadLocation("UTC")
	fmt.Println(l, err, l == time.UTC)
	b, err := time.Date(2024, 5, 6, 7, 8, 9, 10, kol).MarshalText()
	fmt.Println(string(b), err)
	b, err = time.Date(2024, 5, 6, 7, 8, 9, 10, kol).MarshalJSON()
	fmt.Println(string(b), err)
	_, err = time.Date(10000, 5, 6, 7, 8, 9, 10, kol).MarshalJSON()
	fmt.Println(err)
	var u time.Time
	// An offset is matched against time.Local, so only the instant is shown.
	fmt.Println(u.UnmarshalText([]byte("2024-05-06T07:08:09.5+02:00")), u.UTC())
	fmt.Println(u.UnmarshalJSON([]byte(`"2024-05-06T07:08:09Z"`)), u)
	fmt.Println(u.UnmarshalJSON([]byte(`null`)), u)
	fmt.Println(u.UnmarshalText([]byte("bad")), u)
	var zero time.Time
	fmt.Println(zero, zero.Location(), zero == time.Time{}, time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC) == zero)
	y, mo, dd := time.Date(2024, 2, 29, 0, 0, 0, 0, syd).Date()
	fmt.Println(y, mo, dd, time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1).UTC().UnixMicro())
	fmt.Println(time.FixedZone("ABC", 3600), time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("", 0)))
	fmt.Printf("%v %s\n", time.Date(2030, 7, 1, 12, 0, 0, 0, ny), time.Date(2100, 1, 1, 12, 0, 0, 0, syd))
	defer func() { fmt.Println(recover()) }()
	t1.In(nil)
}
