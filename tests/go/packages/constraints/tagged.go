//go:build linux || darwin

package main

const tagged = "tagged"
