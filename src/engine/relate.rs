//! Relation extraction: which entities a sentence links, how, and how surely.
//!
//! # Idea
//! Relations are read one sentence at a time. A sentence becomes a [`View`]: its lower-cased
//! tokens and the entity mentions in it, each mapped to the tokens it covers. Pattern
//! families in [`rules`] then look for typed argument shapes around trigger words, for
//! example "PERSON, a partner at ORG" (works for), "GPE-based ORG" (located in), "ORG raised
//! MONEY" (funding) or "ORG’s PRODUCT" (product of). Each family knows which entity types
//! it links, so a pattern never proposes a relation outside the type signatures of the
//! evaluation format. Words that negate or hedge a trigger ("denied", "could", "talks")
//! silence it: a wrong fact in the sidebar costs more trust than a missing one.
//!
//! Phrases that point back to the article's main organization ("the company", "it",
//! "the Basel-based group") resolve to the *topic*: the organization mentioned most often.
//! Descriptions ("the Basel-based company", "the London club") prefer the previous
//! sentence's subject and never resolve to an organization named in their own sentence.
//! Appositions carry many facts ("Lumière’s flagship model, Lumen-2", "Brazil’s largest
//! media group, Grupo Globo", "Samsung, one of the IOC’s sponsors", "re:Invent, the
//! company’s conference in Las Vegas"), so several families read both sides of a comma.
//! A few facts are read off names rather than sentences ("Microsoft Azure" is a product of
//! Microsoft when both are mentioned).
//!
//! Every finding is then checked against the type signature, normalized (symmetric types
//! ordered by entity id), deduplicated to one relation per (type, head, tail) keeping the
//! most confident sentence as evidence, and sorted most confident first.
//!
//! # Cost
//! Linear in the text: each sentence's tokens are lower-cased once and every pattern looks
//! only a bounded number of tokens around a mention or trigger, so a sentence with `t`
//! tokens and `m` mentions costs O(t + m²) with small constants. No allocation per pattern
//! beyond the findings themselves; no regular expressions, no model weights.

/// A word list written at a pattern, with its length and first-letter masks computed at
/// compile time (see [`Words`]).
macro_rules! words {
    ($($w:expr),* $(,)?) => {
        &const { $crate::engine::numeric::Words::new(&[$($w),*]) }
    };
}

mod lexicon;
mod rules;
#[cfg(test)]
mod tests;

pub(crate) use super::numeric::Words;
use super::types::{Analysis, EntityId, EntityType, Relation, RelationType, Span};
use super::Sentence;

/// One entity mention inside a sentence, by token positions (inclusive).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ment {
    pub entity: EntityId,
    pub ty: EntityType,
    pub first: usize,
    pub last: usize,
}

/// The lower-cased tokens of a sentence, kept in one string with each token's end offset:
/// one allocation per sentence instead of one per token. [`View`] slices it into its tokens once.
pub(crate) struct Lowered {
    text: String,
    ends: Vec<usize>,
}

impl Lowered {
    fn new<'t>(words: impl ExactSizeIterator<Item = &'t str>) -> Lowered {
        let mut low = Lowered {
            text: String::with_capacity(words.len() * 8),
            ends: Vec::with_capacity(words.len()),
        };
        for w in words {
            if w.is_ascii() {
                let start = low.text.len();
                low.text.push_str(w);
                if let Some(added) = low.text.get_mut(start..) {
                    added.make_ascii_lowercase();
                }
            } else {
                // `str::to_lowercase` of each token on its own, as its context rules (a
                // final sigma) see only that token.
                low.text.push_str(&w.to_lowercase());
            }
            low.ends.push(low.text.len());
        }
        low
    }

    /// The lower-cased tokens, sliced once: the patterns read every token many times.
    fn words(&self) -> Vec<&str> {
        let mut start = 0;
        self.ends
            .iter()
            .map(|&end| {
                let w = self.text.get(start..end).unwrap_or("");
                start = end;
                w
            })
            .collect()
    }
}

/// A sentence as the patterns see it.
pub(crate) struct View<'a> {
    pub toks: &'a [Span],
    /// Lower-cased token texts; typographic apostrophes and dashes are kept as they are.
    pub low: Vec<&'a str>,
    /// Whether each token starts with an upper-case letter.
    pub cap: Vec<bool>,
    /// The mentions in the sentence, in text order.
    pub ments: Vec<Ment>,
    /// For each token, the mention covering it.
    pub at: Vec<Option<usize>>,
    /// The article's main organization, for phrases such as "the company".
    pub topic: Option<EntityId>,
    /// The organization the previous sentence was about (its first ORG subject), for "the
    /// Boston-based firm" right after a sentence about that firm.
    pub recent: Option<EntityId>,
}

