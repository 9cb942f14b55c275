// run
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("-123")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(456) + "!")
	i, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i, err)
	u, err := strconv.ParseUint("777", 8, 32)
	fmt.Println(u, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	f, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(5, 2), strconv.FormatUint(255, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.5, 'e', 3, 64))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'), strconv.FormatBool(false))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(strconv.AppendInt([]byte("n="), 42, 10), string(strconv.AppendInt(nil, -7, 10)))
	i0, err := strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(i0, err)
}
