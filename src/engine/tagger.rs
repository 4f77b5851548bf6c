//! Name recognition (PERSON, ORG, GPE, LOC, FAC, NORP, PRODUCT, EVENT) with a trained
//! linear sequence model.
//!
//! The model is an averaged structured perceptron over BIO tags: hashed features (see
//! [`super::features`]) score each tag of each token, a learned transition matrix scores tag
//! pairs, and Viterbi decoding finds the best tag sequence per sentence under the hard BIO
//! constraint (an `I-X` only continues a `B-X` or `I-X`). Weights are stored as int8 with
//! one scale, and only the weights kept after pruning are stored, to fit the browser bundle.
//! After decoding, document-level rules make the output consistent: one surface, one type;
//! a name found once is found everywhere in the body; and title-case headlines reuse the
//! body's names, because a headline alone is where capitalization says least.
//!
//! The file format (`model/ner.bin`) is: the magic `SIDELIGHT-NER\0`, a little-endian `u16`
//! format version, a length-prefixed UTF-8 metadata string (which data and which command
//! made the model), the header numbers, the transition matrix, the weight rows, the
//! gazetteer, and a trailing FNV checksum of everything before it.

use super::features::{self, DocContext, FastMap, Gazetteer, TokenInfo, N_TYPES};
use super::types::{BlockKind, EntityType, Span};
use super::{Candidate, Sentence};
use std::fmt;
use std::sync::OnceLock;

/// The number of BIO tags: `O`, then `B-t`, `I-t` for each name type.
pub const N_TAGS: usize = 1 + 2 * N_TYPES;

/// The tagger's name types, in tag order. The model file depends on this order, so it is spelled
/// out here rather than taken from `EntityType::ALL`, which may change.
pub const TYPES: [EntityType; N_TYPES] = [
    EntityType::Person,
    EntityType::Org,
    EntityType::Gpe,
    EntityType::Loc,
    EntityType::Fac,
    EntityType::Norp,
    EntityType::Product,
    EntityType::Event,
];

/// The tag index of `B-t` for type index `t`.
pub const fn tag_b(t: usize) -> usize {
    1 + 2 * t
}
/// The tag index of `I-t` for type index `t`.
pub const fn tag_i(t: usize) -> usize {
    2 + 2 * t
}

/// The type index of a name type, if the tagger produces it.
pub fn type_index(ty: EntityType) -> Option<usize> {
    TYPES.iter().position(|&t| t == ty)
}

const MAGIC: &[u8; 14] = b"SIDELIGHT-NER\0";
/// The current model file format version.
pub const FORMAT_VERSION: u16 = 2;

static EMBEDDED: &[u8] = include_bytes!("../../model/ner.bin");

/// Why a model file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    /// The bytes do not start with the model magic label.
    NotAModel,
    /// The file is a model, but of another format version.
    WrongVersion { found: u16, expected: u16 },
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
            ModelError::Corrupt(why) => write!(f, "corrupt or truncated model file: {why}"),
        }
    }
}

impl std::error::Error for ModelError {}

/// A name-recognition model.
#[derive(Debug, Default, Clone)]
pub struct Model {
    /// Which data and which command made the model.
    pub metadata: String,
    bits: u32,
    scale: f32,
    /// `(N_TAGS + 1) × N_TAGS` transition scores; the last row scores the first tag.
    trans: Vec<f32>,
    /// One bit per bucket saying whether it has weights: small enough to stay in cache, it
    /// skips the rows for the many features that were pruned or never seen.
    present: Vec<u64>,
    /// For each word of `present`, the number of rows of the buckets before it: a bucket's
    /// row is that count plus the set bits below its own in the word. No probing, and the
    /// rows stay packed: memory latency dominates tagging, so the smaller the better.
    rank: Vec<u32>,
    /// `rows × N_TAGS` quantized weights, then one row of zeros (see `row`).
    rows: Vec<i8>,
    /// The bucket of each row, in increasing order (kept for writing the model back).
    row_buckets: Vec<u32>,
    pub gazetteer: Gazetteer,
}

/// Per-word scores cached while tagging one article.
struct Cached {
    info: TokenInfo,
    own: [i32; N_TAGS],
    /// What the word adds to a token when it stands at each of `features::NEIGHBOURS`.
    around: [[i32; N_TAGS]; 4],
}

