//! Training the relation model (native only): logistic regression per relation type over
//! the candidate pairs of annotated articles, with their gold entities.
//!
//! Every candidate the engine hands out (`engine::relate::each_candidate`: pairs of
//! arguments in a sentence, including references it resolved, and pattern findings beyond
//! them) becomes one example per relation type its entity types allow:
//! - **positive** when the article states that relation between those entities *in that
//!   sentence* (the sentence overlaps the relation's evidence; a relation without evidence
//!   counts in every sentence with both);
//! - **left out** when the relation holds but another sentence is its evidence (the
//!   sentence may or may not state it);
//! - **negative** otherwise, with full weight in articles that list their relations
//!   exhaustively and `partial_weight` in those that list only the salient ones (a fact
//!   missing there is not necessarily false).
//!
//! The learner is stochastic gradient descent on the log loss with L2 shrinkage and
//! averaged iterates (deterministic: a fixed shuffle seed). The decision threshold is chosen
//! for precision: the articles are split into folds, each fold is scored by a model trained
//! without it, and the threshold is the one with the best F1 among those whose precision on
//! those held-out facts reaches `min_precision`.

use crate::engine::relate::model::{
    sigmoid, type_index, RelationModel, FORMAT_VERSION, MAGIC, N_TYPES,
};
use crate::engine::relate::{each_candidate, feature_set};
use crate::engine::tagger::format::checksum;
use crate::engine::{with_given_entities, EntityId, EntityType, GivenEntity, RelationType, Span};
use crate::train::model_file::{put_deltas, put_varint};
use anyhow::Result;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// One annotated document for relation training.
#[derive(Clone, Debug)]
pub struct RelDoc {
    pub id: String,
    pub text: String,
    pub entities: Vec<GivenEntity>,
    /// (type, head entity index, tail entity index, evidence byte spans).
    pub relations: Vec<(RelationType, usize, usize, Vec<Span>)>,
    /// Does the document list every relation it states?
    pub exhaustive: bool,
}

#[derive(serde::Deserialize)]
struct JMention {
    start: usize,
    end: usize,
}
#[derive(serde::Deserialize)]
struct JEntity {
    id: String,
    #[serde(rename = "type")]
    ty: String,
    mentions: Vec<JMention>,
}
#[derive(serde::Deserialize)]
struct JRelation {
    #[serde(rename = "type")]
    ty: String,
    head: String,
    tail: String,
    #[serde(default)]
    evidence: Option<String>,
}
#[derive(serde::Deserialize)]
struct JDoc {
    id: String,
    text: String,
    #[serde(default)]
    entities: Vec<JEntity>,
    #[serde(default)]
    relations: Vec<JRelation>,
}

/// Where the evidence string stands in the text (every occurrence), by bytes.
fn evidence_spans(text: &str, evidence: &str) -> Vec<Span> {
    let e = evidence.trim();
    if e.is_empty() {
        return Vec::new();
    }
    text.match_indices(e).map(|(at, s)| Span::new(at, at + s.len())).collect()
}

fn to_rel_doc(j: JDoc, exhaustive: bool) -> RelDoc {
    let mut bytes: Vec<usize> = j.text.char_indices().map(|(b, _)| b).collect();
    bytes.push(j.text.len());
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut entities = Vec::new();
    for e in &j.entities {
        let Some(ty) = EntityType::from_label(&e.ty) else { continue };
        let mentions = e
            .mentions
            .iter()
            .filter_map(|m| Some(Span::new(*bytes.get(m.start)?, *bytes.get(m.end)?)))
            .filter(|s| s.start < s.end)
            .collect();
        index.insert(e.id.as_str(), entities.len());
        entities.push(GivenEntity { ty, mentions });
    }
    let relations = j
        .relations
        .iter()
        .filter_map(|r| {
            let ty = RelationType::ALL.into_iter().find(|t| t.label() == r.ty)?;
            let (h, t) = (*index.get(r.head.as_str())?, *index.get(r.tail.as_str())?);
            let ev = r.evidence.as_deref().map(|e| evidence_spans(&j.text, e)).unwrap_or_default();
            Some((ty, h, t, ev))
        })
        .collect();
    RelDoc { id: j.id, text: j.text, entities, relations, exhaustive }
}