/// A relation proposed by a pattern, before checks and deduplication.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Found {
    pub ty: RelationType,
    pub head: EntityId,
    pub tail: EntityId,
    pub conf: f32,
}

impl<'a> View<'a> {
    /// The lower-cased token at `i`, or "" past either end.
    pub fn w(&self, i: usize) -> &str {
        self.low.get(i).copied().unwrap_or("")
    }

    /// Is the token at `i` one of `words`?
    ///
    /// Patterns ask this at nearly every token and the answer is nearly always no: the list's
    /// length and first-letter masks (computed at compile time) reject most tokens without
    /// looking at the list, and comparing the length and first byte before the whole word
    /// rejects most remaining entries without a call into `memcmp`.
    #[inline(always)]
    pub fn is(&self, i: usize, words: &Words) -> bool {
        let w = self.w(i);
        let Some(&first) = w.as_bytes().first() else { return false };
        words.may_hold(w.len(), first)
            && words
                .list
                .iter()
                .any(|x| x.len() == w.len() && x.as_bytes().first() == Some(&first) && *x == w)
    }

    /// Does the token at `i` start with one of `stems`? The first byte is compared before
    /// the prefix, which rejects most stems cheaply.
    pub fn stem(&self, i: usize, stems: &[&str]) -> bool {
        let w = self.w(i);
        let Some(&first) = w.as_bytes().first() else { return false };
        stems.iter().any(|s| s.as_bytes().first().is_none_or(|&b| b == first) && w.starts_with(s))
    }

    /// The mention at token `i`, if any.
    pub fn ment_at(&self, i: usize) -> Option<usize> {
        self.at.get(i).copied().flatten()
    }

    /// Is token `i` a word (starts with a letter)?
    pub fn is_word(&self, i: usize) -> bool {
        self.w(i).chars().next().is_some_and(char::is_alphabetic)
    }

    /// The number of tokens of a possessive ending at token `i` ("’s", "'s", "' s" in spaced
    /// text, or a bare "’" after a plural), 0 if there is none.
    pub fn poss(&self, i: usize) -> usize {
        match self.w(i) {
            "’s" | "'s" | "ʼs" => 1,
            "’" | "'" | "ʼ" => {
                let glued = i > 0
                    && self
                        .toks
                        .get(i - 1)
                        .zip(self.toks.get(i))
                        .is_some_and(|(a, b)| a.end == b.start);
                if self.w(i + 1) == "s" && !self.is_word(i + 2)
                    || self.w(i + 1) == "s" && self.toks.get(i + 2).is_none()
                {
                    2
                } else if glued && self.w(i - 1).ends_with('s') {
                    1
                } else {
                    0
                }
            }
            _ => 0,
        }
    }

    /// Is a hedge or negation within `n` tokens before token `i` (not crossing a mention
    /// of another clause's subject)?
    pub fn hedged(&self, i: usize, n: usize) -> bool {
        (i.saturating_sub(n)..i).any(|k| {
            self.is(k, &lexicon::HEDGES)
                || (self.w(k) == "up"
                    && self.w(k + 1) == "to"
                    && k > 0
                    && self.is(k - 1, &lexicon::HEDGES))
        })
    }

    /// Is a negation ("not", "denied") within `n` tokens before token `i`?
    pub fn negated(&self, i: usize, n: usize) -> bool {
        (i.saturating_sub(n)..i).any(|k| self.is(k, &lexicon::NEGATIONS))
    }

    /// Does an anaphor for an organization ("it", "its", "the company", "the Basel-based
    /// group") occur in tokens `from..to`?
    pub fn org_anaphor(&self, from: usize, to: usize) -> bool {
        (from..to.min(self.low.len())).any(|k| match self.w(k) {
            "it" | "its" => true,
            "the" | "this" => (k + 1..(k + 5).min(to))
                .any(|j| self.is(j, &lexicon::ORG_NOUNS) && self.ment_at(j).is_none()),
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
            let after_prep = lexicon::PREPOSITIONS.list.contains(&prev) || prev == "-";
            let possessor = self.poss(m.last + 1) > 0;
            (!after_prep && !possessor).then_some(k)
        })
    }

