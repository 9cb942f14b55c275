// run
package main

import "fmt"

func main() {
	i := 0
L1:
	for {
	L2:
		for j := 0; j < 3; j++ {
			switch {
			case j == 1:
				continue L2
			case i == 2:
				break L1
			}
			fmt.Println(i, j)
		}
		i++
		if i < 10 {
			goto L1
		}
	}
	fmt.Println("end", i)
	{
		goto done
	}
done:
	fmt.Println("done")
}
