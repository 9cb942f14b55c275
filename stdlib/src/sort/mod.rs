//! Package `sort` — Go 1.19's pdqsort and insertion/symMerge stable sort ported exactly, so
//! unstable sorts order equal elements as Go does:
//! - `func Ints(x []int)`, `Strings(x []string)`, `Float64s(x []float64)`,
//!   `IntsAreSorted`, `StringsAreSorted`, `Float64sAreSorted`
//! - `func Slice(x any, less func(i, j int) bool)`, `SliceStable`, `SliceIsSorted`
//! - `func Sort(data Interface)`, `Stable(data Interface)`, `IsSorted(data Interface) bool`
//!   (Len/Less/Swap called through the dynamic type's methods)
//! - `func Search(n int, f func(int) bool) int`, `SearchInts(a []int, x int) int`,
//!   `SearchStrings(a []string, x string) int`, `SearchFloat64s`
//! - methods `IntSlice.{Len,Less,Swap,Sort,Search}`, `StringSlice.…`, `Float64Slice.…`
//! - `func Reverse(data Interface) Interface`: a copy of `data`'s interface box remembered
//!   (and kept alive) in a registry, which `Sort`/`Stable`/`IsSorted` recognise and sort in
//!   reverse.

pub mod pdq;

pub use pdq::{pdqsort, sort, stable, Data};

use crate::util;
use crate::{declare, native};
use runtime::heap::Word;
use vm::native::{NativeCtx, Panic};
use vm::program::MethodImpl;
use vm::value;

type R<T> = Result<T, Panic>;

// ------------------------------------------------------------------ VM-backed data

/// Elements of a slice, compared by a Rust function.
struct SliceData<F: FnMut(Word, Word) -> bool> {
    arr: Word,
    off: usize,
    byte: bool,
    less: F,
}

impl<F: FnMut(Word, Word) -> bool> Data for SliceData<F> {
    fn less(&mut self, i: usize, j: usize) -> R<bool> {
        let a = value::array_get(self.arr, self.off + i, self.byte).unwrap_or(0);
        let b = value::array_get(self.arr, self.off + j, self.byte).unwrap_or(0);
        Ok((self.less)(a, b))
    }
    fn swap(&mut self, i: usize, j: usize) -> R<()> {
        swap_elems(self.arr, self.off, self.byte, i, j);
        Ok(())
    }
}

fn swap_elems(arr: Word, off: usize, byte: bool, i: usize, j: usize) {
    let a = value::array_get(arr, off + i, byte).unwrap_or(0);
    let b = value::array_get(arr, off + j, byte).unwrap_or(0);
    value::array_set(arr, off + i, b, byte);
    value::array_set(arr, off + j, a, byte);
}

fn float_less(a: Word, b: Word) -> bool {
    let (x, y) = (f64::from_bits(a), f64::from_bits(b));
    x < y || (x.is_nan() && !y.is_nan())
}

fn int_less(a: Word, b: Word) -> bool {
    (a as i64) < (b as i64)
}

fn str_less(a: Word, b: Word) -> bool {
    value::str_bytes(a) < value::str_bytes(b)
}

fn sort_words(s: Word, less: fn(Word, Word) -> bool) -> R<()> {
    let (arr, off, len, _) = value::slice_parts(s);
    sort(
        &mut SliceData {
            arr,
            off,
            byte: false,
            less,
        },
        len,
    )
}

fn is_sorted_words(s: Word, less: fn(Word, Word) -> bool) -> bool {
    let v = value::slice_to_vec(s, false);
    (1..v.len()).all(|i| !less(v[i], v[i - 1]))
}

/// A slice whose order is decided by a Go `less(i, j int) bool`.
struct FuncData<'a, 'b> {
    ctx: &'a mut NativeCtx<'b>,
    less: Word,
    arr: Word,
    off: usize,
    byte: bool,
}

impl<'a, 'b> FuncData<'a, 'b> {
    /// The data of `sort.Slice(x, less)` and its siblings (arguments `r[0]`, `r[1]`), and
    /// the slice's length.
    fn of(ctx: &'a mut NativeCtx<'b>, r: &[Word]) -> R<(Self, usize)> {
        let (arr, off, len, byte) = slice_of_any(ctx, r[0])?;
        let data = FuncData {
            ctx,
            less: r[1],
            arr,
            off,
            byte,
        };
        Ok((data, len))
    }
}

