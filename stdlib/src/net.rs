//! Package `net`, TCP: `Listen`, `Dial`, `DialTimeout` (networks `tcp`, `tcp4`, `tcp6`),
//! `*TCPListener` (`Accept`, `Close`, `Addr`), `*TCPConn` (`Read`, `Write`, `Close`,
//! `CloseWrite`, `LocalAddr`, `RemoteAddr`, `SetDeadline`, `SetReadDeadline`,
//! `SetWriteDeadline`), `*TCPAddr` (`net_addr`), `*OpError` with Go's texts, `ErrClosed`,
//! `JoinHostPort`, `SplitHostPort`.
//!
//! Invariants:
//! - Every socket is non-blocking and registered with the runtime's network poller
//!   (`runtime::netpoll`); an operation that would block publishes the goroutine on the
//!   descriptor and parks it through `NativeCtx::block`, its native re-run on the same register
//!   window once the descriptor is ready (no worker thread ever blocks in a socket call).
//! - A socket is closed by `Close` (under its write lock, so never during another goroutine's
//!   system call on it), or by the collector when its object becomes unreachable.
//! - Errors are `*net.OpError{Op, Net, Source, Addr, Err}` as Go builds them:
//!   `dial tcp 127.0.0.1:1: connect: connection refused`,
//!   `read tcp 127.0.0.1:8000->127.0.0.1:51234: use of closed network connection`,
//!   `… i/o timeout` (whose `Timeout()` is true); a read at the peer's end of stream is
//!   `io.EOF`.

use crate::util;
use crate::{declare, native};
use mio::net::{TcpListener, TcpStream};
use parking_lot::{Mutex, RwLock};
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use runtime::netpoll::{self, Mode, PollDesc, PollError};
use runtime::WaitReason;
use std::io::{ErrorKind, Read, Write};
use std::net::{Shutdown, SocketAddr, ToSocketAddrs};
use std::sync::atomic::Ordering::{Acquire, Release};
use std::sync::Arc;
use std::time::{Duration, Instant};
use vm::native::{NativeCtx, Panic};
use vm::value;

pub(crate) enum Socket {
    Listener(TcpListener),
    Stream(TcpStream),
    /// A UDP socket (`net_udp`).
    Datagram(mio::net::UdpSocket),
}

impl Socket {
    fn source(&mut self) -> &mut dyn mio::event::Source {
        match self {
            Socket::Listener(l) => l,
            Socket::Stream(s) => s,
            Socket::Datagram(d) => d,
        }
    }
}

/// A listener's or connection's state: the object inside `*TCPListener` / `*TCPConn` /
/// `*UDPConn`.
pub(crate) struct NetFd {
    pub(crate) socket: RwLock<Option<Socket>>,
    pub(crate) pd: Arc<PollDesc>,
    pub(crate) local: SocketAddr,
    pub(crate) remote: Option<SocketAddr>,
    pub(crate) network: &'static str,
    /// Bytes of the current `Write` already written (writes are whole, across parks).
    written: Mutex<usize>,
}

impl NativeObject for NetFd {
    fn trace(&self, _: &mut Marker) {}
}

impl Drop for NetFd {
    fn drop(&mut self) {
        if let Some(mut s) = self.socket.get_mut().take() {
            netpoll::deregister(s.source(), &self.pd);
        }
    }
}

impl NetFd {
    pub(crate) fn new(mut socket: Socket, network: &'static str) -> std::io::Result<NetFd> {
        let pd = netpoll::register(socket.source())?;
        let (local, remote) = match &socket {
            Socket::Listener(l) => (l.local_addr()?, None),
            Socket::Stream(s) => (s.local_addr()?, s.peer_addr().ok()),
            Socket::Datagram(d) => (d.local_addr()?, d.peer_addr().ok()),
        };
        Ok(NetFd {
            socket: RwLock::new(Some(socket)),
            pd,
            local,
            remote,
            network,
            written: Mutex::new(0),
        })
    }

    fn close(&self) -> bool {
        let Some(mut s) = self.socket.write().take() else {
            return false;
        };
        self.pd.close();
        netpoll::deregister(s.source(), &self.pd);
        true
    }
}

// ---------------------------------------------------------------- objects and errors

