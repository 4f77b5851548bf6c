//! Acquisitions: "A (has agreed to) acquire/buy B", "A’s acquisition of B", "B was acquired
//! by A". Hedged or denied deals ("could buy", "denied talks") are skipped.

use super::view::{Findings, View};
use crate::engine::lexicon::relations::*;
use crate::engine::text::words;
use crate::engine::types::{EntityType, RelationType};
use EntityType::*;
use RelationType::*;

/// Acquisitions: "A (has agreed to) acquire/buy B", "A’s acquisition of B", "B was acquired
/// by A"; hedged or denied deals are skipped.
pub(super) fn acquisition(v: &View, out: &mut Findings) {
    for i in 0..v.len() {
        if !v.stem(i, &ACQUIRE) || v.ment_at(i).is_some() || v.hedged(i, 5) {
            continue;
        }
        let w = v.w(i);
        let noun =
            w.starts_with("acquisition") || w.starts_with("takeover") || w.starts_with("purchase");
        // Passive: "B was acquired by A"; B may be the article's company named by a
        // description or "it" ("the vehicle seat maker had agreed to be acquired by A").
        if v.w(i + 1) == "by" && i > 0 && v.is(i - 1, words!["was", "been", "is", "being", "be"]) {
            let target = v.prev_ment(i, 4, &[Org]).map(|b| v.entity(b)).or_else(|| {
                if v.org_anaphor(i.saturating_sub(8), i) {
                    v.topic
                } else {
                    None
                }
            });
            if let (Some(a), Some(b)) = (v.next_ment(i + 2, 2, &[Org]), target) {
                if v.entity(a) != b {
                    out.push(Acquired, v.entity(a), b, 0.85);
                }
            }
            continue;
        }
        // Target right after the trigger ("bought AveXis", "acquisition of Arcadium").
        let mut j = i + 1;
        if noun && v.w(j) == "of" {
            j += 1;
        }
        if !noun && v.is(j, words!["a", "an", "the"]) {
            j += 1;
        }
        let Some(b) = v.ment_of(j, Org) else { continue };
        // Buyer: after "by" right after the target of a noun trigger ("the acquisition of B
        // by A"), else a possessor right before a noun trigger, else the clause subject, else
        // the topic through "it"/"the company".
        let by = (noun && v.w(v.m(b).last + 1) == "by")
            .then(|| v.ment_of(v.m(b).last + 2, Org))
            .flatten();
        let buyer =
            if let Some(a) = by {
                Some(v.entity(a))
            } else if noun {
                let mut k = i;
                while k > 0
                    && v.ment_at(k - 1).is_none()
                    && i - k < 5
                    && !v.is(k - 1, words![",", "’s", "'s"])
                {
                    k -= 1;
                }
                (k >= 2 && v.poss(k - 1) == 1)
                    .then(|| v.ment_of(k - 2, Org))
                    .flatten()
                    .map(|o| v.entity(o))
                    .or_else(|| {
                        if v.w(k.saturating_sub(1)) == "its" || v.w(i - 1) == "its" {
                            v.subject_org(i).map(|s| v.entity(s)).or(v.topic)
                        } else {
                            None
                        }
                    })
            } else {
                v.subject_org(i)
                    .filter(|&s| v.m(s).last + 8 >= i)
                    .map(|s| v.entity(s))
                    .or_else(|| if v.org_anaphor(i.saturating_sub(5), i) { v.topic } else { None })
            };
        if let Some(a) = buyer {
            out.push(Acquired, a, v.entity(b), 0.8);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::engine::types::EntityType::*;

    #[test]
    fn acquisitions() {
        // Negatives: denial and hedges.
        check(vec![
            (
                "It is the biggest deal Novartis has struck since it bought AveXis in 2018.",
                vec![("Novartis", Org), ("AveXis", Org)],
                vec!["Novartis ACQUIRED AveXis"],
            ),
            (
                "Elpida was acquired by Micron in 2013.",
                vec![("Elpida", Org), ("Micron", Org)],
                vec!["Micron ACQUIRED Elpida"],
            ),
            (
                "The $9.5 billion acquisition of Boatmen's Bancshares Inc. by NationsBank Corp. could spark more mergers.",
                vec![("Boatmen's Bancshares Inc.", Org), ("NationsBank Corp.", Org)],
                vec!["NationsBank Corp. ACQUIRED Boatmen's Bancshares Inc."],
            ),
            (
                "Rio Tinto completed its acquisition of Arcadium Lithium.",
                vec![("Rio Tinto", Org), ("Arcadium Lithium", Org)],
                vec!["Rio Tinto ACQUIRED Arcadium Lithium"],
            ),
            (
                "Apple denied it would acquire Peloton.",
                vec![("Apple", Org), ("Peloton", Org)],
                vec![],
            ),
            ("Apple is in talks to buy Peloton.", vec![("Apple", Org), ("Peloton", Org)], vec![]),
            // The target named by a description of the article's company; not when hedged, nor
            // when what was acquired is no organization.
            (
                "Orbix shares rose. Orbix said the seat maker had agreed to be acquired by Velt.",
                vec![("Orbix", Org), ("Orbix", Org), ("Velt", Org)],
                vec!["Velt ACQUIRED Orbix"],
            ),
            (
                "Orbix shares rose. Orbix said the seat maker could be acquired by Velt.",
                vec![("Orbix", Org), ("Orbix", Org), ("Velt", Org)],
                vec![],
            ),
            (
                "Orbix shares rose. Orbix said two old plants were acquired by Velt.",
                vec![("Orbix", Org), ("Orbix", Org), ("Velt", Org)],
                vec![],
            ),
        ]);
    }
}
