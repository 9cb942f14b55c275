//! Package `net`, UDP: `ListenPacket`, `ListenUDP`, `DialUDP`, `Dial("udp", …)` (networks
//! `udp`, `udp4`, `udp6`), `PacketConn`, and `*UDPConn` with `Read`, `Write`, `ReadFrom`,
//! `WriteTo`, `ReadFromUDP`, `WriteToUDP`, `Close`, `LocalAddr`, `RemoteAddr` and the
//! deadlines.
//!
//! Invariants: a `*UDPConn` is a `net::NetFd` over a non-blocking `mio` UDP socket registered
//! with the poller, as TCP's (a would-block datagram operation parks through
//! `NativeCtx::block` and re-runs); each read takes one datagram (the rest of a datagram
//! longer than the buffer is lost, as in Go); errors are `*net.OpError`s with Go's texts.

use crate::net::{self, NetFd, Socket};
use crate::util;
use crate::{declare, native};
use mio::net::UdpSocket;
use runtime::heap::{self, Word};
use runtime::netpoll::Mode;
use runtime::WaitReason;
use std::io::ErrorKind;
use std::net::SocketAddr;
use std::sync::atomic::Ordering::Release;
use vm::native::{NativeCtx, NativeImpl, Panic};
use vm::value;

/// The UDP network named, if any.
pub fn network_of(network: &str) -> Option<&'static str> {
    ["udp", "udp4", "udp6"].into_iter().find(|n| *n == network)
}

/// The address `host:port` names for UDP network `net`.
fn resolve(net: &str, address: &str) -> Result<SocketAddr, String> {
    let family = &net[3..];
    net::resolve(&format!("tcp{family}"), address).map(|a| a[0])
}

/// A bound (and, with `remote`, connected) socket as a `*UDPConn` pointer.
fn open(
    ctx: &NativeCtx,
    net: &'static str,
    local: SocketAddr,
    remote: Option<SocketAddr>,
) -> std::io::Result<Word> {
    let socket = UdpSocket::bind(local)?;
    if let Some(to) = remote {
        socket.connect(to)?;
    }
    let fd = NetFd::new(Socket::Datagram(socket), net)?;
    let conn = net::new_object(ctx, "*net.UDPConn", fd)
        .ok_or_else(|| std::io::Error::other("net: *net.UDPConn missing"))?;
    Ok(value::iface_parts(conn).map_or(0, |(_, p)| p))
}

/// An unspecified local address of the family that reaches `to`.
fn any_local(to: &SocketAddr) -> SocketAddr {
    if to.is_ipv4() {
        SocketAddr::from(([0u8; 4], 0))
    } else {
        SocketAddr::from(([0u16; 8], 0))
    }
}

/// `(conn, err)` in `r` from an open, as `op` on `net` to `addr` fails or succeeds.
fn finish_open(
    ctx: &NativeCtx,
    r: &mut [Word],
    op: &str,
    net: &str,
    addr: Option<&SocketAddr>,
    opened: Result<std::io::Result<Word>, String>,
    iface_type: Option<&str>,
) {
    let fail = |text: String| util::new_error(ctx.prog, text.as_bytes());
    let (conn, err) = match opened {
        Ok(Ok(conn)) => (conn, 0),
        Ok(Err(e)) => (
            0,
            fail(net::syscall_text(
                if op == "dial" { "connect" } else { "bind" },
                &e,
            )),
        ),
        Err(text) => (0, fail(text)),
    };
    if err != 0 {
        r[0] = 0;
        r[1] = net::op_error(ctx, op, net, None, addr, err);
        return;
    }
    r[0] = match iface_type.and_then(|t| util::type_named(ctx.prog, t)) {
        Some(t) => value::iface_new(t, conn),
        None => conn,
    };
    r[1] = 0;
}

/// `Dial("udp", address)` (from `net::dial_with`): a connected `*UDPConn` as a `Conn`.
pub fn dial(
    ctx: &mut NativeCtx,
    r: &mut [Word],
    net: &'static str,
    address: &str,
) -> Result<(), Panic> {
    let target = resolve(net, address);
    let addr = target.as_ref().ok().copied();
    let opened = target.map(|to| open(ctx, net, any_local(&to), Some(to)));
    finish_open(
        ctx,
        r,
        "dial",
        net,
        addr.as_ref(),
        opened,
        Some("*net.UDPConn"),
    );
    Ok(())
}

fn udp_network(ctx: &NativeCtx, r: &mut [Word], op: &str) -> Option<&'static str> {
    let network = value::str_lossy(r[0]);
    let found = network_of(&network);
    if found.is_none() {
        let err = util::new_error(ctx.prog, format!("unknown network {network}").as_bytes());
        r[0] = 0;
        r[1] = net::op_error(ctx, op, &network, None, None, err);
    }
    found
}

