//! Investment without an amount: "backed by X", "X, a key investor in Y", "X holds a stake
//! in Y", "X also took part" in the topic's round; stakes by their size ("X owns 41.7% of
//! Y") and owners ("Y, a company owned by X").

use super::view::{Findings, View};
use crate::engine::lexicon::names::*;
use crate::engine::text::{words, Words};
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
                let head = payer(v, i).or_else(|| {
                    v.prev_ment(i, 8, &[Org, Person])
                        .filter(|&h| !matches!(v.w(v.m(h).first.wrapping_sub(1)), "in" | "of"))
                });
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

/// "X is paying €610 million for a 24.9% stake": for the stake word at token `i`, the one who
/// pays, right before the verb of paying (over "is", "will", "has", "also"), with "for" and
/// only the price between that verb and the stake.
fn payer(v: &View, i: usize) -> Option<usize> {
    let fr = (i.saturating_sub(8)..i).rev().find(|&k| v.w(k) == "for")?;
    let pay = (fr.saturating_sub(6)..fr)
        .rev()
        .find(|&k| v.is(k, words!["pay", "pays", "paying", "paid"]))?;
    let priced = (pay + 1..fr).all(|k| v.ment_of(k, Money).is_some());
    let stake =
        (fr + 1..i).all(|k| v.is(k, words!["a", "an", "the"]) || v.ment_of(k, Percent).is_some());
    let mut h = pay;
    while h > 0 && v.is(h - 1, words!["is", "was", "will", "would", "has", "had", "also", "be"]) {
        h -= 1;
    }
    (priced && stake && h > 0)
        .then(|| v.ment_at(h - 1))
        .flatten()
        .filter(|&m| matches!(v.ty(m), Org | Person))
}

/// Stakes by their size and ownership: "X owns 41.7% of Y", "Mitsui will hold 40% of
/// Itacolomi, Manara 35% and Pátria the remaining 25%", "Y, a joint venture in which A holds
/// 70% and B holds 30%", "Y, a company owned (controlled) by X", "Y is majority-owned by X",
/// "Y, in which X is a shareholder".
pub(super) fn stakes(v: &View, out: &mut Findings) {
    const HOLDING: Words = Words::new(&[
        "owns", "own", "holds", "hold", "held", "controls", "control", "taking", "take", "takes",
        "took",
    ]);
    const BEFORE_SHARE: Words = Words::new(&[
        "a", "an", "the", "further", "about", "roughly", "nearly", "almost", "around", "remaining",
        "some", "just", "over", "more", "than",
    ]);
    let holder_or_company = [Org, Person];
    // The percentage at token `j`, past up to three words such as "a further", "the remaining".
    let share_at = |mut j: usize| {
        let stop = j + 3;
        while j < stop && v.ment_at(j).is_none() && v.is(j, &BEFORE_SHARE) {
            j += 1;
        }
        v.ment_of(j, Percent)
    };
    for i in 0..v.len() {
        if v.hedged(i, 4) || v.negated(i, 4) {
            continue;
        }
        // "X holds 40% of Y", "in which X holds 70%".
        if v.is(i, &HOLDING) {
            let Some(p) = share_at(i + 1) else { continue };
            let after = v.m(p).last + 1;
            let (target, rest) = if v.w(after) == "of" {
                match v.next_ment(after + 1, 2, &[Org]) {
                    Some(t) => (Some(t), v.m(t).last + 1),
                    None => continue,
                }
            } else {
                (in_which(v, i), after)
            };
            let Some(t) = target else { continue };
            let holder = v
                .prev_ment(i, 8, &holder_or_company)
                .filter(|&h| v.entity(h) != v.entity(t))
                .filter(|&h| in_which_at(v, i).is_none_or(|w| v.m(h).first > w));
            if let Some(h) = holder {
                out.push(InvestedIn, v.entity(h), v.entity(t), 0.8);
            }
            // The others of a gapped list: ", Manara 35% and Pátria the remaining 25%".
            let mut k = rest;
            while v.is(k, words![",", "and"]) {
                k += 1;
                if v.w(k) == "and" {
                    k += 1;
                }
                let Some(o) = v.org_after_place(k).or_else(|| v.ment_of(k, Org)) else { break };
                let Some(share) = share_at(v.m(o).last + 1) else { break };
                if v.entity(o) != v.entity(t) {
                    out.push(InvestedIn, v.entity(o), v.entity(t), 0.75);
                }
                k = v.m(share).last + 1;
            }
            continue;
        }
        // "Y, a company owned by X", "Y is majority-owned by X".
        let owned = v.is(i, words!["owned", "controlled"])
            || v.w(i).ends_with("-owned")
            || v.w(i).ends_with("-controlled");
        if owned && v.w(i + 1) == "by" {
            let Some(h) = v.next_ment(i + 2, 3, &holder_or_company) else { continue };
            let mut s = i;
            if s >= 2 && v.w(s - 1) == "-" {
                s -= 2; // "majority-owned" in tokens of its own
            }
            while s > 0 && v.is(s - 1, words!["majority", "wholly", "partly", "jointly"]) {
                s -= 1;
            }
            let company = if s >= 2 && v.is(s - 1, words!["is", "was"]) {
                v.ment_of(s - 2, Org)
            } else {
                appositive_head(v, s)
            };
            if let Some(c) = company.filter(|&c| v.entity(c) != v.entity(h)) {
                out.push(InvestedIn, v.entity(h), v.entity(c), 0.75);
            }
            continue;
        }
        // "Y, ... in which X is a shareholder".
        if v.is(i, words!["shareholder", "shareholders"])
            && v.is(i.saturating_sub(2), words!["is", "are"])
        {
            if let (Some(h), Some(t)) = (v.prev_ment(i, 4, &holder_or_company), in_which(v, i)) {
                if v.entity(h) != v.entity(t) {
                    out.push(InvestedIn, v.entity(h), v.entity(t), 0.75);
                }
            }
        }
    }
}

