//! The reader's corrections: a layer over the engine's analysis, kept with the article, so that
//! a wrong highlight or fact can be fixed without touching the engine. A correction names what
//! it corrects by its words (an entity's name and type, a fact's two names and kind), not by
//! ids or offsets, so it applies again to a new analysis of the same text, by a newer engine
//! too; one whose words no longer match anything is *detached*: listed, never applied
//! somewhere else.
//!
//! Kinds: words marked as a name of a type, an entity's type changed, two entities merged, an
//! entity removed (not a name at all) or one of its mentions, a fact removed, a fact added
//! (with its sentence). Applying keeps every invariant of an analysis (ids renumbered in
//! order). `state::sidecar` reads and writes them as a file of their own.

use crate::engine::{
    Analysis, Entity, EntityId, EntityType, Mention, MentionId, Reference, Relation, RelationType,
    Span,
};
use serde::Serialize;

/// One correction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Correction {
    /// The entity `name` (of type `from`) is of type `to`.
    Retype { name: String, from: EntityType, to: EntityType },
    /// The entity `name` (of type `ty`) is no entity: its highlights and facts go.
    Remove { name: String, ty: EntityType },
    /// The fact "`head` `ty` `tail`" is not what the article says.
    RemoveFact { head: String, ty: RelationType, tail: String },
    /// The words `quote`, found at byte `at` of the text (or, after the text changed, at the
    /// occurrence nearest to it), name an entity of type `ty`: a mention of the entity of that
    /// name and type if there is one, else a new entity. Highlights it overlaps give way.
    Add { quote: String, at: usize, ty: EntityType },
    /// The entity `name` (of type `ty`) is the entity `into` (of type `into_ty`): its mentions,
    /// names and facts become that entity's.
    Merge { name: String, ty: EntityType, into: String, into_ty: EntityType },
    /// The mention `quote` at byte `at` (or nearest to it) is not a name; the entity's other
    /// mentions stay.
    RemoveMention { quote: String, at: usize },
    /// The article states "`head` `ty` `tail`" in the sentence `quote`, found at byte `at`
    /// (or nearest to it): a fact the reader vouches for (confidence 1).
    AddFact {
        head: String,
        head_ty: EntityType,
        ty: RelationType,
        tail: String,
        tail_ty: EntityType,
        quote: String,
        at: usize,
    },
}

impl Correction {
    /// The correction in the reader's words, for the list of corrections and Undo.
    pub fn describe(&self) -> String {
        match self {
            Correction::Retype { name, to, .. } => format!("{name} is {}", type_words(*to)),
            Correction::Remove { name, .. } => format!("{name} is not a name"),
            Correction::RemoveFact { head, ty, tail } => {
                format!("not a fact: {head} {} {tail}", ty.phrase())
            }
            Correction::Add { quote, ty, .. } => format!("{quote} is {}", type_words(*ty)),
            Correction::Merge { name, into, .. } => format!("{name} is {into}"),
            Correction::RemoveMention { quote, .. } => format!("not a name here: {quote}"),
            Correction::AddFact { head, ty, tail, .. } => {
                format!("a fact: {head} {} {tail}", ty.phrase())
            }
        }
    }
}

/// A type in words, with its article ("an organization"), for the correction controls and
/// their descriptions.
pub fn type_words(ty: EntityType) -> &'static str {
    match ty {
        EntityType::Person => "a person",
        EntityType::Org => "an organization",
        EntityType::Gpe => "a country, city or state",
        EntityType::Loc => "a place",
        EntityType::Fac => "a building or facility",
        EntityType::Norp => "a nationality or group",
        EntityType::Product => "a product",
        EntityType::Event => "an event",
        EntityType::Money => "an amount of money",
        EntityType::Percent => "a percentage",
        EntityType::Date => "a date",
    }
}

/// An analysis with corrections applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    pub analysis: Analysis,
    /// The entities a correction changed (retyped), by id in `analysis`.
    pub corrected: Vec<EntityId>,
    /// The corrections that found nothing to apply to, by index.
    pub detached: Vec<usize>,
}

/// Is `e` the entity a correction names (`name`, of type `ty`)?
fn names(e: &Entity, name: &str, ty: EntityType) -> bool {
    e.ty == ty && goes_by(e, name)
}

