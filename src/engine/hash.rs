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
    /// Folds the 64-bit state into 32 bits with a final mix so low bits are well spread.
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
