//! Hashing the engine can rely on: FNV-1a, deterministic on every platform (the model's
//! features are hashes, so native training and recognition in the browser must agree), and
//! the hashers of the engine's maps and sets.

use std::collections::{HashMap, HashSet};

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// An incremental FNV-1a hasher: deterministic on every platform.
#[derive(Clone, Copy)]
pub struct Fnv(u64);

impl Fnv {
    pub fn new(template: u8) -> Fnv {
        let mut h = Fnv(FNV_OFFSET);
        h.byte(template);
        h
    }
    #[inline(always)]
    pub fn byte(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(FNV_PRIME);
    }
    #[inline(always)]
    pub fn str(&mut self, s: &str) -> &mut Fnv {
        self.bytes(s.as_bytes())
    }
    /// Hashes a part given as bytes: the same as [`Fnv::str`] on the same bytes, for the
    /// short ASCII codes built on the stack, which need no UTF-8 check.
    #[inline(always)]
    pub fn bytes(&mut self, part: &[u8]) -> &mut Fnv {
        for &b in part {
            self.byte(b);
        }
        // A separator keeps ("ab","c") and ("a","bc") apart.
        self.byte(0xff);
        self
    }
    /// The states of several templates after the same part, in one pass over its bytes:
    /// the same states as `Fnv::new(t).str(part)` for each template `t`.
    #[inline(always)]
    pub fn many<const N: usize>(templates: [u8; N], part: &str) -> [Fnv; N] {
        let mut hs = templates.map(Fnv::new);
        for &b in part.as_bytes() {
            for h in &mut hs {
                h.byte(b);
            }
        }
        for h in &mut hs {
            h.byte(0xff);
        }
        hs
    }
    /// Folds the 64-bit state into 32 bits with a final mix so low bits are well spread.
    pub fn finish(&self) -> u32 {
        let mut x = self.0;
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^= x >> 33;
        x as u32
    }
}

/// A feature hasher that reads each part eight bytes at a time, deterministic on every
/// platform (explicit 64-bit arithmetic, little-endian reads): for features made of whole
/// words, where [`Fnv`]'s byte-by-byte loop is the cost (the relation model's pair
/// features). A feature is a template number and its parts, each part read whole, so
/// ("ab", "c") and ("a", "bc") differ.
#[derive(Clone, Copy)]
pub struct WordHash(u64);

const WORD_K: u64 = 0x517c_c1b7_2722_0a95;

impl WordHash {
    pub fn new(template: u8) -> WordHash {
        WordHash(u64::from(template).wrapping_add(1).wrapping_mul(WORD_K))
    }
    #[inline(always)]
    fn mix(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(WORD_K);
    }
    /// Adds one part: whole 8-byte words, then the last 8 bytes (overlapping) or, for a
    /// short part, its bytes packed into one word (no copying of a tail), closed by the
    /// length, which also tells "a" from "a\0".
    #[inline(always)]
    pub fn str(&mut self, s: &str) -> &mut WordHash {
        let b = s.as_bytes();
        let n = b.len();
        let u32_at = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let u64_at = |i: usize| u64::from(u32_at(i)) | (u64::from(u32_at(i + 4)) << 32);
        let last = if n >= 8 {
            let mut i = 0;
            while i + 8 < n {
                self.mix(u64_at(i));
                i += 8;
            }
            u64_at(n - 8)
        } else if n >= 4 {
            u64::from(u32_at(0)) | (u64::from(u32_at(n - 4)) << 32)
        } else if n > 0 {
            u64::from(b[0]) | (u64::from(b[n / 2]) << 8) | (u64::from(b[n - 1]) << 16)
        } else {
            0
        };
        self.mix(last ^ ((n as u64) << 56));
        self
    }
    /// Folds the state into 32 bits with a final mix so low bits are well spread.
    pub fn finish(&self) -> u32 {
        let mut x = self.0;
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^= x >> 33;
        x as u32
    }
}

/// A hasher for keys that are already well-mixed 32-bit hashes (the gazetteer's name keys):
/// one multiplication spreads them over the table, where SipHash would cost more than the
/// lookup it serves. Other input falls back to the Fx hasher.
#[derive(Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = rustc_hash::FxHasher::with_seed(self.0 as usize);
        h.write(bytes);
        self.0 = h.finish();
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map from hash keys, hashed with [`KeyHasher`].
pub type KeyMap<V> = HashMap<u32, V, std::hash::BuildHasherDefault<KeyHasher>>;

/// Hash maps and sets for the per-article tables, whose keys are short words: `rustc-hash`'s
/// Fx hasher reads a word's bytes eight (four in WebAssembly) at a time, where SipHash, or
/// FNV byte by byte, would cost more than the lookups they serve. No output may depend on
/// these maps' iteration order (the hash differs between native and WebAssembly builds).
pub type FastMap<K, V> = HashMap<K, V, rustc_hash::FxBuildHasher>;
pub type FastSet<K> = HashSet<K, rustc_hash::FxBuildHasher>;

/// Which row of a model's weights a feature bucket has, for models that keep weights for few
/// of their buckets (the tagger's and the relation model's): one bit per bucket says whether
/// it has a row, small enough to stay in cache, and skips the rows of the many features
/// that were pruned or never seen; a bucket's row is the count of rows before its 64-bit
/// word plus the set bits below its own. No probing, and the rows stay packed (memory
/// latency dominates scoring, so the smaller the better).
#[derive(Debug, Default, Clone)]
pub(crate) struct RowIndex {
    present: Vec<u64>,
    /// For each word of `present`, the number of rows of the buckets before it.
    rank: Vec<u32>,
    /// The number of rows: the row a bucket without weights reads (a row of zeros the model
    /// appends, so adding a row needs no branch of its own).
    rows: usize,
}

impl RowIndex {
    /// The index of `buckets` (each row's bucket, increasing) among `2^bits` buckets.
    pub(crate) fn new(bits: u32, buckets: &[u32]) -> RowIndex {
        let mut present = vec![0u64; ((1usize << bits.min(31)) / 64).max(1)];
        for &b in buckets {
            if let Some(word) = present.get_mut(b as usize / 64) {
                *word |= 1 << (b % 64);
            }
        }
        let mut rank = Vec::with_capacity(present.len());
        let mut before = 0u32;
        for word in &present {
            rank.push(before);
            before += word.count_ones();
        }
        RowIndex { present, rank, rows: buckets.len() }
    }

    /// The row of `bucket`, or the number of rows (the zero row) when it has none.
    #[inline(always)]
    pub(crate) fn row(&self, bucket: u32) -> usize {
        let k = bucket as usize / 64;
        let word = self.present.get(k).copied().unwrap_or(0);
        let shift = bucket % 64;
        if (word >> shift) & 1 == 1 {
            self.rank.get(k).map_or(0, |&n| n as usize)
                + (word & ((1u64 << shift) - 1)).count_ones() as usize
        } else {
            self.rows
        }
    }
}