impl Data for FuncData<'_, '_> {
    fn less(&mut self, i: usize, j: usize) -> R<bool> {
        Ok(self
            .ctx
            .call(self.less, &[i as Word, j as Word])?
            .first()
            .copied()
            .unwrap_or(0)
            & 0xff
            != 0)
    }
    fn swap(&mut self, i: usize, j: usize) -> R<()> {
        swap_elems(self.arr, self.off, self.byte, i, j);
        Ok(())
    }
}

fn slice_of_any(ctx: &NativeCtx, x: Word) -> R<(Word, usize, usize, bool)> {
    let Some((t, s)) = value::iface_parts(x) else {
        return Err(Panic::Plain(
            "reflect: call of Swapper on zero Value".into(),
        ));
    };
    let rt = &ctx.prog.types[t as usize];
    if rt.kind != vm::program::RKind::Slice {
        return Err(Panic::Plain(format!(
            "reflect: call of Swapper on {} Value",
            rt.name
        )));
    }
    let byte = value::is_byte_elem(ctx.prog, rt.elem);
    let (arr, off, len, _) = value::slice_parts(s);
    Ok((arr, off, len, byte))
}

/// A `sort.Interface` value's methods.
struct IfaceData<'a, 'b> {
    ctx: &'a mut NativeCtx<'b>,
    t: u32,
    recv: Word,
    less: MethodImpl,
    swap: MethodImpl,
}

impl Data for IfaceData<'_, '_> {
    fn less(&mut self, i: usize, j: usize) -> R<bool> {
        let r = util::call_method(
            self.ctx,
            self.less,
            self.t,
            &[self.recv, i as Word, j as Word],
        )?;
        Ok(r.first().copied().unwrap_or(0) & 0xff != 0)
    }
    fn swap(&mut self, i: usize, j: usize) -> R<()> {
        util::call_method(
            self.ctx,
            self.swap,
            self.t,
            &[self.recv, i as Word, j as Word],
        )?;
        Ok(())
    }
}

/// Boxes returned by the `Reverse` fallback, mapped to the wrapped interface (kept alive).
struct Reversed {
    boxes: parking_lot::Mutex<Vec<(Word, Word)>>,
}

impl runtime::gc::RootSet for Reversed {
    fn trace_roots(&self, marker: &mut runtime::gc::Marker) {
        for &(b, i) in self.boxes.lock().iter() {
            marker.mark(b);
            marker.mark(i);
        }
    }
}

fn reversed() -> &'static std::sync::Arc<Reversed> {
    static SET: std::sync::OnceLock<std::sync::Arc<Reversed>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let set = std::sync::Arc::new(Reversed {
            boxes: parking_lot::Mutex::new(Vec::new()),
        });
        std::mem::forget(runtime::gc::register_roots(set.clone()));
        set
    })
}

/// Swaps the operands of `less`.
struct Rev<'d>(&'d mut dyn Data);

impl Data for Rev<'_> {
    fn less(&mut self, i: usize, j: usize) -> R<bool> {
        self.0.less(j, i)
    }
    fn swap(&mut self, i: usize, j: usize) -> R<()> {
        self.0.swap(i, j)
    }
}

/// Runs `f` on the Interface value `data` (reversed when it came from the fallback Reverse).
fn with_iface<T>(
    ctx: &mut NativeCtx,
    data: Word,
    f: impl FnOnce(&mut dyn Data, usize) -> R<T>,
) -> R<T> {
    let inner = reversed()
        .boxes
        .lock()
        .iter()
        .find(|(b, _)| *b == data)
        .map(|&(_, i)| i);
    let (mut d, n) = iface_data(ctx, inner.unwrap_or(data))?;
    if inner.is_some() {
        f(&mut Rev(&mut d), n)
    } else {
        f(&mut d, n)
    }
}