    /// The mention `k` and the mentions of the same types that follow it in a list
    /// ("SAP and the venture firm Lakestar", "Claro and Entel", "A, B and C").
    pub fn list_from(&self, k: usize) -> Vec<usize> {
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
                matches!(self.w(i), "," | "and" | "or" | "&" | "the" | "a" | "an" | "as" | "well")
                    || (self.is_word(i)
                        && !self.cap[i]
                        && !self.is(i, &lexicon::PREPOSITIONS)
                        && !matches!(
                            self.w(i),
                            "said"
                                | "says"
                                | "which"
                                | "who"
                                | "that"
                                | "while"
                                | "but"
                                | "its"
                                | "their"
                        ))
            });
            if !(joins && small && plain) {
                break;
            }
            out.push(cur + 1);
            cur += 1;
        }
        out
    }

    /// The first mention starting at or after token `i` within `n` tokens whose type is in
    /// `types`, allowing only determiners, lower-case words and NORP/GPE mentions before it.
    pub fn next_ment(&self, i: usize, n: usize, types: &[EntityType]) -> Option<usize> {
        let mut k = i;
        while k < self.low.len() && k < i + n {
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
            let ok = matches!(self.w(k), "the" | "a" | "an" | "-" | "its" | "their")
                || (self.is_word(k) && !self.cap[k] && !self.is(k, &lexicon::PREPOSITIONS));
            if !ok {
                return None;
            }
            k += 1;
        }
        None
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

    /// The nearest mention ending before token `i` within `n` tokens whose type is in `types`.
    pub fn prev_ment(&self, i: usize, n: usize, types: &[EntityType]) -> Option<usize> {
        self.ments
            .iter()
            .enumerate()
            .rev()
            .find(|(_, m)| m.last < i && i - m.last <= n && types.contains(&m.ty))
            .map(|(k, _)| k)
    }
}

/// The signature check of the evaluation format: which entity types a relation links.
pub(crate) fn signature_ok(ty: RelationType, head: EntityType, tail: EntityType) -> bool {
    use EntityType::*;
    use RelationType::*;
    match ty {
        Funding | Valuation => head == Org && tail == Money,
        InvestedIn => matches!(head, Org | Person) && tail == Org,
        Acquired | PartnerOf | CompetitorOf => head == Org && tail == Org,
        EmployedBy => head == Person && tail == Org,
        Founded => matches!(head, Person | Org) && tail == Org,
        LocatedIn => matches!(head, Org | Fac | Event | Gpe) && matches!(tail, Gpe | Loc),
        ProductOf => head == Product && tail == Org,
        ParticipantIn => matches!(head, Person | Org) && tail == Event,
    }
}

/// The article's main organization: the ORG with most mentions (title mentions count
/// double), if it has at least two.
fn topic(sentences: &[Sentence], analysis: &Analysis) -> Option<EntityId> {
    let title =
        sentences.iter().find(|s| s.block == super::types::BlockKind::Title).map(|s| s.span);
    analysis
        .entities
        .iter()
        .filter(|e| e.ty == EntityType::Org)
        .map(|e| {
            let n: usize = e
                .mentions
                .iter()
                .filter_map(|&m| analysis.mentions.get(m.0 as usize))
                .map(|m| if title.is_some_and(|t| t.contains(m.span)) { 2 } else { 1 })
                .sum();
            (n, std::cmp::Reverse(e.id), e.id)
        })
        .filter(|&(n, _, _)| n >= 2)
        .max()
        .map(|(_, _, id)| id)
}

/// Builds the view of one sentence with the mentions `ments` (in text order, all inside it).
fn view<'a>(
    text: &str,
    sentence: &'a Sentence,
    lowered: &'a Lowered,
    ments: &[&super::types::Mention],
    topic: Option<EntityId>,
    recent: Option<EntityId>,
) -> View<'a> {
    let toks = sentence.tokens.as_slice();
    let low = lowered.words();
    let cap: Vec<bool> = toks
        .iter()
        .map(|t| {
            text.get(t.start..t.end).and_then(|s| s.chars().next()).is_some_and(char::is_uppercase)
        })
        .collect();
    let mut at = vec![None; toks.len()];
    let mut out = Vec::new();
    for m in ments {
        // The tokens are sorted and disjoint: the first token ending after the mention starts
        // and the last starting before it ends are found by binary search.
        let covers = |i: usize| toks.get(i).is_some_and(|t| t.overlaps(m.span));
        let first = toks.partition_point(|t| t.end <= m.span.start);
        let Some(last) = toks.partition_point(|t| t.start < m.span.end).checked_sub(1) else {
            continue;
        };
        if !covers(first) || !covers(last) {
            continue;
        }
        if (first..=last).any(|i| at[i].is_some()) {
            continue;
        }
        for slot in &mut at[first..=last] {
            *slot = Some(out.len());
        }
        out.push(Ment { entity: m.entity, ty: m.ty, first, last });
    }
    View { toks, low, cap, ments: out, at, topic, recent }
}

