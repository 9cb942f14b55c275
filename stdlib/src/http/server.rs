//! The HTTP/1.1 server: `Serve`'s accept loop, one goroutine per connection (a native
//! started with `NativeCtx::go_native`) reading requests with `httparse`, calling the
//! handler, and keep-alive; `*Server` (`ListenAndServe`, `Serve`, `Shutdown`, `Close`).
//!
//! Invariants:
//! - Every Go value a connection goroutine needs across a Go call lives in its `frame`
//!   object (rooted once), so a long keep-alive connection roots a fixed set of words.
//! - While a handler runs on a request without a body left to read, a watcher goroutine
//!   reads the connection: its end (the client went away, or `Close`) cancels the request's
//!   context. Before the next request is read the watcher is stopped (a read deadline in the
//!   past) and waited for, so one goroutine reads the connection at a time; bytes it read
//!   stay in the connection's buffer.
//! - A handler's panic is recovered, logged as Go's `http: panic serving ADDR: VALUE`, and
//!   ends the connection; `fatal error`s and `os.Exit` are not recovered.
//! - After `Shutdown` or `Close`, `Serve` returns `ErrServerClosed`; `Shutdown` closes the
//!   listeners, then idle connections as they become idle, polling as Go does (1 ms doubling
//!   to 500 ms) until none is left or its context ends.

use super::body::{self, Framing};
use super::conn::{self, Fill};
use super::request;
use super::response::{self, RequestTraits};
use crate::util;
use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use runtime::{GoroutineRef, WaitReason};
use std::collections::HashMap;
use std::sync::atomic::Ordering::{AcqRel, Acquire, Release};
use std::time::Duration;
use vm::native::{NativeCtx, Panic};
use vm::value;

/// Largest request head (Go's `DefaultMaxHeaderBytes` plus its 4096 slack).
const MAX_HEAD: usize = (1 << 20) + 4096;
/// Unread request body a connection discards to stay reusable (Go's `maxPostHandlerReadBytes`).
const MAX_DISCARD: usize = 256 << 10;

/// Slots of a `Server` struct (declaration order).
const SRV_ADDR: usize = 0;
const SRV_HANDLER: usize = 1;
const SRV_READ_TIMEOUT: usize = 2;
const SRV_READ_HEADER_TIMEOUT: usize = 3;
const SRV_WRITE_TIMEOUT: usize = 4;
const SRV_IDLE_TIMEOUT: usize = 5;
const SRV_IMPL: usize = 6;

pub const SERVER_DECL: &str = "type Server struct { Addr string; Handler Handler; ReadTimeout time.Duration; ReadHeaderTimeout time.Duration; WriteTimeout time.Duration; IdleTimeout time.Duration; impl uintptr }";

#[derive(Default)]
struct Tracked {
    listeners: Vec<Word>,
    /// Connection id → (`conn::Io` object, idle).
    conns: HashMap<u64, (Word, bool)>,
    next_id: u64,
    closed: bool,
}

/// A server's shared state (the `impl` word of `Server`).
#[derive(Default)]
pub struct ServerState {
    t: Mutex<Tracked>,
}

impl NativeObject for ServerState {
    fn trace(&self, marker: &mut Marker) {
        let t = self.t.lock();
        marker.mark_words(&t.listeners);
        for (io, _) in t.conns.values() {
            marker.mark(*io);
        }
    }
}

/// The timeouts a connection applies (nanoseconds, 0: none).
#[derive(Clone, Copy, Default)]
struct Timeouts {
    read: i64,
    read_header: i64,
    write: i64,
    idle: i64,
}

fn server_state_obj(srv: Word) -> Result<Word, Panic> {
    if srv == 0 {
        return Err(util::nil_deref());
    }
    let slot = &heap::words(srv)[SRV_IMPL];
    let cur = slot.load(Acquire);
    if cur != 0 {
        return Ok(cur);
    }
    let fresh = heap::alloc_native(Box::<ServerState>::default());
    Ok(match slot.compare_exchange(0, fresh, AcqRel, Acquire) {
        Ok(_) => fresh,
        Err(other) => other,
    })
}

fn state(obj: Word) -> &'static ServerState {
    heap::native::<ServerState>(obj).expect("http: server state")
}

/// `http.ErrServerClosed`.
pub fn err_server_closed(ctx: &NativeCtx) -> Word {
    let prog = ctx.prog;
    util::permanent(prog, "http.ErrServerClosed", || {
        util::new_error(prog, b"http: Server closed")
    })
}

