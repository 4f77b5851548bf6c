//! Rivalry: "A competes with B", "rivals B and C", "B, A’s biggest rival", "the rivalry
//! between A and B"; and threats, which imply rivalry: "A could disrupt C’s plans", "A has
//! overtaken C".

use super::partnership::partner_after;
use super::view::{Findings, View};
use crate::engine::lexicon::relations::*;
use crate::engine::text::words;
use crate::engine::types::{EntityType, RelationType};
use EntityType::*;
use RelationType::*;

/// Rivalry: "A competes with B", "rivals B and C", "B, A’s biggest rival", "A Rival B".
pub(super) fn rivalry(v: &View, out: &mut Findings) {
    for i in 0..v.len() {
        if !v.stem(i, &RIVAL) || v.ment_at(i).is_some() || v.hedged(i, 3) {
            continue;
        }
        // "the rivalry between A and B" / "competition between A, B and C": every pair.
        if v.w(i + 1) == "between" {
            if let Some(a) = partner_after(v, i + 2, 4).filter(|&a| v.ty(a) == Org) {
                let list = v.list_from(a);
                out.push_pairs(v, CompetitorOf, &list, 0.8);
            }
            continue;
        }
        // "A and B compete (fiercely) in ...": the listed subjects rival each other.
        if v.is(i, words!["compete", "competed", "competing"])
            && !v.is(i + 1, words!["with", "against"])
        {
            if let Some(a) = v.subject_org(i) {
                let list: Vec<usize> =
                    v.list_from(a).into_iter().filter(|&k| v.m(k).last < i).collect();
                let last_end = list.last().map_or(0, |&k| v.m(k).last);
                if list.len() >= 2 && i - last_end <= 3 && v.w(last_end + 1) != "," {
                    out.push_pairs(v, CompetitorOf, &list, 0.75);
                    continue;
                }
            }
        }
        // The side before: a possessor right before the trigger, else the nearest ORG
        // subject before, else the topic through "its".
        let mut k = i;
        while k > 0
            && v.ment_at(k - 1).is_none()
            && i - k < 4
            && v.is_word(k - 1)
            && !v.is(k - 1, words!["its", "their"])
        {
            k -= 1;
        }
        let possessor = (k >= 2 && v.poss(k - 1) == 1).then(|| v.ment_of(k - 2, Org)).flatten();
        let its = v.is(k.saturating_sub(1), words!["its", "their"]);
        let adjacent = v.ment_at(k.wrapping_sub(1)).filter(|&o| v.ty(o) == Org && k == i);
        // "X, a rival of Y", "makes X a more direct rival to Y": the name before the article.
        let described = (k < i && v.is(k, words!["a", "an"]))
            .then(|| {
                let before = if k >= 2 && v.w(k - 1) == "," { k - 2 } else { k.wrapping_sub(1) };
                v.ment_of(before, Org)
            })
            .flatten();
        let left = possessor
            .map(|o| v.entity(o))
            .or_else(|| adjacent.or(described).map(|o| v.entity(o)))
            .or_else(|| v.subject_org(k).map(|o| v.entity(o)))
            .or_else(|| if its || v.org_anaphor(0, i) { v.topic } else { None })
            // "at rival Target", "dismissive of rivals such as X and Y" with no organization
            // before: the rivals are those of the organization the text is about (a pair of
            // one entity with itself is dropped later).
            .or_else(|| {
                if v.is(i, words!["rival", "rivals", "competitors"])
                    && !(0..i).any(|t| v.ment_of(t, Org).is_some())
                {
                    v.recent.or(v.topic)
                } else {
                    None
                }
            });
        // The side after: a list right after the trigger ("rivals Claro and Entel",
        // "competes with X", "competitor of X", "rivals such as X").
        let mut j = i + 1;
        while j < v.len()
            && j < i + 5
            && v.ment_at(j).is_none()
            && v.is(
                j,
                words![
                    "with", "of", "to", "such", "as", "like", "including", "in", "the", "market",
                    "fiercely", "head", "-", "on", "most", "directly", "is", ","
                ],
            )
        {
            j += 1;
        }
        // "competes with Pakistan's Interloop": the organization after a place's possessive.
        let right = v.ment_of(j, Org).or_else(|| v.org_after_place(j));
        // "B, its (closest) rival" / "B, A’s biggest rival": the apposition before.
        let appos = if right.is_none() && (possessor.is_some() || its) {
            let start = possessor.map_or(k.saturating_sub(1), |o| v.m(o).first);
            let mut s = start;
            while s > 0 && v.is(s - 1, words![",", "the"]) {
                s -= 1;
            }
            // "MSC (MSC), the world’s largest container line and Maersk’s biggest rival": a
            // longer apposition joined by "and", opened by an article right after the comma.
            if !(s < start && v.w(s) == ",") && s > 0 && v.w(s - 1) == "and" {
                let mut b = s - 1;
                while b > 0
                    && start - b < 12
                    && v.ment_at(b - 1).is_none()
                    && v.w(b - 1) != ","
                    && (v.is_word(b - 1) || v.poss(b - 1) > 0 || v.w(b - 1) == "-")
                {
                    b -= 1;
                }
                if b > 0 && v.w(b - 1) == "," && v.is(b, words!["the", "a", "an"]) {
                    s = b - 1;
                }
            }
            if s < start && v.w(s) == "," {
                // An alias in brackets may sit between the name and the comma.
                let back = if s >= 3 && v.w(s - 1) == ")" && v.w(s - 3) == "(" { 4 } else { 1 };
                v.prev_ment(s, back, &[Org]).map(|o| {
                    if back == 4 && v.m(o).first == s - 2 {
                        v.ment_of(s - 4, Org).unwrap_or(o)
                    } else {
                        o
                    }
                })
            } else {
                None
            }
        } else {
            None
        };
        let Some(left) = left else { continue };
        if let Some(r) = right {
            for k2 in v.list_from(r) {
                out.push(CompetitorOf, left, v.entity(k2), 0.8);
            }
        } else if let Some(b) = appos {
            out.push(CompetitorOf, left, v.entity(b), 0.8);
        } else if possessor.is_some() || its {
            // "A’s main rival in the market, B": the name after a comma.
            let mut j = i + 1;
            while j < v.len() && j < i + 6 && v.ment_at(j).is_none() && v.w(j) != "," {
                j += 1;
            }
            if v.w(j) == "," {
                if let Some(b) = v.ment_of(j + 1, Org) {
                    out.push(CompetitorOf, left, v.entity(b), 0.75);
                }
            }
        }
    }
}

