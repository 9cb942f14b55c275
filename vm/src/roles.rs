//! Operand roles: what each operand of an instruction means, as `opcodes!` declares it
//! (`AddInt { a: Dst, b: Src, c: Src }`). Every pass that needs to know which registers an
//! instruction reads or writes, where it jumps, or which program table an operand indexes
//! reads it from here — the liveness effects, the verifier, jump relinking, the session
//! linker's relocation — so a new opcode is described in one place.
//!
//! Declared roles (the tokens of `opcodes!`) and the field type each one gives:
//! - registers (u16): `Dst` (written), `DstPair` / `DstTriple` (`R[x..x+2)` / `R[x..x+3)`
//!   written), `MayDstPair` (`R[x..x+2)` written only on one path: `MapNext`), `Src` (read),
//!   `SrcDst` (read, then written), `OptSrc` (read unless it is `NO_REG`), `SrcRange(n)` /
//!   `SrcTriples(n)` (`R[x..x+n)` / `R[x..x+3n)` read, `n` the instruction's count operand),
//!   `CallWindow` (a call's arguments and results: every register from `R[x]` upward);
//! - `Offset` (i32): a jump offset relative to the next instruction;
//! - indices into program tables: `Func`, `Native`, `Const`, `Global`, `Type`, `Method`
//!   (u32) and `BoxedVar` (u32, or `NO_VAR`);
//! - literals, never an index the dispatch loop trusts: `Field` and `Capture` (u16, checked
//!   where used), `Count` (u16), `Imm` (i32), `Imm16` and `Step` (i16), `Bits`, `Kind` and
//!   `RaceFrame` (u8), `Flag` (bool).
//!
//! Invariant: a register role's width is exact for reads and definite writes (`Reads`,
//! `Writes`); anything an instruction only might write is `MayWrite` or `CallWindow`.

use crate::bytecode::IdKind;

/// The register index that stands for an omitted `OptSrc` operand (`SliceSlice`'s high and
/// max bounds).
pub const NO_REG: u16 = u16::MAX;

/// What one operand is, its widths evaluated (a range's count operand read).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// `R[x..x+n)` read.
    Reads(u32),
    /// `R[x..x+n)` written whenever the instruction completes normally.
    Writes(u32),
    /// `R[x..x+n)` possibly written.
    MayWrite(u32),
    /// `R[x..x+n)` read, then written (a loop counter stepped in place).
    Updates(u32),
    /// A call window: every register from `R[x]` upward read (arguments) and possibly
    /// written (results); the callee's exact width is `liveness::CallWidths`' business.
    CallWindow,
    /// An omitted optional register (`NO_REG`): touches nothing.
    Absent,
    /// A jump offset relative to the next instruction.
    Offset,
    /// An index into a program table.
    Index(IdKind),
    /// An immediate, a count, a step, a flag, a field or capture number.
    Literal,
}

/// One operand of an instruction: its field name, role and value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Operand {
    pub name: &'static str,
    pub role: Role,
    pub value: i64,
}

impl Operand {
    /// The registers this operand names, as `(first, count)`; `None` for a call window
    /// (open-ended) and for every non-register operand.
    pub fn registers(&self) -> Option<(u16, u32)> {
        match self.role {
            Role::Reads(n) | Role::Writes(n) | Role::MayWrite(n) | Role::Updates(n) => {
                Some((self.value as u16, n))
            }
            _ => None,
        }
    }
}

/// The most operands an instruction has.
pub const MAX_OPERANDS: usize = 6;

/// An instruction's operands in declaration order (no allocation).
#[derive(Clone, Copy, Debug)]
pub struct Operands {
    ops: [Operand; MAX_OPERANDS],
    len: usize,
}

impl Operands {
    pub(crate) fn new() -> Operands {
        let none = Operand {
            name: "",
            role: Role::Literal,
            value: 0,
        };
        Operands {
            ops: [none; MAX_OPERANDS],
            len: 0,
        }
    }

    pub(crate) fn push(&mut self, op: Operand) {
        self.ops[self.len] = op;
        self.len += 1;
    }
}

impl std::ops::Deref for Operands {
    type Target = [Operand];
    fn deref(&self) -> &[Operand] {
        &self.ops[..self.len]
    }
}