/// A little reader over the model bytes that turns running out of bytes into an error.
struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.b.len())
            .ok_or_else(|| ModelError::Corrupt("unexpected end of file".into()))?;
        let s = &self.b[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32()?))
    }
    fn varint(&mut self) -> Result<u32, ModelError> {
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
    fn deltas(&mut self, n: usize, what: &str) -> Result<Vec<u32>, ModelError> {
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
}

fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Writes ascending `values` as varint deltas (see `Reader::deltas`).
fn put_deltas(out: &mut Vec<u8>, values: impl IntoIterator<Item = u32>) {
    let mut prev = 0u32;
    for v in values {
        put_varint(out, v - prev);
        prev = v;
    }
}

fn checksum(b: &[u8]) -> u32 {
    let mut h = features::Fnv::new(b'C');
    for &x in b {
        h.byte(x);
    }
    h.finish()
}

impl Model {
    /// The model built into the binary. If the embedded file cannot be read (which tests
    /// rule out), recognition falls back to an empty model that finds no names.
    pub fn embedded() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| Model::from_bytes(EMBEDDED).unwrap_or_default())
    }

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
            present: Vec::new(),
            rank: Vec::new(),
            rows,
            row_buckets,
            gazetteer,
        };
        m.build_index();
        m
    }

    /// Builds the bucket → row index. Rows are stored in increasing bucket order, so a
    /// bucket's row number is the count of buckets with rows before it.
    fn build_index(&mut self) {
        let mut present = vec![0u64; ((1usize << self.bits.min(31)) / 64).max(1)];
        for &b in &self.row_buckets {
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
        self.present = present;
        self.rank = rank;
        // The row of zeros that buckets without weights read (see `row`).
        self.rows.truncate(self.row_buckets.len() * N_TAGS);
        self.rows.extend_from_slice(&[0; N_TAGS]);
    }

    /// The weights of a bucket: its row, or the row of zeros after the last one for a bucket
    /// without weights, so that adding a row needs no branch of its own.
    #[inline(always)]
    fn row(&self, bucket: u32) -> &[i8; N_TAGS] {
        const ZERO: [i8; N_TAGS] = [0; N_TAGS];
        let k = bucket as usize / 64;
        let word = self.present.get(k).copied().unwrap_or(0);
        let shift = bucket % 64;
        let r = if (word >> shift) & 1 == 1 {
            self.rank.get(k).map_or(0, |&n| n as usize)
                + (word & ((1u64 << shift) - 1)).count_ones() as usize
        } else {
            self.row_buckets.len()
        };
        self.rows.get(r * N_TAGS..(r + 1) * N_TAGS).and_then(|w| w.try_into().ok()).unwrap_or(&ZERO)
    }

    /// The number of stored non-zero weights.
    pub fn weight_count(&self) -> usize {
        self.rows.iter().filter(|&&w| w != 0).count()
    }

    /// Serializes the model in the current file format.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
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
        // The gazetteer likewise: the key deltas, then the type bit sets.
        let mut gaz: Vec<(u32, u8)> =
            self.gazetteer.entries.iter().map(|(&k, &v)| (k, v)).collect();
        gaz.sort_unstable();
        out.extend_from_slice(&(gaz.len() as u32).to_le_bytes());
        put_deltas(&mut out, gaz.iter().map(|&(k, _)| k));
        out.extend(gaz.iter().map(|&(_, v)| v));
        let mut common: Vec<u32> = self.gazetteer.common.iter().copied().collect();
        common.sort_unstable();
        out.extend_from_slice(&(common.len() as u32).to_le_bytes());
        put_deltas(&mut out, common);
        let sum = checksum(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Reads a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(ModelError::NotAModel);
        }
        let mut r = Reader { b: bytes, at: MAGIC.len() };
        let v = r.take(2)?;
        let version = u16::from_le_bytes([v[0], v[1]]);
        if version != FORMAT_VERSION {
            return Err(ModelError::WrongVersion { found: version, expected: FORMAT_VERSION });
        }
        if bytes.len() < r.at + 4 {
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
        let mut r = Reader { b: &bytes[..body_end], at: r.at };
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
        let n_rows = r.u32()? as usize;
        // Each row takes at least two bytes, which bounds the allocation for hostile input.
        if n_rows > r.b.len() / 2 {
            return Err(ModelError::Corrupt("row count out of range".into()));
        }
        // Buckets are strictly ascending and inside the table.
        let row_buckets = r.deltas(n_rows, "bucket")?;
        if row_buckets.iter().any(|&b| b >= 1 << bits)
            || row_buckets.windows(2).any(|w| w[0] == w[1])
        {
            return Err(ModelError::Corrupt("bucket out of range".into()));
        }
        let mut masks = Vec::with_capacity(n_rows);
        for _ in 0..n_rows {
            let mask = r.varint()?;
            if mask >> N_TAGS != 0 {
                return Err(ModelError::Corrupt("tag mask out of range".into()));
            }
            masks.push(mask);
        }
        let mut rows = Vec::with_capacity(n_rows * N_TAGS);
        for mask in masks {
            for t in 0..N_TAGS {
                rows.push(if mask & (1 << t) != 0 { r.u8()? as i8 } else { 0 });
            }
        }
        let n_gaz = r.u32()? as usize;
        if n_gaz > r.b.len() / 2 {
            return Err(ModelError::Corrupt("gazetteer size out of range".into()));
        }
        let keys = r.deltas(n_gaz, "gazetteer key")?;
        let mut entries = features::KeyMap::with_capacity_and_hasher(n_gaz, Default::default());
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
            present: Vec::new(),
            rank: Vec::new(),
            rows,
            row_buckets,
            gazetteer: Gazetteer { entries, common },
        };
        m.build_index();
        Ok(m)
    }

    // Hot: the release profile optimizes for size and would otherwise call these.
    #[inline(always)]
    fn add_row(&self, acc: &mut [i32; N_TAGS], f: u32) {
        let mask = if self.bits >= 32 { u32::MAX } else { (1u32 << self.bits) - 1 };
        let row = self.row(f & mask);
        for k in 0..N_TAGS {
            acc[k] += i32::from(row[k]);
        }
    }

    /// The summed weights of a list of feature hashes.
    fn score_of(&self, f: &[u32]) -> [i32; N_TAGS] {
        let mut acc = [0i32; N_TAGS];
        for &x in f {
            self.add_row(&mut acc, x);
        }
        acc
    }

    /// The best tag sequence of each sentence (one tag per token).
    pub fn tag(&self, text: &str, sentences: &[Sentence], ctx: &DocContext) -> Vec<Vec<u8>> {
        // Everything that depends on one word alone is scored once per distinct word of the
        // article: its own features, and what it contributes as each neighbour position.
        // Each distinct word gets an index into `words` the first time it is seen, and every
        // token its word's index, so decoding reaches a token's scores without hashing again.
        // A news article of a few hundred tokens has about one distinct word per two tokens,
        // a long text far fewer: reserving that bound avoids regrowing the table and moving
        // the (large) cached entries while it fills.
        let n_tokens: usize = sentences.iter().map(|s| s.tokens.len()).sum();
        let distinct = (n_tokens * 2 / 3).min(512 + n_tokens / 8);
        let mut index: features::FastMap<&str, usize> =
            features::FastMap::with_capacity_and_hasher(distinct, Default::default());
        let mut words: Vec<Cached> = Vec::with_capacity(distinct);
        let mut ids: Vec<usize> = Vec::with_capacity(n_tokens);
        let mut f = Vec::with_capacity(64);
        let mut edge = [[0i32; N_TAGS]; 4];
        for (slot, &d) in edge.iter_mut().zip(&features::NEIGHBOURS) {
            let w = if d < 0 { "<s>" } else { "</s>" };
            f.clear();
            features::neighbour_features(w, w, d, &mut f);
            *slot = self.score_of(&f);
        }
        for s in sentences {
            for t in &s.tokens {
                let w = t.of(text);
                let id = *index.entry(w).or_insert_with(|| {
                    let mut info = TokenInfo::new(w);
                    info.common = info.cap
                        && self.gazetteer.common.contains(&features::word_key(info.lower()));
                    f.clear();
                    features::word_features(w, &info, ctx, &mut f);
                    let own = self.score_of(&f);
                    let mut around = [[0i32; N_TAGS]; 4];
                    for (slot, &d) in around.iter_mut().zip(&features::NEIGHBOURS) {
                        f.clear();
                        features::neighbour_features(info.lower(), info.short(), d, &mut f);
                        *slot = self.score_of(&f);
                    }
                    words.push(Cached { info, own, around });
                    words.len() - 1
                });
                ids.push(id);
            }
        }
        // The word table is complete before decoding starts, so the per-sentence buffers
        // below can borrow from it and be reused across sentences instead of allocated for
        // each one.
        let mut out = Vec::with_capacity(sentences.len());
        let mut entries: Vec<&Cached> = Vec::new();
        let mut infos: Vec<&TokenInfo> = Vec::new();
        let mut emit: Vec<[f32; N_TAGS]> = Vec::new();
        let mut at = 0;
        for s in sentences {
            let these = ids.get(at..at + s.tokens.len()).unwrap_or(&[]);
            at += s.tokens.len();
            entries.clear();
            entries.extend(these.iter().filter_map(|&k| words.get(k)));
            infos.clear();
            infos.extend(entries.iter().map(|e| &e.info));
            let marks = self.gazetteer.marks(&infos);
            let block = features::effective_block(text, s);
            let n = entries.len();
            emit.clear();
            for i in 0..n {
                let mut acc = entries[i].own;
                for (k, &d) in features::NEIGHBOURS.iter().enumerate() {
                    let j = i as isize + d;
                    let add = if j < 0 || j as usize >= n {
                        &edge[k]
                    } else {
                        &entries[j as usize].around[k]
                    };
                    for t in 0..N_TAGS {
                        acc[t] += add[t];
                    }
                }
                f.clear();
                features::context_features(&infos, &marks, block, ctx, i, false, &mut f);
                for &x in &f {
                    self.add_row(&mut acc, x);
                }
                emit.push(acc.map(|a| a as f32 * self.scale));
            }
            out.push(viterbi(&emit, &self.trans, None));
        }
        out
    }

    /// Name mentions in the sentences.
    pub fn recognize(&self, text: &str, sentences: &[Sentence]) -> Vec<Candidate> {
        let ctx = DocContext::new(text, sentences);
        let tags = self.tag(text, sentences, &ctx);
        let mut found: Vec<(usize, Candidate)> = Vec::new();
        for (si, (s, tags)) in sentences.iter().zip(&tags).enumerate() {
            for (span, ty) in spans_of_tags(text, &s.tokens, tags) {
                found.push((si, Candidate { span, ty }));
            }
        }
        postprocess(text, sentences, &ctx, found)
    }
}

