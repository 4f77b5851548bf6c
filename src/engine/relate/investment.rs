//! Investment without an amount: "backed by X", "X, a key investor in Y", "X holds a stake
//! in Y", "X also took part" in the topic's round.

use super::view::{Findings, View};
use crate::engine::lexicon::names::*;
use crate::engine::text::words;
use crate::engine::types::{EntityType, RelationType};
use EntityType::*;
use RelationType::*;

/// Investment without an amount: "backed by X", "X, a key investor in Y", "X holds a stake
/// in Y", "X also took part" (in the topic's round), "led a round in Y".
pub(super) fn investment(v: &View, out: &mut Findings) {
    let has_money = v.ments.iter().any(|m| m.ty == Money);
    for i in 0..v.len() {
        let w = v.w(i);
        // "backed by X and Y" / "a round led by X" without an amount in the sentence.
        if (w == "backed"
            || (w == "led"
                && (i.saturating_sub(4)..i)
                    .any(|k| v.is(k, words!["round", "investment", "funding", "series"]))))
            && v.w(i + 1) == "by"
            && !has_money
        {
            if v.hedged(i, 3) {
                continue;
            }
            let funded = v
                .prev_ment(i, 12, &[Org])
                .map(|o| v.entity(o))
                .or_else(|| v.org_anaphor(0, i).then_some(v.topic).flatten());
            if let (Some(f), Some(o)) = (funded, v.next_ment(i + 2, 4, &[Org, Person])) {
                for k in v.list_from(o) {
                    out.push(InvestedIn, v.entity(k), f, 0.75);
                }
            }
        }
        // "backed by Toyota" when money is present is handled here too, for the backer only.
        if w == "backed" && v.w(i + 1) == "by" && has_money && !v.hedged(i, 3) {
            if let (Some(f), Some(o)) = (v.prev_ment(i, 6, &[Org]), v.next_ment(i + 2, 4, &[Org])) {
                for k in v.list_from(o) {
                    out.push(InvestedIn, v.entity(k), v.entity(f), 0.75);
                }
            }
        }
        // "X, a key investor in Y", "Y’s largest outside shareholder".
        if matches!(
            w,
            "investor" | "backer" | "shareholder" | "investors" | "backers" | "shareholders"
        ) && !v.hedged(i, 4)
        {
            if v.is(i + 1, words!["in", "of"]) {
                if let (Some(h), Some(t)) =
                    (v.prev_ment(i, 6, &[Org, Person]), v.next_ment(i + 2, 2, &[Org]))
                {
                    if v.w(v.m(h).last + 1) == "," {
                        out.push(InvestedIn, v.entity(h), v.entity(t), 0.8);
                    }
                }
            }
            // "existing backer Eclipse Ventures", "Existing investor Lightspeed" → the topic.
            if v.is(i.saturating_sub(1), words!["existing", "early", "new", "lead"]) {
                if let (Some(o), Some(t)) = (v.next_ment(i + 1, 1, &[Org]), v.topic) {
                    out.push(InvestedIn, v.entity(o), t, 0.6);
                }
            }
        }
        // "X invested in Y", "X holds a 22% stake in Y", "X owns 41.7% of Y".
        let invest = w.starts_with("invest")
            && w != "investor"
            && w != "investors"
            && w != "investment"
            && w != "investments";
        let stake = w == "stake" || w == "stakes";
        if (invest || stake) && !v.hedged(i, 4) {
            let mut j = i + 1;
            while j < v.len() && j < i + 4 && !v.is(j, words!["in", "into"]) {
                j += 1;
            }
            if v.is(j, words!["in", "into"]) {
                let head = v
                    .prev_ment(i, 8, &[Org, Person])
                    .filter(|&h| !matches!(v.w(v.m(h).first.wrapping_sub(1)), "in" | "of"));
                if let (Some(h), Some(t)) = (head, v.next_ment(j + 1, 3, &[Org])) {
                    // Surest when the investor is the verb's own subject ("X has invested in
                    // Y", "X also holds a stake in Y").
                    let direct = (v.m(h).last + 1..i).all(|k| {
                        v.is(
                            k,
                            words![
                                "has", "have", "had", "also", "already", "holds", "owns", "took",
                                "a", "bought"
                            ],
                        ) || v.ment_of(k, Percent).is_some()
                    });
                    out.push(
                        InvestedIn,
                        v.entity(h),
                        v.entity(t),
                        if direct { 0.85 } else { 0.75 },
                    );
                } else if let (Some(h), None) = (head, v.next_ment(j + 1, 3, &[Org])) {
                    if v.w(j + 1) == "the" && v.is(j + 2, &ORG_NOUNS) {
                        if let Some(t) = v.topic {
                            out.push(InvestedIn, v.entity(h), t, 0.55);
                        }
                    }
                }
            }
        }
        // "X also took part" / "X joined the round" / "X participated", in a funding article.
        let took_part = (w == "took" && v.w(i + 1) == "part")
            || w == "participated"
            || (w == "joined"
                && v.is(i + 1, words!["the"])
                && v.is(i + 2, words!["round", "investment", "funding"]));
        if took_part && !v.hedged(i, 3) {
            if let (Some(t), Some(first)) = (v.topic, v.subject_org(i)) {
                if v.entity(first) != t {
                    for k in v.list_from(first) {
                        if v.m(k).last < i {
                            out.push(InvestedIn, v.entity(k), t, 0.55);
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::engine::types::EntityType::*;

    #[test]
    fn investors_without_an_amount() {
        check(vec![
            (
                "Microsoft, a key investor in OpenAI, watches closely.",
                vec![("Microsoft", Org), ("OpenAI", Org)],
                vec!["Microsoft INVESTED_IN OpenAI"],
            ),
            (
                "Kelda Capital has invested in Orbix. Velt holds a 12% stake in Orbix.",
                vec![
                    ("Kelda Capital", Org),
                    ("Orbix", Org),
                    ("Velt", Org),
                    ("12%", Percent),
                    ("Orbix", Org),
                ],
                vec!["Kelda Capital INVESTED_IN Orbix", "Velt INVESTED_IN Orbix"],
            ),
            (
                "Kelda Capital might invest in Orbix.",
                vec![("Kelda Capital", Org), ("Orbix", Org)],
                vec![],
            ),
            (
                "Helix AI, the lab backed by SAP and the venture firm Lakestar, shipped a model.",
                vec![("Helix AI", Org), ("SAP", Org), ("Lakestar", Org)],
                vec!["Lakestar INVESTED_IN Helix AI", "SAP INVESTED_IN Helix AI"],
            ),
        ]);
    }
}
