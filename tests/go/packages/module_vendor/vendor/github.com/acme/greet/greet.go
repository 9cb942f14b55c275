package greet

func Hello(who string) string { return "hello from vendor, " + who }