/// Viterbi decoding under the BIO constraint. `allowed`, if given, restricts each token to a
/// bit set of tags (training uses it to find the best path that agrees with partial labels).
pub fn viterbi(emit: &[[f32; N_TAGS]], trans: &[f32], allowed: Option<&[u32]>) -> Vec<u8> {
    let n = emit.len();
    if n == 0 || trans.len() < (N_TAGS + 1) * N_TAGS {
        return vec![0; n];
    }
    const NEG: f32 = f32::NEG_INFINITY;
    // Transitions as fixed-size rows so the inner loops have no bounds checks.
    let mut tr = [[0f32; N_TAGS]; N_TAGS + 1];
    for (p, row) in tr.iter_mut().enumerate() {
        row.copy_from_slice(&trans[p * N_TAGS..(p + 1) * N_TAGS]);
    }
    // The tags any tag may precede (O and each B-x), and their transition columns gathered
    // into rows padded to a multiple of four, so that the search for their best
    // predecessors runs over all of them at once (the compiler turns the lane loop into
    // vector instructions). Padding lanes score -inf and are never read.
    const STARTS: [usize; 1 + N_TYPES] = {
        let mut s = [0; 1 + N_TYPES];
        let mut k = 1;
        while k <= N_TYPES {
            s[k] = tag_b(k - 1);
            k += 1;
        }
        s
    };
    const LANES: usize = (1 + N_TYPES).next_multiple_of(4);
    let mut tr_start = [[NEG; LANES]; N_TAGS];
    for (p, row) in tr_start.iter_mut().enumerate() {
        for (k, &t) in STARTS.iter().enumerate() {
            row[k] = tr[p][t];
        }
    }
    let mask_at = |i: usize| -> u32 { allowed.and_then(|a| a.get(i).copied()).unwrap_or(u32::MAX) };
    let mut back = vec![[0u8; N_TAGS]; n];
    let mut prev = [NEG; N_TAGS];
    let m0 = mask_at(0);
    for t in 0..N_TAGS {
        // A sentence cannot start inside a name.
        if (t == 0 || t % 2 == 1) && m0 & (1 << t) != 0 {
            prev[t] = emit[0][t] + tr[N_TAGS][t];
        }
    }
    for i in 1..n {
        let m = mask_at(i);
        let mut cur = [NEG; N_TAGS];
        let e = &emit[i];
        let bk = &mut back[i];
        // O and B-x may follow any tag: the best score over all predecessors, for all of
        // them at once (a lane-wise maximum).
        let mut best = [NEG; LANES];
        for (&from, row) in prev.iter().zip(&tr_start) {
            for k in 0..LANES {
                let s = from + row[k];
                best[k] = if s > best[k] { s } else { best[k] };
            }
        }
        for (k, &t) in STARTS.iter().enumerate() {
            if m & (1 << t) != 0 {
                cur[t] = best[k] + e[t];
                // The predecessor: the first that reaches the best score (the same sum,
                // computed the same way), as a scalar loop keeping the first best would pick;
                // the first tag when none is reachable.
                let arg = if best[k] > NEG {
                    (0..N_TAGS).find(|&p| prev[p] + tr_start[p][k] == best[k]).unwrap_or(0)
                } else {
                    0
                };
                bk[t] = arg as u8;
            }
        }
        // I-x continues only B-x or I-x.
        for t in (2..N_TAGS).step_by(2) {
            if m & (1 << t) == 0 {
                continue;
            }
            let (a, b) = (prev[t - 1] + tr[t - 1][t], prev[t] + tr[t][t]);
            let (best, arg) = if b > a { (b, t) } else { (a, t - 1) };
            cur[t] = best + e[t];
            bk[t] = arg as u8;
        }
        prev = cur;
    }
    let mut t = (0..N_TAGS).fold(0usize, |b, t| if prev[t] > prev[b] { t } else { b });
    let mut out = vec![0u8; n];
    for i in (0..n).rev() {
        out[i] = t as u8;
        if i > 0 {
            t = back[i][t] as usize;
        }
    }
    out
}

fn is_edge_junk(w: &str) -> bool {
    const JUNK: [&str; 6] = ["the", "'s", "’s", "'", "’", "s"];
    let junk = JUNK.iter().any(|j| lowers_to(w, j));
    junk || !w.chars().any(char::is_alphanumeric) || is_glue(w)
}

