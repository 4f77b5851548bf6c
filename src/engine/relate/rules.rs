//! The pattern families, one function each. Every function reads one sentence [`View`] and
//! pushes [`Found`] relations; none of them looks further than a few tokens around a
//! mention or trigger, so a pattern that fires is local and explainable.

use super::lexicon::*;
use super::{Found, View};
use crate::engine::types::{Analysis, EntityId, EntityType, RelationType, Span};
use crate::engine::Sentence;
use EntityType::*;
use RelationType::*;

/// Runs every sentence-level family.
pub(crate) fn all(v: &View, out: &mut Vec<Found>) {
    employment(v, out);
    founding(v, out);
    money(v, out);
    investment(v, out);
    acquisition(v, out);
    partnership(v, out);
    partner_roles(v, out);
    joint_deals(v, out);
    rivalry(v, out);
    threats(v, out);
    location(v, out);
    appositive_location(v, out);
    products(v, out);
    participation(v, out);
}

fn push(out: &mut Vec<Found>, ty: RelationType, head: EntityId, tail: EntityId, conf: f32) {
    out.push(Found { ty, head, tail, conf });
}

/// Are all tokens in `range` role words (a title such as "chief executive", "CEO",
/// "senior vice-president")? Returns (has a core role, has a founder role).
fn role_words(v: &View, range: std::ops::Range<usize>) -> Option<(bool, bool)> {
    if range.is_empty() {
        return None;
    }
    let mut core = false;
    let mut founder = false;
    for i in range {
        let w = v.w(i);
        if matches!(
            w,
            "-" | ","
                | "and"
                | "&"
                | "of"
                | "for"
                | "the"
                | "a"
                | "an"
                | "former"
                | "new"
                | "interim"
                | "acting"
                | "then"
        ) {
            continue;
        }
        if !v.is(i, &ROLES) {
            return None;
        }
        core |= v.is(i, &CORE_ROLES);
        founder |=
            v.is(i, &FOUNDER_ROLES) || (w == "co" && v.w(i + 1) == "-" && v.w(i + 2) == "founder");
    }
    (core || founder).then_some((core, founder))
}

/// Scans a role phrase (up to `n` tokens from `i`) for core and founder roles, stopping at
/// a token that is neither a role nor a small word.
fn role_scan(v: &View, i: usize, n: usize) -> (bool, bool, usize) {
    let (mut core, mut founder) = (false, false);
    let mut k = i;
    while k < i + n && k < v.low.len() && v.ment_at(k).is_none() {
        let w = v.w(k);
        if v.is(k, &ROLES) {
            core |= v.is(k, &CORE_ROLES);
            founder |= v.is(k, &FOUNDER_ROLES)
                || (w == "co" && v.w(k + 1) == "-" && v.w(k + 2) == "founder");
        } else if !matches!(
            w,
            "-" | "and"
                | "&"
                | "the"
                | "a"
                | "an"
                | "former"
                | "new"
                | "interim"
                | "acting"
                | "its"
                | "top"
                | "own"
        ) && (!v.is_word(k)
            || v.cap[k]
            || v.is(k, &PREPOSITIONS)
            || matches!(
                w,
                "who"
                    | "which"
                    | "that"
                    | "said"
                    | "says"
                    | "told"
                    | "is"
                    | "was"
                    | "has"
                    | "had"
                    | "will"
            ))
        {
            // Lower-case modifiers ("a retail analyst", "a senior gas analyst") are part of
            // the role phrase; anything else ends it.
            break;
        }
        k += 1;
    }
    (core, founder, k)
}

/// Emits works-for and founded from a role phrase's flags.
fn role_facts(
    out: &mut Vec<Found>,
    person: EntityId,
    org: EntityId,
    core: bool,
    founder: bool,
    conf: f32,
) {
    if core {
        push(out, EmployedBy, person, org, conf);
    }
    if founder {
        push(out, Founded, person, org, conf);
    }
}

/// Works for: appositions, possessives, titles before names, "PERSON of/from ORG",
/// "PERSON, who runs ORG".
fn employment(v: &View, out: &mut Vec<Found>) {
    for pm in &v.ments {
        if pm.ty != Person {
            continue;
        }
        let after = pm.last + 1;
        // "PERSON of/from/at ORG" ("Matt Stephenson from Pantera Capital").
        if v.is(after, words!["of", "from", "at", "with"]) && !v.hedged(pm.first, 3) {
            if let Some(o) = v.next_ment(after + 1, 2, &[Org]) {
                push(out, EmployedBy, pm.entity, v.ments[o].entity, 0.75);
            }
        }
        // "PERSON, (a|the) ROLE ... at/of/for/with ORG" ("Juan Leon, a senior analyst at X").
        if v.w(after) == "," {
            let (core, founder, end) = role_scan(v, after + 1, 8);
            if (core || founder) && v.is(end, words!["at", "of", "for", "with"]) {
                if let Some(o) = v.next_ment(end + 1, 5, &[Org]) {
                    role_facts(out, pm.entity, v.ments[o].entity, core, founder, 0.85);
                }
            }
            // "PERSON, ORG’s ROLE" ("Kenneth Liu, TSMC’s head of investor relations").
            let mut k = after + 1;
            if v.is(k, words!["the", "a", "an", "former"]) {
                k += 1;
            }
            if let Some(o) = v.ment_at(k).filter(|&o| v.ments[o].ty == Org) {
                let pl = v.poss(v.ments[o].last + 1);
                if pl > 0 {
                    let (core, founder, _) = role_scan(v, v.ments[o].last + 1 + pl, 6);
                    role_facts(out, pm.entity, v.ments[o].entity, core, founder, 0.85);
                } else {
                    // "PERSON, a former ORG ROLE" ("a former Goldman Sachs trader").
                    let (core, founder, _) = role_scan(v, v.ments[o].last + 1, 3);
                    if v.w(k - 1) != "," {
                        role_facts(out, pm.entity, v.ments[o].entity, core, founder, 0.7);
                    }
                }
            }
            // "PERSON, the company’s chief executive": the organization just talked about.
            if v.w(after + 1) == "the" && v.is(after + 2, &ORG_NOUNS) && v.poss(after + 3) > 0 {
                let (core, founder, _) = role_scan(v, after + 3 + v.poss(after + 3), 6);
                if let Some(o) = v.recent.or(v.topic) {
                    role_facts(out, pm.entity, o, core, founder, 0.55);
                }
            }
            // "PERSON, who is (also/now) chief executive of ORG" / "... and is its chief
            // executive".
            if v.w(after + 1) == "who" {
                for k in after + 2..(after + 20).min(v.low.len()) {
                    if !v.is(k, words!["is", "serves", "remains"]) || v.hedged(k, 2) {
                        continue;
                    }
                    let mut j = k + 1;
                    while v.is(j, words!["also", "now", "still", "as", "the"]) {
                        j += 1;
                    }
                    let its = v.w(j) == "its";
                    let (core, founder, end) = role_scan(v, if its { j + 1 } else { j }, 6);
                    if !(core || founder) {
                        continue;
                    }
                    let org = if its {
                        v.prev_ment(k, 12, &[Org]).map(|o| v.ments[o].entity).or(v.topic)
                    } else if v.is(end, words!["of", "at", "for"]) {
                        v.next_ment(end + 1, 3, &[Org]).map(|o| v.ments[o].entity)
                    } else {
                        None
                    };
                    if let Some(o) = org {
                        role_facts(out, pm.entity, o, core, founder, 0.7);
                    }
                    break;
                }
            }
            // "PERSON, who runs/heads/leads/joined ORG" and former employers ("who joined
            // QuTech from the University of Cambridge").
            if v.w(after + 1) == "who" {
                let mut k = after + 2;
                let stop = (after + 12).min(v.low.len());
                while k < stop && !matches!(v.w(k), "," | "said" | "and" | ";") {
                    let w = v.w(k);
                    if matches!(
                        w,
                        "runs"
                            | "ran"
                            | "heads"
                            | "headed"
                            | "leads"
                            | "led"
                            | "joined"
                            | "chairs"
                            | "chaired"
                            | "manages"
                            | "managed"
                            | "works"
                            | "worked"
                            | "represents"
                            | "coaches"
                            | "captains"
                            | "spent"
                    ) && !v.hedged(k, 3)
                    {
                        let mut j = k + 1;
                        while j < stop
                            && v.ment_at(j).is_none()
                            && matches!(
                                v.w(j),
                                "at" | "for" | "with" | "the" | "as" | "in" | "previously" | "also"
                            )
                        {
                            j += 1;
                        }
                        if let Some(o) = v.ment_at(j).filter(|&o| v.ments[o].ty == Org) {
                            push(out, EmployedBy, pm.entity, v.ments[o].entity, 0.75);
                            if v.w(v.ments[o].last + 1) == "from" {
                                if let Some(o2) = v.next_ment(v.ments[o].last + 2, 2, &[Org]) {
                                    push(out, EmployedBy, pm.entity, v.ments[o2].entity, 0.7);
                                }
                            }
                        } else if v.w(j) == "its"
                            && matches!(w, "runs" | "heads" | "leads" | "led" | "headed" | "ran")
                        {
                            if let Some(t) = v.topic {
                                push(out, EmployedBy, pm.entity, t, 0.5);
                            }
                        }
                        break;
                    }
                    k += 1;
                }
            }
        }
        // Before the person: "ORG ROLE PERSON" ("Solvane CEO Wei-Lin Tan"), "ORG’s ROLE,
        // PERSON", "ORG’s PERSON" ("Microsoft’s Yorke Rhodes").
        let before = pm.first;
        let mut k = before;
        while k > 0
            && v.ment_at(k - 1).is_none()
            && before - k < 6
            && (v.is(k - 1, &ROLES)
                || matches!(v.w(k - 1), "-" | "and" | "," | "former" | "capt." | "dr." | "prof."))
        {
            k -= 1;
        }
        if let Some(o) = k.checked_sub(1).and_then(|i| v.ment_at(i)) {
            let om = v.ments[o];
            if om.ty == Org {
                let range = k..before;
                if range.is_empty() {
                    // "ORG PERSON" with nothing between is too weak; "ORG’s PERSON" is not
                    // visible here since the possessive is a token.
                } else if let Some((core, founder)) = role_words(v, range.clone()) {
                    role_facts(out, pm.entity, om.entity, core, founder, 0.85);
                }
            }
        }
        // "chief executive Dana Whitfield said": an executive title with no organization
        // names the company the article is about.
        if k < before
            && v.ment_at(k.wrapping_sub(1)).is_none()
            && (k == 0
                || !v.is_word(k - 1)
                || v.is(k - 1, words!["said", "says", "and", "statement"]))
        {
            let exec = (k..before).any(|i| v.is(i, words!["chief", "ceo", "cfo", "cto", "coo"]));
            if exec && role_words(v, k..before).is_some() {
                if let Some(o) = v.topic {
                    push(out, EmployedBy, pm.entity, o, 0.5);
                }
            }
        }
        // With a possessive between: walk back over roles, then the possessive, then ORG.
        let mut k = before;
        while k > 0
            && v.ment_at(k - 1).is_none()
            && before - k < 7
            && (v.is(k - 1, &ROLES) || matches!(v.w(k - 1), "-" | "and" | "," | "of" | "own"))
        {
            k -= 1;
        }
        for pl in [1usize, 2] {
            if k < pl {
                continue;
            }
            if v.poss(k - pl) != pl {
                continue;
            }
            let Some(o) = k.checked_sub(pl + 1).and_then(|i| v.ment_at(i)) else { continue };
            let om = v.ments[o];
            if om.ty != Org {
                continue;
            }
            if k == before {
                push(out, EmployedBy, pm.entity, om.entity, 0.8);
            } else if let Some((core, founder)) = role_words(v, k..before) {
                role_facts(out, pm.entity, om.entity, core, founder, 0.85);
            }
        }
    }
}

