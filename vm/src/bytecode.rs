//! The instruction set: declared once in `opcodes!`, from which the `Instr` enum, its
//! mnemonic names, the disassembler and every operand's role are derived (Lua's lopcodes.h /
//! boa's `generate_opcodes!` style).
//!
//! Encoding: each instruction is one `Instr` value (an enum of at most 16 bytes) with its
//! operands inline. Each operand is declared with its role (`vm::roles`):
//! `AddInt { a: Dst, b: Src, c: Src }`, `Append { a: Dst, b: Src, c: SrcRange(n), n: Count,
//! t: Type }`; the role fixes the field's type and everything passes derive from it —
//! register reads and writes (`liveness`), range checks of every register, jump and index
//! operand (`verify`), jump relinking (`set_jump_offset`), the session linker's relocation
//! (`relocate`). An instruction that does not simply continue at the next one says how
//! control leaves it after its operands (`=> Jump`, `=> Exit`, `=> Call`, `=> Block`: see
//! `roles::Flow`). Adding an opcode is one line here plus its case in the dispatch loop.
//!
//! Operand names follow one convention:
//! - `a`, `b`, `c`, `d`, `e` are register indices (u16) relative to the current frame's
//!   base: `R[a]`. Every Go value is one `Word` (u64) — see ARCHITECTURE.md "Value model".
//! - `k` indexes the program's constant pool `K` (strings, big constants, preallocated).
//! - `t` (and `AssertType`'s `iface`) is a runtime type id (`RType` index = the checker's
//!   `TypeId`).
//! - `f` is a function index into `Program::funcs`; `native` a native index into
//!   `Program::natives`; `g` a global slot index; `m` a method name id; `var` a boxed
//!   variable (`Program::boxed_vars`); `field` (`field1`, `field2`) a struct field number;
//!   `capture` a closure's capture number.
//! - `n` is a count; `v` an immediate; `step` a loop step; `off` a signed jump offset
//!   relative to the *next* instruction.
//!
//! Rules that span instructions:
//! - Calls: arguments occupy `R[a]..R[a+nargs)`; the callee's frame starts there (its
//!   parameters are its registers 0..nargs); on return the results are copied to
//!   `R[a]..R[a+nresults)` of the caller. `return e1, e2` compiles to moves into the result
//!   registers (`FuncProto::result_base`..) followed by `Ret`; `Ret` is re-executable (it runs
//!   pending defers of the frame one at a time, resuming at the same `Ret`), so deferred
//!   closures that modify named results are honoured.
//! - Every backward `Jump*` and every call is a safepoint (GC / preemption poll).
//! - Instructions that can fail (`DivInt`, `Index*`, `Load`, `MapStore`, `Assert`, …) raise
//!   Go's runtime-error panic with Go's exact text.

use crate::roles::types::*;
use crate::roles::{operand_role, Flow, Operand, Operands, Role};

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])*
        $name:ident { $($field:ident : $role:ident $(($count:ident))?),* } $(=> $flow:ident)?
    ),* $(,)?) => {
        /// One VM instruction. See the module docs for operand conventions.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Instr {
            $( $(#[doc = $doc])* $name { $($field: $role),* } ),*
        }

        impl Instr {
            /// The mnemonic.
            pub fn name(&self) -> &'static str {
                match self { $( Instr::$name { .. } => stringify!($name) ),* }
            }

            /// How control leaves this instruction.
            pub fn flow(&self) -> Flow {
                match self { $( Instr::$name { .. } => flow!($($flow)?) ),* }
            }

            /// Every operand with its role, in declaration order.
            pub fn operands(&self) -> Operands {
                match *self {
                    $( Instr::$name { $($field),* } => {
                        #[allow(unused_mut)]
                        let mut ops = Operands::new();
                        $( {
                            let value = OperandValue::value($field);
                            let role = operand_role!($role, value $(, $count)?);
                            ops.push(Operand { name: stringify!($field), role, value });
                        } )*
                        ops
                    } ),*
                }
            }

            /// Replaces each operand for which `rewrite` returns a new value.
            fn rewrite_operands(&mut self, rewrite: &mut dyn FnMut(&Operand) -> Option<i64>) {
                let ops = self.operands();
                #[allow(unused_mut, unused_variables)]
                let mut ops = ops.iter();
                match self {
                    $( Instr::$name { $($field),* } => {
                        $( if let Some(new) = rewrite(ops.next().unwrap()) {
                            *$field = OperandValue::from_value(new);
                        } )*
                    } ),*
                }
            }

            /// `Name a=1 b=2 ...` for the disassembler.
            pub fn disassemble(&self) -> String {
                match self {
                    $( Instr::$name { $($field),* } => {
                        #[allow(unused_mut)]
                        let mut s = String::from(stringify!($name));
                        $( s.push_str(&format!(" {}={}", stringify!($field), $field)); )*
                        s
                    } ),*
                }
            }

            /// One instruction of every opcode, each operand set to `fill(name)` (tests).
            #[cfg(test)]
            pub(crate) fn every_opcode(fill: &dyn Fn(&str) -> i64) -> Vec<Instr> {
                vec![ $( Instr::$name {
                    $($field: OperandValue::from_value(fill(stringify!($field)))),*
                } ),* ]
            }
        }
    };
}