/// Threats imply rivalry: "a successful A-B alliance could disrupt C’s own initiatives",
/// "A threatens C’s lead", "A has overtaken C". The organizations in the subject phrase
/// rival the one whose business is threatened. A modal does not silence this family (a
/// company that could disrupt another's plans competes with it either way); a negation
/// does. Pairs tied by an investment or an acquisition are dropped later (`finish`).
pub(super) fn threats(v: &View, out: &mut Findings) {
    for i in 0..v.len() {
        if !v.stem(i, &THREATEN) || v.ment_at(i).is_some() || v.negated(i, 4) {
            continue;
        }
        // The threatened side: "C", "C’s …", "the C …" right after the verb.
        let j = if v.w(i + 1) == "the" { i + 2 } else { i + 1 };
        let Some(c) = v.ment_of(j, Org) else { continue };
        // The subject phrase: back to a clause boundary, over lower-case words, modals,
        // hyphens and the organizations themselves.
        let mut subjects = Vec::new();
        let mut k = i;
        while k > 0 && i - k < 10 {
            k -= 1;
            if let Some(m) = v.ment_at(k) {
                if v.ty(m) == Org && !subjects.contains(&m) {
                    subjects.push(m);
                }
                k = v.m(m).first;
                continue;
            }
            let w = v.w(k);
            let joins = w == "-" || w == "and";
            let plain = v.plain_in_phrase(k);
            if !joins && !plain {
                break;
            }
        }
        for s in subjects {
            out.push(CompetitorOf, v.entity(s), v.entity(c), 0.6);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::engine::types::EntityType::*;

    #[test]
    fn rivals() {
        // Negative: two companies in one sentence are no rivals.
        check(vec![
            (
                "Lattix competes with CrowdStrike and SentinelOne.",
                vec![("Lattix", Org), ("CrowdStrike", Org), ("SentinelOne", Org)],
                vec!["CrowdStrike COMPETITOR_OF Lattix", "Lattix COMPETITOR_OF SentinelOne"],
            ),
            (
                "MSC, Maersk’s biggest rival, rerouted ships.",
                vec![("MSC", Org), ("Maersk", Org)],
                vec!["MSC COMPETITOR_OF Maersk"],
            ),
            ("Apple and Peloton reported results.", vec![("Apple", Org), ("Peloton", Org)], vec![]),
            // A rival described ("a rival of", "a more direct rival to"), and one named after
            // its country's possessive.
            (
                "Lyfto, a rival of Ubex, cut fares.",
                vec![("Lyfto", Org), ("Ubex", Org)],
                vec!["Lyfto COMPETITOR_OF Ubex"],
            ),
            (
                "The purchase makes Tanio a more direct rival to Agrova.",
                vec![("Tanio", Org), ("Agrova", Org)],
                vec!["Agrova COMPETITOR_OF Tanio"],
            ),
            (
                "Padmo competes head-on with Pakistan's Intera.",
                vec![("Padmo", Org), ("Pakistan", Gpe), ("Intera", Org)],
                vec!["Intera COMPETITOR_OF Padmo", "Intera LOCATED_IN Pakistan"],
            ),
            // Negatives: a rival not named after the article; a place alone.
            ("Tanio, a company with a rival product, grew.", vec![("Tanio", Org)], vec![]),
            (
                "Padmo competes with Pakistan for orders.",
                vec![("Padmo", Org), ("Pakistan", Gpe)],
                vec![],
            ),
        ]);
    }

    #[test]
    fn rivalries_between_lists_and_topic() {
        check(vec![
            ("The move sharpens the rivalry between Microsoft and Google.", vec![("Microsoft", Org), ("Google", Org)], vec!["Google COMPETITOR_OF Microsoft"]),
            ("Airbus and Boeing compete fiercely for orders.", vec![("Airbus", Org), ("Boeing", Org)], vec!["Airbus COMPETITOR_OF Boeing"]),
            // Rivals with no organization before them are the main organization's.
            ("Kova unveiled a robot. Kova grew. The chief was dismissive of rivals such as Figure and Tesla.", vec![("Kova", Org), ("Kova", Org), ("Figure", Org), ("Tesla", Org)],
                vec!["Figure COMPETITOR_OF Kova", "Kova COMPETITOR_OF Tesla"]),
            // Negatives: hedged rivalry; a list that competes with no one named; rivals in
            // another sentence.
            ("Airbus and Boeing may compete for orders.", vec![("Airbus", Org), ("Boeing", Org)], vec![]),
            ("Airbus, which Boeing once sued, said workers compete for jobs.", vec![("Airbus", Org), ("Boeing", Org)], vec![]),
            ("The rivalry is old. Airbus and Boeing reported results.", vec![("Airbus", Org), ("Boeing", Org)], vec![]),
        ]);
    }

    #[test]
    fn threats_imply_rivalry() {
        check(vec![
            // A modal does not silence a threat: the companies compete either way.
            ("A successful Apple-OpenAI alliance could potentially disrupt Microsoft’s own AI initiatives.", vec![("Apple", Org), ("OpenAI", Org), ("Microsoft", Org)],
                vec!["Apple COMPETITOR_OF Microsoft", "Apple PARTNER_OF OpenAI", "Microsoft COMPETITOR_OF OpenAI"]),
            ("BYD has overtaken Tesla as the biggest seller of electric cars.", vec![("BYD", Org), ("Tesla", Org)], vec!["BYD COMPETITOR_OF Tesla"]),
            ("Cheap models from DeepSeek threaten the dominance of Nvidia.", vec![("DeepSeek", Org), ("Nvidia", Org)], vec![]),
            // An investor is not its investee's rival, whatever threatens whom.
            ("Microsoft, a key investor in OpenAI, watches closely. An OpenAI-Apple deal could disrupt Microsoft’s plans.", vec![("Microsoft", Org), ("OpenAI", Org), ("OpenAI", Org), ("Apple", Org), ("Microsoft", Org)],
                vec!["Apple COMPETITOR_OF Microsoft", "Microsoft INVESTED_IN OpenAI"]),
            // Negatives: a denied threat; a threat to a place; the threatened side named after
            // a preposition; a subject across a clause boundary.
            ("Apple said the deal would not disrupt Microsoft’s plans.", vec![("Apple", Org), ("Microsoft", Org)], vec![]),
            ("Apple’s plans could disrupt France’s market.", vec![("Apple", Org), ("France", Gpe)], vec![]),
            ("Apple, which Google sued, said storms disrupted shipments to Microsoft.", vec![("Apple", Org), ("Google", Org), ("Microsoft", Org)], vec![]),
        ]);
    }

    #[test]
    fn rivals_in_long_appositions() {
        check(vec![
            ("MSC (MSC), the world’s largest container line and Maersk’s biggest rival, rerouted ships.", vec![("MSC", Org), ("MSC", Org), ("Maersk", Org)], vec!["MSC COMPETITOR_OF Maersk"]),
            // Negatives: a clause rather than an apposition before "and"; a hedge.
            ("MSC, which cut prices and Maersk’s biggest rival, grew.", vec![("MSC", Org), ("Maersk", Org)], vec![]),
            ("MSC, the world’s largest line and possibly Maersk’s biggest rival, grew.", vec![("MSC", Org), ("Maersk", Org)], vec![]),
        ]);
    }
}
