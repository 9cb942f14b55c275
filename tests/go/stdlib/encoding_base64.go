// run
package main

import (
	"encoding/base64"
	"errors"
	"fmt"
)

func main() {
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd", "hello, 世界"}
	encs := []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding}
	for _, in := range inputs {
		for _, e := range encs {
			s := e.EncodeToString([]byte(in))
			d, err := e.DecodeString(s)
			fmt.Printf("%q %d %d %q %v | ", s, e.EncodedLen(len(in)), e.DecodedLen(len(s)), d, err)
		}
		fmt.Println()
	}
	bad := []string{"Zm9v!", "Zm9vYg", "Zm9vYg=", "Zm9vYg==", "Zm9vYg===", "Zm9\nvYg==", "Zm9vY===", "Z", "Zm=v", "Zm9vYg==Zm9v", "Zm9vYg==\r\n", "=", "Zm9vYh==", "Zm9vYmE=", "Zm9vYmF="}
	for _, b := range bad {
		for _, e := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.StdEncoding.Strict()} {
			d, err := e.DecodeString(b)
			var ce base64.CorruptInputError
			fmt.Printf("%q %q %v %v | ", b, d, err, errors.As(err, &ce))
		}
		fmt.Println()
	}
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	s := custom.EncodeToString([]byte("custom!"))
	d, err := custom.DecodeString(s)
	fmt.Println(s, string(d), err, base64.StdEncoding.WithPadding(base64.NoPadding).EncodeToString([]byte("ab")))
	dst := make([]byte, base64.StdEncoding.EncodedLen(5))
	base64.StdEncoding.Encode(dst, []byte("12345"))
	out := make([]byte, 10)
	n, err := base64.StdEncoding.Decode(out, dst)
	fmt.Println(string(dst), n, string(out[:n]), err)
	defer func() { fmt.Println("recovered:", recover()) }()
	base64.StdEncoding.WithPadding('A')
}