/// `w.to_lowercase()` written into `buf` (cleared first), without allocating for ASCII
/// words, the most common case.
fn lower_into<'b>(w: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    if w.is_ascii() {
        buf.push_str(w);
        buf.make_ascii_lowercase();
    } else {
        buf.push_str(&w.to_lowercase());
    }
    buf
}

/// Whether `w.to_lowercase() == lower`, where `lower` is itself a lowercased string.
fn lowers_to(w: &str, lower: &str) -> bool {
    if w.is_ascii() {
        // Byte by byte: an ASCII word lowercases byte for byte.
        w.len() == lower.len()
            && w.bytes().zip(lower.bytes()).all(|(a, b)| a.to_ascii_lowercase() == b)
    } else {
        w.to_lowercase() == lower
    }
}

/// Lowercase words that end a name when hyphenated to it ("Basel-based", "Apple-backed").
fn is_compound_tail(w: &str) -> bool {
    is_glue(w)
        || (w.chars().all(|c| c.is_lowercase())
            && (w.ends_with("ed")
                || w.ends_with("ing")
                || w.ends_with("ian")
                || w.ends_with("wide")))
}

/// Job titles that stay outside PERSON spans.
fn is_title_word(w: &str) -> bool {
    matches!(
        w,
        "CEO"
            | "CFO"
            | "CTO"
            | "COO"
            | "Chairman"
            | "Chairwoman"
            | "President"
            | "Minister"
            | "Dr"
            | "Dr."
            | "Mr."
            | "Mrs."
            | "Ms."
            | "Prof."
            | "Professor"
            | "Senator"
            | "Governor"
            | "Chancellor"
            | "Secretary"
            | "Director"
            | "founder"
            | "chief"
            | "executive"
            | "coach"
            | "analyst"
            | "Commissioner"
    )
}

/// Head words of institution names that take an "of"/"for" complement.
fn is_institution(w: &str) -> bool {
    matches!(
        w,
        "Authority"
            | "Bank"
            | "University"
            | "Ministry"
            | "Department"
            | "Council"
            | "Commission"
            | "Institute"
            | "Association"
            | "Board"
            | "Court"
            | "Union"
            | "Federation"
            | "Alliance"
            | "Agency"
            | "Office"
            | "Bureau"
            | "Centre"
            | "Center"
            | "College"
            | "School"
            | "Academy"
            | "Society"
            | "Party"
            | "Church"
            | "League"
            | "Fund"
            | "Chamber"
            | "Organisation"
            | "Organization"
            | "Foundation"
            | "Corporation"
            | "Service"
            | "Army"
            | "Parliament"
            | "Assembly"
            | "Journal"
    )
}

/// Abbreviations used as common nouns, which FORMAT.md leaves unannotated ("AI" as a topic,
/// "DVD" as a format, "AD"/"BC" after a year).
fn is_topic_word(w: &str) -> bool {
    matches!(
        w,
        "AI" | "GDP"
            | "IPO"
            | "CEO"
            | "CFO"
            | "NFT"
            | "NFTs"
            | "ESG"
            | "DeFi"
            | "IoT"
            | "AGI"
            | "LLM"
            | "LLMs"
            | "DVD"
            | "DVDs"
            | "CD"
            | "CDs"
            | "TV"
            | "AD"
            | "BC"
    )
}

/// Head words of names that end in a number ("Route 66", "Squadron 8", "Interstate 95").
fn is_numbered_head(w: &str) -> bool {
    matches!(
        w,
        "Route"
            | "Highway"
            | "Interstate"
            | "Squadron"
            | "Flotilla"
            | "Corps"
            | "Fleet"
            | "Wing"
            | "Apollo"
            | "Terminal"
    )
}

/// Letters written after a person's name: honours, degrees, ranks of counsel.
fn is_post_nominal(w: &str) -> bool {
    matches!(
        w,
        "QC" | "KC"
            | "SC"
            | "SC."
            | "OBE"
            | "MBE"
            | "CBE"
            | "KBE"
            | "DBE"
            | "MP"
            | "MEP"
            | "PhD"
            | "FRS"
            | "Jr"
            | "Jr."
    )
}

/// Head nouns of event names: the last word of "… Conference", "… Summit", "… Olympics".
fn is_event_head(w: &str) -> bool {
    matches!(
        w,
        "Conference"
            | "Summit"
            | "Expo"
            | "Festival"
            | "Championship"
            | "Championships"
            | "Olympics"
            | "Tournament"
            | "Marathon"
            | "Convention"
            | "Hackathon"
            | "Symposium"
            | "Biennale"
            | "Paralympics"
            | "Games"
            | "Cup"
            | "War"
            | "Open"
            | "Classic"
            | "Prix"
            | "Regatta"
    )
}

/// The place type a name of several words has by its head noun, whatever its words suggest
/// to the tagger ("Cayman Islands", "Tver Oblast", "London Heathrow Airport", "Lake Inari"):
/// unfamiliar names in encyclopedic text are otherwise often read as persons or companies.
/// Heads that also end organization names ("Church", "Abbey", "Hall", "City", "Bank",
/// "Union") are left out.
fn place_head_type(words: &[&str]) -> Option<EntityType> {
    if words.len() < 2 {
        return None;
    }
    let last = *words.last()?;
    let by_last = match last {
        "Island" | "Islands" | "Isles" | "River" | "Mountains" | "Mountain" | "Hills" | "Bay"
        | "Sea" | "Ocean" | "Peninsula" | "Valley" | "Forest" | "Glacier" | "Desert" | "Gulf"
        | "Strait" | "Beach" | "Lagoon" | "Plateau" | "Archipelago" | "Coast" | "Canyon"
        | "Creek" | "Reef" | "Volcano" | "Lake" | "Falls" | "Sound" | "Range" | "Park"
        | "Springs" | "Heights" => Some(EntityType::Loc),
        "Oblast" | "Province" | "County" | "Municipality" | "District" | "Prefecture"
        | "Governorate" | "Township" | "Borough" | "Voivodeship" | "Raion" | "Krai" | "Canton"
        | "Commune" => Some(EntityType::Gpe),
        "Airport" | "Bridge" | "Tunnel" | "Stadium" | "Arena" | "Station" | "Tower" | "Palace"
        | "Castle" | "Cathedral" | "Museum" | "Runway" | "Dam" | "Canal" | "Highway"
        | "Motorway" | "Street" | "Avenue" | "Square" | "Harbour" | "Harbor" | "Esplanade"
        | "Lighthouse" | "Mosque" => Some(EntityType::Fac),
        _ => None,
    };
    // "Lake Inari", "Mount Elgon"; longer names go by their head ("Lake Forest College").
    by_last.or(match words[0] {
        _ if words.len() > 2 => None,
        "Lake" | "Mount" | "Mt." | "Isle" | "Gulf" | "Cape" => Some(EntityType::Loc),
        _ => None,
    })
}

