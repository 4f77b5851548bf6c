//! Training the name tagger (native only: reads corpora from disk).
//!
//! The learner is an averaged structured perceptron with *latent* gold paths, because most
//! training corpora annotate only some of our types: each token gets a set of allowed tags
//! (a CoNLL place may be GPE, LOC or FAC; a token no corpus label covers may be O or any type
//! that corpus does not annotate), the best path inside those sets under the current weights
//! serves as the gold path, and the update moves weights from the unconstrained prediction
//! toward it. Fully annotated articles simply have one allowed tag per token.
//!
//! The gazetteer feature is built from the training labels, leave-one-document-out: while
//! training on a document, only names that some *other* document labels count, so the model
//! learns how far to trust a gazetteer hit on an unseen article rather than memorizing it.

mod model_file;
pub mod relations;

use crate::engine::features::{self, DocContext, Gazetteer};
use crate::engine::tagger::{self, tag_b, tag_i, type_index, Model, N_TAGS};
use crate::engine::{structure, EntityType, Sentence, Span};
use anyhow::{Context, Result};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Where a training document comes from, which decides what its labels mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Corpus {
    /// The project's annotated articles: every type, every mention.
    Articles,
    /// CoNLL-2003: PER, ORG, LOC (any place), MISC.
    Conll,
    /// GUM news: persons, organizations, places; little else.
    Gum,
    /// Re-DocRED: persons, organizations, places, MISC (partly typed as PRODUCT/EVENT).
    Redocred,
}

impl Corpus {
    /// The types a label of type `ty` may stand for (empty: the label is not a name).
    fn label_types(self, ty: EntityType) -> Vec<usize> {
        use EntityType::*;
        let places = vec![2, 3, 4];
        let misc = vec![5, 6, 7];
        match (self, ty) {
            (Corpus::Articles, t) => type_index(t).into_iter().collect(),
            (_, Person) => vec![0],
            (_, Org) => vec![1],
            (_, Gpe | Loc | Fac) => places,
            (Corpus::Gum, Norp) => vec![5],
            (_, Norp) => misc,
            (Corpus::Redocred, Product) => vec![6],
            (Corpus::Redocred, Event) => vec![7],
            (_, Product) => vec![6],
            (_, Event) => vec![7],
            _ => Vec::new(),
        }
    }
    /// Types this corpus leaves unlabelled, which an unlabelled token may therefore be.
    fn unannotated(self) -> Vec<usize> {
        match self {
            Corpus::Gum => vec![5, 6, 7],
            _ => Vec::new(),
        }
    }
}

/// One training document: text, and gold labels as byte spans.
#[derive(Clone, Debug)]
pub struct Doc {
    pub id: String,
    pub text: String,
    pub labels: Vec<(Span, EntityType)>,
    pub corpus: Corpus,
}

#[derive(serde::Deserialize)]
struct JsonMention {
    start: usize,
    end: usize,
}
#[derive(serde::Deserialize)]
struct JsonEntity {
    #[serde(rename = "type")]
    ty: String,
    mentions: Vec<JsonMention>,
}
#[derive(serde::Deserialize)]
struct JsonDoc {
    id: String,
    text: String,
    #[serde(default)]
    entities: Vec<JsonEntity>,
}

fn parse_type(s: &str) -> Option<EntityType> {
    EntityType::ALL.iter().copied().find(|t| t.label() == s)
}

fn to_doc(j: JsonDoc, corpus: Corpus) -> Doc {
    // Gold offsets count code points; the engine works in bytes.
    let mut bytes: Vec<usize> = j.text.char_indices().map(|(b, _)| b).collect();
    bytes.push(j.text.len());
    let mut labels = Vec::new();
    for e in &j.entities {
        let Some(ty) = parse_type(&e.ty) else { continue };
        for m in &e.mentions {
            if m.start < m.end {
                if let (Some(&a), Some(&b)) = (bytes.get(m.start), bytes.get(m.end)) {
                    labels.push((Span::new(a, b), ty));
                }
            }
        }
    }
    labels.sort_by_key(|l| l.0);
    Doc { id: j.id, text: j.text, labels, corpus }
}