/// Relations stated in the text, most confident first.
pub fn relate(text: &str, sentences: &[Sentence], analysis: &Analysis) -> Vec<Relation> {
    let topic = topic(sentences, analysis);
    let mut mentions: Vec<&super::types::Mention> = analysis.mentions.iter().collect();
    mentions.sort_by_key(|m| m.span);
    let mut found: Vec<(Found, Span)> = Vec::new();
    let mut next = 0;
    let mut recent = None;
    for sentence in sentences {
        while next < mentions.len() && mentions[next].span.end <= sentence.span.start {
            next += 1;
        }
        let inside: Vec<&super::types::Mention> = mentions[next..]
            .iter()
            .take_while(|m| m.span.start < sentence.span.end)
            .filter(|m| sentence.span.contains(m.span))
            .copied()
            .collect();
        if inside.is_empty() {
            recent = None;
            continue;
        }
        let lowered =
            Lowered::new(sentence.tokens.iter().map(|t| text.get(t.start..t.end).unwrap_or("")));
        let v = view(text, sentence, &lowered, &inside, topic, recent);
        let mut here = Vec::new();
        rules::all(&v, &mut here);
        recent = v.subject_org(v.low.len()).map(|k| v.ments[k].entity);
        found.extend(here.into_iter().map(|f| (f, sentence.span)));
    }
    found.extend(rules::from_names(text, sentences, analysis));
    finish(analysis, found)
}

/// Checks signatures, normalizes symmetric relations, keeps one relation per (type, head,
/// tail) with its most confident evidence, and sorts most confident first.
fn finish(analysis: &Analysis, mut found: Vec<(Found, Span)>) -> Vec<Relation> {
    let ty_of = |id: EntityId| analysis.entities.get(id.0 as usize).map(|e| e.ty);
    // A partnership stated with a product ("partnerships with cloud providers like Microsoft
    // Azure") is a partnership with the product's maker, when the maker is known.
    let makers: Vec<(EntityId, EntityId)> = found
        .iter()
        .filter(|(f, _)| f.ty == RelationType::ProductOf)
        .map(|(f, _)| (f.head, f.tail))
        .collect();
    for (f, _) in &mut found {
        if f.ty == RelationType::PartnerOf && ty_of(f.tail) == Some(EntityType::Product) {
            if let Some(&(_, maker)) = makers.iter().find(|(p, _)| *p == f.tail) {
                f.tail = maker;
            }
        }
    }
    // A company that invested in or bought another is not reported as its rival.
    let tied: Vec<(EntityId, EntityId)> = found
        .iter()
        .filter(|(f, _)| matches!(f.ty, RelationType::InvestedIn | RelationType::Acquired))
        .map(|(f, _)| (f.head, f.tail))
        .collect();
    found.retain(|(f, _)| {
        f.ty != RelationType::CompetitorOf
            || !tied.iter().any(|&(a, b)| (a, b) == (f.head, f.tail) || (b, a) == (f.head, f.tail))
    });
    let mut out: Vec<(Relation, usize)> = Vec::new();
    for (f, evidence) in found {
        let (Some(h), Some(t)) = (ty_of(f.head), ty_of(f.tail)) else { continue };
        if f.head == f.tail || !signature_ok(f.ty, h, t) {
            continue;
        }
        let (head, tail) = if f.ty.is_symmetric() && f.tail < f.head {
            (f.tail, f.head)
        } else {
            (f.head, f.tail)
        };
        let conf = f.conf.clamp(0.0, 1.0);
        match out.iter_mut().find(|(r, _)| r.ty == f.ty && r.head == head && r.tail == tail) {
            Some((r, n)) => {
                *n += 1;
                if conf > r.confidence {
                    r.confidence = conf;
                    r.evidence = evidence;
                }
            }
            None => out.push((Relation { ty: f.ty, head, tail, evidence, confidence: conf }, 1)),
        }
    }
    let mut rels: Vec<Relation> = out
        .into_iter()
        .map(|(mut r, n)| {
            // Each further sentence stating the same fact makes it a little surer.
            r.confidence = (r.confidence + 0.05 * (n as f32 - 1.0)).min(0.99);
            r
        })
        .collect();
    rels.sort_by(|a, b| {
        b.confidence
            .total_cmp(&a.confidence)
            .then(a.evidence.cmp(&b.evidence))
            .then(a.ty.cmp(&b.ty))
            .then(a.head.cmp(&b.head))
            .then(a.tail.cmp(&b.tail))
    });
    rels
}
