//! Building and writing a model file (training only, never in the WebAssembly bundle):
//! pruning full-precision weights to the largest ones, quantizing them to int8 with one
//! scale, and writing them in the format `engine::tagger::format` reads (its module notes
//! describe the layout).

use crate::engine::features::{feature_set, Gazetteer};
use crate::engine::tagger::format::{checksum, MAGIC};
use crate::engine::tagger::{Model, FORMAT_VERSION, N_TAGS};

impl Model {
    /// Builds a model from full-precision weights (`2^bits × N_TAGS`, bucket-major), keeping
    /// at most `max_weights` non-zero weights (the largest in magnitude) and quantizing them
    /// to int8 with one shared scale.
    pub fn from_weights(
        bits: u32,
        weights: &[f32],
        trans: &[f32],
        gazetteer: Gazetteer,
        metadata: String,
        max_weights: Option<usize>,
    ) -> Model {
        let mut threshold = 0.0f32;
        let mut mags: Vec<f32> = weights.iter().map(|w| w.abs()).filter(|&w| w > 0.0).collect();
        if let Some(k) = max_weights {
            if k < mags.len() {
                let idx = mags.len() - k;
                mags.select_nth_unstable_by(idx, |a, b| a.total_cmp(b));
                threshold = mags[idx];
            }
        }
        // The scale maps a high percentile (not the maximum) to 127, so a few huge weights
        // do not flatten everything else to zero; the rest are clipped.
        let mut kept: Vec<f32> =
            weights.iter().map(|w| w.abs()).filter(|&w| w >= threshold && w > 0.0).collect();
        let scale = if kept.is_empty() {
            1.0
        } else {
            let idx = ((kept.len() as f64) * 0.9995) as usize;
            let idx = idx.min(kept.len() - 1);
            kept.select_nth_unstable_by(idx, |a, b| a.total_cmp(b));
            (kept[idx] / 127.0).max(f32::MIN_POSITIVE)
        };
        let mut row_buckets = Vec::new();
        let mut rows = Vec::new();
        for (bucket, chunk) in weights.chunks(N_TAGS).enumerate() {
            let q: Vec<i8> = chunk
                .iter()
                .map(|&w| {
                    if w.abs() >= threshold && w != 0.0 {
                        (w / scale).round().clamp(-127.0, 127.0) as i8
                    } else {
                        0
                    }
                })
                .collect();
            if q.iter().any(|&x| x != 0) {
                row_buckets.push(bucket as u32);
                rows.extend_from_slice(&q);
            }
        }
        let mut m = Model {
            metadata,
            bits,
            scale,
            trans: trans.to_vec(),
            index: Default::default(),
            rows,
            row_buckets,
            gazetteer,
        };
        m.build_index();
        m
    }

    /// Serializes the model in the current file format.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&feature_set().to_le_bytes());
        out.extend_from_slice(&(self.metadata.len() as u32).to_le_bytes());
        out.extend_from_slice(self.metadata.as_bytes());
        out.extend_from_slice(&(N_TAGS as u32).to_le_bytes());
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&self.scale.to_bits().to_le_bytes());
        for &t in &self.trans {
            out.extend_from_slice(&t.to_bits().to_le_bytes());
        }
        out.extend_from_slice(&(self.row_buckets.len() as u32).to_le_bytes());
        // Rows, column by column: every bucket as a delta from the previous one, then every
        // row's bit mask of non-zero tags, then all those weights. Like values side by side
        // compress better than interleaved (about 8 KB less after gzip).
        put_deltas(&mut out, self.row_buckets.iter().copied());
        // (`rows` ends with the row of zeros that buckets without weights read: not stored.)
        for row in self.rows.chunks(N_TAGS).take(self.row_buckets.len()) {
            let mask = row
                .iter()
                .enumerate()
                .filter(|(_, &w)| w != 0)
                .fold(0u32, |m, (i, _)| m | (1 << i));
            put_varint(&mut out, mask);
        }
        out.extend(
            self.rows[..self.row_buckets.len() * N_TAGS]
                .iter()
                .filter(|&&w| w != 0)
                .map(|&w| w as u8),
        );
        // The gazetteer: the keys as Rice-coded deltas, then the type bit sets.
        let mut gaz: Vec<(u32, u8)> =
            self.gazetteer.entries.iter().map(|(&k, &v)| (k, v)).collect();
        gaz.sort_unstable();
        out.extend_from_slice(&(gaz.len() as u32).to_le_bytes());
        put_rice_deltas(&mut out, &gaz.iter().map(|&(k, _)| k).collect::<Vec<_>>());
        out.extend(gaz.iter().map(|&(_, v)| v));
        let mut common: Vec<u32> = self.gazetteer.common.iter().copied().collect();
        common.sort_unstable();
        out.extend_from_slice(&(common.len() as u32).to_le_bytes());
        put_deltas(&mut out, common);
        let sum = checksum(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }
}

pub(crate) fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Writes ascending `values` as varint deltas (as `Reader::deltas` reads them).
pub(crate) fn put_deltas(out: &mut Vec<u8>, values: impl IntoIterator<Item = u32>) {
    let mut prev = 0u32;
    for v in values {
        put_varint(out, v - prev);
        prev = v;
    }
}

/// Writes ascending `values` as Rice-coded deltas (as `Reader::rice_deltas` reads them),
/// with the parameter that codes them in the fewest bits.
pub(crate) fn put_rice_deltas(out: &mut Vec<u8>, values: &[u32]) {
    let deltas: Vec<u32> =
        values.iter().scan(0u32, |prev, &v| Some(v - std::mem::replace(prev, v))).collect();
    let cost = |k: u32| deltas.iter().map(|&d| u64::from(d >> k) + 1 + u64::from(k)).sum::<u64>();
    let k = (0..24).min_by_key(|&k| cost(k)).unwrap_or(0);
    out.push(k as u8);
    let mut bits = Vec::new();
    for d in deltas {
        bits.extend(std::iter::repeat_n(1u8, (d >> k) as usize));
        bits.push(0);
        bits.extend((0..k).map(|i| (d >> i & 1) as u8));
    }
    out.extend(bits.chunks(8).map(|c| c.iter().rev().fold(0u8, |b, &x| b << 1 | x)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_survives_writing_and_reading() {
        let m = Model::embedded();
        let again = Model::from_bytes(&m.to_bytes()).expect("round trip");
        assert_eq!(again.weight_count(), m.weight_count());
        assert_eq!(again.to_bytes(), m.to_bytes());
    }

    #[test]
    fn rice_coded_keys_read_back_and_hostile_streams_are_refused() {
        use crate::engine::tagger::format::Reader;
        let keys = [0, 1, 2, 700, 70_000, (1 << 28) - 1];
        let mut out = Vec::new();
        put_rice_deltas(&mut out, &keys);
        assert_eq!(Reader::new(&out).rice_deltas(keys.len(), 28, "key"), Ok(keys.to_vec()));
        // Past the largest key, or past the end of the bytes: an error, not a panic or a hang.
        assert!(Reader::new(&out).rice_deltas(keys.len(), 27, "key").is_err());
        assert!(Reader::new(&out).rice_deltas(keys.len() + 1, 28, "key").is_err());
        let ones = [5u8, 0xff, 0xff, 0xff, 0xff];
        assert!(Reader::new(&ones).rice_deltas(1, 28, "key").is_err());
    }
}
