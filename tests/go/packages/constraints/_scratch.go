package main

func platform() string { return "scratch" }
