// run
package main

import "fmt"

type Größe struct{ Wert int }

func 计算(π float64, r float64) float64 { return π * r * r }

func main() {
	ñ := 3
	日本 := "japan"
	_x9 := 9
	var αβγ = []int{1, 2}
	g := Größe{Wert: 7}
	fmt.Println(ñ, 日本, _x9, αβγ, g.Wert, 计算(3, 2))
}
