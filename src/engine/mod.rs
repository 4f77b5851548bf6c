//! The text-analysis engine: plain Rust, no I/O, no web types.
//!
//! [`analyze`] runs named stages in order:
//! 1. [`structure`]: lines → title, headings, paragraphs, contents, asides, and the page's
//!    furniture (captions and credits, bylines, tags, notes, datelines);
//! 2. [`tokenize`]: blocks → sentences → tokens;
//! 3. recognize: [`numeric`] rules find MONEY, PERCENT and DATE, the trained [`tagger`]
//!    finds names (PERSON, ORG, places, NORP, PRODUCT, EVENT); rule spans win overlaps;
//!    [`products`] retypes names the text shows to be products ("Microsoft Azure" after
//!    "Microsoft", "its Galaxy smartphones");
//! 4. [`cluster`]: mentions → entities (aliases, canonical name, salience);
//! 5. [`relate`]: entity pairs in a sentence → relations with evidence.
//!
//! [`check`] holds an analysis from elsewhere (a page's JSON) to the invariants the stages
//! keep, before anything slices the text with it.
//!
//! All offsets are UTF-8 byte offsets into the text given to `analyze`.

mod check;
pub mod cluster;
pub mod export;
pub mod features;
pub mod hash;
pub mod lexicon;
pub mod numeric;
pub mod products;
pub mod relate;
pub mod sort;
pub mod structure;
pub mod tagger;
pub mod text;
pub mod tokenize;
mod trie;
mod types;

pub use check::check;
pub use relate::{Decider, RelationModel};
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

impl Candidate {
    /// Sorts candidates by span (start, then end), stably. Every such sort calls this one
    /// function, so the WASM holds one copy of even [`sort`]'s small wrapper.
    #[inline(never)]
    pub fn sort_by_span(v: &mut [Candidate]) {
        sort::by_key(v, |c| c.span);
    }

    /// Sorts candidates by start, the longer first where two start together, stably (one
    /// copy, as [`Candidate::sort_by_span`]).
    #[inline(never)]
    pub fn sort_longest_first(v: &mut [Candidate]) {
        sort::by_key(v, |c| (c.span.start, std::cmp::Reverse(c.span.end)));
    }
}