/// The declared flow of an opcode (`Next` when none is declared).
macro_rules! flow {
    () => {
        Flow::Next
    };
    ($flow:ident) => {
        Flow::$flow
    };
}

/// The program table an index operand points into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IdKind {
    Func,
    Native,
    Const,
    Global,
    Type,
    MethodName,
    /// `Program::boxed_vars` (or `NO_VAR`).
    BoxedVar,
}

impl Instr {
    /// The jump offset of a branch instruction (`None` for every other instruction).
    pub fn jump_offset(&self) -> Option<i32> {
        self.operands()
            .iter()
            .find(|op| op.role == Role::Offset)
            .map(|op| op.value as i32)
    }

    /// Sets the jump offset of a branch instruction (relinking after code moved).
    pub fn set_jump_offset(&mut self, new: i32) {
        let mut found = false;
        self.rewrite_operands(&mut |op| {
            found |= op.role == Role::Offset;
            (op.role == Role::Offset).then_some(new as i64)
        });
        assert!(found, "set_jump_offset on non-branch {}", self.name());
    }

    /// Rewrites every table-index operand through `map(kind, old)` (the session linker's
    /// relocation; the roles say which operands are indices).
    pub fn relocate(&mut self, map: &mut dyn FnMut(IdKind, u32) -> u32) {
        self.rewrite_operands(&mut |op| match op.role {
            Role::Index(kind) => Some(map(kind, op.value as u32) as i64),
            _ => None,
        });
    }
}

/// Operand field types, widened to `i64` for the passes that read roles.
trait OperandValue {
    fn value(self) -> i64;
    fn from_value(v: i64) -> Self;
}

macro_rules! operand_values {
    ($($t:ty),*) => { $( impl OperandValue for $t {
        fn value(self) -> i64 { self as i64 }
        fn from_value(v: i64) -> Self { v as $t }
    } )* };
}
operand_values!(u8, u16, u32, i16, i32);
impl OperandValue for bool {
    fn value(self) -> i64 {
        self as i64
    }
    fn from_value(v: i64) -> Self {
        v != 0
    }
}

