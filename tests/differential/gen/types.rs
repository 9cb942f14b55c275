//! The type model of generated programs: Go's numeric kinds, strings, bools, and composite
//! types built from them. Invariants: struct `i` only contains (or embeds) structs `j > i`, so
//! struct types are finite and acyclic; struct fields are comparable (no slices or maps), so
//! every struct supports `==`; every field name is unique in the whole program, so promoted
//! fields of embedded structs are never ambiguous.

use crate::rng::Rng;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IntK {
    Int,
    I8,
    I16,
    I32,
    I64,
    Uint,
    U8,
    U16,
    U32,
    U64,
    Uintptr,
}

pub const INT_KINDS: [IntK; 11] = [
    IntK::Int,
    IntK::I8,
    IntK::I16,
    IntK::I32,
    IntK::I64,
    IntK::Uint,
    IntK::U8,
    IntK::U16,
    IntK::U32,
    IntK::U64,
    IntK::Uintptr,
];

impl IntK {
    pub fn name(self) -> &'static str {
        match self {
            IntK::Int => "int",
            IntK::I8 => "int8",
            IntK::I16 => "int16",
            IntK::I32 => "int32",
            IntK::I64 => "int64",
            IntK::Uint => "uint",
            IntK::U8 => "uint8",
            IntK::U16 => "uint16",
            IntK::U32 => "uint32",
            IntK::U64 => "uint64",
            IntK::Uintptr => "uintptr",
        }
    }

    pub fn bits(self) -> u32 {
        match self {
            IntK::I8 | IntK::U8 => 8,
            IntK::I16 | IntK::U16 => 16,
            IntK::I32 | IntK::U32 => 32,
            _ => 64,
        }
    }

    pub fn signed(self) -> bool {
        matches!(
            self,
            IntK::Int | IntK::I8 | IntK::I16 | IntK::I32 | IntK::I64
        )
    }

    pub fn min(self) -> i128 {
        if self.signed() {
            -(1i128 << (self.bits() - 1))
        } else {
            0
        }
    }

    pub fn max(self) -> i128 {
        if self.signed() {
            (1i128 << (self.bits() - 1)) - 1
        } else {
            (1i128 << self.bits()) - 1
        }
    }

    /// A value in range, biased towards the edges where wrapping happens.
    pub fn value(self, rng: &mut Rng) -> i128 {
        let (lo, hi) = (self.min(), self.max());
        match rng.below(8) {
            0 => lo,
            1 => hi,
            2 => 0,
            3 => 1.min(hi),
            4 => (hi - rng.range(0, 3) as i128).max(lo),
            5 => (lo + rng.range(0, 3) as i128).min(hi),
            6 => (rng.range(-20, 20) as i128).clamp(lo, hi),
            _ => {
                let span = (hi - lo) as u128 + 1;
                let r = ((rng.next() as u128) << 64 | rng.next() as u128) % span;
                lo + r as i128
            }
        }
    }
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Ty {
    Int(IntK),
    F32,
    F64,
    Bool,
    Str,
    Slice(Box<Ty>),
    Array(usize, Box<Ty>),
    Map(Box<Ty>, Box<Ty>),
    Struct(usize),
    Ptr(Box<Ty>),
}

impl Ty {
    pub fn go(&self) -> String {
        match self {
            Ty::Int(k) => k.name().to_string(),
            Ty::F32 => "float32".into(),
            Ty::F64 => "float64".into(),
            Ty::Bool => "bool".into(),
            Ty::Str => "string".into(),
            Ty::Slice(e) => format!("[]{}", e.go()),
            Ty::Array(n, e) => format!("[{n}]{}", e.go()),
            Ty::Map(k, v) => format!("map[{}]{}", k.go(), v.go()),
            Ty::Struct(i) => format!("S{i}"),
            Ty::Ptr(t) => format!("*{}", t.go()),
        }
    }

    pub fn is_int(&self) -> bool {
        matches!(self, Ty::Int(_))
    }

    /// Scalars: the types with literals, operators and `fold` conversions of their own.
    pub fn is_scalar(&self) -> bool {
        matches!(self, Ty::Int(_) | Ty::F32 | Ty::F64 | Ty::Bool | Ty::Str)
    }
}

/// A random scalar type; ints are the most frequent.
pub fn scalar(rng: &mut Rng) -> Ty {
    match rng.below(10) {
        0..=5 => Ty::Int(*rng.pick(&INT_KINDS)),
        6 => Ty::F64,
        7 => Ty::F32,
        8 => Ty::Str,
        _ => Ty::Bool,
    }
}

pub struct Field {
    pub name: String,
    pub ty: Ty,
    /// An embedded field (`ty` is then a struct): its name is the type's name.
    pub embedded: bool,
}

pub struct StructDef {
    pub fields: Vec<Field>,
}

impl StructDef {
    pub fn decl(&self, index: usize) -> String {
        let mut s = format!("type S{index} struct {{\n");
        for f in &self.fields {
            if f.embedded {
                s += &format!("\t{}\n", f.ty.go());
            } else {
                s += &format!("\t{} {}\n", f.name, f.ty.go());
            }
        }
        s + "}\n"
    }
}

/// Generates `count` struct types obeying the module invariants.
pub fn structs(rng: &mut Rng, count: usize) -> Vec<StructDef> {
    let mut defs: Vec<StructDef> = Vec::new();
    let mut field_no = 0;
    // Built from the last to the first so that struct i can refer to structs j > i.
    for i in (0..count).rev() {
        let mut fields = Vec::new();
        let mut embedded = false;
        for _ in 0..rng.range(1, 4) {
            let later = count - 1 - i; // structs i+1.. exist already
            let ty = if later > 0 && rng.chance(1, 4) {
                Ty::Struct(i + 1 + rng.below(later))
            } else if rng.chance(1, 6) {
                Ty::Array(rng.range(1, 3) as usize, Box::new(scalar(rng)))
            } else {
                scalar(rng)
            };
            let embed = matches!(ty, Ty::Struct(j) if !embedded
                && !fields.iter().any(|f: &Field| f.ty == Ty::Struct(j)))
                && rng.chance(1, 2);
            embedded |= embed;
            let name = if embed {
                ty.go()
            } else {
                field_no += 1;
                format!("f{}_{field_no}", i)
            };
            fields.push(Field {
                name,
                ty,
                embedded: embed,
            });
        }
        defs.push(StructDef { fields });
    }
    defs.reverse();
    defs
}