/// Is `name` one of `e`'s names?
fn goes_by(e: &Entity, name: &str) -> bool {
    e.name == name || e.aliases.iter().any(|a| a == name)
}

/// `analysis` (of `text`) with `corrections` applied in order.
pub fn apply(text: &str, analysis: &Analysis, corrections: &[Correction]) -> Applied {
    let mut a = analysis.clone();
    let mut detached = Vec::new();
    let mut retyped: Vec<String> = Vec::new();
    for (i, c) in corrections.iter().enumerate() {
        match c {
            Correction::Retype { name, from, to } => {
                let Some(k) = a.entities.iter().position(|e| names(e, name, *from)) else {
                    detached.push(i);
                    continue;
                };
                let e = &mut a.entities[k];
                e.ty = *to;
                for m in e.mentions.clone() {
                    if let Some(m) = a.mentions.get_mut(m.0 as usize) {
                        m.ty = *to;
                    }
                }
                retyped.push(a.entities[k].name.clone());
            }
            Correction::Remove { name, ty } => {
                if !a.entities.iter().any(|e| names(e, name, *ty)) {
                    detached.push(i);
                    continue;
                }
                a = retain_entities(&a, |e| !names(e, name, *ty));
            }
            Correction::RemoveFact { head, ty, tail } => {
                let before = a.relations.len();
                let ents = &a.entities;
                let named =
                    |id: EntityId, n: &str| ents.get(id.0 as usize).is_some_and(|e| goes_by(e, n));
                a.relations
                    .retain(|r| !(r.ty == *ty && named(r.head, head) && named(r.tail, tail)));
                if a.relations.len() == before {
                    detached.push(i);
                }
            }
            Correction::Merge { name, ty, into, into_ty } => {
                let from = a.entities.iter().position(|e| names(e, name, *ty));
                let to = a.entities.iter().position(|e| names(e, into, *into_ty));
                match (from, to) {
                    (Some(f), Some(t)) if f != t => {
                        a = merge(&a, EntityId(f as u32), EntityId(t as u32));
                        retyped.push(a.entities[if f < t { t - 1 } else { t }].name.clone());
                    }
                    _ => detached.push(i),
                }
            }
            Correction::RemoveMention { quote, at } => {
                let found = locate(text, quote, *at)
                    .and_then(|span| a.mentions.iter().position(|m| m.span == span));
                match found {
                    Some(k) => {
                        let gone = a.mentions[k].span;
                        a = drop_mentions(&a, |m| m.span == gone);
                    }
                    None => detached.push(i),
                }
            }
            Correction::Add { quote, at, ty } => match locate(text, quote, *at) {
                Some(span) => {
                    a = add_mention(&a, span, quote, *ty);
                    retyped.push(quote.clone());
                }
                None => detached.push(i),
            },
            Correction::AddFact { head, head_ty, ty, tail, tail_ty, quote, at } => {
                let h = a.entities.iter().position(|e| names(e, head, *head_ty));
                let t = a.entities.iter().position(|e| names(e, tail, *tail_ty));
                match (h, t, locate(text, quote, *at)) {
                    (Some(h), Some(t), Some(evidence))
                        if h != t && ty.links(*head_ty, *tail_ty) =>
                    {
                        let (head, tail) = (EntityId(h as u32), EntityId(t as u32));
                        // One fact per type and pair: the reader's replaces the engine's.
                        a.relations.retain(|r| {
                            !(r.ty == *ty
                                && ((r.head, r.tail) == (head, tail)
                                    || ty.is_symmetric() && (r.head, r.tail) == (tail, head)))
                        });
                        // Vouched for by the reader: first among the most confident.
                        let fact = Relation { ty: *ty, head, tail, evidence, confidence: 1.0 };
                        a.relations.insert(0, fact);
                    }
                    _ => detached.push(i),
                }
            }
        }
    }
    let corrected = a.entities.iter().filter(|e| retyped.contains(&e.name)).map(|e| e.id).collect();
    Applied { analysis: a, corrected, detached }
}

/// Where `quote` is: at byte `at` if it is still there, else its occurrence nearest to `at`
/// (the text changed), else nowhere.
fn locate(text: &str, quote: &str, at: usize) -> Option<Span> {
    if quote.trim().is_empty() {
        return None;
    }
    if text.get(at..at + quote.len()) == Some(quote) {
        return Some(Span::new(at, at + quote.len()));
    }
    let start = text.match_indices(quote).map(|(i, _)| i).min_by_key(|&i| i.abs_diff(at))?;
    Some(Span::new(start, start + quote.len()))
}

