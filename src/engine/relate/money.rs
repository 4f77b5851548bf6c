//! Funding and valuation: who raised or received an amount, who is valued at one, and the
//! investors named with the money ("led by X", "X’s $16 million investment").
//!
//! Each MONEY mention looks for a trigger before it ("raised", "secured", "valued at") or a
//! funding noun after it ("a $50 million round"); words that make the amount a price, cost
//! or result ([`NOT_FUNDING`]) silence it. The funded side is the organization the amount
//! goes to ("a grant to QuTech"), right after a giving verb ("lend ADNOC $3 billion"), the
//! clause subject, or the article's topic through "it"/"the company".

use super::view::{Findings, View};
use crate::engine::lexicon::amounts::CONVERSION_HEDGES;
use crate::engine::lexicon::relations::*;
use crate::engine::text::words;
use crate::engine::types::{EntityId, EntityType, RelationType};
use EntityType::*;
use RelationType::*;

/// The funded or valued organization for a trigger at token `trig` and an amount mention
/// `m`: an ORG right after "to"/"into"/"in" following the amount, an ORG right after a
/// giving verb, the clause subject, or the topic through an anaphor.
fn money_head(v: &View, m: usize, trig: usize, valuation: bool) -> Option<(EntityId, f32)> {
    let mm = v.m(m);
    // "a €18.5 million grant to QuTech", "inject $350 million into X".
    let mut k = mm.last + 1;
    while k < v.len()
        && k < mm.last + 5
        && v.ment_at(k).is_none()
        && !matches!(v.w(k), "to" | "into" | "," | "from" | "by")
    {
        k += 1;
    }
    if !valuation && v.is(k, words!["to", "into"]) {
        if let Some(o) = v.next_ment(k + 1, 2, &[Org]) {
            return Some((v.entity(o), 0.8));
        }
    }
    // "ESA awarded it €18 million": the receiver is what "it" refers to, the article's topic,
    // never the giver before the verb.
    if trig < mm.first
        && v.is(trig + 1, words!["it", "them"])
        && v.is(
            trig,
            words![
                "gave", "give", "given", "granted", "awarded", "lent", "lend", "pledged",
                "promised", "offered"
            ],
        )
    {
        return v.topic.map(|t| (t, 0.6));
    }
    // "lend ADNOC $3 billion", "give Micron up to ¥536 billion", "values Orrery at $9.5bn".
    if trig < mm.first {
        if let Some(o) = (trig + 1..mm.first).find_map(|i| v.ment_at(i)).filter(|&o| v.ty(o) == Org)
        {
            let between = v.m(o).first - trig;
            if between <= 2 {
                return Some((v.entity(o), 0.85));
            }
        }
    }
    // "giants like OpenAI, with a valuation exceeding $90 billion": the "with" phrase
    // belongs to the name right before its comma, not to the sentence's subject.
    if valuation {
        let mut k = trig;
        while k > 0
            && v.is(k - 1, words!["a", "an", "its", "current", "recent", "latest", "reported"])
        {
            k -= 1;
        }
        if k >= 3 && v.w(k - 1) == "with" && v.w(k - 2) == "," {
            if let Some(o) = v.ment_of(k - 3, Org) {
                return Some((v.entity(o), 0.8));
            }
        }
    }
    // "Mistral AI’s valuation".
    if valuation {
        if let Some(o) = v.prev_ment(trig, 3, &[Org]) {
            if v.poss(v.m(o).last + 1) > 0 {
                return Some((v.entity(o), 0.85));
            }
        }
    }
    let first = trig.min(mm.first);
    if let Some(s) = v.subject_org(first) {
        return Some((v.entity(s), 0.75));
    }
    if v.org_anaphor(0, first) {
        return v.topic.map(|t| (t, 0.6));
    }
    None
}