/// The token of the "which" in "in which"/"of which" before token `i` in its sentence.
fn in_which_at(v: &View, i: usize) -> Option<usize> {
    (1..i).rev().find(|&k| v.w(k) == "which" && v.is(k - 1, words!["in", "of"]))
}

/// The organization "in which" refers back to: "Y, a joint venture in which ...", "Y, the
/// Abu Dhabi company in which ...".
fn in_which(v: &View, i: usize) -> Option<usize> {
    in_which_at(v, i).and_then(|k| appositive_head(v, k - 1))
}

/// The organization a descriptive phrase ending before token `end` stands in apposition to:
/// back over the phrase's plain words, articles and places to a comma, and the name before
/// it (its short name in brackets aside): "Y, a company" → Y.
fn appositive_head(v: &View, end: usize) -> Option<usize> {
    let mut k = end;
    while k > 0 && k + 12 > end {
        let w = v.w(k - 1);
        if w == "," {
            return v.before_alias(k - 1).and_then(|n| v.ment_of(n, Org));
        }
        let place = v.ment_at(k - 1).is_some_and(|m| matches!(v.ty(m), Gpe | Loc | Norp));
        if !(v.plain(k - 1) || place || v.is(k - 1, words!["a", "an", "the", "-"])) {
            return None;
        }
        k -= 1;
    }
    None
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
            // The one who pays for a stake, the price and its size between.
            (
                "Mubadala is paying €610 million for a 24.9% stake in Iberluz, a wind developer.",
                vec![("Mubadala", Org), ("€610 million", Money), ("24.9%", Percent), ("Iberluz", Org)],
                vec!["Mubadala INVESTED_IN Iberluz"],
            ),
            // Negatives: a hedged payment; a payment for something else than the stake.
            (
                "Mubadala could be paying €610 million for a 24.9% stake in Iberluz.",
                vec![("Mubadala", Org), ("€610 million", Money), ("24.9%", Percent), ("Iberluz", Org)],
                vec![],
            ),
            (
                "Mubadala is paying €610 million for the plant, and Iberluz's 24.9% stake in Kova stays.",
                vec![("Mubadala", Org), ("€610 million", Money), ("Iberluz", Org), ("24.9%", Percent), ("Kova", Org)],
                vec!["Iberluz INVESTED_IN Kova"],
            ),
            (
                "Helix AI, the lab backed by SAP and the venture firm Lakestar, shipped a model.",
                vec![("Helix AI", Org), ("SAP", Org), ("Lakestar", Org)],
                vec!["Lakestar INVESTED_IN Helix AI", "SAP INVESTED_IN Helix AI"],
            ),
        ]);
    }

    #[test]
    fn stakes_and_owners() {
        check(vec![
            (
                "Larkspur Capital, a hedge fund that owns 12.4% of Coastal Pacific, will vote.",
                vec![("Larkspur Capital", Org), ("12.4%", Percent), ("Coastal Pacific", Org)],
                vec!["Larkspur Capital INVESTED_IN Coastal Pacific"],
            ),
            (
                "Mitsui will hold 40% of Itacolomi, Manara 35% and Pátria the remaining 25%.",
                vec![("Mitsui", Org), ("40%", Percent), ("Itacolomi", Org), ("Manara", Org), ("35%", Percent), ("Pátria", Org), ("25%", Percent)],
                vec!["Manara INVESTED_IN Itacolomi", "Mitsui INVESTED_IN Itacolomi", "Pátria INVESTED_IN Itacolomi"],
            ),
            (
                "Waterloo Quarter, a joint venture in which Pemberton holds 70% and Singapore’s GIC holds 30%, bought the site.",
                vec![("Waterloo Quarter", Org), ("Pemberton", Org), ("70%", Percent), ("Singapore", Gpe), ("GIC", Org), ("30%", Percent)],
                vec!["GIC INVESTED_IN Waterloo Quarter", "GIC LOCATED_IN Singapore", "Pemberton INVESTED_IN Waterloo Quarter"],
            ),
            (
                "Daeyang Holdings, an investment company controlled by Kwon Tae-sik, sold out. The operator Inka is majority-owned by Altamira.",
                vec![("Daeyang Holdings", Org), ("Kwon Tae-sik", Person), ("Inka", Org), ("Altamira", Org)],
                vec!["Altamira INVESTED_IN Inka", "Kwon Tae-sik INVESTED_IN Daeyang Holdings"],
            ),
            (
                "Masdar, the clean-energy company in which Mubadala is a shareholder, signed.",
                vec![("Masdar", Org), ("Mubadala", Org)],
                vec!["Mubadala INVESTED_IN Masdar"],
            ),
            // Negatives: a market share; a hedged or denied stake; owned by no one named.
            (
                "Orbix holds 40% of the market, ahead of Velt.",
                vec![("Orbix", Org), ("40%", Percent), ("Velt", Org)],
                vec![],
            ),
            (
                "Mitsui could hold 40% of Itacolomi. Kelda does not own 5% of Velt.",
                vec![("Mitsui", Org), ("40%", Percent), ("Itacolomi", Org), ("Kelda", Org), ("5%", Percent), ("Velt", Org)],
                vec![],
            ),
            (
                "Orbix, a company owned by its staff, grew.",
                vec![("Orbix", Org)],
                vec![],
            ),
        ]);
    }
}