/// `a` with a mention of `name` (type `ty`) at `span`: the mentions it overlaps go (and an
/// entity left without mentions), it joins the entity of that name and type or starts one;
/// mention ids are renumbered in text order.
fn add_mention(a: &Analysis, span: Span, name: &str, ty: EntityType) -> Analysis {
    // Out with what it overlaps.
    let mut b = if a.mentions.iter().any(|m| m.span.overlaps(span)) {
        drop_mentions(a, |m| m.span.overlaps(span))
    } else {
        a.clone()
    };
    let entity = match b.entities.iter().position(|e| names(e, name, ty)) {
        Some(k) => EntityId(k as u32),
        None => {
            let id = EntityId(b.entities.len() as u32);
            let base = crate::engine::structure::slugify(name);
            let mut slug = if base.is_empty() { "entity".to_string() } else { base.clone() };
            let mut n = 2;
            while b.entities.iter().any(|e| e.slug == slug) {
                slug = format!("{}-{n}", if base.is_empty() { "entity" } else { &base });
                n += 1;
            }
            b.entities.push(Entity {
                id,
                ty,
                name: name.to_string(),
                slug,
                aliases: vec![name.to_string()],
                mentions: Vec::new(),
                salience: 0.0,
            });
            id
        }
    };
    b.mentions.push(Mention { span, ty, entity });
    // Mentions in text order, ids renumbered, each entity's list rebuilt.
    let mut order: Vec<usize> = (0..b.mentions.len()).collect();
    crate::engine::sort::by_key(&mut order, |&i| {
        (b.mentions[i].span.start, b.mentions[i].span.end)
    });
    let mentions: Vec<Mention> = order.iter().map(|&i| b.mentions[i].clone()).collect();
    for e in &mut b.entities {
        e.mentions.clear();
    }
    for (k, m) in mentions.iter().enumerate() {
        b.entities[m.entity.0 as usize].mentions.push(MentionId(k as u32));
    }
    b.mentions = mentions;
    b
}

/// `a` with entity `from` merged into `to`: its mentions (in text order), names and facts
/// become `to`'s (a fact between the two, or one `to` already has, is dropped), then `from`
/// goes and ids are renumbered.
fn merge(a: &Analysis, from: EntityId, to: EntityId) -> Analysis {
    let mut b = a.clone();
    for m in &mut b.mentions {
        if m.entity == from {
            m.entity = to;
            m.ty = a.entities[to.0 as usize].ty;
        }
    }
    let moved = std::mem::take(&mut b.entities[from.0 as usize].mentions);
    let target = &mut b.entities[to.0 as usize];
    target.mentions.extend(moved);
    crate::engine::sort::natural(&mut target.mentions);
    for alias in
        a.entities[from.0 as usize].aliases.iter().chain([&a.entities[from.0 as usize].name])
    {
        if !target.aliases.contains(alias) {
            target.aliases.push(alias.clone());
        }
    }
    target.salience += a.entities[from.0 as usize].salience;
    for r in &mut b.references {
        if r.entity == from {
            r.entity = to;
        }
    }
    let mut seen = std::collections::HashSet::new();
    b.relations = b
        .relations
        .iter()
        .map(|r| {
            let swap = |id: EntityId| if id == from { to } else { id };
            Relation { head: swap(r.head), tail: swap(r.tail), ..r.clone() }
        })
        .filter(|r| r.head != r.tail && seen.insert((r.head, r.ty, r.tail)))
        .collect();
    // `from` has no mentions left; keeping the others renumbers everything.
    b.entities[from.0 as usize].mentions.clear();
    retain_entities(&b, |e| !e.mentions.is_empty())
}

