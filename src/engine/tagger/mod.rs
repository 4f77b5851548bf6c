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
//! The stages, one file each:
//! - `format.rs`: reading the model file (`model/ner.bin`) and its errors;
//! - `decode.rs`: scoring each token's tags and Viterbi decoding;
//! - `edges.rs`: tags to spans, with clean edges (no "the", possessives, titles);
//! - `postprocess.rs`: the document-level passes, one named function each (`recurring.rs`
//!   has the one that finds a name again wherever it recurs).
//!
//! Building and writing a model (training, pruning, quantizing) is native-only code in
//! `src/train/`, outside the WebAssembly bundle. The word lists are in [`super::lexicon`].

mod compounds;
pub(crate) mod decode;
mod described;
pub(crate) mod edges;
pub(crate) mod format;
pub(crate) mod postprocess;
mod recurring;

use super::features::{DocContext, Gazetteer, N_TYPES};
use super::types::EntityType;
use super::{Candidate, Sentence};
use std::sync::OnceLock;

pub use decode::viterbi;
pub use edges::spans_of_tags;
pub use format::{ModelError, FORMAT_VERSION};

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

pub(crate) static EMBEDDED: &[u8] = include_bytes!("../../../model/ner.bin");

/// A name-recognition model.
#[derive(Debug, Default, Clone)]
pub struct Model {
    /// Which data and which command made the model.
    pub metadata: String,
    pub(crate) bits: u32,
    pub(crate) scale: f32,
    /// `(N_TAGS + 1) × N_TAGS` transition scores; the last row scores the first tag.
    pub(crate) trans: Vec<f32>,
    /// Bucket → row.
    pub(crate) index: crate::engine::hash::RowIndex,
    /// `rows × N_TAGS` quantized weights, then one row of zeros (see `row`).
    pub(crate) rows: Vec<i8>,
    /// The bucket of each row, in increasing order (kept for writing the model back).
    pub(crate) row_buckets: Vec<u32>,
    pub gazetteer: Gazetteer,
}

impl Model {
    /// The model built into the binary. If the embedded file cannot be read (which tests
    /// rule out), recognition falls back to an empty model that finds no names.
    pub fn embedded() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| Model::from_bytes(EMBEDDED).unwrap_or_default())
    }

    /// The number of stored non-zero weights.
    pub fn weight_count(&self) -> usize {
        self.rows.iter().filter(|&&w| w != 0).count()
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
        postprocess::postprocess(text, sentences, &ctx, found)
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
    fn a_name_named_once_is_found() {
        use EntityType::*;
        // Named once, first in its sentence: only the gazetteer says it is a name.
        for (text, name) in [
            ("Deal news\nMicrosoft signed a deal with Nvidia on Monday.", "Microsoft"),
            ("Deal news\nSiemens declined to comment on the deal.", "Siemens"),
        ] {
            let got = names(text);
            assert!(got.contains(&(name.to_string(), Org)), "{text:?}: want {name}, got {got:?}");
        }
        // A capital inside a sentence, the name nowhere else (its type is the model's call).
        let text = "Chip news\nThe company relies on Quorvan for most of its phones.";
        assert!(names(text).iter().any(|(n, _)| n == "Quorvan"), "{text:?}: {:?}", names(text));
        // Not where the article writes the word in lowercase too: "Van" is a place the
        // gazetteer knows, and here the start of a name written "van As" later.
        let text = "Skating news\nVan As has trained with the skater Lena Brandt since 2019, said \
                    coach Rik van As.";
        let got = names(text);
        assert!(!got.iter().any(|(n, _)| n == "Van"), "{text:?}: got {got:?}");
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
            // An edition's year is part of its name.
            ("Sports news\nBelgium began their 1998 World Cup campaign with a win over Turkey on Saturday.", &[("1998 World Cup", Event)]),
            ("Golf news\nIt was his first win since the 1993 BellSouth Classic in Atlanta.", &[("1993 BellSouth Classic", Event)]),
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
}