fn iface_data<'a, 'b>(ctx: &'a mut NativeCtx<'b>, data: Word) -> R<(IfaceData<'a, 'b>, usize)> {
    let Some((t, recv)) = value::iface_parts(data) else {
        return Err(util::nil_deref());
    };
    let find = |n: &str| util::find_method(ctx.prog, t, n).ok_or_else(util::nil_deref);
    let (len, less, swap) = (find("Len")?, find("Less")?, find("Swap")?);
    let n = util::call_method(ctx, len, t, &[recv])?
        .first()
        .copied()
        .unwrap_or(0) as usize;
    Ok((
        IfaceData {
            ctx,
            t,
            recv,
            less,
            swap,
        },
        n,
    ))
}

fn search(n: i64, mut f: impl FnMut(i64) -> R<bool>) -> R<i64> {
    let (mut i, mut j) = (0i64, n);
    while i < j {
        let h = ((i + j) as u64 >> 1) as i64;
        if !f(h)? {
            i = h + 1;
        } else {
            j = h;
        }
    }
    Ok(i)
}

/// `SearchInts(a, x)` and the method `IntSlice.Search(x)` (receiver = the slice): registers
/// `r[0]` = slice, `r[1]` = x; the index goes to `r[0]`.
fn search_ints(_: &mut NativeCtx, r: &mut [Word]) -> R<()> {
    let v = value::slice_to_vec(r[0], false);
    let x = r[1] as i64;
    r[0] = search(v.len() as i64, |h| Ok(v[h as usize] as i64 >= x))? as Word;
    Ok(())
}

/// `SearchFloat64s` and `Float64Slice.Search` (registers as `search_ints`).
fn search_float64s(_: &mut NativeCtx, r: &mut [Word]) -> R<()> {
    let v = value::slice_to_vec(r[0], false);
    let x = f64::from_bits(r[1]);
    r[0] = search(v.len() as i64, |h| Ok(f64::from_bits(v[h as usize]) >= x))? as Word;
    Ok(())
}

/// `SearchStrings` and `StringSlice.Search` (registers as `search_ints`).
fn search_strings(_: &mut NativeCtx, r: &mut [Word]) -> R<()> {
    let v = value::slice_to_vec(r[0], false);
    let x = value::str_bytes(r[1]);
    r[0] = search(v.len() as i64, |h| Ok(value::str_bytes(v[h as usize]) >= x))? as Word;
    Ok(())
}

/// `Len`, `Less`, `Swap` and `Sort` of a slice type (`slice_type!("IntSlice", int_less)`).
macro_rules! slice_type {
    ($t:literal, $less:expr) => {
        [
            native!("sort", concat!("func (", $t, ") Len() int"), |_, r| {
                r[0] = value::slice_parts(r[0]).2 as Word;
                Ok(())
            }),
            native!(
                "sort",
                concat!("func (", $t, ") Less(int, int) bool"),
                |_, r| {
                    let (a, b) = (
                        value::slice_get(r[0], r[1] as i64, false)?,
                        value::slice_get(r[0], r[2] as i64, false)?,
                    );
                    r[0] = ($less)(a, b) as Word;
                    Ok(())
                }
            ),
            native!("sort", concat!("func (", $t, ") Swap(int, int)"), |_, r| {
                let (a, b) = (
                    value::slice_get(r[0], r[1] as i64, false)?,
                    value::slice_get(r[0], r[2] as i64, false)?,
                );
                value::slice_set(r[0], r[1] as i64, b, false)?;
                value::slice_set(r[0], r[2] as i64, a, false)?;
                Ok(())
            }),
            native!(
                "sort",
                concat!("func (", $t, ") Sort()"),
                |_, r| sort_words(r[0], $less)
            ),
        ]
    };
}

