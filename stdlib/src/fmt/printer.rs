//! Go's `fmt/print.go` printer (`pp`): `do_printf`, `do_print`, `do_println`, `print_arg`,
//! `print_value`, `handle_methods` (Error/String with `%!v(PANIC=String method: …)`),
//! `bad_verb`, `%w` bookkeeping for Errorf — generic over a [`Host`] that exposes Go values
//! the way `reflect` does, so the logic runs both on VM values and on test values.

use super::verbs::{Flags, Fmt};

/// `reflect.Kind` as the printer needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Invalid,
    Bool,
    Int,
    Uint,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    Map,
    Struct,
    Interface,
    Array,
    Slice,
    Pointer,
    Chan,
    Func,
    UnsafePointer,
}

/// How calling `Error()`/`String()` failed.
pub enum MethodFailure<V, E> {
    /// The method panicked with this value (printed as `%!v(PANIC=String method: <v>)`).
    Panicked(V),
    /// The method panicked with a run-time error text (printed verbatim).
    PanickedText(String),
    /// Not a Go panic (exit, fatal error): propagate.
    Abort(E),
}

/// Access to Go values, after `reflect.Value`.
/// Map entries as (key, value) pairs, in `internal/fmtsort` order.
pub type MapEntries<V> = Vec<(V, V)>;

/// What a method called by the printer returned: its text, or how it failed.
pub type MethodResult<V, E> = Result<Vec<u8>, MethodFailure<V, E>>;

pub trait Host {
    type V: Clone;
    type Err;
    fn kind(&self, v: &Self::V) -> Kind;
    /// `reflect.Type.String()`.
    fn type_name(&self, v: &Self::V) -> String;
    fn bool_of(&self, v: &Self::V) -> bool;
    fn int_of(&self, v: &Self::V) -> i64;
    fn uint_of(&self, v: &Self::V) -> u64;
    fn float_of(&self, v: &Self::V) -> f64;
    fn complex_of(&self, v: &Self::V) -> (f64, f64);
    fn string_of(&self, v: &Self::V) -> Vec<u8>;
    /// Nil map/slice/pointer/func/chan/interface.
    fn is_nil(&self, v: &Self::V) -> bool;
    /// Address for `%p` and pointer-ish kinds.
    fn pointer(&self, v: &Self::V) -> u64;
    fn len(&self, v: &Self::V) -> usize;
    /// Array/slice element.
    fn index(&self, v: &Self::V, i: usize) -> Self::V;
    /// Element kind of an array/slice is uint8.
    fn elem_is_u8(&self, v: &Self::V) -> bool;
    fn num_field(&self, v: &Self::V) -> usize;
    fn field_name(&self, v: &Self::V, i: usize) -> String;
    /// Field `i`, unwrapped when it is a non-nil interface (Go's `getField`).
    fn field(&self, v: &Self::V, i: usize) -> Self::V;
    /// Pointer or interface target (`Invalid` for a nil interface).
    fn elem(&self, v: &Self::V) -> Self::V;
    /// Map entries in `internal/fmtsort` order.
    fn map_sorted(&mut self, v: &Self::V) -> Result<MapEntries<Self::V>, Self::Err>;
    /// `reflect.Value.CanInterface()` (false below unexported fields).
    fn can_interface(&self, v: &Self::V) -> bool;
    /// Whether the value's dynamic type has method `name` (`Error`, `String`).
    fn has_method(&self, v: &Self::V, name: &str) -> bool;
    /// An error to stop with when the native stack is nearly exhausted (printing recurses
    /// over nested values); `None` while there is room.
    fn stack_exhausted(&self) -> Option<Self::Err> {
        None
    }
    /// Calls the value's `Format(fmt.State, rune)` method (`None`: it has none) with a State
    /// carrying `flags`; returns what it wrote.
    fn call_format(
        &mut self,
        v: &Self::V,
        verb: char,
        flags: Flags,
    ) -> Option<MethodResult<Self::V, Self::Err>>;
    /// Calls `name() string` on the value.
    fn call_string_method(
        &mut self,
        v: &Self::V,
        name: &str,
    ) -> Result<Vec<u8>, MethodFailure<Self::V, Self::Err>>;
}

pub struct Printer<'h, H: Host> {
    pub host: &'h mut H,
    pub fmt: Fmt,
    erroring: bool,
    panicking: bool,
    /// Errorf: `%w` allowed; `wrapped` is the first `%w` operand.
    pub wrap_errs: bool,
    pub wrapped: Option<H::V>,
    reordered: bool,
    good_arg_num: bool,
}