/// Reads the annotated articles of a directory (`*.json`, sorted by name); those whose
/// number is at least `exhaustive_from` ("train-37.json" → 37) list relations exhaustively.
pub fn load_articles(dir: &Path, exhaustive_from: u32) -> Result<Vec<RelDoc>> {
    super::read_json_dir::<JDoc>(dir)?
        .into_iter()
        .map(|(p, j)| {
            let number: u32 = p
                .file_stem()
                .and_then(|s| s.to_str())
                .map(|s| s.chars().filter(char::is_ascii_digit).collect::<String>())
                .and_then(|d| d.parse().ok())
                .unwrap_or(0);
            Ok(to_rel_doc(j, number >= exhaustive_from))
        })
        .collect()
}

/// Relation training settings.
#[derive(Clone, Debug)]
pub struct RelOptions {
    pub epochs: usize,
    pub bits: u32,
    /// Keep at most this many non-zero weights (the largest).
    pub max_weights: Option<usize>,
    pub seed: u64,
    pub learning_rate: f32,
    pub l2: f32,
    /// The weight of a negative example in an article that lists only salient relations.
    pub partial_weight: f32,
    /// The precision the threshold must reach on held-out folds.
    pub min_precision: f32,
    /// Folds for choosing the threshold.
    pub folds: usize,
}

impl Default for RelOptions {
    fn default() -> RelOptions {
        RelOptions {
            epochs: 12,
            bits: 18,
            max_weights: Some(12_000),
            seed: 7,
            learning_rate: 0.2,
            l2: 1e-5,
            partial_weight: 0.3,
            min_precision: 0.85,
            folds: 5,
        }
    }
}

/// One training example: a candidate's features for one relation type.
struct Example {
    features: Vec<u32>,
    ty: usize,
    y: f32,
    weight: f32,
    /// Which document, and the fact (type, head, tail) it would report.
    doc: usize,
    key: (RelationType, EntityId, EntityId),
}

/// A document's examples and its gold facts (by engine entity ids).
struct Prepared {
    examples: Vec<Example>,
    gold: Vec<HashMap<(RelationType, EntityId, EntityId), Vec<Span>>>,
    exhaustive: Vec<bool>,
}

fn key(ty: RelationType, h: EntityId, t: EntityId) -> (RelationType, EntityId, EntityId) {
    if ty.is_symmetric() && t < h {
        (ty, t, h)
    } else {
        (ty, h, t)
    }
}

fn prepare(docs: &[RelDoc], opts: &RelOptions) -> Prepared {
    let mut out = Prepared { examples: Vec::new(), gold: Vec::new(), exhaustive: Vec::new() };
    for (d, doc) in docs.iter().enumerate() {
        let (sentences, analysis, ids) = with_given_entities(&doc.text, &doc.entities);
        // Gold facts by engine ids, with their evidence.
        let mut gold: HashMap<(RelationType, EntityId, EntityId), Vec<Span>> = HashMap::new();
        let mut no_evidence: HashSet<(RelationType, EntityId, EntityId)> = HashSet::new();
        for (ty, h, t, ev) in &doc.relations {
            let (Some(Some(h)), Some(Some(t))) = (ids.get(*h), ids.get(*t)) else { continue };
            let k = key(*ty, *h, *t);
            if ev.is_empty() {
                no_evidence.insert(k);
            }
            gold.entry(k).or_default().extend(ev.iter().copied());
        }
        let mut examples = Vec::new();
        each_candidate(&doc.text, &sentences, &analysis, true, |c| {
            for &ty in c.types {
                let k = key(ty, c.head, c.tail);
                let (y, weight) = match gold.get(&k) {
                    Some(ev) => {
                        if no_evidence.contains(&k) || ev.iter().any(|e| e.overlaps(c.sentence)) {
                            (1.0, 1.0)
                        } else {
                            continue;
                        }
                    }
                    None if doc.exhaustive => (0.0, 1.0),
                    None => (0.0, opts.partial_weight),
                };
                if weight > 0.0 {
                    examples.push(Example {
                        features: c.features.to_vec(),
                        ty: type_index(ty),
                        y,
                        weight,
                        doc: d,
                        key: k,
                    });
                }
            }
        });
        out.examples.extend(examples);
        out.gold.push(gold);
        out.exhaustive.push(doc.exhaustive);
    }
    out
}