pub fn natives() -> Vec<crate::Entry> {
    let mut v = vec![
        declare!(
            "sort",
            "type Interface interface { Len() int; Less(int, int) bool; Swap(int, int) }"
        ),
        native!("sort", "func Ints([]int)", |_, r| sort_words(
            r[0], int_less
        )),
        native!("sort", "func Strings([]string)", |_, r| sort_words(
            r[0], str_less
        )),
        native!("sort", "func Float64s([]float64)", |_, r| sort_words(
            r[0], float_less
        )),
        native!("sort", "func IntsAreSorted([]int) bool", |_, r| {
            r[0] = is_sorted_words(r[0], int_less) as Word;
            Ok(())
        }),
        native!("sort", "func StringsAreSorted([]string) bool", |_, r| {
            r[0] = is_sorted_words(r[0], str_less) as Word;
            Ok(())
        }),
        native!("sort", "func Float64sAreSorted([]float64) bool", |_, r| {
            r[0] = is_sorted_words(r[0], float_less) as Word;
            Ok(())
        }),
        native!("sort", "func Slice(any, func(int, int) bool)", |c, r| {
            let (mut d, len) = FuncData::of(c, r)?;
            sort(&mut d, len)
        }),
        native!(
            "sort",
            "func SliceStable(any, func(int, int) bool)",
            |c, r| {
                let (mut d, len) = FuncData::of(c, r)?;
                stable(&mut d, len)
            }
        ),
        native!(
            "sort",
            "func SliceIsSorted(any, func(int, int) bool) bool",
            |c, r| {
                let (mut d, len) = FuncData::of(c, r)?;
                let mut ok = true;
                for i in (1..len).rev() {
                    if d.less(i, i - 1)? {
                        ok = false;
                        break;
                    }
                }
                r[0] = ok as Word;
                Ok(())
            }
        ),
        native!("sort", "func Sort(Interface)", |c, r| with_iface(
            c,
            r[0],
            |d, n| { sort(d, n) }
        )),
        native!("sort", "func Stable(Interface)", |c, r| with_iface(
            c,
            r[0],
            |d, n| stable(d, n)
        )),
        native!("sort", "func IsSorted(Interface) bool", |c, r| {
            let ok = with_iface(c, r[0], |d, n| {
                for i in (1..n).rev() {
                    if d.less(i, i - 1)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            })?;
            r[0] = ok as Word;
            Ok(())
        }),
        native!("sort", "func Reverse(Interface) Interface", |_, r| {
            let inner = r[0];
            let Some((t, d)) = value::iface_parts(inner) else {
                return Err(util::nil_deref());
            };
            let b = value::iface_new(t, d);
            reversed().boxes.lock().push((b, inner));
            r[0] = b;
            Ok(())
        }),
        native!("sort", "func Search(int, func(int) bool) int", |c, r| {
            let f = r[1];
            r[0] = search(r[0] as i64, |h| {
                Ok(c.call(f, &[h as Word])?.first().copied().unwrap_or(0) & 0xff != 0)
            })? as Word;
            Ok(())
        }),
        native!(
            "sort",
            "func Find(int, func(int) int) (int, bool)",
            |c, r| {
                // Go's Find: the first index whose cmp is <= 0, and whether cmp is 0 there.
                let (n, f) = (r[0] as i64, r[1]);
                let mut cmp = |h: i64| -> Result<i64, Panic> {
                    Ok(c.call(f, &[h as Word])?.first().copied().unwrap_or(0) as i64)
                };
                let (mut i, mut j) = (0i64, n);
                while i < j {
                    let h = ((i as u64 + j as u64) >> 1) as i64;
                    if cmp(h)? > 0 {
                        i = h + 1;
                    } else {
                        j = h;
                    }
                }
                let found = i < n && cmp(i)? == 0;
                (r[0], r[1]) = (i as Word, found as Word);
                Ok(())
            }
        ),
        native!("sort", "func SearchInts([]int, int) int", search_ints),
        native!(
            "sort",
            "func SearchFloat64s([]float64, float64) int",
            search_float64s
        ),
        native!(
            "sort",
            "func SearchStrings([]string, string) int",
            search_strings
        ),
        declare!("sort", "type IntSlice []int"),
        native!("sort", "func (IntSlice) Search(int) int", search_ints),
        declare!("sort", "type Float64Slice []float64"),
        native!(
            "sort",
            "func (Float64Slice) Search(float64) int",
            search_float64s
        ),
        declare!("sort", "type StringSlice []string"),
        native!(
            "sort",
            "func (StringSlice) Search(string) int",
            search_strings
        ),
    ];
    v.extend(slice_type!("IntSlice", int_less));
    v.extend(slice_type!("StringSlice", str_less));
    v.extend(slice_type!("Float64Slice", float_less));
    v
}
