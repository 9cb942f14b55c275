// run
package main

import "fmt"

func t(name string, v bool) bool { fmt.Print(name, " "); return v }

func main() {
	_ = t("a", false) && t("b", true)
	fmt.Println()
	_ = t("a", true) || t("b", true)
	fmt.Println()
	_ = t("a", true) && t("b", false) || t("c", true)
	fmt.Println()
	var p *struct{ x int }
	if p != nil && p.x > 0 {
		fmt.Println("no")
	}
	fmt.Println("safe")
}
