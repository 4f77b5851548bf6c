//! A sentence as the relation patterns see it: its tokens (lower-cased, with their case) and
//! the entity mentions in it, each mapped to the tokens it covers, with the small questions
//! every pattern asks ("the organization at token 7?", "a plain lower-case word?", "hedged?").

use super::Found;
use crate::engine::lexicon::names::ORG_NOUNS;
use crate::engine::lexicon::relations::{HEDGES, NEGATIONS, PREPOSITIONS};
use crate::engine::text::{Lowered, TokenView, Words};
use crate::engine::types::{EntityId, EntityType, Mention, RelationType};
use crate::engine::Sentence;

/// One entity mention inside a sentence, by token positions (inclusive).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Ment {
    pub entity: EntityId,
    pub ty: EntityType,
    pub first: usize,
    pub last: usize,
}

/// A sentence as the patterns see it. It reads as its [`TokenView`] (`v.w(i)`, `v.is(i,
/// words)`, `v.poss(i)`, ...) and adds the mentions.
pub(crate) struct View<'a> {
    tokens: TokenView<'a>,
    /// The mentions in the sentence, in text order.
    pub ments: Vec<Ment>,
    /// For each token, the mention covering it.
    at: Vec<Option<usize>>,
    /// The article's main organization, for phrases such as "the company".
    pub topic: Option<EntityId>,
    /// The organization the previous sentence was about (its first ORG subject), for "the
    /// Boston-based firm" right after a sentence about that firm.
    pub recent: Option<EntityId>,
    /// How many hedges come before each token (built on the first question: patterns ask
    /// about hedges many times a sentence).
    hedges: std::cell::OnceCell<Vec<u32>>,
}

impl<'a> std::ops::Deref for View<'a> {
    type Target = TokenView<'a>;
    fn deref(&self) -> &TokenView<'a> {
        &self.tokens
    }
}

/// Words that end a plain phrase even though they are lower-case words: verbs of saying and
/// relative pronouns open another clause.
const CLAUSE_WORDS: Words = Words::new(&["said", "says", "which", "who", "that"]);

