//! Checks an [`Analysis`] that comes from outside the engine (a page's embedded JSON, a file)
//! against its text before anything slices the text or follows an id with it.
//!
//! Views and renderers index freely (`&text[span]`, `analysis.entity(id)`): that is safe for
//! what [`analyze`](super::analyze) returns, and [`check`] is what makes it safe for anything
//! else. It holds an analysis to the engine's invariants (see ARCHITECTURE.md): spans inside
//! the text and on character boundaries, mentions sorted and disjoint, mentions and entities
//! pointing at each other, ids in range. It is linear in the size of the analysis, allocates
//! one flag per mention, and never panics, whatever the input.

use super::types::{Analysis, Span};
use std::fmt;

/// `Ok(())` when `analysis` fits `text` and keeps every invariant the engine's own analyses
/// keep, else a lowercase message naming the first problem found.
///
/// What it checks, in this order:
/// - sizes: no more blocks, sentences, contents or aside entries, or mentions than there are
///   bytes of text (each is a non-empty stretch of it), no more entities than mentions, no
///   more relations than one per type and ordered pair of entities;
/// - every span (block, caption, entry, sentence, mention, relation evidence) starts no later
///   than it ends, lies within `text` and starts and ends on character boundaries;
/// - contents entries point at existing blocks;
/// - mentions are non-empty, sorted and never overlap; each names an existing entity;
/// - an entity's id is its index, it has mentions, they exist, are listed in text order and
///   each points back to the entity, and every mention is listed by its entity; salience is
///   a finite number;
/// - relations link existing entities and their confidence is a finite number.
///
/// # Example
/// ```
/// use sidelight::engine::{analyze, check, Span};
/// let text = "Mistral AI raised €600 million in June 2024.";
/// let mut analysis = analyze(text);
/// assert_eq!(check(text, &analysis), Ok(()));
/// // A span that ends inside "€" (three bytes in UTF-8) would panic when sliced.
/// analysis.sentences[0] = Span::new(0, 19);
/// assert_eq!(check(text, &analysis), Err("sentence 0 (0..19) is not on character boundaries".into()));
/// ```
pub fn check(text: &str, analysis: &Analysis) -> Result<(), String> {
    sizes(text, analysis)?;
    blocks(text, analysis)?;
    for (i, &s) in analysis.sentences.iter().enumerate() {
        span(text, s, format_args!("sentence {i}"))?;
    }
    mentions(text, analysis)?;
    entities(analysis)?;
    relations(text, analysis)?;
    references(text, analysis)
}

/// Counts that no analysis of a text this long can reach. Checked first, so an absurd
/// analysis is turned away before anything is allocated for it.
fn sizes(text: &str, a: &Analysis) -> Result<(), String> {
    let bytes = text.len();
    let items: usize = a.blocks.iter().map(|b| b.items.len()).fold(0, usize::saturating_add);
    let counts = [
        (a.blocks.len(), "blocks"),
        (items, "contents or aside entries"),
        (a.sentences.len(), "sentences"),
        (a.mentions.len(), "mentions"),
        (a.references.len(), "references"),
    ];
    for (n, what) in counts {
        if n > bytes {
            return Err(format!("more {what} ({n}) than bytes of text ({bytes})"));
        }
    }
    if a.entities.len() > a.mentions.len() {
        return Err(format!(
            "more entities ({}) than mentions ({})",
            a.entities.len(),
            a.mentions.len()
        ));
    }
    // The engine keeps one relation per type and ordered pair of entities.
    let pairs = a.entities.len().saturating_mul(a.entities.len());
    let most = pairs.saturating_mul(super::RelationType::ALL.len());
    if a.relations.len() > most {
        return Err(format!(
            "more relations ({}) than {most}, one per type and pair of entities",
            a.relations.len()
        ));
    }
    Ok(())
}