/// Full-precision weights: `2^bits × N_TYPES` (bucket-major) and a bias per type.
pub struct RelWeights {
    pub bits: u32,
    pub weights: Vec<f32>,
    pub bias: [f32; N_TYPES],
}

impl RelWeights {
    fn probability(&self, ty: usize, features: &[u32]) -> f32 {
        let mask = (1u32 << self.bits) - 1;
        let z: f32 = self.bias[ty]
            + features
                .iter()
                .map(|&f| self.weights[(f & mask) as usize * N_TYPES + ty])
                .sum::<f32>();
        sigmoid(z)
    }
}

/// A small deterministic generator for the shuffle.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 =
            self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

fn fit(examples: &[&Example], opts: &RelOptions) -> RelWeights {
    let n = 1usize << opts.bits;
    let mask = (n - 1) as u32;
    let mut w = vec![0f32; n * N_TYPES];
    // Averaged iterates: `u` sums each update times the step it was made at.
    let mut u = vec![0f32; n * N_TYPES];
    let mut b = [0f32; N_TYPES];
    let mut ub = [0f32; N_TYPES];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Lcg(opts.seed);
    let mut step = 1f32;
    for epoch in 0..opts.epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let lr = opts.learning_rate / (1.0 + epoch as f32 * 0.5);
        for &i in &order {
            let e = examples[i];
            let z: f32 = b[e.ty]
                + e.features.iter().map(|&f| w[(f & mask) as usize * N_TYPES + e.ty]).sum::<f32>();
            let p = sigmoid(z);
            let g = (p - e.y) * e.weight;
            if g.abs() > 1e-6 {
                for &f in &e.features {
                    let at = (f & mask) as usize * N_TYPES + e.ty;
                    let d = -lr * (g + opts.l2 * w[at]);
                    w[at] += d;
                    u[at] += step * d;
                }
                b[e.ty] -= lr * g;
                ub[e.ty] -= step * lr * g;
            }
            step += 1.0;
        }
    }
    for (x, y) in w.iter_mut().zip(&u) {
        *x -= y / step;
    }
    for t in 0..N_TYPES {
        b[t] -= ub[t] / step;
    }
    RelWeights { bits: opts.bits, weights: w, bias: b }
}

/// Precision, recall and F1 of reporting facts at probability `threshold`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Point {
    pub threshold: f32,
    pub precision: f32,
    pub recall: f32,
    pub f1: f32,
}

/// The facts each held-out document would report, with their best probability, scored
/// against its gold facts at every threshold; the threshold chosen for precision.
fn choose_threshold(
    prepared: &Prepared,
    scores: &HashMap<(usize, (RelationType, EntityId, EntityId)), f32>,
    min_precision: f32,
) -> (Point, Vec<Point>) {
    let docs: Vec<usize> = (0..prepared.gold.len()).filter(|&d| prepared.exhaustive[d]).collect();
    let docs = if docs.is_empty() { (0..prepared.gold.len()).collect() } else { docs };
    let n_gold: usize = docs.iter().map(|&d| prepared.gold[d].len()).sum();
    let mut curve = Vec::new();
    for step in 1..20 {
        let th = step as f32 * 0.05;
        let (mut tp, mut np) = (0usize, 0usize);
        for (&(d, k), &p) in scores {
            if p >= th && docs.contains(&d) {
                np += 1;
                tp += prepared.gold[d].contains_key(&k) as usize;
            }
        }
        let precision = if np == 0 { 0.0 } else { tp as f32 / np as f32 };
        let recall = if n_gold == 0 { 0.0 } else { tp as f32 / n_gold as f32 };
        let f1 = if tp == 0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
        curve.push(Point { threshold: th, precision, recall, f1 });
    }
    let best = curve
        .iter()
        .filter(|p| p.precision >= min_precision)
        .max_by(|a, b| a.f1.total_cmp(&b.f1))
        .or_else(|| curve.iter().max_by(|a, b| a.precision.total_cmp(&b.precision)))
        .copied()
        .unwrap_or_default();
    (best, curve)
}

/// What training found out.
pub struct RelTrained {
    pub weights: RelWeights,
    pub threshold: Point,
    pub curve: Vec<Point>,
    pub examples: usize,
    pub positives: usize,
    /// Gold facts of the exhaustive documents that are candidates, and all of them.
    pub reachable: (usize, usize),
}