/// Last words that make a name an organization whatever comes before them.
fn is_org_head(w: &str) -> bool {
    matches!(
        w,
        "University" | "College" | "School" | "Institute" | "Academy" | "Inc." | "Inc" | "Corporation" | "Corp." | "Corp" | "Co" | "Co." | "Plc" | "PLC" | "plc" | "SA" | "SpA" | "AG" | "GmbH" | "NV" | "LLC" | "Company" | "Ltd" | "Ltd." | "Party" | "Records" | "Airlines"
            | "Orchestra" | "Quartet" | "Committee" | "Ministry" | "Association" | "Society" | "Foundation" | "Conservatory" | "Publishing" | "Productions"
            // Company designators: "Harbor Robotics", "Nordlys Therapeutics", "Lattix Systems".
            | "Robotics" | "Technologies" | "Systems" | "Labs" | "Ventures" | "Holdings" | "Therapeutics" | "Pharmaceuticals" | "Biosciences"
            | "Semiconductor" | "Electronics" | "Motors" | "Networks" | "Software" | "Bancorp" | "Investments" | "Securities" | "Logistics"
            | "Airways" | "Aerospace" | "Industries" | "Insurance" | "Partners" | "Capital"
    )
}

fn is_honorific(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Ms"
            | "Mrs"
            | "Dr"
            | "Prof"
            | "Mr."
            | "Ms."
            | "Mrs."
            | "Dr."
            | "Prof."
            | "Sen."
            | "Rep."
            | "Gov."
            | "Gen."
            | "Lt."
            | "Col."
            | "Capt."
            | "Sgt."
    )
}

fn is_abbreviation(w: &str) -> bool {
    matches!(w, "Co" | "Corp" | "Inc" | "Ltd" | "Jr" | "Sr" | "Bros" | "Cos" | "Plc")
}

/// Lowercase function words and compound tails that never start or end a name ("of Web
/// Summit", "Basel-based").
fn is_glue(w: &str) -> bool {
    matches!(
        w,
        "of" | "and"
            | "for"
            | "in"
            | "on"
            | "at"
            | "a"
            | "an"
            | "to"
            | "by"
            | "with"
            | "based"
            | "led"
            | "backed"
            | "owned"
            | "listed"
            | "born"
            | "made"
            | "run"
            | "funded"
            | "focused"
            | "style"
            | "like"
            | "era"
    )
}

/// Turns tags into spans, trimming "the", possessives and punctuation from the edges.
pub fn spans_of_tags(text: &str, tokens: &[Span], tags: &[u8]) -> Vec<(Span, EntityType)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len().min(tokens.len()) {
        let t = tags[i] as usize;
        if t == 0 || t >= N_TAGS {
            i += 1;
            continue;
        }
        let ty = (t - 1) / 2;
        let mut j = i + 1;
        while j < tags.len().min(tokens.len()) && tags[j] as usize == tag_i(ty) {
            j += 1;
        }
        let (mut a, mut b) = (i, j);
        // A hyphen followed by a lowercase word ends the name: "Basel-based" is "Basel".
        if let Some(h) = (a + 1..b).find(|&k| {
            tokens[k].of(text) == "-"
                && tokens.get(k + 1).is_some_and(|t| is_compound_tail(t.of(text)))
        }) {
            b = h;
        }
        // A title inside a span separates two names ("Solvane CEO Wei-Lin Tan"): the part
        // after the title is the person.
        if let Some(k) =
            (a + 1..b.saturating_sub(1)).rev().find(|&k| is_title_word(tokens[k].of(text)))
        {
            a = k + 1;
        }
        // Leading honorifics and titles stay outside ("Ms Buchtmann", "Dr. Lee").
        while b - a > 1 && (is_title_word(tokens[a].of(text)) || is_honorific(tokens[a].of(text))) {
            a += 1;
            if b - a > 1 && tokens[a].of(text) == "." {
                a += 1;
            }
        }
        while a < b && is_edge_junk(tokens[a].of(text)) {
            a += 1;
        }
        while b > a && is_edge_junk(tokens[b - 1].of(text)) {
            b -= 1;
        }
        // Numbered names keep their number ("Oregon Route 99", "Torpedo Squadron 8").
        if b > a
            && b < tokens.len()
            && is_numbered_head(tokens[b - 1].of(text))
            && tokens[b].of(text).len() <= 4
            && tokens[b].of(text).bytes().all(|c| c.is_ascii_digit())
        {
            b += 1;
        }
        // Abbreviations keep their period ("Taiwan Semiconductor Manufacturing Co.").
        if b > a
            && b < tokens.len()
            && tokens[b].of(text) == "."
            && tokens[b].start == tokens[b - 1].end
            && is_abbreviation(tokens[b - 1].of(text))
        {
            b += 1;
        }
        if a < b {
            out.push((Span::new(tokens[a].start, tokens[b - 1].end), TYPES[ty]));
        }
        i = j;
    }
    out
}

fn is_title_like(text: &str, s: &Sentence) -> bool {
    match features::effective_block(text, s) {
        BlockKind::Title => true,
        // A short line is read like body text, not like a headline, when it holds several
        // numbers (a results or table row: "Benetton ( Italy ) 92 Dinamo ( Russia ) 81") or
        // leaves a longer word in lowercase ("Results of Scottish league"): a headline in
        // title case capitalizes every such word; or when it lists names between commas
        // ("Ponting , Michael Slater , Darren Lehmann") or is a "label : value" line
        // ("ISSUER : Bay Co Building Authority").
        BlockKind::Heading => {
            let numbers = s
                .tokens
                .iter()
                .filter(|t| t.of(text).chars().any(|ch| ch.is_ascii_digit()))
                .count();
            let lower_word = s.tokens.iter().map(|t| t.of(text)).any(|w| {
                w.chars().count() >= 4
                    && w.chars().all(char::is_alphabetic)
                    && w.chars().next().is_some_and(char::is_lowercase)
            });
            let commas = s.tokens.iter().filter(|t| t.of(text) == ",").count();
            let colon = s.tokens.iter().rev().skip(1).any(|t| t.of(text) == ":");
            numbers < 2 && !lower_word && commas < 2 && !colon
        }
        _ => false,
    }
}

