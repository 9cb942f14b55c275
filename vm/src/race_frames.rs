//! The frames of Go's runtime that Go's race reports show above the program's own for
//! accesses its runtime makes on the program's behalf (`runtime.mapassign_faststr()` for
//! `m[k] = v`, `runtime.chansend()`, `runtime.slicecopy()`…), and which one an access is.
//!
//! Invariants:
//! - Frame 0 is "none". Every other frame is a go1.19 runtime function, with the file and
//!   line of its `func` (the pc Go's runtime passes to the detector is the function's
//!   entry, so that is the line Go prints).
//! - The map function is the one gc's `walk` picks for the map type (`mapfast`): by the
//!   key's hash algorithm (4- or 8-byte plain memory, string, anything else) and the
//!   element's size (over 128 bytes: the generic functions); amd64 sizes.

use crate::program::{RKind, RType};

/// (function, file under `$GOROOT/src`, line).
const FRAMES: &[(&str, &str, u32)] = &[
    ("", "", 0),
    ("runtime.mapaccess1", "runtime/map.go", 395),
    ("runtime.mapaccess2", "runtime/map.go", 456),
    ("runtime.mapassign", "runtime/map.go", 578),
    ("runtime.mapdelete", "runtime/map.go", 695),
    ("runtime.mapiterinit", "runtime/map.go", 815),
    ("runtime.mapclear", "runtime/map.go", 993),
    ("runtime.mapaccess1_fast32", "runtime/map_fast32.go", 13),
    ("runtime.mapaccess2_fast32", "runtime/map_fast32.go", 53),
    ("runtime.mapassign_fast32", "runtime/map_fast32.go", 93),
    ("runtime.mapdelete_fast32", "runtime/map_fast32.go", 273),
    ("runtime.mapaccess1_fast64", "runtime/map_fast64.go", 13),
    ("runtime.mapaccess2_fast64", "runtime/map_fast64.go", 53),
    ("runtime.mapassign_fast64", "runtime/map_fast64.go", 93),
    ("runtime.mapdelete_fast64", "runtime/map_fast64.go", 273),
    ("runtime.mapaccess1_faststr", "runtime/map_faststr.go", 13),
    ("runtime.mapaccess2_faststr", "runtime/map_faststr.go", 108),
    ("runtime.mapassign_faststr", "runtime/map_faststr.go", 203),
    ("runtime.mapdelete_faststr", "runtime/map_faststr.go", 301),
    ("runtime.chansend", "runtime/chan.go", 160),
    ("runtime.closechan", "runtime/chan.go", 357),
    ("runtime.slicecopy", "runtime/slice.go", 307),
    ("runtime.growslice", "runtime/slice.go", 178),
    ("runtime.convT", "runtime/iface.go", 321),
    ("runtime.slicebytetostring", "runtime/string.go", 81),
    ("runtime.slicerunetostring", "runtime/string.go", 208),
    ("runtime.convTnoptr", "runtime/iface.go", 335),
];

/// `runtime.slicecopy`, `runtime.growslice`: their places in [`FRAMES`].
pub const SLICECOPY: u8 = 21;
pub const GROWSLICE: u8 = 22;

/// The frame named `name` (a constant of this table: a missing name is a bug).
pub fn frame(name: &str) -> u8 {
    FRAMES
        .iter()
        .position(|f| f.0 == name)
        .expect("a go1.19 runtime frame") as u8
}

/// Frame `id`'s function, file (with `goroot`) and line.
pub fn describe(id: u8, goroot: &str) -> Option<(String, String, u32)> {
    let &(name, file, line) = FRAMES.get(id as usize).filter(|_| id != 0)?;
    Some((format!("{name}()"), format!("{goroot}/src/{file}"), line))
}

/// A map operation, as gc's runtime functions are named.
#[derive(Clone, Copy)]
pub enum MapOp {
    Access1,
    Access2,
    Assign,
    Delete,
}