/// A span that can be sliced out of `text`: not inverted, inside, on character boundaries.
/// `what` names it in the message ("mention 3").
fn span(text: &str, s: Span, what: fmt::Arguments) -> Result<(), String> {
    let (start, end) = (s.start, s.end);
    if start > end {
        return Err(format!("{what} ({start}..{end}) ends before it starts"));
    }
    if end > text.len() {
        return Err(format!("{what} ({start}..{end}) is outside the text ({} bytes)", text.len()));
    }
    // Both ends are at most `text.len()` here, where `is_char_boundary` is defined.
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Err(format!("{what} ({start}..{end}) is not on character boundaries"));
    }
    Ok(())
}

fn blocks(text: &str, a: &Analysis) -> Result<(), String> {
    for (i, b) in a.blocks.iter().enumerate() {
        span(text, b.span, format_args!("block {i}"))?;
        if let Some(label) = b.label {
            span(text, label, format_args!("the caption of block {i}"))?;
        }
        for (j, item) in b.items.iter().enumerate() {
            span(text, item.span, format_args!("entry {j} of block {i}"))?;
            if let Some(t) = item.target.filter(|t| t.0 as usize >= a.blocks.len()) {
                return Err(format!(
                    "entry {j} of block {i} points at block {}, but there are {}",
                    t.0,
                    a.blocks.len()
                ));
            }
        }
    }
    Ok(())
}

fn mentions(text: &str, a: &Analysis) -> Result<(), String> {
    let mut previous: Option<Span> = None;
    for (i, m) in a.mentions.iter().enumerate() {
        span(text, m.span, format_args!("mention {i}"))?;
        if m.span.is_empty() {
            return Err(format!("mention {i} ({}..{}) is empty", m.span.start, m.span.end));
        }
        if let Some(p) = previous.filter(|p| p.end > m.span.start) {
            let how = if p.start > m.span.start { "comes before" } else { "overlaps" };
            return Err(format!(
                "mention {i} ({}..{}) {how} mention {} ({}..{}): mentions must be sorted and disjoint",
                m.span.start,
                m.span.end,
                i - 1,
                p.start,
                p.end
            ));
        }
        previous = Some(m.span);
        if m.entity.0 as usize >= a.entities.len() {
            return Err(format!(
                "mention {i} belongs to entity {}, but there are {}",
                m.entity.0,
                a.entities.len()
            ));
        }
    }
    Ok(())
}

fn entities(a: &Analysis) -> Result<(), String> {
    // Which mentions some entity lists. A mention can only be listed by the entity it points
    // to, and only once there (the list is strictly increasing), so one flag each suffices.
    let mut listed = vec![false; a.mentions.len()];
    for (i, e) in a.entities.iter().enumerate() {
        if e.id.0 as usize != i {
            return Err(format!("entity {i} has the id {}: ids must equal their index", e.id.0));
        }
        if e.mentions.is_empty() {
            return Err(format!("entity {i} has no mentions"));
        }
        if !e.salience.is_finite() {
            return Err(format!("entity {i} has a salience that is not a finite number"));
        }
        let mut previous: Option<u32> = None;
        for id in &e.mentions {
            let Some(m) = a.mentions.get(id.0 as usize) else {
                return Err(format!(
                    "entity {i} lists mention {}, but there are {}",
                    id.0,
                    a.mentions.len()
                ));
            };
            if previous.is_some_and(|p| p >= id.0) {
                return Err(format!(
                    "entity {i} lists mention {} out of text order or twice",
                    id.0
                ));
            }
            previous = Some(id.0);
            if m.entity != e.id {
                return Err(format!(
                    "entity {i} lists mention {}, which belongs to entity {}",
                    id.0, m.entity.0
                ));
            }
            listed[id.0 as usize] = true;
        }
    }
    if let Some(i) = listed.iter().position(|&l| !l) {
        return Err(format!(
            "mention {i} is missing from the mentions of its entity {}",
            a.mentions[i].entity.0
        ));
    }
    Ok(())
}

