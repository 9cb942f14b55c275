//! The VM's side of `minigo run -race`: the checks the instrumented instructions make (see
//! `race_instrument`), and the call stacks race reports print.
//!
//! Invariants:
//! - A stack is a node of one tree: a node is (parent, function, line), a root names the
//!   goroutine (its id), and the path from a node to its root lists the frames, innermost
//!   first. Its id is what the detector records per access, so a report can print the stack
//!   and goroutine of an access long past (FastTrack keeps no history to lose, unlike TSan's
//!   "failed to restore the stack"), and the goroutine needs no room of its own in the shadow.
//! - Stack id 0 is "unknown" and renders as no frames.
//! - A goroutine's `StackCache::prefix[d]` is the node of its frames below depth `d` (their
//!   call lines), or `INVALID`. Every function starts with `RaceEnter` (instrumented programs
//!   only), which invalidates the entry of its own depth; an entry for depth `d` is computed
//!   only while the frames below `d` are the ones it names, so an access costs a lookup, not
//!   a walk of the stack.
//! - Only one program runs with `-race` per process ([`enable`] records it).

use crate::bytecode::Instr;
use crate::interp::Goroutine;
use crate::program::{Program, RKind};
use parking_lot::{Mutex, RwLock};
use runtime::race::StackId;
use runtime::{ObjectKind, Word};
use std::collections::HashMap;
use std::sync::Arc;

/// Frames rendered per stack (Go's traceback limit).
const MAX_FRAMES: usize = runtime::TRACEBACK_MAX_FRAMES;

/// The parent of a root node, whose (function, line) hold its goroutine's id.
const ROOT: u32 = u32::MAX;

/// A stack-tree node: (parent, function, line).
type Node = (u32, u32, u32);

#[derive(Default)]
struct Stacks {
    ids: HashMap<Node, StackId>,
    nodes: Vec<Node>,
}

static STACKS: Mutex<Option<Stacks>> = Mutex::new(None);
/// The program running (the REPL's session program grows: the latest covers every earlier
/// one's functions and types) and its source paths (`Program::files`) as reports print them.
static PROGRAM: RwLock<Option<(Arc<Program>, Vec<String>)>> = RwLock::new(None);

fn program() -> Option<(Arc<Program>, Vec<String>)> {
    PROGRAM.read().clone()
}

/// (path, line in that file) of a program-wide line of the program `paths` belong to.
fn located(prog: &Program, paths: &[String], line: u32) -> (String, u32) {
    let (i, line) = prog.file_line(line);
    (paths.get(i).cloned().unwrap_or_default(), line)
}

/// The program now running (already instrumented): the first one, or a REPL session's.
pub fn set_program(prog: &Arc<Program>) {
    let paths = prog
        .files
        .iter()
        .map(|(name, _)| {
            std::fs::canonicalize(name)
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| name.clone())
        })
        .collect();
    *PROGRAM.write() = Some((prog.clone(), paths));
}

/// Turn the detector on for `prog` (already instrumented), with `GORACE` options.
pub fn enable(prog: &Arc<Program>, options: runtime::race::Options) {
    set_program(prog);
    runtime::race::enable(
        options,
        runtime::race::Hooks {
            render_stack,
            stack_goroutine,
            write_stderr: crate::output::write_stderr,
            flush_stdout: crate::output::flush_stdout,
            describe,
        },
    );
}

/// Marks a frame that is a `go` statement's wrapper closure (`Program::go_wrappers`): the
/// frame is `(creating function | GO_WRAPPER, line of its Go instruction)`.
const GO_WRAPPER: u32 = 1 << 31;

use crate::race_frames::{GROWSLICE, SLICECOPY};

/// Marks a frame of Go's runtime (`race_frames`): `(RUNTIME_FRAME | frame, line)`.
const RUNTIME_FRAME: u32 = 1 << 30;

/// `StackCache::prefix` entry not computed yet.
const INVALID: StackId = StackId::MAX;

