//! The held articles in list order (newest first), with the two questions a list view asks:
//! the record at row N, and the row of record X. Both, and every insert and removal, cost
//! O(√n)-ish work instead of the O(n) of rebuilding a position vector per batch.
//!
//! Written by hand because std's `BTreeMap` has no rank/select, and the order-statistics crates
//! either pull in a whole collections framework or are unmaintained; a chunked sorted vector is
//! ~150 lines and fast for the sizes a desk holds (≤ a few hundred thousand).

use std::cmp::Reverse;
use std::time::SystemTime;

/// Sort key: newest article time first, then the later id.
pub type Key = (Reverse<SystemTime>, Reverse<u64>);

pub fn key(time: SystemTime, id: u64) -> Key {
    (Reverse(time), Reverse(id))
}

pub fn id_of(key: &Key) -> u64 {
    key.1 .0
}

/// Chunks hold at most this many keys; a full one splits in two halves.
const CHUNK: usize = 512;

/// Keys in ascending order (newest first), in chunks that are each sorted and non-empty, every
/// key of a chunk before every key of the next.
#[derive(Debug, Default)]
pub struct Order {
    chunks: Vec<Vec<Key>>,
    len: usize,
}

impl Order {
    pub fn len(&self) -> usize {
        self.len
    }

    /// The chunk where `key` is or would go: the first whose last key is not below it (the
    /// last chunk for a key past every other).
    fn chunk_for(&self, key: &Key) -> usize {
        let i = self
            .chunks
            .partition_point(|c| c.last().is_some_and(|l| l < key));
        i.min(self.chunks.len().saturating_sub(1))
    }

    /// Adds `key`; false when it was there already.
    pub fn insert(&mut self, key: Key) -> bool {
        if self.chunks.is_empty() {
            self.chunks.push(vec![key]);
            self.len = 1;
            return true;
        }
        let c = self.chunk_for(&key);
        let chunk = &mut self.chunks[c];
        let Err(at) = chunk.binary_search(&key) else {
            return false;
        };
        chunk.insert(at, key);
        self.len += 1;
        if chunk.len() > CHUNK {
            let tail = chunk.split_off(chunk.len() / 2);
            self.chunks.insert(c + 1, tail);
        }
        true
    }

    /// Removes `key`; false when it was not there.
    pub fn remove(&mut self, key: &Key) -> bool {
        if self.chunks.is_empty() {
            return false;
        }
        let c = self.chunk_for(key);
        let chunk = &mut self.chunks[c];
        let Ok(at) = chunk.binary_search(key) else {
            return false;
        };
        chunk.remove(at);
        self.len -= 1;
        if chunk.is_empty() {
            self.chunks.remove(c);
        } else if chunk.len() < CHUNK / 4 && c + 1 < self.chunks.len() {
            // Small neighbours merge, so the chunk count stays about len / CHUNK.
            if self.chunks[c].len() + self.chunks[c + 1].len() <= CHUNK {
                let next = self.chunks.remove(c + 1);
                self.chunks[c].extend(next);
            }
        }
        true
    }

    /// The oldest key.
    pub fn last(&self) -> Option<&Key> {
        self.chunks.last().and_then(|c| c.last())
    }

    /// The oldest key that `pick` accepts, looking from the tail.
    pub fn last_where(&self, pick: impl Fn(&Key) -> bool) -> Option<&Key> {
        self.chunks
            .iter()
            .rev()
            .flat_map(|c| c.iter().rev())
            .find(|k| pick(k))
    }

    /// The key at row `index`.
    pub fn nth(&self, mut index: usize) -> Option<&Key> {
        for chunk in &self.chunks {
            if index < chunk.len() {
                return chunk.get(index);
            }
            index -= chunk.len();
        }
        None
    }

    /// The row of `key`, when held.
    pub fn position(&self, key: &Key) -> Option<usize> {
        if self.chunks.is_empty() {
            return None;
        }
        let c = self.chunk_for(key);
        let at = self.chunks[c].binary_search(key).ok()?;
        Some(self.chunks[..c].iter().map(Vec::len).sum::<usize>() + at)
    }

