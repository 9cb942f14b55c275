// errorcheck

// Notes (003, "closing channels"): "Closing needs to be always in the sending
// side of the operation. Even if closing can be possible in the receiver, it
// will error out if close() is defined in a reciever function."
// A receiver function that takes a receive-only channel cannot close it:
// this is a compile-time error. See examples/24_close_on_sender_side.go.

package main

func receiver(ch <-chan int) {
	close(ch) // ERROR "invalid operation: cannot close receive-only channel ch"
}

func main() {
	ch := make(chan int)
	receiver(ch)
}
