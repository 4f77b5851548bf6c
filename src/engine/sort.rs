//! Stable sorts compiled once for the whole crate.
//!
//! The standard library's sorts are generic over the element and the comparison, so each call
//! site with its own closure gets its own copy of the sort (about 4 KB of WebAssembly each;
//! thirty call sites were 88 KB before wasm-opt). These sort a list of positions through one
//! non-generic function and then move the elements into place, so only the small generic
//! wrapper is copied per call site. Same result as `slice::sort_by` (stable); the extra cost is
//! one indirect call per comparison and one pass to move the elements.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, as `v.sort_by(cmp)` would.
pub fn by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<u32> = (0..v.len() as u32).collect();
    positions(&mut order, &mut |a, b| cmp(&v[a as usize], &v[b as usize]));
    permute(v, order);
}

/// Sorts `v` stably by the key `key` gives each element, as `v.sort_by_key(key)` would.
pub fn by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably in its natural order, as `v.sort()` would.
pub fn natural<T: Ord>(v: &mut [T]) {
    by(v, T::cmp);
}

/// The one compiled sort: positions ordered by a comparison of the elements they name.
#[inline(never)]
fn positions(order: &mut [u32], cmp: &mut dyn FnMut(u32, u32) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Puts `v[order[k]]` at `k` for every `k`, following each cycle of the permutation once.
fn permute<T>(v: &mut [T], mut order: Vec<u32>) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at] as usize;
            order[at] = at as u32;
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn same_as_the_standard_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            let mut std = v;
            by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn orders_by_a_comparison_and_naturally() {
        let mut v = vec![3, 1, 2, 5, 4];
        by(&mut v, |a, b| b.cmp(a));
        assert_eq!(v, [5, 4, 3, 2, 1]);
        natural(&mut v);
        assert_eq!(v, [1, 2, 3, 4, 5]);
    }
}
