//go:build amd64 && !windows && go1.18

package main

var extra = "amd64 " + tagged