/// Document-level consistency on top of per-sentence decoding.
fn postprocess(
    text: &str,
    sentences: &[Sentence],
    ctx: &DocContext,
    found: Vec<(usize, Candidate)>,
) -> Vec<Candidate> {
    // One surface, one type: body mentions vote, weighted by length of agreement.
    // Lowercased forms are built in one reused buffer and copied only into new map keys.
    let mut buf = String::new();
    let mut votes: FastMap<String, [u32; N_TYPES]> = FastMap::default();
    for (si, c) in &found {
        if is_title_like(text, &sentences[*si]) {
            continue;
        }
        if let Some(t) = type_index(c.ty) {
            let key = lower_into(c.span.of(text), &mut buf);
            match votes.get_mut(key) {
                Some(v) => v[t] += 1,
                None => votes.entry(key.to_string()).or_insert([0; N_TYPES])[t] += 1,
            }
        }
    }
    let best = |v: &[u32; N_TYPES]| -> usize {
        (0..N_TYPES).fold(0, |b, t| if v[t] > v[b] { t } else { b })
    };
    let surface_type: FastMap<String, EntityType> =
        votes.iter().map(|(k, v)| (k.clone(), TYPES[best(v)])).collect();

    let mut out: Vec<Candidate> = Vec::new();
    for (si, c) in &found {
        if is_title_like(text, &sentences[*si]) {
            continue;
        }
        let ty = surface_type.get(lower_into(c.span.of(text), &mut buf)).copied().unwrap_or(c.ty);
        // Two names joined by a hyphen ("Apple-OpenAI partnership") are two mentions when
        // the article uses each on its own. (Only a span with a hyphen is tokenized for this.)
        let toks = if c.span.of(text).contains('-') {
            super::tokenize::tokens(text, c.span)
        } else {
            Vec::new()
        };
        let split = toks
            .iter()
            .position(|t| t.of(text) == "-")
            .filter(|&h| h > 0 && h + 1 < toks.len())
            .and_then(|h| {
                let left = Span::new(c.span.start, toks[h - 1].end);
                let right = Span::new(toks[h + 1].start, c.span.end);
                let lt = surface_type.get(lower_into(left.of(text), &mut buf))?;
                let rt = surface_type.get(lower_into(right.of(text), &mut buf))?;
                Some([Candidate { span: left, ty: *lt }, Candidate { span: right, ty: *rt }])
            });
        match split {
            Some(parts) => out.extend(parts),
            None if is_topic_word(c.span.of(text)) => {}
            // A post-nominal after a person's name ("Mark Tedeschi, QC") is no organization.
            None if is_post_nominal(c.span.of(text))
                && found.iter().any(|(_, p)| {
                    p.ty == EntityType::Person
                        && p.span.end <= c.span.start
                        && text.get(p.span.end..c.span.start).is_some_and(|g| g.trim() == ",")
                }) => {}
            None => out.push(Candidate { span: c.span, ty }),
        }
    }

    // "Monetary Authority" + "of" + "Singapore" is one organization when the first part
    // ends in an institution word.
    out.sort_by_key(|c| c.span);
    let mut merged: Vec<Candidate> = Vec::with_capacity(out.len());
    for c in out {
        if let Some(last) = merged.last_mut() {
            let gap = text.get(last.span.end..c.span.start).unwrap_or("");
            let head = last.span.of(text).rsplit(' ').next().unwrap_or("");
            if last.ty == EntityType::Org
                && matches!(gap, " of " | " for " | " of the " | " for the ")
                && is_institution(head)
            {
                last.span = Span::new(last.span.start, c.span.end);
                continue;
            }
            // A nationality right before an organization that starts with an institution
            // word is part of its name ("Australian" + "Centre for Control of …",
            // "Russian" + "Academy of Sciences").
            let first = c.span.of(text).split(' ').next().unwrap_or("");
            if last.ty == EntityType::Norp
                && c.ty == EntityType::Org
                && gap == " "
                && is_institution(first)
            {
                *last =
                    Candidate { span: Span::new(last.span.start, c.span.end), ty: EntityType::Org };
                continue;
            }
        }
        merged.push(c);
    }
    let mut out = merged;

    // Body names, by lowercased token sequence, longest first, for matching elsewhere.
    let mut names: Vec<(Vec<String>, EntityType, bool)> = Vec::new();
    let mut seen: FastMap<String, ()> = FastMap::default();
    for c in &out {
        let s = c.span.of(text);
        let key = lower_into(s, &mut buf);
        if !seen.contains_key(key) {
            seen.insert(key.to_string(), ());
            let toks: Vec<String> = super::tokenize::tokens(text, c.span)
                .iter()
                .map(|t| t.of(text).to_lowercase())
                .collect();
            let cap = s.chars().next().is_some_and(|ch| ch.is_uppercase() || ch.is_numeric());
            if !toks.is_empty() && s.chars().count() >= 2 {
                names.push((toks, c.ty, cap));
            }
        }
    }
    names.sort_by_key(|(t, _, _)| std::cmp::Reverse(t.len()));
    // Indexed by first token so long texts with many names stay linear.
    let mut by_first: FastMap<&str, Vec<usize>> = FastMap::default();
    for (n, (toks, _, _)) in names.iter().enumerate() {
        by_first.entry(toks[0].as_str()).or_default().push(n);
    }

    // Headlines: the model's title spans are kept only where they agree with the body's
    // names or do not touch any; body names found in the headline are added.
    let mut covered: Vec<Span> = out.iter().map(|c| c.span).collect();
    covered.sort();
    for (si, s) in sentences.iter().enumerate() {
        let title = is_title_like(text, s);
        // Lowercasing every token is the costly part of this pass; in body text only a
        // token that does not start in lowercase can start a name, so only those are keyed.
        let keyed = |k: usize| -> bool {
            let w = s.tokens[k].of(text);
            title || !w.chars().next().is_some_and(char::is_lowercase)
        };
        let same = |k: usize, toks: &[String]| -> bool {
            toks.iter()
                .enumerate()
                .all(|(j, t)| s.tokens.get(k + j).is_some_and(|x| lowers_to(x.of(text), t)))
        };
        let mut taken = vec![false; s.tokens.len()];
        // Body spans do not overlap, so their ends are sorted too: search, don't scan.
        let lo = covered.partition_point(|c| c.end <= s.span.start);
        let hi = covered.partition_point(|c| c.start < s.span.end);
        for (k, t) in s.tokens.iter().enumerate() {
            if covered[lo..hi.max(lo)].iter().any(|c| c.overlaps(*t)) {
                taken[k] = true;
            }
        }
        let mut added: Vec<Candidate> = Vec::new();
        let mut k = 0;
        while k < s.tokens.len() {
            let mut hit = None;
            if !taken[k] {
                let key = (!by_first.is_empty() && keyed(k))
                    .then(|| lower_into(s.tokens[k].of(text), &mut buf));
                for (toks, ty, cap) in
                    key.and_then(|key| by_first.get(key)).into_iter().flatten().map(|&n| &names[n])
                {
                    let len = toks.len();
                    if k + len <= s.tokens.len()
                        && !taken[k..k + len].iter().any(|&x| x)
                        && same(k, toks)
                    {
                        let first = s.tokens[k].of(text);
                        // In the body a name must keep its capital; in headlines case says little.
                        let ok = title
                            || !*cap
                            || first
                                .chars()
                                .next()
                                .is_some_and(|ch| ch.is_uppercase() || ch.is_numeric());
                        // Do not cut a longer capitalized run ("Apple" inside "Apple Music").
                        let next_cap = !title
                            && s.tokens.get(k + len).is_some_and(|t| {
                                t.of(text).chars().next().is_some_and(char::is_uppercase)
                            })
                            && k + len < s.tokens.len();
                        let prev_cap = !title
                            && k > 0
                            && s.tokens[k - 1]
                                .of(text)
                                .chars()
                                .next()
                                .is_some_and(char::is_uppercase)
                            && !taken[k - 1];
                        if ok && !next_cap && !prev_cap {
                            hit = Some((len, *ty));
                            break;
                        }
                    }
                }
            }
            match hit {
                Some((len, ty)) => {
                    added.push(Candidate {
                        span: Span::new(s.tokens[k].start, s.tokens[k + len - 1].end),
                        ty,
                    });
                    for x in &mut taken[k..k + len] {
                        *x = true;
                    }
                    k += len;
                }
                None => k += 1,
            }
        }
        if title {
            // A dateline ("MILWAUKEE , Wisconsin 1996-08-29": a few words, no lowercase
            // word, a number) holds names only, so the model's spans there stand.
            let dateline = s.tokens.len() <= 8
                && s.tokens.iter().any(|t| t.of(text).chars().any(|ch| ch.is_ascii_digit()))
                && !s
                    .tokens
                    .iter()
                    .any(|t| t.of(text).chars().next().is_some_and(char::is_lowercase));
            for (fi, c) in found.iter().filter(|(fi, _)| *fi == si) {
                // In title case, trust the model's own span only when a word of it is
                // capitalized mid-sentence in the body too, or it is written in capitals.
                let supported = dateline
                    || super::tokenize::tokens(text, c.span).iter().any(|t| {
                        let w = t.of(text);
                        let l = features::lower_form(w);
                        (ctx.seen_cap_mid(&l) && !ctx.seen_lower(&l))
                            || (w.chars().count() >= 2
                                && w.chars().all(|ch| ch.is_uppercase() || ch.is_numeric()))
                    });
                if *fi == si && supported && !added.iter().any(|a| a.overlaps_c(c)) {
                    let ty = surface_type
                        .get(lower_into(c.span.of(text), &mut buf))
                        .copied()
                        .unwrap_or(c.ty);
                    added.push(Candidate { span: c.span, ty });
                }
            }
        }
        out.extend(added);
    }
    // "Belmopan, Belize": a name read as a person right before a comma and a country or
    // region (not a possessive "France's") is a place in that region.
    out.sort_by_key(|c| c.span);
    for k in 0..out.len().saturating_sub(1) {
        let (c, next) = (out[k], out[k + 1]);
        let gap = text.get(c.span.end..next.span.start).unwrap_or("");
        let after = text.get(next.span.end..).unwrap_or("");
        let possessive =
            after.trim_start().starts_with("'s") || after.trim_start().starts_with("’s");
        let one_word = !c.span.of(text).contains(' ');
        if c.ty == EntityType::Person
            && one_word
            && next.ty == EntityType::Gpe
            && matches!(gap, ", " | " , ")
            && !possessive
        {
            out[k].ty = EntityType::Gpe;
        }
    }
    // A name of several words ending in an event noun ("Cornell Blockchain Conference",
    // "Web Summit") names the event, whatever the words before it suggest.
    for c in &mut out {
        let text_of = c.span.of(text);
        let mut words = text_of.split_whitespace();
        let last = words.next_back();
        if words.next().is_some()
            && last.is_some_and(is_event_head)
            && matches!(c.ty, EntityType::Org | EntityType::Gpe | EntityType::Loc | EntityType::Fac)
        {
            c.ty = EntityType::Event;
        }
        // "Battle of Midway", "Siege of Leningrad" name events whatever the place in them.
        if matches!(text_of.split_whitespace().next(), Some("Battle" | "Siege"))
            && text_of.split_whitespace().nth(1) == Some("of")
            && c.ty != EntityType::Person
        {
            c.ty = EntityType::Event;
        }
        if matches!(c.ty, EntityType::Person | EntityType::Org) {
            let words: Vec<&str> = text_of.split_whitespace().collect();
            // Football clubs keep a place's name ("Notts County", "Crystal Palace", "Queen's
            // Park"): the tagger's ORG wins over these heads.
            let club_head = c.ty == EntityType::Org
                && words.last().is_some_and(|w| matches!(*w, "County" | "Palace" | "Park"));
            if let Some(ty) = place_head_type(&words).filter(|_| !club_head) {
                c.ty = ty;
            }
        }
        // Likewise a name ending in an organization head ("Villanova Preparatory School",
        // "Rochester Philharmonic Orchestra") is an organization, not a person or a place.
        if matches!(c.ty, EntityType::Person | EntityType::Gpe | EntityType::Loc | EntityType::Fac)
        {
            let words: Vec<&str> = text_of.split_whitespace().collect();
            if words.len() >= 2 && words.last().is_some_and(|w| is_org_head(w)) {
                c.ty = EntityType::Org;
            }
        }
    }
    // The first word of such a name, used alone and read as a person, is the same
    // organization ("Magna International Inc" … "Magna"). A place stays a place ("Jeonju"
    // and "Jeonju University").
    let mut org_firsts: FastMap<&str, ()> = FastMap::default();
    for c in &out {
        let words: Vec<&str> = c.span.of(text).split_whitespace().collect();
        if c.ty == EntityType::Org
            && words.len() >= 2
            && words.last().is_some_and(|w| is_org_head(w))
        {
            org_firsts.insert(words[0], ());
        }
    }
    if !org_firsts.is_empty() {
        for c in &mut out {
            if c.ty == EntityType::Person && org_firsts.contains_key(c.span.of(text)) {
                c.ty = EntityType::Org;
            }
        }
    }
    out.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    let mut clean: Vec<Candidate> = Vec::new();
    let mut end = 0;
    for c in out {
        if c.span.start >= end {
            end = c.span.end;
            clean.push(c);
        }
    }
    clean
}

