// run
// Found by the differential test: println/print write a string's bytes as they are (minigo
// replaced invalid UTF-8 with U+FFFD).

package main

func main() {
	s := "ok\xff\xfe|"
	println(s, s[:3], "\xc3", len(s))
	print("\x80\n")
}
