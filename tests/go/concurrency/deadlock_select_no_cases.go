// run exit=2 procs=1,4
package main

func main() {
	select {}
}
