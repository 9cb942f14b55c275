//! The compiled program: functions, constants, globals, runtime type descriptors and the
//! native table. Produced once by `compile`, then shared read-only (`Arc<Program>`) by every
//! goroutine on every worker thread.
//!
//! Invariants: `types[i]` describes the checker's `TypeId(i)` (same numbering), so a type id
//! stored in an interface box indexes `types` directly; every `Instr` operand index (`f`, `n`,
//! `k`, `t`, `g`, `m`) is in range for its table; `funcs[main]` takes no arguments.

use crate::bytecode::Instr;
use crate::native::NativeFn;
use runtime::heap::Word;
use std::collections::HashMap;

/// A compiled Go function (or method, or function literal).
#[derive(Debug, Clone)]
pub struct FuncProto {
    /// Go's name for tracebacks: `main.f`, `main.(*T).m`, `main.main.func1`.
    pub name: String,
    pub code: Vec<Instr>,
    /// Source line of each instruction (same length as `code`).
    pub lines: Vec<u32>,
    /// Registers the frame needs (parameters first).
    pub nregs: u16,
    /// Number of parameter words (receiver first for methods).
    pub nparams: u16,
    /// Register holding the first result; results are consecutive.
    pub result_base: u16,
    pub nresults: u16,
    /// The receiver (parameter 0) is a struct/array value the callee must own (a copy).
    pub recv_by_value: bool,
}

impl FuncProto {
    /// A function not compiled yet (its index reserved).
    pub fn named(name: String) -> FuncProto {
        FuncProto {
            name,
            code: vec![],
            lines: vec![],
            nregs: 0,
            nparams: 0,
            result_base: 0,
            nresults: 0,
            recv_by_value: false,
        }
    }
}

