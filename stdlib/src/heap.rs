//! Package `container/heap`: `Init`, `Push`, `Pop`, `Remove`, `Fix` over a user's
//! `heap.Interface` (sort.Interface plus `Push(x any)` and `Pop() any`), whose methods are
//! called through the interface value's dynamic type. The sift-up/sift-down steps are Go's, so
//! the user's `Less`/`Swap`/`Push`/`Pop` are called in Go's order and equal elements end up
//! where Go puts them.

use crate::util::call_iface_method;
use crate::{declare, native};
use runtime::heap::Word;
use vm::native::{NativeCtx, Panic};

type R<T> = Result<T, Panic>;

/// A `heap.Interface` value being operated on.
struct Heap<'a, 'b> {
    ctx: &'a mut NativeCtx<'b>,
    h: Word,
}

impl Heap<'_, '_> {
    fn call(&mut self, name: &str, args: &[Word]) -> R<Word> {
        Ok(call_iface_method(self.ctx, self.h, name, args)?
            .first()
            .copied()
            .unwrap_or(0))
    }
    fn len(&mut self) -> R<i64> {
        Ok(self.call("Len", &[])? as i64)
    }
    fn less(&mut self, i: i64, j: i64) -> R<bool> {
        Ok(self.call("Less", &[i as Word, j as Word])? & 0xff != 0)
    }
    fn swap(&mut self, i: i64, j: i64) -> R<()> {
        self.call("Swap", &[i as Word, j as Word]).map(drop)
    }

    fn up(&mut self, mut j: i64) -> R<()> {
        loop {
            let i = (j - 1) / 2;
            if i == j || !self.less(j, i)? {
                return Ok(());
            }
            self.swap(i, j)?;
            j = i;
        }
    }

    /// Whether the element at `i0` moved down.
    fn down(&mut self, i0: i64, n: i64) -> R<bool> {
        let mut i = i0;
        loop {
            let j1 = 2 * i + 1;
            if j1 >= n || j1 < 0 {
                break;
            }
            let mut j = j1;
            let j2 = j1 + 1;
            if j2 < n && self.less(j2, j1)? {
                j = j2;
            }
            if !self.less(j, i)? {
                break;
            }
            self.swap(i, j)?;
            i = j;
        }
        Ok(i > i0)
    }

    fn fix(&mut self, i: i64) -> R<()> {
        let n = self.len()?;
        if !self.down(i, n)? {
            self.up(i)?;
        }
        Ok(())
    }
}

pub fn natives() -> Vec<crate::Entry> {
    vec![
        declare!("container/heap", "type Interface interface { Len() int; Less(int, int) bool; Swap(int, int); Push(any); Pop() any }"),
        native!("container/heap", "func Init(Interface)", |c, r| {
            let mut h = Heap { ctx: c, h: r[0] };
            let n = h.len()?;
            for i in (0..n / 2).rev() {
                h.down(i, n)?;
            }
            Ok(())
        }),
        native!("container/heap", "func Push(Interface, any)", |c, r| {
            let mut h = Heap { ctx: c, h: r[0] };
            h.call("Push", &[r[1]])?;
            let n = h.len()?;
            h.up(n - 1)
        }),
        native!("container/heap", "func Pop(Interface) any", |c, r| {
            let mut h = Heap { ctx: c, h: r[0] };
            let n = h.len()? - 1;
            h.swap(0, n)?;
            h.down(0, n)?;
            r[0] = h.call("Pop", &[])?;
            Ok(())
        }),
        native!("container/heap", "func Remove(Interface, int) any", |c, r| {
            let mut h = Heap { ctx: c, h: r[0] };
            let (i, n) = (r[1] as i64, h.len()? - 1);
            if n != i {
                h.swap(i, n)?;
                if !h.down(i, n)? {
                    h.up(i)?;
                }
            }
            r[0] = h.call("Pop", &[])?;
            Ok(())
        }),
        native!("container/heap", "func Fix(Interface, int)", |c, r| {
            Heap { ctx: c, h: r[0] }.fix(r[1] as i64)
        }),
    ]
}