type R<H> = Result<(), <H as Host>::Err>;

impl<'h, H: Host> Printer<'h, H> {
    pub fn new(host: &'h mut H) -> Self {
        Printer {
            host,
            fmt: Fmt::default(),
            erroring: false,
            panicking: false,
            wrap_errs: false,
            wrapped: None,
            reordered: false,
            good_arg_num: true,
        }
    }

    fn write(&mut self, s: &[u8]) {
        self.fmt.buf.extend_from_slice(s);
    }

    fn write_rune(&mut self, c: char) {
        let mut tmp = [0u8; 4];
        self.fmt
            .buf
            .extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
    }

    /// `badVerb` for the value `cur` (None: `<nil>`).
    fn bad_verb(&mut self, verb: char, cur: Option<&H::V>) -> R<H> {
        self.erroring = true;
        self.write(b"%!");
        self.write_rune(verb);
        self.write(b"(");
        self.write_type_and_value(cur)?;
        self.write(b")");
        self.erroring = false;
        Ok(())
    }

    /// `T=value` with `%v` for the value, or `<nil>` for a missing or nil-interface one (as in
    /// `%!d(string=hi)` and `%!(EXTRA int=1, <nil>)`).
    fn write_type_and_value(&mut self, cur: Option<&H::V>) -> R<H> {
        match cur {
            Some(v) if self.host.kind(v) != Kind::Invalid => {
                let t = self.host.type_name(v);
                self.write(t.as_bytes());
                self.write(b"=");
                let v = v.clone();
                self.print_arg(Some(&v), 'v')?;
            }
            _ => self.write(b"<nil>"),
        }
        Ok(())
    }

