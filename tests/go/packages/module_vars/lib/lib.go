package lib

var N int
var F = func() int { return N }

type P struct{ X int }

var Pt P