/// Slots of the innermost-frame cache.
const LEAVES: usize = 64;

/// A goroutine's detector state on the VM's side: its view of the stack tree (module
/// invariants) and its runtime state.
pub struct RaceCache {
    prefix: Vec<StackId>,
    /// (prefix, function, line) → node, for the innermost frame.
    leaves: [(StackId, u32, u32, StackId); LEAVES],
    /// The runtime's state of the goroutine this cache last served.
    g: Option<runtime::race::RaceG>,
}

impl Default for RaceCache {
    fn default() -> RaceCache {
        RaceCache {
            prefix: Vec::new(),
            leaves: [(INVALID, 0, 0, 0); LEAVES],
            g: None,
        }
    }
}

/// The goroutine's cache (made at its first use: one word per goroutine when not racing).
#[allow(clippy::mut_from_ref)]
fn cache(g: &Goroutine) -> &mut RaceCache {
    // SAFETY: only the goroutine itself, while it runs, touches its cache, and no caller
    // holds a reference from an earlier call (each use below is a single expression or
    // function body that does not call back into this module).
    unsafe { (*g.race.get()).get_or_insert_with(Box::default) }
}

/// The running goroutine `g`'s runtime state.
#[inline]
fn race_g(g: &Goroutine) -> Option<runtime::race::RaceG> {
    let cache = cache(g);
    match cache.g {
        Some(r) if r.goid() == g.goid => Some(r),
        _ => {
            cache.g = runtime::race::current_g();
            cache.g
        }
    }
}

/// `RaceEnter`: the running goroutine entered a function (a new frame at the top).
#[inline(never)]
fn enter(g: &Goroutine) {
    let depth = g.frames.len().saturating_sub(1);
    let cache = cache(g);
    if cache.prefix.len() <= depth {
        cache.prefix.resize(depth + 1, INVALID);
    }
    cache.prefix[depth] = INVALID;
}

/// The running goroutine's stack (its current frame's pc saved), interned.
pub fn stack_id(g: &Goroutine) -> StackId {
    let Some(top) = g.frames.len().checked_sub(1) else {
        return 0;
    };
    let cache = cache(g);
    {
        if cache.prefix.len() <= top {
            cache.prefix.resize(top + 1, INVALID);
        }
        let mut valid = top;
        while valid > 0 && cache.prefix[valid] == INVALID {
            valid -= 1;
        }
        if cache.prefix[valid] == INVALID {
            cache.prefix[0] = root(g);
        }
        for d in valid + 1..=top {
            cache.prefix[d] = child(
                cache.prefix[d - 1],
                g.frames[d - 1].func,
                g.frame_line(d - 1),
            );
        }
        let prefix = cache.prefix[top];
        cache.leaf(prefix, g.frames[top].func, g.frame_line(top))
    }
}

impl RaceCache {
    /// `child(prefix, func, line)`, remembered.
    fn leaf(&mut self, prefix: StackId, func: u32, line: u32) -> StackId {
        let slot = (prefix as usize ^ (line as usize) << 3 ^ func as usize) % LEAVES;
        let (p, f, l, id) = self.leaves[slot];
        if (p, f, l) == (prefix, func, line) {
            return id;
        }
        let id = child(prefix, func, line);
        self.leaves[slot] = (prefix, func, line, id);
        id
    }
}

/// The running goroutine's stack with Go's runtime function `rt` (`race_frames`) on top.
fn stack_in(g: &Goroutine, rt: u8) -> StackId {
    let stack = stack_id(g);
    match crate::race_frames::describe(rt, "") {
        Some((_, _, line)) => cache(g).leaf(stack, RUNTIME_FRAME | rt as u32, line),
        None => stack,
    }
}

/// The root of `g`'s stacks: its id, then gc's wrapper closure when it was started by a
/// wrapped `go` call.
fn root(g: &Goroutine) -> StackId {
    let root = intern((ROOT, g.goid as u32, (g.goid >> 32) as u32));
    match g.created_by {
        Some((crate::interp::CreatedBy::Func(f), line))
            if g.prog.go_wrappers.contains_key(&(f, line)) =>
        {
            intern((root, f | GO_WRAPPER, line))
        }
        _ => root,
    }
}