/// Founded: "ORG was founded (in YEAR) by PERSON (and PERSON)", "PERSON founded ORG",
/// "PERSON started the company with PERSON".
fn founding(v: &View, out: &mut Vec<Found>) {
    for i in 0..v.low.len() {
        let w = v.w(i);
        let trig = matches!(w, "founded" | "cofounded" | "started" | "created" | "established")
            || (w == "founded" || (w == "co" && v.w(i + 1) == "-" && v.w(i + 2) == "founded"))
            || (w == "set" && v.w(i + 1) == "up");
        if !trig || v.hedged(i, 4) {
            continue;
        }
        let t_end = if w == "co" {
            i + 3
        } else if w == "set" {
            i + 2
        } else {
            i + 1
        };
        // Passive: "... founded in 2019 by A and B".
        let mut k = t_end;
        while k < v.low.len()
            && k < t_end + 6
            && v.w(k) != "by"
            && (v.ment_at(k).is_none() || v.ments[v.ment_at(k).unwrap_or(0)].ty == Date)
        {
            k += 1;
        }
        if v.w(k) == "by" {
            let persons: Vec<usize> = {
                let mut ps = Vec::new();
                let mut j = k + 1;
                while j < v.low.len() && j < k + 40 && !matches!(v.w(j), ";" | "said" | "says") {
                    if let Some(m) = v.ment_at(j) {
                        if v.ments[m].ty == Person
                            && (ps.is_empty()
                                || v.w(v.ments[m].first - 1) == "and"
                                || v.w(v.ments[m].first - 1) == ",")
                        {
                            ps.push(m);
                        } else if ps.is_empty() && v.ments[m].ty != Person {
                            break;
                        }
                        j = v.ments[m].last + 1;
                    } else {
                        if ps.is_empty() && j > k + 1 {
                            break;
                        }
                        j += 1;
                    }
                }
                ps
            };
            let org = v
                .prev_ment(i, 10, &[Org])
                .map(|o| v.ments[o].entity)
                .or_else(|| {
                    persons
                        .last()
                        .and_then(|&p| v.next_ment_any(v.ments[p].last + 1, 30, Org))
                        .map(|o| v.ments[o].entity)
                })
                .or_else(|| if v.org_anaphor(i.saturating_sub(6), i) { v.topic } else { None });
            if let Some(org) = org {
                for p in persons {
                    push(out, Founded, v.ments[p].entity, org, 0.85);
                }
            }
            continue;
        }
        // Active: "PERSON (, who) co-founded ORG (with PERSON)".
        let Some(p) = v.prev_ment(i, 12, &[Person, Org]).filter(|&p| v.ments[p].ty == Person)
        else {
            continue;
        };
        let mut j = t_end;
        while v.is(j, words!["the", "a", "an"])
            || (v.is_word(j)
                && !v.cap[j]
                && v.ment_at(j).is_none()
                && j < t_end + 3
                && !v.is(j, &PREPOSITIONS)
                && !v.is(j, &ORG_NOUNS))
            || v.w(j) == "-"
        {
            j += 1;
        }
        let org = match v.ment_at(j) {
            Some(o) if v.ments[o].ty == Org => Some(v.ments[o].entity),
            None if v.is(j, &ORG_NOUNS) && v.w(j.saturating_sub(1)) == "the" => v.topic,
            _ => None,
        };
        let Some(org) = org else { continue };
        push(out, Founded, v.ments[p].entity, org, 0.8);
        // "... with PERSON" right after the organization.
        let mut j2 = j + 1;
        while j2 < v.low.len() && j2 < j + 5 && v.w(j2) != "with" {
            j2 += 1;
        }
        if v.w(j2) == "with" {
            if let Some(p2) = v.next_ment(j2 + 1, 2, &[Person]) {
                push(out, Founded, v.ments[p2].entity, org, 0.75);
            }
        }
    }
}

impl View<'_> {
    /// The first mention of type `ty` at or after token `i` within `n` tokens, whatever lies
    /// between.
    fn next_ment_any(&self, i: usize, n: usize, ty: EntityType) -> Option<usize> {
        self.ments.iter().position(|m| m.first >= i && m.first < i + n && m.ty == ty)
    }
}

