// run

// time.Parse and ParseInLocation over Go's layout elements: offsets, Z, zone names (looked
// up in the given location), fractional seconds with and without a layout fraction, day of
// year, AM/PM, case-insensitive names, and *time.ParseError texts and fields for syntax,
// range and extra-text errors. Parse results are shown in UTC with their offset, so the
// output does not depend on the machine's local zone.
package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

func main() {
	ny, _ := time.LoadLocation("America/New_York")
	for _, c := range []struct{ layout, value string }{
		{time.RFC3339, "2024-03-09T10:30:15Z"},
		{time.RFC3339, "2024-03-09T10:30:15+05:30"},
		{time.RFC3339, "2024-03-09T10:30:15.123456789-07:00"},
		{time.RFC3339Nano, "2024-03-09T10:30:15.5Z"},
		{time.RFC1123, "Sat, 09 Mar 2024 10:30:15 EST"},
		{time.RFC1123, "Sat, 09 Mar 2024 10:30:15 GMT+3"},
		{time.RFC1123, "Sat, 09 Mar 2024 10:30:15 UTC"},
		{time.RFC1123Z, "Sat, 09 Mar 2024 10:30:15 -0500"},
		{time.ANSIC, "Sat Mar  9 10:30:15 2024"},
		{time.Kitchen, "3:04PM"},
		{"2006-01-02", "2024-02-30"},
		{"2006-01-02", "2024-13-01"},
		{"2006-01-02", "2024-1-01"},
		{"2006-01-02 15:04", "2024-01-01 25:00"},
		{"2006-01-02", "2024-01-01 extra"},
		{"Jan 2 2006", "feb 29 2023"},
		{"Jan 2 2006", "FEB 28 2023"},
		{"2006-002", "2024-060"},
		{"2006-002", "2023-366"},
		{"2006-01-02 15:04:05", "2024-01-01 10:00:00.123"},
		{"2006-01-02 15:04:05.000", "2024-01-01 10:00:00.12"},
		{"3:04:05 pm", "11:04:05 am"},
		{"3:04:05 PM", "12:04:05 AM"},
		{"02/01/06", "09/03/24"},
		{"Monday, 02-Jan-06", "Saturday, 09-Mar-24"},
		{"Monday, 02-Jan-06", "Sunday, 09-Mar-24"},
		{"Monday, 02-Jan-06", "Sundax, 09-Mar-24"},
		{"2006-01-02T15:04:05Z0700", "2024-01-01T00:00:00+0100"},
		{"2006-01-02T15:04:05 MST", "2024-01-01T00:00:00 +03"},
		{"2006-01-02T15:04:05 MST", "2024-01-01T00:00:00 ChST"},
		{"", ""},
		{"", "x"},
		{"2006 \"x\"", "2006 \"y\""},
	} {
		// Zone names are looked up in time.Local by Parse: only ParseInLocation for those.
		t, err := time.ParseInLocation(c.layout, c.value, ny)
		if !strings.Contains(c.layout, "MST") {
			t, err = time.Parse(c.layout, c.value)
		}
		_, off := t.Zone()
		fmt.Println(t.UTC(), off, "|", err)
		var pe *time.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
		}
		t, err = time.ParseInLocation(c.layout, c.value, ny)
		fmt.Println(t, "|", err)
	}
}
