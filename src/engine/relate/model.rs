//! The relation model (`model/relations.bin`): one logistic-regression scorer per relation
//! type over the hashed pair features of `pairs.rs`, and the threshold its training chose.
//!
//! File format, version 1 (little-endian; the writer is `src/train/relations.rs`):
//! 1. the magic `SIDELIGHT-REL\0` (14 bytes) and the format version (`u16`);
//! 2. the feature-set fingerprint (`u32`, [`feature_set`]);
//! 3. a `u32` length and a UTF-8 metadata string: which data and which command made it;
//! 4. the number of relation types (`u32`, 11), bucket bits (`u32`), the weight scale
//!    (`f32`) and the decision threshold, a probability (`f32`);
//! 5. one bias per relation type (`f32`), in [`RelationType::ALL`] order;
//! 6. the weight rows, column by column as in the tagger's file: their count, every row's
//!    bucket as a varint delta, every row's varint bit mask of non-zero types, then those
//!    int8 weights;
//! 7. an FNV checksum (`u32`) of everything before it.
//!
//! Reading never panics; errors are the tagger's [`ModelError`]s.

use crate::engine::hash::RowIndex;
use crate::engine::tagger::format::body;
use crate::engine::tagger::ModelError;
use crate::engine::types::RelationType;

pub(crate) const MAGIC: &[u8; 14] = b"SIDELIGHT-REL\0";
/// The current relation model format version.
pub const FORMAT_VERSION: u16 = 1;
/// The number of relation types a model scores.
pub const N_TYPES: usize = RelationType::ALL.len();

/// The relation model embedded at build time.
pub(crate) static EMBEDDED: &[u8] = include_bytes!("../../../model/relations.bin");

/// A trained relation model.
#[derive(Clone, Debug)]
pub struct RelationModel {
    /// Which data and command made the model.
    pub metadata: String,
    pub(crate) bits: u32,
    pub(crate) scale: f32,
    /// The probability from which a pair is reported.
    pub threshold: f32,
    pub(crate) bias: [f32; N_TYPES],
    /// Bucket → row.
    pub(crate) index: RowIndex,
    /// `N_TYPES` weights per row, then a row of zeros (what a bucket without weights reads).
    pub(crate) rows: Vec<i8>,
}

/// The probability of log-odds `z`.
pub(crate) fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// The index of a relation type in [`RelationType::ALL`].
pub(crate) fn type_index(ty: RelationType) -> usize {
    RelationType::ALL.iter().position(|&t| t == ty).unwrap_or(0)
}

impl RelationModel {
    /// The embedded model, read once; `None` in a build whose model file is empty (the
    /// patterns then decide alone, as before a model is first trained).
    pub fn embedded() -> Option<&'static RelationModel> {
        static MODEL: std::sync::OnceLock<Option<RelationModel>> = std::sync::OnceLock::new();
        MODEL
            .get_or_init(|| {
                (!EMBEDDED.is_empty()).then(|| {
                    RelationModel::from_bytes(EMBEDDED)
                        .expect("the embedded relation model is valid")
                })
            })
            .as_ref()
    }

    /// The number of non-zero weights.
    pub fn weight_count(&self) -> usize {
        self.rows.iter().filter(|&&w| w != 0).count()
    }

    /// The probability that `features` state a relation of type `ty`.
    pub fn probability(&self, ty: RelationType, features: &[u32]) -> f32 {
        self.probabilities(features)[type_index(ty)]
    }

    /// The probability that `features` state a relation of each type, in
    /// [`RelationType::ALL`] order: each feature is looked up once for all types.
    pub fn probabilities(&self, features: &[u32]) -> [f32; N_TYPES] {
        self.logits(features).map(sigmoid)
    }

    /// The log-odds behind [`RelationModel::probabilities`], for a caller that needs the
    /// probability of a few types only ([`sigmoid`] of each).
    pub(crate) fn logits(&self, features: &[u32]) -> [f32; N_TYPES] {
        let mask = (1u32 << self.bits) - 1;
        let mut sums = [0i32; N_TYPES];
        for &f in features {
            let r = self.index.row(f & mask);
            if let Some(row) = self.rows.get(r * N_TYPES..(r + 1) * N_TYPES) {
                for (sum, &w) in sums.iter_mut().zip(row) {
                    *sum += i32::from(w);
                }
            }
        }
        std::array::from_fn(|t| self.bias[t] + sums[t] as f32 * self.scale)
    }

    /// Reads a model file (see the module notes for the layout).
    pub fn from_bytes(bytes: &[u8]) -> Result<RelationModel, ModelError> {
        let mut r = body(bytes, MAGIC, FORMAT_VERSION, super::feature_set())?;
        let meta_len = r.u32()? as usize;
        let metadata = String::from_utf8(r.take(meta_len)?.to_vec())
            .map_err(|_| ModelError::Corrupt("metadata is not utf-8".into()))?;
        if r.u32()? as usize != N_TYPES {
            return Err(ModelError::Corrupt("unexpected number of relation types".into()));
        }
        let bits = r.u32()?;
        if !(1..=31).contains(&bits) {
            return Err(ModelError::Corrupt("bucket bits out of range".into()));
        }
        let scale = r.f32()?;
        let threshold = r.f32()?;
        if !scale.is_finite() || !(0.0..=1.0).contains(&threshold) {
            return Err(ModelError::Corrupt("scale or threshold out of range".into()));
        }
        let mut bias = [0f32; N_TYPES];
        for b in &mut bias {
            *b = r.f32()?;
            if !b.is_finite() {
                return Err(ModelError::Corrupt("bias out of range".into()));
            }
        }
        let (buckets, mut rows) = r.weight_rows(bits, N_TYPES, "type")?;
        if r.left() != 0 {
            return Err(ModelError::Corrupt("trailing bytes".into()));
        }
        let index = RowIndex::new(bits, &buckets);
        rows.truncate(buckets.len() * N_TYPES);
        rows.extend_from_slice(&[0; N_TYPES]);
        Ok(RelationModel { metadata, bits, scale, threshold, bias, index, rows })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_loads_and_bad_files_are_refused() {
        let m = RelationModel::embedded().expect("a relation model is embedded");
        assert!(m.weight_count() > 0);
        assert!((0.0..=1.0).contains(&m.threshold));
        assert_eq!(RelationModel::from_bytes(b"").unwrap_err(), ModelError::NotAModel);
        assert_eq!(
            RelationModel::from_bytes(crate::engine::tagger::EMBEDDED).unwrap_err(),
            ModelError::NotAModel,
            "a name model is not a relation model"
        );
        let mut wrong = EMBEDDED.to_vec();
        wrong[MAGIC.len()..MAGIC.len() + 2].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
        assert!(matches!(RelationModel::from_bytes(&wrong), Err(ModelError::WrongVersion { .. })));
        for cut in [MAGIC.len() + 1, MAGIC.len() + 5, EMBEDDED.len() / 2, EMBEDDED.len() - 1] {
            assert!(
                matches!(RelationModel::from_bytes(&EMBEDDED[..cut]), Err(ModelError::Corrupt(_))),
                "cut at {cut}"
            );
        }
        let mut flipped = EMBEDDED.to_vec();
        let mid = flipped.len() / 2;
        flipped[mid] ^= 0x55;
        assert!(matches!(RelationModel::from_bytes(&flipped), Err(ModelError::Corrupt(_))));
    }
}