/// The node for frame (`func`, `line`) called from the frames `parent` names. Line 0 is a
/// synthesized wrapper, which Go's stacks do not show either.
fn child(parent: StackId, func: u32, line: u32) -> StackId {
    if line == 0 {
        parent
    } else {
        intern((parent, func, line))
    }
}

fn intern(node: Node) -> StackId {
    let mut guard = STACKS.lock();
    let stacks = guard.get_or_insert_with(|| Stacks {
        ids: HashMap::new(),
        nodes: vec![(ROOT, 0, 0)],
    });
    if let Some(&id) = stacks.ids.get(&node) {
        return id;
    }
    let id = stacks.nodes.len() as StackId;
    stacks.nodes.push(node);
    stacks.ids.insert(node, id);
    id
}

/// The frames of stack `id`, innermost first, and its goroutine's id.
fn frames_of(id: StackId) -> (Vec<(u32, u32)>, u64) {
    let guard = STACKS.lock();
    let Some(stacks) = guard.as_ref() else {
        return (Vec::new(), 0);
    };
    let mut frames = Vec::new();
    let mut at = id;
    while at != 0 {
        let Some(&(parent, func, line)) = stacks.nodes.get(at as usize) else {
            break;
        };
        if parent == ROOT {
            return (frames, func as u64 | (line as u64) << 32);
        }
        frames.push((func, line));
        at = parent;
    }
    (frames, 0)
}

/// The goroutine whose stack `id` is (0 if unknown).
fn stack_goroutine(id: StackId) -> u64 {
    frames_of(id).1
}

fn render_stack(id: StackId) -> Vec<runtime::Frame> {
    let Some((prog, paths)) = program() else {
        return Vec::new();
    };
    let (mut frames, _) = frames_of(id);
    frames.truncate(MAX_FRAMES);
    let goroot = std::env::var("GOROOT").unwrap_or_else(|_| "/usr/local/go".into());
    frames
        .into_iter()
        .map(|(func, line)| {
            let runtime_frame = (func & RUNTIME_FRAME != 0)
                .then(|| crate::race_frames::describe((func & !RUNTIME_FRAME) as u8, &goroot))
                .flatten();
            if let Some((function, file, line)) = runtime_frame {
                return runtime::Frame {
                    function,
                    file,
                    line,
                };
            }
            match prog.go_wrappers.get(&(func & !GO_WRAPPER, line)) {
                Some((name, wline)) if func & GO_WRAPPER != 0 => {
                    let (file, line) = located(&prog, &paths, *wline);
                    runtime::Frame {
                        function: format!("{name}()"),
                        file,
                        line,
                    }
                }
                _ => {
                    let (file, line) = located(&prog, &paths, line);
                    runtime::Frame {
                        function: format!("{}()", prog.funcs[func as usize].name),
                        file,
                        line,
                    }
                }
            }
        })
        .collect()
}

/// `global 'main.counter' at 0x… (declared at /path/prog.go:9)` for a global's slot (without
/// the declaration where its line is unknown, 0: a REPL session variable).
fn describe(addr: u64) -> Option<String> {
    let (prog, paths) = program()?;
    let globals = crate::interp::task::globals_object(&prog);
    if globals == 0 {
        return None;
    }
    let base = runtime::words(globals).as_ptr() as u64;
    let index = addr.checked_sub(base)? / 8;
    let global = prog.globals.get(index as usize)?;
    let declared = match global.line {
        0 => String::new(),
        line => {
            let (path, line) = located(&prog, &paths, line);
            format!(" (declared at {path}:{line})")
        }
    };
    Some(format!(
        "global '{}' at {addr:#014x}{declared}",
        global.name
    ))
}

