//! Go 1.19's sorting algorithms, ported line by line from `sort/zsortfunc.go` so results
//! (including the order of equal elements under the unstable sort) match Go exactly:
//! pdqsort with Go's deterministic `breakPatterns` xorshift, and insertion sort + SymMerge
//! for the stable sort. They work on any [`Data`] (Go's `lessSwap`), whose calls may fail
//! with a Go panic raised by a Less/Swap callback.

use vm::native::Panic;

type R<T> = Result<T, Panic>;
/// Go's `lessSwap`.
pub trait Data {
    fn less(&mut self, i: usize, j: usize) -> R<bool>;
    fn swap(&mut self, i: usize, j: usize) -> R<()>;
}

fn insertion_sort(d: &mut dyn Data, a: usize, b: usize) -> R<()> {
    for i in a + 1..b {
        let mut j = i;
        while j > a && d.less(j, j - 1)? {
            d.swap(j, j - 1)?;
            j -= 1;
        }
    }
    Ok(())
}

fn sift_down(d: &mut dyn Data, lo: usize, hi: usize, first: usize) -> R<()> {
    let mut root = lo;
    loop {
        let mut child = 2 * root + 1;
        if child >= hi {
            return Ok(());
        }
        if child + 1 < hi && d.less(first + child, first + child + 1)? {
            child += 1;
        }
        if !d.less(first + root, first + child)? {
            return Ok(());
        }
        d.swap(first + root, first + child)?;
        root = child;
    }
}

fn heap_sort(d: &mut dyn Data, a: usize, b: usize) -> R<()> {
    let first = a;
    let hi = b - a;
    let mut i = (hi as i64 - 1) / 2;
    while i >= 0 {
        sift_down(d, i as usize, hi, first)?;
        i -= 1;
    }
    let mut i = hi as i64 - 1;
    while i >= 0 {
        d.swap(first, first + i as usize)?;
        sift_down(d, 0, i as usize, first)?;
        i -= 1;
    }
    Ok(())
}

fn bits_len(x: usize) -> usize {
    (usize::BITS - x.leading_zeros()) as usize
}

#[derive(PartialEq)]
enum Hint {
    Unknown,
    Increasing,
    Decreasing,
}

pub fn pdqsort(d: &mut dyn Data, mut a: usize, mut b: usize, mut limit: usize) -> R<()> {
    const MAX_INSERTION: usize = 12;
    let mut was_balanced = true;
    let mut was_partitioned = true;
    loop {
        let length = b - a;
        if length <= MAX_INSERTION {
            return insertion_sort(d, a, b);
        }
        if limit == 0 {
            return heap_sort(d, a, b);
        }
        if !was_balanced {
            break_patterns(d, a, b)?;
            limit -= 1;
        }
        let (mut pivot, mut hint) = choose_pivot(d, a, b)?;
        if hint == Hint::Decreasing {
            reverse_range(d, a, b)?;
            pivot = (b - 1) - (pivot - a);
            hint = Hint::Increasing;
        }
        if was_balanced
            && was_partitioned
            && hint == Hint::Increasing
            && partial_insertion_sort(d, a, b)?
        {
            return Ok(());
        }
        if a > 0 && !d.less(a - 1, pivot)? {
            a = partition_equal(d, a, b, pivot)?;
            continue;
        }
        let (mid, already) = partition(d, a, b, pivot)?;
        was_partitioned = already;
        let (left, right) = (mid - a, b - mid);
        let threshold = length / 8;
        if left < right {
            was_balanced = left >= threshold;
            pdqsort(d, a, mid, limit)?;
            a = mid + 1;
        } else {
            was_balanced = right >= threshold;
            pdqsort(d, mid + 1, b, limit)?;
            b = mid;
        }
    }
}

