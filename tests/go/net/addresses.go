// run
package main

import (
	"fmt"
	"net"
)

func main() {
	for _, s := range []string{"127.0.0.1", "::1", "10.0.0.255", "fe80::1:2", "2001:db8::ff00:42:8329", "::ffff:1.2.3.4", "::", "0.0.0.0", "bogus", "1.2.3", "256.1.1.1", ""} {
		ip := net.ParseIP(s)
		fmt.Println(s, "->", ip, len(ip), ip == nil, ip.To4() != nil, ip.IsLoopback(), ip.IsUnspecified())
	}
	v4 := net.IPv4(192, 168, 1, 10)
	fmt.Println(v4, len(v4), len(v4.To4()), len(v4.To16()), v4.Equal(net.ParseIP("192.168.1.10")), v4.Equal(net.IP{192, 168, 1, 10}))
	fmt.Println(net.IP{1, 2, 3}, net.IP(nil))

	a, err := net.ResolveTCPAddr("tcp", "localhost:8080")
	fmt.Println(a, err, a.IP, a.Port, a.Zone == "", a.Network())
	fmt.Printf("%v %+v\n", *a, *a)
	u, err := net.ResolveUDPAddr("udp", "127.0.0.1:53")
	fmt.Println(u, err, u.IP, u.Port, u.Network())
	a, err = net.ResolveTCPAddr("tcp", ":9000")
	fmt.Println(a, err, a.IP == nil, a.Port)
	a, err = net.ResolveTCPAddr("tcp6", "[::1]:80")
	fmt.Println(a, err)
	_, err = net.ResolveTCPAddr("tcp", "localhost")
	fmt.Println(err)
	_, err = net.ResolveTCPAddr("foo", "localhost:1")
	fmt.Println(err)
	t := &net.TCPAddr{IP: net.ParseIP("fe80::1"), Port: 443, Zone: "eth0"}
	fmt.Println(t, (*net.TCPAddr)(nil))
	var addr net.Addr = &net.UDPAddr{IP: net.IPv4(8, 8, 8, 8), Port: 53}
	fmt.Println(addr.Network(), addr.String())

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	la := ln.Addr().(*net.TCPAddr)
	fmt.Println(la.IP, la.Port > 0, len(la.IP))
	done := make(chan bool)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			ra := c.RemoteAddr().(*net.TCPAddr)
			fmt.Println("server sees", ra.IP, ra.Port > 0)
			c.Close()
		}
		done <- true
	}()
	c, err := net.Dial("tcp", la.String())
	if err != nil {
		fmt.Println(err)
		return
	}
	<-done
	ra, ok := c.RemoteAddr().(*net.TCPAddr)
	fmt.Println(ok, ra.Port == la.Port, ra.IP.Equal(la.IP))
	c.Close()
}
