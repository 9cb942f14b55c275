// run
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
)

func main() {
	sum := sha256.Sum256([]byte("hello world"))
	s := hex.EncodeToString(sum[:])
	fmt.Println(s, len(s), hex.EncodedLen(32), hex.DecodedLen(64))
	for _, in := range []string{"48656c6c6f", "48656C6C6F21", "4865zz", "486", "48g", "", "zz", "4\x00"} {
		b, err := hex.DecodeString(in)
		fmt.Printf("%q %v %v %T\n", b, b == nil, err, err)
		var ib hex.InvalidByteError
		fmt.Println(errors.As(err, &ib), err == hex.ErrLength, errors.Is(err, hex.ErrLength))
	}
	dst := make([]byte, 4)
	n := hex.Encode(dst, []byte{0xde, 0xad})
	fmt.Println(n, string(dst))
	out := make([]byte, 2)
	n, err := hex.Decode(out, []byte("beefxx"))
	fmt.Println(n, out, err)
	defer func() { fmt.Println("recovered:", recover()) }()
	hex.Encode(make([]byte, 3), []byte{1, 2})
}
