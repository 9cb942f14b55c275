package main

var extra = "arm64"