/// `a` without the mentions `drop` accepts: entities keep their others (renumbered), and an
/// entity left without any goes with its facts.
fn drop_mentions(a: &Analysis, drop: impl Fn(&Mention) -> bool) -> Analysis {
    let mut new_id: Vec<Option<MentionId>> = vec![None; a.mentions.len()];
    let mut mentions = Vec::new();
    for (i, m) in a.mentions.iter().enumerate() {
        if !drop(m) {
            new_id[i] = Some(MentionId(mentions.len() as u32));
            mentions.push(m.clone());
        }
    }
    let entities = a
        .entities
        .iter()
        .map(|e| Entity {
            mentions: e.mentions.iter().filter_map(|m| new_id[m.0 as usize]).collect(),
            ..e.clone()
        })
        .collect();
    retain_entities(&Analysis { mentions, entities, ..a.clone() }, |e| !e.mentions.is_empty())
}

/// The analysis with only the entities `keep` accepts, their mentions, the facts and
/// references between them; entity and mention ids renumbered in the same order, so the
/// result keeps every invariant of an analysis.
pub fn retain_entities(analysis: &Analysis, keep: impl Fn(&Entity) -> bool) -> Analysis {
    let kept: Vec<&Entity> = analysis.entities.iter().filter(|e| keep(e)).collect();
    let mut new_entity: Vec<Option<EntityId>> = vec![None; analysis.entities.len()];
    for (k, e) in kept.iter().enumerate() {
        new_entity[e.id.0 as usize] = Some(EntityId(k as u32));
    }
    let entity_of = |id: EntityId| new_entity.get(id.0 as usize).copied().flatten();
    let mut new_mention: Vec<Option<MentionId>> = vec![None; analysis.mentions.len()];
    let mut mentions: Vec<Mention> = Vec::new();
    for (i, m) in analysis.mentions.iter().enumerate() {
        if let Some(entity) = entity_of(m.entity) {
            new_mention[i] = Some(MentionId(mentions.len() as u32));
            mentions.push(Mention { entity, ..m.clone() });
        }
    }
    let entities = kept
        .iter()
        .enumerate()
        .map(|(k, e)| Entity {
            id: EntityId(k as u32),
            mentions: e
                .mentions
                .iter()
                .filter_map(|m| new_mention.get(m.0 as usize).copied().flatten())
                .collect(),
            ..(*e).clone()
        })
        .collect();
    let relations = analysis
        .relations
        .iter()
        .filter_map(|r| {
            let (head, tail) = (entity_of(r.head)?, entity_of(r.tail)?);
            Some(Relation { head, tail, ..r.clone() })
        })
        .collect();
    Analysis {
        blocks: analysis.blocks.clone(),
        sentences: analysis.sentences.clone(),
        mentions,
        entities,
        relations,
        references: analysis
            .references
            .iter()
            .filter_map(|r| Some(Reference { entity: entity_of(r.entity)?, span: r.span }))
            .collect(),
        diagnostics: analysis.diagnostics.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::analyze;

    const TEXT: &str = "Orbix hires Dana Lee\n\nOrbix, the Oslo-based maker of drones, said on Monday that Dana Lee would join Orbix as chief executive. Lee led Velt before.";

    fn entity<'a>(a: &'a Analysis, name: &str) -> Option<&'a Entity> {
        a.entities.iter().find(|e| e.name == name)
    }

    #[test]
    fn a_retyped_entity_keeps_its_mentions_with_the_new_type() {
        let a = analyze(TEXT);
        let orbix = entity(&a, "Orbix").expect("Orbix is found");
        let fix =
            Correction::Retype { name: "Orbix".into(), from: orbix.ty, to: EntityType::Product };
        let applied = apply(TEXT, &a, std::slice::from_ref(&fix));
        let fixed = entity(&applied.analysis, "Orbix").unwrap();
        assert_eq!(fixed.ty, EntityType::Product);
        assert_eq!(fixed.mentions.len(), orbix.mentions.len());
        assert!(fixed
            .mentions
            .iter()
            .all(|m| applied.analysis.mentions[m.0 as usize].ty == EntityType::Product));
        assert_eq!(applied.corrected, vec![fixed.id]);
        assert_eq!(crate::engine::check(TEXT, &applied.analysis), Ok(()));
        assert_eq!(fix.describe(), "Orbix is a product");
    }

    #[test]
    fn a_removed_entity_takes_its_highlights_and_facts_and_ids_stay_consistent() {
        let a = analyze(TEXT);
        let orbix = entity(&a, "Orbix").unwrap();
        let applied = apply(TEXT, &a, &[Correction::Remove { name: "Orbix".into(), ty: orbix.ty }]);
        let b = &applied.analysis;
        assert!(entity(b, "Orbix").is_none());
        assert_eq!(b.entities.len(), a.entities.len() - 1);
        assert_eq!(b.mentions.len(), a.mentions.len() - orbix.mentions.len());
        assert!(b
            .relations
            .iter()
            .all(|r| r.head.0 < b.entities.len() as u32 && r.tail.0 < b.entities.len() as u32));
        assert_eq!(crate::engine::check(TEXT, b), Ok(()));
        assert!(applied.detached.is_empty());
    }

    #[test]
    fn a_removed_fact_goes_and_a_correction_that_matches_nothing_is_detached() {
        let a = analyze(TEXT);
        let r = a.relations.first().expect("the engine finds a fact");
        let (head, tail) = (
            a.entities[r.head.0 as usize].name.clone(),
            a.entities[r.tail.0 as usize].name.clone(),
        );
        let fixes = [
            Correction::RemoveFact { head: head.clone(), ty: r.ty, tail: tail.clone() },
            // Another engine's analysis (or an edited text) no longer has these.
            Correction::Remove { name: "Nobody".into(), ty: EntityType::Person },
            Correction::Retype {
                name: "Orbix".into(),
                from: EntityType::Event,
                to: EntityType::Org,
            },
        ];
        let applied = apply(TEXT, &a, &fixes);
        assert!(!applied.analysis.relations.iter().any(|x| x.ty == r.ty
            && applied.analysis.entities[x.head.0 as usize].name == head
            && applied.analysis.entities[x.tail.0 as usize].name == tail));
        assert_eq!(applied.detached, vec![1, 2], "applied nowhere else");
        assert_eq!(applied.analysis.entities, a.entities);
    }

    #[test]
    fn words_marked_as_a_name_become_a_mention_even_after_the_text_moved() {
        let a = analyze(TEXT);
        let at = TEXT.find("drones").unwrap();
        let fix = Correction::Add { quote: "drones".into(), at, ty: EntityType::Product };
        let applied = apply(TEXT, &a, std::slice::from_ref(&fix));
        let b = &applied.analysis;
        let drones = entity(b, "drones").expect("a new entity");
        assert_eq!(drones.ty, EntityType::Product);
        assert_eq!(b.mentions[drones.mentions[0].0 as usize].span.of(TEXT), "drones");
        assert_eq!(crate::engine::check(TEXT, b), Ok(()));
        assert_eq!(applied.corrected, vec![drones.id]);
        // The text gained a line before it: the quote is found where it moved.
        let moved = format!("Update: corrected.\n\n{TEXT}");
        let b2 = apply(&moved, &analyze(&moved), std::slice::from_ref(&fix));
        assert!(entity(&b2.analysis, "drones").is_some() && b2.detached.is_empty());
        // Gone from the text: detached.
        let gone = TEXT.replace("drones", "boats");
        assert_eq!(apply(&gone, &analyze(&gone), &[fix]).detached, vec![0]);
    }

    #[test]
    fn a_marked_name_over_a_highlight_replaces_it_and_joins_its_namesake() {
        let a = analyze(TEXT);
        // "Dana Lee" marked as an organization: the person's mention there gives way.
        let at = TEXT.find("Dana Lee would").unwrap();
        let fix = Correction::Add { quote: "Dana Lee".into(), at, ty: EntityType::Org };
        let b = apply(
            TEXT,
            &a,
            &[
                fix.clone(),
                Correction::Add {
                    quote: "Dana Lee".into(),
                    at: TEXT.find("Dana Lee").unwrap(),
                    ty: EntityType::Org,
                },
            ],
        )
        .analysis;
        assert_eq!(crate::engine::check(TEXT, &b), Ok(()));
        let org =
            b.entities.iter().find(|e| e.name == "Dana Lee" && e.ty == EntityType::Org).unwrap();
        assert_eq!(org.mentions.len(), 2, "the second mark joins the first");
        assert!(b.mentions.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    }

    #[test]
    fn merged_entities_are_one_with_every_mention_and_fact() {
        let a = analyze(TEXT);
        let (lee, orbix) = (entity(&a, "Dana Lee").unwrap(), entity(&a, "Orbix").unwrap());
        // A wrong merge, to see everything move: Dana Lee into Orbix.
        let fix = Correction::Merge {
            name: "Dana Lee".into(),
            ty: lee.ty,
            into: "Orbix".into(),
            into_ty: orbix.ty,
        };
        let applied = apply(TEXT, &a, std::slice::from_ref(&fix));
        let b = &applied.analysis;
        assert_eq!(crate::engine::check(TEXT, b), Ok(()));
        assert!(entity(b, "Dana Lee").is_none());
        let merged = entity(b, "Orbix").unwrap();
        assert_eq!(merged.mentions.len(), lee.mentions.len() + orbix.mentions.len());
        assert!(merged.aliases.contains(&"Dana Lee".to_string()));
        assert!(b.relations.iter().all(|r| r.head != r.tail), "no fact of an entity with itself");
        assert_eq!(applied.corrected, vec![merged.id]);
        assert_eq!(fix.describe(), "Dana Lee is Orbix");
    }

    #[test]
    fn one_mention_removed_leaves_the_others() {
        let a = analyze(TEXT);
        let orbix = entity(&a, "Orbix").unwrap();
        let second = a.mentions[orbix.mentions[1].0 as usize].span;
        let fix = Correction::RemoveMention { quote: "Orbix".into(), at: second.start };
        let b = apply(TEXT, &a, &[fix]).analysis;
        assert_eq!(crate::engine::check(TEXT, &b), Ok(()));
        assert_eq!(entity(&b, "Orbix").unwrap().mentions.len(), orbix.mentions.len() - 1);
        assert!(!b.mentions.iter().any(|m| m.span == second));
    }

    #[test]
    fn an_added_fact_has_its_sentence_replaces_the_engines_and_detaches_without_its_entities() {
        let a = analyze(TEXT);
        let (lee, orbix) = (entity(&a, "Dana Lee").unwrap(), entity(&a, "Orbix").unwrap());
        let sentence = "Lee led Velt before.";
        let fix = Correction::AddFact {
            head: "Dana Lee".into(),
            head_ty: lee.ty,
            ty: RelationType::Founded,
            tail: "Orbix".into(),
            tail_ty: orbix.ty,
            quote: sentence.into(),
            at: TEXT.find(sentence).unwrap(),
        };
        let applied = apply(TEXT, &a, std::slice::from_ref(&fix));
        let b = &applied.analysis;
        assert_eq!(crate::engine::check(TEXT, b), Ok(()));
        let first = &b.relations[0];
        assert_eq!((first.ty, first.confidence), (RelationType::Founded, 1.0));
        assert_eq!(b.entities[first.head.0 as usize].name, "Dana Lee");
        assert_eq!(b.entities[first.tail.0 as usize].name, "Orbix");
        assert_eq!(first.evidence.of(TEXT), sentence);
        assert_eq!(b.relations.len(), a.relations.len() + 1);
        assert_eq!(fix.describe(), "a fact: Dana Lee founded Orbix");
        // Added twice: still one fact of that kind between them.
        let twice = apply(TEXT, &a, &[fix.clone(), fix.clone()]).analysis;
        assert_eq!(twice.relations.len(), b.relations.len());
        // A fact the types cannot have (an organization working for a person) is not added.
        let Correction::AddFact { quote, at, .. } = fix.clone() else { unreachable!() };
        let backwards = Correction::AddFact {
            head: "Orbix".into(),
            head_ty: orbix.ty,
            ty: RelationType::EmployedBy,
            tail: "Dana Lee".into(),
            tail_ty: lee.ty,
            quote,
            at,
        };
        assert_eq!(apply(TEXT, &a, &[backwards]).detached, vec![0]);
        // Without its entity (removed first), it applies nowhere.
        let gone =
            apply(TEXT, &a, &[Correction::Remove { name: "Orbix".into(), ty: orbix.ty }, fix]);
        assert_eq!(gone.detached, vec![1]);
    }

    #[test]
    fn corrections_are_kept_as_plain_json() {
        let fix = Correction::Retype {
            name: "Orbix".into(),
            from: EntityType::Person,
            to: EntityType::Org,
        };
        let json = serde_json::to_string(&fix).unwrap();
        assert_eq!(json, r#"{"kind":"retype","name":"Orbix","from":"PERSON","to":"ORG"}"#);
        let read = serde_json::from_str(&json).unwrap();
        assert_eq!(crate::state::sidecar::correction(&read), Ok(fix));
    }
}
