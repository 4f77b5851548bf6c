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

use super::features::{self, DocContext, Gazetteer, N_TYPES};
use super::types::{BlockKind, EntityType, Span};
use super::{Candidate, Sentence};
use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

/// The number of BIO tags: `O`, then `B-t`, `I-t` for each name type.
pub const N_TAGS: usize = 1 + 2 * N_TYPES;

/// The tagger's name types, in tag order.
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
pub const FORMAT_VERSION: u16 = 1;

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
    /// Open-addressing index from feature bucket (+1; 0 = empty) to row number.
    slots: Vec<(u32, u32)>,
    /// `rows × N_TAGS` quantized weights.
    rows: Vec<i8>,
    /// The bucket of each row, in increasing order (kept for writing the model back).
    row_buckets: Vec<u32>,
    pub gazetteer: Gazetteer,
}

/// A little reader over the model bytes that turns running out of bytes into an error.
struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.b.len()).ok_or_else(|| ModelError::Corrupt("unexpected end of file".into()))?;
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
                return u32::try_from(v).map_err(|_| ModelError::Corrupt("number out of range".into()));
            }
        }
        Err(ModelError::Corrupt("number too long".into()))
    }
}

fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
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
    pub fn from_weights(bits: u32, weights: &[f32], trans: &[f32], gazetteer: Gazetteer, metadata: String, max_weights: Option<usize>) -> Model {
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
        let mut kept: Vec<f32> = weights.iter().map(|w| w.abs()).filter(|&w| w >= threshold && w > 0.0).collect();
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
                .map(|&w| if w.abs() >= threshold && w != 0.0 { (w / scale).round().clamp(-127.0, 127.0) as i8 } else { 0 })
                .collect();
            if q.iter().any(|&x| x != 0) {
                row_buckets.push(bucket as u32);
                rows.extend_from_slice(&q);
            }
        }
        let mut m = Model { metadata, bits, scale, trans: trans.to_vec(), slots: Vec::new(), rows, row_buckets, gazetteer };
        m.build_index();
        m
    }

    fn build_index(&mut self) {
        let cap = (self.row_buckets.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![(0u32, 0u32); cap];
        for (r, &b) in self.row_buckets.iter().enumerate() {
            let mut s = (b.wrapping_mul(0x9e37_79b9) as usize) & (cap - 1);
            while slots[s].0 != 0 {
                s = (s + 1) & (cap - 1);
            }
            slots[s] = (b + 1, r as u32);
        }
        self.slots = slots;
    }

    fn row(&self, bucket: u32) -> Option<&[i8]> {
        let cap = self.slots.len();
        if cap == 0 {
            return None;
        }
        let mut s = (bucket.wrapping_mul(0x9e37_79b9) as usize) & (cap - 1);
        loop {
            let (k, r) = self.slots[s];
            if k == 0 {
                return None;
            }
            if k == bucket + 1 {
                let r = r as usize * N_TAGS;
                return self.rows.get(r..r + N_TAGS);
            }
            s = (s + 1) & (cap - 1);
        }
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
        // Rows: the bucket as a delta from the previous one, a bit mask of non-zero tags,
        // then those weights. Sorted deltas and sparse rows compress well.
        let mut prev = 0u32;
        for (r, &b) in self.row_buckets.iter().enumerate() {
            put_varint(&mut out, b - prev);
            prev = b;
            let row = &self.rows[r * N_TAGS..(r + 1) * N_TAGS];
            let mask = row.iter().enumerate().filter(|(_, &w)| w != 0).fold(0u32, |m, (i, _)| m | (1 << i));
            put_varint(&mut out, mask);
            out.extend(row.iter().filter(|&&w| w != 0).map(|&w| w as u8));
        }
        let mut gaz: Vec<(u32, u8)> = self.gazetteer.entries.iter().map(|(&k, &v)| (k, v)).collect();
        gaz.sort_unstable();
        out.extend_from_slice(&(gaz.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for (k, v) in gaz {
            put_varint(&mut out, k - prev);
            prev = k;
            out.push(v);
        }
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
        let stored = u32::from_le_bytes([bytes[body_end], bytes[body_end + 1], bytes[body_end + 2], bytes[body_end + 3]]);
        if checksum(&bytes[..body_end]) != stored {
            return Err(ModelError::Corrupt("checksum mismatch".into()));
        }
        let mut r = Reader { b: &bytes[..body_end], at: r.at };
        let meta_len = r.u32()? as usize;
        let metadata = String::from_utf8(r.take(meta_len)?.to_vec()).map_err(|_| ModelError::Corrupt("metadata is not utf-8".into()))?;
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
        let mut row_buckets = Vec::with_capacity(n_rows);
        let mut rows = Vec::with_capacity(n_rows * N_TAGS);
        let mut prev = 0u32;
        for _ in 0..n_rows {
            let b = prev.checked_add(r.varint()?).ok_or_else(|| ModelError::Corrupt("bucket out of range".into()))?;
            if b >= 1 << bits || (!row_buckets.is_empty() && b == prev) {
                return Err(ModelError::Corrupt("bucket out of range".into()));
            }
            prev = b;
            row_buckets.push(b);
            let mask = r.varint()?;
            for t in 0..N_TAGS {
                rows.push(if mask & (1 << t) != 0 { r.u8()? as i8 } else { 0 });
            }
        }
        let n_gaz = r.u32()? as usize;
        if n_gaz > r.b.len() / 2 {
            return Err(ModelError::Corrupt("gazetteer size out of range".into()));
        }
        let mut entries = HashMap::with_capacity(n_gaz);
        let mut prev = 0u32;
        for _ in 0..n_gaz {
            let k = prev.checked_add(r.varint()?).ok_or_else(|| ModelError::Corrupt("gazetteer key out of range".into()))?;
            prev = k;
            entries.insert(k, r.u8()?);
        }
        if r.at != r.b.len() {
            return Err(ModelError::Corrupt("trailing bytes".into()));
        }
        let mut m = Model { metadata, bits, scale, trans, slots: Vec::new(), rows, row_buckets, gazetteer: Gazetteer { entries } };
        m.build_index();
        Ok(m)
    }

    /// Per-token tag scores for one sentence's features.
    fn emissions(&self, feats: &[Vec<u32>]) -> Vec<[f32; N_TAGS]> {
        let mask = if self.bits >= 32 { u32::MAX } else { (1u32 << self.bits) - 1 };
        feats
            .iter()
            .map(|fs| {
                let mut acc = [0i32; N_TAGS];
                for &f in fs {
                    if let Some(row) = self.row(f & mask) {
                        for (a, &w) in acc.iter_mut().zip(row) {
                            *a += i32::from(w);
                        }
                    }
                }
                let mut out = [0f32; N_TAGS];
                for (o, a) in out.iter_mut().zip(acc) {
                    *o = a as f32 * self.scale;
                }
                out
            })
            .collect()
    }

    /// The best tag sequence of each sentence (one tag per token).
    pub fn tag(&self, text: &str, sentences: &[Sentence]) -> Vec<Vec<u8>> {
        let ctx = DocContext::new(text, sentences);
        sentences
            .iter()
            .map(|s| {
                let mut feats = Vec::with_capacity(s.tokens.len());
                features::sentence_features(text, s, &ctx, &self.gazetteer, &mut feats);
                viterbi(&self.emissions(&feats), &self.trans, None)
            })
            .collect()
    }

    /// Name mentions in the sentences.
    pub fn recognize(&self, text: &str, sentences: &[Sentence]) -> Vec<Candidate> {
        let tags = self.tag(text, sentences);
        let mut found: Vec<(usize, Candidate)> = Vec::new();
        for (si, (s, tags)) in sentences.iter().zip(&tags).enumerate() {
            for (span, ty) in spans_of_tags(text, &s.tokens, tags) {
                found.push((si, Candidate { span, ty }));
            }
        }
        postprocess(text, sentences, found)
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
    let ok = |i: usize, t: usize| allowed.is_none_or(|a| a.get(i).is_none_or(|m| m & (1 << t) != 0));
    let mut score = vec![[NEG; N_TAGS]; n];
    let mut back = vec![[0u8; N_TAGS]; n];
    for t in 0..N_TAGS {
        // A sentence cannot start inside a name.
        if (t == 0 || t % 2 == 1) && ok(0, t) {
            score[0][t] = emit[0][t] + trans[N_TAGS * N_TAGS + t];
        }
    }
    for i in 1..n {
        for t in 0..N_TAGS {
            if !ok(i, t) {
                continue;
            }
            let mut best = NEG;
            let mut arg = 0u8;
            if t != 0 && t % 2 == 0 {
                // I-x continues only B-x or I-x.
                for p in [t - 1, t] {
                    let s = score[i - 1][p] + trans[p * N_TAGS + t];
                    if s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
            } else {
                for p in 0..N_TAGS {
                    let s = score[i - 1][p] + trans[p * N_TAGS + t];
                    if s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
            }
            score[i][t] = best + emit[i][t];
            back[i][t] = arg;
        }
    }
    let mut t = (0..N_TAGS).fold(0usize, |b, t| if score[n - 1][t] > score[n - 1][b] { t } else { b });
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
    let lw = w.to_lowercase();
    matches!(lw.as_str(), "the" | "'s" | "’s" | "'" | "’" | "s") || !w.chars().any(char::is_alphanumeric)
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
        while a < b && is_edge_junk(tokens[a].of(text)) {
            a += 1;
        }
        while b > a && is_edge_junk(tokens[b - 1].of(text)) {
            b -= 1;
        }
        if a < b {
            out.push((Span::new(tokens[a].start, tokens[b - 1].end), TYPES[ty]));
        }
        i = j;
    }
    out
}

fn is_title_like(b: BlockKind) -> bool {
    matches!(b, BlockKind::Title | BlockKind::Heading)
}

/// Document-level consistency on top of per-sentence decoding.
fn postprocess(text: &str, sentences: &[Sentence], found: Vec<(usize, Candidate)>) -> Vec<Candidate> {
    // One surface, one type: body mentions vote, weighted by length of agreement.
    let mut votes: HashMap<String, [u32; N_TYPES]> = HashMap::new();
    for (si, c) in &found {
        if is_title_like(sentences[*si].block) {
            continue;
        }
        if let Some(t) = type_index(c.ty) {
            votes.entry(c.span.of(text).to_lowercase()).or_insert([0; N_TYPES])[t] += 1;
        }
    }
    let best = |v: &[u32; N_TYPES]| -> usize { (0..N_TYPES).fold(0, |b, t| if v[t] > v[b] { t } else { b }) };
    let surface_type: HashMap<String, EntityType> = votes.iter().map(|(k, v)| (k.clone(), TYPES[best(v)])).collect();

    let mut out: Vec<Candidate> = Vec::new();
    for (si, c) in &found {
        if is_title_like(sentences[*si].block) {
            continue;
        }
        let ty = surface_type.get(&c.span.of(text).to_lowercase()).copied().unwrap_or(c.ty);
        out.push(Candidate { span: c.span, ty });
    }

    // Body names, by lowercased token sequence, longest first, for matching elsewhere.
    let mut names: Vec<(Vec<String>, EntityType, bool)> = Vec::new();
    let mut seen: HashMap<String, ()> = HashMap::new();
    for c in &out {
        let s = c.span.of(text);
        let key = s.to_lowercase();
        if seen.insert(key, ()).is_none() {
            let toks: Vec<String> = super::tokenize::tokens(text, c.span).iter().map(|t| t.of(text).to_lowercase()).collect();
            let cap = s.chars().next().is_some_and(|ch| ch.is_uppercase() || ch.is_numeric());
            if !toks.is_empty() && s.chars().count() >= 2 {
                names.push((toks, c.ty, cap));
            }
        }
    }
    names.sort_by_key(|(t, _, _)| std::cmp::Reverse(t.len()));
    // Indexed by first token so long texts with many names stay linear.
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
    for (n, (toks, _, _)) in names.iter().enumerate() {
        by_first.entry(toks[0].as_str()).or_default().push(n);
    }

    // Headlines: the model's title spans are kept only where they agree with the body's
    // names or do not touch any; body names found in the headline are added.
    let mut covered: Vec<Span> = out.iter().map(|c| c.span).collect();
    covered.sort();
    for (si, s) in sentences.iter().enumerate() {
        let title = is_title_like(s.block);
        let lowers: Vec<String> = s.tokens.iter().map(|t| t.of(text).to_lowercase()).collect();
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
                for (toks, ty, cap) in by_first.get(lowers[k].as_str()).into_iter().flatten().map(|&n| &names[n]) {
                    let len = toks.len();
                    if k + len <= s.tokens.len() && !taken[k..k + len].iter().any(|&x| x) && lowers[k..k + len] == toks[..] {
                        let first = s.tokens[k].of(text);
                        // In the body a name must keep its capital; in headlines case says little.
                        let ok = title || !*cap || first.chars().next().is_some_and(|ch| ch.is_uppercase() || ch.is_numeric());
                        // Do not cut a longer capitalized run ("Apple" inside "Apple Music").
                        let next_cap = !title
                            && s.tokens.get(k + len).is_some_and(|t| t.of(text).chars().next().is_some_and(char::is_uppercase))
                            && k + len < s.tokens.len();
                        let prev_cap = !title && k > 0 && s.tokens[k - 1].of(text).chars().next().is_some_and(char::is_uppercase) && !taken[k - 1];
                        if ok && !next_cap && !prev_cap {
                            hit = Some((len, *ty));
                            break;
                        }
                    }
                }
            }
            match hit {
                Some((len, ty)) => {
                    added.push(Candidate { span: Span::new(s.tokens[k].start, s.tokens[k + len - 1].end), ty });
                    for x in &mut taken[k..k + len] {
                        *x = true;
                    }
                    k += len;
                }
                None => k += 1,
            }
        }
        if title {
            for (fi, c) in &found {
                if *fi == si && !added.iter().any(|a| a.overlaps_c(c)) {
                    let ty = surface_type.get(&c.span.of(text).to_lowercase()).copied().unwrap_or(c.ty);
                    added.push(Candidate { span: c.span, ty });
                }
            }
        }
        out.extend(added);
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