/// One access to the word (or byte) at `addr`, which `location` describes for a report.
#[inline]
fn check(g: &Goroutine, addr: Word, write: bool, location: impl FnOnce() -> Option<String>) {
    if let Some(r) = race_g(g) {
        r.access(addr, write, || stack_id(g), location);
    }
}

/// Runs the `Race*` instruction `ins` of the running goroutine `g`, whose registers start at
/// `regs` (its pc saved). Out of line and cold, so that the dispatch loop the plain programs
/// run keeps its shape. A bad operand is not checked (the access itself panics).
///
/// # Safety
/// `regs` points at the current frame's registers, and every register operand of `ins` is
/// in range of that frame (what the verifier proves of every instruction).
#[cold]
#[inline(never)]
pub unsafe fn execute(g: &Goroutine, ins: &Instr, regs: *const Word) {
    // SAFETY: the function's contract.
    let r = |x: u16| unsafe { *regs.add(x as usize) };
    let prog = &g.prog;
    match *ins {
        Instr::RaceEnter {} => enter(g),
        Instr::RaceAlloc { a, t } => note_alloc(prog, r(a), t),
        Instr::RaceVar { a, var: v } => note_var(r(a), v),
        Instr::RaceGlobal { g: global, w } => check_global(g, global, w),
        Instr::RacePtr { b, w } => check_ptr(g, r(b), w),
        Instr::RaceField { b, field: f, w } => check_field(g, r(b), f, w),
        Instr::RaceSlice { b, c, w } => check_slice(g, r(b), r(c), w),
        Instr::RaceArray { b, c, w } => check_array(g, r(b), r(c), w),
        Instr::RaceObject { b, w, rt } => check_in(g, r(b), w, rt),
        Instr::RaceMapSlot { b, c, t, w } => check_map_slot(g, r(b), r(c), t, w),
        Instr::RaceWhole { b, w, rt } => check_whole(g, r(b), w, rt),
        Instr::RaceSliceRead { b, rt } => check_slice_read(g, r(b), rt),
        Instr::RaceCopy { b, c } => check_copy(g, r(b), r(c)),
        Instr::RaceAppend { b, n } => check_append(g, r(b), n as usize),
        Instr::RaceAppendSlice { b, c } => check_append_slice(g, r(b), r(c)),
        _ => {}
    }
}

/// `RaceGlobal`.
#[inline(never)]
fn check_global(g: &Goroutine, global: u32, write: bool) {
    let addr = crate::interp::ops::global(&g.prog, global) as *const _ as Word;
    check(g, addr, write, || None);
}

/// `RacePtr`.
#[inline(never)]
fn check_ptr(g: &Goroutine, p: Word, write: bool) {
    if p != 0 {
        check(g, p, write, || var_location(g, p));
    }
}

/// `RaceField`.
#[inline(never)]
fn check_field(g: &Goroutine, obj: Word, f: u16, write: bool) {
    if let Ok(addr) = crate::interp::ops::field_addr(obj, f) {
        check(g, addr, write, || field_location(&g.prog, obj, f));
    }
}

/// `RaceSlice`.
#[inline(never)]
fn check_slice(g: &Goroutine, s: Word, i: Word, write: bool) {
    if let Ok(addr) = crate::interp::ops::slice_addr(s, i as i64) {
        let arr = crate::value::slice_parts(s).0;
        check(g, addr, write, || element_location(&g.prog, arr, i));
    }
}

/// `RaceArray`.
#[inline(never)]
fn check_array(g: &Goroutine, arr: Word, i: Word, write: bool) {
    if let Ok(addr) = crate::interp::ops::array_addr(arr, i as i64) {
        check(g, addr, write, || element_location(&g.prog, arr, i));
    }
}