/// The annotated documents of a directory (`*.json`), sorted by file name, each parsed as
/// `T` with its path.
pub(crate) fn read_json_dir<T: serde::de::DeserializeOwned>(
    dir: &Path,
) -> Result<Vec<(std::path::PathBuf, T)>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("couldn't list {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let s = std::fs::read_to_string(&p)
                .with_context(|| format!("couldn't read {}", p.display()))?;
            let j: T = serde_json::from_str(&s)
                .with_context(|| format!("{} is not an annotated document", p.display()))?;
            Ok((p, j))
        })
        .collect()
}

/// Reads a directory of annotated `.json` articles, sorted by file name.
pub fn load_dir(dir: &Path, corpus: Corpus) -> Result<Vec<Doc>> {
    read_json_dir::<JsonDoc>(dir)?.into_iter().map(|(_, j)| Ok(to_doc(j, corpus))).collect()
}

/// Reads a JSON Lines file of annotated documents.
pub fn load_jsonl(path: &Path, corpus: Corpus) -> Result<Vec<Doc>> {
    let s = std::fs::read_to_string(path)
        .with_context(|| format!("couldn't read {}", path.display()))?;
    s.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            let j: JsonDoc = serde_json::from_str(l).with_context(|| {
                format!("{}:{}: not an annotated document", path.display(), n + 1)
            })?;
            Ok(to_doc(j, corpus))
        })
        .collect()
}

/// Splits a text into sentences exactly as `engine::analyze` does, so training sees the
/// same sentences, tokens and block kinds as recognition.
pub fn sentences_of(text: &str) -> Vec<Sentence> {
    crate::engine::sentences_of(text, &structure::blocks(text))
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct Options {
    pub epochs: usize,
    pub bits: u32,
    pub seed: u64,
    /// How many times the fully annotated articles are seen per epoch.
    pub article_repeat: usize,
    pub max_weights: Option<usize>,
    /// How many differently shuffled runs are averaged.
    pub runs: usize,
    /// How often a word must be seen in lowercase to join the common-word list.
    pub common_min: u32,
    pub metadata: String,
    /// Print progress to stderr.
    pub verbose: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            epochs: 8,
            bits: 20,
            seed: 7,
            article_repeat: 3,
            max_weights: None,
            common_min: 0,
            runs: 1,
            metadata: String::new(),
            verbose: false,
        }
    }
}

/// One sentence ready for training: per-token features and allowed-tag masks.
struct Instance {
    feats: Vec<Vec<u32>>,
    allowed: Vec<u32>,
}

const ALL_TAGS: u32 = (1 << N_TAGS) - 1;

fn type_mask(types: &[usize], first: bool) -> u32 {
    types.iter().fold(0, |m, &t| m | 1 << if first { tag_b(t) } else { tag_i(t) })
}