/// Logs a server error through the standard logger, as Go's `Server.logf`.
pub fn log_error(ctx: &mut NativeCtx, msg: &str) -> Result<(), Panic> {
    crate::log::print_std(ctx, msg.as_bytes())
}

// ---------------------------------------------------------------- accept loop

/// `Serve(l)`: accepts until the listener fails; the error `Serve` returns.
fn serve(
    ctx: &mut NativeCtx,
    st_obj: Word,
    listener: Word,
    handler: Word,
    timeouts: Timeouts,
) -> Result<Word, Panic> {
    ctx.root(st_obj);
    ctx.root(listener);
    ctx.root(handler);
    let st = state(st_obj);
    {
        let mut t = st.t.lock();
        if t.closed {
            drop(t);
            util::call_iface_method(ctx, listener, "Close", &[])?;
            return Ok(err_server_closed(ctx));
        }
        t.listeners.push(listener);
    }
    loop {
        let out = util::call_iface_method(ctx, listener, "Accept", &[])?;
        let (conn, err) = (out[0], out[1]);
        if err != 0 {
            let mut t = st.t.lock();
            t.listeners.retain(|&l| l != listener);
            return Ok(if t.closed {
                err_server_closed(ctx)
            } else {
                err
            });
        }
        let args = vec![
            conn,
            st_obj,
            handler,
            timeouts.read as Word,
            timeouts.read_header as Word,
            timeouts.write as Word,
            timeouts.idle as Word,
        ];
        ctx.go_native(serve_conn, args, "net/http.(*Server).Serve")?;
    }
}

// ---------------------------------------------------------------- one connection

/// Slots of a connection goroutine's frame object.
const F_IO: usize = 0;
const F_REQ: usize = 1;
const F_WRITER: usize = 2;
const F_CTX: usize = 3;
const F_CANCEL: usize = 4;
const F_WATCH: usize = 5;
const F_LEN: usize = 6;

enum Head {
    Request(request::Head),
    /// The connection ended (or failed) before a request began.
    Gone,
    /// Reply this status and close.
    Reject(i64, &'static str),
}

fn read_head(ctx: &mut NativeCtx, io: &conn::Io) -> Result<Head, Panic> {
    loop {
        {
            let mut buf = io.buf.lock();
            match request::parse_head(&buf) {
                Ok(Some((head, n))) => {
                    buf.drain(..n);
                    return Ok(Head::Request(head));
                }
                Ok(None) if buf.len() > MAX_HEAD => {
                    return Ok(Head::Reject(431, ""));
                }
                Ok(None) => {}
                Err(_) => return Ok(Head::Reject(400, "")),
            }
        }
        match io.fill(ctx)? {
            Fill::Data => {}
            // Go answers a head cut short by the end of stream, and drops one cut by a
            // read error or timeout.
            Fill::Eof if !io.buf.lock().is_empty() => return Ok(Head::Reject(400, "")),
            Fill::Eof | Fill::Failed(_) => return Ok(Head::Gone),
        }
    }
}

/// Go's reply to a request it cannot serve (`why`: the reason a `badRequestError` gives).
fn reject(ctx: &mut NativeCtx, io: &conn::Io, code: i64, why: &str) -> Result<(), Panic> {
    const ERROR_HEADERS: &str =
        "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n";
    let text = super::status::text(code);
    let msg = if code == 501 {
        format!("HTTP/1.1 {code} {text}{ERROR_HEADERS}Unsupported transfer encoding")
    } else {
        let public = if why.is_empty() {
            format!("{code} {text}")
        } else {
            format!("{code} {text}: {why}")
        };
        format!("HTTP/1.1 {public}{ERROR_HEADERS}{public}")
    };
    io.write(ctx, msg.as_bytes())?;
    Ok(())
}

fn keep_alives_on() -> bool {
    true
}

fn keep_alives_off() -> bool {
    false
}

/// A connection goroutine: `args` = [conn, server state, handler, timeouts…].
fn serve_conn(ctx: &mut NativeCtx, args: &mut [Word]) -> Result<(), Panic> {
    let (conn_w, st_obj, handler) = (args[0], args[1], args[2]);
    let timeouts = Timeouts {
        read: args[3] as i64,
        read_header: args[4] as i64,
        write: args[5] as i64,
        idle: args[6] as i64,
    };
    let frame = heap::alloc_words(F_LEN);
    ctx.root(frame);
    let slots = heap::words(frame);
    let io_obj = conn::new(conn_w);
    slots[F_IO].store(io_obj, Release);
    let io = conn::of(io_obj);
    let st = state(st_obj);
    let id = {
        let mut t = st.t.lock();
        t.next_id += 1;
        let id = t.next_id;
        t.conns.insert(id, (io_obj, true));
        id
    };
    let remote = io.remote_addr(ctx)?;
    let c = ConnCtx {
        frame,
        st,
        id,
        handler,
        remote: &remote,
        timeouts,
    };
    let result = serve_requests(ctx, &c);
    st.t.lock().conns.remove(&id);
    io.close(ctx)?;
    result
}

fn set_idle(st: &ServerState, id: u64, idle: bool) -> bool {
    let mut t = st.t.lock();
    if let Some(c) = t.conns.get_mut(&id) {
        c.1 = idle;
    }
    t.closed
}

/// What a connection goroutine serves with.
struct ConnCtx<'a> {
    frame: Word,
    st: &'a ServerState,
    id: u64,
    handler: Word,
    remote: &'a str,
    timeouts: Timeouts,
}

