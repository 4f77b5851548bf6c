//! References: the words that point back to an entity without naming it, resolved to the
//! entity they mean, so that facts stated through them attach to it ("She joined Acme in
//! 2019" is a fact about the person named before) and the reader can count them.
//!
//! Light, rule-based resolution, sentence by sentence, with a short memory:
//! - **personal pronouns** ("he", "his", "she", "her", ...) mean a person: the subject of
//!   their own sentence if it comes before them, else the subject of the latest of the two
//!   sentences before that names a person, else the person named last there. A person's
//!   gender is known from an honorific before a name ("Mr", "Ms") or from the first pronoun
//!   resolved to them; a pronoun never resolves to a person of the other gender.
//! - **"it" and "its"** mean an organization only when it is the subject of their own
//!   sentence (before them) or of the sentence before; "it" in "it is likely that …" or
//!   "make it" refers to nothing.
//! - **descriptions** ("the company", "the Seoul-based lender", "the London club") mean the
//!   organization the text was about: the subject of the sentence before, else the latest
//!   organization named in the two sentences before, else the article's main organization.
//!   An organization named in the description's own sentence is not the one it means ("the
//!   Shenzhen-based company has overtaken Tesla"), except the one that says it ("Acme said
//!   the company would …"). "The conference", "the tournament" and the like mean the event
//!   named last.
//!
//! Memory does not cross headings, and lists, asides and titles hold no references. Wrong
//! links cost trust, so an unclear case (no candidate, or a plural) stays unresolved; the
//! relation model reads which arguments came through a reference and weighs them.

use super::view::Ment;
use crate::engine::lexicon::names::ORG_NOUNS;
use crate::engine::lexicon::relations::PREPOSITIONS;
use crate::engine::text::{TokenView, Words};
use crate::engine::types::{BlockKind, EntityId, EntityType};

/// How a reference names its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Via {
    Pronoun,
    Description,
}

/// A resolved reference inside one sentence: the tokens it covers and what it means.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Found {
    pub ment: Ment,
    pub via: Via,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

const HE: Words = Words::new(&["he", "him", "his", "himself"]);
const SHE: Words = Words::new(&["she", "her", "hers", "herself"]);
const IT: Words = Words::new(&["it", "its", "itself"]);
const MALE_HONORIFICS: Words = Words::new(&["mr", "sir", "lord"]);
const FEMALE_HONORIFICS: Words = Words::new(&["ms", "mrs", "miss", "dame", "lady", "madam"]);
/// Heads of descriptions that mean an event ("the conference", "the final").
const EVENT_NOUNS: Words = Words::new(&[
    "conference", "summit", "tournament", "championship", "race", "festival", "election", "games",
    "cup", "forum", "fair", "expo", "congress", "convention", "meeting", "show", "event",
    "competition", "contest", "olympics", "league",
]);
/// Verbs before "it" that make it a dummy ("make it", "find it hard").
const DUMMY_IT_VERBS: Words = Words::new(&[
    "make", "makes", "made", "making", "find", "finds", "found", "take", "takes", "took", "keep",
    "keeps", "kept",
]);
/// Words after "it" that open an impersonal clause ("it is likely that", "it seems").
const IMPERSONAL: Words =
    Words::new(&["seems", "seemed", "appears", "appeared", "remains", "remained", "takes", "took"]);
/// Verbs of saying: "Acme said the company would …" is Acme speaking of itself.
const SAYING: Words = Words::new(&[
    "said", "says", "announced", "added", "stated", "confirmed", "explained", "noted", "reported",
    "told", "wrote",
]);

/// One earlier sentence as the resolver remembers it.
struct Past {
    /// Its arguments (mentions and resolved references) in text order.
    args: Vec<Ment>,
}

impl Past {
    /// The sentence's subject of type `ty`: its first argument of that type that is not
    /// inside a prepositional phrase (approximated by the token before it).
    fn subject(&self, ty: EntityType) -> Option<EntityId> {
        self.args.iter().find(|a| a.ty == ty).map(|a| a.entity)
    }
    fn last(&self, ty: EntityType) -> Option<EntityId> {
        self.args.iter().rev().find(|a| a.ty == ty).map(|a| a.entity)
    }
}