impl<'a> View<'a> {
    /// The view of `sentence` with the mentions `ments` (in text order, all inside it); a
    /// mention that does not fall on token edges or overlaps an earlier one is left out.
    pub fn new(
        text: &str,
        sentence: &'a Sentence,
        lowered: &'a Lowered,
        ments: &[&Mention],
        topic: Option<EntityId>,
        recent: Option<EntityId>,
    ) -> View<'a> {
        let toks = sentence.tokens.as_slice();
        let mut at = vec![None; toks.len()];
        let mut out = Vec::new();
        for m in ments {
            // The tokens are sorted and disjoint: the first token ending after the mention
            // starts and the last starting before it ends are found by binary search.
            let covers = |i: usize| toks.get(i).is_some_and(|t| t.overlaps(m.span));
            let first = toks.partition_point(|t| t.end <= m.span.start);
            let Some(last) = toks.partition_point(|t| t.start < m.span.end).checked_sub(1) else {
                continue;
            };
            if !covers(first) || !covers(last) || (first..=last).any(|i| at[i].is_some()) {
                continue;
            }
            for slot in &mut at[first..=last] {
                *slot = Some(out.len());
            }
            out.push(Ment { entity: m.entity, ty: m.ty, first, last });
        }
        let tokens = TokenView::new(text, toks, lowered);
        View { tokens, ments: out, at, topic, recent, hedges: Default::default() }
    }

    /// Adds resolved references ("she") as mentions of their entities, so that the patterns
    /// read "She joined Orbix" as they read "Lee joined Orbix". A reference on tokens a
    /// mention already covers is left out.
    pub fn add_references(&mut self, refs: &[Ment]) {
        for r in refs {
            if r.last >= self.at.len() || (r.first..=r.last).any(|i| self.at[i].is_some()) {
                continue;
            }
            let k = self.ments.partition_point(|m| m.first < r.first);
            self.ments.insert(k, *r);
        }
        self.at.iter_mut().for_each(|a| *a = None);
        for (k, m) in self.ments.iter().enumerate() {
            for slot in &mut self.at[m.first..=m.last] {
                *slot = Some(k);
            }
        }
    }

    /// The mention `k` (an index into `ments`).
    pub fn m(&self, k: usize) -> Ment {
        self.ments[k]
    }

    /// The entity of mention `k`.
    pub fn entity(&self, k: usize) -> EntityId {
        self.ments[k].entity
    }

    /// The type of mention `k`.
    pub fn ty(&self, k: usize) -> EntityType {
        self.ments[k].ty
    }

    /// The mentions of type `ty`, with their indices.
    pub fn ments_of(&self, ty: EntityType) -> impl Iterator<Item = (usize, Ment)> + '_ {
        self.ments.iter().copied().enumerate().filter(move |(_, m)| m.ty == ty)
    }

    /// The mention at token `i`, if any.
    pub fn ment_at(&self, i: usize) -> Option<usize> {
        self.at.get(i).copied().flatten()
    }

    /// The mention at token `i` if it has type `ty` ("the organization right before").
    pub fn ment_of(&self, i: usize, ty: EntityType) -> Option<usize> {
        self.ment_at(i).filter(|&k| self.ments[k].ty == ty)
    }

    /// The token a name ends at when it stands right before token `at`, past a short name in
    /// brackets after it ("the Getulio Vargas Foundation (FGV) in …", "the European Centre
    /// for Disease Prevention and Control (ECDC), the …"): `at - 1`, or the token before
    /// "( X )".
    pub fn before_alias(&self, at: usize) -> Option<usize> {
        let k = at.checked_sub(1)?;
        Some(if k >= 3 && self.w(k) == ")" && self.w(k - 2) == "(" { k - 3 } else { k })
    }

    /// The organization named after a place's or group's possessive that starts at token `i`
    /// ("Pakistan's Interloop", "Japan's Asahi Kasei"): news names companies by their country.
    pub fn org_after_place(&self, i: usize) -> Option<usize> {
        let place = self
            .ment_at(i)
            .filter(|&p| matches!(self.ty(p), EntityType::Gpe | EntityType::Norp))?;
        let after = self.m(place).last + 1;
        match self.poss(after) {
            0 => None,
            n => self.ment_of(after + n, EntityType::Org),
        }
    }

    /// Is token `i` free of mentions and a plain lower-case word: a word, not capitalized,
    /// not a preposition? Noun phrases and modifiers ("a senior gas analyst", "the
    /// Basel-based drug maker") are made of these.
    pub fn plain(&self, i: usize) -> bool {
        self.is_word(i) && !self.is_cap(i) && !self.is(i, &PREPOSITIONS)
    }

    /// [`View::plain`], and not a word that opens another clause ("said", "which", "who",
    /// "that").
    pub fn plain_in_phrase(&self, i: usize) -> bool {
        self.plain(i) && !self.is(i, &CLAUSE_WORDS)
    }

    /// Is a hedge or negation within `n` tokens before token `i`?
    pub fn hedged(&self, i: usize, n: usize) -> bool {
        let before = self.hedges.get_or_init(|| {
            let hedge = |k: usize| {
                self.is(k, &HEDGES)
                    || (self.w(k) == "up"
                        && self.w(k + 1) == "to"
                        && k > 0
                        && self.is(k - 1, &HEDGES))
            };
            let mut count = 0;
            let mut out = vec![0];
            for k in 0..self.len() {
                count += u32::from(hedge(k));
                out.push(count);
            }
            out
        });
        let at = |k: usize| before[k.min(before.len() - 1)];
        at(i) > at(i.saturating_sub(n))
    }

    /// Is a negation ("not", "denied") within `n` tokens before token `i`?
    pub fn negated(&self, i: usize, n: usize) -> bool {
        (i.saturating_sub(n)..i).any(|k| self.is(k, &NEGATIONS))
    }

    /// Does an anaphor for an organization ("it", "its", "the company", "the Basel-based
    /// group") occur in tokens `from..to`?
    pub fn org_anaphor(&self, from: usize, to: usize) -> bool {
        (from..to.min(self.len())).any(|k| match self.w(k) {
            "it" | "its" => true,
            "the" | "this" => (k + 1..(k + 5).min(to))
                .any(|j| self.is(j, &ORG_NOUNS) && self.ment_at(j).is_none()),
            _ => false,
        })
    }

    /// The clause subject among organizations before token `before`: the first ORG mention
    /// not introduced by a preposition or a possessive of something else.
    pub fn subject_org(&self, before: usize) -> Option<usize> {
        self.ments.iter().enumerate().find_map(|(k, m)| {
            if m.ty != EntityType::Org || m.first >= before {
                return None;
            }
            let prev = if m.first == 0 { "" } else { self.w(m.first - 1) };
            let after_prep = PREPOSITIONS.contains(prev) || prev == "-";
            let possessor = self.poss(m.last + 1) > 0;
            (!after_prep && !possessor).then_some(k)
        })
    }

    /// The mention `k` and the mentions of the same types that follow it in a list
    /// ("SAP and the venture firm Lakestar", "Claro and Entel", "A, B and C").
    pub fn list_from(&self, k: usize) -> Vec<usize> {
        const LIST_WORDS: Words =
            Words::new(&[",", "and", "or", "&", "the", "a", "an", "as", "well"]);
        const CLAUSE_OPENERS: Words = Words::new(&["while", "but", "its", "their"]);
        let mut out = vec![k];
        let ty = self.ments[k].ty;
        let mut cur = k;
        while let Some(next) = self.ments.get(cur + 1) {
            if next.ty != ty {
                break;
            }
            let gap = self.ments[cur].last + 1..next.first;
            let joins = gap.clone().any(|i| matches!(self.w(i), "," | "and" | "or" | "&"));
            let small = gap.len() <= 5 && !gap.is_empty();
            let plain = gap.clone().all(|i| {
                self.is(i, &LIST_WORDS) || (self.plain_in_phrase(i) && !self.is(i, &CLAUSE_OPENERS))
            });
            if !(joins && small && plain) {
                break;
            }
            out.push(cur + 1);
            cur += 1;
        }
        out
    }

    /// Every list of two or more names of one type joined by "and" or "&" ("QED Investors,
    /// Norrsken22 and Lagos-based Ventures Platform", "Germany's OHB and Spain's Indra", "A
    /// and B"): its members (mention indices) and the tokens it spans, a place or group
    /// naming its first member included ("Hong Kong-based A and B"). Between two members
    /// stand only commas, the conjunction, articles, a place or group naming the next member
    /// ("Germany's", "Lagos-based", "the Danish pension fund") and lower-case words of a noun
    /// phrase (never a clause opener); the last gap holds the conjunction. "Or" does not
    /// make a list here: "A or B" states nothing of both. A list one of whose members is
    /// named again elsewhere in the sentence is left out: which mention a fact is about is
    /// then unclear.
    pub fn lists(&self) -> Vec<(Vec<usize>, std::ops::Range<usize>)> {
        const GAP_WORDS: Words =
            Words::new(&[",", "and", "&", "the", "a", "an", "as", "well", "-", "based"]);
        const CLAUSE_OPENERS: Words = Words::new(&["while", "but", "its", "their", "or", "nor"]);
        let modifier =
            |m: &Ment| matches!(m.ty, EntityType::Gpe | EntityType::Norp | EntityType::Loc);
        // A place or group naming what follows it ("Germany's OHB", "Bilbao-based", "the
        // Danish fund") is not a member of a list of places.
        let names_next = |m: &Ment| {
            let after = m.last + 1;
            self.poss(after) > 0
                || (self.w(after) == "-" && self.w(after + 1) == "based")
                || self.ment_at(after).is_some()
                || (after < self.len() && self.plain(after) && !self.is(after, &GAP_WORDS))
        };
        let fits = |i: usize| {
            self.ment_at(i).is_some_and(|m| modifier(&self.ments[m]))
                || self.poss(i) > 0
                || (self.w(i) == "s" && i > 0 && self.poss(i - 1) == 2)
                || self.is(i, &GAP_WORDS)
                || (self.plain_in_phrase(i) && !self.is(i, &CLAUSE_OPENERS))
        };
        let mut out = Vec::new();
        let mut k = 0;
        while k < self.ments.len() {
            let ty = self.ments[k].ty;
            let mut members = vec![k];
            let mut closed = false;
            let mut cur = k;
            // The next mention of the list's type, past place and group modifiers.
            let next_of = |cur: usize| {
                (cur + 1..self.ments.len()).find(|&j| {
                    self.ments[j].ty == ty || !modifier(&self.ments[j]) || modifier(&self.ments[k])
                })
            };
            while let Some(next) = next_of(cur) {
                if self.ments[next].ty != ty {
                    break;
                }
                let gap = self.ments[cur].last + 1..self.ments[next].first;
                let and = gap.clone().any(|i| matches!(self.w(i), "and" | "&"));
                let comma = gap.clone().any(|i| self.w(i) == ",");
                if gap.is_empty() || gap.len() > 8 || !(and || comma) || !gap.clone().all(fits) {
                    break;
                }
                members.push(next);
                cur = next;
                if and {
                    closed = true;
                    break;
                }
            }
            if !closed {
                k += 1;
                continue;
            }
            k = cur + 1;
            // A place or group right before the first member names it ("Hong Kong-based").
            let first = self.ments[members[0]].first;
            let mut lo = first;
            while lo > 0 && lo + 3 > first && fits(lo - 1) && !matches!(self.w(lo - 1), "," | "and")
            {
                lo -= 1;
            }
            let extent = lo..self.ments[cur].last + 1;
            let again = self.ments.iter().any(|m| {
                !extent.contains(&m.first)
                    && members.iter().any(|&x| self.ments[x].entity == m.entity)
            });
            let of_modifiers = modifier(&self.ments[members[0]])
                && members.iter().any(|&x| names_next(&self.ments[x]));
            if !again && !of_modifiers {
                out.push((members, extent));
            }
        }
        out
    }

    /// The first mention starting at or after token `i` within `n` tokens whose type is in
    /// `types`, allowing only determiners, lower-case words and NORP/GPE mentions before it.
    pub fn next_ment(&self, i: usize, n: usize, types: &[EntityType]) -> Option<usize> {
        let mut k = i;
        while k < self.len() && k < i + n {
            if let Some(m) = self.ment_at(k) {
                if types.contains(&self.ments[m].ty) {
                    return Some(m);
                }
                if !matches!(self.ments[m].ty, EntityType::Norp | EntityType::Gpe) {
                    return None;
                }
                k = self.ments[m].last + 1;
                continue;
            }
            let ok =
                matches!(self.w(k), "the" | "a" | "an" | "-" | "its" | "their") || self.plain(k);
            if !ok {
                return None;
            }
            k += 1;
        }
        None
    }

    /// The first mention of type `ty` at or after token `i` within `n` tokens, whatever lies
    /// between.
    pub fn next_ment_any(&self, i: usize, n: usize, ty: EntityType) -> Option<usize> {
        self.ments.iter().position(|m| m.first >= i && m.first < i + n && m.ty == ty)
    }

    /// The nearest mention ending before token `i` within `n` tokens whose type is in `types`.
    pub fn prev_ment(&self, i: usize, n: usize, types: &[EntityType]) -> Option<usize> {
        self.ments
            .iter()
            .enumerate()
            .rev()
            .find(|(_, m)| m.last < i && i - m.last <= n && types.contains(&m.ty))
            .map(|(k, _)| k)
    }

    /// The organization a descriptive phrase ("the Basel-based company", "the London club")
    /// points back to: the previous sentence's subject, else the article's topic. A phrase
    /// like that does not name an organization that is itself named in the same sentence
    /// ("the Shenzhen-based company has overtaken Tesla" is not about Tesla), so those are
    /// skipped.
    pub fn anaphor_target(&self) -> Option<EntityId> {
        [self.recent, self.topic]
            .into_iter()
            .flatten()
            .find(|&e| !self.ments.iter().any(|m| m.entity == e))
    }
}