/// The lowercased token sequences of each label, per document, for the gazetteer.
fn doc_names(doc: &Doc, sentences: &[Sentence]) -> Vec<(u32, u8)> {
    let mut out = Vec::new();
    let tokens: Vec<Span> = sentences.iter().flat_map(|s| s.tokens.iter().copied()).collect();
    for &(span, ty) in &doc.labels {
        let types = doc.corpus.label_types(ty);
        if types.is_empty() {
            continue;
        }
        let toks: Vec<String> = tokens
            .iter()
            .filter(|t| span.contains(**t))
            .map(|t| features::lower_form(t.of(&doc.text)))
            .collect();
        if toks.is_empty() || toks.len() > features::GAZ_MAX_TOKENS {
            continue;
        }
        // Partially typed labels mark the first type of their set (e.g. any place as GPE),
        // which is the coarse meaning a feature can still use.
        let bit = 1u8 << types[0];
        out.push((features::name_key(toks.iter().map(String::as_str)), bit));
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn instances(doc: &Doc, sentences: &[Sentence], gaz: &Gazetteer) -> Vec<Instance> {
    let ctx = DocContext::new(&doc.text, sentences);
    let unann = doc.corpus.unannotated();
    let default_mask = 1 | type_mask(&unann, true) | type_mask(&unann, false);
    let mut out = Vec::new();
    for s in sentences {
        let mut feats = Vec::new();
        features::sentence_features(&doc.text, s, &ctx, gaz, &mut feats);
        let mut allowed = vec![default_mask; s.tokens.len()];
        for &(span, ty) in &doc.labels {
            if !span.overlaps(s.span) {
                continue;
            }
            let inside: Vec<usize> =
                (0..s.tokens.len()).filter(|&k| s.tokens[k].overlaps(span)).collect();
            let (Some(&a), Some(&b)) = (inside.first(), inside.last()) else { continue };
            let aligned = s.tokens[a].start == span.start && s.tokens[b].end == span.end;
            let types = doc.corpus.label_types(ty);
            for &k in &inside {
                allowed[k] = if !aligned {
                    ALL_TAGS
                } else if types.is_empty() {
                    1
                } else {
                    type_mask(&types, k == a)
                };
            }
        }
        out.push(Instance { feats, allowed });
    }
    out
}

/// Words written in lowercase at least `min` times in the middle of training sentences and
/// more often lowercase than capitalized there. `min == 0` turns the list off: on the dev
/// articles it cost about 0.02 F1 (three seeds), so the shipped model does not use it.
fn common_words(docs: &[Doc], sents: &[Vec<Sentence>], min: u32) -> HashSet<u32> {
    if min == 0 {
        return HashSet::new();
    }
    let mut counts: HashMap<String, (u32, u32)> = HashMap::new();
    for (d, ss) in docs.iter().zip(sents) {
        for s in ss {
            for t in s.tokens.iter().skip(1) {
                let w = t.of(&d.text);
                let Some(first) = w.chars().next() else { continue };
                if !first.is_alphabetic() {
                    continue;
                }
                let e = counts.entry(features::lower_form(w)).or_default();
                if first.is_lowercase() {
                    e.0 += 1;
                } else {
                    e.1 += 1;
                }
            }
        }
    }
    counts
        .iter()
        .filter(|(_, &(lower, cap))| lower >= min && lower > 2 * cap)
        .map(|(w, _)| features::word_key(w))
        .collect()
}

/// A tiny deterministic generator for shuffling.
struct XorShift(u64);
impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// For each name key, how many documents label it with each type bit.
type NameCounts = HashMap<u32, HashMap<u8, u32>>;

/// The gazetteer of all training names (types are bits) and, per document, its own names.
fn gazetteer(docs: &[Doc], sents: &[Vec<Sentence>]) -> (NameCounts, Vec<Vec<(u32, u8)>>) {
    let mut counts: NameCounts = HashMap::new();
    let mut per_doc = Vec::new();
    for (d, s) in docs.iter().zip(sents) {
        let names = doc_names(d, s);
        for &(k, bit) in &names {
            *counts.entry(k).or_default().entry(bit).or_default() += 1;
        }
        per_doc.push(names);
    }
    (counts, per_doc)
}

/// Trains `opts.runs` models on different shuffles (seeds `seed`, `seed + 1`, ...) and
/// averages their weights: single perceptron runs differ by up to two F1 points on the dev
/// articles depending on the shuffle, and the average is steadier than any one of them.
pub fn train(docs: &[Doc], opts: &Options) -> Trained {
    let runs = opts.runs.max(1);
    let mut total: Option<Trained> = None;
    for r in 0..runs {
        let o = Options { seed: opts.seed + r as u64, ..opts.clone() };
        let t = train_once(docs, &o);
        total = Some(match total {
            None => t,
            Some(mut acc) => {
                for (a, b) in acc.weights.iter_mut().zip(&t.weights) {
                    *a += b;
                }
                for (a, b) in acc.trans.iter_mut().zip(&t.trans) {
                    *a += b;
                }
                acc
            }
        });
    }
    let mut t = total.unwrap_or_else(|| train_once(docs, opts));
    let k = runs as f32;
    t.weights.iter_mut().for_each(|w| *w /= k);
    t.trans.iter_mut().for_each(|w| *w /= k);
    t
}

fn train_once(docs: &[Doc], opts: &Options) -> Trained {
    let sents: Vec<Vec<Sentence>> = docs.iter().map(|d| sentences_of(&d.text)).collect();
    let (counts, per_doc) = gazetteer(docs, &sents);
    let common = common_words(docs, &sents, opts.common_min);
    let mut data: Vec<(Vec<Instance>, usize)> = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        // Leave this document's own names out unless another document also has them.
        let own: HashSet<(u32, u8)> = per_doc[i].iter().copied().collect();
        let mut entries = crate::engine::hash::KeyMap::<u8>::default();
        for (k, types) in &counts {
            for (&bit, &n) in types {
                let n = n - u32::from(own.contains(&(*k, bit)));
                if n > 0 {
                    *entries.entry(*k).or_default() |= bit;
                }
            }
        }
        let gaz = Gazetteer { entries, common: common.clone() };
        let repeat = if d.corpus == Corpus::Articles { opts.article_repeat.max(1) } else { 1 };
        data.push((instances(d, &sents[i], &gaz), repeat));
    }
    if opts.verbose {
        let toks: usize =
            data.iter().map(|(d, _)| d.iter().map(|s| s.feats.len()).sum::<usize>()).sum();
        eprintln!("train: {} documents, {} tokens", docs.len(), toks);
    }

    let size = (1usize << opts.bits) * N_TAGS;
    let mask = (1u32 << opts.bits) - 1;
    let mut w = vec![0f32; size];
    let mut u = vec![0f32; size];
    let tsize = (N_TAGS + 1) * N_TAGS;
    let mut tw = vec![0f32; tsize];
    let mut tu = vec![0f32; tsize];
    let mut c = 1f32;
    let mut order: Vec<usize> =
        data.iter().enumerate().flat_map(|(i, (_, r))| std::iter::repeat_n(i, *r)).collect();
    let mut rng = XorShift(opts.seed.max(1));
    for epoch in 0..opts.epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let mut errors = 0usize;
        let mut total = 0usize;
        for &di in &order {
            for inst in &data[di].0 {
                let emit: Vec<[f32; N_TAGS]> = inst
                    .feats
                    .iter()
                    .map(|fs| {
                        let mut e = [0f32; N_TAGS];
                        for &f in fs {
                            let b = (f & mask) as usize * N_TAGS;
                            for (x, wv) in e.iter_mut().zip(&w[b..b + N_TAGS]) {
                                *x += wv;
                            }
                        }
                        e
                    })
                    .collect();
                let pred = tagger::viterbi(&emit, &tw, None);
                let gold = tagger::viterbi(&emit, &tw, Some(&inst.allowed));
                total += pred.len();
                if pred != gold {
                    for k in 0..pred.len() {
                        let (g, p) = (gold[k] as usize, pred[k] as usize);
                        if g != p {
                            errors += 1;
                            for &f in &inst.feats[k] {
                                let b = (f & mask) as usize * N_TAGS;
                                w[b + g] += 1.0;
                                u[b + g] += c;
                                w[b + p] -= 1.0;
                                u[b + p] -= c;
                            }
                        }
                        let gp = if k == 0 { N_TAGS } else { gold[k - 1] as usize };
                        let pp = if k == 0 { N_TAGS } else { pred[k - 1] as usize };
                        if (gp, g) != (pp, p) {
                            tw[gp * N_TAGS + g] += 1.0;
                            tu[gp * N_TAGS + g] += c;
                            tw[pp * N_TAGS + p] -= 1.0;
                            tu[pp * N_TAGS + p] -= c;
                        }
                    }
                }
                c += 1.0;
            }
        }
        if opts.verbose {
            eprintln!(
                "epoch {}: {} token errors of {} ({:.2}%)",
                epoch + 1,
                errors,
                total,
                100.0 * errors as f64 / total.max(1) as f64
            );
        }
    }
    // Averaging: the mean weight over all steps is w - u / c.
    for (wv, uv) in w.iter_mut().zip(&u) {
        *wv -= uv / c;
    }
    for (wv, uv) in tw.iter_mut().zip(&tu) {
        *wv -= uv / c;
    }
    // The shipped gazetteer holds every training name.
    let mut entries = crate::engine::hash::KeyMap::<u8>::default();
    for (k, types) in &counts {
        for &bit in types.keys() {
            *entries.entry(*k).or_default() |= bit;
        }
    }
    Trained { bits: opts.bits, weights: w, trans: tw, gazetteer: Gazetteer { entries, common } }
}