/// Declares `RKind` and `RKind::ALL` from one list of kinds.
macro_rules! rkinds {
    ($( $(#[doc = $doc:literal])* $kind:ident ),* $(,)?) => {
        /// Kind of a runtime type, after `reflect.Kind`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum RKind {
            $( $(#[doc = $doc])* $kind ),*
        }

        impl RKind {
            /// Every kind, in declaration order (so `ALL[k as usize] == k`).
            const ALL: &'static [RKind] = &[$( RKind::$kind ),*];
        }
    };
}

rkinds! {
    Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
    Float32, Float64, Complex64, Complex128, String, UnsafePointer, Pointer, Slice, Array,
    Map, Chan, Struct, Func, Interface,
    /// Untyped nil and other checker-only types.
    Invalid,
}

impl RKind {
    /// The kind whose `as u8` value is `v` (the `Print` instruction's operand); `Invalid`
    /// for anything else.
    pub fn from_u8(v: u8) -> RKind {
        Self::ALL.get(v as usize).copied().unwrap_or(RKind::Invalid)
    }
}

#[derive(Debug, Clone)]
pub struct RField {
    pub name: String,
    pub typ: u32,
    pub embedded: bool,
    pub exported: bool,
    /// The struct tag (unquoted; "" when none), read by `encoding/json`.
    pub tag: String,
}

/// A method in a type's method set.
#[derive(Debug, Clone)]
pub struct RMethod {
    /// Method name id (index into `Program::method_names`).
    pub name: u32,
    /// The compiled function (receiver as parameter 0).
    pub func: MethodImpl,
    /// The method has a pointer receiver (so it is only in `*T`'s method set).
    pub ptr_recv: bool,
}

#[derive(Debug, Clone, Copy)]
pub enum MethodImpl {
    Func(u32),
    Native(u32),
}

/// Runtime type descriptor (what `%T`, `%v`, interfaces, maps and the GC-free deep
/// operations need).
#[derive(Debug, Clone)]
pub struct RType {
    pub kind: RKind,
    /// Go's spelling for `%T`: `int`, `main.T`, `[]string`, `map[string]int`, `*main.T`.
    pub name: String,
    /// Defined type (has a name of its own).
    pub named: bool,
    /// Element type (pointer, slice, array, chan, map value).
    pub elem: u32,
    /// Map key type.
    pub key: u32,
    /// Array length.
    pub len: u64,
    pub fields: Vec<RField>,
    /// Method set of the *value* type for named types (value receivers), and of `*T` for
    /// pointer types (value and pointer receivers), sorted by name id.
    pub methods: Vec<RMethod>,
    /// For interface types: the sorted method name ids.
    pub iface_methods: Vec<u32>,
}

/// `Box::v` of a box that holds no named variable (`new(T)`, `&x` of a literal).
pub const NO_VAR: u32 = u32::MAX;

/// A package-level variable slot and its zero value type.
#[derive(Debug, Clone)]
pub struct Global {
    pub name: String,
    pub typ: u32,
    /// Line of its declaration (race reports say where the raced variable is declared); 0 when
    /// it has none in the source (a REPL session variable).
    pub line: u32,
}

pub struct Program {
    pub funcs: Vec<FuncProto>,
    /// go1.19 runs `go f(args)` (a call with arguments, a receiver or results) in a closure
    /// it synthesises, which race reports show as the goroutine's outermost frame: keyed by
    /// the creating function and the line of its `Go` instruction (the goroutine's
    /// `created_by`), that closure's name (`main.main.func3`) and line (the call's `(`).
    pub go_wrappers: HashMap<(u32, u32), (String, u32)>,
    pub natives: Vec<NativeFn>,
    /// Constant pool; string constants are heap objects allocated at load time and rooted.
    pub consts: Vec<Word>,
    pub globals: Vec<Global>,
    /// Local variables that live in boxes, by `Box::v`: (name, line of the declaration),
    /// for race reports.
    pub boxed_vars: Vec<(String, u32)>,
    pub types: Vec<RType>,
    /// Method names, interned (`CallIface::m` indexes this).
    pub method_names: Vec<String>,
    /// Runs package-level variable initialisers then every `init()`, then returns.
    pub init: u32,
    pub main: u32,
    /// Types the runtime and natives create values of without the checker knowing them
    /// (`runtime.Error`, `*errors.errorString`, …): see `RuntimeTypes`. The compiler fills
    /// this by calling `RuntimeTypes::append` after building `types` from the checker's table.
    pub rt: RuntimeTypes,
    /// The source files as tracebacks name them, each with the program-wide line its first
    /// line has: the lines of `FuncProto::lines` count through all the files of the package
    /// (`lang::package::Sources`); `position` maps them back.
    pub files: Vec<(String, u32)>,
}

impl Program {
    /// (index in `files`, line in that file) of a program-wide line.
    pub fn file_line(&self, line: u32) -> (usize, u32) {
        let i = self
            .files
            .partition_point(|&(_, first)| first <= line)
            .saturating_sub(1);
        let first = self.files.get(i).map_or(1, |f| f.1);
        (i, (line + 1).saturating_sub(first))
    }

    /// (file name, line in that file) of a program-wide line.
    pub fn position(&self, line: u32) -> (String, u32) {
        let (i, line) = self.file_line(line);
        let name = self.files.get(i).map(|f| f.0.clone()).unwrap_or_default();
        (name, line)
    }
}

/// Type ids of dynamic types that the runtime and natives produce.
#[derive(Debug, Clone, Copy, Default)]
pub struct RuntimeTypes {
    /// What `recover()` returns for run-time errors, by kind as Go's dynamic types:
    /// `runtime.boundsError` (index and slice bounds), `*runtime.TypeAssertionError` and
    /// `runtime.errorString` (the rest). Each is a named string holding the full text and
    /// implements the `runtime.Error` interface.
    pub bounds_error: u32,
    pub type_assertion_error: u32,
    pub runtime_error_string: u32,
    /// `runtime.plainError` (a named string), for `send on closed channel` and friends.
    pub plain_error: u32,
    /// `*errors.errorString`: a pointer to a one-word object holding the message string
    /// (pointer identity makes two `errors.New("x")` unequal, as in Go).
    pub error_string: u32,
    /// `*fmt.wrapError`: a pointer to a two-word object `[message string, wrapped error]`,
    /// returned by `fmt.Errorf` with `%w`; it has `Error` and `Unwrap` methods.
    pub wrap_error: u32,
    /// `context.deadlineExceededError`, the type of `context.DeadlineExceeded` (a named string
    /// holding its text; `Timeout()` and `Temporary()` are true, as for a net timeout).
    pub deadline_exceeded: u32,
}

impl RuntimeTypes {
    /// Appends the runtime's own types (and the natives implementing their methods) to a
    /// program's tables and returns their ids. `string_type` is the id of `string`.
    pub fn append(
        types: &mut Vec<RType>,
        natives: &mut Vec<NativeFn>,
        method_names: &mut Vec<String>,
        string_type: u32,
    ) -> RuntimeTypes {
        let mut name_id = |n: &str| -> u32 {
            match method_names.iter().position(|m| m == n) {
                Some(i) => i as u32,
                None => {
                    method_names.push(n.to_string());
                    (method_names.len() - 1) as u32
                }
            }
        };
        let error_name = name_id("Error");
        let runtime_error_name = name_id("RuntimeError");
        let unwrap_name = name_id("Unwrap");
        let timeout_name = name_id("Timeout");
        let temporary_name = name_id("Temporary");
        let mut native = |f: NativeFn| -> MethodImpl {
            natives.push(f);
            MethodImpl::Native((natives.len() - 1) as u32)
        };
        let string_error = native(crate::native::ERROR_STRING_METHOD);
        let boxed_error = native(crate::native::ERROR_BOXED_METHOD);
        let wrap_unwrap = native(crate::native::UNWRAP_METHOD);
        let marker = native(crate::native::RUNTIME_ERROR_MARKER_METHOD);
        let true_method = native(crate::native::TRUE_METHOD);
        let mut add = |t: RType| -> u32 {
            types.push(t);
            (types.len() - 1) as u32
        };
        let base = RType {
            kind: RKind::String,
            name: String::new(),
            named: true,
            elem: 0,
            key: 0,
            len: 0,
            fields: Vec::new(),
            methods: Vec::new(),
            iface_methods: Vec::new(),
        };
        let error_method = |func| RMethod {
            name: error_name,
            func,
            ptr_recv: false,
        };
        // Both implement the `runtime.Error` interface (`Error` + `RuntimeError`).
        let mut runtime_methods = vec![
            error_method(string_error),
            RMethod {
                name: runtime_error_name,
                func: marker,
                ptr_recv: false,
            },
        ];
        runtime_methods.sort_by_key(|m| m.name);
        let mut runtime_error = |name: &str| {
            add(RType {
                name: name.into(),
                methods: runtime_methods.clone(),
                ..base.clone()
            })
        };
        let bounds_error = runtime_error("runtime.boundsError");
        let type_assertion_error = runtime_error("*runtime.TypeAssertionError");
        let runtime_error_string = runtime_error("runtime.errorString");
        let plain_error = add(RType {
            name: "runtime.plainError".into(),
            methods: runtime_methods,
            ..base.clone()
        });
        let error_string = add(RType {
            kind: RKind::Pointer,
            name: "*errors.errorString".into(),
            named: false,
            elem: string_type,
            methods: vec![error_method(boxed_error)],
            ..base.clone()
        });
        let mut wrap_methods = vec![
            error_method(boxed_error),
            RMethod {
                name: unwrap_name,
                func: wrap_unwrap,
                ptr_recv: false,
            },
        ];
        wrap_methods.sort_by_key(|m| m.name);
        let wrap_error = add(RType {
            kind: RKind::Pointer,
            name: "*fmt.wrapError".into(),
            named: false,
            elem: string_type,
            methods: wrap_methods,
            ..base.clone()
        });
        let mut deadline_methods = vec![error_method(string_error)];
        for name in [timeout_name, temporary_name] {
            deadline_methods.push(RMethod {
                name,
                func: true_method,
                ptr_recv: false,
            });
        }
        deadline_methods.sort_by_key(|m| m.name);
        let deadline_exceeded = add(RType {
            name: "context.deadlineExceededError".into(),
            methods: deadline_methods,
            ..base
        });
        RuntimeTypes {
            bounds_error,
            type_assertion_error,
            runtime_error_string,
            plain_error,
            error_string,
            wrap_error,
            deadline_exceeded,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RKind;

    #[test]
    fn kinds_round_trip_through_u8() {
        for (i, k) in RKind::ALL.iter().enumerate() {
            assert_eq!(*k as usize, i);
            assert_eq!(RKind::from_u8(i as u8), *k);
        }
        assert_eq!(RKind::from_u8(200), RKind::Invalid);
    }
}