    fn handle_methods(&mut self, v: &H::V, verb: char) -> Result<bool, H::Err> {
        if self.erroring {
            return Ok(false);
        }
        let mut verb = verb;
        if verb == 'w' {
            let is_err = self.host.has_method(v, "Error");
            if !is_err || !self.wrap_errs || self.wrapped.is_some() {
                self.wrapped = None;
                self.wrap_errs = false;
                self.bad_verb(verb, Some(v))?;
                return Ok(true);
            }
            self.wrapped = Some(v.clone());
            verb = 'v';
        }
        if let Some(r) = self.host.call_format(v, verb, self.fmt.f) {
            match r {
                Ok(out) => self.write(&out),
                Err(failure) => self.method_result(v, verb, "Format", Err(failure), true)?,
            }
            return Ok(true);
        }
        if self.fmt.f.sharp_v {
            if self.host.has_method(v, "GoString") {
                let r = self.host.call_string_method(v, "GoString");
                return self
                    .method_result(v, verb, "GoString", r, true)
                    .map(|_| true);
            }
            return Ok(false);
        }
        if matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            for m in ["Error", "String"] {
                if self.host.has_method(v, m) {
                    let r = self.host.call_string_method(v, m);
                    self.method_result(v, verb, m, r, false)?;
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }

    fn method_result(
        &mut self,
        v: &H::V,
        verb: char,
        method: &str,
        r: Result<Vec<u8>, MethodFailure<H::V, H::Err>>,
        plain: bool,
    ) -> R<H> {
        match r {
            Ok(s) => {
                if plain {
                    self.fmt.fmt_s(&s);
                } else if !self.fmt.string_verb(&s, verb) {
                    // Cannot happen: verbs were filtered above.
                }
                Ok(())
            }
            Err(MethodFailure::Abort(e)) => Err(e),
            Err(failure) => {
                if self.host.kind(v) == Kind::Pointer && self.host.is_nil(v) {
                    self.write(b"<nil>");
                    return Ok(());
                }
                let old = self.fmt.f;
                self.fmt.clear_flags();
                self.write(b"%!");
                self.write_rune(verb);
                self.write(b"(PANIC=");
                self.write(method.as_bytes());
                self.write(b" method: ");
                self.panicking = true;
                match failure {
                    MethodFailure::Panicked(p) => self.print_arg(Some(&p), 'v')?,
                    MethodFailure::PanickedText(t) => self.write(t.as_bytes()),
                    MethodFailure::Abort(_) => unreachable!(),
                }
                self.panicking = false;
                self.write(b")");
                self.fmt.f = old;
                Ok(())
            }
        }
    }

    /// `printArg`: `arg` None is a nil interface.
    pub fn print_arg(&mut self, arg: Option<&H::V>, verb: char) -> R<H> {
        let v = match arg {
            Some(v) if self.host.kind(v) != Kind::Invalid => v.clone(),
            _ => {
                if verb == 'T' || verb == 'v' {
                    self.fmt.pad(b"<nil>");
                    return Ok(());
                }
                return self.bad_verb(verb, None);
            }
        };
        match verb {
            'T' => {
                let t = self.host.type_name(&v);
                self.fmt.fmt_s(t.as_bytes());
                return Ok(());
            }
            'p' => return self.fmt_pointer(&v, 'p'),
            _ => {}
        }
        if self.handle_methods(&v, verb)? {
            return Ok(());
        }
        self.print_value(&v, verb, 0)
    }

    fn fmt_pointer(&mut self, v: &H::V, verb: char) -> R<H> {
        match self.host.kind(v) {
            Kind::Chan
            | Kind::Func
            | Kind::Map
            | Kind::Pointer
            | Kind::Slice
            | Kind::UnsafePointer => {}
            _ => return self.bad_verb(verb, Some(v)),
        }
        let u = self.host.pointer(v);
        match verb {
            'v' => {
                if self.fmt.f.sharp_v {
                    self.write(b"(");
                    let t = self.host.type_name(v);
                    self.write(t.as_bytes());
                    self.write(b")(");
                    if u == 0 {
                        self.write(b"nil");
                    } else {
                        self.fmt.fmt_0x64(u, true);
                    }
                    self.write(b")");
                } else if u == 0 {
                    self.fmt.pad(b"<nil>");
                } else {
                    let sharp = !self.fmt.f.sharp;
                    self.fmt.fmt_0x64(u, sharp);
                }
            }
            'p' => {
                let sharp = !self.fmt.f.sharp;
                self.fmt.fmt_0x64(u, sharp);
            }
            'b' | 'o' | 'd' | 'x' | 'X' => {
                self.fmt.int_verb(u, false, verb);
            }
            _ => return self.bad_verb(verb, Some(v)),
        }
        Ok(())
    }

    pub fn print_value(&mut self, v: &H::V, verb: char, depth: usize) -> R<H> {
        if let Some(e) = self.host.stack_exhausted() {
            return Err(e);
        }
        let kind = self.host.kind(v);
        if depth > 0
            && kind != Kind::Invalid
            && self.host.can_interface(v)
            && self.handle_methods(v, verb)?
        {
            return Ok(());
        }
        let ok = match kind {
            Kind::Invalid => {
                if depth == 0 {
                    self.write(b"<invalid reflect.Value>");
                    true
                } else if verb == 'v' {
                    self.write(b"<nil>");
                    true
                } else {
                    return self.bad_verb(verb, None);
                }
            }
            Kind::Bool => {
                let b = self.host.bool_of(v);
                self.fmt.bool_verb(b, verb)
            }
            Kind::Int => {
                let i = self.host.int_of(v);
                self.fmt.int_verb(i as u64, true, verb)
            }
            Kind::Uint => {
                let u = self.host.uint_of(v);
                self.fmt.int_verb(u, false, verb)
            }
            Kind::Float32 | Kind::Float64 => {
                let f = self.host.float_of(v);
                self.fmt
                    .float_verb(f, if kind == Kind::Float32 { 32 } else { 64 }, verb)
            }
            Kind::Complex64 | Kind::Complex128 => {
                let (re, im) = self.host.complex_of(v);
                self.fmt
                    .complex_verb(re, im, if kind == Kind::Complex64 { 64 } else { 128 }, verb)
            }
            Kind::String => {
                let s = self.host.string_of(v);
                self.fmt.string_verb(&s, verb)
            }
            Kind::Map => {
                let sharp_v = self.fmt.f.sharp_v;
                if sharp_v {
                    let t = self.host.type_name(v);
                    self.write(t.as_bytes());
                    if self.host.is_nil(v) {
                        self.write(b"(nil)");
                        return Ok(());
                    }
                    self.write(b"{");
                } else {
                    self.write(b"map[");
                }
                let entries = self.host.map_sorted(v)?;
                for (i, (k, val)) in entries.iter().enumerate() {
                    if i > 0 {
                        self.write(if sharp_v { b", " } else { b" " });
                    }
                    self.print_value(k, verb, depth + 1)?;
                    self.write(b":");
                    self.print_value(val, verb, depth + 1)?;
                }
                self.write(if sharp_v { b"}" } else { b"]" });
                true
            }
            Kind::Struct => {
                let sharp_v = self.fmt.f.sharp_v;
                if sharp_v {
                    let t = self.host.type_name(v);
                    self.write(t.as_bytes());
                }
                self.write(b"{");
                for i in 0..self.host.num_field(v) {
                    if i > 0 {
                        self.write(if sharp_v { b", " } else { b" " });
                    }
                    if self.fmt.f.plus_v || sharp_v {
                        let name = self.host.field_name(v, i);
                        if !name.is_empty() {
                            self.write(name.as_bytes());
                            self.write(b":");
                        }
                    }
                    let fv = self.host.field(v, i);
                    self.print_value(&fv, verb, depth + 1)?;
                }
                self.write(b"}");
                true
            }
            Kind::Interface => {
                let e = self.host.elem(v);
                if self.host.kind(&e) == Kind::Invalid {
                    if self.fmt.f.sharp_v {
                        let t = self.host.type_name(v);
                        self.write(t.as_bytes());
                        self.write(b"(nil)");
                    } else {
                        self.write(b"<nil>");
                    }
                } else {
                    self.print_value(&e, verb, depth + 1)?;
                }
                true
            }
            Kind::Array | Kind::Slice => {
                if matches!(verb, 's' | 'q' | 'x' | 'X') && self.host.elem_is_u8(v) {
                    let n = self.host.len(v);
                    let bytes: Vec<u8> = (0..n)
                        .map(|i| self.host.uint_of(&self.host.index(v, i)) as u8)
                        .collect();
                    let t = self.host.type_name(v);
                    let is_nil = kind == Kind::Slice && self.host.is_nil(v);
                    self.fmt.bytes_verb(&bytes, is_nil, verb, &t);
                    return Ok(());
                }
                let sharp_v = self.fmt.f.sharp_v;
                if sharp_v {
                    let mut t = self.host.type_name(v);
                    // Go's printArg has a case for an operand of type []byte itself, which
                    // %#v names "[]byte"; nested ones go through reflection: "[]uint8".
                    if depth == 0 && t == "[]uint8" {
                        t = "[]byte".into();
                    }
                    self.write(t.as_bytes());
                    if kind == Kind::Slice && self.host.is_nil(v) {
                        self.write(b"(nil)");
                        return Ok(());
                    }
                    self.write(b"{");
                } else {
                    self.write(b"[");
                }
                for i in 0..self.host.len(v) {
                    if i > 0 {
                        self.write(if sharp_v { b", " } else { b" " });
                    }
                    let e = self.host.index(v, i);
                    self.print_value(&e, verb, depth + 1)?;
                }
                self.write(if sharp_v { b"}" } else { b"]" });
                true
            }
            Kind::Pointer => {
                if depth == 0 && !self.host.is_nil(v) {
                    let e = self.host.elem(v);
                    if matches!(
                        self.host.kind(&e),
                        Kind::Array | Kind::Slice | Kind::Struct | Kind::Map
                    ) {
                        self.write(b"&");
                        return self.print_value(&e, verb, depth + 1);
                    }
                }
                return self.fmt_pointer(v, verb);
            }
            Kind::Chan | Kind::Func | Kind::UnsafePointer => return self.fmt_pointer(v, verb),
        };
        if !ok {
            return self.bad_verb(verb, Some(v));
        }
        Ok(())
    }

    // ------------------------------------------------------------------ drivers

    pub fn do_print(&mut self, args: &[Option<H::V>]) -> R<H> {
        let mut prev_string = false;
        for (i, a) in args.iter().enumerate() {
            let is_string = matches!(a, Some(v) if self.host.kind(v) == Kind::String);
            if i > 0 && !is_string && !prev_string {
                self.write(b" ");
            }
            self.print_arg(a.as_ref(), 'v')?;
            prev_string = is_string;
        }
        Ok(())
    }

    pub fn do_println(&mut self, args: &[Option<H::V>]) -> R<H> {
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                self.write(b" ");
            }
            self.print_arg(a.as_ref(), 'v')?;
        }
        self.write(b"\n");
        Ok(())
    }

