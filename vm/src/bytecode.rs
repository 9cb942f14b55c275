//! The instruction set: declared once in `opcodes!`, from which the `Instr` enum, its
//! mnemonic names and the disassembler are derived (Lua's lopcodes.h / boa's
//! `generate_opcodes!` style).
//!
//! Encoding: each instruction is one `Instr` value (an enum of at most 16 bytes) with its
//! operands inline. Operand conventions:
//! - `a`, `b`, `c`, `d` are register indices (u16) relative to the current frame's base:
//!   `R[a]`. Every Go value is one `Word` (u64) — see ARCHITECTURE.md "Value model".
//! - `k` indexes the program's constant pool `K` (strings, big constants, preallocated).
//! - `t` is a runtime type id (`RType` index = the checker's `TypeId`).
//! - `f` is a function index into `Program::funcs`; `n` a native index into
//!   `Program::natives`; `g` a global slot index.
//! - `off` is a signed jump offset relative to the *next* instruction.
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

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident { $($field:ident : $fty:ty),* } ),* $(,)?) => {
        /// One VM instruction. See the module docs for operand conventions.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Instr {
            $( $(#[doc = $doc])* $name { $($field: $fty),* } ),*
        }

        impl Instr {
            /// The mnemonic.
            pub fn name(&self) -> &'static str {
                match self { $( Instr::$name { .. } => stringify!($name) ),* }
            }

            /// Every operand as (field name, value), for the verifier.
            pub fn operands(&self) -> Vec<(&'static str, i64)> {
                match self {
                    $( Instr::$name { $($field),* } => vec![$( (stringify!($field), Operand::value(*$field)) ),*] ),*
                }
            }

            /// The `off` operand of a branch instruction (`None` for every other instruction).
            pub fn jump_offset(&self) -> Option<i32> {
                match self {
                    $( Instr::$name { $($field),* } => {
                        $( if stringify!($field) == "off" { return Some(Operand::value(*$field) as i32); } )*
                        None
                    } ),*
                }
            }

            /// Sets the `off` operand (no effect on instructions without one).
            fn set_off(&mut self, new: i32) {
                match self {
                    $( Instr::$name { $($field),* } => {
                        $( if stringify!($field) == "off" { Operand::set(&mut *$field, new as i64); } )*
                    } ),*
                }
            }

            /// Rewrites every table-index operand through `map(kind, old)` (the session
            /// linker's relocation; [`Instr::id_kind`] says which operands are indices).
            pub fn relocate(&mut self, map: &mut dyn FnMut(IdKind, u32) -> u32) {
                let this = *self;
                match self {
                    $( Instr::$name { $($field),* } => {
                        $( if let Some(kind) = this.id_kind(stringify!($field)) {
                            let new = map(kind, Operand::value(*$field) as u32);
                            Operand::set(&mut *$field, new as i64);
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
        }
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
    /// Which table the operand `field` of this instruction indexes, if any: `f` a function
    /// (a field index in the `Field*` family), `n` a native (a count elsewhere), `k` a
    /// constant, `g` a global, `t` (and `AssertType`'s `s`) a type, `m` a method name, `v` of
    /// `Box` and `RaceVar` a boxed variable.
    pub fn id_kind(&self, field: &str) -> Option<IdKind> {
        let field_access = matches!(
            self,
            Instr::FieldLoad { .. }
                | Instr::FieldStore { .. }
                | Instr::FieldAddr { .. }
                | Instr::RaceField { .. }
        );
        let native = matches!(
            self,
            Instr::CallNative { .. } | Instr::NativeValue { .. } | Instr::BindNative { .. }
        );
        match field {
            "f" if !field_access => Some(IdKind::Func),
            "n" if native => Some(IdKind::Native),
            "k" => Some(IdKind::Const),
            "g" => Some(IdKind::Global),
            "t" => Some(IdKind::Type),
            "s" if matches!(self, Instr::AssertType { .. }) => Some(IdKind::Type),
            "m" => Some(IdKind::MethodName),
            "v" if matches!(self, Instr::Box { .. } | Instr::RaceVar { .. }) => {
                Some(IdKind::BoxedVar)
            }
            _ => None,
        }
    }
}

/// Operand field types, widened for the verifier.
trait Operand {
    fn value(self) -> i64;
    fn set(&mut self, v: i64);
}

macro_rules! operand_types {
    ($($t:ty),*) => { $( impl Operand for $t {
        fn value(self) -> i64 { self as i64 }
        fn set(&mut self, v: i64) { *self = v as $t; }
    } )* };
}
operand_types!(u8, u16, u32, i16, i32);
impl Operand for bool {
    fn value(self) -> i64 {
        self as i64
    }
    fn set(&mut self, v: i64) {
        *self = v != 0;
    }
}

opcodes! {
    // ---- moves and constants ----
    /// (no effect)
    Nop {},
    /// R[a] := R[b]
    Move { a: u16, b: u16 },
    /// R[a] := v (sign-extended to 64 bits)
    LoadInt { a: u16, v: i32 },
    /// R[a] := K[k]
    LoadK { a: u16, k: u32 },
    /// R[a] := G[g]   (globals are heap slots shared by all goroutines)
    LoadGlobal { a: u16, g: u32 },
    /// G[g] := R[a]
    StoreGlobal { g: u32, a: u16 },
    /// R[a] := the zero value of type t (allocates for structs and arrays)
    Zero { a: u16, t: u32 },
    /// R[a] := deep copy of the struct/array value R[b] of type t (value semantics)
    Clone { a: u16, b: u16, t: u32 },

    // ---- integer arithmetic (64-bit two's complement, wrapping) ----
    /// R[a] := R[b] + R[c]
    AddInt { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] + v
    AddIntImm { a: u16, b: u16, v: i16 },
    /// R[a] := R[b] - R[c]
    SubInt { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] * R[c]
    MulInt { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] / R[c] signed; panics on zero divisor
    DivInt { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] % R[c] signed; panics on zero divisor
    RemInt { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] / R[c] unsigned; panics on zero divisor
    DivUint { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] % R[c] unsigned; panics on zero divisor
    RemUint { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] & R[c]
    And { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] | R[c]
    Or { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] ^ R[c]
    Xor { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] &^ R[c]
    AndNot { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] << R[c]; `signed_count`: panic `negative shift amount` if R[c] < 0
    Shl { a: u16, b: u16, c: u16, signed_count: bool },
    /// R[a] := R[b] >> R[c] arithmetic (signed operand)
    ShrInt { a: u16, b: u16, c: u16, signed_count: bool },
    /// R[a] := R[b] >> R[c] logical (unsigned operand)
    ShrUint { a: u16, b: u16, c: u16, signed_count: bool },
    /// R[a] := -R[b]
    NegInt { a: u16, b: u16 },
    /// R[a] := ^R[b]
    BitNot { a: u16, b: u16 },
    /// R[a] := R[b] truncated to `bits` (8, 16, 32) then sign-extended (`signed`) or
    /// zero-extended; used after arithmetic on sized integer types and for conversions
    Narrow { a: u16, b: u16, bits: u8, signed: bool },

    // ---- floating point (float64 bits; float32 values are kept rounded to f32) ----
    /// R[a] := R[b] + R[c]
    AddFloat { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] - R[c]
    SubFloat { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] * R[c]
    MulFloat { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] / R[c] (IEEE: no panic)
    DivFloat { a: u16, b: u16, c: u16 },
    /// R[a] := -R[b]
    NegFloat { a: u16, b: u16 },
    /// R[a] := R[b] rounded to float32 precision
    RoundF32 { a: u16, b: u16 },
    /// R[a] := float(R[b] as signed int)
    IntToFloat { a: u16, b: u16 },
    /// R[a] := float(R[b] as unsigned int)
    UintToFloat { a: u16, b: u16 },
    /// R[a] := float32(R[b] as signed int), rounded once (through float64 it could round twice)
    IntToFloat32 { a: u16, b: u16 },
    /// R[a] := float32(R[b] as unsigned int), rounded once
    UintToFloat32 { a: u16, b: u16 },
    /// R[a] := int64(trunc(R[b])) as Go on amd64 (CVTTSD2SQ): NaN and out-of-range values
    /// give MinInt64 (the spec leaves them implementation-defined)
    FloatToInt { a: u16, b: u16 },
    /// R[a] := uint64(trunc(R[b])) as Go on amd64: below 2^63 the int64 conversion, else
    /// that of R[b] - 2^63 with the top bit set
    FloatToUint { a: u16, b: u16 },
    /// R[a] := int32(trunc(R[b])) as Go on amd64 (CVTTSD2SL: NaN and out-of-range give
    /// MinInt32), for int32 and the 8- and 16-bit targets (narrowed after)
    FloatToInt32 { a: u16, b: u16 },

    // ---- comparison (result 0/1) ----
    /// R[a] := R[b] == R[c]  (integers, bools, pointers, channels, maps/funcs vs nil)
    EqInt { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] != R[c]
    NeInt { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] < R[c] signed
    LtInt { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] <= R[c] signed
    LeInt { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] < R[c] unsigned
    LtUint { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] <= R[c] unsigned
    LeUint { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] == R[c] as float64
    EqFloat { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] < R[c] as float64
    LtFloat { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] <= R[c] as float64
    LeFloat { a: u16, b: u16, c: u16 },
    /// R[a] := string R[b] == string R[c]
    EqStr { a: u16, b: u16, c: u16 },
    /// R[a] := string R[b] < string R[c] (bytewise)
    LtStr { a: u16, b: u16, c: u16 },
    /// R[a] := string R[b] <= string R[c]
    LeStr { a: u16, b: u16, c: u16 },
    /// R[a] := deep equality of values of type t (structs, arrays, interfaces; panics
    /// `comparing uncomparable type` as Go for interfaces holding slices/maps/funcs)
    EqDeep { a: u16, b: u16, c: u16, t: u32 },
    /// R[a] := !R[b]
    Not { a: u16, b: u16 },

    // ---- control flow ----
    /// pc += off
    Jump { off: i32 },
    /// if R[a] != 0 { pc += off }
    JumpIf { a: u16, off: i32 },
    /// if R[a] == 0 { pc += off }
    JumpIfNot { a: u16, off: i32 },
    /// if !(R[a] < R[b]) signed { pc += off }   (loop condition fused with its branch)
    JumpIfNotLtInt { a: u16, b: u16, off: i32 },

    // ---- strings ----
    /// R[a] := R[b] + R[c]
    Concat { a: u16, b: u16, c: u16 },
    /// R[a] := len(R[b])
    StrLen { a: u16, b: u16 },
    /// R[a] := R[b][R[c]] (a byte); panics index out of range
    StrIndex { a: u16, b: u16, c: u16 },
    /// R[a] := R[b][R[c]:R[d]]; panics slice bounds out of range
    StrSlice { a: u16, b: u16, c: u16, d: u16 },
    /// R[a] := rune decoded at byte offset R[c] of string R[b]; R[a+1] := its width
    /// (U+FFFD, 1 for invalid UTF-8)
    DecodeRune { a: u16, b: u16, c: u16 },
    /// R[a] := string(rune R[b]) (U+FFFD for invalid code points)
    RuneToStr { a: u16, b: u16 },
    /// R[a] := string([]byte R[b])
    BytesToStr { a: u16, b: u16 },
    /// R[a] := []byte(string R[b])
    StrToBytes { a: u16, b: u16 },
    /// R[a] := string([]rune R[b])
    RunesToStr { a: u16, b: u16 },
    /// R[a] := []rune(string R[b])
    StrToRunes { a: u16, b: u16 },

    // ---- slices and arrays (element width is 1 byte for bool/int8/uint8, else 1 word) ----
    /// R[a] := make([]T, R[b], R[c]) for slice type t; panics `makeslice: len out of range`
    MakeSlice { a: u16, t: u32, b: u16, c: u16 },
    /// R[a] := len(slice R[b])
    SliceLen { a: u16, b: u16 },
    /// R[a] := cap(slice R[b])
    SliceCap { a: u16, b: u16 },
    /// R[a] := R[b][R[c]] for slice R[b] with word elements
    SliceLoad { a: u16, b: u16, c: u16 },
    /// R[a] := R[b][R[c]] for slice R[b] with byte elements (zero-extended)
    SliceLoadB { a: u16, b: u16, c: u16 },
    /// R[b][R[c]] := R[a] (word elements)
    SliceStore { a: u16, b: u16, c: u16 },
    /// R[b][R[c]] := R[a] (byte elements)
    SliceStoreB { a: u16, b: u16, c: u16 },
    /// R[a] := &R[b][R[c]] (address of the element)
    SliceAddr { a: u16, b: u16, c: u16 },
    /// R[a] := R[b][lo:hi:max] with lo=R[c], hi=R[d] (u16::MAX = len), max=R[e]
    /// (u16::MAX = cap); R[b] is a slice
    SliceSlice { a: u16, b: u16, c: u16, d: u16, e: u16 },
    /// R[a] := R[b][lo:hi:max] where R[b] is an array object (or pointer to array) of type t
    SliceArray { a: u16, b: u16, c: u16, d: u16, e: u16, t: u32 },
    /// R[a] := R[b][R[c]] for array object R[b] (word elements)
    ArrayLoad { a: u16, b: u16, c: u16 },
    /// R[a] := R[b][R[c]] for array object R[b] (byte elements)
    ArrayLoadB { a: u16, b: u16, c: u16 },
    /// R[b][R[c]] := R[a] for array object R[b] (word elements)
    ArrayStore { a: u16, b: u16, c: u16 },
    /// R[b][R[c]] := R[a] for array object R[b] (byte elements)
    ArrayStoreB { a: u16, b: u16, c: u16 },
    /// R[a] := &R[b][R[c]] for array object R[b]
    ArrayAddr { a: u16, b: u16, c: u16 },
    /// R[a] := append(R[b], R[c]...) where R[c..c+n) are the new elements; t = slice type
    Append { a: u16, b: u16, c: u16, n: u16, t: u32 },
    /// R[a] := append(R[b], R[c]...) where R[c] is a slice (or a string for []byte); t =
    /// slice type
    AppendSlice { a: u16, b: u16, c: u16, t: u32 },
    /// R[a] := copy(R[b], R[c]) (R[c] may be a string when R[b] is []byte); t = dst type
    Copy { a: u16, b: u16, c: u16, t: u32 },

    // ---- structs and pointers ----
    /// R[a] := R[b].field[f] (R[b] is a struct object or pointer to struct; nil → panic)
    FieldLoad { a: u16, b: u16, f: u16 },
    /// R[b].field[f] := R[a]
    FieldStore { a: u16, b: u16, f: u16 },
    /// R[a] := &R[b].field[f]
    FieldAddr { a: u16, b: u16, f: u16 },
    /// R[a] := *R[b] (word); nil → panic
    Load { a: u16, b: u16 },
    /// R[a] := *R[b]: a boxed struct or array variable's object (the box's word never
    /// changes once the variable is declared — assignments copy into the object — so it is
    /// no access `-race` checks; the fields and elements are)
    LoadAggregate { a: u16, b: u16 },
    /// R[a] := *R[b] (byte); nil → panic
    LoadB { a: u16, b: u16 },
    /// *R[b] := R[a] (word); nil → panic
    Store { a: u16, b: u16 },
    /// *R[b] := R[a] (byte); nil → panic
    StoreB { a: u16, b: u16 },
    /// R[a] := new one-word heap cell holding R[b] (escaping / captured variables, `new(T)`
    /// for one-word T); v: the variable it holds (`Program::boxed_vars`), or `NO_VAR`
    Box { a: u16, b: u16, v: u32 },
    /// Panics with a nil pointer dereference if R[a] == 0
    NilCheck { a: u16 },
    /// Panics with the plain run-time error K[k] (a string: Go's `panicwrap` text, `value
    /// method main.T.M called using nil *T pointer`) if R[a] == 0
    NilRecvCheck { a: u16, k: u32 },

    // ---- maps (t = the map type) ----
    /// R[a] := make(map, hint R[b])
    MakeMap { a: u16, t: u32, b: u16 },
    /// R[a] := R[b][R[c]] (zero value if absent; nil map reads as empty)
    MapLoad { a: u16, b: u16, c: u16, t: u32 },
    /// R[a], R[a+1] := R[b][R[c]] with comma-ok
    MapLoadOk { a: u16, b: u16, c: u16, t: u32 },
    /// R[b][R[c]] := R[a]; panics `assignment to entry in nil map`
    MapStore { a: u16, b: u16, c: u16, t: u32 },
    /// delete(R[b], R[c])
    MapDelete { b: u16, c: u16, t: u32 },
    /// R[a] := len(map R[b])
    MapLen { a: u16, b: u16 },
    /// clear(map R[b])
    MapClear { b: u16 },
    /// clear(slice R[b]) of slice type t: every element zero, struct/array elements in place
    SliceClear { b: u16, t: u32 },
    /// R[a] := an iterator over map R[b] (randomised start, as Go)
    MapIter { a: u16, b: u16 },
    /// R[b], R[b+1] := next key, value of iterator R[a]; when exhausted pc += off
    MapNext { a: u16, b: u16, off: i32 },

    // ---- interfaces ----
    /// R[a] := interface holding R[b] with dynamic type t (clones structs/arrays)
    MakeIface { a: u16, b: u16, t: u32 },
    /// R[a] := R[b].(T) for concrete T = t; panics interface conversion (naming R[b]'s
    /// static interface type s)
    AssertType { a: u16, b: u16, t: u32, s: u32 },
    /// R[a], R[a+1] := R[b].(T) comma-ok, concrete T = t
    AssertTypeOk { a: u16, b: u16, t: u32 },
    /// R[a] := R[b].(I) for interface type t (the same box when it implements I)
    AssertIface { a: u16, b: u16, t: u32 },
    /// R[a], R[a+1] := R[b].(I) comma-ok
    AssertIfaceOk { a: u16, b: u16, t: u32 },
    /// R[a] := dynamic type id of interface R[b], or -1 for nil
    IfaceType { a: u16, b: u16 },
    /// R[a] := 1 if type id R[b] implements interface type t (0 for -1)
    Implements { a: u16, b: u16, t: u32 },
    /// R[a] := 1 if type id R[b] is the type t (a concrete case of a type switch)
    IsType { a: u16, b: u16, t: u32 },
    /// R[a] := data word of interface R[b] (a deep copy for struct/array types)
    IfaceData { a: u16, b: u16 },

    // ---- functions and calls ----
    /// Call function f with arguments at R[a..]
    Call { a: u16, f: u32 },
    /// Call the func value R[b] (closure, bound method or native) with arguments at R[a..];
    /// nil → panic
    CallValue { a: u16, b: u16 },
    /// Call method `m` (a method name id) of the interface R[a]; R[a] is replaced by the
    /// receiver (its data word) before the call; nil → panic
    CallIface { a: u16, m: u32 },
    /// Call native n with arguments at R[a..]; results to R[a..]
    CallNative { a: u16, n: u32 },
    /// Return the frame's result registers to the caller (after running pending defers)
    Ret {},
    /// R[a] := closure of function f capturing the box pointers R[b..b+n)
    MakeClosure { a: u16, f: u32, b: u16, n: u16 },
    /// R[a] := the i-th captured box pointer of the running closure
    LoadCapture { a: u16, i: u16 },
    /// R[a] := method value: function f bound to receiver R[b]
    BindMethod { a: u16, f: u32, b: u16 },
    /// R[a] := method value: native method n bound to receiver R[b]
    BindNative { a: u16, n: u32, b: u16 },
    /// R[a] := method value of interface R[b]'s method m
    BindIfaceMethod { a: u16, b: u16, m: u32 },
    /// R[a] := func value for native n
    NativeValue { a: u16, n: u32 },
    /// go R[b](R[a..a+n))
    Go { a: u16, b: u16, n: u16 },
    /// defer R[b](R[a..a+n)) — function value and arguments evaluated now
    Defer { a: u16, b: u16, n: u16 },
    /// panic(R[a]) where R[a] is an interface value
    Panic { a: u16 },
    /// R[a] := recover()
    Recover { a: u16 },

    // ---- channels (t = the channel type) ----
    /// R[a] := make(chan, R[b])
    MakeChan { a: u16, t: u32, b: u16 },
    /// R[b] <- R[a]
    Send { a: u16, b: u16 },
    /// R[a] := <-R[b]
    Recv { a: u16, b: u16 },
    /// R[a], R[a+1] := <-R[b] with comma-ok
    RecvOk { a: u16, b: u16 },
    /// close(R[b])
    Close { b: u16 },
    /// R[a] := len(chan R[b])
    ChanLen { a: u16, b: u16 },
    /// R[a] := cap(chan R[b])
    ChanCap { a: u16, b: u16 },
    /// select over n cases described at R[b..b+3n): (kind 0=recv/1=send, chan, value);
    /// R[a] := chosen case index (n when `default` was taken); R[a+1], R[a+2] := received
    /// value and ok
    Select { a: u16, b: u16, n: u16, default: bool },

    // ---- builtins ----
    /// print R[a] of basic kind `kind` (a `RKind` as u8) to stderr, as Go's print does
    Print { a: u16, kind: u8 },
    /// print a space (println between arguments)
    PrintSpace {},
    /// print a newline
    PrintNewline {},

    // ---- added by the compiler ----
    /// *R[b] := R[a] for a struct/array value of type t: deep-copies R[a]'s contents into the
    /// existing object R[b] in place (nested struct/array fields copied in place too), so
    /// pointers into R[b] stay valid; nil R[b] → panic
    StoreDeep { a: u16, b: u16, t: u32 },
    /// R[a] := &G[g] (address of the global's heap slot)
    GlobalAddr { a: u16, g: u32 },
    /// Like `Ret`, but first (and again after each deferred call) copies the boxed named
    /// results: R[result_base+i] := *R[a+i] for i in 0..n
    RetBoxed { a: u16, n: u16 },
    /// R[a] := (*[N]T)(R[b]) for the pointer-to-array type t: the slice's backing array;
    /// panics if len(R[b]) < N; nil slice → nil pointer
    SliceToArrayPtr { a: u16, b: u16, t: u32 },

    // ---- added by the peephole pass (vm/src/peephole.rs): immediates and fused forms ----
    /// R[a] := R[b] * v
    MulIntImm { a: u16, b: u16, v: i32 },
    /// R[a] := R[b] & v
    AndImm { a: u16, b: u16, v: i32 },
    /// R[a] := R[b] | v
    OrImm { a: u16, b: u16, v: i32 },
    /// R[a] := R[b] ^ v
    XorImm { a: u16, b: u16, v: i32 },
    /// R[a] := R[b] << v (v >= 0; 0 when v >= 64)
    ShlImm { a: u16, b: u16, v: i32 },
    /// R[a] := R[b] >> v arithmetic (v >= 0)
    ShrIntImm { a: u16, b: u16, v: i32 },
    /// R[a] := R[b] >> v logical (v >= 0; 0 when v >= 64)
    ShrUintImm { a: u16, b: u16, v: i32 },
    /// R[a] := R[b] == v
    EqIntImm { a: u16, b: u16, v: i32 },
    /// R[a] := R[b] != v
    NeIntImm { a: u16, b: u16, v: i32 },
    /// R[a] := R[b] < v signed
    LtIntImm { a: u16, b: u16, v: i32 },
    /// R[a] := R[b] <= v signed
    LeIntImm { a: u16, b: u16, v: i32 },
    /// R[a] := R[b] > v signed
    GtIntImm { a: u16, b: u16, v: i32 },
    /// R[a] := R[b] >= v signed
    GeIntImm { a: u16, b: u16, v: i32 },
    /// if R[a] < R[b] signed { pc += off }
    JumpIfLtInt { a: u16, b: u16, off: i32 },
    /// if R[a] <= R[b] signed { pc += off }
    JumpIfLeInt { a: u16, b: u16, off: i32 },
    /// if R[a] == R[b] { pc += off }
    JumpIfEqInt { a: u16, b: u16, off: i32 },
    /// if R[a] != R[b] { pc += off }
    JumpIfNeInt { a: u16, b: u16, off: i32 },
    /// if R[a] < R[b] unsigned { pc += off }
    JumpIfLtUint { a: u16, b: u16, off: i32 },
    /// if R[a] <= R[b] unsigned { pc += off }
    JumpIfLeUint { a: u16, b: u16, off: i32 },
    /// if R[a] == v { pc += off }
    JumpIfEqIntImm { a: u16, v: i32, off: i32 },
    /// if R[a] != v { pc += off }
    JumpIfNeIntImm { a: u16, v: i32, off: i32 },
    /// if R[a] < v signed { pc += off }
    JumpIfLtIntImm { a: u16, v: i32, off: i32 },
    /// if R[a] <= v signed { pc += off }
    JumpIfLeIntImm { a: u16, v: i32, off: i32 },
    /// if R[a] > v signed { pc += off }
    JumpIfGtIntImm { a: u16, v: i32, off: i32 },
    /// if R[a] >= v signed { pc += off }
    JumpIfGeIntImm { a: u16, v: i32, off: i32 },
    /// if R[a] < R[b] as float64 { pc += off }
    JumpIfLtFloat { a: u16, b: u16, off: i32 },
    /// if R[a] <= R[b] as float64 { pc += off }
    JumpIfLeFloat { a: u16, b: u16, off: i32 },
    /// if !(R[a] < R[b]) as float64 (true for NaN) { pc += off }
    JumpIfNotLtFloat { a: u16, b: u16, off: i32 },
    /// if !(R[a] <= R[b]) as float64 (true for NaN) { pc += off }
    JumpIfNotLeFloat { a: u16, b: u16, off: i32 },
    /// if R[a] == R[b] as float64 { pc += off }
    JumpIfEqFloat { a: u16, b: u16, off: i32 },
    /// if R[a] != R[b] as float64 (true for NaN) { pc += off }
    JumpIfNeFloat { a: u16, b: u16, off: i32 },
    /// R[a] += s; if R[a] < R[b] signed { pc += off }   (loop step fused with its back-branch)
    AddJumpIfLtInt { a: u16, s: i16, b: u16, off: i32 },
    /// R[a] += s; if R[a] <= R[b] signed { pc += off }
    AddJumpIfLeInt { a: u16, s: i16, b: u16, off: i32 },
    /// R[a] += s; if R[a] < v signed { pc += off }
    AddJumpIfLtIntImm { a: u16, s: i16, v: i32, off: i32 },
    /// R[a] += s; if R[a] <= v signed { pc += off }
    AddJumpIfLeIntImm { a: u16, s: i16, v: i32, off: i32 },
    /// R[a] += s; if R[a] > v signed { pc += off }
    AddJumpIfGtIntImm { a: u16, s: i16, v: i32, off: i32 },
    /// R[a] += s; if R[a] >= v signed { pc += off }
    AddJumpIfGeIntImm { a: u16, s: i16, v: i32, off: i32 },
    /// R[a] := R[b].field[i]; then R[c] := R[d].field[j]   (two `FieldLoad`s, in order)
    FieldLoad2 { a: u16, b: u16, i: u16, c: u16, d: u16, j: u16 },
    /// R[a] := R[b] + R[c] * R[d] (float64; the product is rounded first, no FMA)
    MulAddFloat { a: u16, b: u16, c: u16, d: u16 },
    /// R[a] := R[b] - R[c] * R[d] (float64; the product is rounded first, no FMA)
    MulSubFloat { a: u16, b: u16, c: u16, d: u16 },

    // ---- complex numbers (a word is 0 = 0+0i or an immutable 2-word {re, im} object) ----
    /// R[a] := complex(R[b], R[c]) (two float64 words; allocates)
    MakeComplex { a: u16, b: u16, c: u16 },
    /// R[a] := real(R[b])
    RealPart { a: u16, b: u16 },
    /// R[a] := imag(R[b])
    ImagPart { a: u16, b: u16 },
    /// R[a] := R[b] + R[c] (complex128)
    AddComplex { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] - R[c] (complex128)
    SubComplex { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] * R[c] (complex128, as Go: (ac-bd) + (ad+bc)i, no FMA)
    MulComplex { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] / R[c] (Go's runtime complex128div: Smith's algorithm + C99 Inf/NaN fixup;
    /// never panics)
    DivComplex { a: u16, b: u16, c: u16 },
    /// R[a] := -R[b] (both parts negated)
    NegComplex { a: u16, b: u16 },
    /// R[a] := R[b] == R[c] (both parts equal as float64)
    EqComplex { a: u16, b: u16, c: u16 },
    /// R[a] := R[b] with both parts rounded to float32 (complex64 results and conversions)
    RoundC64 { a: u16, b: u16 },

    // ---- race detector checks (vm/src/race_instrument.rs; only in `-race` programs) ----
    // Each precedes the access it checks (w: the access writes). A bad operand (nil, out of
    // range) is not checked: the access itself panics.
    /// first of every function: a new frame (the stacks reports print, see `vm::race`)
    RaceEnter {},
    /// after an instruction that may allocate R[a] of type t: its objects (a slice's array)
    /// remember t, for the `Location is …` line of reports
    RaceAlloc { a: u16, t: u32 },
    /// after `Box`: the box R[a] holds local variable v (`Program::boxed_vars`)
    RaceVar { a: u16, v: u32 },
    /// the global G[g]
    RaceGlobal { g: u32, w: bool },
    /// the word or byte R[b] points to
    RacePtr { b: u16, w: bool },
    /// field f of the struct object R[b]
    RaceField { b: u16, f: u16, w: bool },
    /// element R[c] of the slice R[b]
    RaceSlice { b: u16, c: u16, w: bool },
    /// element R[c] of the array object R[b]
    RaceArray { b: u16, c: u16, w: bool },
    /// the map or channel object R[b] itself (lookups, len, range and sends read it; stores,
    /// deletes, clear and close write it), made in Go by runtime function rt
    /// (`race_frames`; 0: in the program's own code)
    RaceObject { b: u16, w: bool, rt: u8 },
    /// the value of key R[c] in the map R[b] of type t: read if the key is present (a
    /// lookup), written (an assignment); Go's runtime hands out the value's slot, which the
    /// program then reads or writes itself
    RaceMapSlot { b: u16, c: u16, t: u32, w: bool },
    /// every element of the struct or array object R[b] (a whole-value copy or assignment),
    /// made in Go by runtime function rt
    RaceWhole { b: u16, w: bool, rt: u8 },
    /// every element of the slice R[b] read, in Go by runtime function rt (string(R[b]))
    RaceSliceRead { b: u16, rt: u8 },
    /// copy(R[b], R[c]): the elements copied, written in R[b] and read in R[c] (unless R[c]
    /// is a string)
    RaceCopy { b: u16, c: u16 },
    /// append(R[b], n elements): the n elements written in place when they fit R[b]'s
    /// capacity, else R[b]'s elements read (copied to the new array, Go's growslice)
    RaceAppend { b: u16, n: u16 },
    /// append(R[b], R[c]...): R[c]'s elements read (unless R[c] is a string), then as
    /// RaceAppend with len(R[c]) elements
    RaceAppendSlice { b: u16, c: u16 },
}

impl Instr {
    /// The jump offset of a branch instruction, for patching.
    pub fn set_jump_offset(&mut self, new: i32) {
        match self {
            Instr::Jump { off }
            | Instr::JumpIf { off, .. }
            | Instr::JumpIfNot { off, .. }
            | Instr::JumpIfNotLtInt { off, .. }
            | Instr::MapNext { off, .. } => *off = new,
            other if other.jump_offset().is_some() => other.set_off(new),
            other => panic!("set_jump_offset on non-branch {}", other.name()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_stay_small() {
        assert!(std::mem::size_of::<Instr>() <= 16);
    }

    #[test]
    fn disassembly_names_operands() {
        let i = Instr::AddInt { a: 1, b: 2, c: 3 };
        assert_eq!(i.disassemble(), "AddInt a=1 b=2 c=3");
    }
}