/// Resolves references sentence by sentence, remembering the last sentences.
pub(crate) struct Resolver {
    /// The last sentences, most recent last (at most [`Resolver::MEMORY`]).
    past: Vec<Past>,
    /// Known genders, by entity.
    genders: Vec<(EntityId, Gender)>,
    /// The article's main organization.
    topic: Option<EntityId>,
    /// Each entity's type and name, as lower-case words (by entity id).
    names: Vec<(EntityType, Vec<String>)>,
    /// The sentence (counted from 1) where each entity was last named or meant; 0: not yet.
    seen: Vec<usize>,
    /// The sentences read so far.
    count: usize,
    /// What the text called each entity ("Daeyang Holdings, an investment company": the
    /// head noun "company" and its modifiers "investment"), for later descriptions.
    descriptors: Vec<(EntityId, String, Vec<String>)>,
}

impl Resolver {
    /// How many earlier sentences a reference may reach back to.
    const MEMORY: usize = 2;

    /// A resolver for an article whose main organization is `topic` and whose entities are
    /// named `names` (lower-case words, by entity id).
    pub fn new(topic: Option<EntityId>, names: Vec<(EntityType, Vec<String>)>) -> Resolver {
        let seen = vec![0; names.len()];
        Resolver {
            past: Vec::new(),
            genders: Vec::new(),
            topic,
            names,
            seen,
            count: 0,
            descriptors: Vec::new(),
        }
    }

    fn gender(&self, e: EntityId) -> Option<Gender> {
        self.genders.iter().find(|(x, _)| *x == e).map(|&(_, g)| g)
    }

    /// May a pronoun of gender `g` mean `e` (whose gender is unknown or the same)?
    fn fits(&self, e: EntityId, g: Gender) -> bool {
        self.gender(e).is_none_or(|known| known == g)
    }

    /// A sentence that holds no references and breaks the memory (a heading, a list line).
    pub fn forget(&mut self) {
        self.past.clear();
    }

    /// The references in a sentence (`v`: its tokens; `ments`: its mentions in text order,
    /// by tokens), which it then remembers with the sentence.
    pub fn sentence(&mut self, v: &TokenView, ments: &[Ment], block: BlockKind) -> Vec<Found> {
        if block != BlockKind::Paragraph {
            self.forget();
            return Vec::new();
        }
        self.learn_genders(v, ments);
        let mut found: Vec<Found> = Vec::new();
        let mut next_ment = 0;
        let mut i = 0;
        while i < v.len() {
            if let Some(m) = ments.get(next_ment).filter(|m| m.first <= i) {
                i = m.last + 1;
                next_ment += 1;
                continue;
            }
            // The arguments before token `i`, read only where a reference may start.
            let before = || args_before(ments, &found, i);
            let hit = if v.is(i, &HE) || v.is(i, &SHE) {
                let g = if v.is(i, &HE) { Gender::Male } else { Gender::Female };
                self.person(v, &before(), i, g).map(|e| (e, EntityType::Person, i, Via::Pronoun))
            } else if v.is(i, &IT) {
                self.it(v, &before(), i).map(|e| (e, EntityType::Org, i, Via::Pronoun))
            } else if v.w(i) == "the" {
                self.description(v, ments, &before(), i)
            } else {
                None
            };
            match hit {
                Some((entity, ty, last, via)) => {
                    found.push(Found { ment: Ment { entity, ty, first: i, last }, via });
                    i = last + 1;
                }
                None => i += 1,
            }
        }
        let mut args: Vec<Ment> =
            ments.iter().copied().chain(found.iter().map(|f| f.ment)).collect();
        in_text_order(&mut args);
        self.count += 1;
        for a in &args {
            if let Some(s) = self.seen.get_mut(a.entity.0 as usize) {
                *s = self.count;
            }
        }
        self.learn_descriptors(v, ments);
        self.past.push(Past { args });
        if self.past.len() > Self::MEMORY {
            self.past.remove(0);
        }
        found
    }

    /// Genders from honorifics before names ("Mr Tan", "Ms. Lee").
    fn learn_genders(&mut self, v: &TokenView, ments: &[Ment]) {
        for m in ments.iter().filter(|m| m.ty == EntityType::Person) {
            let k = if m.first >= 2 && v.w(m.first - 1) == "." {
                m.first - 2
            } else {
                m.first.wrapping_sub(1)
            };
            let w = v.w(k).trim_end_matches('.');
            let g = if MALE_HONORIFICS.contains(w) {
                Gender::Male
            } else if FEMALE_HONORIFICS.contains(w) {
                Gender::Female
            } else {
                continue;
            };
            if self.gender(m.entity).is_none() {
                self.genders.push((m.entity, g));
            }
        }
    }