/// Serves requests until the connection ends; each request's temporary roots are dropped
/// when it is done (what outlives it is in the frame).
fn serve_requests(ctx: &mut NativeCtx, c: &ConnCtx) -> Result<(), Panic> {
    let mut first = true;
    while ctx.with_scoped_roots(|ctx| serve_one(ctx, c, first))? {
        first = false;
    }
    Ok(())
}

/// Reads and serves one request; whether the connection stays open for another.
fn serve_one(ctx: &mut NativeCtx, c: &ConnCtx, first: bool) -> Result<bool, Panic> {
    let slots = heap::words(c.frame);
    let io_obj = slots[F_IO].load(Acquire);
    let io = conn::of(io_obj);
    let timeouts = c.timeouts;
    let head_timeout = match (first, timeouts.idle, timeouts.read_header, timeouts.read) {
        (false, idle, _, _) if idle > 0 => idle,
        (_, _, rh, _) if rh > 0 => rh,
        (_, _, _, r) => r,
    };
    io.set_deadline(ctx, "SetReadDeadline", head_timeout)?;
    let head = match read_head(ctx, io)? {
        Head::Request(h) => h,
        Head::Gone => return Ok(false),
        Head::Reject(code, why) => return reject(ctx, io, code, why).map(|_| false),
    };
    if set_idle(c.st, c.id, false) {
        return Ok(false);
    }
    io.set_deadline(ctx, "SetReadDeadline", timeouts.read)?;
    io.set_deadline(ctx, "SetWriteDeadline", timeouts.write)?;
    let built = request::build(ctx, &head, io_obj, c.remote)?;
    let (req, framing) = match built {
        Ok(r) => r,
        Err(request::Invalid::MissingHost) => {
            return reject(ctx, io, 400, "missing required Host header").map(|_| false)
        }
        Err(request::Invalid::TransferEncoding) => return reject(ctx, io, 501, "").map(|_| false),
        Err(request::Invalid::Other) => return reject(ctx, io, 400, "").map(|_| false),
    };
    slots[F_REQ].store(req, Release);
    let (rctx, cancel) = crate::context::new_cancel(ctx, crate::context::background(ctx.prog)?)?;
    slots[F_CTX].store(rctx, Release);
    slots[F_CANCEL].store(cancel, Release);
    request::set_context(req, rctx);
    let traits = RequestTraits {
        head: head.method == b"HEAD",
        http11: head.minor >= 1,
        close: head.close,
    };
    let keep = if c.st.t.lock().closed {
        keep_alives_off
    } else {
        keep_alives_on
    };
    let (w, writer) = response::new_writer(ctx, io_obj, traits, keep)?;
    slots[F_WRITER].store(w, Release);
    let watching = framing == Framing::Done;
    if watching {
        let watch = heap::alloc_native(Box::new(Watch::default()));
        slots[F_WATCH].store(watch, Release);
        ctx.go_native(
            watch_conn,
            vec![io_obj, cancel, watch],
            "net/http.(*conn).serve",
        )?;
    }
    let served = util::call_iface_method(ctx, c.handler, "ServeHTTP", &[w, req]);
    if watching {
        stop_watch(ctx, io, slots[F_WATCH].load(Acquire))?;
        slots[F_WATCH].store(0, Release);
        io.set_deadline(ctx, "SetReadDeadline", timeouts.read)?;
    }
    let panicked = match served {
        Ok(_) => false,
        Err(p @ (Panic::Fatal(_) | Panic::Exit(_) | Panic::Goexit)) => {
            ctx.call(cancel, &[])?;
            return Err(p);
        }
        Err(p) => {
            let text = panic_text(ctx, &p)?;
            log_error(ctx, &format!("http: panic serving {}: {text}", c.remote))?;
            true
        }
    };
    ctx.call(cancel, &[])?;
    if panicked {
        return Ok(false);
    }
    let mut reuse = writer.finish(ctx)?;
    if let Some(b) = body::body_of(ctx, request::body_word(req)) {
        if !b.at_end() {
            let (_, ended) = b.drain(ctx, MAX_DISCARD)?;
            reuse &= ended;
        }
    }
    Ok(reuse && !set_idle(c.st, c.id, true))
}

