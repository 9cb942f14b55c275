package main

func platform() string { return "test" }
