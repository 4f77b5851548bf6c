//! Located in: "GPE-based ORG", "ORG, a GPE-based firm", "GPE’s ORG", "ORG in GPE",
//! "City, Country", "based/headquartered in GPE", and appositions ("re:Invent, the company’s
//! annual conference in Las Vegas").

use super::view::{Findings, View};
use crate::engine::lexicon::names::*;
use crate::engine::lexicon::relations::*;
use crate::engine::text::words;
use crate::engine::types::{EntityType, RelationType};
use EntityType::*;
use RelationType::*;

/// The kinds of places a place is said to be in apposition ("X, the capital of Y").
const PLACE_KINDS: &crate::engine::text::Words =
    words!["capital", "city", "town", "village", "port", "province", "state", "region", "suburb"];

/// Is the mention `k` a place a relation can point to?
fn is_place(v: &View, k: usize) -> bool {
    matches!(v.ty(k), Gpe | Loc)
}

/// Located in: "GPE-based ORG", "ORG, a GPE-based firm", "GPE’s ORG", "ORG in GPE",
/// "City, Country", "based/headquartered in GPE".
pub(super) fn location(v: &View, out: &mut Findings) {
    for (g, gm) in v.ments.iter().enumerate() {
        if !is_place(v, g) {
            continue;
        }
        let after = gm.last + 1;
        // "GPE-based" / "GPE-headquartered" / "GPE-registered" (the seat of a company).
        if v.w(after) == "-"
            && v.is(after + 1, words!["based", "headquartered", "registered", "incorporated"])
        {
            // "ORG, a Menlo Park, California-based firm": the place first in a "City, Region"
            // pair takes the organization.
            let mut g0 = g;
            if gm.first >= 2 && v.w(gm.first - 1) == "," {
                if let Some(p) = v.ment_at(gm.first - 2).filter(|&p| is_place(v, p)) {
                    g0 = p;
                }
            }
            let start = v.m(g0).first;
            let mut s = start;
            while s > 0 && v.is(s - 1, words!["a", "an", "the"]) {
                s -= 1;
            }
            // The name in apposition before, its short name in brackets aside ("the
            // European Centre for Disease Prevention and Control (ECDC), the Stockholm-based
            // EU agency"); a place there is no seat ("partner in Ghana, the Kumasi-based X").
            let org_before = (s < start && s >= 2 && v.w(s - 1) == ",")
                .then(|| v.before_alias(s - 1).and_then(|k| v.ment_at(k)))
                .flatten()
                .filter(|&o| matches!(v.ty(o), Org | Fac | Event));
            // "Singapore-based crypto exchange Solvane", but not "the Shenzhen-based company
            // has overtaken Tesla": once a noun such as "company" ends the phrase, the name
            // must follow it directly; nor a name that only qualifies the noun after it
            // ("the Stockholm-based EU agency").
            let org_after = v.next_ment(after + 2, 5, &[Org, Fac, Event]).filter(|&o| {
                !(after + 2..v.m(o).first).any(|k| {
                    v.is(k, &ORG_NOUNS) && k + 1 < v.m(o).first && !v.is(k + 1, &ORG_NOUNS)
                }) && !v.is(v.m(o).last + 1, &ORG_NOUNS)
            });
            let target = org_before.or(org_after).map(|o| (v.entity(o), 0.9)).or_else(|| {
                (s < start
                    && v.w(s) == "the"
                    && v.is_word(after + 2)
                    && (after + 2..after + 5).any(|k| v.is(k, &ORG_NOUNS)))
                .then(|| v.anaphor_target())
                .flatten()
                .map(|t| (t, 0.6))
            });
            if let Some((o, conf)) = target {
                out.push(LocatedIn, o, v.entity(g0), conf);
            }
            continue;
        }
        // "GPE’s ORG" ("France’s TotalEnergies", "South Korea’s state-owned X").
        let pl = v.poss(after);
        if pl > 0 {
            // The descriptive phrase after the possessive ("third-largest mobile operator").
            let mut k = after + pl;
            while k < v.len()
                && k < after + pl + 7
                && v.ment_at(k).is_none()
                && ((v.is_word(k) && !v.is_cap(k)) || (v.w(k) == "-" && k > after + pl))
            {
                k += 1;
            }
            let described = k > after + pl
                && (v.is(k - 1, &ORG_NOUNS)
                    || v.is(
                        k - 1,
                        words![
                            "supervisor", "watchdog", "institute", "authority", "university",
                            "association"
                        ],
                    ));
            // "Solvang’s annual Danish Days festival": an event a place holds.
            if let Some(o) = v.next_ment(after + pl, 4, &[Org, Fac, Event]) {
                out.push(LocatedIn, v.entity(o), gm.entity, 0.8);
            } else if let Some(p) = v
                .next_ment(after + pl, 3, &[Gpe])
                .filter(|&p| (after + pl..v.m(p).first).all(|j| v.plain_in_phrase(j)))
            {
                // "Sweden’s capital Stockholm", "Chile’s Punta Arenas": a place in the place.
                out.push(LocatedIn, v.entity(p), gm.entity, 0.75);
                // "ORG, GPE’s largest bank": the organization in apposition before.
            } else if let Some(o) = (gm.first >= 2 && v.w(gm.first - 1) == ",")
                .then(|| v.before_alias(gm.first - 1).and_then(|b| v.ment_of(b, Org)))
                .flatten()
            {
                // Its short name in brackets may come between ("the Instituto Nacional de
                // Derechos Humanos (INDH), Chile’s state human rights watchdog").
                if described {
                    out.push(LocatedIn, v.entity(o), gm.entity, 0.75);
                }
            } else if k > after + pl && v.w(k) == "," && described {
                // "Brazil’s largest media group, Grupo Globo", "France’s banking supervisor,
                // the ACPR": the organization in apposition after.
                let mut j = k + 1;
                if v.w(j) == "the" {
                    j += 1;
                }
                if let Some(o) = v.ment_of(j, Org) {
                    out.push(LocatedIn, v.entity(o), gm.entity, 0.75);
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
            if let Some(o) = v.ment_of(end, Org).or_else(|| described_by_place(v, g)) {
                out.push(LocatedIn, v.entity(o), gm.entity, 0.7);
            } else if gm.first >= 1
                && v.w(gm.first - 1) == "the"
                && v.ment_at(end).is_none()
                && !v.is(end, &ORG_NOUNS)
                && v.w(end) != "-"
                && v.poss(end) == 0
            {
                if let Some(t) = v.anaphor_target() {
                    out.push(LocatedIn, t, gm.entity, 0.55);
                }
            }
        } else if let Some(o) = described_by_place(v, g) {
            out.push(LocatedIn, v.entity(o), gm.entity, 0.7);
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
        let in_at = if compass {
            gm.first - 2
        } else {
            seat_by_kind(v, gm.first).unwrap_or(gm.first.saturating_sub(1))
        };
        if in_at >= 1 && v.w(in_at) == "in" {
            // Past the kind of organization it is ("First Union bank in Philadelphia").
            let h = v.before_alias(in_at).and_then(|k| v.ment_at(k)).or_else(|| {
                (in_at >= 2 && v.is(in_at - 1, &ORG_NOUNS))
                    .then(|| v.ment_of(in_at - 2, Org))
                    .flatten()
            });
            if let Some(h) = h.filter(|&h| matches!(v.ty(h), Org | Fac | Event | Gpe)) {
                // "at Rystad Energy in Oslo" is fine; "Intel in Hillsboro" after "by" is a
                // plant, not a seat: skip organizations introduced by "by".
                let hm = v.m(h);
                let by = hm.first > 0 && v.w(hm.first - 1) == "by";
                if !(hm.ty == Org && by) {
                    let conf = match hm.ty {
                        Org => 0.65,
                        // "Joliet in Illinois": a place in a place, but "from X in Y" in
                        // travel wording is weaker.
                        Gpe => 0.6,
                        _ => 0.8,
                    };
                    out.push(LocatedIn, hm.entity, gm.entity, conf);
                }
            }
            // "based/headquartered in GPE" with the subject before; "its head office in".
            let head_office = v.w(in_at - 1) == "office" && in_at >= 2 && v.w(in_at - 2) == "head";
            if head_office || v.is(in_at - 1, words!["based", "headquartered", "headquarters"]) {
                let h = v
                    .prev_ment(in_at - 1, 16, &[Org])
                    .map(|o| v.entity(o))
                    .or(v.recent)
                    .or(v.topic);
                if let Some(h) = h {
                    out.push(LocatedIn, h, gm.entity, 0.8);
                }
            }
        }
        // "the Guangdong province of China", "the Pudu district of Kuala Lumpur": a region
        // named with its kind, in the place after "of". Not "state": "the U.S. state of
        // Oregon" names the larger place first.
        if gm.first >= 1
            && v.w(gm.first - 1) == "the"
            && v.is(after, words!["province", "region", "county", "district"])
            && v.w(after + 1) == "of"
        {
            if let Some(n) = v.ment_at(after + 2).filter(|&n| v.ty(n) == Gpe) {
                out.push(LocatedIn, gm.entity, v.entity(n), 0.75);
            }
        }
        // "Red Star (Yugoslavia)", "Karlsruhe of Germany": a club's or firm's country or
        // city right after its name.
        if gm.first >= 2
            && (v.w(gm.first - 1) == "of" || (v.w(gm.first - 1) == "(" && v.w(after) == ")"))
        {
            if let Some(o) = v.ment_of(gm.first - 2, Org) {
                out.push(LocatedIn, v.entity(o), gm.entity, 0.7);
            }
        }
        if gm.first >= 2 && v.w(gm.first - 1) == "to" && v.w(gm.first - 2) == "headquarters" {
            if let Some(h) = v.prev_ment(gm.first - 2, 8, &[Org]) {
                out.push(LocatedIn, v.entity(h), gm.entity, 0.75);
            }
        }
        // "ORG, City" closing a line or a bracket ("PAYING AGENT: Michigan National Bank,
        // Detroit", "(at Lord's, London)"): where it is. Not inside a list ("Acme, Paris
        // and Velt"), nor before anything else ("Acme, Paris's biggest bank").
        if gm.first >= 2 && v.w(gm.first - 1) == "," {
            let closes = matches!(v.w(after), ")" | "." | ";" | "—" | "")
                || after >= v.len()
                || (v.w(after) == "," && v.ment_at(after + 1).is_some_and(|n| is_place(v, n)));
            let listed = |k: usize| v.is(k, words!["and", "or", ","]);
            if let Some(o) = v.ment_at(gm.first - 2).filter(|&o| matches!(v.ty(o), Org | Fac)) {
                let om = v.m(o);
                if closes && om.last == gm.first - 2 && (om.first == 0 || !listed(om.first - 1)) {
                    out.push(LocatedIn, om.entity, gm.entity, 0.65);
                }
            }
        }
        // "Belo Horizonte, the capital of Minas Gerais", "Kumasi, a city in Ghana".
        if v.w(after) == "," && v.is(after + 1, words!["the", "a"]) {
            let mut k = after + 2;
            while k < after + 5 && v.plain_in_phrase(k) && !v.is(k, PLACE_KINDS) {
                k += 1;
            }
            if v.is(k, PLACE_KINDS) && v.is(k + 1, words!["of", "in"]) {
                let at = if v.w(k + 2) == "the" { k + 3 } else { k + 2 };
                if let Some(n) = v.ment_at(at).filter(|&n| is_place(v, n) && n != g) {
                    out.push(LocatedIn, gm.entity, v.entity(n), 0.75);
                }
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
                    out.push(LocatedIn, gm.entity, v.entity(n), 0.8);
                }
            }
        }
    }
}

/// A description led by a place, with lower-case words between the place and its company
/// noun ("the Seoul research firm", "the Abu Dhabi clean-energy company"), names its
/// organization right after it ("the Seoul research firm SNE Research") or in apposition
/// before it ("Masdar, the Abu Dhabi clean-energy company"): that organization, for the
/// place mention `g`. Only a description opened by "the" or "a", so that a place in a
/// longer phrase ("its Paris research firm", "in Seoul research firms say") is no seat; the
/// noun must end the description (not "the Seoul research firm's analysts" with a name
/// after).
fn described_by_place(v: &View, g: usize) -> Option<usize> {
    let gm = v.m(g);
    let first = gm.first;
    if first == 0 || !v.is(first - 1, words!["the", "a", "an"]) {
        return None;
    }
    let after = gm.last + 1;
    let mut k = after;
    while k < after + 3 && (v.plain_in_phrase(k) || (k > after && v.w(k) == "-")) {
        if v.is(k, &ORG_NOUNS) {
            break;
        }
        k += 1;
    }
    // The last of a run of such nouns is the head ("the Jakarta venture firm").
    while v.is(k, &ORG_NOUNS) && v.is(k + 1, &ORG_NOUNS) && k < after + 3 {
        k += 1;
    }
    if !v.is(k, &ORG_NOUNS) || v.is(k + 1, &ORG_NOUNS) || v.poss(k + 1) > 0 {
        return None;
    }
    if let Some(o) = v.ment_of(k + 1, Org) {
        return Some(o);
    }
    // The apposition: ", the ... noun" closed by a comma, a full stop or the sentence's end.
    let closed = matches!(v.w(k + 1), "," | "." | ";" | "") || k + 1 >= v.len();
    if first >= 3 && v.w(first - 2) == "," && closed {
        return v.before_alias(first - 2).and_then(|b| v.ment_of(b, Org));
    }
    None
}

/// "based in the central Transylvanian town of Bistrita": for a place at token `first` named
/// after its kind and "of", with only words describing it (or a nationality) back to "the",
/// and "based/headquartered in" before that, the token of that "in".
fn seat_by_kind(v: &View, first: usize) -> Option<usize> {
    if first < 4
        || v.w(first - 1) != "of"
        || !v.is(first - 2, words!["town", "city", "village", "region", "province", "state"])
    {
        return None;
    }
    let the = (first.saturating_sub(7)..first - 2).rev().find(|&k| v.w(k) == "the")?;
    let described =
        (the + 1..first - 2).all(|j| v.is_word(j) && v.ment_at(j).is_none_or(|m| v.ty(m) == Norp));
    (described && the >= 2 && v.is(the - 2, words!["based", "headquartered"])).then(|| the - 1)
}

/// Located in through an apposition: "re:Invent, the company’s annual conference in Las
/// Vegas", "the Fulfillment Center, a 1.2-million-square-foot warehouse in Joliet", "ADIPEC,
/// the energy exhibition that opened in Abu Dhabi".
pub(super) fn appositive_location(v: &View, out: &mut Findings) {
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
        while k < stop && k < v.len() && v.ment_at(k).is_none() {
            let w = v.w(k);
            let numeric = w.chars().next().is_some_and(|c| c.is_ascii_digit());
            if v.plain_in_phrase(k) {
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
            out.push(LocatedIn, hm.entity, v.entity(p), 0.65);
        }
        let _ = h;
    }
}

/// Is the run of places "A, B(, C)" starting at mention `g` a chain of ever larger places
/// rather than a list (a list ends with "and"/"or" before its last member)?
fn chain_ok(v: &View, g: usize) -> bool {
    // Count from the start of the run of comma-joined places that `g` belongs to.
    let mut cur = g;
    while v.m(cur).first >= 2 && v.w(v.m(cur).first - 1) == "," {
        match v.ment_at(v.m(cur).first - 2).filter(|&p| is_place(v, p)) {
            Some(p) => cur = p,
            None => break,
        }
    }
    let mut run = 1;
    loop {
        let after = v.m(cur).last + 1;
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

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::engine::types::EntityType::*;

    #[test]
    fn locations() {
        // Negatives: a list of places is no chain; a person is never located in a place.
        check(vec![
            (
                "Singapore-based crypto exchange Solvane halted withdrawals.",
                vec![("Singapore", Gpe), ("Solvane", Org)],
                vec!["Solvane LOCATED_IN Singapore"],
            ),
            (
                "Shares of France-registered packaging company Cofinex fell.",
                vec![("France", Gpe), ("Cofinex", Org)],
                vec!["Cofinex LOCATED_IN France"],
            ),
            (
                "Elliptic, a London-based competitor, linked the wallets.",
                vec![("Elliptic", Org), ("London", Gpe)],
                vec!["Elliptic LOCATED_IN London"],
            ),
            (
                "Japan’s Rapidus plans mass production.",
                vec![("Japan", Gpe), ("Rapidus", Org)],
                vec!["Rapidus LOCATED_IN Japan"],
            ),
            (
                "It built a second factory in Phoenix, Arizona, last year.",
                vec![("Phoenix", Gpe), ("Arizona", Gpe)],
                vec!["Phoenix LOCATED_IN Arizona"],
            ),
            (
                "The tournament is staged across South Africa, Zimbabwe and Namibia.",
                vec![("South Africa", Gpe), ("Zimbabwe", Gpe), ("Namibia", Gpe)],
                vec![],
            ),
            (
                "He was one of the standouts at Euro 2024 in Germany.",
                vec![("Euro 2024", Event), ("Germany", Gpe)],
                vec!["Euro 2024 LOCATED_IN Germany"],
            ),
            (
                "The chip was made in Hillsboro in Oregon.",
                vec![("Hillsboro", Gpe), ("Oregon", Gpe)],
                vec!["Hillsboro LOCATED_IN Oregon"],
            ),
            ("Jane Doe in Paris said so.", vec![("Jane Doe", Person), ("Paris", Gpe)], vec![]),
            // A country right after a club's or firm's name, and a seat named by its kind.
            (
                "Red Star (Yugoslavia) beat Dinamo (Russia) 92-90.",
                vec![("Red Star", Org), ("Yugoslavia", Gpe), ("Dinamo", Org), ("Russia", Gpe)],
                vec!["Red Star LOCATED_IN Yugoslavia", "Dinamo LOCATED_IN Russia"],
            ),
            (
                "They met Karlsruhe of Germany in the final.",
                vec![("Karlsruhe", Org), ("Germany", Gpe)],
                vec!["Karlsruhe LOCATED_IN Germany"],
            ),
            (
                "Comelf, based in the central Transylvanian town of Bistrita, makes pumps.",
                vec![("Comelf", Org), ("Transylvanian", Norp), ("Bistrita", Gpe)],
                vec!["Comelf LOCATED_IN Bistrita"],
            ),
            // Not a seat: a person of a place, a place in brackets after a person.
            (
                "Jane Doe of Paris and John Roe (France) spoke.",
                vec![("Jane Doe", Person), ("Paris", Gpe), ("John Roe", Person), ("France", Gpe)],
                vec![],
            ),
        ]);
    }

    #[test]
    fn locations_chains_and_descriptions() {
        check(vec![
            // A place's description before the name, with a run of organization nouns; an
            // organization with its short name in brackets before a place's description; a
            // place in apposition with its kind.
            (
                "“It was coming,” said Dimas Prakoso, a partner at the Jakarta venture firm AC Ventures.",
                vec![("Dimas Prakoso", Person), ("Jakarta", Gpe), ("AC Ventures", Org)],
                vec!["AC Ventures LOCATED_IN Jakarta", "Dimas Prakoso EMPLOYED_BY AC Ventures"],
            ),
            (
                "The Instituto Nacional de Derechos Humanos (INDH), Chile’s state human rights watchdog, said so.",
                vec![("Instituto Nacional de Derechos Humanos", Org), ("INDH", Org), ("Chile", Gpe)],
                vec!["Instituto Nacional de Derechos Humanos LOCATED_IN Chile"],
            ),
            (
                "Belo Horizonte, the capital of Minas Gerais, grew. Kumasi, a city in Ghana, grew.",
                vec![("Belo Horizonte", Gpe), ("Minas Gerais", Gpe), ("Kumasi", Gpe), ("Ghana", Gpe)],
                vec!["Belo Horizonte LOCATED_IN Minas Gerais", "Kumasi LOCATED_IN Ghana"],
            ),
            // Negatives: a place's description of something else; a band is in its city.
            (
                "Lima, the capital of cheap flights, and the Dublin band Kinshasa Radio played.",
                vec![("Lima", Gpe), ("Dublin", Gpe), ("Kinshasa Radio", Org)],
                vec!["Kinshasa Radio LOCATED_IN Dublin"],
            ),
            // A chain of places followed by "and" and no further place is still a chain.
            (
                "Power comes from a plant in Lusby, Maryland, and from other sites.",
                vec![("Lusby", Gpe), ("Maryland", Gpe)],
                vec!["Lusby LOCATED_IN Maryland"],
            ),
            (
                "It is building a fab in Chitose, Hokkaido, and has been promised support.",
                vec![("Chitose", Gpe), ("Hokkaido", Gpe)],
                vec!["Chitose LOCATED_IN Hokkaido"],
            ),
            // "the X-based company" points back to the previous sentence's subject.
            (
                "BYD sold more cars. The Shenzhen-based company has overtaken rivals.",
                vec![("BYD", Org), ("Shenzhen", Gpe)],
                vec!["BYD LOCATED_IN Shenzhen"],
            ),
            // Negatives: a list with "and" before a place; the description never names an
            // organization named in its own sentence.
            (
                "Matches are played in Harare, Windhoek, and Cape Town.",
                vec![("Harare", Gpe), ("Windhoek", Gpe), ("Cape Town", Gpe)],
                vec![],
            ),
            (
                "Tesla sold more cars. The Shenzhen-based company has overtaken Tesla.",
                vec![("Tesla", Org), ("Shenzhen", Gpe), ("Tesla", Org)],
                vec![],
            ),
        ]);
    }

    #[test]
    fn locations_possessives_appositions_and_descriptions() {
        check(vec![
            (
                "LIMA — Inka Móvil, Peru’s third-largest mobile operator, signed.",
                vec![("LIMA", Gpe), ("Inka Móvil", Org), ("Peru", Gpe)],
                vec!["Inka Móvil LOCATED_IN Peru"],
            ),
            (
                "Brazil’s largest media group, Grupo Globo, lobbied hard.",
                vec![("Brazil", Gpe), ("Grupo Globo", Org)],
                vec!["Grupo Globo LOCATED_IN Brazil"],
            ),
            (
                "Circle won a licence from France’s banking supervisor, the ACPR, in July.",
                vec![("Circle", Org), ("France", Gpe), ("ACPR", Org)],
                vec!["ACPR LOCATED_IN France"],
            ),
            (
                "Solvang’s annual Danish Days festival was postponed.",
                vec![("Solvang", Gpe), ("Danish Days", Event)],
                vec!["Danish Days LOCATED_IN Solvang"],
            ),
            // A place in a place, through the larger one's possessive; not across another
            // name or a phrase of more than a word or two.
            (
                "The orchestra plays in Sweden’s capital Stockholm. Flights left from Chile’s Punta Arenas.",
                vec![("Sweden", Gpe), ("Stockholm", Gpe), ("Chile", Gpe), ("Punta Arenas", Gpe)],
                vec!["Punta Arenas LOCATED_IN Chile", "Stockholm LOCATED_IN Sweden"],
            ),
            (
                "Chile’s trade with Peru grew. Spain’s Iberia Airlines said Madrid’s mayor Ana Ruiz and its staff would fly to Lima.",
                vec![("Chile", Gpe), ("Peru", Gpe), ("Spain", Gpe), ("Iberia Airlines", Org), ("Madrid", Gpe), ("Ana Ruiz", Person), ("Lima", Gpe)],
                vec!["Iberia Airlines LOCATED_IN Spain"],
            ),
            // An organization's kind between its name and its city; a name closing a line
            // or a bracket with its city; not a list, nor a city a phrase goes on about.
            (
                "Joel Naroff of Orbix bank in Philadelphia spoke. PAYING AGENT: Velt National Bank, Detroit",
                vec![("Joel Naroff", Person), ("Orbix", Org), ("Philadelphia", Gpe), ("Velt National Bank", Org), ("Detroit", Gpe)],
                vec!["Orbix LOCATED_IN Philadelphia", "Velt National Bank LOCATED_IN Detroit", "Joel Naroff EMPLOYED_BY Orbix"],
            ),
            (
                "The test is at Trent Bridge, Nottingham. Orbix, Velt, Paris and Rome signed. Orbix, Lagos's biggest bank, grew.",
                vec![("Trent Bridge", Fac), ("Nottingham", Gpe), ("Orbix", Org), ("Velt", Org), ("Paris", Gpe), ("Rome", Gpe), ("Orbix", Org), ("Lagos", Gpe)],
                vec!["Orbix LOCATED_IN Lagos", "Trent Bridge LOCATED_IN Nottingham"],
            ),
            (
                "Ships use new berths at Tuas Port in western Singapore.",
                vec![("Tuas Port", Fac), ("Singapore", Gpe)],
                vec!["Tuas Port LOCATED_IN Singapore"],
            ),
            (
                "She works at the Getulio Vargas Foundation (FGV) in Rio de Janeiro.",
                vec![("Getulio Vargas Foundation", Org), ("FGV", Org), ("Rio de Janeiro", Gpe)],
                vec!["Getulio Vargas Foundation LOCATED_IN Rio de Janeiro"],
            ),
            (
                "Paris Start-Up Lumière AI Raises Money",
                vec![("Paris", Gpe), ("Lumière AI", Org)],
                vec!["Lumière AI LOCATED_IN Paris"],
            ),
            (
                "Arsenal signed a midfielder. The London club fended off late interest.",
                vec![("Arsenal", Org), ("London", Gpe)],
                vec!["Arsenal LOCATED_IN London"],
            ),
            // Negatives: a place's possessive before a person; a place that is a possessor of a
            // plain noun; "the London club" when the named club is in the same sentence.
            (
                "France’s president, Emmanuel Macron, spoke.",
                vec![("France", Gpe), ("Emmanuel Macron", Person)],
                vec![],
            ),
            ("Brazil’s economy grew, Acme said.", vec![("Brazil", Gpe), ("Acme", Org)], vec![]),
            (
                "Arsenal grew. The London club beat Arsenal.",
                vec![("Arsenal", Org), ("London", Gpe), ("Arsenal", Org)],
                vec![],
            ),
        ]);
    }

    #[test]
    fn descriptions_led_by_a_place_head_offices_and_regions() {
        check(vec![
            (
                "The Seoul research firm SNE Research expects prices to fall.",
                vec![("Seoul", Gpe), ("SNE Research", Org)],
                vec!["SNE Research LOCATED_IN Seoul"],
            ),
            (
                "Iberluz and Masdar, the Abu Dhabi clean-energy company, signed.",
                vec![("Iberluz", Org), ("Masdar", Org), ("Abu Dhabi", Gpe)],
                vec!["Masdar LOCATED_IN Abu Dhabi"],
            ),
            (
                "Arsenal, the London club, fended off late interest.",
                vec![("Arsenal", Org), ("London", Gpe)],
                vec!["Arsenal LOCATED_IN London"],
            ),
            (
                "The papers came from El Al's head office in Tel Aviv.",
                vec![("El Al", Org), ("Tel Aviv", Gpe)],
                vec!["El Al LOCATED_IN Tel Aviv"],
            ),
            (
                "It won an order for a network in the Guangdong province of China.",
                vec![("Guangdong", Gpe), ("China", Gpe)],
                vec!["Guangdong LOCATED_IN China"],
            ),
            // Negatives: the place only qualifies a longer phrase ("its Paris research
            // firm's analysts"); a description not in apposition ("Acme hired the Paris
            // research firm"); the larger place named first ("the U.S. state of Oregon").
            (
                "Acme cited the Paris research firm's analysts, and Kova agreed.",
                vec![("Acme", Org), ("Paris", Gpe), ("Kova", Org)],
                vec![],
            ),
            (
                "Acme hired the Paris research firm in May.",
                vec![("Acme", Org), ("Paris", Gpe)],
                vec![],
            ),
            (
                "Foots Creek is a place in the U.S. state of Oregon.",
                vec![("Foots Creek", Gpe), ("U.S.", Gpe), ("Oregon", Gpe)],
                vec![],
            ),
        ]);
    }

    #[test]
    fn place_lists_before_a_conjunction_stay_lists() {
        check(vec![
            (
                "It includes Lviv, Lutsk, Rivne, and other cities.",
                vec![("Lviv", Gpe), ("Lutsk", Gpe), ("Rivne", Gpe)],
                vec![],
            ),
            (
                "The city lies in Edmonton, Alberta, Canada.",
                vec![("Edmonton", Gpe), ("Alberta", Gpe), ("Canada", Gpe)],
                vec!["Alberta LOCATED_IN Canada", "Edmonton LOCATED_IN Alberta"],
            ),
        ]);
    }

    #[test]
    fn a_place_based_description_locates_the_name_it_describes() {
        check(vec![
            (
                "The European Centre for Disease Control (ECDC), the Stockholm-based EU agency, spoke.",
                vec![("European Centre for Disease Control", Org), ("ECDC", Org), ("Stockholm", Gpe), ("EU", Org)],
                vec!["European Centre for Disease Control LOCATED_IN Stockholm"],
            ),
            // Negatives: a place described so ("partner in Ghana, the Kumasi-based home");
            // a name that qualifies the noun after it.
            (
                "Its partner in Ghana, the Kumasi-based Blessed Hands Home, said so.",
                vec![("Ghana", Gpe), ("Kumasi", Gpe), ("Blessed Hands Home", Org)],
                vec!["Blessed Hands Home LOCATED_IN Kumasi"],
            ),
            (
                "Officials at the Stockholm-based EU agency said so.",
                vec![("Stockholm", Gpe), ("EU", Org)],
                vec![],
            ),
        ]);
    }

    #[test]
    fn locations_through_appositions() {
        check(vec![
            ("Customers wait for re:Invent, the company’s annual conference in Las Vegas, in December.", vec![("re:Invent", Event), ("Las Vegas", Gpe)], vec!["re:Invent LOCATED_IN Las Vegas"]),
            ("It is building the Midwest Center, a 1.2-million-square-foot warehouse in Joliet.", vec![("Midwest Center", Fac), ("Joliet", Gpe)], vec!["Midwest Center LOCATED_IN Joliet"]),
            ("She told delegates at ADIPEC, the energy exhibition that opened in Abu Dhabi on Monday.", vec![("ADIPEC", Event), ("Abu Dhabi", Gpe)], vec!["ADIPEC LOCATED_IN Abu Dhabi"]),
            // Negatives: a person in apposition; a role before "in"; a clause, not a noun phrase.
            ("Hannah Berg, an independent consultant in Stockholm, said so.", vec![("Hannah Berg", Person), ("Stockholm", Gpe)], vec![]),
            ("Acme, a partner in Paris deals, grew.", vec![("Acme", Org), ("Paris", Gpe)], vec![]),
            ("Acme, the firm said in Paris, grew.", vec![("Acme", Org), ("Paris", Gpe)], vec![]),
        ]);
    }
}
