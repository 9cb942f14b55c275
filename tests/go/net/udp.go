// run
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func main() {
	// A PacketConn echo server.
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(pc.LocalAddr().Network(), strings.HasPrefix(pc.LocalAddr().String(), "127.0.0.1:"))
	go func() {
		buf := make([]byte, 1024)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			pc.WriteTo([]byte(strings.ToUpper(string(buf[:n]))), from)
		}
	}()

	// A connected client through Dial.
	c, err := net.Dial("udp", pc.LocalAddr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.RemoteAddr().String() == pc.LocalAddr().String(), c.LocalAddr().Network())
	for _, m := range []string{"hello", "udp", "world"} {
		c.Write([]byte(m))
		buf := make([]byte, 64)
		n, err := c.Read(buf)
		fmt.Println(string(buf[:n]), err)
	}
	_, err = c.(*net.UDPConn).WriteTo([]byte("x"), pc.LocalAddr())
	fmt.Println(err != nil, strings.HasSuffix(err.Error(), "use of WriteTo with pre-connected connection"))
	c.Close()

	// ListenUDP / DialUDP and the *UDPAddr forms.
	srvAddr := pc.LocalAddr().(*net.UDPAddr)
	fmt.Println(srvAddr.IP, srvAddr.Port > 0)
	u, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := u.WriteToUDP([]byte("to udp"), srvAddr)
	fmt.Println(n, err)
	buf := make([]byte, 3)
	n, from, err := u.ReadFromUDP(buf)
	fmt.Println(n, string(buf[:n]), from.Port == srvAddr.Port, from.IP, err)
	n, err = u.WriteTo([]byte("via addr"), pc.LocalAddr())
	fmt.Println(n, err)
	big := make([]byte, 64)
	n, addr, err := u.ReadFrom(big)
	fmt.Println(n, string(big[:n]), addr.String() == srvAddr.String(), err)

	// A read deadline.
	u.SetReadDeadline(time.Now().Add(30 * time.Millisecond))
	_, _, err = u.ReadFromUDP(big)
	var ne net.Error
	fmt.Println(errors.As(err, &ne) && ne.Timeout(), errors.Is(err, os.ErrDeadlineExceeded), strings.HasSuffix(err.Error(), "i/o timeout"))
	u.Close()
	_, _, err = u.ReadFromUDP(big)
	fmt.Println(errors.Is(err, net.ErrClosed))

	d, err := net.DialUDP("udp", nil, srvAddr)
	fmt.Println(err, d.RemoteAddr().String() == srvAddr.String())
	d.Write([]byte("dialudp"))
	n, err = d.Read(big)
	fmt.Println(string(big[:n]), err)
	d.Close()

	_, err = net.DialUDP("udp", nil, nil)
	fmt.Println(err)
	_, err = net.ListenPacket("udp7", ":0")
	fmt.Println(err)
	pc.Close()
}
