//! The VM's side of `minigo run -race`: the checks the instrumented instructions make (see
//! `race_instrument`), and the call stacks race reports print.
//!
//! Invariants:
//! - A stack is interned once as its (function, line) frames, innermost first; its id is
//!   what the detector records per access, so a report can print the stack of an access long
//!   past (FastTrack keeps no history to lose, unlike TSan's "failed to restore the stack").
//! - Stack id 0 is "unknown" and renders as no frames.
//! - Only one program runs with `-race` per process ([`enable`] records it).

use crate::interp::Goroutine;
use crate::program::Program;
use parking_lot::Mutex;
use runtime::race::StackId;
use runtime::{ObjectKind, Word};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

/// Frames recorded per stack (Go's traceback limit).
const MAX_FRAMES: usize = runtime::TRACEBACK_MAX_FRAMES;

/// (function, line) frames, innermost first. A function with this bit set is
/// `Program::go_wrappers[f & !GO_WRAPPER]` (gc's wrapper of a `go` statement).
type Frames = Vec<(u32, u32)>;

const GO_WRAPPER: u32 = 1 << 31;

#[derive(Default)]
struct Stacks {
    ids: HashMap<Frames, StackId>,
    frames: Vec<Frames>,
}

static STACKS: Mutex<Option<Stacks>> = Mutex::new(None);
static PROGRAM: OnceLock<(Arc<Program>, String)> = OnceLock::new();

/// Turn the detector on for `prog` (already instrumented), with `GORACE` options.
pub fn enable(prog: &Arc<Program>, options: runtime::race::Options) {
    let path = std::fs::canonicalize(&prog.file_name)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| prog.file_name.clone());
    let _ = PROGRAM.set((prog.clone(), path));
    runtime::race::enable(
        options,
        runtime::race::Hooks {
            render_stack,
            write_stderr: crate::output::write_stderr,
            flush_stdout: crate::output::flush_stdout,
            describe,
        },
    );
}

/// A goroutine's last interned stack: an access from the same frames and lines (a loop)
/// needs no lock and no allocation.
#[derive(Default)]
pub struct StackCache {
    frames: Frames,
    id: StackId,
}

/// The running goroutine's stack (its current frame's pc saved), interned.
pub fn stack_id(g: &Goroutine) -> StackId {
    let current = || {
        (0..g.frames.len())
            .rev()
            .map(|i| (g.frames[i].func, g.frame_line(i)))
            // Line 0: a synthesized wrapper, which Go's stacks do not show either.
            .filter(|&(_, line)| line != 0)
            .chain(g.race_root.map(|(w, line)| (GO_WRAPPER | w, line)))
            .take(MAX_FRAMES)
    };
    let mut cache = g.race_stack.borrow_mut();
    if cache.id != 0 && current().eq(cache.frames.iter().copied()) {
        return cache.id;
    }
    cache.frames = current().collect();
    cache.id = intern(&cache.frames);
    cache.id
}

fn intern(frames: &Frames) -> StackId {
    let mut guard = STACKS.lock();
    let stacks = guard.get_or_insert_with(|| Stacks {
        ids: HashMap::new(),
        frames: vec![Vec::new()],
    });
    if let Some(&id) = stacks.ids.get(frames) {
        return id;
    }
    let id = stacks.frames.len() as StackId;
    stacks.frames.push(frames.clone());
    stacks.ids.insert(frames.clone(), id);
    id
}

fn render_stack(id: StackId) -> Vec<runtime::Frame> {
    let Some((prog, path)) = PROGRAM.get() else {
        return Vec::new();
    };
    let frames = STACKS
        .lock()
        .as_ref()
        .and_then(|s| s.frames.get(id as usize).cloned())
        .unwrap_or_default();
    frames
        .into_iter()
        .map(|(func, line)| runtime::Frame {
            function: if func & GO_WRAPPER != 0 {
                format!("{}()", prog.go_wrappers[(func & !GO_WRAPPER) as usize])
            } else {
                format!("{}()", prog.funcs[func as usize].name)
            },
            file: path.clone(),
            line,
        })
        .collect()
}

/// `global 'main.counter' at 0x… (declared at /path/prog.go:9)` for a global's slot.
fn describe(addr: u64) -> Option<String> {
    let (prog, path) = PROGRAM.get()?;
    let globals = crate::interp::task::globals_object(prog);
    if globals == 0 {
        return None;
    }
    let base = runtime::words(globals).as_ptr() as u64;
    let index = addr.checked_sub(base)? / 8;
    let global = prog.globals.get(index as usize)?;
    Some(format!(
        "global '{}' at {addr:#014x} (declared at {path}:{})",
        global.name, global.line
    ))
}

/// One access to the word (or byte) at `addr`.
pub fn check(g: &Goroutine, addr: Word, write: bool) {
    runtime::race::access(addr, write, || stack_id(g));
}

/// Every element of the struct or array object `obj`.
pub fn check_whole(g: &Goroutine, obj: Word, write: bool) {
    if obj == 0 {
        return;
    }
    let (len, step) = match runtime::obj_kind(obj) {
        ObjectKind::Words => (runtime::obj_len(obj) as u64 * 8, 8),
        ObjectKind::Bytes => (runtime::obj_len(obj) as u64, 1),
        _ => return,
    };
    let base = payload_address(obj);
    runtime::race::access_range(base, len, step, write, || stack_id(g));
}

/// `copy(dst, src)`: the elements copied, written in `dst`, read in `src` (not a string's).
pub fn check_copy(g: &Goroutine, dst: Word, src: Word) {
    let (darr, doff, dlen, _) = crate::value::slice_parts(dst);
    if darr == 0 {
        return;
    }
    let src_is_string = src != 0 && runtime::obj_kind(src) == ObjectKind::Bytes;
    let (sarr, soff, slen) = if src_is_string || src == 0 {
        (0, 0, crate::value::str_bytes(src).len())
    } else {
        let (a, o, l, _) = crate::value::slice_parts(src);
        (a, o, l)
    };
    let n = dlen.min(slen) as u64;
    if n == 0 {
        return;
    }
    let step = if runtime::obj_kind(darr) == ObjectKind::Bytes {
        1
    } else {
        8
    };
    let stack = || stack_id(g);
    if sarr != 0 {
        let at = payload_address(sarr) + soff as u64 * step;
        runtime::race::access_range(at, n * step, step, false, stack);
    }
    let at = payload_address(darr) + doff as u64 * step;
    runtime::race::access_range(at, n * step, step, true, stack);
}

/// The address of an object's first word or byte (what element addresses are computed from).
fn payload_address(obj: Word) -> u64 {
    match runtime::obj_kind(obj) {
        ObjectKind::Bytes => runtime::bytes(obj).as_ptr() as u64,
        _ => runtime::words(obj).as_ptr() as u64,
    }
}