pub(crate) fn new_object(ctx: &NativeCtx, type_name: &str, fd: NetFd) -> Option<Word> {
    let t = util::type_named(ctx.prog, type_name)?;
    let obj = heap::alloc_words(1);
    heap::words(obj)[0].store(heap::alloc_native(Box::new(fd)), Release);
    Some(value::iface_new(t, obj))
}

pub(crate) fn fd_of(recv: Word) -> Result<&'static NetFd, Panic> {
    if recv == 0 {
        return Err(util::nil_deref());
    }
    heap::native::<NetFd>(heap::words(recv)[0].load(Acquire)).ok_or_else(util::nil_deref)
}

/// A `*net.TCPAddr` as a `net.Addr` (nil without one).
fn addr_value(ctx: &NativeCtx, a: Option<&SocketAddr>) -> Word {
    crate::net_addr::addr_value(ctx, "tcp", a)
}

/// The permanent `net.ErrClosed` (`use of closed network connection`).
pub(crate) fn err_closed(ctx: &NativeCtx) -> Word {
    util::permanent(ctx.prog, "net.ErrClosed", || {
        util::new_error(ctx.prog, b"use of closed network connection")
    })
}

/// The permanent deadline error (`i/o timeout`, Go's `os.ErrDeadlineExceeded`).
pub(crate) fn err_timeout(ctx: &NativeCtx) -> Word {
    util::permanent(ctx.prog, "net.errTimeout", || {
        util::new_error(ctx.prog, b"i/o timeout")
    })
}

/// Go's text for a system call's failure: `connect: connection refused`.
pub(crate) fn syscall_text(call: &str, e: &std::io::Error) -> String {
    let text = e.to_string();
    // Rust appends ` (os error N)`; Go prints strerror's text alone, lower-cased.
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    let mut chars = text.chars();
    let text = match chars.next() {
        Some(c) => c.to_lowercase().collect::<String>() + chars.as_str(),
        None => text,
    };
    format!("{call}: {text}")
}

/// `&net.OpError{Op, Net, Source, Addr, Err}` as an `error`.
pub(crate) fn op_error(
    ctx: &NativeCtx,
    op: &str,
    network: &str,
    source: Option<&SocketAddr>,
    addr: Option<&SocketAddr>,
    err: Word,
) -> Word {
    let prog = ctx.prog;
    let Some(t) = util::type_named(prog, "*net.OpError") else {
        return err;
    };
    let obj = value::zero(prog, prog.types[t as usize].elem);
    let slots = heap::words(obj);
    slots[0].store(util::new_str(op.as_bytes()), Release);
    slots[1].store(util::new_str(network.as_bytes()), Release);
    slots[2].store(crate::net_addr::addr_value(ctx, network, source), Release);
    slots[3].store(crate::net_addr::addr_value(ctx, network, addr), Release);
    slots[4].store(err, Release);
    value::iface_new(t, obj)
}

pub(crate) fn poll_error(ctx: &NativeCtx, e: PollError) -> Word {
    match e {
        PollError::Closed => err_closed(ctx),
        PollError::Timeout => err_timeout(ctx),
    }
}

/// `(*OpError).Error`: `op net [source->]addr: err`.
fn op_error_text(ctx: &mut NativeCtx, recv: Word) -> Result<String, Panic> {
    if recv == 0 {
        return Err(util::nil_deref());
    }
    let slots = heap::words(recv);
    let field = |i: usize| slots[i].load(Acquire);
    let mut s = value::str_lossy(field(0));
    let net = value::str_lossy(field(1));
    if !net.is_empty() {
        s.push(' ');
        s.push_str(&net);
    }
    let addr_text = |w: Word| value::iface_parts(w).map(|(_, p)| crate::net_addr::addr_text(p));
    let (source, addr) = (addr_text(field(2)), addr_text(field(3)));
    if let Some(src) = &source {
        s.push(' ');
        s.push_str(src);
    }
    if let Some(a) = &addr {
        s.push_str(if source.is_some() { "->" } else { " " });
        s.push_str(a);
    }
    let err = field(4);
    if err != 0 {
        s.push_str(": ");
        let text = util::call_iface_method(ctx, err, "Error", &[])?;
        s.push_str(&value::str_lossy(text.first().copied().unwrap_or(0)));
    }
    Ok(s)
}

// ---------------------------------------------------------------- addresses