    fn int_from_arg(&self, args: &[Option<H::V>], arg_num: usize) -> (i64, bool, usize) {
        let mut num = 0i64;
        let mut is_int = false;
        let mut new = arg_num;
        if arg_num < args.len() {
            if let Some(v) = &args[arg_num] {
                match self.host.kind(v) {
                    Kind::Int => {
                        num = self.host.int_of(v);
                        is_int = true;
                    }
                    Kind::Uint => {
                        let u = self.host.uint_of(v);
                        if (u as i64) >= 0 {
                            num = u as i64;
                            is_int = true;
                        }
                    }
                    _ => {}
                }
            }
            new = arg_num + 1;
            if !(-1_000_000..=1_000_000).contains(&num) {
                num = 0;
                is_int = false;
            }
        }
        (num, is_int, new)
    }

    fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        nargs: usize,
    ) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && index >= 0 && (index as usize) < nargs {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    pub fn do_printf(&mut self, format: &[u8], args: &[Option<H::V>]) -> R<H> {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0;
        'format_loop: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.write(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1;
            self.fmt.clear_flags();
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.fmt.f.sharp = true,
                    b'0' => self.fmt.f.zero = !self.fmt.f.minus,
                    b'+' => self.fmt.f.plus = true,
                    b'-' => {
                        self.fmt.f.minus = true;
                        self.fmt.f.zero = false;
                    }
                    b' ' => self.fmt.f.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && arg_num < args.len() {
                            if c == b'v' {
                                self.fmt.f.sharp_v = self.fmt.f.sharp;
                                self.fmt.f.sharp = false;
                                self.fmt.f.plus_v = self.fmt.f.plus;
                                self.fmt.f.plus = false;
                            }
                            let a = args[arg_num].clone();
                            self.print_arg(a.as_ref(), c as char)?;
                            arg_num += 1;
                            i += 1;
                            continue 'format_loop;
                        }
                        break;
                    }
                }
                i += 1;
            }
            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
            if i < end && format[i] == b'*' {
                i += 1;
                let (w, ok, n) = self.int_from_arg(args, arg_num);
                self.fmt.f.wid = w;
                self.fmt.f.wid_present = ok;
                arg_num = n;
                if !ok {
                    self.write(b"%!(BADWIDTH)");
                }
                if self.fmt.f.wid < 0 {
                    self.fmt.f.wid = -self.fmt.f.wid;
                    self.fmt.f.minus = true;
                    self.fmt.f.zero = false;
                }
                after_index = false;
            } else {
                let (w, ok, ni) = parsenum(format, i, end);
                self.fmt.f.wid = w;
                self.fmt.f.wid_present = ok;
                i = ni;
                if after_index && ok {
                    self.good_arg_num = false;
                }
            }
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (p, ok, n) = self.int_from_arg(args, arg_num);
                    self.fmt.f.prec = p;
                    self.fmt.f.prec_present = ok;
                    arg_num = n;
                    if self.fmt.f.prec < 0 {
                        self.fmt.f.prec = 0;
                        self.fmt.f.prec_present = false;
                    }
                    if !self.fmt.f.prec_present {
                        self.write(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (p, ok, ni) = parsenum(format, i, end);
                    self.fmt.f.prec = p;
                    self.fmt.f.prec_present = ok;
                    i = ni;
                    if !ok {
                        self.fmt.f.prec = 0;
                        self.fmt.f.prec_present = true;
                    }
                }
            }
            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, args.len());
            }
            if i >= end {
                self.write(b"%!(NOVERB)");
                break;
            }
            let (verb, size) = if format[i] < 0x80 {
                (format[i] as char, 1)
            } else {
                let (r, w) = vm::utf8::decode_rune(&format[i..]);
                (r, w)
            };
            i += size;
            if verb == '%' {
                self.write(b"%");
            } else if !self.good_arg_num {
                self.write(b"%!");
                self.write_rune(verb);
                self.write(b"(BADINDEX)");
            } else if arg_num >= args.len() {
                self.write(b"%!");
                self.write_rune(verb);
                self.write(b"(MISSING)");
            } else {
                if verb == 'v' {
                    self.fmt.f.sharp_v = self.fmt.f.sharp;
                    self.fmt.f.sharp = false;
                    self.fmt.f.plus_v = self.fmt.f.plus;
                    self.fmt.f.plus = false;
                }
                let a = args[arg_num].clone();
                self.print_arg(a.as_ref(), verb)?;
                arg_num += 1;
            }
        }
        if !self.reordered && arg_num < args.len() {
            self.fmt.clear_flags();
            self.write(b"%!(EXTRA ");
            for (k, a) in args[arg_num..].iter().enumerate() {
                if k > 0 {
                    self.write(b", ");
                }
                self.write_type_and_value(a.as_ref())?;
            }
            self.write(b")");
        }
        Ok(())
    }
}

fn parsenum(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num = 0i64;
    let mut isnum = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if !(-1_000_000..=1_000_000).contains(&num) {
            return (0, false, end);
        }
        num = num * 10 + (s[i] - b'0') as i64;
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (width, ok, newi) = parsenum(format, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}