/// The funded or valued organization for a trigger at token `trig` and an amount mention
/// `m`: an ORG right after "to"/"into"/"in" following the amount, an ORG right after a
/// giving verb, the clause subject, or the topic through an anaphor.
fn money_head(v: &View, m: usize, trig: usize, valuation: bool) -> Option<(EntityId, f32)> {
    let mm = v.ments[m];
    // "a €18.5 million grant to QuTech", "inject $350 million into X".
    let mut k = mm.last + 1;
    while k < v.low.len()
        && k < mm.last + 5
        && v.ment_at(k).is_none()
        && !matches!(v.w(k), "to" | "into" | "," | "from" | "by")
    {
        k += 1;
    }
    if !valuation && v.is(k, words!["to", "into"]) {
        if let Some(o) = v.next_ment(k + 1, 2, &[Org]) {
            return Some((v.ments[o].entity, 0.8));
        }
    }
    // "lend ADNOC $3 billion", "give Micron up to ¥536 billion", "values Orrery at $9.5bn".
    if trig < mm.first {
        if let Some(o) =
            (trig + 1..mm.first).find_map(|i| v.ment_at(i)).filter(|&o| v.ments[o].ty == Org)
        {
            let between = v.ments[o].first - trig;
            if between <= 2 {
                return Some((v.ments[o].entity, 0.85));
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
            if let Some(o) = v.ment_at(k - 3).filter(|&o| v.ments[o].ty == Org) {
                return Some((v.ments[o].entity, 0.8));
            }
        }
    }
    // "Mistral AI’s valuation".
    if valuation {
        if let Some(o) = v.prev_ment(trig, 3, &[Org]) {
            if v.poss(v.ments[o].last + 1) > 0 {
                return Some((v.ments[o].entity, 0.85));
            }
        }
    }
    let first = trig.min(mm.first);
    if let Some(s) = v.subject_org(first) {
        return Some((v.ments[s].entity, 0.75));
    }
    if v.org_anaphor(0, first) {
        return v.topic.map(|t| (t, 0.6));
    }
    None
}

/// Funding and valuation around each MONEY mention; investors named with the money
/// ("led by X", "from investors including X", "X’s $16 million investment").
fn money(v: &View, out: &mut Vec<Found>) {
    for (m, mm) in v.ments.iter().enumerate() {
        if mm.ty != Money {
            continue;
        }
        let lo = mm.first.saturating_sub(7);
        let before: Vec<usize> = (lo..mm.first).collect();
        // A trigger before the amount, not separated from it by another amount.
        // A conversion in brackets ("€600 million (approximately $640 million)") shares the
        // trigger of the amount it converts.
        let conversion = mm.first >= 1
            && (v.w(mm.first - 1) == "("
                || (mm.first >= 2
                    && v.w(mm.first - 2) == "("
                    && v.is(
                        mm.first - 1,
                        words!["about", "approximately", "roughly", "around", "some", "nearly"],
                    )));
        let last_money_before = before
            .iter()
            .rev()
            .find(|&&i| v.ment_at(i).is_some_and(|o| v.ments[o].ty == Money && o != m));
        let lo = if conversion {
            lo.saturating_sub(4)
        } else {
            last_money_before.map_or(lo, |&i| i + 1)
        };
        let val_before =
            (lo..mm.first).rev().find(|&i| v.stem(i, VALUATION) && v.ment_at(i).is_none());
        let val_after = (mm.last + 1..mm.last + 3).find(|&i| v.stem(i, VALUATION));
        let fund_before = (lo..mm.first)
            .rev()
            .find(|&i| v.stem(i, FUNDING_BEFORE) && v.ment_at(i).is_none() && v.w(i) != "closing");
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
                push(out, Valuation, head, mm.entity, conf);
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
        push(out, Funding, head, mm.entity, conf);
        // "Microsoft’s $16 million investment": the possessor invested in the head.
        if mm.first >= 2 && v.poss(mm.first - 1) == 1 {
            if let Some(o) = v.ment_at(mm.first - 2).filter(|&o| v.ments[o].ty == Org) {
                push(out, InvestedIn, v.ments[o].entity, head, 0.75);
            }
        }
        // "... in a round led by X", "from investors including X and Y".
        let stop = (mm.last + 14).min(v.low.len());
        for i in mm.last + 1..stop {
            let by = v.w(i) == "by" && v.is(i.saturating_sub(1), words!["led", "backed", "co-led"]);
            let incl = v.is(i, words!["including", "from"]) && v.ment_at(i + 1).is_some();
            if by || incl {
                if let Some(o) = v.next_ment(i + 1, 4, &[Org, Person]) {
                    for k in v.list_from(o) {
                        push(out, InvestedIn, v.ments[k].entity, head, 0.75);
                    }
                }
                break;
            }
        }
    }
}

/// Investment without an amount: "backed by X", "X, a key investor in Y", "X holds a stake
/// in Y", "X also took part" (in the topic's round), "led a round in Y".
fn investment(v: &View, out: &mut Vec<Found>) {
    let has_money = v.ments.iter().any(|m| m.ty == Money);
    for i in 0..v.low.len() {
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
                .map(|o| v.ments[o].entity)
                .or_else(|| v.org_anaphor(0, i).then_some(v.topic).flatten());
            if let (Some(f), Some(o)) = (funded, v.next_ment(i + 2, 4, &[Org, Person])) {
                for k in v.list_from(o) {
                    push(out, InvestedIn, v.ments[k].entity, f, 0.75);
                }
            }
        }
        // "backed by Toyota" when money is present is handled here too, for the backer only.
        if w == "backed" && v.w(i + 1) == "by" && has_money && !v.hedged(i, 3) {
            if let (Some(f), Some(o)) = (v.prev_ment(i, 6, &[Org]), v.next_ment(i + 2, 4, &[Org])) {
                for k in v.list_from(o) {
                    push(out, InvestedIn, v.ments[k].entity, v.ments[f].entity, 0.75);
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
                    if v.w(v.ments[h].last + 1) == "," {
                        push(out, InvestedIn, v.ments[h].entity, v.ments[t].entity, 0.8);
                    }
                }
            }
            // "existing backer Eclipse Ventures", "Existing investor Lightspeed" → the topic.
            if v.is(i.saturating_sub(1), words!["existing", "early", "new", "lead"]) {
                if let (Some(o), Some(t)) = (v.next_ment(i + 1, 1, &[Org]), v.topic) {
                    push(out, InvestedIn, v.ments[o].entity, t, 0.6);
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
            while j < v.low.len() && j < i + 4 && !v.is(j, words!["in", "into"]) {
                j += 1;
            }
            if v.is(j, words!["in", "into"]) {
                let head = v
                    .prev_ment(i, 8, &[Org, Person])
                    .filter(|&h| !matches!(v.w(v.ments[h].first.wrapping_sub(1)), "in" | "of"));
                if let (Some(h), Some(t)) = (head, v.next_ment(j + 1, 3, &[Org])) {
                    push(out, InvestedIn, v.ments[h].entity, v.ments[t].entity, 0.75);
                } else if let (Some(h), None) = (head, v.next_ment(j + 1, 3, &[Org])) {
                    if v.w(j + 1) == "the" && v.is(j + 2, &ORG_NOUNS) {
                        if let Some(t) = v.topic {
                            push(out, InvestedIn, v.ments[h].entity, t, 0.55);
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
                if v.ments[first].entity != t {
                    for k in v.list_from(first) {
                        if v.ments[k].last < i {
                            push(out, InvestedIn, v.ments[k].entity, t, 0.55);
                        }
                    }
                }
            }
        }
    }
}

/// Acquisitions: "A (has agreed to) acquire/buy B", "A’s acquisition of B", "B was acquired
/// by A"; hedged or denied deals are skipped.
fn acquisition(v: &View, out: &mut Vec<Found>) {
    for i in 0..v.low.len() {
        if !v.stem(i, ACQUIRE) || v.ment_at(i).is_some() || v.hedged(i, 5) {
            continue;
        }
        let w = v.w(i);
        let noun =
            w.starts_with("acquisition") || w.starts_with("takeover") || w.starts_with("purchase");
        // Passive: "B was acquired by A".
        if v.w(i + 1) == "by" && i > 0 && v.is(i - 1, words!["was", "been", "is", "being", "be"]) {
            if let (Some(a), Some(b)) = (v.next_ment(i + 2, 2, &[Org]), v.prev_ment(i, 4, &[Org])) {
                push(out, Acquired, v.ments[a].entity, v.ments[b].entity, 0.85);
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
        let Some(b) = v.ment_at(j).filter(|&b| v.ments[b].ty == Org) else { continue };
        // Buyer: a possessor right before a noun trigger, else the clause subject, else the
        // topic through "it"/"the company".
        let buyer = if noun {
            let mut k = i;
            while k > 0
                && v.ment_at(k - 1).is_none()
                && i - k < 5
                && !v.is(k - 1, words![",", "’s", "'s"])
            {
                k -= 1;
            }
            (k >= 2 && v.poss(k - 1) == 1)
                .then(|| v.ment_at(k - 2))
                .flatten()
                .filter(|&o| v.ments[o].ty == Org)
                .map(|o| v.ments[o].entity)
                .or_else(|| {
                    if v.w(k.saturating_sub(1)) == "its" || v.w(i - 1) == "its" {
                        v.subject_org(i).map(|s| v.ments[s].entity).or(v.topic)
                    } else {
                        None
                    }
                })
        } else {
            v.subject_org(i)
                .filter(|&s| v.ments[s].last + 8 >= i)
                .map(|s| v.ments[s].entity)
                .or_else(|| if v.org_anaphor(i.saturating_sub(5), i) { v.topic } else { None })
        };
        if let Some(a) = buyer {
            push(out, Acquired, a, v.ments[b].entity, 0.8);
        }
    }
}

/// Partnerships: "A’s partnership(s) with B", "A signed an agreement with B", "A-B
/// alliance", "a joint venture between A and B", "A and B have worked together", "B, A’s
/// partner".
fn partnership(v: &View, out: &mut Vec<Found>) {
    for i in 0..v.low.len() {
        // The tokenizer splits "co-production" into three tokens; its last one triggers.
        let co_production =
            v.w(i) == "production" && i >= 2 && v.w(i - 1) == "-" && v.w(i - 2) == "co";
        if !(v.stem(i, PARTNER) || co_production) || v.ment_at(i).is_some() || v.hedged(i, 5) {
            continue;
        }
        let w = if co_production { "co-production" } else { v.w(i) };
        if w == "together"
            && !v.is(i.saturating_sub(1), words!["worked", "work", "working", "teamed"])
        {
            continue;
        }
        if matches!(w, "team" | "teams" | "deal" | "deals" | "contract" | "contracts")
            && !v.is(i + 1, words!["with", "up"])
        {
            continue;
        }
        // "A-B alliance".
        if i >= 3 && v.w(i - 2) == "-" {
            if let (Some(a), Some(b)) = (v.ment_at(i - 3), v.ment_at(i - 1)) {
                if v.ments[a].ty == Org && v.ments[b].ty == Org {
                    push(out, PartnerOf, v.ments[a].entity, v.ments[b].entity, 0.85);
                    continue;
                }
            }
        }
        // "between A and B".
        let mut j = i + 1;
        while j < v.low.len() && j < i + 3 && !v.is(j, words!["between", "with", "of"]) {
            j += 1;
        }
        if v.is(j, words!["between", "of"])
            && (w.starts_with("joint")
                || w.starts_with("partner")
                || w == "co-production"
                || w.starts_with("consortium")
                || w.starts_with("venture")
                || w.starts_with("agreement")
                || w.starts_with("alliance"))
        {
            if let Some(a) = partner_after(v, j + 1, 8).filter(|&a| v.ments[a].ty == Org) {
                let list = partner_list(v, a);
                for x in 0..list.len() {
                    for y in x + 1..list.len() {
                        push(out, PartnerOf, v.ments[list[x]].entity, v.ments[list[y]].entity, 0.8);
                    }
                }
            }
            continue;
        }
        // "with B (and C)" after the trigger; the partner's side is the possessor or the
        // clause subject.
        // A date may sit in between ("a partnership last year with SQM").
        let mut j = i + 1;
        while j < v.low.len()
            && j < i + 7
            && v.ment_at(j).is_none_or(|m| v.ments[m].ty == Date)
            && v.w(j) != "with"
            && v.w(j) != ","
        {
            j += 1;
        }
        if v.w(j) == "with" {
            let a = {
                let mut k = i;
                while k > 0
                    && v.ment_at(k - 1).is_none()
                    && i - k < 5
                    && !v.is(k - 1, words![","])
                    && v.poss(k - 1) == 0
                {
                    k -= 1;
                }
                let possessor = (k >= 2 && v.poss(k - 1) >= 1)
                    .then(|| v.ment_at(k - 1 - v.poss(k - 1).min(1)).or_else(|| v.ment_at(k - 2)))
                    .flatten();
                // "X will supply ..., while the Lima-based operator has signed a partnership
                // with Y": a new clause whose subject is a description is not about X.
                let clause = (0..i)
                    .rev()
                    .find(|&c| v.is(c, words!["while", "whereas", ";", "but"]))
                    .unwrap_or(0);
                let own = possessor.filter(|&o| v.ments[o].ty == Org).map(|o| v.ments[o].entity);
                if own.is_none()
                    && clause > 0
                    && v.org_anaphor(clause, i)
                    && v.subject_org(i).is_some_and(|s| v.ments[s].last < clause)
                {
                    v.anaphor_target()
                } else {
                    own.or_else(|| v.subject_org(i).map(|o| v.ments[o].entity)).or_else(|| {
                        if v.org_anaphor(0, i) {
                            v.anaphor_target()
                        } else {
                            None
                        }
                    })
                }
            };
            // "with cloud providers like Microsoft Azure": skip a plain noun phrase and
            // "like"/"such as"/"including" before the partner.
            let b = partner_after(v, j + 1, 8).filter(|&b| matches!(v.ments[b].ty, Org | Product));
            if let (Some(a), Some(b)) = (a, b) {
                for k in partner_list(v, b) {
                    let m = v.ments[k];
                    match m.ty {
                        Org => push(out, PartnerOf, a, m.entity, 0.75),
                        // A product partner stands for its maker; `from_names` links
                        // product and maker, and `partner_products` resolves it.
                        _ => push(out, PartnerOf, a, m.entity, 0.7),
                    }
                }
            }
            continue;
        }
        // "A and B have worked together".
        if w == "together" {
            if let Some(a) = v.subject_org(i) {
                let list = v.list_from(a);
                if list.len() >= 2 {
                    push(out, PartnerOf, v.ments[list[0]].entity, v.ments[list[1]].entity, 0.8);
                }
            }
            continue;
        }
        // "B, A’s partner in ...".
        if w.starts_with("partner") && i >= 2 && v.poss(i - 1) == 1 {
            if let Some(a) = v.ment_at(i - 2).filter(|&a| v.ments[a].ty == Org) {
                if let Some(b) = v.prev_ment(v.ments[a].first, 2, &[Org]) {
                    push(out, PartnerOf, v.ments[a].entity, v.ments[b].entity, 0.8);
                }
            }
        }
    }
}

/// Deals stated of a list of subjects and supply: "A and B signed a partnership", "A and B
/// have struck a five-year deal", "A supplies B", "A will supply B with chips".
fn joint_deals(v: &View, out: &mut Vec<Found>) {
    for i in 0..v.low.len() {
        let w = v.w(i);
        let deal = matches!(
            w,
            "partnership"
                | "agreement"
                | "deal"
                | "alliance"
                | "pact"
                | "venture"
                | "contract"
                | "tie-up"
        );
        let supply = matches!(w, "supply" | "supplies" | "supplied");
        if !(deal || supply) || v.ment_at(i).is_some() || v.hedged(i, 6) {
            continue;
        }
        if deal {
            // "with"/"between" phrases are read by `partnership`.
            if (i + 1..(i + 4).min(v.low.len())).any(|j| v.is(j, words!["with", "between", "of"])) {
                continue;
            }
            // A signing verb shortly before, over articles and modifiers.
            let mut k = i;
            while k > 0
                && i - k < 5
                && v.ment_at(k - 1).is_none_or(|m| v.ments[m].ty == Date)
                && !v.is(
                    k - 1,
                    words![
                        "signed", "struck", "announced", "formed", "reached", "sealed", "inked",
                        "entered", "agreed", "finalised", "finalized", "completed"
                    ],
                )
                && (v.is_word(k - 1) || v.w(k - 1) == "-" || v.ment_at(k - 1).is_some())
            {
                k -= 1;
            }
            if k == 0
                || !v.is(
                    k - 1,
                    words![
                        "signed", "struck", "announced", "formed", "reached", "sealed", "inked",
                        "entered", "agreed", "finalised", "finalized", "completed"
                    ],
                )
            {
                continue;
            }
            let Some(a) = v.subject_org(k - 1) else { continue };
            let list: Vec<usize> =
                v.list_from(a).into_iter().filter(|&m| v.ments[m].last < k - 1).collect();
            let last_end = list.last().map_or(0, |&m| v.ments[m].last);
            if list.len() >= 2 && k - 1 - last_end <= 4 {
                for x in 0..list.len() {
                    for y in x + 1..list.len() {
                        push(
                            out, PartnerOf, v.ments[list[x]].entity, v.ments[list[y]].entity, 0.75,
                        );
                    }
                }
            }
        } else {
            // "A (will) supply B": the customer right after the verb.
            let Some(b) = v
                .ment_at(i + 1)
                .or_else(|| if v.w(i + 1) == "the" { v.ment_at(i + 2) } else { None })
                .filter(|&b| v.ments[b].ty == Org)
            else {
                continue;
            };
            let mut k = i;
            while k > 0
                && i - k < 3
                && v.is(
                    k - 1,
                    words![
                        "will", "would", "also", "already", "to", "has", "have", "had", "now",
                        "which", "that", ","
                    ],
                )
            {
                k -= 1;
            }
            if let Some(a) =
                k.checked_sub(1).and_then(|x| v.ment_at(x)).filter(|&a| v.ments[a].ty == Org)
            {
                push(out, PartnerOf, v.ments[a].entity, v.ments[b].entity, 0.7);
            }
        }
    }
}

/// Partners named by role: "B, one of A’s worldwide sponsors", "B, A’s main supplier",
/// "B remains its most important software partner".
fn partner_roles(v: &View, out: &mut Vec<Found>) {
    for i in 0..v.low.len() {
        if !v.is(i, words!["partner", "partners", "sponsor", "sponsors", "supplier", "suppliers"])
            || v.hedged(i, 6)
        {
            continue;
        }
        // Back over modifiers ("most important software", "worldwide") to the owner.
        let mut k = i;
        while k > 0
            && i - k < 5
            && v.ment_at(k - 1).is_none()
            && ((v.is_word(k - 1)
                && !v.cap[k - 1]
                && !v.is(k - 1, words!["its", "their", "a", "an", "the"])
                && !v.is(k - 1, &PREPOSITIONS))
                || v.w(k - 1) == "-")
        {
            k -= 1;
        }
        if k == 0 {
            continue;
        }
        let its = v.is(k - 1, words!["its", "their"]);
        let (owner, start) = if its {
            (None, k - 1)
        } else {
            let Some(pl) = (1..=2).find(|&l| k >= l && v.poss(k - l) == l) else { continue };
            let Some(a) = (k - pl)
                .checked_sub(1)
                .and_then(|x| v.ment_at(x))
                .filter(|&a| v.ments[a].ty == Org)
            else {
                continue;
            };
            (Some(v.ments[a].entity), v.ments[a].first)
        };
        // The partner before: an apposition ("B, (one of) A’s ...") or a copula subject
        // ("B remains its ...").
        let mut s = start;
        if s >= 1 && v.w(s - 1) == "the" {
            s -= 1;
        }
        if s >= 2 && v.w(s - 1) == "of" && v.w(s - 2) == "one" {
            s -= 2;
        }
        let b = if s >= 2
            && (v.w(s - 1) == "," || v.is(s - 1, words!["is", "remains", "was", "became"]))
        {
            v.ment_at(s - 2)
        } else {
            None
        };
        let Some(b) = b.filter(|&b| v.ments[b].ty == Org).map(|b| v.ments[b].entity) else {
            continue;
        };
        let a = owner.or_else(|| [v.recent, v.topic].into_iter().flatten().find(|&e| e != b));
        if let Some(a) = a {
            push(out, PartnerOf, a, b, if its { 0.6 } else { 0.75 });
        }
    }
}

/// The first ORG or PRODUCT mention from token `i` within `n` tokens, skipping what may
/// stand before a partner's name: "like"/"such as", plain lower-case words and places with
/// their possessive or "-based" ("with Finland’s Nokia", "between Hong Kong-based X").
fn partner_after(v: &View, mut i: usize, n: usize) -> Option<usize> {
    let stop = i + n;
    while i < stop && i < v.low.len() {
        match v.ment_at(i) {
            Some(m) if matches!(v.ments[m].ty, Org | Product) => return Some(m),
            Some(m) if matches!(v.ments[m].ty, Gpe | Loc | Norp) => {
                let after = v.ments[m].last + 1;
                let pl = v.poss(after);
                if pl > 0 {
                    i = after + pl;
                } else if v.w(after) == "-" && v.is(after + 1, words!["based", "headquartered"]) {
                    i = after + 2;
                } else if v.ments[m].ty == Norp {
                    i = after;
                } else {
                    return None;
                }
            }
            Some(_) => return None,
            None if v.is(i, words!["like", "such", "as", "including", "the", "a", "an", "-"])
                || (v.is_word(i) && !v.cap[i] && !v.is(i, &PREPOSITIONS)) =>
            {
                i += 1
            }
            None => return None,
        }
    }
    None
}

/// The organization `k` and the organizations listed after it, where members may carry a
/// place before them ("Belgium’s BESIX and Egypt’s Orascom", "Tbilisi-based Gurji Films and
/// the Berlin company Komplizen Film").
fn partner_list(v: &View, k: usize) -> Vec<usize> {
    let mut out = v.list_from(k);
    while let Some(&cur) = out.last() {
        let mut i = v.ments[cur].last + 1;
        if !v.is(i, words!["and", ","]) {
            break;
        }
        let joins_and = v.w(i) == "and" || v.w(i + 1) == "and";
        i += 1;
        if v.w(i) == "and" {
            i += 1;
        }
        let stop = i + 6;
        let mut next = None;
        while i < stop && i < v.low.len() {
            match v.ment_at(i) {
                Some(m) if v.ments[m].ty == Org => {
                    next = Some(m);
                    break;
                }
                Some(m) if matches!(v.ments[m].ty, Gpe | Loc | Norp) => i = v.ments[m].last + 1,
                Some(_) => break,
                None if v.poss(i) > 0
                    || v.is(i, words!["the", "a", "an", "-", "based", "headquartered"])
                    || (v.is_word(i)
                        && !v.cap[i]
                        && !v.is(i, &PREPOSITIONS)
                        && !matches!(v.w(i), "said" | "says" | "which" | "who" | "that")) =>
                {
                    i += 1
                }
                None => break,
            }
        }
        match next {
            Some(n)
                if joins_and
                    || v.w(v.ments[n].last + 1) == ","
                    || v.w(v.ments[n].last + 1) == "and" =>
            {
                out.push(n);
                out.extend(v.list_from(n).into_iter().skip(1));
            }
            _ => break,
        }
    }
    out
}

/// Rivalry: "A competes with B", "rivals B and C", "B, A’s biggest rival", "A Rival B".
fn rivalry(v: &View, out: &mut Vec<Found>) {
    for i in 0..v.low.len() {
        if !v.stem(i, RIVAL) || v.ment_at(i).is_some() || v.hedged(i, 3) {
            continue;
        }
        // "the rivalry between A and B" / "competition between A, B and C": every pair.
        if v.w(i + 1) == "between" {
            if let Some(a) = partner_after(v, i + 2, 4).filter(|&a| v.ments[a].ty == Org) {
                let list = v.list_from(a);
                for x in 0..list.len() {
                    for y in x + 1..list.len() {
                        push(
                            out, CompetitorOf, v.ments[list[x]].entity, v.ments[list[y]].entity,
                            0.8,
                        );
                    }
                }
            }
            continue;
        }
        // "A and B compete (fiercely) in ...": the listed subjects rival each other.
        if v.is(i, words!["compete", "competed", "competing"])
            && !v.is(i + 1, words!["with", "against"])
        {
            if let Some(a) = v.subject_org(i) {
                let list: Vec<usize> =
                    v.list_from(a).into_iter().filter(|&k| v.ments[k].last < i).collect();
                let last_end = list.last().map_or(0, |&k| v.ments[k].last);
                if list.len() >= 2 && i - last_end <= 3 && v.w(last_end + 1) != "," {
                    for x in 0..list.len() {
                        for y in x + 1..list.len() {
                            push(
                                out, CompetitorOf, v.ments[list[x]].entity,
                                v.ments[list[y]].entity, 0.75,
                            );
                        }
                    }
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
        let possessor = (k >= 2 && v.poss(k - 1) == 1)
            .then(|| v.ment_at(k - 2))
            .flatten()
            .filter(|&o| v.ments[o].ty == Org);
        let its = v.is(k.saturating_sub(1), words!["its", "their"]);
        let adjacent = v.ment_at(k.wrapping_sub(1)).filter(|&o| v.ments[o].ty == Org && k == i);
        let left = possessor
            .map(|o| v.ments[o].entity)
            .or_else(|| adjacent.map(|o| v.ments[o].entity))
            .or_else(|| v.subject_org(k).map(|o| v.ments[o].entity))
            .or_else(|| if its || v.org_anaphor(0, i) { v.topic } else { None })
            // "at rival Target", "dismissive of rivals such as X and Y" with no organization
            // before: the rivals are those of the organization the text is about (a pair of
            // one entity with itself is dropped later).
            .or_else(|| {
                if v.is(i, words!["rival", "rivals", "competitors"])
                    && !(0..i).any(|t| v.ment_at(t).is_some_and(|m| v.ments[m].ty == Org))
                {
                    v.recent.or(v.topic)
                } else {
                    None
                }
            });
        // The side after: a list right after the trigger ("rivals Claro and Entel",
        // "competes with X", "competitor of X", "rivals such as X").
        let mut j = i + 1;
        while j < v.low.len()
            && j < i + 5
            && v.ment_at(j).is_none()
            && v.is(
                j,
                words![
                    "with", "of", "such", "as", "like", "including", "in", "the", "market",
                    "fiercely", "head", "-", "on", "most", "directly", "is", ","
                ],
            )
        {
            j += 1;
        }
        let right = v.ment_at(j).filter(|&o| v.ments[o].ty == Org);
        // "B, its (closest) rival" / "B, A’s biggest rival": the apposition before.
        let appos = if right.is_none() && (possessor.is_some() || its) {
            let start = possessor.map_or(k.saturating_sub(1), |o| v.ments[o].first);
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
                    if back == 4 && v.ments[o].first == s - 2 {
                        v.ment_at(s - 4).filter(|&m| v.ments[m].ty == Org).unwrap_or(o)
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
                push(out, CompetitorOf, left, v.ments[k2].entity, 0.8);
            }
        } else if let Some(b) = appos {
            push(out, CompetitorOf, left, v.ments[b].entity, 0.8);
        } else if possessor.is_some() || its {
            // "A’s main rival in the market, B": the name after a comma.
            let mut j = i + 1;
            while j < v.low.len() && j < i + 6 && v.ment_at(j).is_none() && v.w(j) != "," {
                j += 1;
            }
            if v.w(j) == "," {
                if let Some(b) = v.ment_at(j + 1).filter(|&b| v.ments[b].ty == Org) {
                    push(out, CompetitorOf, left, v.ments[b].entity, 0.75);
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
fn threats(v: &View, out: &mut Vec<Found>) {
    for i in 0..v.low.len() {
        if !v.stem(i, THREATEN) || v.ment_at(i).is_some() || v.negated(i, 4) {
            continue;
        }
        // The threatened side: "C", "C’s …", "the C …" right after the verb.
        let j = if v.w(i + 1) == "the" { i + 2 } else { i + 1 };
        let Some(c) = v.ment_at(j).filter(|&c| v.ments[c].ty == Org) else { continue };
        // The subject phrase: back to a clause boundary, over lower-case words, modals,
        // hyphens and the organizations themselves.
        let mut subjects = Vec::new();
        let mut k = i;
        while k > 0 && i - k < 10 {
            k -= 1;
            if let Some(m) = v.ment_at(k) {
                if v.ments[m].ty == Org && !subjects.contains(&m) {
                    subjects.push(m);
                }
                k = v.ments[m].first;
                continue;
            }
            let w = v.w(k);
            let joins = w == "-" || w == "and";
            let plain = v.is_word(k)
                && !v.cap[k]
                && !v.is(k, &PREPOSITIONS)
                && !matches!(w, "which" | "who" | "that" | "said" | "says");
            if !joins && !plain {
                break;
            }
        }
        for s in subjects {
            push(out, CompetitorOf, v.ments[s].entity, v.ments[c].entity, 0.6);
        }
    }
}

/// Is the mention `k` a place a relation can point to?
fn is_place(v: &View, k: usize) -> bool {
    matches!(v.ments[k].ty, Gpe | Loc)
}

/// Located in: "GPE-based ORG", "ORG, a GPE-based firm", "GPE’s ORG", "ORG in GPE",
/// "City, Country", "based/headquartered in GPE".
fn location(v: &View, out: &mut Vec<Found>) {
    let located = [Org, Fac, Event, Gpe];
    for (g, gm) in v.ments.iter().enumerate() {
        if !is_place(v, g) {
            continue;
        }
        let after = gm.last + 1;
        // "GPE-based" / "GPE-headquartered".
        if v.w(after) == "-" && v.is(after + 1, words!["based", "headquartered"]) {
            // "ORG, a Menlo Park, California-based firm": the place first in a "City, Region"
            // pair takes the organization.
            let mut g0 = g;
            if gm.first >= 2 && v.w(gm.first - 1) == "," {
                if let Some(p) = v.ment_at(gm.first - 2).filter(|&p| is_place(v, p)) {
                    g0 = p;
                }
            }
            let start = v.ments[g0].first;
            let mut s = start;
            while s > 0 && v.is(s - 1, words!["a", "an", "the"]) {
                s -= 1;
            }
            let org_before = (s < start && s >= 2 && v.w(s - 1) == ",")
                .then(|| v.ment_at(s - 2))
                .flatten()
                .filter(|&o| located.contains(&v.ments[o].ty));
            // "Singapore-based crypto exchange Solvane", but not "the Shenzhen-based company
            // has overtaken Tesla": once a noun such as "company" ends the phrase, the name
            // must follow it directly.
            let org_after = v.next_ment(after + 2, 5, &[Org, Fac, Event]).filter(|&o| {
                !(after + 2..v.ments[o].first).any(|k| {
                    v.is(k, &ORG_NOUNS) && k + 1 < v.ments[o].first && !v.is(k + 1, &ORG_NOUNS)
                })
            });
            let target = org_before.or(org_after).map(|o| (v.ments[o].entity, 0.9)).or_else(|| {
                (s < start
                    && v.w(s) == "the"
                    && v.is_word(after + 2)
                    && (after + 2..after + 5).any(|k| v.is(k, &ORG_NOUNS)))
                .then(|| v.anaphor_target())
                .flatten()
                .map(|t| (t, 0.6))
            });
            if let Some((o, conf)) = target {
                push(out, LocatedIn, o, v.ments[g0].entity, conf);
            }
            continue;
        }
        // "GPE’s ORG" ("France’s TotalEnergies", "South Korea’s state-owned X").
        let pl = v.poss(after);
        if pl > 0 {
            // The descriptive phrase after the possessive ("third-largest mobile operator").
            let mut k = after + pl;
            while k < v.low.len()
                && k < after + pl + 7
                && v.ment_at(k).is_none()
                && ((v.is_word(k) && !v.cap[k]) || (v.w(k) == "-" && k > after + pl))
            {
                k += 1;
            }
            let described = k > after + pl && v.is(k - 1, &ORG_NOUNS);
            // "Solvang’s annual Danish Days festival": an event a place holds.
            if let Some(o) = v.next_ment(after + pl, 4, &[Org, Fac, Event]) {
                push(out, LocatedIn, v.ments[o].entity, gm.entity, 0.8);
                // "ORG, GPE’s largest bank": the organization in apposition before.
            } else if gm.first >= 2
                && v.w(gm.first - 1) == ","
                && v.ment_at(gm.first - 2).is_some_and(|o| v.ments[o].ty == Org)
            {
                if described {
                    if let Some(o) = v.ment_at(gm.first - 2) {
                        push(out, LocatedIn, v.ments[o].entity, gm.entity, 0.75);
                    }
                }
            } else if k > after + pl
                && v.w(k) == ","
                && (described
                    || v.is(
                        k - 1,
                        words![
                            "supervisor", "watchdog", "institute", "authority", "university",
                            "association"
                        ],
                    ))
            {
                // "Brazil’s largest media group, Grupo Globo", "France’s banking supervisor,
                // the ACPR": the organization in apposition after.
                let mut j = k + 1;
                if v.w(j) == "the" {
                    j += 1;
                }
                if let Some(o) = v.ment_at(j).filter(|&o| v.ments[o].ty == Org) {
                    push(out, LocatedIn, v.ments[o].entity, gm.entity, 0.75);
                }
            }
            continue;
        }
        // "the Berlin company Komplizen Film", "Paris Start-Up Lumière AI"; with no name
        // after, "The London club" describes the organization the text is about.
        if v.is(after, &ORG_NOUNS) {
            let end = if v.w(after) == "start" && v.w(after + 1) == "-" && v.w(after + 2) == "up" {
                after + 3
            } else {
                after + 1
            };
            if let Some(o) = v.ment_at(end).filter(|&o| v.ments[o].ty == Org) {
                push(out, LocatedIn, v.ments[o].entity, gm.entity, 0.7);
            } else if gm.first >= 1
                && v.w(gm.first - 1) == "the"
                && v.ment_at(end).is_none()
                && !v.is(end, &ORG_NOUNS)
                && v.w(end) != "-"
                && v.poss(end) == 0
            {
                if let Some(t) = v.anaphor_target() {
                    push(out, LocatedIn, t, gm.entity, 0.55);
                }
            }
        }
        // "X in GPE" right after an organization, facility or event; a compass word may
        // come between ("Tuas Port in western Singapore"), and an alias in brackets before
        // ("the Getulio Vargas Foundation (FGV) in Rio de Janeiro").
        let compass = gm.first >= 3
            && v.is(
                gm.first - 1,
                words![
                    "western", "eastern", "northern", "southern", "central", "north", "south",
                    "east", "west", "northwestern", "northeastern", "southwestern", "southeastern"
                ],
            )
            && v.w(gm.first - 2) == "in";
        let in_at = if compass { gm.first - 2 } else { gm.first.saturating_sub(1) };
        if in_at >= 1 && v.w(in_at) == "in" {
            let mut hk = in_at - 1;
            if v.w(hk) == ")" && hk >= 3 && v.w(hk - 2) == "(" {
                hk -= 3;
            }
            if let Some(h) =
                v.ment_at(hk).filter(|&h| matches!(v.ments[h].ty, Org | Fac | Event | Gpe))
            {
                // "at Rystad Energy in Oslo" is fine; "Intel in Hillsboro" after "by" is a
                // plant, not a seat: skip organizations introduced by "by".
                let hm = v.ments[h];
                let by = hm.first > 0 && v.w(hm.first - 1) == "by";
                if !(hm.ty == Org && by) {
                    let conf = match hm.ty {
                        Org => 0.65,
                        // "Joliet in Illinois": a place in a place, but "from X in Y" in
                        // travel wording is weaker.
                        Gpe => 0.6,
                        _ => 0.8,
                    };
                    push(out, LocatedIn, hm.entity, gm.entity, conf);
                }
            }
            // "based/headquartered in GPE" with the subject before.
            if v.is(gm.first.saturating_sub(2), words!["based", "headquartered", "headquarters"]) {
                let h = v
                    .prev_ment(gm.first - 2, 16, &[Org])
                    .map(|o| v.ments[o].entity)
                    .or(v.recent)
                    .or(v.topic);
                if let Some(h) = h {
                    push(out, LocatedIn, h, gm.entity, 0.8);
                }
            }
        }
        if gm.first >= 2 && v.w(gm.first - 1) == "to" && v.w(gm.first - 2) == "headquarters" {
            if let Some(h) = v.prev_ment(gm.first - 2, 8, &[Org]) {
                push(out, LocatedIn, v.ments[h].entity, gm.entity, 0.75);
            }
        }
        // "City, Region" ("Joliet, Illinois", "COLUMBUS, Ohio —"), not a list of places.
        if v.w(after) == "," {
            if let Some(n) = v.ment_at(after + 1).filter(|&n| is_place(v, n)) {
                let list_before = gm.first >= 1
                    && (v.is(gm.first - 1, words!["and", "or"])
                        || (v.w(gm.first - 1) == ","
                            && gm.first >= 2
                            && v.ment_at(gm.first - 2).is_some_and(|p| is_place(v, p))
                            && !chain_ok(v, g)));
                if !list_before && chain_ok(v, g) {
                    push(out, LocatedIn, gm.entity, v.ments[n].entity, 0.8);
                }
            }
        }
    }
}

/// Located in through an apposition: "re:Invent, the company’s annual conference in Las
/// Vegas", "the Fulfillment Center, a 1.2-million-square-foot warehouse in Joliet", "ADIPEC,
/// the energy exhibition that opened in Abu Dhabi".
fn appositive_location(v: &View, out: &mut Vec<Found>) {
    for (h, hm) in v.ments.iter().enumerate() {
        if !matches!(hm.ty, Fac | Event | Org)
            || v.w(hm.last + 1) != ","
            || !v.is(hm.last + 2, words!["the", "a", "an"])
        {
            continue;
        }
        let mut k = hm.last + 3;
        let stop = k + 9;
        let mut words = 0;
        while k < stop && k < v.low.len() && v.ment_at(k).is_none() {
            let w = v.w(k);
            let numeric = w.chars().next().is_some_and(|c| c.is_ascii_digit());
            if v.is_word(k)
                && !v.cap[k]
                && !v.is(k, &PREPOSITIONS)
                && !matches!(w, "that" | "which" | "who" | "said" | "says")
            {
                words += 1;
            } else if !(w == "-" || numeric || v.poss(k) > 0) {
                break;
            }
            k += 1;
        }
        // "that opened in", "which is held in".
        if words > 0 && v.is(k, words!["that", "which"]) {
            let mut j = k + 1;
            while j < k + 3
                && v.is(
                    j,
                    words![
                        "opened", "is", "was", "held", "takes", "took", "place", "located", "based"
                    ],
                )
            {
                j += 1;
            }
            if j > k + 1 {
                k = j;
            }
        }
        if words == 0 || v.w(k) != "in" || v.is(k - 1, &ROLES) {
            continue;
        }
        let mut g = k + 1;
        if v.is(g, words!["western", "eastern", "northern", "southern", "central"]) {
            g += 1;
        }
        if let Some(p) = v.ment_at(g).filter(|&p| is_place(v, p)) {
            push(out, LocatedIn, hm.entity, v.ments[p].entity, 0.65);
        }
        let _ = h;
    }
}

/// Is the run of places "A, B(, C)" starting at mention `g` a chain of ever larger places
/// rather than a list (a list ends with "and"/"or" before its last member)?
fn chain_ok(v: &View, g: usize) -> bool {
    // Count from the start of the run of comma-joined places that `g` belongs to.
    let mut cur = g;
    while v.ments[cur].first >= 2 && v.w(v.ments[cur].first - 1) == "," {
        match v.ment_at(v.ments[cur].first - 2).filter(|&p| is_place(v, p)) {
            Some(p) => cur = p,
            None => break,
        }
    }
    let mut run = 1;
    loop {
        let after = v.ments[cur].last + 1;
        // A list ends with "and"/"or" before its last member; "Lusby, Maryland, and from
        // other sites" is still a chain, since no place follows the conjunction.
        let conj = if v.is(after, words!["and", "or"]) {
            Some(after + 1)
        } else if v.w(after) == "," && v.is(after + 1, words!["and", "or"]) {
            Some(after + 2)
        } else {
            None
        };
        // A run of three or more places before a conjunction is a list ("Lviv, Lutsk,
        // Rivne, and other cities") even when no place follows; two are a chain.
        if let Some(c) = conj {
            let place_next = (c..c + 2).any(|i| v.ment_at(i).is_some_and(|n| is_place(v, n)));
            return !place_next && run == 2;
        }
        if v.w(after) == "," {
            if let Some(n) = v.ment_at(after + 1).filter(|&n| is_place(v, n)) {
                cur = n;
                run += 1;
                continue;
            }
        }
        return true;
    }
}

/// Product of: "ORG’s PRODUCT", "ORG PRODUCT", "PRODUCT, made/run/issued by ORG", "ORG,
/// which makes PRODUCT", "ORG, whose PRODUCT", "its PRODUCT" with an ORG subject.
fn products(v: &View, out: &mut Vec<Found>) {
    for (p, pm) in v.ments.iter().enumerate() {
        if pm.ty != Product {
            continue;
        }
        let before = pm.first;
        // Walk back over small words ("Samsung's own Bixby", "Nvidia’s H200 chips").
        // Hyphenated modifiers count as words ("its heart-failure drug Entresto").
        let mut k = before;
        while k > 0
            && v.ment_at(k - 1).is_none()
            && before - k < 5
            && ((v.is_word(k - 1)
                && !v.cap[k - 1]
                && !v.is(k - 1, &PREPOSITIONS)
                && !matches!(v.w(k - 1), "its" | "their" | "whose"))
                || (v.w(k - 1) == "-" && k >= 2 && v.is_word(k - 2) && k < before))
        {
            k -= 1;
        }
        let pl =
            if k >= 1 { (1..=2).find(|&l| k >= l && v.poss(k - l) == l).unwrap_or(0) } else { 0 };
        if pl > 0 {
            if let Some(o) =
                (k - pl).checked_sub(1).and_then(|i| v.ment_at(i)).filter(|&o| v.ments[o].ty == Org)
            {
                push(out, ProductOf, pm.entity, v.ments[o].entity, 0.85);
                continue;
            }
        }
        // "ORG PRODUCT" with nothing between ("Tecnifibre Tempo 298 Iga").
        if before >= 1 {
            if let Some(o) = v.ment_at(before - 1).filter(|&o| v.ments[o].ty == Org) {
                push(out, ProductOf, pm.entity, v.ments[o].entity, 0.7);
                continue;
            }
        }
        // "its PRODUCT" / "whose PRODUCT" → the organization the clause is about.
        if k >= 1 && v.is(k - 1, words!["its", "whose"]) {
            let whose = v.w(k - 1) == "whose";
            let org = if whose {
                (k >= 3 && v.w(k - 2) == ",")
                    .then(|| v.ment_at(k - 3))
                    .flatten()
                    .filter(|&o| v.ments[o].ty == Org)
                    .map(|o| v.ments[o].entity)
            } else {
                its_org(v, k - 1)
            };
            if let Some(o) = org {
                push(out, ProductOf, pm.entity, o, if whose { 0.8 } else { 0.55 });
                continue;
            }
        }
        // Appositions with an owner: "Lumière’s flagship model, Lumen-2", "its newest model,
        // the Twinscan EXE:5000", "DynamoDB, the company’s database service".
        if let Some((o, conf)) = appositive_owner(v, pm.first, pm.last) {
            push(out, ProductOf, pm.entity, o, conf);
            continue;
        }
        // "Gemini from Google", "H200 chips from Nvidia"; not "moved to Azure from AWS",
        // where "from" names what was left.
        {
            let mut j = pm.last + 1;
            if v.is_word(j) && !v.cap[j] && !v.is(j, &PREPOSITIONS) {
                j += 1;
            }
            let moved = before >= 1 && v.is(before - 1, words!["to", "into", "onto"]);
            if v.w(j) == "from" && !moved && !v.hedged(before, 3) {
                if let Some(o) = v.ment_at(j + 1).filter(|&o| v.ments[o].ty == Org) {
                    push(out, ProductOf, pm.entity, v.ments[o].entity, 0.7);
                    continue;
                }
            }
        }
        // "ChatGPT maker OpenAI", "Fortnite developer Epic Games".
        if v.is(pm.last + 1, &MAKER_NOUNS) {
            if let Some(o) = v.ment_at(pm.last + 2).filter(|&o| v.ments[o].ty == Org) {
                push(out, ProductOf, pm.entity, v.ments[o].entity, 0.8);
                continue;
            }
        }
        // "ORG, the (Polish) studio behind (the hit) PRODUCT" / "ORG, the maker of PRODUCT".
        if let Some(o) = maker_phrase_before(v, pm.first) {
            push(out, ProductOf, pm.entity, o, 0.75);
            continue;
        }
        // "PRODUCT, the ... made/run/issued by ORG" / "PRODUCT, issued by the exchange".
        let mut j = pm.last + 1;
        while j < v.low.len()
            && j < pm.last + 9
            && v.ment_at(j).is_none()
            && !(v.is(j, &MAKES) && v.w(j + 1) == "by")
        {
            j += 1;
        }
        if v.is(j, &MAKES) && v.w(j + 1) == "by" && !v.hedged(j, 3) {
            if let Some(o) = v.next_ment(j + 2, 4, &[Org]) {
                push(out, ProductOf, pm.entity, v.ments[o].entity, 0.8);
                continue;
            }
            if v.w(j + 2) == "the" && v.is(j + 3, &ORG_NOUNS) {
                if let Some(t) = v.topic {
                    push(out, ProductOf, pm.entity, t, 0.55);
                    continue;
                }
            }
        }
        // "ORG, which makes PRODUCT" / "OpenAI released ChatGPT" / "a robot called Porter".
        // "a wheeled robot called Porter": the naming word is not the making verb; look on
        // for the verb before it ("Tandem sells a ... robot called Porter"). Products in a
        // list share the verb ("is recalling Atlas and Atlas Cross Sport").
        let mut k = before;
        let mut named = false;
        while k > 0
            && before - k < 10
            && (v.ment_at(k - 1).is_none()
                || (v.ments[v.ment_at(k - 1).unwrap_or(0)].ty == Product
                    && v.ment_at(k - 1) != Some(p)))
            && !(v.is(k - 1, &MAKES) && (named || !v.is(k - 1, words!["called", "named"])))
        {
            if v.is(k - 1, words!["called", "named"]) {
                named = true;
            }
            if before - k >= 6 && !named {
                break;
            }
            k -= 1;
        }
        if k >= 1 && v.is(k - 1, &MAKES) && !v.hedged(k - 1, 3) {
            let verb = k - 1;
            let mut s = verb;
            while s > 0
                && v.ment_at(s - 1).is_none()
                && verb - s < 4
                && v.is(
                    s - 1,
                    words![
                        "which", "that", ",", "also", "now", "has", "have", "had", "who", "to",
                        "will", "it", "is", "are", "was", "were", "been"
                    ],
                )
            {
                s -= 1;
            }
            if let Some(o) =
                s.checked_sub(1).and_then(|i| v.ment_at(i)).filter(|&o| v.ments[o].ty == Org)
            {
                push(out, ProductOf, pm.entity, v.ments[o].entity, 0.75);
            }
        }
        let _ = p;
    }
}

/// The organization "its" at token `i` points to: the clause subject before it, else the
/// previous sentence's subject ("Coinbase has leaned into it. Its Base network ..."), else
/// the article's topic.
fn its_org(v: &View, i: usize) -> Option<EntityId> {
    v.subject_org(i).map(|o| v.ments[o].entity).or(v.recent).or(v.topic)
}

/// An owner phrase ending right before token `end` (exclusive): "ORG’s", "its", "the
/// company’s". Returns the owner and the start of the phrase.
fn owner_phrase(v: &View, end: usize) -> Option<(EntityId, usize, f32)> {
    if end == 0 {
        return None;
    }
    if v.w(end - 1) == "its" {
        return its_org(v, end - 1).map(|o| (o, end - 1, 0.65));
    }
    let pl = (1..=2).find(|&l| end >= l && v.poss(end - l) == l)?;
    let at = (end - pl).checked_sub(1)?;
    if let Some(o) = v.ment_at(at).filter(|&o| v.ments[o].ty == Org) {
        return Some((v.ments[o].entity, v.ments[o].first, 0.8));
    }
    if at >= 1 && v.is(at, &ORG_NOUNS) && v.w(at - 1) == "the" {
        return v.anaphor_target().map(|o| (o, at - 1, 0.6));
    }
    None
}

/// Is `range` a plain lower-case noun phrase (modifiers and hyphens, "of" inside), ending in
/// a noun that is not a role (so "X, Microsoft’s chief executive" is not read as a product)?
fn plain_phrase(v: &View, range: std::ops::Range<usize>) -> bool {
    let last = range.end.checked_sub(1);
    !range.is_empty()
        && range.clone().all(|i| {
            v.ment_at(i).is_none()
                && ((v.is_word(i)
                    && !v.cap[i]
                    && !matches!(
                        v.w(i),
                        "who" | "which" | "that" | "and" | "or" | "said" | "says"
                    ))
                    || v.w(i) == "-")
        })
        && last.is_some_and(|l| v.is_word(l) && !v.is(l, &ROLES))
}

/// "ORG’s flagship model, PRODUCT" (the owner phrase before) or "PRODUCT, ORG’s own-label
/// range" (after): an apposition naming the product's owner.
fn appositive_owner(v: &View, first: usize, last: usize) -> Option<(EntityId, f32)> {
    // Before: "... model, (the) PRODUCT".
    let mut c = first;
    if c >= 1 && v.w(c - 1) == "the" {
        c -= 1;
    }
    if c >= 3 && v.w(c - 1) == "," {
        let end = c - 1;
        let mut s = end;
        while s > 0
            && end - s < 6
            && v.ment_at(s - 1).is_none()
            && ((v.is_word(s - 1) && !v.cap[s - 1] && v.w(s - 1) != "its") || v.w(s - 1) == "-")
        {
            s -= 1;
        }
        if s < end && plain_phrase(v, s..end) {
            if let Some((o, _, conf)) = owner_phrase(v, s) {
                return Some((o, conf));
            }
        }
    }
    // After: "PRODUCT, (the|a) ORG’s noun phrase" ending at a comma, a full stop or the end.
    if v.w(last + 1) == "," {
        let mut s = last + 2;
        let start = s;
        // The owner phrase is "ORG ’s", "its" or "the company ’s".
        let owner = if v.w(s) == "its" {
            s += 1;
            its_org(v, start).map(|o| (o, 0.65))
        } else if let Some(o) = v.ment_at(s).filter(|&o| v.ments[o].ty == Org) {
            let pl = v.poss(v.ments[o].last + 1);
            s = v.ments[o].last + 1 + pl;
            (pl > 0).then_some((v.ments[o].entity, 0.8))
        } else if v.w(s) == "the" && v.is(s + 1, &ORG_NOUNS) && v.poss(s + 2) > 0 {
            s += 2 + v.poss(s + 2);
            v.anaphor_target().map(|o| (o, 0.6))
        } else {
            None
        };
        let (o, conf) = owner?;
        let mut e = s;
        while e < v.low.len()
            && e < s + 6
            && v.ment_at(e).is_none()
            && (v.is_word(e) || v.w(e) == "-")
            && !matches!(v.w(e), "of" | "that" | "which" | "who")
        {
            e += 1;
        }
        let closes = e >= v.low.len() || matches!(v.w(e), "," | "." | ";" | ")" | "of");
        if e > s && closes && plain_phrase(v, s..e) {
            return Some((o, conf));
        }
    }
    None
}

/// "ORG, the (Polish) studio behind (the hit) PRODUCT", "ORG, the maker of PRODUCT": the
/// organization in apposition before a maker phrase that ends at the product.
fn maker_phrase_before(v: &View, first: usize) -> Option<EntityId> {
    // Walk back from the product over modifiers to "behind" or "maker of".
    let mut k = first;
    while k > 0
        && first - k < 5
        && v.ment_at(k - 1).is_none()
        && ((v.is_word(k - 1) && !v.cap[k - 1] && !v.is(k - 1, words!["behind", "of"]))
            || v.w(k - 1) == "-")
    {
        k -= 1;
    }
    let trig = k.checked_sub(1)?;
    let ok =
        v.w(trig) == "behind" || (v.w(trig) == "of" && trig >= 1 && v.is(trig - 1, &MAKER_NOUNS));
    if !ok || v.hedged(trig, 3) {
        return None;
    }
    // Back over "the Polish studio" / "the maker" to a comma and the organization.
    let mut s = if v.w(trig) == "of" { trig - 1 } else { trig };
    while s > 0
        && trig - s < 6
        && (v.ment_at(s - 1).is_none_or(|m| matches!(v.ments[m].ty, Norp | Gpe))
            && v.w(s - 1) != ",")
    {
        s -= 1;
    }
    // The apposition is a plain noun phrase ("the Polish studio"), not a clause ("which
    // could be the studio").
    let noun_phrase = v.is(s, words!["the", "a", "an"]) || v.is(s, &MAKER_NOUNS);
    if s >= 2 && v.w(s - 1) == "," && noun_phrase && !v.hedged(trig, trig - s + 1) {
        return v.ment_at(s - 2).filter(|&o| v.ments[o].ty == Org).map(|o| v.ments[o].entity);
    }
    None
}

/// Participant in: a person (or an organization acting) in a sentence that says someone
/// spoke at, attended, presented at or played in a named event.
fn participation(v: &View, out: &mut Vec<Found>) {
    for (e, em) in v.ments.iter().enumerate() {
        if em.ty != Event {
            continue;
        }
        let intro =
            (em.first.saturating_sub(4)..em.first).any(|k| v.is(k, words!["at", "of", "in", "to"]));
        let verbs = (0..v.low.len()).any(|k| v.is(k, &PARTICIPATE) && !v.hedged(k, 3));
        if !intro || !verbs {
            continue;
        }
        // The acting person: the first person in the sentence, not introduced by "for",
        // "with" or "by".
        let person = v.ments.iter().find(|m| {
            m.ty == Person
                && !(m.first > 0 && v.is(m.first - 1, words!["by", "with", "for", "against", "to"]))
        });
        if let Some(pm) = person {
            push(out, ParticipantIn, pm.entity, em.entity, 0.65);
        } else if let Some(o) = v
            .ments
            .iter()
            .find(|m| m.ty == Org && m.first < em.first && v.is(m.last + 1, &PARTICIPATE))
        {
            push(out, ParticipantIn, o.entity, em.entity, 0.6);
        }
        let _ = e;
    }
}

/// Facts read off names across the article: a product whose name starts with an
/// organization's name is that organization's ("Microsoft Azure" → Microsoft).
///
/// Places inside names ("Bucharest Stock Exchange") are deliberately not read as locations:
/// annotators mark them only sometimes, and a seat is not always where the name says.
pub(crate) fn from_names(
    text: &str,
    sentences: &[Sentence],
    analysis: &Analysis,
) -> Vec<(Found, Span)> {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let forms = |id: EntityId| -> Vec<Vec<String>> {
        let Some(e) = analysis.entities.get(id.0 as usize) else { return Vec::new() };
        let mut out: Vec<Vec<String>> = Vec::new();
        for &m in &e.mentions {
            if let Some(mm) = analysis.mentions.get(m.0 as usize) {
                let w = words(text.get(mm.span.start..mm.span.end).unwrap_or(""));
                if !w.is_empty() && !out.contains(&w) {
                    out.push(w);
                }
            }
        }
        out
    };
    let sentence_of = |id: EntityId, other: Option<EntityId>| -> Option<Span> {
        let spans: Vec<Span> =
            analysis.mentions.iter().filter(|m| m.entity == id).map(|m| m.span).collect();
        let with_other = other.and_then(|o| {
            let os: Vec<Span> =
                analysis.mentions.iter().filter(|m| m.entity == o).map(|m| m.span).collect();
            sentences
                .iter()
                .find(|s| {
                    spans.iter().any(|&x| s.span.contains(x))
                        && os.iter().any(|&x| s.span.contains(x))
                })
                .map(|s| s.span)
        });
        with_other.or_else(|| {
            sentences.iter().find(|s| spans.iter().any(|&x| s.span.contains(x))).map(|s| s.span)
        })
    };
    let mut out = Vec::new();
    let ents = &analysis.entities;
    for p in ents.iter().filter(|e| e.ty == Product) {
        let pforms = forms(p.id);
        let mut best: Option<(usize, EntityId)> = None;
        for o in ents.iter().filter(|e| e.ty == Org) {
            for of in forms(o.id) {
                if pforms.iter().any(|pf| pf.len() > of.len() && pf.starts_with(&of))
                    && best.is_none_or(|(n, _)| of.len() > n)
                {
                    best = Some((of.len(), o.id));
                }
            }
        }
        if let Some((_, o)) = best {
            if let Some(ev) = sentence_of(p.id, Some(o)) {
                out.push((Found { ty: ProductOf, head: p.id, tail: o, conf: 0.8 }, ev));
            }
        }
    }
    out
}