/// The addresses `host:port` names for `network`, IPv4 first (as Go's dialer and listener
/// prefer); an empty host is every local address (`[::]`, `0.0.0.0` for tcp4).
pub(crate) fn resolve(network: &str, address: &str) -> Result<Vec<SocketAddr>, String> {
    let (host, port) = split_host_port(address)?;
    let port: u16 = port
        .parse()
        .map_err(|_| format!("address {address}: invalid port"))?;
    let mut addrs: Vec<SocketAddr> = if host.is_empty() {
        match network {
            "tcp4" => vec![SocketAddr::from(([0, 0, 0, 0], port))],
            _ => vec![SocketAddr::from(([0u16; 8], port))],
        }
    } else {
        (host.as_str(), port)
            .to_socket_addrs()
            .map_err(|_| format!("lookup {host}: no such host"))?
            .collect()
    };
    addrs.retain(|a| match network {
        "tcp4" => a.is_ipv4(),
        "tcp6" => a.is_ipv6(),
        _ => true,
    });
    addrs.sort_by_key(|a| a.is_ipv6());
    if addrs.is_empty() {
        return Err(format!("address {address}: no suitable address found"));
    }
    Ok(addrs)
}

/// Go's `net.SplitHostPort`.
fn split_host_port(hostport: &str) -> Result<(String, String), String> {
    let err = |why: &str| Err(format!("address {hostport}: {why}"));
    let Some(i) = hostport.rfind(':') else {
        return err("missing port in address");
    };
    let (host, port) = if let Some(rest) = hostport.strip_prefix('[') {
        let Some(end) = rest.find(']') else {
            return err("missing ']' in address");
        };
        match end + 2 {
            e if e == hostport.len() => return err("missing port in address"),
            e if e == i => {}
            _ if hostport.as_bytes().get(end + 2) == Some(&b':') => {
                return err("too many colons in address")
            }
            _ => return err("missing port in address"),
        }
        (rest[..end].to_string(), &hostport[i + 1..])
    } else {
        let host = &hostport[..i];
        if host.contains(':') {
            return err("too many colons in address");
        }
        (host.to_string(), &hostport[i + 1..])
    };
    if host.contains('[') || host.contains(']') || port.contains('[') || port.contains(']') {
        return err("unexpected '[' in address");
    }
    Ok((host, port.to_string()))
}

fn network_of(network: &str) -> Option<&'static str> {
    ["tcp", "tcp4", "tcp6"].into_iter().find(|n| *n == network)
}

// ---------------------------------------------------------------- Listen, Accept

pub(crate) fn listen(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let network = value::str_lossy(r[0]);
    let address = value::str_lossy(r[1]);
    let fail = |ctx: &NativeCtx, r: &mut [Word], text: String| {
        let err = util::new_error(ctx.prog, text.as_bytes());
        r[0] = 0;
        r[1] = op_error(ctx, "listen", &network, None, None, err);
    };
    let Some(net) = network_of(&network) else {
        fail(ctx, r, format!("unknown network {network}"));
        return Ok(());
    };
    let addrs = match resolve(net, &address) {
        Ok(a) => a,
        Err(e) => {
            fail(ctx, r, e);
            return Ok(());
        }
    };
    let bound = TcpListener::bind(addrs[0])
        .and_then(widen_backlog)
        .and_then(|l| NetFd::new(Socket::Listener(l), net));
    match bound {
        Ok(fd) => match new_object(ctx, "*net.TCPListener", fd) {
            Some(l) => {
                r[0] = l;
                r[1] = 0;
            }
            None => return Err(Panic::Fatal("net: *net.TCPListener missing".into())),
        },
        Err(e) => {
            let err = util::new_error(ctx.prog, syscall_text("bind", &e).as_bytes());
            r[0] = 0;
            r[1] = op_error(ctx, "listen", net, None, Some(&addrs[0]), err);
        }
    }
    Ok(())
}