    /// The person a personal pronoun at token `i` means.
    fn person(&mut self, v: &TokenView, before: &[Ment], i: usize, g: Gender) -> Option<EntityId> {
        let fits = |e: &EntityId| self.fits(*e, g);
        // "him" is never the subject of its own clause ("Lee thanked him").
        let subject = subject_before(v, before, EntityType::Person);
        let not_self = |e: &EntityId| v.w(i) != "him" || Some(*e) != subject;
        let fits = |e: &EntityId| fits(e) && not_self(e);
        let here = subject.filter(fits).or_else(|| {
            let people = before.iter().rev().filter(|a| a.ty == EntityType::Person);
            people.map(|a| a.entity).find(fits)
        });
        let e = here.or_else(|| {
            self.past.iter().rev().find_map(|p| {
                p.subject(EntityType::Person)
                    .filter(fits)
                    .or_else(|| p.last(EntityType::Person).filter(fits))
            })
        })?;
        if self.gender(e).is_none() {
            self.genders.push((e, g));
        }
        Some(e)
    }

    /// The organization "it"/"its" at token `i` means, if it is not a dummy.
    fn it(&self, v: &TokenView, before: &[Ment], i: usize) -> Option<EntityId> {
        if v.w(i) == "it" {
            let prev = if i == 0 { "" } else { v.w(i - 1) };
            let copula = matches!(v.w(i + 1), "is" | "was" | "’s" | "'s" | "will" | "would");
            let impersonal = IMPERSONAL.contains(v.w(i + 1))
                || (copula && (i + 2..i + 7).any(|k| matches!(v.w(k), "to" | "that")));
            if DUMMY_IT_VERBS.contains(prev) || impersonal {
                return None;
            }
        }
        // In its own sentence: the subject, when the sentence starts with an organization.
        if let Some(first) = before.first() {
            return (first.ty == EntityType::Org).then_some(first.entity);
        }
        // Else the sentence before, when an organization was its subject.
        let last = self.past.last()?;
        let first = last.args.first()?;
        (first.ty == EntityType::Org).then_some(first.entity)
    }

    /// What appositions and titles call an entity: "Daeyang Holdings, an investment
    /// company" and "the investment company Daeyang Holdings" both call it a "company" with
    /// the modifier "investment".
    fn learn_descriptors(&mut self, v: &TokenView, ments: &[Ment]) {
        for m in ments.iter().filter(|m| matches!(m.ty, EntityType::Org | EntityType::Event)) {
            // After the name: ", (a|an|the) MODIFIERS HEAD".
            if v.w(m.last + 1) == "," {
                let mut k = m.last + 2;
                if matches!(v.w(k), "a" | "an" | "the" | "its") {
                    k += 1;
                }
                if let Some((_, head, mods)) = phrase(v, ments, k) {
                    self.descriptors.push((m.entity, head, mods));
                }
            }
            // Before the name: "the MODIFIERS HEAD NAME".
            if let Some(start) = (m.first.saturating_sub(6)..m.first)
                .rev()
                .find(|&k| matches!(v.w(k), "the" | "a" | "an"))
            {
                if let Some((h, head, mods)) = phrase(v, ments, start + 1) {
                    if h + 1 == m.first {
                        self.descriptors.push((m.entity, head, mods));
                    }
                }
            }
        }
    }