/// `ListenPacket(network, address) (PacketConn, error)`.
fn listen_packet(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let Some(net) = udp_network(ctx, r, "listen") else {
        return Ok(());
    };
    let address = value::str_lossy(r[1]);
    let opened = resolve(net, &address).map(|at| open(ctx, net, at, None));
    finish_open(ctx, r, "listen", net, None, opened, Some("*net.UDPConn"));
    Ok(())
}

/// `ListenUDP(network, laddr) (*UDPConn, error)`: a nil `laddr` is any address, any port.
fn listen_udp(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let Some(net) = udp_network(ctx, r, "listen") else {
        return Ok(());
    };
    let at = crate::net_addr::socket_addr(r[1]).unwrap_or(SocketAddr::from(([0u8; 4], 0)));
    let opened = Ok(open(ctx, net, at, None));
    finish_open(ctx, r, "listen", net, Some(&at), opened, None);
    Ok(())
}

/// `DialUDP(network, laddr, raddr) (*UDPConn, error)`.
fn dial_udp(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let Some(net) = udp_network(ctx, r, "dial") else {
        return Ok(());
    };
    let opened = match crate::net_addr::socket_addr(r[2]) {
        Some(to) => {
            let local = crate::net_addr::socket_addr(r[1]).unwrap_or_else(|| any_local(&to));
            Ok(open(ctx, net, local, Some(to)))
        }
        None => Err("missing address".to_string()),
    };
    let to = crate::net_addr::socket_addr(r[2]);
    finish_open(ctx, r, "dial", net, to.as_ref(), opened, None);
    Ok(())
}

/// What a read returns besides the count and the error.
#[derive(Clone, Copy)]
enum Source {
    None,
    /// A `net.Addr` (`ReadFrom`).
    Addr,
    /// A `*UDPAddr` (`ReadFromUDP`).
    UdpAddr,
}

