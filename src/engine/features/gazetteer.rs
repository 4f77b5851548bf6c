//! The gazetteer: names seen in the training data, by hashed lowercased token sequence, with
//! a bit per type, and the words the training text often writes in lower case. Marks from it
//! are features (a token starts or continues a known name of some type).

use super::{TokenInfo, N_TYPES};
use crate::engine::hash::{Fnv, KeyMap};
use std::collections::HashSet;

/// The longest name, in tokens, that the gazetteer matches.
pub const GAZ_MAX_TOKENS: usize = 6;

/// The bits of a gazetteer key. With the shipped gazetteer's ~12,000 names, 28 bits make a
/// false match about one lookup in 22,000 (a name looked up at up to six lengths from each
/// capitalized word: one false mark in some twenty articles; at 24 bits it was about one per
/// article, and wrong: "J.P. Morgan advised the buyer ," read as a known person's name), and
/// store a name in 16 bits (the model file Rice-codes the gaps between the sorted keys)
/// instead of the 24 that varint gaps of 32-bit keys took: 7 KB less gzip in the bundle.
pub const GAZ_KEY_BITS: u32 = 28;

/// A gazetteer key: the top [`GAZ_KEY_BITS`] of the hash of a lowercased token sequence.
fn key_of(h: &Fnv) -> u32 {
    h.finish() >> (32 - GAZ_KEY_BITS)
}

/// The key of a lowercased token sequence, as the gazetteer stores it.
pub fn name_key<'a>(lowers: impl Iterator<Item = &'a str>) -> u32 {
    let mut h = Fnv::new(b'G');
    for w in lowers {
        h.str(w);
    }
    key_of(&h)
}

/// Names seen in the training data, by lowercased token sequence, with a bit per type.
#[derive(Default, Clone, Debug)]
pub struct Gazetteer {
    pub entries: KeyMap<u8>,
    /// Hashes of words the training text often writes in lowercase (see [`word_key`]).
    pub common: HashSet<u32>,
}

/// The hash of a lowercase word, as the common-word list stores it.
pub fn word_key(lower: &str) -> u32 {
    let mut h = Fnv::new(b'W');
    h.str(lower);
    h.finish()
}

impl Gazetteer {
    /// For each token, a bit set of (type, begins-here) marks from the longest gazetteer
    /// match that covers it: bit `2*t` means "first token of a type-t name", `2*t+1` "inside".
    pub fn marks(&self, infos: &[&TokenInfo]) -> Vec<u16> {
        let mut marks = vec![0u16; infos.len()];
        if self.entries.is_empty() {
            return marks;
        }
        let mut i = 0;
        while i < infos.len() {
            let mut best: Option<(usize, u8)> = None;
            // Names start with a capital or digit; skipping the rest keeps matching cheap.
            if infos[i].cap || infos[i].has_digit {
                let mut h = Fnv::new(b'G');
                for len in 1..=GAZ_MAX_TOKENS.min(infos.len() - i) {
                    h.str(infos[i + len - 1].lower());
                    if let Some(&types) = self.entries.get(&key_of(&h)) {
                        best = Some((len, types));
                    }
                }
            }
            match best {
                Some((len, types)) => {
                    for k in 0..len {
                        let mut m = 0u16;
                        for t in 0..N_TYPES {
                            if types & (1 << t) != 0 {
                                m |= 1 << (2 * t + usize::from(k > 0));
                            }
                        }
                        marks[i + k] = m;
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        marks
    }
}
