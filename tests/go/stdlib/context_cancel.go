// run procs=1,4
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg == context.Background())
	fmt.Println(bg.Err(), bg.Done() == nil)
	_, ok := bg.Deadline()
	fmt.Println(ok)
	parent, cancelP := context.WithCancel(bg)
	child, cancelC := context.WithCancel(parent)
	vctx := context.WithValue(child, key("user"), "alice")
	grand, cancelG := context.WithTimeout(vctx, time.Hour)
	defer cancelG()
	fmt.Println(grand.Value(key("user")), grand.Value(key("x")), grand.Value("user"))
	fmt.Println(child.Err(), grand.Err())
	cancelP()
	<-grand.Done()
	fmt.Println(child.Err(), grand.Err(), parent.Err())
	cancelC()
	fmt.Println(errors.Is(grand.Err(), context.Canceled))
	dctx, cancelD := context.WithDeadline(bg, time.Now().Add(20*time.Millisecond))
	defer cancelD()
	dl, ok := dctx.Deadline()
	fmt.Println(ok, time.Until(dl) > 0)
	select {
	case <-dctx.Done():
		fmt.Println(dctx.Err(), dctx.Err() == context.DeadlineExceeded)
	case <-time.After(time.Second):
		fmt.Println("too slow")
	}
	past, c2 := context.WithTimeout(bg, -time.Second)
	defer c2()
	fmt.Println(past.Err())
	// child of a cancelled parent is cancelled immediately
	cc, c3 := context.WithCancel(parent)
	defer c3()
	fmt.Println(cc.Err())
	fmt.Printf("%v\n", context.Canceled)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(bg, nil, 1)
	}()
}