/// Funding and valuation around each MONEY mention; investors named with the money
/// ("led by X", "from investors including X", "X’s $16 million investment").
pub(super) fn money(v: &View, out: &mut Findings) {
    for (m, mm) in v.ments_of(Money) {
        let lo = mm.first.saturating_sub(7);
        let before: Vec<usize> = (lo..mm.first).collect();
        // A trigger before the amount, not separated from it by another amount.
        // A conversion in brackets ("€600 million (approximately $640 million)") shares the
        // trigger of the amount it converts.
        let conversion = mm.first >= 1
            && (v.w(mm.first - 1) == "("
                || (mm.first >= 2
                    && v.w(mm.first - 2) == "("
                    && v.is(mm.first - 1, &CONVERSION_HEDGES)));
        let last_money_before =
            before.iter().rev().find(|&&i| v.ment_of(i, Money).is_some_and(|o| o != m));
        let lo = if conversion {
            lo.saturating_sub(4)
        } else {
            last_money_before.map_or(lo, |&i| i + 1)
        };
        let val_before =
            (lo..mm.first).rev().find(|&i| v.stem(i, &VALUATION) && v.ment_at(i).is_none());
        let val_after = (mm.last + 1..mm.last + 3).find(|&i| v.stem(i, &VALUATION));
        let fund_before = (lo..mm.first)
            .rev()
            .find(|&i| v.stem(i, &FUNDING_BEFORE) && v.ment_at(i).is_none() && v.w(i) != "closing");
        let fund_after = (mm.last + 1..mm.last + 5)
            .take_while(|&i| v.ment_at(i).is_none() && !matches!(v.w(i), "," | "." | "and"))
            .find(|&i| v.is(i, &FUNDING_AFTER));
        let not_funding = (lo..mm.last + 4).any(|i| v.is(i, &NOT_FUNDING))
            || (mm.first > 0 && v.is(mm.first - 1, words!["for", "at", "of"]))
            || (mm.first > 1
                && v.is(
                    mm.first - 1,
                    words![
                        "about", "approximately", "roughly", "nearly", "around", "some", "almost",
                        "over", "than"
                    ],
                )
                && v.is(mm.first - 2, words!["for", "at"]));
        if let Some(t) = val_before.or(val_after) {
            if v.hedged(t.min(mm.first), 4) {
                continue;
            }
            if let Some((head, conf)) = money_head(v, m, t, true) {
                out.push(Valuation, head, mm.entity, conf);
            }
            continue;
        }
        let trig = match (fund_before, fund_after) {
            (Some(t), _) => t,
            (None, Some(t)) => t,
            _ => continue,
        };
        if not_funding && fund_after.is_none() || v.hedged(trig.min(mm.first), 5) {
            continue;
        }
        let Some((head, conf)) = money_head(v, m, trig, false) else { continue };
        out.push(Funding, head, mm.entity, conf);
        // "Microsoft’s $16 million investment": the possessor invested in the head.
        if mm.first >= 2 && v.poss(mm.first - 1) == 1 {
            if let Some(o) = v.ment_of(mm.first - 2, Org) {
                out.push(InvestedIn, v.entity(o), head, 0.75);
            }
        }
        // "... in a round led by X", "from investors including X and Y"; not the lender of
        // a loan or the giver of a grant ("a $50 million credit facility from Danske Bank"):
        // the guidelines count those as funding only.
        let stop = (mm.last + 14).min(v.len());
        for i in mm.last + 1..stop {
            let by = v.w(i) == "by" && v.is(i.saturating_sub(1), words!["led", "backed", "co-led"]);
            let not_equity = (mm.last + 1..i).any(|k| v.is(k, &NOT_EQUITY));
            let incl = v.is(i, words!["including", "from"])
                && v.ment_at(i + 1).is_some()
                && !(not_equity && v.w(i) == "from");
            if by || incl {
                if let Some(o) = v.next_ment(i + 1, 4, &[Org, Person]) {
                    for k in v.list_from(o) {
                        out.push(InvestedIn, v.entity(k), head, 0.75);
                    }
                }
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::engine::types::EntityType::*;

    #[test]
    fn funding_and_valuation() {
        // Negatives: contingent amounts, prices, hedges, revenue; a price is no funding.
        check(vec![
            ("Mistral AI concluded a round, raising €600 million (approximately $640 million).", vec![("Mistral AI", Org), ("€600 million", Money), ("$640 million", Money)],
            vec!["Mistral AI FUNDING $640 million", "Mistral AI FUNDING €600 million"]),
            ("Mistral AI won support, such as Microsoft’s $16 million investment in February.", vec![("Mistral AI", Org), ("Microsoft", Org), ("$16 million", Money)],
            vec!["Microsoft INVESTED_IN Mistral AI", "Mistral AI FUNDING $16 million"]),
            ("Mistral AI builds models like those of giants like OpenAI, with a valuation exceeding $90 billion.", vec![("Mistral AI", Org), ("OpenAI", Org), ("$90 billion", Money)], vec!["OpenAI VALUATION $90 billion"]),
            ("This funding has elevated Mistral AI’s valuation to $6 billion.", vec![("Mistral AI", Org), ("$6 billion", Money)], vec!["Mistral AI VALUATION $6 billion"]),
            ("Kova raised $120m in a round led by EQT Ventures and is valued at $900 million.", vec![("Kova", Org), ("$120m", Money), ("EQT Ventures", Org), ("$900 million", Money)],
            vec!["EQT Ventures INVESTED_IN Kova", "Kova FUNDING $120m", "Kova VALUATION $900 million"]),
            ("Novartis could pay up to $2 billion in milestones to Nordlys.", vec![("Novartis", Org), ("$2 billion", Money), ("Nordlys", Org)], vec![]),
            ("Novartis agreed to acquire Nordlys for $6.8 billion in cash.", vec![("Novartis", Org), ("Nordlys", Org), ("$6.8 billion", Money)], vec!["Novartis ACQUIRED Nordlys"]),
            ("Acme may raise $50 million next year.", vec![("Acme", Org), ("$50 million", Money)], vec![]),
            ("Acme reported revenue of $50 million.", vec![("Acme", Org), ("$50 million", Money)], vec![]),
            ("Acme raised money. It was $50 million.", vec![("Acme", Org), ("$50 million", Money)], vec![]),
            // Given to "it": not to the giver.
            ("The agency awarded it €18 million last year.", vec![("€18 million", Money)], vec![]),
            ("Brill Space said the agency awarded it €18 million.", vec![("Brill Space", Org), ("€18 million", Money)], vec![]),
            // A lender or a donor is not an investor; investors are.
            ("Kova secured a $50 million credit facility from Danske Bank.", vec![("Kova", Org), ("$50 million", Money), ("Danske Bank", Org)], vec!["Kova FUNDING $50 million"]),
            ("Kova received a $2 million grant from the Wellspring Foundation.", vec![("Kova", Org), ("$2 million", Money), ("Wellspring Foundation", Org)], vec!["Kova FUNDING $2 million"]),
            ("Kova raised $20 million from Balder Capital and Norrsken.", vec![("Kova", Org), ("$20 million", Money), ("Balder Capital", Org), ("Norrsken", Org)],
            vec!["Balder Capital INVESTED_IN Kova", "Kova FUNDING $20 million", "Norrsken INVESTED_IN Kova"]),
        ]);
    }
}
