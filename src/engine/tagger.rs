//! Name recognition (PERSON, ORG, GPE, LOC, FAC, NORP, PRODUCT, EVENT).
//!
//! Placeholder until the trained tagger lands: runs of capitalized words that do not start
//! a sentence are taken as organizations.

use super::types::{EntityType, Span};
use super::{Candidate, Sentence};
use std::fmt;
use std::sync::OnceLock;

/// A name-recognition model.
#[derive(Debug, Default)]
pub struct Model {}

/// Why a model file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    NotAModel,
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::NotAModel => write!(f, "not a sidelight model file"),
        }
    }
}

impl std::error::Error for ModelError {}

impl Model {
    /// The model built into the binary.
    pub fn embedded() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(Model::default)
    }

    /// Name mentions in the sentences.
    pub fn recognize(&self, text: &str, sentences: &[Sentence]) -> Vec<Candidate> {
        let mut out = Vec::new();
        for s in sentences {
            let mut run: Option<Span> = None;
            for (i, t) in s.tokens.iter().enumerate() {
                let w = t.of(text);
                let cap = i > 0 && w.chars().next().is_some_and(|c| c.is_uppercase());
                if cap {
                    run = Some(run.map_or(*t, |r| Span::new(r.start, t.end)));
                } else if let Some(r) = run.take() {
                    out.push(Candidate { span: r, ty: EntityType::Org });
                }
            }
            if let Some(r) = run {
                out.push(Candidate { span: r, ty: EntityType::Org });
            }
        }
        out
    }
}