/// One datagram into `p` (`r[1]`): `(n, [from,] err)` in `r`, or a block that re-runs
/// `resume`.
fn recv(
    ctx: &mut NativeCtx,
    r: &mut [Word],
    source: Source,
    resume: NativeImpl,
) -> Result<(), Panic> {
    let fd = net::fd_of(r[0])?;
    let (arr, off, len, _) = value::slice_parts(r[1]);
    let err_slot = if matches!(source, Source::None) { 1 } else { 2 };
    loop {
        if let Err(e) = fd.pd.check(Mode::Read) {
            let err = net::poll_error(ctx, e);
            r[0] = 0;
            r[1] = 0;
            r[err_slot] = net::conn_error(ctx, fd, "read", err);
            return Ok(());
        }
        let mut buf = vec![0u8; len.min(64 * 1024)];
        let got = match &*fd.socket.read() {
            Some(Socket::Datagram(d)) => d.recv_from(&mut buf),
            _ => Err(ErrorKind::NotConnected.into()),
        };
        match got {
            Ok((n, from)) => {
                let cells = heap::bytes(arr);
                for (i, b) in buf[..n].iter().enumerate() {
                    cells[off + i].store(*b, Release);
                }
                r[0] = n as Word;
                match source {
                    Source::None => {}
                    Source::Addr => r[1] = crate::net_addr::addr_value(ctx, "udp", Some(&from)),
                    Source::UdpAddr => {
                        let a = crate::net_addr::addr_value(ctx, "udp", Some(&from));
                        r[1] = value::iface_parts(a).map_or(0, |(_, p)| p);
                    }
                }
                r[err_slot] = 0;
                return Ok(());
            }
            Err(e) if e.kind() == ErrorKind::WouldBlock => {
                if let Ok(true) = fd.pd.prepare_wait(Mode::Read) {
                    return ctx.block(WaitReason::IoWait, resume, r);
                }
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => {
                let err = match e.kind() {
                    ErrorKind::NotConnected => net::err_closed(ctx),
                    _ => util::new_error(ctx.prog, net::syscall_text("recvfrom", &e).as_bytes()),
                };
                r[0] = 0;
                r[1] = 0;
                r[err_slot] = net::conn_error(ctx, fd, "read", err);
                return Ok(());
            }
        }
    }
}

fn read(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    recv(ctx, r, Source::None, read)
}

fn read_from(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    recv(ctx, r, Source::Addr, read_from)
}

fn read_from_udp(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    recv(ctx, r, Source::UdpAddr, read_from_udp)
}

/// Sends `p` (`r[1]`) as one datagram to `to` (the connected peer when none): `(n, err)` in
/// `r`, or a block that re-runs `resume`.
fn send(
    ctx: &mut NativeCtx,
    r: &mut [Word],
    to: Option<SocketAddr>,
    resume: NativeImpl,
) -> Result<(), Panic> {
    let fd = net::fd_of(r[0])?;
    let data = util::byte_slice(r[1]);
    loop {
        if let Err(e) = fd.pd.check(Mode::Write) {
            let err = net::poll_error(ctx, e);
            r[0] = 0;
            r[1] = net::conn_error(ctx, fd, "write", err);
            return Ok(());
        }
        let sent = match (&*fd.socket.read(), to) {
            (Some(Socket::Datagram(d)), Some(to)) => d.send_to(&data, to),
            (Some(Socket::Datagram(d)), None) => d.send(&data),
            _ => Err(ErrorKind::NotConnected.into()),
        };
        match sent {
            Ok(n) => {
                r[0] = n as Word;
                r[1] = 0;
                return Ok(());
            }
            Err(e) if e.kind() == ErrorKind::WouldBlock => {
                if let Ok(true) = fd.pd.prepare_wait(Mode::Write) {
                    return ctx.block(WaitReason::IoWait, resume, r);
                }
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => {
                let err = match e.kind() {
                    ErrorKind::NotConnected => net::err_closed(ctx),
                    _ => util::new_error(ctx.prog, net::syscall_text("write", &e).as_bytes()),
                };
                r[0] = 0;
                r[1] = net::op_error(
                    ctx,
                    "write",
                    fd.network,
                    Some(&fd.local),
                    to.or(fd.remote).as_ref(),
                    err,
                );
                return Ok(());
            }
        }
    }
}

fn write(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    send(ctx, r, None, write)
}

/// `WriteTo(p, addr)` / `WriteToUDP(p, addr)`: `r[2]` is the `*UDPAddr` (`udp_addr`) or a
/// `net.Addr` that must hold one.
fn send_to(
    ctx: &mut NativeCtx,
    r: &mut [Word],
    udp_addr: bool,
    resume: NativeImpl,
) -> Result<(), Panic> {
    let fd = net::fd_of(r[0])?;
    let obj = if udp_addr {
        Some(r[2])
    } else {
        value::iface_parts(r[2])
            .filter(|(t, _)| ctx.prog.types[*t as usize].name == "*net.UDPAddr")
            .map(|(_, p)| p)
    };
    let fail = |ctx: &NativeCtx, r: &mut [Word], text: &[u8]| {
        let err = util::new_error(ctx.prog, text);
        r[0] = 0;
        r[1] = net::op_error(ctx, "write", fd.network, Some(&fd.local), None, err);
    };
    if fd.remote.is_some() {
        fail(ctx, r, b"use of WriteTo with pre-connected connection");
        return Ok(());
    }
    match obj.and_then(crate::net_addr::socket_addr) {
        Some(to) => send(ctx, r, Some(to), resume),
        None => {
            fail(ctx, r, b"invalid argument");
            Ok(())
        }
    }
}

fn write_to(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    send_to(ctx, r, false, write_to)
}

fn write_to_udp(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    send_to(ctx, r, true, write_to_udp)
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!(
            "net",
            "type PacketConn interface { ReadFrom([]byte) (int, Addr, error); WriteTo([]byte, Addr) (int, error); Close() error; LocalAddr() Addr; SetDeadline(time.Time) error; SetReadDeadline(time.Time) error; SetWriteDeadline(time.Time) error }
type UDPConn struct { impl uintptr }"
        ),
        native!("net", "func ListenPacket(string, string) (PacketConn, error)", listen_packet),
        native!("net", "func ListenUDP(string, *UDPAddr) (*UDPConn, error)", listen_udp),
        native!("net", "func DialUDP(string, *UDPAddr, *UDPAddr) (*UDPConn, error)", dial_udp),
        native!("net", "func (*UDPConn) Read([]byte) (int, error)", read),
        native!("net", "func (*UDPConn) ReadFrom([]byte) (int, Addr, error)", read_from),
        native!("net", "func (*UDPConn) ReadFromUDP([]byte) (int, *UDPAddr, error)", read_from_udp),
        native!("net", "func (*UDPConn) Write([]byte) (int, error)", write),
        native!("net", "func (*UDPConn) WriteTo([]byte, Addr) (int, error)", write_to),
        native!("net", "func (*UDPConn) WriteToUDP([]byte, *UDPAddr) (int, error)", write_to_udp),
        native!("net", "func (*UDPConn) Close() error", |c, r| net::close_with(c, r, "close")),
        native!("net", "func (*UDPConn) LocalAddr() Addr", |c, r| {
            let fd = net::fd_of(r[0])?;
            r[0] = crate::net_addr::addr_value(c, "udp", Some(&fd.local));
            Ok(())
        }),
        native!("net", "func (*UDPConn) RemoteAddr() Addr", |c, r| {
            let fd = net::fd_of(r[0])?;
            r[0] = crate::net_addr::addr_value(c, "udp", fd.remote.as_ref());
            Ok(())
        }),
        native!("net", "func (*UDPConn) SetDeadline(time.Time) error", |_, r| {
            net::set_deadline(r, &[Mode::Read, Mode::Write])
        }),
        native!("net", "func (*UDPConn) SetReadDeadline(time.Time) error", |_, r| {
            net::set_deadline(r, &[Mode::Read])
        }),
        native!("net", "func (*UDPConn) SetWriteDeadline(time.Time) error", |_, r| {
            net::set_deadline(r, &[Mode::Write])
        }),
    ]
}