fn relations(text: &str, a: &Analysis) -> Result<(), String> {
    for (i, r) in a.relations.iter().enumerate() {
        for (end, id) in [("head", r.head), ("tail", r.tail)] {
            if id.0 as usize >= a.entities.len() {
                return Err(format!(
                    "relation {i} has entity {} as its {end}, but there are {}",
                    id.0,
                    a.entities.len()
                ));
            }
        }
        span(text, r.evidence, format_args!("the evidence of relation {i}"))?;
        if !r.confidence.is_finite() {
            return Err(format!("relation {i} has a confidence that is not a finite number"));
        }
    }
    Ok(())
}

/// References: inside the text, in order, not overlapping each other or a mention, each
/// pointing to an entity that exists.
fn references(text: &str, a: &Analysis) -> Result<(), String> {
    let mut prev: Option<Span> = None;
    for (i, r) in a.references.iter().enumerate() {
        span(text, r.span, format_args!("reference {i}"))?;
        if prev.is_some_and(|p| p.end > r.span.start) {
            return Err(format!("reference {i} is out of order or overlaps the one before"));
        }
        prev = Some(r.span);
        if r.entity.0 as usize >= a.entities.len() {
            return Err(format!(
                "reference {i} points to entity {}, but there are {}",
                r.entity.0,
                a.entities.len()
            ));
        }
        // Mentions are sorted and disjoint: the first one ending after the reference starts
        // is the only one that may overlap it.
        let k = a.mentions.partition_point(|m| m.span.end <= r.span.start);
        if a.mentions.get(k).is_some_and(|m| m.span.start < r.span.end) {
            return Err(format!("reference {i} overlaps mention {k}"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{
        analyze, Block, BlockId, BlockKind, Entity, EntityId, EntityType, Item, Mention, MentionId,
        Reference, Relation, RelationType,
    };
    use proptest::prelude::*;

    /// A small article with a title, contents, an aside, several mentions of one entity,
    /// multi-byte characters and at least one relation.
    const TEXT: &str = "Mistral AI raises €600 million\nContents\nThe Round\nMistral AI, the Paris start-up, raised €600 million in June 2024, Zoë Müller said.\nThe Round\nMicrosoft invested €15 million in Mistral AI. Mistral AI is based in Paris. Its chief executive said the company would hire.\nYou may also like:\nA story about 東京 😀";

    #[test]
    fn the_engines_own_analyses_pass() {
        let a = analyze(TEXT);
        assert!(!a.relations.is_empty() && a.blocks.iter().any(|b| !b.items.is_empty()));
        assert!(!a.references.is_empty());
        assert_eq!(check(TEXT, &a), Ok(()));
        let seed = crate::SEED_ARTICLE;
        assert_eq!(check(seed, &analyze(seed)), Ok(()));
        assert_eq!(check("", &analyze("")), Ok(()));
    }

    /// Index of the first mention of `surface` in the analysis of `TEXT`.
    fn mention_of(a: &Analysis, surface: &str) -> usize {
        a.mentions.iter().position(|m| m.span.of(TEXT) == surface).expect("mention")
    }

    #[test]
    fn broken_analyses_name_their_first_problem() {
        type Break = fn(&mut Analysis);
        // (what is broken, how, a part of the message)
        let cases: &[(&str, Break, &str)] = &[
            ("block past the end", |a| a.blocks[1].span.end = 10_000, "block 1 ("),
            ("inverted block", |a| a.blocks[0].span = Span::new(5, 2), "ends before it starts"),
            (
                "caption off a boundary",
                |a| {
                    let b = a.blocks.iter_mut().find(|b| b.label.is_some()).unwrap();
                    b.label = Some(Span::new(0, 19));
                },
                "is not on character boundaries",
            ),
            (
                "entry past the end",
                |a| {
                    let b = a.blocks.iter_mut().find(|b| !b.items.is_empty()).unwrap();
                    b.items[0].span = Span::new(0, usize::MAX);
                },
                "is outside the text",
            ),
            (
                "entry pointing nowhere",
                |a| {
                    let b = a.blocks.iter_mut().find(|b| !b.items.is_empty()).unwrap();
                    b.items[0].target = Some(BlockId(99));
                },
                "points at block 99",
            ),
            (
                "sentence inside €",
                |a| a.sentences[0] = Span::new(18, 20),
                "sentence 0 (18..20) is not on character boundaries",
            ),
            (
                "sentence starting at the maximum",
                |a| a.sentences[0] = Span::new(usize::MAX, usize::MAX),
                "is outside the text",
            ),
            (
                "mention inside a character",
                |a| {
                    let i = mention_of(a, "Zoë Müller");
                    // "Zoë": the third byte is inside "ë".
                    a.mentions[i].span.end = a.mentions[i].span.start + 3;
                },
                "not on character boundaries",
            ),
            (
                "empty mention",
                |a| a.mentions[0].span.end = a.mentions[0].span.start,
                "mention 0 (0..0) is empty",
            ),
            (
                "overlapping mentions",
                |a| a.mentions[1].span.start = a.mentions[0].span.end - 1,
                "overlaps mention 0",
            ),
            ("mentions out of order", |a| a.mentions.swap(0, 1), "comes before mention 0"),
            (
                "mention of a missing entity",
                |a| a.mentions[0].entity = EntityId(500),
                "belongs to entity 500",
            ),
            (
                "entity id not its index",
                |a| a.entities[0].id = EntityId(1),
                "entity 0 has the id 1",
            ),
            (
                "entity without mentions",
                |a| a.entities[0].mentions.clear(),
                "entity 0 has no mentions",
            ),
            (
                "entity listing a missing mention",
                |a| a.entities[0].mentions.push(MentionId(9_999)),
                "lists mention 9999",
            ),
            (
                "entity listing a mention twice",
                |a| {
                    let first = a.entities[0].mentions[0];
                    a.entities[0].mentions.insert(0, first);
                },
                "out of text order or twice",
            ),
            (
                "entity listing another's mention",
                |a| {
                    let other = a.entities[1].mentions[0];
                    a.entities[0].mentions = vec![other];
                },
                "which belongs to entity 1",
            ),
            (
                "mention left out by its entity",
                |a| {
                    let e = a.entities.iter_mut().find(|e| e.mentions.len() > 1).unwrap();
                    e.mentions.pop();
                },
                "is missing from the mentions of its entity",
            ),
            ("salience not a number", |a| a.entities[0].salience = f32::NAN, "salience"),
            (
                "relation to a missing entity",
                |a| a.relations[0].tail = EntityId(77),
                "entity 77 as its tail",
            ),
            (
                "evidence past the end",
                |a| a.relations[0].evidence.end = TEXT.len() + 1,
                "the evidence of relation 0",
            ),
            ("confidence infinite", |a| a.relations[0].confidence = f32::INFINITY, "confidence"),
            (
                "more mentions than bytes",
                |a| {
                    let m = a.mentions[0].clone();
                    a.mentions = vec![m; TEXT.len() + 1];
                },
                "more mentions",
            ),
            (
                "more entities than mentions",
                |a| {
                    let e = a.entities[0].clone();
                    a.entities = vec![e; a.mentions.len() + 1];
                },
                "more entities",
            ),
        ];
        let good = analyze(TEXT);
        for &(what, break_it, part) in cases {
            let mut a = good.clone();
            break_it(&mut a);
            match check(TEXT, &a) {
                Ok(()) => panic!("{what}: accepted"),
                Err(message) => {
                    assert!(message.contains(part), "{what}: {message:?} lacks {part:?}");
                    assert!(!message.starts_with(char::is_uppercase), "{what}: {message:?}");
                }
            }
        }
    }

    #[test]
    fn a_hand_made_analysis_is_held_to_the_same_rules() {
        let text = "Ada\nAda met Ada.";
        let mention = |start, end| Mention {
            span: Span::new(start, end),
            ty: EntityType::Person,
            entity: EntityId(0),
        };
        let mut a = Analysis {
            blocks: vec![
                Block {
                    kind: BlockKind::Title,
                    span: Span::new(0, 3),
                    anchor: None,
                    label: None,
                    items: vec![],
                },
                Block {
                    kind: BlockKind::Paragraph,
                    span: Span::new(4, 16),
                    anchor: None,
                    label: None,
                    items: vec![],
                },
            ],
            sentences: vec![Span::new(0, 3), Span::new(4, 16)],
            mentions: vec![mention(0, 3), mention(4, 7), mention(12, 15)],
            entities: vec![Entity {
                id: EntityId(0),
                ty: EntityType::Person,
                name: "Ada".into(),
                slug: "ada".into(),
                aliases: vec![],
                mentions: vec![MentionId(0), MentionId(1), MentionId(2)],
                salience: 4.0,
            }],
            relations: vec![],
            references: vec![],
            diagnostics: vec![],
        };
        assert_eq!(check(text, &a), Ok(()));
        // One relation per type and ordered pair: a single entity allows eleven.
        let r = Relation {
            ty: RelationType::PartnerOf,
            head: EntityId(0),
            tail: EntityId(0),
            evidence: Span::new(4, 16),
            confidence: 0.5,
        };
        a.relations = vec![r; 12];
        assert!(check(text, &a).is_err_and(|m| m.starts_with("more relations (12) than 11")));
        a.relations.clear();
        a.blocks[1].items.push(Item { span: Span::new(4, 7), target: Some(BlockId(2)) });
        assert_eq!(
            check(text, &a),
            Err("entry 0 of block 1 points at block 2, but there are 2".into())
        );
        // A reference must not overlap a mention and must point to an entity.
        a.blocks[1].items.clear();
        a.references = vec![Reference { span: Span::new(8, 11), entity: EntityId(0) }];
        assert_eq!(check(text, &a), Ok(()));
        a.references[0].span = Span::new(6, 9);
        assert_eq!(check(text, &a), Err("reference 0 overlaps mention 1".into()));
        a.references[0] = Reference { span: Span::new(8, 11), entity: EntityId(3) };
        assert_eq!(check(text, &a), Err("reference 0 points to entity 3, but there are 1".into()));
        a.references.clear();
        // Any text is fine for an empty analysis, and no analysis with parts fits the empty text.
        assert_eq!(check("anything", &Analysis::default()), Ok(()));
        a.blocks[1].items.clear();
        assert!(check("", &a).is_err_and(|m| m.starts_with("more blocks")));
    }

    /// Uses every span and id the way a view does, panicking on anything `check` should have
    /// turned away.
    fn use_everything(text: &str, a: &Analysis) {
        let mut n = 0;
        for b in &a.blocks {
            n += b.span.of(text).len() + b.label.map_or(0, |l| l.of(text).len());
            for item in &b.items {
                n += item.span.of(text).len();
                n += item.target.map_or(0, |t| a.blocks[t.0 as usize].span.len());
            }
        }
        n += a.sentences.iter().map(|s| s.of(text).len()).sum::<usize>();
        for m in &a.mentions {
            n += m.span.of(text).len() + a.entity(m.entity).name.len();
        }
        for e in &a.entities {
            n += e.mentions.iter().map(|&m| a.mention(m).span.len()).sum::<usize>();
        }
        for r in &a.relations {
            n += a.entity(r.head).mentions.len() + a.entity(r.tail).mentions.len();
            n += r.evidence.of(text).len();
        }
        for r in &a.references {
            n += r.span.of(text).len() + a.entity(r.entity).name.len();
        }
        std::hint::black_box(n);
    }

    /// One random change to an analysis: a number anywhere in it replaced by one near the
    /// text's length or far out, an element dropped, doubled or swapped.
    #[derive(Clone, Debug)]
    enum Mutation {
        Number { field: usize, index: usize, value: usize },
        Drop { list: usize, index: usize },
        Double { list: usize, index: usize },
        Swap { list: usize, index: usize },
    }

    fn mutation() -> impl Strategy<Value = Mutation> {
        let value = prop_oneof![0usize..48, Just(usize::MAX), Just(u32::MAX as usize)];
        prop_oneof![
            3 => (0usize..14, any::<usize>(), value).prop_map(|(field, index, value)| Mutation::Number { field, index, value }),
            1 => (0usize..6, any::<usize>()).prop_map(|(list, index)| Mutation::Drop { list, index }),
            1 => (0usize..6, any::<usize>()).prop_map(|(list, index)| Mutation::Double { list, index }),
            1 => (0usize..6, any::<usize>()).prop_map(|(list, index)| Mutation::Swap { list, index }),
        ]
    }

    fn pick<T>(v: &mut [T], index: usize) -> Option<&mut T> {
        let n = v.len();
        (n > 0).then(|| &mut v[index % n])
    }

    fn list_op<T: Clone>(v: &mut Vec<T>, op: &Mutation) {
        if v.is_empty() {
            return;
        }
        let n = v.len();
        match *op {
            Mutation::Drop { index, .. } => {
                v.remove(index % n);
            }
            Mutation::Double { index, .. } => v.insert(index % n, v[index % n].clone()),
            Mutation::Swap { index, .. } => v.swap(index % n, (index + 1) % n),
            Mutation::Number { .. } => {}
        }
    }

    fn apply(a: &mut Analysis, op: &Mutation) {
        match *op {
            Mutation::Number { field, index, value } => {
                let id = value as u32;
                match field {
                    0 => pick(&mut a.blocks, index).into_iter().for_each(|b| b.span.start = value),
                    1 => pick(&mut a.blocks, index).into_iter().for_each(|b| b.span.end = value),
                    2 => pick(&mut a.blocks, index).into_iter().for_each(|b| {
                        b.label = Some(Span::new(value, value.saturating_add(index % 4)))
                    }),
                    3 => pick(&mut a.blocks, index).into_iter().for_each(|b| {
                        b.items.push(Item { span: Span::new(0, value), target: Some(BlockId(id)) })
                    }),
                    4 => pick(&mut a.sentences, index).into_iter().for_each(|s| s.end = value),
                    5 => {
                        pick(&mut a.mentions, index).into_iter().for_each(|m| m.span.start = value)
                    }
                    6 => pick(&mut a.mentions, index).into_iter().for_each(|m| m.span.end = value),
                    7 => pick(&mut a.mentions, index)
                        .into_iter()
                        .for_each(|m| m.entity = EntityId(id)),
                    8 => pick(&mut a.entities, index).into_iter().for_each(|e| {
                        let k = e.mentions.len();
                        if k > 0 {
                            e.mentions[index % k] = MentionId(id);
                        }
                    }),
                    9 => pick(&mut a.relations, index)
                        .into_iter()
                        .for_each(|r| r.head = EntityId(id)),
                    10 => pick(&mut a.relations, index)
                        .into_iter()
                        .for_each(|r| r.evidence.start = value),
                    11 => pick(&mut a.references, index)
                        .into_iter()
                        .for_each(|r| r.span.start = value),
                    12 => {
                        pick(&mut a.references, index).into_iter().for_each(|r| r.span.end = value)
                    }
                    _ => pick(&mut a.references, index)
                        .into_iter()
                        .for_each(|r| r.entity = EntityId(id)),
                }
            }
            Mutation::Drop { list, .. }
            | Mutation::Double { list, .. }
            | Mutation::Swap { list, .. } => match list {
                0 => list_op(&mut a.blocks, op),
                1 => list_op(&mut a.sentences, op),
                2 => list_op(&mut a.mentions, op),
                3 => list_op(&mut a.entities, op),
                4 => list_op(&mut a.relations, op),
                _ => list_op(&mut a.references, op),
            },
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        /// Whatever is changed, `check` answers without panicking, and whatever it accepts
        /// can be used without panicking.
        #[test]
        fn mutated_analyses_are_rejected_or_safe(ops in prop::collection::vec(mutation(), 1..4)) {
            static GOOD: std::sync::OnceLock<Analysis> = std::sync::OnceLock::new();
            let mut a = GOOD.get_or_init(|| analyze(TEXT)).clone();
            for op in &ops {
                apply(&mut a, op);
            }
            if check(TEXT, &a).is_ok() {
                use_everything(TEXT, &a);
            }
        }
    }
}
