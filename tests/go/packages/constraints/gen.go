//go:build ignore

package main

func main() { panic("not part of the build") }