/// Go listens with the kernel's `somaxconn` as the backlog (mio with 1,024): with fewer,
/// a burst of connections overflows the queue and the kernel drops SYNs, which costs each
/// dropped client a one-second retransmission.
fn widen_backlog(l: TcpListener) -> std::io::Result<TcpListener> {
    use std::os::fd::AsRawFd;
    let max = std::fs::read_to_string("/proc/sys/net/core/somaxconn")
        .ok()
        .and_then(|s| s.trim().parse::<i32>().ok())
        .map_or(4096, |n| n.clamp(128, 65535));
    // SAFETY: `listen` on the listener's own open descriptor only changes its backlog.
    if unsafe { libc::listen(l.as_raw_fd(), max) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(l)
}

fn accept(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let fd = fd_of(r[0])?;
    loop {
        if let Err(e) = fd.pd.check(Mode::Read) {
            let err = poll_error(ctx, e);
            r[0] = 0;
            r[1] = op_error(ctx, "accept", fd.network, None, Some(&fd.local), err);
            return Ok(());
        }
        let accepted = match &*fd.socket.read() {
            Some(Socket::Listener(l)) => l.accept(),
            _ => Err(ErrorKind::NotConnected.into()),
        };
        match accepted {
            Ok((stream, _)) => {
                let conn = NetFd::new(Socket::Stream(stream), fd.network)
                    .ok()
                    .and_then(|c| new_object(ctx, "*net.TCPConn", c));
                match conn {
                    Some(c) => {
                        r[0] = c;
                        r[1] = 0;
                        return Ok(());
                    }
                    None => continue,
                }
            }
            Err(e) if e.kind() == ErrorKind::WouldBlock => {}
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) if e.kind() == ErrorKind::NotConnected => {
                let err = err_closed(ctx);
                r[0] = 0;
                r[1] = op_error(ctx, "accept", fd.network, None, Some(&fd.local), err);
                return Ok(());
            }
            Err(e) => {
                let err = util::new_error(ctx.prog, syscall_text("accept", &e).as_bytes());
                r[0] = 0;
                r[1] = op_error(ctx, "accept", fd.network, None, Some(&fd.local), err);
                return Ok(());
            }
        }
        match fd.pd.prepare_wait(Mode::Read) {
            Ok(true) => return ctx.block(WaitReason::IoWait, accept, r),
            Ok(false) => continue,
            Err(_) => continue,
        }
    }
}

// ---------------------------------------------------------------- Dial

/// `Dial(network, address)`: starts a non-blocking connect; `r[0]` then holds the
/// connecting `*TCPConn` for `dial_finish`.
fn dial(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    dial_with(ctx, r, None)
}

pub(crate) fn dial_timeout(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let d = r[2] as i64;
    dial_with(ctx, r, Some(Duration::from_nanos(d.max(0) as u64)))
}

fn dial_with(ctx: &mut NativeCtx, r: &mut [Word], timeout: Option<Duration>) -> Result<(), Panic> {
    let network = value::str_lossy(r[0]);
    let address = value::str_lossy(r[1]);
    let fail = |ctx: &NativeCtx, r: &mut [Word], addr: Option<&SocketAddr>, text: String| {
        let err = util::new_error(ctx.prog, text.as_bytes());
        r[0] = 0;
        r[1] = op_error(ctx, "dial", &network, None, addr, err);
    };
    if let Some(udp) = crate::net_udp::network_of(&network) {
        return crate::net_udp::dial(ctx, r, udp, &address);
    }
    let Some(net) = network_of(&network) else {
        fail(ctx, r, None, format!("unknown network {network}"));
        return Ok(());
    };
    let addrs = match resolve(net, &address) {
        Ok(a) => a,
        Err(e) => {
            fail(ctx, r, None, e);
            return Ok(());
        }
    };
    // The first address is tried (Go tries the next ones only on failure; with one
    // address per family, this is its behaviour for localhost and literal addresses).
    let target = addrs[0];
    let started = TcpStream::connect(target).and_then(|s| NetFd::new(Socket::Stream(s), net));
    let fd = match started {
        Ok(fd) => fd,
        Err(e) => {
            fail(ctx, r, Some(&target), syscall_text("connect", &e));
            return Ok(());
        }
    };
    if let Some(t) = timeout.filter(|t| !t.is_zero()) {
        fd.pd.set_deadline(Mode::Write, Some(Instant::now() + t));
    }
    match new_object(ctx, "*net.TCPConn", fd) {
        Some(conn) => {
            r[0] = conn;
            dial_finish(ctx, r)
        }
        None => Err(Panic::Fatal("net: *net.TCPConn missing".into())),
    }
}

