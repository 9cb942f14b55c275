package main

// Not named on the command line: not part of the program (it would not compile).
func greet(who string) int { return 0 }
