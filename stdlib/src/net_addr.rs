//! Package `net`'s addresses: `IP` (`[]byte`: 4 bytes, or 16 with IPv4 as v4-mapped, as Go
//! keeps them) with Go's `String`, `To4`, `To16`, `Equal`, `IsLoopback`, `IsUnspecified`;
//! `ParseIP`, `IPv4`; `*TCPAddr` and `*UDPAddr` (`IP`, `Port`, `Zone` fields, Go's `String`
//! and `Network`); `ResolveTCPAddr`, `ResolveUDPAddr` (`localhost` and other names through
//! the system resolver, IPv4 first).
//!
//! Invariant: an address struct's slots are its fields in declaration order (`IP`, `Port`,
//! `Zone`); the sockets' addresses are built by [`addr_value`] and read back by
//! [`socket_addr`], so a program may also make or change them itself.

use crate::util;
use crate::{declare, native};
use runtime::heap::{self, Word};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::atomic::Ordering::{Acquire, Release};
use vm::native::{NativeCtx, Panic};
use vm::value;

/// The 4-byte form of an IP's bytes, when it is IPv4 (Go's `To4`).
fn to4(ip: &[u8]) -> Option<[u8; 4]> {
    match ip.len() {
        4 => Some([ip[0], ip[1], ip[2], ip[3]]),
        16 if ip[..10].iter().all(|&b| b == 0) && ip[10] == 0xff && ip[11] == 0xff => {
            Some([ip[12], ip[13], ip[14], ip[15]])
        }
        _ => None,
    }
}

/// The 16-byte form (Go's `To16`).
fn to16(ip: &[u8]) -> Option<[u8; 16]> {
    match ip.len() {
        4 => Some(
            Ipv4Addr::new(ip[0], ip[1], ip[2], ip[3])
                .to_ipv6_mapped()
                .octets(),
        ),
        16 => ip.try_into().ok(),
        _ => None,
    }
}

/// Go's `IP.String`.
fn ip_text(ip: &[u8]) -> String {
    if ip.is_empty() {
        return "<nil>".into();
    }
    if let Some(v4) = to4(ip) {
        return Ipv4Addr::from(v4).to_string();
    }
    match to16(ip) {
        Some(v6) => Ipv6Addr::from(v6).to_string(),
        None => {
            let hex: String = ip.iter().map(|b| format!("{b:02x}")).collect();
            format!("?{hex}")
        }
    }
}

fn ip_addr(ip: &[u8]) -> Option<IpAddr> {
    match to4(ip) {
        Some(v4) => Some(IpAddr::from(v4)),
        None => to16(ip).map(IpAddr::from),
    }
}

fn ip_bytes(ip: IpAddr) -> Vec<u8> {
    match ip {
        IpAddr::V4(v4) => v4.octets().to_vec(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.octets().to_vec(),
            None => v6.octets().to_vec(),
        },
    }
}

/// Go's `ParseIP`: the 16-byte form, or none.
fn parse_ip(s: &str) -> Option<[u8; 16]> {
    if let Ok(v4) = s.parse::<Ipv4Addr>() {
        return Some(v4.to_ipv6_mapped().octets());
    }
    if s.contains(':') && !s.contains('%') {
        return s.parse::<Ipv6Addr>().ok().map(|v6| v6.octets());
    }
    None
}

/// `host:port` as Go's `JoinHostPort` spells it.
fn join_host_port(host: &str, port: &str) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

/// The address struct behind an `Addr`'s data word as Go's `String` prints it.
pub fn addr_text(obj: Word) -> String {
    if obj == 0 {
        return "<nil>".into();
    }
    let slots = heap::words(obj);
    let ip = util::byte_slice(slots[0].load(Acquire));
    let port = slots[1].load(Acquire) as i64;
    let zone = value::str_lossy(slots[2].load(Acquire));
    let mut host = if ip.is_empty() {
        String::new()
    } else {
        ip_text(&ip)
    };
    if !zone.is_empty() {
        host = format!("{host}%{zone}");
    }
    join_host_port(&host, &port.to_string())
}

/// The socket address an address struct names (an empty IP: the unspecified IPv4 address).
pub fn socket_addr(obj: Word) -> Option<SocketAddr> {
    if obj == 0 {
        return None;
    }
    let slots = heap::words(obj);
    let ip = util::byte_slice(slots[0].load(Acquire));
    let port = u16::try_from(slots[1].load(Acquire) as i64).ok()?;
    let ip = if ip.is_empty() {
        IpAddr::from([0u8; 4])
    } else {
        ip_addr(&ip)?
    };
    Some(SocketAddr::new(ip, port))
}

/// A new address struct (`*net.TCPAddr`, `*net.UDPAddr`) for `a` (an unspecified host when
/// `ip` is none), as a pointer.
fn new_addr(ctx: &NativeCtx, type_name: &str, ip: Option<IpAddr>, port: u16) -> Option<Word> {
    let t = util::type_named(ctx.prog, type_name)?;
    let obj = value::zero(ctx.prog, ctx.prog.types[t as usize].elem);
    let slots = heap::words(obj);
    let ip = ip.map_or(0, |ip| util::new_byte_slice(&ip_bytes(ip)));
    slots[0].store(ip, Release);
    slots[1].store(port as Word, Release);
    Some(obj)
}