opcodes! {
    // ---- moves and constants ----
    /// (no effect)
    Nop {},
    /// R[a] := R[b]
    Move { a: Dst, b: Src },
    /// R[a] := v (sign-extended to 64 bits)
    LoadInt { a: Dst, v: Imm },
    /// R[a] := K[k]
    LoadK { a: Dst, k: Const },
    /// R[a] := G[g]   (globals are heap slots shared by all goroutines)
    LoadGlobal { a: Dst, g: Global },
    /// G[g] := R[a]
    StoreGlobal { g: Global, a: Src },
    /// R[a] := the zero value of type t (allocates for structs and arrays)
    Zero { a: Dst, t: Type },
    /// R[a] := deep copy of the struct/array value R[b] of type t (value semantics)
    Clone { a: Dst, b: Src, t: Type },

    // ---- integer arithmetic (64-bit two's complement, wrapping) ----
    /// R[a] := R[b] + R[c]
    AddInt { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] + v
    AddIntImm { a: Dst, b: Src, v: Imm16 },
    /// R[a] := R[b] - R[c]
    SubInt { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] * R[c]
    MulInt { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] / R[c] signed; panics on zero divisor
    DivInt { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] % R[c] signed; panics on zero divisor
    RemInt { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] / R[c] unsigned; panics on zero divisor
    DivUint { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] % R[c] unsigned; panics on zero divisor
    RemUint { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] & R[c]
    And { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] | R[c]
    Or { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] ^ R[c]
    Xor { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] &^ R[c]
    AndNot { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] << R[c]; `signed_count`: panic `negative shift amount` if R[c] < 0
    Shl { a: Dst, b: Src, c: Src, signed_count: Flag },
    /// R[a] := R[b] >> R[c] arithmetic (signed operand)
    ShrInt { a: Dst, b: Src, c: Src, signed_count: Flag },
    /// R[a] := R[b] >> R[c] logical (unsigned operand)
    ShrUint { a: Dst, b: Src, c: Src, signed_count: Flag },
    /// R[a] := -R[b]
    NegInt { a: Dst, b: Src },
    /// R[a] := ^R[b]
    BitNot { a: Dst, b: Src },
    /// R[a] := R[b] truncated to `bits` (8, 16, 32) then sign-extended (`signed`) or
    /// zero-extended; used after arithmetic on sized integer types and for conversions
    Narrow { a: Dst, b: Src, bits: Bits, signed: Flag },

    // ---- floating point (float64 bits; float32 values are kept rounded to f32) ----
    /// R[a] := R[b] + R[c]
    AddFloat { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] - R[c]
    SubFloat { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] * R[c]
    MulFloat { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] / R[c] (IEEE: no panic)
    DivFloat { a: Dst, b: Src, c: Src },
    /// R[a] := -R[b]
    NegFloat { a: Dst, b: Src },
    /// R[a] := R[b] rounded to float32 precision
    RoundF32 { a: Dst, b: Src },
    /// R[a] := float(R[b] as signed int)
    IntToFloat { a: Dst, b: Src },
    /// R[a] := float(R[b] as unsigned int)
    UintToFloat { a: Dst, b: Src },
    /// R[a] := float32(R[b] as signed int), rounded once (through float64 it could round twice)
    IntToFloat32 { a: Dst, b: Src },
    /// R[a] := float32(R[b] as unsigned int), rounded once
    UintToFloat32 { a: Dst, b: Src },
    /// R[a] := int64(trunc(R[b])) as Go on amd64 (CVTTSD2SQ): NaN and out-of-range values
    /// give MinInt64 (the spec leaves them implementation-defined)
    FloatToInt { a: Dst, b: Src },
    /// R[a] := uint64(trunc(R[b])) as Go on amd64: below 2^63 the int64 conversion, else
    /// that of R[b] - 2^63 with the top bit set
    FloatToUint { a: Dst, b: Src },
    /// R[a] := int32(trunc(R[b])) as Go on amd64 (CVTTSD2SL: NaN and out-of-range give
    /// MinInt32), for int32 and the 8- and 16-bit targets (narrowed after)
    FloatToInt32 { a: Dst, b: Src },

    // ---- comparison (result 0/1) ----
    /// R[a] := R[b] == R[c]  (integers, bools, pointers, channels, maps/funcs vs nil)
    EqInt { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] != R[c]
    NeInt { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] < R[c] signed
    LtInt { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] <= R[c] signed
    LeInt { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] < R[c] unsigned
    LtUint { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] <= R[c] unsigned
    LeUint { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] == R[c] as float64
    EqFloat { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] < R[c] as float64
    LtFloat { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] <= R[c] as float64
    LeFloat { a: Dst, b: Src, c: Src },
    /// R[a] := string R[b] == string R[c]
    EqStr { a: Dst, b: Src, c: Src },
    /// R[a] := string R[b] < string R[c] (bytewise)
    LtStr { a: Dst, b: Src, c: Src },
    /// R[a] := string R[b] <= string R[c]
    LeStr { a: Dst, b: Src, c: Src },
    /// R[a] := deep equality of values of type t (structs, arrays, interfaces; panics
    /// `comparing uncomparable type` as Go for interfaces holding slices/maps/funcs)
    EqDeep { a: Dst, b: Src, c: Src, t: Type },
    /// R[a] := !R[b]
    Not { a: Dst, b: Src },

    // ---- control flow ----
    /// pc += off
    Jump { off: Offset } => Jump,
    /// if R[a] != 0 { pc += off }
    JumpIf { a: Src, off: Offset },
    /// if R[a] == 0 { pc += off }
    JumpIfNot { a: Src, off: Offset },
    /// if !(R[a] < R[b]) signed { pc += off }   (loop condition fused with its branch)
    JumpIfNotLtInt { a: Src, b: Src, off: Offset },

    // ---- strings ----
    /// R[a] := R[b] + R[c]
    Concat { a: Dst, b: Src, c: Src },
    /// R[a] := len(R[b])
    StrLen { a: Dst, b: Src },
    /// R[a] := R[b][R[c]] (a byte); panics index out of range
    StrIndex { a: Dst, b: Src, c: Src },
    /// R[a] := R[b][R[c]:R[d]]; panics slice bounds out of range
    StrSlice { a: Dst, b: Src, c: Src, d: Src },
    /// R[a] := rune decoded at byte offset R[c] of string R[b]; R[a+1] := its width
    /// (U+FFFD, 1 for invalid UTF-8)
    DecodeRune { a: DstPair, b: Src, c: Src },
    /// R[a] := string(rune R[b]) (U+FFFD for invalid code points)
    RuneToStr { a: Dst, b: Src },
    /// R[a] := string([]byte R[b])
    BytesToStr { a: Dst, b: Src },
    /// R[a] := []byte(string R[b])
    StrToBytes { a: Dst, b: Src },
    /// R[a] := string([]rune R[b])
    RunesToStr { a: Dst, b: Src },
    /// R[a] := []rune(string R[b])
    StrToRunes { a: Dst, b: Src },

    // ---- slices and arrays (element width is 1 byte for bool/int8/uint8, else 1 word) ----
    /// R[a] := make([]T, R[b], R[c]) for slice type t; panics `makeslice: len out of range`
    MakeSlice { a: Dst, t: Type, b: Src, c: Src },
    /// R[a] := len(slice R[b])
    SliceLen { a: Dst, b: Src },
    /// R[a] := cap(slice R[b])
    SliceCap { a: Dst, b: Src },
    /// R[a] := R[b][R[c]] for slice R[b] with word elements
    SliceLoad { a: Dst, b: Src, c: Src },
    /// R[a] := R[b][R[c]] for slice R[b] with byte elements (zero-extended)
    SliceLoadB { a: Dst, b: Src, c: Src },
    /// R[b][R[c]] := R[a] (word elements)
    SliceStore { a: Src, b: Src, c: Src },
    /// R[b][R[c]] := R[a] (byte elements)
    SliceStoreB { a: Src, b: Src, c: Src },
    /// R[a] := &R[b][R[c]] (address of the element)
    SliceAddr { a: Dst, b: Src, c: Src },
    /// R[a] := R[b][lo:hi:max] with lo=R[c], hi=R[d] (u16::MAX = len), max=R[e]
    /// (u16::MAX = cap); R[b] is a slice
    SliceSlice { a: Dst, b: Src, c: Src, d: OptSrc, e: OptSrc },
    /// R[a] := R[b][lo:hi:max] where R[b] is an array object (or pointer to array) of type t
    SliceArray { a: Dst, b: Src, c: Src, d: OptSrc, e: OptSrc, t: Type },
    /// R[a] := R[b][R[c]] for array object R[b] (word elements)
    ArrayLoad { a: Dst, b: Src, c: Src },
    /// R[a] := R[b][R[c]] for array object R[b] (byte elements)
    ArrayLoadB { a: Dst, b: Src, c: Src },
    /// R[b][R[c]] := R[a] for array object R[b] (word elements)
    ArrayStore { a: Src, b: Src, c: Src },
    /// R[b][R[c]] := R[a] for array object R[b] (byte elements)
    ArrayStoreB { a: Src, b: Src, c: Src },
    /// R[a] := &R[b][R[c]] for array object R[b]
    ArrayAddr { a: Dst, b: Src, c: Src },
    /// R[a] := append(R[b], R[c]...) where R[c..c+n) are the new elements; t = slice type
    Append { a: Dst, b: Src, c: SrcRange(n), n: Count, t: Type },
    /// R[a] := append(R[b], R[c]...) where R[c] is a slice (or a string for []byte); t =
    /// slice type
    AppendSlice { a: Dst, b: Src, c: Src, t: Type },
    /// R[a] := copy(R[b], R[c]) (R[c] may be a string when R[b] is []byte); t = dst type
    Copy { a: Dst, b: Src, c: Src, t: Type },

    // ---- structs and pointers ----
    /// R[a] := R[b].field[field] (R[b] is a struct object or pointer to struct; nil → panic)
    FieldLoad { a: Dst, b: Src, field: Field },
    /// R[b].field[field] := R[a]
    FieldStore { a: Src, b: Src, field: Field },
    /// R[a] := &R[b].field[field]
    FieldAddr { a: Dst, b: Src, field: Field },
    /// R[a] := *R[b] (word); nil → panic
    Load { a: Dst, b: Src },
    /// R[a] := *R[b]: a boxed struct or array variable's object (the box's word never
    /// changes once the variable is declared — assignments copy into the object — so it is
    /// no access `-race` checks; the fields and elements are)
    LoadAggregate { a: Dst, b: Src },
    /// R[a] := *R[b] (byte); nil → panic
    LoadB { a: Dst, b: Src },
    /// *R[b] := R[a] (word); nil → panic
    Store { a: Src, b: Src },
    /// *R[b] := R[a] (byte); nil → panic
    StoreB { a: Src, b: Src },
    /// R[a] := new one-word heap cell holding R[b] (escaping / captured variables, `new(T)`
    /// for one-word T); var: the variable it holds (`Program::boxed_vars`), or `NO_VAR`
    Box { a: Dst, b: Src, var: BoxedVar },
    /// Panics with a nil pointer dereference if R[a] == 0
    NilCheck { a: Src },
    /// Panics with the plain run-time error K[k] (a string: Go's `panicwrap` text, `value
    /// method main.T.M called using nil *T pointer`) if R[a] == 0
    NilRecvCheck { a: Src, k: Const },

    // ---- maps (t = the map type) ----
    /// R[a] := make(map, hint R[b])
    MakeMap { a: Dst, t: Type, b: Src },
    /// R[a] := R[b][R[c]] (zero value if absent; nil map reads as empty)
    MapLoad { a: Dst, b: Src, c: Src, t: Type },
    /// R[a], R[a+1] := R[b][R[c]] with comma-ok
    MapLoadOk { a: DstPair, b: Src, c: Src, t: Type },
    /// R[b][R[c]] := R[a]; panics `assignment to entry in nil map`
    MapStore { a: Src, b: Src, c: Src, t: Type },
    /// delete(R[b], R[c])
    MapDelete { b: Src, c: Src, t: Type },
    /// R[a] := len(map R[b])
    MapLen { a: Dst, b: Src },
    /// clear(map R[b])
    MapClear { b: Src },
    /// clear(slice R[b]) of slice type t: every element zero, struct/array elements in place
    SliceClear { b: Src, t: Type },
    /// R[a] := an iterator over map R[b] (randomised start, as Go)
    MapIter { a: Dst, b: Src },
    /// R[b], R[b+1] := next key, value of iterator R[a]; when exhausted pc += off
    MapNext { a: Src, b: MayDstPair, off: Offset },

    // ---- interfaces ----
    /// R[a] := interface holding R[b] with dynamic type t (clones structs/arrays)
    MakeIface { a: Dst, b: Src, t: Type },
    /// R[a] := R[b].(T) for concrete T = t; panics interface conversion (naming R[b]'s
    /// static interface type iface)
    AssertType { a: Dst, b: Src, t: Type, iface: Type },
    /// R[a], R[a+1] := R[b].(T) comma-ok, concrete T = t
    AssertTypeOk { a: DstPair, b: Src, t: Type },
    /// R[a] := R[b].(I) for interface type t (the same box when it implements I)
    AssertIface { a: Dst, b: Src, t: Type },
    /// R[a], R[a+1] := R[b].(I) comma-ok
    AssertIfaceOk { a: DstPair, b: Src, t: Type },
    /// R[a] := dynamic type id of interface R[b], or -1 for nil
    IfaceType { a: Dst, b: Src },
    /// R[a] := 1 if type id R[b] implements interface type t (0 for -1)
    Implements { a: Dst, b: Src, t: Type },
    /// R[a] := 1 if type id R[b] is the type t (a concrete case of a type switch)
    IsType { a: Dst, b: Src, t: Type },
    /// R[a] := data word of interface R[b] (a deep copy for struct/array types)
    IfaceData { a: Dst, b: Src },

    // ---- functions and calls ----
    /// Call function f with arguments at R[a..]
    Call { a: CallWindow, f: Func } => Call,
    /// Call the func value R[b] (closure, bound method or native) with arguments at R[a..];
    /// nil → panic
    CallValue { a: CallWindow, b: Src } => Call,
    /// Call method `m` (a method name id) of the interface R[a]; R[a] is replaced by the
    /// receiver (its data word) before the call; nil → panic
    CallIface { a: CallWindow, m: Method } => Call,
    /// Call native `native` with arguments at R[a..]; results to R[a..]
    CallNative { a: CallWindow, native: Native } => Call,
    /// Return the frame's result registers to the caller (after running pending defers)
    Ret {} => Exit,
    /// R[a] := closure of function f capturing the box pointers R[b..b+n)
    MakeClosure { a: Dst, f: Func, b: SrcRange(n), n: Count },
    /// R[a] := the `capture`-th captured box pointer of the running closure
    LoadCapture { a: Dst, capture: Capture },
    /// R[a] := method value: function f bound to receiver R[b]
    BindMethod { a: Dst, f: Func, b: Src },
    /// R[a] := method value: native method `native` bound to receiver R[b]
    BindNative { a: Dst, native: Native, b: Src },
    /// R[a] := method value of interface R[b]'s method m
    BindIfaceMethod { a: Dst, b: Src, m: Method },
    /// R[a] := func value for native `native`
    NativeValue { a: Dst, native: Native },
    /// go R[b](R[a..a+n))
    Go { a: SrcRange(n), b: Src, n: Count } => Call,
    /// defer R[b](R[a..a+n)) — function value and arguments evaluated now
    Defer { a: SrcRange(n), b: Src, n: Count } => Call,
    /// panic(R[a]) where R[a] is an interface value
    Panic { a: Src } => Exit,
    /// R[a] := recover()
    Recover { a: Dst } => Call,

    // ---- channels (t = the channel type) ----
    /// R[a] := make(chan, R[b])
    MakeChan { a: Dst, t: Type, b: Src },
    /// R[b] <- R[a]
    Send { a: Src, b: Src } => Block,
    /// R[a] := <-R[b]
    Recv { a: Dst, b: Src } => Block,
    /// R[a], R[a+1] := <-R[b] with comma-ok
    RecvOk { a: DstPair, b: Src } => Block,
    /// close(R[b])
    Close { b: Src },
    /// R[a] := len(chan R[b])
    ChanLen { a: Dst, b: Src },
    /// R[a] := cap(chan R[b])
    ChanCap { a: Dst, b: Src },
    /// select over n cases described at R[b..b+3n): (kind 0=recv/1=send, chan, value);
    /// R[a] := chosen case index (n when `default` was taken); R[a+1], R[a+2] := received
    /// value and ok
    Select { a: DstTriple, b: SrcTriples(n), n: Count, default: Flag } => Block,

    // ---- builtins ----
    /// print R[a] of basic kind `kind` (a `RKind` as u8) to stderr, as Go's print does
    Print { a: Src, kind: Kind },
    /// print a space (println between arguments)
    PrintSpace {},
    /// print a newline
    PrintNewline {},

    // ---- added by the compiler ----
    /// *R[b] := R[a] for a struct/array value of type t: deep-copies R[a]'s contents into the
    /// existing object R[b] in place (nested struct/array fields copied in place too), so
    /// pointers into R[b] stay valid; nil R[b] → panic
    StoreDeep { a: Src, b: Src, t: Type },
    /// R[a] := &G[g] (address of the global's heap slot)
    GlobalAddr { a: Dst, g: Global },
    /// Like `Ret`, but first (and again after each deferred call) copies the boxed named
    /// results: R[result_base+i] := *R[a+i] for i in 0..n
    RetBoxed { a: SrcRange(n), n: Count } => Exit,
    /// R[a] := (*[N]T)(R[b]) for the pointer-to-array type t: the slice's backing array;
    /// panics if len(R[b]) < N; nil slice → nil pointer
    SliceToArrayPtr { a: Dst, b: Src, t: Type },

    // ---- added by the peephole pass (vm/src/peephole.rs): immediates and fused forms ----
    /// R[a] := R[b] * v
    MulIntImm { a: Dst, b: Src, v: Imm },
    /// R[a] := R[b] & v
    AndImm { a: Dst, b: Src, v: Imm },
    /// R[a] := R[b] | v
    OrImm { a: Dst, b: Src, v: Imm },
    /// R[a] := R[b] ^ v
    XorImm { a: Dst, b: Src, v: Imm },
    /// R[a] := R[b] << v (v >= 0; 0 when v >= 64)
    ShlImm { a: Dst, b: Src, v: Imm },
    /// R[a] := R[b] >> v arithmetic (v >= 0)
    ShrIntImm { a: Dst, b: Src, v: Imm },
    /// R[a] := R[b] >> v logical (v >= 0; 0 when v >= 64)
    ShrUintImm { a: Dst, b: Src, v: Imm },
    /// R[a] := R[b] == v
    EqIntImm { a: Dst, b: Src, v: Imm },
    /// R[a] := R[b] != v
    NeIntImm { a: Dst, b: Src, v: Imm },
    /// R[a] := R[b] < v signed
    LtIntImm { a: Dst, b: Src, v: Imm },
    /// R[a] := R[b] <= v signed
    LeIntImm { a: Dst, b: Src, v: Imm },
    /// R[a] := R[b] > v signed
    GtIntImm { a: Dst, b: Src, v: Imm },
    /// R[a] := R[b] >= v signed
    GeIntImm { a: Dst, b: Src, v: Imm },
    /// if R[a] < R[b] signed { pc += off }
    JumpIfLtInt { a: Src, b: Src, off: Offset },
    /// if R[a] <= R[b] signed { pc += off }
    JumpIfLeInt { a: Src, b: Src, off: Offset },
    /// if R[a] == R[b] { pc += off }
    JumpIfEqInt { a: Src, b: Src, off: Offset },
    /// if R[a] != R[b] { pc += off }
    JumpIfNeInt { a: Src, b: Src, off: Offset },
    /// if R[a] < R[b] unsigned { pc += off }
    JumpIfLtUint { a: Src, b: Src, off: Offset },
    /// if R[a] <= R[b] unsigned { pc += off }
    JumpIfLeUint { a: Src, b: Src, off: Offset },
    /// if R[a] == v { pc += off }
    JumpIfEqIntImm { a: Src, v: Imm, off: Offset },
    /// if R[a] != v { pc += off }
    JumpIfNeIntImm { a: Src, v: Imm, off: Offset },
    /// if R[a] < v signed { pc += off }
    JumpIfLtIntImm { a: Src, v: Imm, off: Offset },
    /// if R[a] <= v signed { pc += off }
    JumpIfLeIntImm { a: Src, v: Imm, off: Offset },
    /// if R[a] > v signed { pc += off }
    JumpIfGtIntImm { a: Src, v: Imm, off: Offset },
    /// if R[a] >= v signed { pc += off }
    JumpIfGeIntImm { a: Src, v: Imm, off: Offset },
    /// if R[a] < R[b] as float64 { pc += off }
    JumpIfLtFloat { a: Src, b: Src, off: Offset },
    /// if R[a] <= R[b] as float64 { pc += off }
    JumpIfLeFloat { a: Src, b: Src, off: Offset },
    /// if !(R[a] < R[b]) as float64 (true for NaN) { pc += off }
    JumpIfNotLtFloat { a: Src, b: Src, off: Offset },
    /// if !(R[a] <= R[b]) as float64 (true for NaN) { pc += off }
    JumpIfNotLeFloat { a: Src, b: Src, off: Offset },
    /// if R[a] == R[b] as float64 { pc += off }
    JumpIfEqFloat { a: Src, b: Src, off: Offset },
    /// if R[a] != R[b] as float64 (true for NaN) { pc += off }
    JumpIfNeFloat { a: Src, b: Src, off: Offset },
    /// R[a] += step; if R[a] < R[b] signed { pc += off }   (loop step fused with its back-branch)
    AddJumpIfLtInt { a: SrcDst, step: Step, b: Src, off: Offset },
    /// R[a] += step; if R[a] <= R[b] signed { pc += off }
    AddJumpIfLeInt { a: SrcDst, step: Step, b: Src, off: Offset },
    /// R[a] += step; if R[a] < v signed { pc += off }
    AddJumpIfLtIntImm { a: SrcDst, step: Step, v: Imm, off: Offset },
    /// R[a] += step; if R[a] <= v signed { pc += off }
    AddJumpIfLeIntImm { a: SrcDst, step: Step, v: Imm, off: Offset },
    /// R[a] += step; if R[a] > v signed { pc += off }
    AddJumpIfGtIntImm { a: SrcDst, step: Step, v: Imm, off: Offset },
    /// R[a] += step; if R[a] >= v signed { pc += off }
    AddJumpIfGeIntImm { a: SrcDst, step: Step, v: Imm, off: Offset },
    /// R[a] := R[b].field[field1]; then R[c] := R[d].field[field2]   (two `FieldLoad`s, in order)
    FieldLoad2 { a: Dst, b: Src, field1: Field, c: Dst, d: Src, field2: Field },
    /// R[a] := R[b] + R[c] * R[d] (float64; the product is rounded first, no FMA)
    MulAddFloat { a: Dst, b: Src, c: Src, d: Src },
    /// R[a] := R[b] - R[c] * R[d] (float64; the product is rounded first, no FMA)
    MulSubFloat { a: Dst, b: Src, c: Src, d: Src },

    // ---- complex numbers (a word is 0 = 0+0i or an immutable 2-word {re, im} object) ----
    /// R[a] := complex(R[b], R[c]) (two float64 words; allocates)
    MakeComplex { a: Dst, b: Src, c: Src },
    /// R[a] := real(R[b])
    RealPart { a: Dst, b: Src },
    /// R[a] := imag(R[b])
    ImagPart { a: Dst, b: Src },
    /// R[a] := R[b] + R[c] (complex128)
    AddComplex { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] - R[c] (complex128)
    SubComplex { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] * R[c] (complex128, as Go: (ac-bd) + (ad+bc)i, no FMA)
    MulComplex { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] / R[c] (Go's runtime complex128div: Smith's algorithm + C99 Inf/NaN fixup;
    /// never panics)
    DivComplex { a: Dst, b: Src, c: Src },
    /// R[a] := -R[b] (both parts negated)
    NegComplex { a: Dst, b: Src },
    /// R[a] := R[b] == R[c] (both parts equal as float64)
    EqComplex { a: Dst, b: Src, c: Src },
    /// R[a] := R[b] with both parts rounded to float32 (complex64 results and conversions)
    RoundC64 { a: Dst, b: Src },

    // ---- race detector checks (vm/src/race_instrument.rs; only in `-race` programs) ----
    // Each precedes the access it checks (w: the access writes). A bad operand (nil, out of
    // range) is not checked: the access itself panics.
    /// first of every function: a new frame (the stacks reports print, see `vm::race`)
    RaceEnter {},
    /// after an instruction that may allocate R[a] of type t: its objects (a slice's array)
    /// remember t, for the `Location is …` line of reports
    RaceAlloc { a: Src, t: Type },
    /// after `Box`: the box R[a] holds local variable var (`Program::boxed_vars`)
    RaceVar { a: Src, var: BoxedVar },
    /// the global G[g]
    RaceGlobal { g: Global, w: Flag },
    /// the word or byte R[b] points to
    RacePtr { b: Src, w: Flag },
    /// field `field` of the struct object R[b]
    RaceField { b: Src, field: Field, w: Flag },
    /// element R[c] of the slice R[b]
    RaceSlice { b: Src, c: Src, w: Flag },
    /// element R[c] of the array object R[b]
    RaceArray { b: Src, c: Src, w: Flag },
    /// the map or channel object R[b] itself (lookups, len, range and sends read it; stores,
    /// deletes, clear and close write it), made in Go by runtime function rt
    /// (`race_frames`; 0: in the program's own code)
    RaceObject { b: Src, w: Flag, rt: RaceFrame },
    /// the value of key R[c] in the map R[b] of type t: read if the key is present (a
    /// lookup), written (an assignment); Go's runtime hands out the value's slot, which the
    /// program then reads or writes itself
    RaceMapSlot { b: Src, c: Src, t: Type, w: Flag },
    /// every element of the struct or array object R[b] (a whole-value copy or assignment),
    /// made in Go by runtime function rt
    RaceWhole { b: Src, w: Flag, rt: RaceFrame },
    /// every element of the slice R[b] read, in Go by runtime function rt (string(R[b]))
    RaceSliceRead { b: Src, rt: RaceFrame },
    /// copy(R[b], R[c]): the elements copied, written in R[b] and read in R[c] (unless R[c]
    /// is a string)
    RaceCopy { b: Src, c: Src },
    /// append(R[b], n elements): the n elements written in place when they fit R[b]'s
    /// capacity, else R[b]'s elements read (copied to the new array, Go's growslice)
    RaceAppend { b: Src, n: Count },
    /// append(R[b], R[c]...): R[c]'s elements read (unless R[c] is a string), then as
    /// RaceAppend with len(R[c]) elements
    RaceAppendSlice { b: Src, c: Src },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_stay_small() {
        assert!(std::mem::size_of::<Instr>() <= 16);
    }

    /// Each operand name means one thing in every opcode (the module docs' convention), and
    /// the passes that read roles see every operand.
    #[test]
    fn operand_names_follow_their_roles() {
        use crate::roles::Role::*;
        let fill = |name: &str| if name == "n" { 2 } else { 1 };
        for ins in Instr::every_opcode(&fill) {
            let ops = ins.operands();
            for op in ops.iter() {
                let ok = match op.name {
                    "a" | "b" | "c" | "d" | "e" => matches!(
                        op.role,
                        Reads(_) | Writes(_) | MayWrite(_) | Updates(_) | CallWindow
                    ),
                    "off" => op.role == Offset,
                    "f" => op.role == Index(IdKind::Func),
                    "native" => op.role == Index(IdKind::Native),
                    "k" => op.role == Index(IdKind::Const),
                    "g" => op.role == Index(IdKind::Global),
                    "t" | "iface" => op.role == Index(IdKind::Type),
                    "m" => op.role == Index(IdKind::MethodName),
                    "var" => op.role == Index(IdKind::BoxedVar),
                    _ => op.role == Literal,
                };
                assert!(ok, "{}: operand {} is {:?}", ins.name(), op.name, op.role);
            }
            let branch = ins.jump_offset().is_some();
            assert!(ins.flow() != Flow::Jump || branch, "{}", ins.name());
            if branch {
                let mut moved = ins;
                moved.set_jump_offset(-7);
                assert_eq!(moved.jump_offset(), Some(-7), "{}", ins.name());
            }
            // A range reads as many registers as its count operand says.
            if let Some(n) = ops.iter().find(|op| op.name == "n") {
                for op in ops.iter() {
                    if let Reads(w) = op.role {
                        assert!(w == 1 || w == n.value as u32 || w == 3 * n.value as u32);
                    }
                }
            }
        }
    }

    #[test]
    fn relocation_rewrites_indices_only() {
        let mut i = Instr::AssertType {
            a: 1,
            b: 2,
            t: 3,
            iface: 4,
        };
        i.relocate(&mut |kind, id| {
            assert_eq!(kind, IdKind::Type);
            id + 10
        });
        assert_eq!(
            i,
            Instr::AssertType {
                a: 1,
                b: 2,
                t: 13,
                iface: 14
            }
        );
    }

    #[test]
    fn disassembly_names_operands() {
        let i = Instr::AddInt { a: 1, b: 2, c: 3 };
        assert_eq!(i.disassemble(), "AddInt a=1 b=2 c=3");
    }
}
