// run exit=2
package main

func main() {
	select {}
}
