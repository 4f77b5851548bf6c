//! Test support for the pattern families' table tests: small handmade sentences with
//! hand-placed entity spans, and the relations the whole extraction finds in them. Each
//! family's table has positives and negatives (negation, hedges, wrong type pairs, entities
//! in different sentences).

use super::{relate, Decider, Related};
use crate::engine::types::{Analysis, BlockKind, EntityType, Span};
use crate::engine::{cluster, tokenize, Sentence};

/// The sentences (all body text) and the analysis without relations of `text` with the
/// marked mentions (in text order).
pub(super) fn prepared(text: &str, marks: &[(&str, EntityType)]) -> (Vec<Sentence>, Analysis) {
    let candidates = crate::engine::marked(text, marks);
    let all = Span::new(0, text.len());
    let sentences: Vec<Sentence> = tokenize::sentences(text, all)
        .into_iter()
        .map(|span| Sentence {
            span,
            tokens: tokenize::tokens(text, span),
            block: BlockKind::Paragraph,
        })
        .collect();
    let (mentions, entities) = cluster::cluster(text, &sentences, &candidates);
    let analysis = Analysis {
        sentences: sentences.iter().map(|s| s.span).collect(),
        mentions,
        entities,
        ..Analysis::default()
    };
    (sentences, analysis)
}

/// Relations the pattern families find in `text` with the marked mentions (in text order),
/// as "HEAD TYPE TAIL" lines with entity names, sorted.
pub(super) fn facts(text: &str, marks: &[(&str, EntityType)]) -> Vec<String> {
    facts_by(text, marks, Decider::Patterns)
}

/// Relations the embedded model finds, as [`facts`] writes them.
pub(super) fn model_facts(text: &str, marks: &[(&str, EntityType)]) -> Vec<String> {
    facts_by(text, marks, Decider::embedded())
}

/// The references resolved in `text` with the marked mentions, as "SURFACE -> NAME" lines in
/// text order.
pub(crate) fn references(text: &str, marks: &[(&str, EntityType)]) -> Vec<String> {
    let (sentences, analysis) = prepared(text, marks);
    let Related { references, .. } = relate(text, &sentences, &analysis, Decider::Patterns);
    references
        .iter()
        .map(|r| format!("{} -> {}", r.span.of(text), analysis.entity(r.entity).name))
        .collect()
}

fn facts_by(text: &str, marks: &[(&str, EntityType)], how: Decider) -> Vec<String> {
    let (sentences, analysis) = prepared(text, marks);
    let rels = relate(text, &sentences, &analysis, how).relations;
    for r in &rels {
        assert!((0.0..=1.0).contains(&r.confidence));
        assert!(sentences.iter().any(|s| s.span == r.evidence), "evidence is a sentence");
    }
    let mut out: Vec<String> = rels
        .iter()
        .map(|r| {
            let (mut h, mut t) =
                (analysis.entity(r.head).name.as_str(), analysis.entity(r.tail).name.as_str());
            // Symmetric relations read in name order, whichever entity came first.
            if r.ty.is_symmetric() && t < h {
                std::mem::swap(&mut h, &mut t);
            }
            format!("{h} {} {t}", r.ty.label())
        })
        .collect();
    out.sort();
    out
}

pub(crate) type Case<'a> = (&'a str, Vec<(&'a str, EntityType)>, Vec<&'a str>);

/// Checks the pattern families on each case: the facts found are exactly those wanted.
pub(super) fn check(cases: Vec<Case>) {
    check_by(cases, facts);
}

/// Checks the embedded model (with the patterns beside it) on each case.
pub(super) fn check_model(cases: Vec<Case>) {
    check_by(cases, model_facts);
}

/// What a decider finds in a text with marked mentions, as "HEAD TYPE TAIL" lines.
type Finder = fn(&str, &[(&str, EntityType)]) -> Vec<String>;

fn check_by(cases: Vec<Case>, found: Finder) {
    for (text, marks, want) in cases {
        let mut want: Vec<String> = want.into_iter().map(String::from).collect();
        want.sort();
        assert_eq!(found(text, &marks), want, "text: {text}");
    }
}
