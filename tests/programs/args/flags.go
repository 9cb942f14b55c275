package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	workers := flag.Int("workers", 4, "number of `N` workers")
	name := flag.String("name", "pool", "the pool's name")
	verbose := flag.Bool("v", false, "verbose output")
	var timeout time.Duration
	flag.DurationVar(&timeout, "timeout", 2*time.Second, "how long to wait\nbefore giving up")
	rate := flag.Float64("rate", 1.5, "rate")
	var big uint64
	flag.Uint64Var(&big, "big", 0, "a big one")
	fmt.Println(flag.Parsed(), flag.NArg(), *workers)
	flag.Parse()
	fmt.Println(flag.Parsed(), *workers, *name, *verbose, timeout, *rate, big)
	fmt.Println(flag.Args(), flag.NArg(), flag.Arg(0), flag.Arg(5) == "", flag.NFlag())
	fmt.Println(flag.Set("workers", "9"), *workers, flag.Set("nope", "1"), flag.Set("rate", "x"))
	flag.PrintDefaults()
}
