//! The model file format (`model/ner.bin`), version 3, read here (the writer, used only by
//! training, is `src/train/model_file.rs`). All numbers are little-endian:
//! 1. the magic `SIDELIGHT-NER\0` (14 bytes) and the format version (`u16`);
//! 2. the feature-set fingerprint (`u32`, [`feature_set`]): a model is refused when the
//!    features it was trained with are not the ones this build computes;
//! 3. a `u32` length and a UTF-8 metadata string: which data and which command made it;
//! 4. the number of tags (`u32`), bucket bits (`u32`), the weight scale (`f32`);
//! 5. the transition matrix, `(N_TAGS + 1) × N_TAGS` `f32` (the last row scores the first tag);
//! 6. the weight rows, column by column: their count, every row's bucket as a varint delta
//!    from the previous one, every row's varint bit mask of non-zero tags, then all those
//!    int8 weights in row order;
//! 7. the gazetteer: its size, its keys (below `1 << GAZ_KEY_BITS`, ascending) as
//!    Rice-coded deltas ([`Reader::rice_deltas`]), every name's type bits;
//! 8. the common-word list: its size and its keys as varint deltas;
//! 9. an FNV checksum (`u32`) of everything before it.
//!
//! Reading never panics: a file that is not a model, of another version, trained with other
//! features, or corrupt or cut short gives its own [`ModelError`].

use super::{Model, N_TAGS};
use crate::engine::features::{feature_set, Gazetteer, GAZ_KEY_BITS};
use std::fmt;

pub(crate) const MAGIC: &[u8; 14] = b"SIDELIGHT-NER\0";
/// The current model file format version.
pub const FORMAT_VERSION: u16 = 4;

/// Why a model file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    /// The bytes do not start with the model magic label.
    NotAModel,
    /// The file is a model, but of another format version.
    WrongVersion { found: u16, expected: u16 },
    /// The model was trained with other features than this build computes (its feature-set
    /// fingerprint differs): its weights would be read for the wrong features.
    OtherFeatures { found: u32, expected: u32 },
    /// The file ends early or its contents do not add up.
    Corrupt(String),
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::NotAModel => write!(f, "not a sidelight model file"),
            ModelError::WrongVersion { found, expected } => {
                write!(f, "model format version {found} is not supported (expected {expected})")
            }
            ModelError::OtherFeatures { found, expected } => write!(
                f,
                "the model was trained with feature set {found:08x}, but this build computes \
                 feature set {expected:08x}: retrain the model (see model/README.md)"
            ),
            ModelError::Corrupt(why) => write!(f, "corrupt or truncated model file: {why}"),
        }
    }
}

impl std::error::Error for ModelError {}

/// The body of a model file, between its head and its checksum, as a reader at the body's
/// start: checks the head both model formats share (`magic`, a `u16` version that must be
/// `version`, a `u32` feature-set fingerprint that must be `features`) and the trailing
/// checksum of everything before it.
pub(crate) fn body<'a>(
    bytes: &'a [u8],
    magic: &[u8],
    version: u16,
    features: u32,
) -> Result<Reader<'a>, ModelError> {
    if bytes.len() < magic.len() || &bytes[..magic.len()] != magic {
        return Err(ModelError::NotAModel);
    }
    let mut r = Reader { b: bytes, at: magic.len() };
    let v = r.take(2)?;
    let found = u16::from_le_bytes([v[0], v[1]]);
    if found != version {
        return Err(ModelError::WrongVersion { found, expected: version });
    }
    let found = r.u32()?;
    if r.left() < 4 {
        return Err(ModelError::Corrupt("unexpected end of file".into()));
    }
    let body_end = bytes.len() - 4;
    let stored = u32::from_le_bytes([
        bytes[body_end],
        bytes[body_end + 1],
        bytes[body_end + 2],
        bytes[body_end + 3],
    ]);
    if checksum(&bytes[..body_end]) != stored {
        return Err(ModelError::Corrupt("checksum mismatch".into()));
    }
    if found != features {
        return Err(ModelError::OtherFeatures { found, expected: features });
    }
    Ok(Reader { b: &bytes[..body_end], at: r.at })
}

