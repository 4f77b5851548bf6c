//! Relation extraction: which entities a sentence links, how, and how surely.
//!
//! # Idea
//! Relations are read one sentence at a time. A sentence becomes a `View` (`view.rs`): its
//! lower-cased tokens and the entity mentions in it, each mapped to the tokens it covers.
//! Pattern families, one file each, then look for typed argument shapes around trigger words:
//! - `employment.rs`: works for, founded ("PERSON, a partner at ORG", "ORG was founded by");
//! - `money.rs`: funding and valuation ("ORG raised MONEY", "valued at MONEY");
//! - `investment.rs`: investors without an amount ("backed by ORG", "a stake in ORG");
//! - `acquisition.rs`: "ORG acquired ORG", "ORG’s acquisition of ORG";
//! - `partnership.rs`: partners ("a partnership with ORG", "ORG and ORG signed a deal");
//! - `rivalry.rs`: competitors and threats ("ORG’s biggest rival", "could disrupt ORG");
//! - `location.rs`: located in ("GPE-based ORG", "ORG in GPE", "City, Country");
//! - `products.rs`: product of ("ORG’s PRODUCT", "PRODUCT, made by ORG"), also read off names;
//! - `participation.rs`: participant in ("spoke at EVENT").
//!
//! Each family knows which entity types it links, so a pattern never proposes a relation
//! outside the type signatures of the evaluation format, and each finding records its family
//! (so that a trained model can take the families as features). Words that negate or hedge a
//! trigger ("denied", "could", "talks") silence it: a wrong fact in the sidebar costs more
//! trust than a missing one. The words themselves are in `lexicon::relations`.
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

mod acquisition;
mod employment;
mod investment;
mod location;
mod money;
mod participation;
mod partnership;
mod products;
mod rivalry;
#[cfg(test)]
mod testing;
mod view;

use super::text::Lowered;
use super::types::{Analysis, EntityId, EntityType, Relation, RelationType, Span};
use super::Sentence;
use view::{Family, Findings, View};

/// A relation proposed by a pattern, before checks and deduplication.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Found {
    pub ty: RelationType,
    pub head: EntityId,
    pub tail: EntityId,
    pub conf: f32,
    /// The pattern family that proposed it.
    pub family: Family,
}

/// A pattern family's reading of one sentence.
type Pattern = fn(&View, &mut Findings);

/// The sentence-level pattern families, in the order they run.
const FAMILIES: [(Family, Pattern); 14] = [
    (Family::Employment, employment::employment),
    (Family::Founding, employment::founding),
    (Family::Money, money::money),
    (Family::Investment, investment::investment),
    (Family::Acquisition, acquisition::acquisition),
    (Family::Partnership, partnership::partnership),
    (Family::Partnership, partnership::partner_roles),
    (Family::Partnership, partnership::joint_deals),
    (Family::Rivalry, rivalry::rivalry),
    (Family::Threats, rivalry::threats),
    (Family::Location, location::location),
    (Family::Location, location::appositive_location),
    (Family::Products, products::products),
    (Family::Participation, participation::participation),
];

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
        let v = View::new(text, sentence, &lowered, &inside, topic, recent);
        let mut here = Findings { family: Family::Employment, out: Vec::new() };
        for (family, read) in FAMILIES {
            here.family = family;
            read(&v, &mut here);
        }
        recent = v.subject_org(v.len()).map(|k| v.entity(k));
        found.extend(here.out.into_iter().map(|f| (f, sentence.span)));
    }
    found.extend(products::from_names(text, sentences, analysis));
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

#[cfg(test)]
mod tests {
    use super::testing::facts;
    use crate::engine::types::EntityType::{self, *};

    #[test]
    fn odd_input_never_panics() {
        let cases: Vec<(&str, Vec<(&str, EntityType)>)> = vec![
            ("", vec![]),
            ("’s", vec![]),
            ("Acme’", vec![("Acme", Org)]),
            ("- based", vec![]),
            ("Paris-based", vec![("Paris", Gpe)]),
            ("founded by", vec![]),
            ("$5 million", vec![("$5 million", Money)]),
            ("rival Acme", vec![("Acme", Org)]),
            ("Acme Acme’s Acme", vec![("Acme", Org), ("Acme", Org), ("Acme", Org)]),
            ("😀 Acme raised €5 million 😀", vec![("Acme", Org), ("€5 million", Money)]),
        ];
        for (text, marks) in cases {
            let _ = facts(text, &marks);
        }
    }

    #[test]
    fn relations_are_deduplicated_and_sorted() {
        let text = "Apple partnered with OpenAI. OpenAI signed a partnership with Apple.";
        let got = facts(text, &[("Apple", Org), ("OpenAI", Org), ("OpenAI", Org), ("Apple", Org)]);
        assert_eq!(got, vec!["Apple PARTNER_OF OpenAI"]);
    }
}
