// errorcheck
package main

func g(x int) {
L1:
	if x > 0 {
		break L1 // ERROR "invalid break label L1"
	}
L2:
	for {
		continue L2
	}
	for {
		break L3 // ERROR "break label not defined: L3"
	}
	for {
		continue L1 // ERROR "invalid continue label L1"
	}
	goto L4 // ERROR "goto L4 jumps over declaration of y at"
	y := 1
	_ = y
L4:
	goto L5 // ERROR "goto L5 jumps into block starting at"
	{
	L5:
	}
L1: // ERROR "label L1 already defined at"
	goto L6 // ERROR "label L6 not defined"
L7: // ERROR "label L7 defined and not used"
	func() {
	L8: // ERROR "label L8 defined and not used"
	}()
}

func main() {}