/// Completes a connect: `r[0]` is the connecting `*TCPConn` (as a `Conn`), `r[1]` the address.
fn dial_finish(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let conn = r[0];
    let ptr = value::iface_parts(conn).map_or(0, |(_, p)| p);
    let fd = fd_of(ptr)?;
    let remote = fd.remote_or_target(r);
    loop {
        if let Err(e) = fd.pd.check(Mode::Write) {
            let err = match e {
                PollError::Timeout => err_timeout(ctx),
                PollError::Closed => err_closed(ctx),
            };
            fd.close();
            r[0] = 0;
            r[1] = op_error(ctx, "dial", fd.network, None, remote.as_ref(), err);
            return Ok(());
        }
        let state = match &*fd.socket.read() {
            Some(Socket::Stream(s)) => match s.take_error() {
                Ok(Some(e)) | Err(e) => Err(e),
                Ok(None) => match s.peer_addr() {
                    Ok(_) => Ok(true),
                    Err(e) if e.kind() == ErrorKind::NotConnected => Ok(false),
                    Err(e) => Err(e),
                },
            },
            _ => Err(ErrorKind::NotConnected.into()),
        };
        match state {
            Ok(true) => {
                fd.pd.set_deadline(Mode::Write, None);
                r[1] = 0;
                return Ok(());
            }
            Ok(false) => match fd.pd.prepare_wait(Mode::Write) {
                Ok(true) => return ctx.block(WaitReason::IoWait, dial_finish, r),
                _ => continue,
            },
            Err(e) => {
                fd.close();
                let err = util::new_error(ctx.prog, syscall_text("connect", &e).as_bytes());
                r[0] = 0;
                r[1] = op_error(ctx, "dial", fd.network, None, remote.as_ref(), err);
                return Ok(());
            }
        }
    }
}

impl NetFd {
    /// The peer, or (before the connection is up) the address being dialled (`r[1]`).
    fn remote_or_target(&self, r: &[Word]) -> Option<SocketAddr> {
        if let Some(a) = self.remote {
            return Some(a);
        }
        if let Some(Socket::Stream(s)) = &*self.socket.read() {
            if let Ok(a) = s.peer_addr() {
                return Some(a);
            }
        }
        let address = value::str_lossy(r[1]);
        resolve(self.network, &address)
            .ok()
            .and_then(|a| a.first().copied())
    }
}

// ---------------------------------------------------------------- Read, Write

pub(crate) fn conn_error(ctx: &mut NativeCtx, fd: &NetFd, op: &str, err: Word) -> Word {
    let remote = fd.remote.or_else(|| match &*fd.socket.read() {
        Some(Socket::Stream(s)) => s.peer_addr().ok(),
        _ => None,
    });
    op_error(ctx, op, fd.network, Some(&fd.local), remote.as_ref(), err)
}