/// The output of a training run before pruning and quantization.
pub struct Trained {
    pub bits: u32,
    pub weights: Vec<f32>,
    pub trans: Vec<f32>,
    pub gazetteer: Gazetteer,
}

impl Trained {
    /// The model with at most `max_weights` weights.
    pub fn model(&self, max_weights: Option<usize>, metadata: &str) -> Model {
        Model::from_weights(
            self.bits,
            &self.weights,
            &self.trans,
            self.gazetteer.clone(),
            metadata.to_string(),
            max_weights,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str, labels: &[(&str, EntityType)]) -> Doc {
        let mut spans = Vec::new();
        for (s, ty) in labels {
            let mut from = 0;
            while let Some(p) = text[from..].find(s) {
                let a = from + p;
                spans.push((Span::new(a, a + s.len()), *ty));
                from = a + s.len();
            }
        }
        spans.sort_by_key(|l| l.0);
        Doc { id: "t".into(), text: text.into(), labels: spans, corpus: Corpus::Articles }
    }

    #[test]
    fn a_tiny_model_learns_its_training_sentences() {
        use EntityType::*;
        let docs = vec![
            doc(
                "Title line here\nAlice Smith works for Acme Corp in Paris. She likes it.",
                &[("Alice Smith", Person), ("Acme Corp", Org), ("Paris", Gpe)],
            ),
            doc(
                "Another title\nBob Jones joined Globex Inc in Berlin last week.",
                &[("Bob Jones", Person), ("Globex Inc", Org), ("Berlin", Gpe)],
            ),
            doc(
                "Third title\nCarol White left Initech Ltd in Madrid for good.",
                &[("Carol White", Person), ("Initech Ltd", Org), ("Madrid", Gpe)],
            ),
        ];
        let opts = Options { epochs: 10, bits: 16, ..Options::default() };
        let model = train(&docs, &opts).model(None, "test");
        let bytes = model.to_bytes();
        // Every truncation is an error, never a panic.
        for cut in (0..bytes.len()).step_by(7) {
            assert!(Model::from_bytes(&bytes[..cut]).is_err());
        }
        let model = Model::from_bytes(&bytes).expect("round trip");
        let text = &docs[0].text;
        let got: Vec<(&str, EntityType)> = model
            .recognize(text, &sentences_of(text))
            .iter()
            .map(|c| (c.span.of(text), c.ty))
            .collect();
        assert_eq!(got, [("Alice Smith", Person), ("Acme Corp", Org), ("Paris", Gpe)]);
    }

    #[test]
    fn partial_labels_allow_unannotated_types() {
        let d = Doc {
            id: "g".into(),
            text: "T\nAlice met Bob.".into(),
            labels: vec![],
            corpus: Corpus::Gum,
        };
        let s = sentences_of(&d.text);
        let inst = instances(&d, &s, &Gazetteer::default());
        let m = inst.last().unwrap().allowed[0];
        assert!(m & 1 != 0 && m & (1 << tag_b(6)) != 0 && m & (1 << tag_b(0)) == 0);
    }
}