/// `RaceMapSlot`: the value of key `k` in the map `m` of type `t`. The slot is named by a
/// hash of the map and the key above the address space (so it lives in the detector's side
/// table); its history lasts until the next collection.
#[inline(never)]
fn check_map_slot(g: &Goroutine, m: Word, k: Word, t: u32, write: bool) {
    use std::hash::{BuildHasher, BuildHasherDefault};
    let rt = &g.prog.types[t as usize];
    let Ok(key) = crate::value::map_key(&g.prog, rt.key, k) else {
        return;
    };
    if m == 0 || (!write && !crate::gomap::contains(m, &key)) {
        return;
    }
    let hash = BuildHasherDefault::<crate::gomap::FxHasher>::default().hash_one((m, &key));
    check(g, hash | 1 << 63, write, || {
        Some(format!("the value of an entry of a {}", rt.name))
    });
}

/// `RaceAlloc`: the objects of the value `v` of type `t` (a struct or array and the
/// aggregates inside it, a slice's array) remember their type.
#[inline(never)]
fn note_alloc(prog: &Program, v: Word, t: u32) {
    if v == 0 {
        return;
    }
    let rt = &prog.types[t as usize];
    match rt.kind {
        RKind::Slice => set_type(crate::value::slice_parts(v).0, t),
        RKind::Struct => {
            set_type(v, t);
            for (slot, f) in runtime::words(v).iter().zip(&rt.fields) {
                if crate::value::is_aggregate(prog, f.typ) {
                    note_alloc(prog, slot.load(std::sync::atomic::Ordering::Relaxed), f.typ);
                }
            }
        }
        RKind::Array => {
            set_type(v, t);
            if crate::value::is_aggregate(prog, rt.elem) {
                for slot in runtime::words(v) {
                    note_alloc(
                        prog,
                        slot.load(std::sync::atomic::Ordering::Relaxed),
                        rt.elem,
                    );
                }
            }
        }
        _ => {}
    }
}

/// An object tag (`runtime::race::set_object_tag`) naming a boxed variable, not a type.
const VAR_TAG: u32 = 1 << 31;

fn set_type(obj: Word, t: u32) {
    runtime::race::set_object_tag(obj, t);
}

fn object_type(obj: Word) -> Option<u32> {
    runtime::race::object_tag(obj).filter(|t| t & VAR_TAG == 0)
}

/// `RaceVar`: the box `b` holds the local variable `v` (`Program::boxed_vars`).
#[inline(never)]
fn note_var(b: Word, v: u32) {
    runtime::race::set_object_tag(b, VAR_TAG | v);
}

/// `variable 'counter' at 0x… (declared at /path/prog.go:12)` for the box at `p`.
fn var_location(g: &Goroutine, p: Word) -> Option<String> {
    let tag = runtime::race::object_tag(p).filter(|t| t & VAR_TAG != 0)?;
    let (name, line) = g.prog.boxed_vars.get((tag & !VAR_TAG) as usize)?;
    let (prog, paths) = program()?;
    let (path, line) = located(&prog, &paths, *line);
    Some(format!(
        "variable '{name}' at {p:#014x} (declared at {path}:{line})"
    ))
}

/// `field 'balance' of main.Account` for field `f` of the struct object `obj`.
fn field_location(prog: &Program, obj: Word, f: u16) -> Option<String> {
    let rt = prog.types.get(object_type(obj)? as usize)?;
    let field = rt.fields.get(f as usize)?;
    Some(format!("field '{}' of {}", field.name, rt.name))
}

/// `element 3 of a []int` for element `i` of the array object `arr`.
fn element_location(prog: &Program, arr: Word, i: Word) -> Option<String> {
    let rt = prog.types.get(object_type(arr)? as usize)?;
    Some(format!("element {} of a {}", i as i64, rt.name))
}

/// `RaceObject`: one access to the map or channel object at `addr`, made in Go by runtime
/// function `rt`.
#[inline(never)]
fn check_in(g: &Goroutine, addr: Word, write: bool, rt: u8) {
    if addr == 0 {
        return;
    }
    if let Some(r) = race_g(g) {
        r.access(addr, write, || stack_in(g, rt), || None);
    }
}