    /// Keys from row `index` on, newest first.
    pub fn iter_from(&self, index: usize) -> Iter<'_> {
        let mut iter = Iter {
            chunks: &self.chunks,
            chunk: 0,
            at: 0,
            left: self.len,
        };
        iter.skip_rows(index);
        iter
    }
}

/// Keys in list order; `skip` and `nth` jump whole chunks.
#[derive(Debug, Clone)]
pub struct Iter<'a> {
    chunks: &'a [Vec<Key>],
    chunk: usize,
    at: usize,
    left: usize,
}

impl Iter<'_> {
    fn skip_rows(&mut self, mut n: usize) {
        n = n.min(self.left);
        self.left -= n;
        while n > 0 {
            let here = self.chunks[self.chunk].len() - self.at;
            if n < here {
                self.at += n;
                return;
            }
            n -= here;
            self.chunk += 1;
            self.at = 0;
        }
    }
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a Key;

    fn next(&mut self) -> Option<&'a Key> {
        if self.left == 0 {
            return None;
        }
        let key = &self.chunks[self.chunk][self.at];
        self.left -= 1;
        self.at += 1;
        if self.at == self.chunks[self.chunk].len() {
            self.chunk += 1;
            self.at = 0;
        }
        Some(key)
    }

    fn nth(&mut self, n: usize) -> Option<&'a Key> {
        self.skip_rows(n);
        self.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Iter<'_> {}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeSet;
    use std::time::{Duration, UNIX_EPOCH};

    fn k(secs: u64, id: u64) -> Key {
        key(UNIX_EPOCH + Duration::from_secs(secs), id)
    }

    #[derive(Debug, Clone)]
    enum Op {
        Insert(u64, u64),
        Remove(usize),
        PopLast,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            6 => (0u64..400, 0u64..5_000).prop_map(|(t, id)| Op::Insert(t, id)),
            3 => any::<usize>().prop_map(Op::Remove),
            1 => Just(Op::PopLast),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Against a BTreeSet and its sorted vector: every row, every position, after each op.
        #[test]
        fn agrees_with_a_sorted_set(ops in prop::collection::vec(op(), 1..3_000)) {
            let mut order = Order::default();
            let mut model: BTreeSet<Key> = BTreeSet::new();
            for op in ops {
                match op {
                    Op::Insert(t, id) => {
                        prop_assert_eq!(order.insert(k(t, id)), model.insert(k(t, id)));
                    }
                    Op::Remove(pick) => {
                        let target = model.iter().nth(pick % model.len().max(1)).copied();
                        if let Some(target) = target {
                            prop_assert!(order.remove(&target));
                            model.remove(&target);
                        }
                        prop_assert!(!order.remove(&k(999, 999_999)));
                    }
                    Op::PopLast => {
                        prop_assert_eq!(order.last(), model.last());
                        if let Some(last) = model.pop_last() {
                            prop_assert!(order.remove(&last));
                        }
                    }
                }
                prop_assert_eq!(order.len(), model.len());
            }
            let sorted: Vec<Key> = model.iter().copied().collect();
            for (i, key) in sorted.iter().enumerate() {
                prop_assert_eq!(order.nth(i), Some(key));
                prop_assert_eq!(order.position(key), Some(i));
            }
            prop_assert_eq!(order.nth(sorted.len()), None);
            for start in [0, 1, sorted.len() / 3, sorted.len().saturating_sub(1), sorted.len() + 2] {
                let got: Vec<Key> = order.iter_from(start).copied().collect();
                prop_assert_eq!(&got[..], sorted.get(start..).unwrap_or(&[]));
                let mut it = order.iter_from(0);
                prop_assert_eq!(it.nth(start), sorted.get(start));
            }
            prop_assert!(order.chunks.iter().all(|c| !c.is_empty() && c.len() <= CHUNK));
        }
    }

    #[test]
    fn newest_first_and_positions() {
        let mut order = Order::default();
        for (t, id) in [(10, 1), (30, 2), (20, 3), (30, 4)] {
            order.insert(k(t, id));
        }
        let ids: Vec<u64> = order.iter_from(0).map(id_of).collect();
        assert_eq!(ids, [4, 2, 3, 1]);
        assert_eq!(order.position(&k(20, 3)), Some(2));
        assert_eq!(order.position(&k(20, 9)), None);
        assert_eq!(order.last().map(id_of), Some(1));
    }
}