/// Where patterns put what they find: each finding is tagged with the family that found it,
/// so that a later stage (or a trained model reading the families as features) can tell the
/// evidence apart.
pub(crate) struct Findings {
    pub family: Family,
    pub out: Vec<Found>,
}

/// The pattern families (one file each under `relate/`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    Employment,
    Founding,
    Money,
    Investment,
    Acquisition,
    Partnership,
    Rivalry,
    Threats,
    Location,
    Products,
    Participation,
    /// Facts read off names ("Microsoft Azure" is Microsoft's).
    Names,
    /// The trained model's decision.
    Model,
}

impl Findings {
    /// A relation of type `ty` from `head` to `tail`, as sure as `conf`.
    pub fn push(&mut self, ty: RelationType, head: EntityId, tail: EntityId, conf: f32) {
        self.out.push(Found { ty, head, tail, conf, family: self.family });
    }

    /// The relation `ty` between every pair of the mentions `list` (the members of "a joint
    /// venture between A, B and C" are each other's partners).
    pub fn push_pairs(&mut self, v: &View, ty: RelationType, list: &[usize], conf: f32) {
        for (x, &a) in list.iter().enumerate() {
            for &b in &list[x + 1..] {
                self.push(ty, v.entity(a), v.entity(b), conf);
            }
        }
    }
}