fn partition(d: &mut dyn Data, a: usize, b: usize, pivot: usize) -> R<(usize, bool)> {
    d.swap(a, pivot)?;
    let (mut i, mut j) = (a as i64 + 1, b as i64 - 1);
    while i <= j && d.less(i as usize, a)? {
        i += 1;
    }
    while i <= j && !d.less(j as usize, a)? {
        j -= 1;
    }
    if i > j {
        d.swap(j as usize, a)?;
        return Ok((j as usize, true));
    }
    d.swap(i as usize, j as usize)?;
    i += 1;
    j -= 1;
    loop {
        while i <= j && d.less(i as usize, a)? {
            i += 1;
        }
        while i <= j && !d.less(j as usize, a)? {
            j -= 1;
        }
        if i > j {
            break;
        }
        d.swap(i as usize, j as usize)?;
        i += 1;
        j -= 1;
    }
    d.swap(j as usize, a)?;
    Ok((j as usize, false))
}

fn partition_equal(d: &mut dyn Data, a: usize, b: usize, pivot: usize) -> R<usize> {
    d.swap(a, pivot)?;
    let (mut i, mut j) = (a as i64 + 1, b as i64 - 1);
    loop {
        while i <= j && !d.less(a, i as usize)? {
            i += 1;
        }
        while i <= j && d.less(a, j as usize)? {
            j -= 1;
        }
        if i > j {
            break;
        }
        d.swap(i as usize, j as usize)?;
        i += 1;
        j -= 1;
    }
    Ok(i as usize)
}

fn partial_insertion_sort(d: &mut dyn Data, a: usize, b: usize) -> R<bool> {
    const MAX_STEPS: usize = 5;
    const SHORTEST_SHIFTING: usize = 50;
    let mut i = a + 1;
    for _ in 0..MAX_STEPS {
        while i < b && !d.less(i, i - 1)? {
            i += 1;
        }
        if i == b {
            return Ok(true);
        }
        if b - a < SHORTEST_SHIFTING {
            return Ok(false);
        }
        d.swap(i, i - 1)?;
        if i - a >= 2 {
            let mut j = i - 1;
            while j >= 1 {
                if !d.less(j, j - 1)? {
                    break;
                }
                d.swap(j, j - 1)?;
                j -= 1;
            }
        }
        if b - i >= 2 {
            let mut j = i + 1;
            while j < b {
                if !d.less(j, j - 1)? {
                    break;
                }
                d.swap(j, j - 1)?;
                j += 1;
            }
        }
    }
    Ok(false)
}

fn break_patterns(d: &mut dyn Data, a: usize, b: usize) -> R<()> {
    let length = b - a;
    if length >= 8 {
        let mut random = length as u64;
        let modulus = 1usize << bits_len(length);
        let start = a + (length / 4) * 2 - 1;
        for idx in start..=a + (length / 4) * 2 + 1 {
            random ^= random << 13;
            random ^= random >> 17;
            random ^= random << 5;
            let mut other = (random as usize) & (modulus - 1);
            if other >= length {
                other -= length;
            }
            d.swap(idx, a + other)?;
        }
    }
    Ok(())
}

fn choose_pivot(d: &mut dyn Data, a: usize, b: usize) -> R<(usize, Hint)> {
    const SHORTEST_NINTHER: usize = 50;
    const MAX_SWAPS: usize = 4 * 3;
    let l = b - a;
    let mut swaps = 0;
    let mut i = a + l / 4;
    let mut j = a + l / 4 * 2;
    let mut k = a + l / 4 * 3;
    if l >= 8 {
        if l >= SHORTEST_NINTHER {
            i = median(d, i - 1, i, i + 1, &mut swaps)?;
            j = median(d, j - 1, j, j + 1, &mut swaps)?;
            k = median(d, k - 1, k, k + 1, &mut swaps)?;
        }
        j = median(d, i, j, k, &mut swaps)?;
    }
    Ok(match swaps {
        0 => (j, Hint::Increasing),
        MAX_SWAPS => (j, Hint::Decreasing),
        _ => (j, Hint::Unknown),
    })
}

