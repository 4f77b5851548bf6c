//! The document the reader shows: the text, its analysis and lookups derived from it once.
//!
//! Views get a [`Doc`] as a prop. It compares by pointer, so a re-render never walks the whole
//! analysis to find out whether it changed, and nothing here ever re-runs the engine.

use crate::engine::{self, Analysis, Class, MentionId, Span};
use std::rc::Rc;

/// Reading speed used for the "N min read" estimate, in words per minute.
const WORDS_PER_MINUTE: usize = 230;

/// One analysed text, shared by every view.
#[derive(Clone, Debug)]
pub struct Doc {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    /// For each mention, its position among its entity's mentions (for "mention i of n").
    pub ordinal: Rc<[u32]>,
    /// The display classes that occur in the text, in [`Class::ALL`] order.
    pub classes: Rc<[Class]>,
    pub minutes: usize,
}

impl PartialEq for Doc {
    fn eq(&self, other: &Doc) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis)
    }
}

impl Doc {
    /// Analyses `text` once; everything else reads the result.
    pub fn new(text: &str) -> Doc {
        Doc::with_analysis(text.into(), Rc::new(engine::analyze(text)))
    }

    /// The document for `text` with an analysis made elsewhere, which must be of this text
    /// (`engine::check` says whether one is).
    pub fn with_analysis(text: Rc<str>, analysis: Rc<Analysis>) -> Doc {
        let mut ordinal = vec![0u32; analysis.mentions.len()];
        for entity in &analysis.entities {
            for (i, m) in entity.mentions.iter().enumerate() {
                ordinal[m.0 as usize] = i as u32;
            }
        }
        let classes: Vec<Class> = Class::ALL
            .into_iter()
            .filter(|&c| analysis.entities.iter().any(|e| e.ty.class() == c))
            .collect();
        let words = text.split_whitespace().count();
        Doc {
            text,
            analysis,
            ordinal: ordinal.into(),
            classes: classes.into(),
            minutes: words.div_ceil(WORDS_PER_MINUTE).max(1),
        }
    }

    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        span.of(&self.text)
    }

    /// The mentions inside `span`, with their ids, in text order.
    pub fn mentions_in(&self, span: Span) -> impl Iterator<Item = (MentionId, &engine::Mention)> {
        let mentions = &self.analysis.mentions;
        let first = mentions.partition_point(|m| m.span.start < span.start);
        mentions[first..]
            .iter()
            .enumerate()
            .take_while(move |(_, m)| m.span.start < span.end)
            .filter(move |(_, m)| m.span.end <= span.end)
            .map(move |(i, m)| (MentionId((first + i) as u32), m))
    }
}
