// run
// Found by the differential test: println/print write a string's bytes as they are (minigo
// replaced invalid UTF-8 with U+FFFD). Each print below writes half of a character; together
// they must make the whole characters again.

package main

func main() {
	s := "é日"
	print(s[:1])
	print(s[1:3])
	print(s[3:4])
	println(s[4:])
	for i := 0; i < len(s); i++ {
		print(s[i : i+1])
	}
	println()
}
