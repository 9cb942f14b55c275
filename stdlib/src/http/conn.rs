//! A buffered connection over any Go `net.Conn`: the bytes both sides of net/http read
//! (request and response heads, bodies) and write.
//!
//! Invariants:
//! - Reads and writes go through the connection's Go methods (`Read`, `Write`, `Close`,
//!   `SetReadDeadline`), called from natives that block on the coroutine, so a user's own
//!   `net.Listener` / `net.Conn` works and no worker thread ever blocks.
//! - `Io` is a native heap object: the connection interface and the scratch `[]byte` it
//!   reads into are immutable words it traces; no lock is held across a Go call. An `Io`
//!   without a connection (`memory`) holds all its bytes and reads as at end of stream.

use crate::util;
use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use vm::native::{NativeCtx, Panic};
use vm::value;

/// Bytes asked of one `Read`.
const READ_CHUNK: usize = 16 * 1024;

/// What a read from the connection gave.
pub enum Fill {
    Data,
    Eof,
    /// The error `Read` returned (an `error` word).
    Failed(Word),
}

pub struct Io {
    /// The `net.Conn` interface.
    pub conn: Word,
    scratch: Word,
    /// Bytes read and not yet consumed.
    pub buf: Mutex<Vec<u8>>,
}

impl NativeObject for Io {
    fn trace(&self, marker: &mut Marker) {
        marker.mark(self.conn);
        marker.mark(self.scratch);
    }
}

/// A new `Io` object over `conn`.
pub fn new(conn: Word) -> Word {
    let scratch = util::new_byte_slice(&vec![0u8; READ_CHUNK]);
    heap::alloc_native(Box::new(Io {
        conn,
        scratch,
        buf: Mutex::new(Vec::new()),
    }))
}

/// An `Io` holding `data` and no connection (a client request's body read ahead).
pub fn memory(data: Vec<u8>) -> Word {
    heap::alloc_native(Box::new(Io {
        conn: 0,
        scratch: 0,
        buf: Mutex::new(data),
    }))
}

pub fn of(obj: Word) -> &'static Io {
    heap::native::<Io>(obj).expect("http: connection object")
}

impl Io {
    /// One `Read` of the connection, appended to `buf`.
    pub fn fill(&self, ctx: &mut NativeCtx) -> Result<Fill, Panic> {
        if self.conn == 0 {
            return Ok(Fill::Eof);
        }
        let out = util::call_iface_method(ctx, self.conn, "Read", &[self.scratch])?;
        let (n, err) = (out[0] as usize, out[1]);
        if n > 0 {
            let (arr, off, _, _) = value::slice_parts(self.scratch);
            let cells = heap::bytes(arr);
            let mut buf = self.buf.lock();
            buf.extend((0..n).map(|i| cells[off + i].load(std::sync::atomic::Ordering::Acquire)));
            return Ok(Fill::Data);
        }
        if err == 0 {
            return Ok(Fill::Data);
        }
        if err == crate::io::eof(ctx) {
            return Ok(Fill::Eof);
        }
        Ok(Fill::Failed(err))
    }

    /// Writes all of `data`; the connection's error, if any.
    pub fn write(&self, ctx: &mut NativeCtx, data: &[u8]) -> Result<Option<Word>, Panic> {
        let slice = util::new_byte_slice(data);
        let out = util::call_iface_method(ctx, self.conn, "Write", &[slice])?;
        Ok((out[1] != 0).then_some(out[1]))
    }

    pub fn close(&self, ctx: &mut NativeCtx) -> Result<(), Panic> {
        if self.conn == 0 {
            return Ok(());
        }
        util::call_iface_method(ctx, self.conn, "Close", &[])?;
        Ok(())
    }

    /// `SetDeadline(t)` for `d` nanoseconds from now (0: no deadline).
    pub fn set_deadline(&self, ctx: &mut NativeCtx, method: &str, d: i64) -> Result<(), Panic> {
        let t = if d > 0 {
            crate::time::new_time(crate::time::now_ns() + d as i128)
        } else {
            crate::time::new_time(crate::time::ZERO_TIME_NS)
        };
        util::call_iface_method(ctx, self.conn, method, &[t])?;
        Ok(())
    }

    /// The peer's address text (`RemoteAddr().String()`).
    pub fn remote_addr(&self, ctx: &mut NativeCtx) -> Result<String, Panic> {
        let a = util::call_iface_method(ctx, self.conn, "RemoteAddr", &[])?[0];
        if a == 0 {
            return Ok(String::new());
        }
        let s = util::call_iface_method(ctx, a, "String", &[])?[0];
        Ok(value::str_lossy(s))
    }
}