/// The field type of each declared role: `opcodes!` writes the role as the field's type
/// (`a: Dst`; a range `SrcRange(n)` has the type `SrcRange`).
pub mod types {
    pub type Dst = u16;
    pub type DstPair = u16;
    pub type DstTriple = u16;
    pub type MayDstPair = u16;
    pub type Src = u16;
    pub type SrcDst = u16;
    pub type OptSrc = u16;
    pub type SrcRange = u16;
    pub type SrcTriples = u16;
    pub type CallWindow = u16;
    pub type Offset = i32;
    pub type Func = u32;
    pub type Native = u32;
    pub type Const = u32;
    pub type Global = u32;
    pub type Type = u32;
    pub type Method = u32;
    pub type BoxedVar = u32;
    pub type Field = u16;
    pub type Capture = u16;
    pub type Count = u16;
    pub type Imm = i32;
    pub type Imm16 = i16;
    pub type Step = i16;
    pub type Bits = u8;
    pub type Kind = u8;
    pub type RaceFrame = u8;
    pub type Flag = bool;
}

/// The evaluated [`Role`] of a declared role whose operand holds `$v` (`$count`: the value
/// of the count operand a range names).
macro_rules! operand_role {
    (Dst, $v:expr) => {
        $crate::roles::Role::Writes(1)
    };
    (DstPair, $v:expr) => {
        $crate::roles::Role::Writes(2)
    };
    (DstTriple, $v:expr) => {
        $crate::roles::Role::Writes(3)
    };
    (MayDstPair, $v:expr) => {
        $crate::roles::Role::MayWrite(2)
    };
    (Src, $v:expr) => {
        $crate::roles::Role::Reads(1)
    };
    (SrcDst, $v:expr) => {
        $crate::roles::Role::Updates(1)
    };
    (OptSrc, $v:expr) => {
        if $v == $crate::roles::NO_REG as i64 {
            $crate::roles::Role::Absent
        } else {
            $crate::roles::Role::Reads(1)
        }
    };
    (SrcRange, $v:expr, $count:expr) => {
        $crate::roles::Role::Reads($count as u32)
    };
    (SrcTriples, $v:expr, $count:expr) => {
        $crate::roles::Role::Reads(3 * $count as u32)
    };
    (CallWindow, $v:expr) => {
        $crate::roles::Role::CallWindow
    };
    (Offset, $v:expr) => {
        $crate::roles::Role::Offset
    };
    (Func, $v:expr) => {
        $crate::roles::Role::Index($crate::bytecode::IdKind::Func)
    };
    (Native, $v:expr) => {
        $crate::roles::Role::Index($crate::bytecode::IdKind::Native)
    };
    (Const, $v:expr) => {
        $crate::roles::Role::Index($crate::bytecode::IdKind::Const)
    };
    (Global, $v:expr) => {
        $crate::roles::Role::Index($crate::bytecode::IdKind::Global)
    };
    (Type, $v:expr) => {
        $crate::roles::Role::Index($crate::bytecode::IdKind::Type)
    };
    (Method, $v:expr) => {
        $crate::roles::Role::Index($crate::bytecode::IdKind::MethodName)
    };
    (BoxedVar, $v:expr) => {
        $crate::roles::Role::Index($crate::bytecode::IdKind::BoxedVar)
    };
    ($literal:ident, $v:expr) => {
        $crate::roles::Role::Literal
    };
}

/// How control leaves an instruction (declared as `=> Flow` after its operands; `Next` when
/// omitted). A jump offset operand adds its target to `Next`'s fall-through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// Continues at the next instruction (or its jump target).
    Next,
    /// Always jumps (`Jump`): no fall-through.
    Jump,
    /// Leaves the frame (`Ret`, `RetBoxed`, `Panic`): no successor in the function.
    Exit,
    /// Runs or schedules Go code, or acts on another frame (calls, `go`, `defer`,
    /// `recover`): nothing is moved across it.
    Call,
    /// May park the goroutine (channel operations): nothing is moved across it.
    Block,
}

impl Flow {
    /// Whether control always reaches the next instruction (or the jump target) without
    /// leaving the frame or the goroutine running: constants may be folded across it.
    pub fn straight(self) -> bool {
        matches!(self, Flow::Next | Flow::Jump)
    }

    /// Whether the instruction never falls through to the next one.
    pub fn terminates(self) -> bool {
        matches!(self, Flow::Jump | Flow::Exit)
    }
}

pub(crate) use operand_role;
