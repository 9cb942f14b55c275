//! Opened files that can block without end — pipes, FIFOs, character devices, sockets, in
//! every access mode — are made non-blocking and registered with the runtime's poller, as
//! Go's `newFile` does for every file that is not regular: a `Read` that would block parks the
//! goroutine (without a native stack, its native re-run when the descriptor is readable), a
//! `Write` to a full pipe parks it on its coroutine (keeping its progress) until the
//! descriptor is writable, so no worker thread ever blocks in such a read or write.
//!
//! Invariant: a file is non-blocking exactly when it holds a [`Polled`] registration; a file
//! the poller refuses (e.g. `/dev/null`, which epoll cannot watch) stays blocking, as in Go.

use mio::unix::SourceFd;
use runtime::netpoll::{self, Mode, PollDesc};
use std::os::fd::AsRawFd;
use std::os::unix::fs::FileTypeExt;
use std::sync::Arc;

/// A file's registration with the poller.
pub struct Polled {
    pd: Arc<PollDesc>,
}

/// Registers a file when it is a pipe, FIFO, character device or socket.
pub fn register(file: &std::fs::File) -> Option<Polled> {
    let kind = file.metadata().ok()?.file_type();
    if !(kind.is_fifo() || kind.is_char_device() || kind.is_socket()) {
        return None;
    }
    let fd = file.as_raw_fd();
    // SAFETY: fcntl on a descriptor this file owns; no memory is passed.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 || unsafe { libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK) } < 0 {
        return None;
    }
    match netpoll::register(&mut SourceFd(&fd)) {
        Ok(pd) => Some(Polled { pd }),
        Err(_) => {
            // SAFETY: as above; back to the flags it was opened with.
            unsafe { libc::fcntl(fd, libc::F_SETFL, flags) };
            None
        }
    }
}

impl Polled {
    /// After a read or write returned `WouldBlock`: true when the calling goroutine is
    /// published as the one to ready when `mode` is possible and must block now; false to
    /// retry at once (readiness came meanwhile, or the file is being closed and the retry
    /// reports it).
    pub fn wait(&self, mode: Mode) -> bool {
        matches!(self.pd.prepare_wait(mode), Ok(true))
    }

    /// Before the file is closed: readies a goroutine waiting to read it and leaves the poller.
    pub fn close(&self, file: &std::fs::File) {
        self.pd.close();
        netpoll::deregister(&mut SourceFd(&file.as_raw_fd()), &self.pd);
    }
}