/// `%v` of a recovered panic.
fn panic_text(ctx: &mut NativeCtx, p: &Panic) -> Result<String, Panic> {
    Ok(match p {
        Panic::Value(v) => {
            String::from_utf8_lossy(&crate::fmt::sprint_value(ctx, *v)?).into_owned()
        }
        Panic::Runtime(text) => format!("runtime error: {text}"),
        Panic::Plain(text) => text.clone(),
        Panic::Fatal(text) => text.clone(),
        Panic::Exit(_) | Panic::Goexit => String::new(),
    })
}

// ---------------------------------------------------------------- the watcher

/// Whether a watcher ended, and who waits for it.
#[derive(Default)]
struct Watch {
    st: Mutex<(bool, Option<GoroutineRef>)>,
}

impl NativeObject for Watch {
    fn trace(&self, _: &mut Marker) {}
}

/// The watcher goroutine: `args` = [io, cancel func, watch]. It reads once; the end of the
/// connection cancels the request.
fn watch_conn(ctx: &mut NativeCtx, args: &mut [Word]) -> Result<(), Panic> {
    let (io_obj, cancel, watch) = (args[0], args[1], args[2]);
    let fill = conn::of(io_obj).fill(ctx);
    if let Ok(Fill::Eof | Fill::Failed(_)) = fill {
        // The client went away, or the handler returned and the read was interrupted
        // (when the request is cancelled anyway).
        ctx.call(cancel, &[])?;
    }
    let w = heap::native::<Watch>(watch).expect("http: watch");
    let waiter = {
        let mut s = w.st.lock();
        s.0 = true;
        s.1.take()
    };
    if let Some(g) = waiter {
        runtime::ready(&g);
    }
    fill.map(|_| ())
}

/// Interrupts the watcher's read and waits for it to end.
fn stop_watch(ctx: &mut NativeCtx, io: &conn::Io, watch: Word) -> Result<(), Panic> {
    io.set_deadline(ctx, "SetReadDeadline", 1)?;
    let w = heap::native::<Watch>(watch).expect("http: watch");
    let mut s = w.st.lock();
    if s.0 {
        return Ok(());
    }
    s.1 = Some(runtime::prepare_park());
    drop(s);
    runtime::park(WaitReason::IoWait);
    Ok(())
}

// ---------------------------------------------------------------- Server methods

fn timeouts_of(srv: Word) -> Timeouts {
    let w = heap::words(srv);
    let d = |i: usize| w[i].load(Acquire) as i64;
    Timeouts {
        read: d(SRV_READ_TIMEOUT),
        read_header: d(SRV_READ_HEADER_TIMEOUT),
        write: d(SRV_WRITE_TIMEOUT),
        idle: d(SRV_IDLE_TIMEOUT),
    }
}

/// Listens on `addr` (`""` is `:http`); the listener or the error.
fn listen(ctx: &mut NativeCtx, addr: Word) -> Result<Result<Word, Word>, Panic> {
    let addr = if value::str_len(addr) == 0 {
        util::new_str(b":http")
    } else {
        addr
    };
    let mut window = [util::new_str(b"tcp"), addr];
    crate::net::listen(ctx, &mut window)?;
    Ok(if window[1] != 0 {
        Err(window[1])
    } else {
        Ok(window[0])
    })
}