    /// A description starting with "the" at token `i` ("the company", "the Seoul-based
    /// lender", "the pension fund"). Returns the entity, its type, its last token and how it
    /// was found. The entity is, in order: the latest one the text called by that head noun
    /// (with the most matching modifiers) or whose name holds the head noun or a modifier;
    /// else the subject of the sentence before, the latest named in the sentences before, or
    /// the article's main organization, none of them named in this sentence.
    fn description(
        &self,
        v: &TokenView,
        ments: &[Ment],
        before: &[Ment],
        i: usize,
    ) -> Option<(EntityId, EntityType, usize, Via)> {
        let (h, head, mods) = phrase(v, ments, i + 1)?;
        // "the company Acme" names a company; "the company of", "the company that" are not
        // references back.
        if (v.is_cap(h + 1) && v.poss(h + 1) == 0)
            || matches!(v.w(h + 1), "of" | "that" | "which" | "who" | "-")
        {
            return None;
        }
        let ty = if EVENT_NOUNS.contains(&head) { EntityType::Event } else { EntityType::Org };
        if ty == EntityType::Org {
            // "Acme said the company …": the speaker speaks of itself.
            if let Some(first) = before.first().filter(|a| a.ty == EntityType::Org) {
                if (first.last + 1..i).any(|j| SAYING.contains(v.w(j))) {
                    return Some((first.entity, ty, h, Via::Description));
                }
            }
        }
        // Entities the text has called so, or whose names say so.
        let is_ty = |e: EntityId| self.names.get(e.0 as usize).is_some_and(|(t, _)| *t == ty);
        let seen_before = |e: EntityId| {
            self.seen.get(e.0 as usize).is_some_and(|&s| s > 0)
                || before.iter().any(|a| a.entity == e)
        };
        let mut best: Option<(usize, usize, EntityId)> = None;
        let mut consider = |e: EntityId, score: usize| {
            let recency = if before.iter().any(|a| a.entity == e) {
                usize::MAX
            } else {
                self.seen.get(e.0 as usize).copied().unwrap_or(0)
            };
            if best.is_none_or(|(s, r, _)| (score, recency) > (s, r)) {
                best = Some((score, recency, e));
            }
        };
        for (e, dh, dm) in &self.descriptors {
            if *dh == head && seen_before(*e) && is_ty(*e) {
                consider(*e, 2 + dm.iter().filter(|m| mods.contains(m)).count());
            }
        }
        for (k, (_, name)) in self.names.iter().enumerate() {
            let e = EntityId(k as u32);
            let hits = name.iter().filter(|w| **w == head || mods.contains(w)).count();
            if hits > 0 && seen_before(e) && is_ty(e) {
                consider(e, 1 + hits);
            }
        }
        if let Some((_, _, e)) = best {
            return Some((e, ty, h, Via::Description));
        }
        let named_here = |e: EntityId| ments.iter().any(|m| m.entity == e);
        let topic =
            (ty == EntityType::Org).then_some(self.topic).flatten().filter(|&e| !named_here(e));
        let recent =
            self.past.last().and_then(|p| p.subject(ty)).filter(|&e| !named_here(e)).or_else(
                || self.past.iter().rev().find_map(|p| p.last(ty).filter(|&e| !named_here(e))),
            );
        Some((recent.or(topic)?, ty, h, Via::Description))
    }
}

/// Heads of descriptions that mean an organization ("the company", "the council").
const ORG_HEADS: Words = Words::new(&[
    "council", "ministry", "department", "authority", "charity", "church", "trust", "union",
    "institute", "foundation", "association", "federation", "party", "committee", "commission",
    "university", "college", "school", "hospital", "broadcaster", "newspaper", "publisher",
    "network", "watchdog", "consortium", "organisation", "organization", "body", "utility",
    "startup", "side", "owner", "developer", "maker", "carrier",
]);

/// A description phrase from token `k`: up to five modifiers (lower-case words, numbers,
/// hyphens, a place or nationality inside: "Seoul-based", "German") and a head noun naming
/// a kind of organization or event. Returns the head's token, the head and the modifiers,
/// all lower-case.
fn phrase(v: &TokenView, ments: &[Ment], k: usize) -> Option<(usize, String, Vec<String>)> {
    let mut mods = Vec::new();
    let mut k = k;
    let end = k + 6;
    while k < v.len() && k < end {
        if let Some(m) = ments.iter().find(|m| m.first <= k && k <= m.last) {
            if !matches!(m.ty, EntityType::Gpe | EntityType::Loc | EntityType::Norp) {
                return None;
            }
            mods.extend((m.first..=m.last).map(|j| v.w(j).to_string()));
            k = m.last + 1;
            continue;
        }
        let w = v.w(k);
        // "start-up" is one noun in three tokens.
        if w == "start" && v.w(k + 1) == "-" && v.w(k + 2) == "up" {
            return Some((k + 2, "startup".to_string(), mods));
        }
        let head = (ORG_NOUNS.contains(w) && w != "start")
            || ORG_HEADS.contains(w)
            || EVENT_NOUNS.contains(w);
        if head && !v.is_cap(k) {
            return Some((k, w.to_string(), mods));
        }
        let modifier = (w == "-" || w.chars().all(|c| c.is_ascii_digit()) || v.is_word(k))
            && !v.is_cap(k)
            && !PREPOSITIONS.contains(w)
            && !matches!(w, "a" | "an" | "the" | "its" | "their" | "his" | "her");
        if !modifier {
            return None;
        }
        if w != "-" {
            mods.push(w.to_string());
        }
        k += 1;
    }
    None
}

/// Sorts arguments by their first token, stably (one copy of the sort for both callers).
#[inline(never)]
fn in_text_order(args: &mut [Ment]) {
    crate::engine::sort::by_key(args, |a| a.first);
}