fn order2(d: &mut dyn Data, a: usize, b: usize, swaps: &mut usize) -> R<(usize, usize)> {
    if d.less(b, a)? {
        *swaps += 1;
        return Ok((b, a));
    }
    Ok((a, b))
}

fn median(d: &mut dyn Data, a: usize, b: usize, c: usize, swaps: &mut usize) -> R<usize> {
    let (a, b) = order2(d, a, b, swaps)?;
    let (b, c) = order2(d, b, c, swaps)?;
    let _ = c;
    let (_a, b) = order2(d, a, b, swaps)?;
    Ok(b)
}

fn reverse_range(d: &mut dyn Data, a: usize, b: usize) -> R<()> {
    let (mut i, mut j) = (a, b - 1);
    while i < j {
        d.swap(i, j)?;
        i += 1;
        j -= 1;
    }
    Ok(())
}

fn swap_range(d: &mut dyn Data, a: usize, b: usize, n: usize) -> R<()> {
    for i in 0..n {
        d.swap(a + i, b + i)?;
    }
    Ok(())
}

pub fn stable(d: &mut dyn Data, n: usize) -> R<()> {
    let mut block = 20;
    let (mut a, mut b) = (0, block);
    while b <= n {
        insertion_sort(d, a, b)?;
        a = b;
        b += block;
    }
    insertion_sort(d, a, n)?;
    while block < n {
        a = 0;
        b = 2 * block;
        while b <= n {
            sym_merge(d, a, a + block, b)?;
            a = b;
            b += 2 * block;
        }
        let m = a + block;
        if m < n {
            sym_merge(d, a, m, n)?;
        }
        block *= 2;
    }
    Ok(())
}

fn sym_merge(d: &mut dyn Data, a: usize, m: usize, b: usize) -> R<()> {
    if m - a == 1 {
        let (mut i, mut j) = (m, b);
        while i < j {
            let h = (i + j) >> 1;
            if d.less(h, a)? {
                i = h + 1;
            } else {
                j = h;
            }
        }
        let mut k = a;
        while k + 1 < i {
            d.swap(k, k + 1)?;
            k += 1;
        }
        return Ok(());
    }
    if b - m == 1 {
        let (mut i, mut j) = (a, m);
        while i < j {
            let h = (i + j) >> 1;
            if !d.less(m, h)? {
                i = h + 1;
            } else {
                j = h;
            }
        }
        let mut k = m;
        while k > i {
            d.swap(k, k - 1)?;
            k -= 1;
        }
        return Ok(());
    }
    let mid = (a + b) >> 1;
    let n = mid + m;
    let (mut start, mut r) = if m > mid { (n - b, mid) } else { (a, m) };
    let p = n - 1;
    while start < r {
        let c = (start + r) >> 1;
        if !d.less(p - c, c)? {
            start = c + 1;
        } else {
            r = c;
        }
    }
    let end = n - start;
    if start < m && m < end {
        rotate(d, start, m, end)?;
    }
    if a < start && start < mid {
        sym_merge(d, a, start, mid)?;
    }
    if mid < end && end < b {
        sym_merge(d, mid, end, b)?;
    }
    Ok(())
}

fn rotate(d: &mut dyn Data, a: usize, m: usize, b: usize) -> R<()> {
    let (mut i, mut j) = (m - a, b - m);
    while i != j {
        if i > j {
            swap_range(d, m - i, m, j)?;
            i -= j;
        } else {
            swap_range(d, m - i, m + j - i, i)?;
            j -= i;
        }
    }
    swap_range(d, m - i, m, i)
}

/// `sort.Sort` on any `Data` of length `n`.
pub fn sort(d: &mut dyn Data, n: usize) -> R<()> {
    if n <= 1 {
        return Ok(());
    }
    pdqsort(d, 0, n, bits_len(n))
}