fn listen_and_serve(
    ctx: &mut NativeCtx,
    st_obj: Word,
    addr: Word,
    handler: Word,
    timeouts: Timeouts,
) -> Result<Word, Panic> {
    if state(st_obj).t.lock().closed {
        return Ok(err_server_closed(ctx));
    }
    match listen(ctx, addr)? {
        Ok(l) => serve(ctx, st_obj, l, handler, timeouts),
        Err(e) => Ok(e),
    }
}

/// The handler a server uses: its own or `DefaultServeMux`.
fn handler_or_default(ctx: &NativeCtx, h: Word) -> Result<Word, Panic> {
    if h != 0 {
        return Ok(h);
    }
    super::mux::default_mux_handler(ctx)
}

/// Closes every listener; with `all`, every connection too (else the idle ones). Returns
/// whether no connection is left open.
fn close_some(ctx: &mut NativeCtx, st: &ServerState, all: bool) -> Result<bool, Panic> {
    let (listeners, conns, quiet) = {
        let mut t = st.t.lock();
        t.closed = true;
        let listeners = std::mem::take(&mut t.listeners);
        let mut conns = Vec::new();
        let mut quiet = true;
        t.conns.retain(|_, (io, idle)| {
            if all || *idle {
                conns.push(*io);
                false
            } else {
                quiet = false;
                true
            }
        });
        (listeners, conns, quiet)
    };
    for &l in &listeners {
        ctx.root(l);
    }
    for &c in &conns {
        ctx.root(c);
    }
    for l in listeners {
        util::call_iface_method(ctx, l, "Close", &[])?;
    }
    for c in conns {
        conn::of(c).close(ctx)?;
    }
    Ok(quiet)
}

fn shutdown(ctx: &mut NativeCtx, r: &mut [Word]) -> Result<(), Panic> {
    let st_obj = server_state_obj(r[0])?;
    let done_ctx = r[1];
    ctx.root(st_obj);
    ctx.root(done_ctx);
    let st = state(st_obj);
    let mut interval = Duration::from_millis(1);
    loop {
        if close_some(ctx, st, false)? {
            r[0] = 0;
            return Ok(());
        }
        let err = util::call_iface_method(ctx, done_ctx, "Err", &[])?[0];
        if err != 0 {
            r[0] = err;
            return Ok(());
        }
        runtime::sleep(interval);
        interval = (interval * 2).min(Duration::from_millis(500));
    }
}

pub fn natives() -> Vec<crate::Entry> {
    use crate::{declare, native};
    vec![
        declare!("net/http", SERVER_DECL),
        native!(
            "net/http",
            "func ListenAndServe(string, Handler) error",
            |c, r| {
                let h = handler_or_default(c, r[1])?;
                let st = heap::alloc_native(Box::<ServerState>::default());
                r[0] = listen_and_serve(c, st, r[0], h, Timeouts::default())?;
                Ok(())
            }
        ),
        native!(
            "net/http",
            "func Serve(net.Listener, Handler) error",
            |c, r| {
                let h = handler_or_default(c, r[1])?;
                let st = heap::alloc_native(Box::<ServerState>::default());
                r[0] = serve(c, st, r[0], h, Timeouts::default())?;
                Ok(())
            }
        ),
        native!(
            "net/http",
            "func (*Server) ListenAndServe() error",
            |c, r| {
                let srv = r[0];
                let st = server_state_obj(srv)?;
                let w = heap::words(srv);
                let h = handler_or_default(c, w[SRV_HANDLER].load(Acquire))?;
                let addr = w[SRV_ADDR].load(Acquire);
                r[0] = listen_and_serve(c, st, addr, h, timeouts_of(srv))?;
                Ok(())
            }
        ),
        native!(
            "net/http",
            "func (*Server) Serve(net.Listener) error",
            |c, r| {
                let srv = r[0];
                let st = server_state_obj(srv)?;
                let h = handler_or_default(c, heap::words(srv)[SRV_HANDLER].load(Acquire))?;
                r[0] = serve(c, st, r[1], h, timeouts_of(srv))?;
                Ok(())
            }
        ),
        native!(
            "net/http",
            "func (*Server) Shutdown(context.Context) error",
            shutdown
        ),
        native!("net/http", "func (*Server) Close() error", |c, r| {
            let st = server_state_obj(r[0])?;
            c.root(st);
            close_some(c, state(st), true)?;
            r[0] = 0;
            Ok(())
        }),
        native!("net/http", "var ErrServerClosed error", |c, r| {
            r[0] = err_server_closed(c);
            Ok(())
        }),
    ]
}