/// Every element of the struct or array object `obj` (in Go by runtime function `rt`).
#[inline(never)]
fn check_whole(g: &Goroutine, obj: Word, write: bool, rt: u8) {
    if obj == 0 {
        return;
    }
    let (len, step) = match runtime::obj_kind(obj) {
        ObjectKind::Words => (runtime::obj_len(obj) as u64 * 8, 8),
        ObjectKind::Bytes => (runtime::obj_len(obj) as u64, 1),
        _ => return,
    };
    let base = payload_address(obj);
    runtime::race::access_range(base, len, step, write, || stack_in(g, rt));
}

/// Elements `[off, off + n)` of the array object `arr`, read or written (in Go by runtime
/// function `rt`).
fn elements(g: &Goroutine, arr: Word, off: usize, n: usize, write: bool, rt: u8) {
    if arr == 0 || n == 0 {
        return;
    }
    let step = elem_step(arr);
    let at = payload_address(arr) + off as u64 * step;
    runtime::race::access_range(at, n as u64 * step, step, write, || stack_in(g, rt));
}

/// `copy(dst, src)`: the elements copied, written in `dst`, read in `src` (not a string's).
#[inline(never)]
fn check_copy(g: &Goroutine, dst: Word, src: Word) {
    let (darr, doff, dlen, _) = crate::value::slice_parts(dst);
    let (sarr, soff, slen) = if src != 0 && runtime::obj_kind(src) == ObjectKind::Bytes {
        (0, 0, crate::value::str_bytes(src).len())
    } else {
        let (a, o, l, _) = crate::value::slice_parts(src);
        (a, o, l)
    };
    if darr == 0 {
        return;
    }
    let n = dlen.min(slen);
    elements(g, sarr, soff, n, false, SLICECOPY);
    elements(g, darr, doff, n, true, SLICECOPY);
}

/// `RaceSliceRead`: every element of the slice `s` read (in Go by runtime function `rt`).
#[inline(never)]
fn check_slice_read(g: &Goroutine, s: Word, rt: u8) {
    let (arr, off, len, _) = crate::value::slice_parts(s);
    elements(g, arr, off, len, false, rt);
}

/// `append(s, n elements)`: the new elements are written in place when they fit `s`'s
/// capacity; otherwise `s`'s elements are read, copied to a new array nobody else sees yet
/// (by Go's `growslice`).
#[inline(never)]
fn check_append(g: &Goroutine, s: Word, n: usize) {
    append_into(g, s, n, 0);
}

/// [`check_append`], the in-place writes made in Go by runtime function `rt`.
fn append_into(g: &Goroutine, s: Word, n: usize, rt: u8) {
    let (arr, off, len, cap) = crate::value::slice_parts(s);
    if n == 0 {
        return;
    }
    if len + n <= cap {
        elements(g, arr, off + len, n, true, rt);
    } else {
        elements(g, arr, off, len, false, GROWSLICE);
    }
}

/// `append(s, src...)`: `src`'s elements are read (a string's bytes are immutable), then as
/// [`check_append`]; Go's `-race` build copies them with `slicecopy`.
#[inline(never)]
fn check_append_slice(g: &Goroutine, s: Word, src: Word) {
    let n = if src != 0 && runtime::obj_kind(src) == ObjectKind::Bytes {
        crate::value::str_bytes(src).len()
    } else {
        let (arr, off, len, _) = crate::value::slice_parts(src);
        elements(g, arr, off, len, false, SLICECOPY);
        len
    };
    append_into(g, s, n, SLICECOPY);
}

/// The size of an array object's elements as addresses count them: bytes for packed byte
/// arrays, words otherwise.
fn elem_step(arr: Word) -> u64 {
    if runtime::obj_kind(arr) == ObjectKind::Bytes {
        1
    } else {
        8
    }
}

/// The address of an object's first word or byte (what element addresses are computed from).
fn payload_address(obj: Word) -> u64 {
    match runtime::obj_kind(obj) {
        ObjectKind::Bytes => runtime::bytes(obj).as_ptr() as u64,
        _ => runtime::words(obj).as_ptr() as u64,
    }
}