thread_local! {
    /// Each worker's buffer for socket reads (kept between reads).
    static READ_BUF: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn conn_read(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let fd = fd_of(r[0])?;
    let (arr, off, len, _) = value::slice_parts(r[1]);
    loop {
        if let Err(e) = fd.pd.check(Mode::Read) {
            let err = poll_error(ctx, e);
            r[0] = 0;
            r[1] = conn_error(ctx, fd, "read", err);
            return Ok(());
        }
        // Into this worker's reused buffer, then into `p`'s cells.
        let got = READ_BUF.with(|cell| {
            let mut buf = cell.borrow_mut();
            buf.resize(len.min(64 * 1024), 0);
            let got = match &*fd.socket.read() {
                Some(Socket::Stream(s)) => (&*s).read(&mut buf),
                _ => Err(ErrorKind::NotConnected.into()),
            };
            if let Ok(n) = got {
                let cells = heap::bytes(arr);
                for (i, b) in buf[..n].iter().enumerate() {
                    cells[off + i].store(*b, Release);
                }
            }
            got
        });
        match got {
            Ok(0) if len > 0 => {
                r[0] = 0;
                r[1] = crate::bufio::io_eof(ctx)?;
                return Ok(());
            }
            Ok(n) => {
                r[0] = n as Word;
                r[1] = 0;
                return Ok(());
            }
            Err(e) if e.kind() == ErrorKind::WouldBlock => {}
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => {
                let err = match e.kind() {
                    ErrorKind::NotConnected => err_closed(ctx),
                    _ => util::new_error(ctx.prog, syscall_text("read", &e).as_bytes()),
                };
                r[0] = 0;
                r[1] = conn_error(ctx, fd, "read", err);
                return Ok(());
            }
        }
        if let Ok(true) = fd.pd.prepare_wait(Mode::Read) {
            return ctx.block(WaitReason::IoWait, conn_read, r);
        }
    }
}

/// `Write(p)`: writes all of `p` (parking while the socket's buffer is full); the progress
/// of a parked write is kept in `NetFd::written`.
fn conn_write(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let fd = fd_of(r[0])?;
    let data = util::byte_slice(r[1]);
    loop {
        let done = *fd.written.lock();
        if let Err(e) = fd.pd.check(Mode::Write) {
            *fd.written.lock() = 0;
            let err = poll_error(ctx, e);
            r[0] = done as Word;
            r[1] = conn_error(ctx, fd, "write", err);
            return Ok(());
        }
        if done >= data.len() {
            *fd.written.lock() = 0;
            r[0] = data.len() as Word;
            r[1] = 0;
            return Ok(());
        }
        let wrote = match &*fd.socket.read() {
            Some(Socket::Stream(s)) => (&*s).write(&data[done..]),
            _ => Err(ErrorKind::NotConnected.into()),
        };
        match wrote {
            Ok(n) => *fd.written.lock() += n,
            Err(e) if e.kind() == ErrorKind::WouldBlock => {
                if let Ok(true) = fd.pd.prepare_wait(Mode::Write) {
                    return ctx.block(WaitReason::IoWait, conn_write, r);
                }
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => {
                *fd.written.lock() = 0;
                let err = match e.kind() {
                    ErrorKind::NotConnected => err_closed(ctx),
                    _ => util::new_error(ctx.prog, syscall_text("write", &e).as_bytes()),
                };
                r[0] = done as Word;
                r[1] = conn_error(ctx, fd, "write", err);
                return Ok(());
            }
        }
    }
}

pub(crate) fn close_with(ctx: &mut NativeCtx, r: &mut [Word], op: &str) -> Result<(), Panic> {
    let fd = fd_of(r[0])?;
    r[0] = if fd.close() {
        0
    } else {
        let err = err_closed(ctx);
        match fd.remote {
            Some(_) => conn_error(ctx, fd, op, err),
            None => op_error(ctx, op, fd.network, None, Some(&fd.local), err),
        }
    };
    Ok(())
}

pub(crate) fn set_deadline(r: &mut [Word], modes: &[Mode]) -> Result<(), Panic> {
    let fd = fd_of(r[0])?;
    let ns = crate::time::time_of(r[1]);
    let deadline = (ns != crate::time::ZERO_TIME_NS).then(|| {
        let from_now = ns - crate::time::now_ns();
        let now = Instant::now();
        if from_now <= 0 {
            now
        } else {
            now + Duration::from_nanos(from_now.min(u64::MAX as i128) as u64)
        }
    });
    for &m in modes {
        fd.pd.set_deadline(m, deadline);
    }
    r[0] = 0;
    Ok(())
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!(
            "net",
            r#"
import time
type Addr interface { Network() string; String() string }
type Conn interface { Read([]byte) (int, error); Write([]byte) (int, error); Close() error; LocalAddr() Addr; RemoteAddr() Addr; SetDeadline(time.Time) error; SetReadDeadline(time.Time) error; SetWriteDeadline(time.Time) error }
type Listener interface { Accept() (Conn, error); Close() error; Addr() Addr }
type Error interface { Error() string; Timeout() bool; Temporary() bool }
type TCPListener struct { impl uintptr }
type TCPConn struct { impl uintptr }
type OpError struct { Op string; Net string; Source Addr; Addr Addr; Err error }
"#
        ),
        native!(
            "net",
            "func Listen(string, string) (Listener, error)",
            listen
        ),
        native!("net", "func Dial(string, string) (Conn, error)", dial),
        native!(
            "net",
            "func DialTimeout(string, string, time.Duration) (Conn, error)",
            dial_timeout
        ),
        native!("net", "func (*TCPListener) Accept() (Conn, error)", accept),
        native!("net", "func (*TCPListener) Close() error", |c, r| {
            close_with(c, r, "close")
        }),
        native!("net", "func (*TCPListener) Addr() Addr", |c, r| {
            let fd = fd_of(r[0])?;
            r[0] = addr_value(c, Some(&fd.local));
            Ok(())
        }),
        native!(
            "net",
            "func (*TCPConn) Read([]byte) (int, error)",
            conn_read
        ),
        native!(
            "net",
            "func (*TCPConn) Write([]byte) (int, error)",
            conn_write
        ),
        native!("net", "func (*TCPConn) Close() error", |c, r| close_with(
            c, r, "close"
        )),
        native!("net", "func (*TCPConn) CloseWrite() error", |c, r| {
            let fd = fd_of(r[0])?;
            let shut = match &*fd.socket.read() {
                Some(Socket::Stream(s)) => s.shutdown(Shutdown::Write),
                _ => Err(ErrorKind::NotConnected.into()),
            };
            r[0] = match shut {
                Ok(()) => 0,
                Err(_) => {
                    let err = err_closed(c);
                    conn_error(c, fd, "close", err)
                }
            };
            Ok(())
        }),
        native!("net", "func (*TCPConn) LocalAddr() Addr", |c, r| {
            let fd = fd_of(r[0])?;
            r[0] = addr_value(c, Some(&fd.local));
            Ok(())
        }),
        native!("net", "func (*TCPConn) RemoteAddr() Addr", |c, r| {
            let fd = fd_of(r[0])?;
            let remote = fd.remote;
            r[0] = addr_value(c, remote.as_ref());
            Ok(())
        }),
        native!(
            "net",
            "func (*TCPConn) SetDeadline(time.Time) error",
            |_, r| set_deadline(r, &[Mode::Read, Mode::Write])
        ),
        native!(
            "net",
            "func (*TCPConn) SetReadDeadline(time.Time) error",
            |_, r| set_deadline(r, &[Mode::Read])
        ),
        native!(
            "net",
            "func (*TCPConn) SetWriteDeadline(time.Time) error",
            |_, r| set_deadline(r, &[Mode::Write])
        ),
        native!("net", "func (*OpError) Error() string", |c, r| {
            let text = op_error_text(c, r[0])?;
            r[0] = util::new_str(text.as_bytes());
            Ok(())
        }),
        native!("net", "func (*OpError) Unwrap() error", |_, r| {
            if r[0] == 0 {
                return Err(util::nil_deref());
            }
            r[0] = heap::words(r[0])[4].load(Acquire);
            Ok(())
        }),
        native!("net", "func (*OpError) Timeout() bool", |c, r| {
            if r[0] == 0 {
                return Err(util::nil_deref());
            }
            let err = heap::words(r[0])[4].load(Acquire);
            r[0] = util::bool_word(err != 0 && err == err_timeout(c));
            Ok(())
        }),
        native!("net", "func (*OpError) Temporary() bool", |c, r| {
            if r[0] == 0 {
                return Err(util::nil_deref());
            }
            let err = heap::words(r[0])[4].load(Acquire);
            r[0] = util::bool_word(err != 0 && err == err_timeout(c));
            Ok(())
        }),
        native!("net", "var ErrClosed error", |c, r| {
            r[0] = err_closed(c);
            Ok(())
        }),
        native!("net", "func JoinHostPort(string, string) string", |_, r| {
            let host = value::str_lossy(r[0]);
            let port = value::str_lossy(r[1]);
            let text = if host.contains(':') {
                format!("[{host}]:{port}")
            } else {
                format!("{host}:{port}")
            };
            r[0] = util::new_str(text.as_bytes());
            Ok(())
        }),
        native!(
            "net",
            "func SplitHostPort(string) (string, string, error)",
            |c, r| {
                let hostport = value::str_lossy(r[0]);
                match split_host_port(&hostport) {
                    Ok((h, p)) => {
                        r[0] = util::new_str(h.as_bytes());
                        r[1] = util::new_str(p.as_bytes());
                        r[2] = 0;
                    }
                    Err(e) => {
                        r[0] = util::new_str(b"");
                        r[1] = util::new_str(b"");
                        r[2] = addr_error(c, &e);
                    }
                }
                Ok(())
            }
        ),
    ]
}

/// A `*net.AddrError`-like error for `SplitHostPort` (`address x: missing port in address`).
fn addr_error(ctx: &NativeCtx, text: &str) -> Word {
    util::new_error(ctx.prog, text.as_bytes())
}
