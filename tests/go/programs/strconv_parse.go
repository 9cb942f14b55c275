// run
// strconv: Atoi/ParseInt/ParseFloat/ParseBool errors, FormatInt bases, Quote, Itoa.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "abc", "99999999999999999999", "", " 5", "0x1f"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"0x1f", 0, 64}, {"777", 8, 16}, {"300", 10, 8}, {"z", 36, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)
	for _, s := range []string{"3.14159", "1e10", "-0.5", "inf", "NaN", "1.2.3"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	for _, s := range []string{"true", "F", "1", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	_, err = strconv.Atoi("x1")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println("func:", ne.Func, "num:", ne.Num, "err:", ne.Err, errors.Is(err, strconv.ErrSyntax))
	}
	_, err = strconv.ParseInt("128", 10, 8)
	fmt.Println(errors.Is(err, strconv.ErrRange))
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'), strconv.QuoteToASCII("日本"))
	q, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", q, err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1234.5678, 'e', 3, 64), strconv.FormatFloat(0.000001, 'g', -1, 64))
	fmt.Println(strconv.FormatBool(false), strconv.AppendInt([]byte("n="), 12, 10), string(strconv.AppendQuote(nil, "x")))
}