/// A little reader over the model bytes that turns running out of bytes into an error.
pub(crate) struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    #[cfg(test)]
    pub(crate) fn new(b: &'a [u8]) -> Reader<'a> {
        Reader { b, at: 0 }
    }
    /// Bytes not read yet.
    pub(crate) fn left(&self) -> usize {
        self.b.len() - self.at
    }
    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.b.len())
            .ok_or_else(|| ModelError::Corrupt("unexpected end of file".into()))?;
        let s = &self.b[self.at..end];
        self.at = end;
        Ok(s)
    }
    pub(crate) fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }
    pub(crate) fn u32(&mut self) -> Result<u32, ModelError> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    pub(crate) fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32()?))
    }
    pub(crate) fn varint(&mut self) -> Result<u32, ModelError> {
        let mut v: u64 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return u32::try_from(v)
                    .map_err(|_| ModelError::Corrupt("number out of range".into()));
            }
        }
        Err(ModelError::Corrupt("number too long".into()))
    }
    /// `n` ascending values stored as varint deltas, each from the one before (the first
    /// from 0), as [`put_deltas`] writes them; `what` names them in the error.
    pub(crate) fn deltas(&mut self, n: usize, what: &str) -> Result<Vec<u32>, ModelError> {
        let mut out = Vec::with_capacity(n);
        let mut prev = 0u32;
        for _ in 0..n {
            prev = prev
                .checked_add(self.varint()?)
                .ok_or_else(|| ModelError::Corrupt(format!("{what} out of range")))?;
            out.push(prev);
        }
        Ok(out)
    }
    /// `n` ascending values below `1 << bits`, Rice-coded as [`put_rice_deltas`] writes them:
    /// the parameter `k` (a byte), then each delta from the value before (the first from 0)
    /// as its quotient by `2^k` in unary (ones ended by a zero) and its `k` low bits, bits
    /// read from the lowest of each byte up, the last byte padded with zeros.
    pub(crate) fn rice_deltas(
        &mut self,
        n: usize,
        bits: u32,
        what: &str,
    ) -> Result<Vec<u32>, ModelError> {
        let k = u32::from(self.u8()?);
        let bad = || ModelError::Corrupt(format!("{what} out of range"));
        if k >= bits {
            return Err(bad());
        }
        let stream = &self.b[self.at..];
        let mut at = 0usize; // in bits
        let mut bit = || -> Result<u32, ModelError> {
            let b = stream.get(at / 8).ok_or_else(&bad)?;
            at += 1;
            Ok(u32::from(b >> ((at - 1) % 8) & 1))
        };
        let mut out = Vec::with_capacity(n.min(stream.len() * 8));
        let mut prev = 0u32;
        for _ in 0..n {
            let mut q = 0u32;
            while bit()? == 1 {
                q += 1;
                if q >> (bits - k) != 0 {
                    return Err(bad());
                }
            }
            let mut low = 0u32;
            for i in 0..k {
                low |= bit()? << i;
            }
            prev = prev.checked_add(q << k | low).filter(|&v| v >> bits == 0).ok_or_else(bad)?;
            out.push(prev);
        }
        self.at += at.div_ceil(8);
        Ok(out)
    }
    /// The weight rows of a model file, `width` weights each (one per tag or type), as both
    /// model writers lay them out: the row count, every row's bucket as a varint delta (strictly
    /// ascending, below `1 << bits`), every row's varint mask of non-zero columns, then those
    /// weights as bytes. Returns the buckets and the rows, zeros filled in; `what` names a
    /// column in the errors ("tag", "type").
    pub(crate) fn weight_rows(
        &mut self,
        bits: u32,
        width: usize,
        what: &str,
    ) -> Result<(Vec<u32>, Vec<i8>), ModelError> {
        let n_rows = self.u32()? as usize;
        // Each row takes at least two bytes, which bounds the allocation for hostile input.
        if n_rows > self.left() / 2 {
            return Err(ModelError::Corrupt("row count out of range".into()));
        }
        let buckets = self.deltas(n_rows, "bucket")?;
        if buckets.iter().any(|&b| b >= 1 << bits) || buckets.windows(2).any(|w| w[0] == w[1]) {
            return Err(ModelError::Corrupt("bucket out of range".into()));
        }
        let mut masks = Vec::with_capacity(n_rows);
        for _ in 0..n_rows {
            let mask = self.varint()?;
            if mask >> width != 0 {
                return Err(ModelError::Corrupt(format!("{what} mask out of range")));
            }
            masks.push(mask);
        }
        let mut rows = Vec::with_capacity(n_rows * width);
        for mask in masks {
            for t in 0..width {
                rows.push(if mask & (1 << t) != 0 { self.u8()? as i8 } else { 0 });
            }
        }
        Ok((buckets, rows))
    }
}

pub(crate) fn checksum(b: &[u8]) -> u32 {
    let mut h = crate::engine::hash::Fnv::new(b'C');
    for &x in b {
        h.byte(x);
    }
    h.finish()
}

