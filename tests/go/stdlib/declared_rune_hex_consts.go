// run
package main

import (
	"encoding/base64"
	"fmt"
	"hash/crc32"
	"os"
)

func main() {
	fmt.Println(crc32.IEEE, base64.StdPadding, base64.NoPadding, os.PathSeparator)
	fmt.Printf("%T %T %T\n", base64.StdPadding, os.PathSeparator, crc32.IEEE)
	fmt.Println(os.Setenv("", "x"), os.Setenv("A=B", "x"), os.Unsetenv("NOPE"))
	os.Setenv("K", "v")
	fmt.Println(os.Getenv("K"))
	os.Unsetenv("K")
	_, ok := os.LookupEnv("K")
	fmt.Println(ok)
}