/// Trains the relation model: the threshold from held-out folds, the weights from all the
/// documents.
pub fn train_relations(docs: &[RelDoc], opts: &RelOptions) -> RelTrained {
    let prepared = prepare(docs, opts);
    let all: Vec<&Example> = prepared.examples.iter().collect();
    let mut scores: HashMap<(usize, (RelationType, EntityId, EntityId)), f32> = HashMap::new();
    let folds = opts.folds.max(2);
    for k in 0..folds {
        let train: Vec<&Example> = all.iter().copied().filter(|e| e.doc % folds != k).collect();
        let w = fit(&train, opts);
        for e in all.iter().filter(|e| e.doc % folds == k) {
            let p = w.probability(e.ty, &e.features);
            let s = scores.entry((e.doc, e.key)).or_insert(0.0);
            *s = s.max(p);
        }
    }
    let (threshold, curve) = choose_threshold(&prepared, &scores, opts.min_precision);
    // How many gold facts (of the exhaustive documents) are candidates at all: the recall
    // no threshold can pass.
    let (mut reachable, mut total) = (0, 0);
    for (d, gold) in prepared.gold.iter().enumerate().filter(|(d, _)| prepared.exhaustive[*d]) {
        total += gold.len();
        reachable += gold.keys().filter(|k| scores.contains_key(&(d, **k))).count();
    }
    RelTrained {
        reachable: (reachable, total),
        weights: fit(&all, opts),
        threshold,
        curve,
        examples: all.len(),
        positives: all.iter().filter(|e| e.y > 0.5).count(),
    }
}

impl RelTrained {
    /// The model file's bytes, with at most `max_weights` weights (int8, one scale).
    pub fn to_bytes(&self, max_weights: Option<usize>, metadata: &str) -> Vec<u8> {
        let w = &self.weights.weights;
        let mut mags: Vec<f32> = w.iter().map(|x| x.abs()).filter(|&x| x > 0.0).collect();
        let mut cut = 0.0f32;
        if let Some(k) = max_weights {
            if k < mags.len() {
                let idx = mags.len() - k;
                mags.select_nth_unstable_by(idx, |a, b| a.total_cmp(b));
                cut = mags[idx];
            }
        }
        let max = w.iter().fold(0f32, |m, x| m.max(x.abs()));
        let scale = (max / 127.0).max(f32::MIN_POSITIVE);
        let mut buckets = Vec::new();
        let mut rows: Vec<[i8; N_TYPES]> = Vec::new();
        for (bucket, chunk) in w.chunks(N_TYPES).enumerate() {
            let mut q = [0i8; N_TYPES];
            for (t, &x) in chunk.iter().enumerate() {
                if x != 0.0 && x.abs() >= cut {
                    q[t] = (x / scale).round().clamp(-127.0, 127.0) as i8;
                }
            }
            if q.iter().any(|&x| x != 0) {
                buckets.push(bucket as u32);
                rows.push(q);
            }
        }
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&feature_set().to_le_bytes());
        out.extend_from_slice(&(metadata.len() as u32).to_le_bytes());
        out.extend_from_slice(metadata.as_bytes());
        out.extend_from_slice(&(N_TYPES as u32).to_le_bytes());
        out.extend_from_slice(&self.weights.bits.to_le_bytes());
        out.extend_from_slice(&scale.to_bits().to_le_bytes());
        out.extend_from_slice(&self.threshold.threshold.to_bits().to_le_bytes());
        for b in self.weights.bias {
            out.extend_from_slice(&b.to_bits().to_le_bytes());
        }
        out.extend_from_slice(&(buckets.len() as u32).to_le_bytes());
        put_deltas(&mut out, buckets.iter().copied());
        for row in &rows {
            let mask =
                row.iter().enumerate().filter(|(_, &x)| x != 0).fold(0u32, |m, (i, _)| m | 1 << i);
            put_varint(&mut out, mask);
        }
        out.extend(rows.iter().flat_map(|r| r.iter().filter(|&&x| x != 0).map(|&x| x as u8)));
        let sum = checksum(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }
}

/// Reads a model back (for checks).
pub fn read(bytes: &[u8]) -> Result<RelationModel> {
    Ok(RelationModel::from_bytes(bytes)?)
}