/// The runtime function gc calls for `op` on a map of type `map_type`.
pub fn map_frame(types: &[RType], map_type: u32, op: MapOp) -> u8 {
    let rt = &types[map_type as usize];
    // The `…ptr` variants of mapassign report as the plain ones.
    let suffix = if layout(types, rt.elem).0 > 128 {
        ""
    } else {
        match key_alg(types, rt.key) {
            KeyAlg::Mem32 => "_fast32",
            KeyAlg::Mem64 => "_fast64",
            KeyAlg::Str => "_faststr",
            _ => "",
        }
    };
    let base = match op {
        MapOp::Access1 => "runtime.mapaccess1",
        MapOp::Access2 => "runtime.mapaccess2",
        MapOp::Assign => "runtime.mapassign",
        MapOp::Delete => "runtime.mapdelete",
    };
    frame(&format!("{base}{suffix}"))
}

/// The frame of a struct or array value of type `t` converted to an interface.
pub fn conv_frame(types: &[RType], t: u32) -> u8 {
    if has_pointers(types, t) {
        frame("runtime.convT")
    } else {
        frame("runtime.convTnoptr")
    }
}

/// A key's hash algorithm, as far as `mapfast` cares.
enum KeyAlg {
    Mem32,
    Mem64,
    Str,
    /// Plain memory of another size.
    Mem,
    Other,
}

fn key_alg(types: &[RType], t: u32) -> KeyAlg {
    let rt = &types[t as usize];
    let plain = match rt.kind {
        RKind::String => return KeyAlg::Str,
        RKind::Float32 | RKind::Float64 | RKind::Complex64 | RKind::Complex128 => {
            return KeyAlg::Other
        }
        RKind::Interface | RKind::Invalid | RKind::Slice | RKind::Map | RKind::Func => {
            return KeyAlg::Other
        }
        // One element or field: its algorithm.
        RKind::Array if rt.len == 1 => return key_alg(types, rt.elem),
        RKind::Struct if rt.fields.len() == 1 => return key_alg(types, rt.fields[0].typ),
        RKind::Array => matches!(
            key_alg(types, rt.elem),
            KeyAlg::Mem32 | KeyAlg::Mem64 | KeyAlg::Mem
        ),
        RKind::Struct => {
            let mut offset = 0;
            let mut plain = true;
            for f in &rt.fields {
                let (size, align) = layout(types, f.typ);
                plain &= offset % align == 0
                    && matches!(
                        key_alg(types, f.typ),
                        KeyAlg::Mem32 | KeyAlg::Mem64 | KeyAlg::Mem
                    );
                offset += size;
            }
            plain && offset == layout(types, t).0
        }
        _ => true,
    };
    if !plain {
        return KeyAlg::Other;
    }
    match layout(types, t).0 {
        4 => KeyAlg::Mem32,
        8 => KeyAlg::Mem64,
        _ => KeyAlg::Mem,
    }
}

fn has_pointers(types: &[RType], t: u32) -> bool {
    let rt = &types[t as usize];
    match rt.kind {
        RKind::Array => rt.len > 0 && has_pointers(types, rt.elem),
        RKind::Struct => rt.fields.iter().any(|f| has_pointers(types, f.typ)),
        RKind::String
        | RKind::UnsafePointer
        | RKind::Pointer
        | RKind::Slice
        | RKind::Map
        | RKind::Chan
        | RKind::Func
        | RKind::Interface => true,
        _ => false,
    }
}

/// Go's size and alignment of type `t` on amd64.
fn layout(types: &[RType], t: u32) -> (u64, u64) {
    let rt = &types[t as usize];
    match rt.kind {
        RKind::Bool | RKind::Int8 | RKind::Uint8 => (1, 1),
        RKind::Int16 | RKind::Uint16 => (2, 2),
        RKind::Int32 | RKind::Uint32 | RKind::Float32 => (4, 4),
        RKind::Complex64 => (8, 4),
        RKind::Complex128 => (16, 8),
        RKind::String | RKind::Interface => (16, 8),
        RKind::Slice => (24, 8),
        RKind::Array => {
            let (size, align) = layout(types, rt.elem);
            (size.saturating_mul(rt.len), align)
        }
        RKind::Struct => {
            let (mut size, mut align) = (0u64, 1u64);
            for f in &rt.fields {
                let (fsize, falign) = layout(types, f.typ);
                size = size.next_multiple_of(falign).saturating_add(fsize);
                align = align.max(falign);
            }
            (size.next_multiple_of(align), align)
        }
        _ => (8, 8),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_frames_are_where_their_constants_say() {
        assert_eq!(frame("runtime.slicecopy"), SLICECOPY);
        assert_eq!(frame("runtime.growslice"), GROWSLICE);
    }
}