trait OverlapsCandidate {
    fn overlaps_c(&self, other: &Candidate) -> bool;
}

impl OverlapsCandidate for Candidate {
    fn overlaps_c(&self, other: &Candidate) -> bool {
        self.span.overlaps(other.span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::analyze;

    fn names(text: &str) -> Vec<(String, EntityType)> {
        analyze(text)
            .mentions
            .iter()
            .filter(|m| type_index(m.ty).is_some())
            .map(|m| (m.span.of(text).to_string(), m.ty))
            .collect()
    }

    #[test]
    fn the_embedded_model_loads() {
        let m = Model::from_bytes(EMBEDDED).expect("the embedded model is valid");
        assert!(m.weight_count() > 1000);
        assert!(m.metadata.contains("trained on"));
    }

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
        // A file in the older interleaved layout (version 1) is refused by its version.
        wrong[MAGIC.len()..MAGIC.len() + 2].copy_from_slice(&1u16.to_le_bytes());
        assert_eq!(
            Model::from_bytes(&wrong).unwrap_err(),
            ModelError::WrongVersion { found: 1, expected: FORMAT_VERSION }
        );
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
    fn a_model_survives_writing_and_reading() {
        let m = Model::embedded();
        let again = Model::from_bytes(&m.to_bytes()).expect("round trip");
        assert_eq!(again.weight_count(), m.weight_count());
        assert_eq!(again.to_bytes(), m.to_bytes());
    }

    #[test]
    fn names_are_found_with_clean_edges() {
        use EntityType::*;
        let cases: &[(&str, &[(&str, EntityType)])] = &[
            ("Cloud news\nShares of Microsoft’s cloud unit rose on Tuesday, analysts said.", &[("Microsoft", Org)]),
            ("Deal news\nJ.P. Morgan advised the buyer, according to people familiar with the deal.", &[("J.P. Morgan", Org)]),
            ("EU news\nCommission President Ursula von der Leyen spoke in Brussels on Monday.", &[("Ursula von der Leyen", Person), ("Brussels", Gpe)]),
            ("Bank news\nSociété Générale said it would cut 900 jobs in France.", &[("Société Générale", Org), ("France", Gpe)]),
            ("Football news\nThe striker Jean-Noël Dupont scored twice on Saturday.", &[("Jean-Noël Dupont", Person)]),
            ("Chip news\nTaiwan Semiconductor Manufacturing Co. has pushed back production.", &[("Taiwan Semiconductor Manufacturing Co.", Org)]),
            ("Fintech news\nAt the Lisbon Payments Conference, bankers met regulators.", &[("Lisbon Payments Conference", Event)]),
            // A company designator makes an unfamiliar name a company, not a person.
            ("Robot news\nHarbor Robotics, a Boston-based start-up, said on Tuesday it had raised money.", &[("Harbor Robotics", Org), ("Boston", Gpe)]),
        ];
        for (text, want) in cases {
            let got = names(text);
            for (w, ty) in *want {
                assert!(
                    got.iter().any(|(g, t)| g == w && t == ty),
                    "{text:?}: want {w} as {ty:?}, got {got:?}"
                );
            }
        }
    }

    #[test]
    fn spans_fall_on_token_boundaries_for_any_input() {
        let texts = [
            "Title\nMistral AI’s rivals — OpenAI, Anthropic and Google DeepMind — raised €2bn in Paris-based deals.",
            "ÉÉÉ ééé\n\u{200b}Zoë Ünal-Özdemir met 李明 at the Ōsaka Expo. \"Quoted Name\" (Parenthesized Inc.)",
            "",
            "   \n\n  ",
            "A",
            "the the The THE 's ’s - -- ...",
        ];
        for text in texts {
            let a = analyze(text);
            let sentences = crate::train::sentences_of(text);
            let starts: Vec<usize> =
                sentences.iter().flat_map(|s| s.tokens.iter().map(|t| t.start)).collect();
            let ends: Vec<usize> =
                sentences.iter().flat_map(|s| s.tokens.iter().map(|t| t.end)).collect();
            for m in a.mentions.iter().filter(|m| type_index(m.ty).is_some()) {
                assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
                assert!(
                    starts.contains(&m.span.start) && ends.contains(&m.span.end),
                    "{text:?}: {:?}",
                    m.span.of(text)
                );
                assert!(!m.span.of(text).starts_with("the ") && !m.span.of(text).ends_with("’s"));
            }
        }
    }

    #[test]
    fn table_rows_and_sentence_case_lines_are_not_headlines() {
        let text = "Title Line Here\nResults Of The Day\nBenetton ( Italy ) 92 Dinamo ( Russia ) 81\nResults of Scottish league\nBody text follows here, as usual.";
        let sentences = crate::train::sentences_of(text);
        let line = |start: &str| {
            sentences
                .iter()
                .find(|s| s.span.of(text).starts_with(start))
                .map(|s| is_title_like(text, s))
        };
        assert_eq!(line("Benetton"), Some(false));
        assert_eq!(line("Results of"), Some(false));
        assert_eq!(line("Body"), Some(false));
    }

    #[test]
    fn viterbi_respects_bio_and_allowed_tags() {
        let mut emit = vec![[0f32; N_TAGS]; 3];
        // I-PERSON scores best everywhere, but a name cannot start inside.
        for e in &mut emit {
            e[tag_i(0)] = 5.0;
        }
        let trans = vec![0f32; (N_TAGS + 1) * N_TAGS];
        let tags = viterbi(&emit, &trans, None);
        assert_ne!(tags[0] as usize, tag_i(0));
        let only_o = vec![1u32; 3];
        assert_eq!(viterbi(&emit, &trans, Some(&only_o)), vec![0, 0, 0]);
    }
}