/// Test support: a table row of a pass over marked candidates: the text, the candidates (see
/// [`marked`]) and the surfaces and types the pass should leave.
#[cfg(test)]
pub(crate) type MarkedCase =
    (&'static str, &'static [(&'static str, EntityType)], &'static [(&'static str, EntityType)]);

/// Test support: candidates at hand-placed marks, each found in `text` after the previous one.
#[cfg(test)]
pub(crate) fn marked(text: &str, marks: &[(&str, EntityType)]) -> Vec<Candidate> {
    let mut candidates = Vec::new();
    let mut from = 0;
    for &(s, ty) in marks {
        let start = from + text[from..].find(s).expect("mark in text");
        candidates.push(Candidate { span: Span::new(start, start + s.len()), ty });
        from = start + s.len();
    }
    candidates
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

/// Analyses `text` with the given name model (and the embedded relation model). Never
/// fails: odd input yields diagnostics.
pub fn analyze_with(text: &str, model: &Model) -> Analysis {
    analyze_with_models(text, model, Decider::embedded())
}

/// Analyses `text` with the given name model and way of deciding relations.
pub fn analyze_with_models(text: &str, model: &Model, relations: Decider) -> Analysis {
    analyze_full(text, None, model, relations, &mut |_| {})
}

/// Analyses `text` whose lines' kinds its source gave (`outline`: one per non-blank line; see
/// [`structure::blocks_outlined`]). An outline that does not fit the text is set aside with a
/// diagnostic, and the lines are read by their shape as for plain text.
pub fn analyze_outlined(text: &str, outline: &[LineKind]) -> Analysis {
    analyze_full(text, Some(outline), Model::embedded(), Decider::embedded(), &mut |_| {})
}

/// The stages of an analysis, in order, as [`analyze_reporting`] announces them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Lines into blocks, sentences and tokens.
    Structure,
    /// The name tagger and the amounts and dates.
    Names,
    /// Mentions grouped into entities.
    Entities,
    /// References resolved and relations found.
    Facts,
}

impl Stage {
    /// Every stage, in order.
    pub const ALL: [Stage; 4] = [Stage::Structure, Stage::Names, Stage::Entities, Stage::Facts];

    /// About how much of an analysis is done when the stage starts, from 0 to 1 (measured on
    /// news text: the tagger takes about half the time, relations about a third).
    pub fn done(self) -> f32 {
        match self {
            Stage::Structure => 0.0,
            Stage::Names => 0.05,
            Stage::Entities => 0.6,
            Stage::Facts => 0.68,
        }
    }

    /// The stage in the reader's words.
    pub fn words(self) -> &'static str {
        match self {
            Stage::Structure => "Reading the structure",
            Stage::Names => "Finding names, amounts and dates",
            Stage::Entities => "Grouping names",
            Stage::Facts => "Finding facts",
        }
    }
}

/// [`analyze`] (or [`analyze_outlined`], with an outline) that tells `on_stage` as each
/// [`Stage`] starts, for a progress indicator.
pub fn analyze_reporting(
    text: &str,
    outline: Option<&[LineKind]>,
    on_stage: &mut dyn FnMut(Stage),
) -> Analysis {
    analyze_full(text, outline, Model::embedded(), Decider::embedded(), on_stage)
}

fn analyze_full(
    text: &str,
    outline: Option<&[LineKind]>,
    model: &Model,
    relations: Decider,
    on_stage: &mut dyn FnMut(Stage),
) -> Analysis {
    on_stage(Stage::Structure);
    let (text_cut, mut diagnostics) = within_limit(text);
    if text_cut.trim().is_empty() {
        diagnostics.push("the text is empty".to_string());
        return Analysis { diagnostics, ..Analysis::default() };
    }

    let given = outline.filter(|_| text_cut.len() == text.len());
    let blocks = match given.map(|o| structure::blocks_outlined(text_cut, o)) {
        Some(Some(blocks)) => blocks,
        Some(None) => {
            diagnostics.push("the outline does not fit the text; lines read by shape".into());
            structure::blocks(text_cut)
        }
        None => structure::blocks(text_cut),
    };
    let sentences = sentences_of(text_cut, &blocks);

    on_stage(Stage::Names);
    let candidates = recognize(text_cut, &sentences, model);
    on_stage(Stage::Entities);
    let (mentions, entities) = cluster::cluster(text_cut, &sentences, &candidates);
    on_stage(Stage::Facts);
    with_relations(text_cut, blocks, &sentences, mentions, entities, diagnostics, relations)
}

/// The text up to [`MAX_TEXT_BYTES`] (cut at a character boundary), with a diagnostic when
/// it had to be cut.
fn within_limit(text: &str) -> (&str, Vec<String>) {
    let limit = text.floor_char_boundary(MAX_TEXT_BYTES);
    let mut diagnostics = Vec::new();
    if limit < text.len() {
        diagnostics.push(format!(
            "text is {} bytes; only the first {} were analysed",
            text.len(),
            limit
        ));
    }
    (&text[..limit], diagnostics)
}

/// The longest sentence the stages after splitting see, in tokens (the longest sentences of
/// news text run to about 100).
pub const MAX_SENTENCE_TOKENS: usize = 240;

/// The last stage: relations between the entities, and the finished analysis.
fn with_relations(
    text: &str,
    blocks: Vec<Block>,
    sentences: &[Sentence],
    mentions: Vec<Mention>,
    entities: Vec<Entity>,
    diagnostics: Vec<String>,
    how: Decider,
) -> Analysis {
    let mut analysis = Analysis {
        blocks,
        sentences: sentences.iter().map(|s| s.span).collect(),
        mentions,
        entities,
        relations: Vec::new(),
        references: Vec::new(),
        diagnostics,
    };
    let related = relate::relate(text, sentences, &analysis, how);
    analysis.relations = related.relations;
    analysis.references = related.references;
    analysis
}

/// The sentences of every block. Text written as prose (paragraphs, captions, bylines,
/// notes) is split at sentence stops, and its label (a paragraph's dateline, a note's
/// lead-in) and a caption's credit are sentences of their own: cut where whitespace is, so a
/// sentence's tokens are the block's tokens inside it. Titles and headings are one sentence
/// each; contents, asides and tags one per caption and one per item. A run-on sentence of
/// more than [`MAX_SENTENCE_TOKENS`] tokens (a line of names with no full stop, a text with
/// no punctuation) is cut into pieces, after a comma or semicolon where one is near, so that
/// no later stage sees an unbounded sentence. Training uses it too, so it sees the same
/// sentences, tokens and block kinds as recognition.
pub fn sentences_of(text: &str, blocks: &[Block]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    for block in blocks {
        let kind = block.kind;
        let mut push = |span: Span, tokens: Vec<Span>| {
            if tokens.len() <= MAX_SENTENCE_TOKENS {
                if !tokens.is_empty() {
                    sentences.push(Sentence { span, tokens, block: kind });
                }
                return;
            }
            let mut rest = &tokens[..];
            while !rest.is_empty() {
                let cut = if rest.len() <= MAX_SENTENCE_TOKENS {
                    rest.len()
                } else {
                    (MAX_SENTENCE_TOKENS * 2 / 3..MAX_SENTENCE_TOKENS)
                        .rev()
                        .find(|&k| matches!(rest[k - 1].of(text), "," | ";" | ":"))
                        .unwrap_or(MAX_SENTENCE_TOKENS)
                };
                let (piece, after) = rest.split_at(cut);
                let span = Span::new(piece[0].start, piece[cut - 1].end);
                sentences.push(Sentence { span, tokens: piece.to_vec(), block: kind });
                rest = after;
            }
        };
        match kind {
            BlockKind::Paragraph | BlockKind::Caption | BlockKind::Byline | BlockKind::Note => {
                // The block is tokenized once: each sentence takes its share of the tokens
                // (the same tokens as its own text gives, see `tokenize::sentences_in`).
                let toks = tokenize::tokens(text, block.span);
                let inside = |span: Span| {
                    let first = toks.partition_point(|t| t.start < span.start);
                    let end = toks.partition_point(|t| t.end <= span.end).max(first);
                    &toks[first..end]
                };
                for (piece, span) in block.pieces() {
                    let part = inside(span);
                    if matches!(piece, Piece::Label | Piece::Item) {
                        if let (Some(a), Some(b)) = (part.first(), part.last()) {
                            push(Span::new(a.start, b.end), part.to_vec());
                        }
                        continue;
                    }
                    for s in tokenize::sentences_in(text, part) {
                        push(s, inside(s).to_vec());
                    }
                }
            }
            _ => {
                let parts: Vec<Span> = if block.items.is_empty() {
                    vec![block.span]
                } else {
                    block.label.into_iter().chain(block.items.iter().map(|i| i.span)).collect()
                };
                for span in parts {
                    push(span, tokenize::tokens(text, span));
                }
            }
        }
    }
    sentences
}

/// An entity given from outside the engine (for example gold annotations): its type and the
/// byte spans of its mentions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GivenEntity {
    pub ty: EntityType,
    pub mentions: Vec<Span>,
}

/// Analyses `text` with the given entities instead of the recognizers and clustering:
/// structure, sentences and [`relate`] run as usual. This measures relation extraction on
/// its own, with perfect entities. Mentions outside the text, off character boundaries,
/// empty or overlapping an earlier one are dropped with a diagnostic.
pub fn analyze_with_entities(text: &str, given: &[GivenEntity], how: Decider) -> Analysis {
    let (sentences, analysis, _) = with_given_entities(text, given);
    let Analysis { blocks, mentions, entities, diagnostics, .. } = analysis;
    let text_cut = within_limit(text).0;
    with_relations(text_cut, blocks, &sentences, mentions, entities, diagnostics, how)
}

/// The sentences and the analysis without relations of `text` with the given entities, and
/// for each given entity its id in the analysis (`None` for one with no valid mention).
pub fn with_given_entities(
    text: &str,
    given: &[GivenEntity],
) -> (Vec<Sentence>, Analysis, Vec<Option<EntityId>>) {
    let (text_cut, mut diagnostics) = within_limit(text);
    let blocks = structure::blocks(text_cut);
    let sentences = sentences_of(text_cut, &blocks);

    // Salience as a plain mention count, with a bonus for the title, so that entities come
    // most salient first like the clustered ones.
    let title = blocks.iter().find(|b| b.kind == BlockKind::Title).map(|b| b.span);
    let mut taken: Vec<Span> = Vec::new();
    let mut kept: Vec<(f32, usize, EntityType, Vec<Span>)> = Vec::new();
    for (k, g) in given.iter().enumerate() {
        let mut spans = Vec::new();
        for &s in &g.mentions {
            let valid = s.start < s.end
                && s.end <= text_cut.len()
                && text_cut.is_char_boundary(s.start)
                && text_cut.is_char_boundary(s.end);
            if !valid || taken.iter().any(|t| t.overlaps(s)) {
                diagnostics.push(format!(
                    "given mention {}..{} dropped (invalid or overlapping)",
                    s.start, s.end
                ));
                continue;
            }
            taken.push(s);
            spans.push(s);
        }
        if spans.is_empty() {
            continue;
        }
        sort::natural(&mut spans);
        let salience = spans
            .iter()
            .map(|s| if title.is_some_and(|t| t.contains(*s)) { 2.0 } else { 1.0 })
            .sum();
        kept.push((salience, k, g.ty, spans));
    }
    sort::by(&mut kept, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));

    let mut mentions: Vec<Mention> = kept
        .iter()
        .enumerate()
        .flat_map(|(rank, (_, _, ty, spans))| {
            spans.iter().map(move |&span| Mention { span, ty: *ty, entity: EntityId(rank as u32) })
        })
        .collect();
    sort::by_key(&mut mentions, |m| m.span);
    let mut slugs = structure::UniqueKeys::default();
    let entities = kept
        .iter()
        .enumerate()
        .map(|(rank, (salience, _, ty, _))| {
            let ids: Vec<MentionId> = mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.entity.0 == rank as u32)
                .map(|(i, _)| MentionId(i as u32))
                .collect();
            let (name, aliases) = cluster::entity_names(
                ids.iter().map(|id| mentions[id.0 as usize].span.of(text_cut)),
            );
            let slug = slugs.claim(&cluster::entity_slug_base(&name, *ty));
            Entity {
                id: EntityId(rank as u32),
                ty: *ty,
                name,
                slug,
                aliases,
                mentions: ids,
                salience: *salience,
            }
        })
        .collect();
    let mut ids = vec![None; given.len()];
    for (rank, &(_, k, _, _)) in kept.iter().enumerate() {
        ids[k] = Some(EntityId(rank as u32));
    }
    let analysis = Analysis {
        blocks,
        sentences: sentences.iter().map(|s| s.span).collect(),
        mentions,
        entities,
        diagnostics,
        ..Analysis::default()
    };
    (sentences, analysis, ids)
}

/// Runs the recognizers and resolves overlaps: rule-based amounts and dates win over the
/// tagger's names (except a year inside an event's name); among the rest the earlier, then
/// the longer span wins. Linear after sorting.
pub fn recognize(text: &str, sentences: &[Sentence], model: &Model) -> Vec<Candidate> {
    let mut rules: Vec<Candidate> =
        sentences.iter().flat_map(|s| numeric::recognize(text, &s.tokens)).collect();
    let mut names = model.recognize(text, sentences);
    Candidate::sort_longest_first(&mut rules);
    Candidate::sort_longest_first(&mut names);
    // An event's name keeps its year ("Web Summit 2024"): such a date gives way to the name.
    // The events by start, with the furthest end among those up to each: a date is inside an
    // event when one starting before it reaches its end, or one starting with it ends later
    // (found by binary search, so that an article of many events and dates stays linear).
    let events: Vec<Span> =
        names.iter().filter(|n| n.ty == EntityType::Event).map(|n| n.span).collect();
    let reach: Vec<usize> = events
        .iter()
        .scan(0, |m, e| {
            *m = e.end.max(*m);
            Some(*m)
        })
        .collect();
    let inside_event = |c: &Candidate| {
        let before = events.partition_point(|e| e.start < c.span.start);
        let with = events.partition_point(|e| e.start <= c.span.start);
        c.ty == EntityType::Date
            && ((before > 0 && reach[before - 1] >= c.span.end)
                || events[before..with].iter().any(|e| e.end > c.span.end))
    };
    let kept_rules = disjoint(rules.into_iter().filter(|c| !inside_event(c)));
    // Both lists are sorted and disjoint: a name overlaps a rule span exactly when the first
    // rule span ending after the name's start begins before the name's end.
    let clashes = |span: Span| {
        let i = kept_rules.partition_point(|r| r.span.end <= span.start);
        kept_rules.get(i).is_some_and(|r| r.span.start < span.end)
    };
    let mut kept_names: Vec<Candidate> =
        disjoint(names.into_iter()).into_iter().filter(|c| !clashes(c.span)).collect();
    products::retype(text, sentences, &mut kept_names);
    let mut out = kept_rules;
    out.extend(kept_names);
    Candidate::sort_by_span(&mut out);
    out
}

/// The candidates (sorted by start, longer first) that do not overlap an earlier kept one:
/// of overlapping spans, the earlier, then the longer one stays.
pub(crate) fn disjoint(sorted: impl Iterator<Item = Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    for c in sorted {
        if out.last().is_none_or(|last| last.span.end <= c.span.start) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod stage_tests {
    use super::*;

    #[test]
    fn the_stages_are_announced_in_order_and_change_nothing() {
        let text =
            "Orbix hires Dana Lee\nOrbix, the Oslo maker of drones, hired Dana Lee on Monday.";
        let mut seen = Vec::new();
        let a = analyze_reporting(text, None, &mut |s| seen.push(s));
        assert_eq!(seen, Stage::ALL);
        assert!(seen.windows(2).all(|w| w[0].done() < w[1].done()));
        assert_eq!(a, analyze(text));
    }
}
