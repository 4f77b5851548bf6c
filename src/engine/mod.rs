//! The text-analysis engine: plain Rust, no I/O, no web types.
//!
//! [`analyze`] runs named stages in order:
//! 1. [`structure`]: lines → title, headings, paragraphs, contents, asides;
//! 2. [`tokenize`]: blocks → sentences → tokens;
//! 3. recognize: [`numeric`] rules find MONEY, PERCENT and DATE, the trained [`tagger`]
//!    finds names (PERSON, ORG, places, NORP, PRODUCT, EVENT); rule spans win overlaps;
//! 4. [`cluster`]: mentions → entities (aliases, canonical name, salience);
//! 5. [`relate`]: entity pairs in a sentence → relations with evidence.
//!
//! All offsets are UTF-8 byte offsets into the text given to `analyze`.

pub mod cluster;
pub mod export;
pub mod features;
pub mod numeric;
pub mod relate;
pub mod structure;
pub mod tagger;
pub mod tokenize;
mod types;

pub use tagger::{Model, ModelError};
pub use types::*;

/// One sentence with its tokens, as the recognizers see it.
#[derive(Clone, Debug)]
pub struct Sentence {
    pub span: Span,
    pub tokens: Vec<Span>,
    /// The kind of block the sentence is in (titles and headings are often in title case).
    pub block: BlockKind,
}

/// A recognized mention before clustering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub span: Span,
    pub ty: EntityType,
}

/// Texts longer than this are analysed only up to here (a diagnostic says so).
pub const MAX_TEXT_BYTES: usize = 8 << 20;

/// Analyses `text` with the embedded model.
///
/// # Example
/// ```
/// let text = "Mistral AI raised €600 million in June 2024.";
/// let analysis = sidelight::engine::analyze(text);
/// let money = analysis.mentions.iter().find(|m| m.ty == sidelight::engine::EntityType::Money).unwrap();
/// assert_eq!(money.span.of(text), "€600 million");
/// ```
pub fn analyze(text: &str) -> Analysis {
    analyze_with(text, Model::embedded())
}

/// Analyses `text` with the given model. Never fails: odd input yields diagnostics.
pub fn analyze_with(text: &str, model: &Model) -> Analysis {
    let mut diagnostics = Vec::new();
    let mut limit = text.len().min(MAX_TEXT_BYTES);
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    if limit < text.len() {
        diagnostics.push(format!("text is {} bytes; only the first {} were analysed", text.len(), limit));
    }
    let text_cut = &text[..limit];
    if text_cut.trim().is_empty() {
        diagnostics.push("the text is empty".to_string());
        return Analysis { diagnostics, ..Analysis::default() };
    }

    let blocks = structure::blocks(text_cut);
    let mut sentences = Vec::new();
    for block in &blocks {
        let parts: Vec<Span> = if block.items.is_empty() {
            match block.kind {
                BlockKind::Paragraph => tokenize::sentences(text_cut, block.span),
                _ => vec![block.span],
            }
        } else {
            block.label.into_iter().chain(block.items.iter().map(|i| i.span)).collect()
        };
        for span in parts {
            let tokens = tokenize::tokens(text_cut, span);
            if !tokens.is_empty() {
                sentences.push(Sentence { span, tokens, block: block.kind });
            }
        }
    }

    let candidates = recognize(text_cut, &sentences, model);
    let (mentions, entities) = cluster::cluster(text_cut, &sentences, &candidates);
    let mut analysis = Analysis {
        blocks,
        sentences: sentences.iter().map(|s| s.span).collect(),
        mentions,
        entities,
        relations: Vec::new(),
        diagnostics,
    };
    analysis.relations = relate::relate(text_cut, &sentences, &analysis);
    analysis
}

/// Runs the recognizers and resolves overlaps: rule-based amounts and dates win over the
/// tagger; among the rest the longer span wins.
pub fn recognize(text: &str, sentences: &[Sentence], model: &Model) -> Vec<Candidate> {
    let mut rules: Vec<Candidate> = sentences.iter().flat_map(|s| numeric::recognize(text, &s.tokens)).collect();
    let names = model.recognize(text, sentences);
    rules.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    let mut out: Vec<Candidate> = Vec::new();
    for c in rules {
        if !out.iter().any(|o| o.span.overlaps(c.span)) {
            out.push(c);
        }
    }
    for c in names {
        if !out.iter().any(|o| o.span.overlaps(c.span)) {
            out.push(c);
        }
    }
    out.sort_by_key(|c| c.span);
    out
}
