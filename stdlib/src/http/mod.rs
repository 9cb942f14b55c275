//! Package `net/http`: an HTTP/1.1 server and client over package net's sockets (so over
//! the runtime's network poller), with go1.19's observable behaviour: `server` (accept
//! loop, connection goroutines, `*Server`), `mux` (`ServeMux`, `Error`, `Redirect`),
//! `request`, `response` (the `ResponseWriter`), `body` (message bodies), `header`,
//! `client` and `pool` (its idle connections), `conn` (buffered connections), `status`
//! (codes and texts).
//!
//! Not implemented: HTTPS/TLS, HTTP/2, cookies, multipart forms, `Hijacker`, trailers, the
//! `Transport` type, `FileServer`.

mod body;
mod client;
mod conn;
mod header;
mod mux;
mod pool;
mod request;
mod response;
mod server;
mod status;

use crate::util;
use crate::{declare, native};

const TYPES: &str = "import context
import io
import net
import net/url
import time
type Header map[string][]string
type ResponseWriter interface { Header() Header; Write([]byte) (int, error); WriteHeader(int) }
type Handler interface { ServeHTTP(ResponseWriter, *Request) }
type HandlerFunc func(ResponseWriter, *Request)
type Flusher interface { Flush() }
const MethodGet = \"GET\"
const MethodHead = \"HEAD\"
const MethodPost = \"POST\"
const MethodPut = \"PUT\"
const MethodPatch = \"PATCH\"
const MethodDelete = \"DELETE\"
const MethodConnect = \"CONNECT\"
const MethodOptions = \"OPTIONS\"
const MethodTrace = \"TRACE\"
const DefaultMaxHeaderBytes = 1048576
const TimeFormat = \"Mon, 02 Jan 2006 15:04:05 GMT\"";

pub fn natives() -> Vec<crate::Entry> {
    let statuses: &'static str = Box::leak(status::declarations().into_boxed_str());
    let mut v = vec![
        declare!("net/http", TYPES),
        declare!("net/http", statuses),
        native!("net/http", "func StatusText(int) string", |_, r| {
            r[0] = util::new_str(status::text(r[0] as i64).as_bytes());
            Ok(())
        }),
    ];
    v.extend(header::natives());
    v.extend(request::natives());
    v.extend(response::natives());
    v.extend(body::natives());
    v.extend(mux::natives());
    v.extend(server::natives());
    v.extend(client::natives());
    v
}