impl Model {
    /// Reads a model file (see the module notes for the layout).
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = body(bytes, MAGIC, FORMAT_VERSION, feature_set())?;
        let meta_len = r.u32()? as usize;
        let metadata = String::from_utf8(r.take(meta_len)?.to_vec())
            .map_err(|_| ModelError::Corrupt("metadata is not utf-8".into()))?;
        if r.u32()? as usize != N_TAGS {
            return Err(ModelError::Corrupt("unexpected number of tags".into()));
        }
        let bits = r.u32()?;
        if bits > 31 {
            return Err(ModelError::Corrupt("bucket bits out of range".into()));
        }
        let scale = r.f32()?;
        let mut trans = Vec::with_capacity((N_TAGS + 1) * N_TAGS);
        for _ in 0..(N_TAGS + 1) * N_TAGS {
            trans.push(r.f32()?);
        }
        let (row_buckets, rows) = r.weight_rows(bits, N_TAGS, "tag")?;
        let n_gaz = r.u32()? as usize;
        if n_gaz > r.b.len() / 2 {
            return Err(ModelError::Corrupt("gazetteer size out of range".into()));
        }
        let keys = r.rice_deltas(n_gaz, GAZ_KEY_BITS, "gazetteer key")?;
        let mut entries =
            crate::engine::hash::KeyMap::with_capacity_and_hasher(n_gaz, Default::default());
        for k in keys {
            entries.insert(k, r.u8()?);
        }
        let n_common = r.u32()? as usize;
        if n_common > r.b.len() {
            return Err(ModelError::Corrupt("word list size out of range".into()));
        }
        let common: std::collections::HashSet<u32> =
            r.deltas(n_common, "word key")?.into_iter().collect();
        if r.at != r.b.len() {
            return Err(ModelError::Corrupt("trailing bytes".into()));
        }
        let mut m = Model {
            metadata,
            bits,
            scale,
            trans,
            index: Default::default(),
            rows,
            row_buckets,
            gazetteer: Gazetteer { entries, common },
        };
        m.build_index();
        Ok(m)
    }

    /// Builds the bucket → row index. Rows are stored in increasing bucket order, so a
    /// bucket's row number is the count of buckets with rows before it.
    pub(crate) fn build_index(&mut self) {
        self.index = crate::engine::hash::RowIndex::new(self.bits, &self.row_buckets);
        // The row of zeros that buckets without weights read (see `row`).
        self.rows.truncate(self.row_buckets.len() * N_TAGS);
        self.rows.extend_from_slice(&[0; N_TAGS]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tagger::EMBEDDED;

    #[test]
    fn header_errors_are_distinct() {
        assert_eq!(Model::from_bytes(b"").unwrap_err(), ModelError::NotAModel);
        assert_eq!(
            Model::from_bytes(b"PK\x03\x04 a zip file, not a model").unwrap_err(),
            ModelError::NotAModel
        );
        let mut wrong = EMBEDDED.to_vec();
        wrong[MAGIC.len()..MAGIC.len() + 2].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
        assert_eq!(
            Model::from_bytes(&wrong).unwrap_err(),
            ModelError::WrongVersion { found: FORMAT_VERSION + 1, expected: FORMAT_VERSION }
        );
        // Files in the older layouts (version 1 interleaved, version 2 without the feature
        // set) are refused by their version.
        for old in [1u16, 2] {
            wrong[MAGIC.len()..MAGIC.len() + 2].copy_from_slice(&old.to_le_bytes());
            assert_eq!(
                Model::from_bytes(&wrong).unwrap_err(),
                ModelError::WrongVersion { found: old, expected: FORMAT_VERSION }
            );
        }
        for cut in [MAGIC.len() + 1, MAGIC.len() + 5, EMBEDDED.len() / 2, EMBEDDED.len() - 1] {
            assert!(
                matches!(Model::from_bytes(&EMBEDDED[..cut]), Err(ModelError::Corrupt(_))),
                "cut at {cut}"
            );
        }
        let mut flipped = EMBEDDED.to_vec();
        let mid = flipped.len() / 2;
        flipped[mid] ^= 0x55;
        assert!(matches!(Model::from_bytes(&flipped), Err(ModelError::Corrupt(_))));
        let msg = ModelError::WrongVersion { found: 9, expected: 1 }.to_string();
        assert_eq!(msg, msg.to_lowercase());
    }

    #[test]
    fn a_model_of_other_features_is_refused() {
        // The embedded model with another feature-set fingerprint (and a valid checksum), as
        // a model trained before a feature change would be.
        let mut other = EMBEDDED.to_vec();
        let at = MAGIC.len() + 2;
        let found = feature_set() ^ 0x5a5a_5a5a;
        other[at..at + 4].copy_from_slice(&found.to_le_bytes());
        let body_end = other.len() - 4;
        let sum = checksum(&other[..body_end]);
        other[body_end..].copy_from_slice(&sum.to_le_bytes());
        let err = Model::from_bytes(&other).unwrap_err();
        assert_eq!(err, ModelError::OtherFeatures { found, expected: feature_set() });
        assert!(err.to_string().contains("retrain"), "{err}");
        // The embedded model itself was trained with this build's features.
        assert_eq!(u32::from_le_bytes(EMBEDDED[at..at + 4].try_into().unwrap()), feature_set());
    }
}