/// `a` as a `net.Addr` holding a `*net.TCPAddr` (`network` tcp…) or `*net.UDPAddr` (udp…);
/// nil without one.
pub fn addr_value(ctx: &NativeCtx, network: &str, a: Option<&SocketAddr>) -> Word {
    let type_name = if network.starts_with("udp") {
        "*net.UDPAddr"
    } else {
        "*net.TCPAddr"
    };
    let (Some(a), Some(t)) = (a, util::type_named(ctx.prog, type_name)) else {
        return 0;
    };
    new_addr(ctx, type_name, Some(a.ip()), a.port()).map_or(0, |obj| value::iface_new(t, obj))
}

/// `ResolveTCPAddr` / `ResolveUDPAddr`: `(*Addr, error)` in `r`.
fn resolve_addr(ctx: &mut NativeCtx, r: &mut [Word], kind: &str) -> Result<(), Panic> {
    let network = value::str_lossy(r[0]);
    let address = value::str_lossy(r[1]);
    let type_name = if kind == "udp" {
        "*net.UDPAddr"
    } else {
        "*net.TCPAddr"
    };
    let family = network
        .strip_prefix(kind)
        .filter(|f| ["", "4", "6"].contains(f));
    let Some(family) = family else {
        r[0] = 0;
        r[1] = util::new_error(ctx.prog, format!("unknown network {network}").as_bytes());
        return Ok(());
    };
    let any_host = address.starts_with(':') || address.starts_with("[]:");
    let found = crate::net::resolve(&format!("tcp{family}"), &address)
        .map(|a| ((!any_host).then(|| a[0].ip()), a[0].port()));
    match found {
        Ok((ip, port)) => {
            r[0] = new_addr(ctx, type_name, ip, port).unwrap_or(0);
            r[1] = 0;
        }
        Err(text) => {
            r[0] = 0;
            r[1] = util::new_error(ctx.prog, text.as_bytes());
        }
    }
    Ok(())
}

fn ip_arg(w: Word) -> Vec<u8> {
    util::byte_slice(w)
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!(
            "net",
            "type IP []byte
type TCPAddr struct { IP IP; Port int; Zone string }
type UDPAddr struct { IP IP; Port int; Zone string }
const IPv4len = 4
const IPv6len = 16"
        ),
        native!("net", "func (IP) String() string", |_, r| {
            r[0] = util::new_str(ip_text(&ip_arg(r[0])).as_bytes());
            Ok(())
        }),
        native!("net", "func (IP) To4() IP", |_, r| {
            r[0] = to4(&ip_arg(r[0])).map_or(0, |v4| util::new_byte_slice(&v4));
            Ok(())
        }),
        native!("net", "func (IP) To16() IP", |_, r| {
            r[0] = to16(&ip_arg(r[0])).map_or(0, |v6| util::new_byte_slice(&v6));
            Ok(())
        }),
        native!("net", "func (IP) Equal(IP) bool", |_, r| {
            let (a, b) = (ip_arg(r[0]), ip_arg(r[1]));
            r[0] = (a == b || (to16(&a).is_some() && to16(&a) == to16(&b))) as Word;
            Ok(())
        }),
        native!("net", "func (IP) IsLoopback() bool", |_, r| {
            r[0] = ip_addr(&ip_arg(r[0])).is_some_and(|ip| ip.is_loopback()) as Word;
            Ok(())
        }),
        native!("net", "func (IP) IsUnspecified() bool", |_, r| {
            r[0] = ip_addr(&ip_arg(r[0])).is_some_and(|ip| ip.is_unspecified()) as Word;
            Ok(())
        }),
        native!("net", "func ParseIP(string) IP", |_, r| {
            let s = value::str_lossy(r[0]);
            r[0] = parse_ip(&s).map_or(0, |ip| util::new_byte_slice(&ip));
            Ok(())
        }),
        native!("net", "func IPv4(byte, byte, byte, byte) IP", |_, r| {
            let v4 = Ipv4Addr::new(r[0] as u8, r[1] as u8, r[2] as u8, r[3] as u8);
            r[0] = util::new_byte_slice(&v4.to_ipv6_mapped().octets());
            Ok(())
        }),
        native!("net", "func (*TCPAddr) String() string", |_, r| {
            r[0] = util::new_str(addr_text(r[0]).as_bytes());
            Ok(())
        }),
        native!("net", "func (*TCPAddr) Network() string", |_, r| {
            r[0] = util::new_str(b"tcp");
            Ok(())
        }),
        native!("net", "func (*UDPAddr) String() string", |_, r| {
            r[0] = util::new_str(addr_text(r[0]).as_bytes());
            Ok(())
        }),
        native!("net", "func (*UDPAddr) Network() string", |_, r| {
            r[0] = util::new_str(b"udp");
            Ok(())
        }),
        native!(
            "net",
            "func ResolveTCPAddr(string, string) (*TCPAddr, error)",
            |c, r| resolve_addr(c, r, "tcp")
        ),
        native!(
            "net",
            "func ResolveUDPAddr(string, string) (*UDPAddr, error)",
            |c, r| resolve_addr(c, r, "udp")
        ),
    ]
}