/// The arguments of the sentence before token `i`: its mentions and the references found so
/// far, in text order.
fn args_before(ments: &[Ment], found: &[Found], i: usize) -> Vec<Ment> {
    let mut out: Vec<Ment> =
        ments.iter().copied().chain(found.iter().map(|f| f.ment)).filter(|a| a.last < i).collect();
    in_text_order(&mut out);
    out
}

/// The subject of type `ty` among `before`: the first argument of that type not introduced
/// by a preposition.
fn subject_before(v: &TokenView, before: &[Ment], ty: EntityType) -> Option<EntityId> {
    before
        .iter()
        .find(|a| a.ty == ty && (a.first == 0 || !PREPOSITIONS.contains(v.w(a.first - 1))))
        .map(|a| a.entity)
}

#[cfg(test)]
mod tests {
    use crate::engine::relate::testing::{references, Case};
    use crate::engine::types::EntityType::*;

    #[test]
    fn references_resolve_to_the_entity_meant() {
        // (text, marked names, expected "reference -> name" lines)
        let cases: Vec<Case> = vec![
            (
                "Dana Lee joined Orbix in 2019. She now runs its cloud unit.",
                vec![("Dana Lee", Person), ("Orbix", Org)],
                vec!["She -> Dana Lee"],
            ),
            (
                "Mr Tan met Ms Ruiz. She said the deal was done.",
                vec![("Tan", Person), ("Ruiz", Person)],
                vec!["She -> Ruiz"],
            ),
            (
                "Orbix raised $5 million. The Oslo-based company will hire 40 people.",
                vec![("Orbix", Org), ("$5 million", Money), ("Oslo", Gpe)],
                vec!["The Oslo-based company -> Orbix"],
            ),
            (
                "Orbix said the company would expand.",
                vec![("Orbix", Org)],
                vec!["the company -> Orbix"],
            ),
            ("Orbix posted a loss. Its shares fell.", vec![("Orbix", Org)], vec!["Its -> Orbix"]),
            (
                "Lena Park spoke at Datafest. The conference drew 4,000 people.",
                vec![("Lena Park", Person), ("Datafest", Event)],
                vec!["The conference -> Datafest"],
            ),
            // What the text called an entity before wins over the latest subject.
            (
                "Kelda Holdings, an investment company, owns Orbix. Velt sued Orbix. The \
                 investment company said nothing.",
                vec![("Kelda Holdings", Org), ("Orbix", Org), ("Velt", Org), ("Orbix", Org)],
                vec!["The investment company -> Kelda Holdings"],
            ),
            // A head noun in a name: "the council" is the city council.
            (
                "Leeds City Council met Velt. Velt left. Later the council voted.",
                vec![("Leeds City Council", Org), ("Velt", Org), ("Velt", Org)],
                vec!["the council -> Leeds City Council"],
            ),
            // "him" is not the subject of its own clause.
            (
                "Tom Reyes met Ivan Cole. Reyes thanked him.",
                vec![("Tom Reyes", Person), ("Ivan Cole", Person), ("Reyes", Person)],
                vec!["him -> Ivan Cole"],
            ),
        ];
        for (text, marks, want) in cases {
            assert_eq!(references(text, &marks), want, "{text}");
        }
    }

    #[test]
    fn unclear_or_dummy_references_stay_unresolved() {
        let cases: Vec<Case> = vec![
            // A dummy "it".
            ("Orbix grew fast. It is likely that prices will rise.", vec![("Orbix", Org)], vec![]),
            ("Orbix grew fast. Rivals make it hard to compete.", vec![("Orbix", Org)], vec![]),
            // "It" after a sentence about a person, not an organization.
            (
                "Dana Lee joined Orbix. It was raining.",
                vec![("Dana Lee", Person), ("Orbix", Org)],
                vec![],
            ),
            // No person before.
            ("He said the deal was done.", vec![], vec![]),
            // A man's pronoun does not reach a woman.
            ("Ms Ruiz left early. He stayed.", vec![("Ruiz", Person)], vec![]),
            // "The company Velt" names a company rather than referring back.
            (
                "Orbix grew. The company Velt also grew.",
                vec![("Orbix", Org), ("Velt", Org)],
                vec![],
            ),
            // "at the start" is no start-up.
            ("Orbix grew. Prices fell at the start of the year.", vec![("Orbix", Org)], vec![]),
            // Too far back: three sentences without the entity.
            (
                "Orbix grew. Prices rose. Rates fell. Costs rose. The company cut jobs.",
                vec![("Orbix", Org)],
                vec![],
            ),
        ];
        for (text, marks, want) in cases {
            assert_eq!(references(text, &marks), want, "{text}");
        }
    }
}
