//! Partnerships: "A’s partnership with B", "A signed an agreement with B", "an A-B
//! alliance", "a joint venture between A and B", "A and B have worked together", "A and B
//! signed a deal", "A supplies B", "A supplies cells to B", "B sourced cells from A", members
//! of a consortium ("A leads a consortium that includes B and C"), and partners named by role
//! ("B, one of A’s sponsors", "A’s engine partner, B").
//! Members of a list are each other's partners; a place before a member ("Belgium’s BESIX")
//! does not break the list.

use super::view::{Findings, View};
use crate::engine::lexicon::relations::*;
use crate::engine::text::{words, Words};
use crate::engine::types::{EntityType, RelationType};
use EntityType::*;
use RelationType::*;

/// Partnerships: "A’s partnership(s) with B", "A signed an agreement with B", "A-B
/// alliance", "a joint venture between A and B", "A and B have worked together", "B, A’s
/// partner".
pub(super) fn partnership(v: &View, out: &mut Findings) {
    for i in 0..v.len() {
        // The tokenizer splits "co-production" into three tokens; its last one triggers.
        let co_production =
            v.w(i) == "production" && i >= 2 && v.w(i - 1) == "-" && v.w(i - 2) == "co";
        if !(v.stem(i, &PARTNER) || co_production) || v.ment_at(i).is_some() || v.hedged(i, 5) {
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
                if v.ty(a) == Org && v.ty(b) == Org {
                    out.push(PartnerOf, v.entity(a), v.entity(b), 0.85);
                    continue;
                }
            }
        }
        // "between A and B".
        let mut j = i + 1;
        while j < v.len() && j < i + 3 && !v.is(j, words!["between", "with", "of"]) {
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
            if let Some(a) = partner_after(v, j + 1, 8).filter(|&a| v.ty(a) == Org) {
                let list = partner_list(v, a);
                out.push_pairs(v, PartnerOf, &list, 0.8);
            }
            continue;
        }
        // "with B (and C)" after the trigger; the partner's side is the possessor or the
        // clause subject.
        // A date may sit in between ("a partnership last year with SQM").
        let mut j = i + 1;
        while j < v.len()
            && j < i + 7
            && v.ment_at(j).is_none_or(|m| v.ty(m) == Date)
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
                let own = possessor.filter(|&o| v.ty(o) == Org).map(|o| v.entity(o));
                if own.is_none()
                    && clause > 0
                    && v.org_anaphor(clause, i)
                    && v.subject_org(i).is_some_and(|s| v.m(s).last < clause)
                {
                    v.anaphor_target()
                } else {
                    own.or_else(|| v.subject_org(i).map(|o| v.entity(o))).or_else(|| {
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
            let b = partner_after(v, j + 1, 8).filter(|&b| matches!(v.ty(b), Org | Product));
            if let (Some(a), Some(b)) = (a, b) {
                for k in partner_list(v, b) {
                    let m = v.m(k);
                    match m.ty {
                        Org => out.push(PartnerOf, a, m.entity, 0.75),
                        // A product partner stands for its maker; `from_names` links
                        // product and maker, and `partner_products` resolves it.
                        _ => out.push(PartnerOf, a, m.entity, 0.7),
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
                    out.push(PartnerOf, v.entity(list[0]), v.entity(list[1]), 0.8);
                }
            }
            continue;
        }
        // "B, A’s partner in ...".
        if w.starts_with("partner") && i >= 2 && v.poss(i - 1) == 1 {
            if let Some(a) = v.ment_of(i - 2, Org) {
                if let Some(b) = v.prev_ment(v.m(a).first, 2, &[Org]) {
                    out.push(PartnerOf, v.entity(a), v.entity(b), 0.8);
                }
            }
        }
    }
}

/// Verbs that make a deal ("signed an agreement", "struck a deal").
const SIGNING: Words = Words::new(&[
    "signed", "struck", "announced", "formed", "reached", "sealed", "inked", "entered", "agreed",
    "finalised", "finalized", "completed",
]);

/// Nouns of deals between organizations.
const DEALS: Words = Words::new(&[
    "partnership", "agreement", "deal", "alliance", "pact", "venture", "contract", "tie-up",
]);

/// Deals stated of a list of subjects and supply: "A and B signed a partnership", "A and B
/// have struck a five-year deal", "A supplies B", "A will supply B with chips".
pub(super) fn joint_deals(v: &View, out: &mut Findings) {
    for i in 0..v.len() {
        let w = v.w(i);
        let deal = v.is(i, &DEALS);
        let supply = matches!(w, "supply" | "supplies" | "supplied");
        if !(deal || supply) || v.ment_at(i).is_some() || v.hedged(i, 6) {
            continue;
        }
        if deal {
            // "with"/"between" phrases are read by `partnership`.
            if (i + 1..(i + 4).min(v.len())).any(|j| v.is(j, words!["with", "between", "of"])) {
                continue;
            }
            // A signing verb shortly before, over articles and modifiers.
            let mut k = i;
            while k > 0
                && i - k < 5
                && v.ment_at(k - 1).is_none_or(|m| v.ty(m) == Date)
                && !v.is(k - 1, &SIGNING)
                && (v.is_word(k - 1) || v.w(k - 1) == "-" || v.ment_at(k - 1).is_some())
            {
                k -= 1;
            }
            if k == 0 || !v.is(k - 1, &SIGNING) {
                continue;
            }
            let Some(a) = v.subject_org(k - 1) else { continue };
            let list: Vec<usize> =
                v.list_from(a).into_iter().filter(|&m| v.m(m).last < k - 1).collect();
            let last_end = list.last().map_or(0, |&m| v.m(m).last);
            if list.len() >= 2 && k - 1 - last_end <= 4 {
                out.push_pairs(v, PartnerOf, &list, 0.75);
            }
        } else {
            // "A (will) supply B": the customer right after the verb.
            let Some(b) = v
                .ment_at(i + 1)
                .or_else(|| if v.w(i + 1) == "the" { v.ment_at(i + 2) } else { None })
                .filter(|&b| v.ty(b) == Org)
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
            if let Some(a) = k.checked_sub(1).and_then(|x| v.ment_of(x, Org)) {
                out.push(PartnerOf, v.entity(a), v.entity(b), 0.7);
            }
        }
    }
}

/// Members of a consortium, each the partner of every other: "A leads a consortium that
/// also includes B, Germany's C and Spain's D", "a consortium led by A and including B",
/// "A joined a consortium with B". The leader or joiner is the subject of "leads", "heads"
/// or "joined" right before; the members follow "includes", "including", "comprising",
/// "with" or "led by". ("A consortium of A and B" is read by [`partnership`].)
pub(super) fn consortia(v: &View, out: &mut Findings) {
    for i in 0..v.len() {
        if !v.is(i, words!["consortium", "consortia"]) || v.ment_at(i).is_some() || v.hedged(i, 6) {
            continue;
        }
        let mut members: Vec<usize> = Vec::new();
        // "A leads a (five-member) consortium".
        const LEADING: Words =
            Words::new(&["leads", "led", "heads", "headed", "joined", "joins", "formed"]);
        let mut k = i;
        while k > 0 && i - k < 4 && !v.is(k - 1, &LEADING) && (v.plain(k - 1) || v.w(k - 1) == "-")
        {
            k -= 1;
        }
        if k > 0 && v.is(k - 1, &LEADING) {
            members.extend(v.subject_org(k - 1));
        }
        // The members after it, over "that also", "which".
        let mut j = i + 1;
        let mut stop = (i + 5).min(v.len());
        while j < stop {
            let opens = v.is(
                j,
                words!["includes", "included", "including", "comprising", "comprises", "with"],
            ) || (v.w(j) == "by" && v.is(j.wrapping_sub(1), words!["led", "headed"]));
            if let Some(b) = opens.then(|| partner_after(v, j + 1, 6)).flatten() {
                if v.ty(b) != Org {
                    break;
                }
                let list = partner_list(v, b);
                j = list.last().map_or(j, |&l| v.m(l).last) + 1;
                members.extend(list);
                stop = (j + 4).min(v.len());
                continue;
            }
            j += 1;
        }
        members.dedup_by_key(|m| v.entity(*m));
        if members.len() >= 2 {
            out.push_pairs(v, PartnerOf, &members, 0.8);
        }
    }
}

/// Supply from a named supplier: "A has signed a contract to supply cells to B", "A
/// already supplies pouch cells to B and C", "B has sourced such cells from A". The supplier or the buyer is the clause's subject; what is supplied is a plain
/// noun phrase of a few words. ("A supplies B" is read by [`joint_deals`].)
pub(super) fn supply(v: &View, out: &mut Findings) {
    for i in 0..v.len() {
        let (to, buyer_first) = match v.w(i) {
            // Not "provided" or "bought": statements are provided to newspapers, and
            // stakes bought from their holders.
            "supply" | "supplies" | "supplied" | "supplying" => ("to", false),
            "sourced" | "sources" | "sourcing" | "source" => ("from", true),
            _ => continue,
        };
        if v.hedged(i, 6) || v.negated(i, 6) {
            continue;
        }
        // The goods: plain words only, then "to"/"from" and an organization.
        let mut j = i + 1;
        while j < v.len() && j <= i + 6 && v.w(j) != to && (v.plain(j) || v.w(j) == "-") {
            j += 1;
        }
        if j == i + 1 || v.w(j) != to {
            continue;
        }
        let Some(b) = partner_after(v, j + 1, 3).filter(|&b| v.ty(b) == Org) else { continue };
        // The subject: the organization the clause is about, before the verb.
        let clause = (0..i).rev().find(|&c| v.is(c, words![";", "while", "whereas", "but"]));
        let Some(a) = v.subject_org(i).filter(|&a| clause.is_none_or(|c| v.m(a).first > c)) else {
            continue;
        };
        for m in partner_list(v, b) {
            let (sup, buyer) = if buyer_first { (m, a) } else { (a, m) };
            if v.entity(sup) != v.entity(buyer) {
                out.push(PartnerOf, v.entity(sup), v.entity(buyer), 0.7);
            }
        }
    }
}

/// Partners named by role: "B, one of A’s worldwide sponsors", "B, A’s main supplier",
/// "B remains its most important software partner", "A’s engine partner, B".
pub(super) fn partner_roles(v: &View, out: &mut Findings) {
    for i in 0..v.len() {
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
            && ((v.plain(k - 1) && !v.is(k - 1, words!["its", "their", "a", "an", "the"]))
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
            let Some(a) = (k - pl).checked_sub(1).and_then(|x| v.ment_of(x, Org)) else {
                continue;
            };
            (Some(v.entity(a)), v.m(a).first)
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
        } else if owner.is_some() && v.w(i + 1) == "," {
            // Or after, in apposition: "A’s engine partner, B", "A’s new title sponsor, B".
            v.ment_at(i + 2)
        } else {
            None
        };
        let Some(b) = b.filter(|&b| v.ty(b) == Org).map(|b| v.entity(b)) else {
            continue;
        };
        let a = owner.or_else(|| [v.recent, v.topic].into_iter().flatten().find(|&e| e != b));
        if let Some(a) = a {
            out.push(PartnerOf, a, b, if its { 0.6 } else { 0.75 });
        }
    }
}

/// The first ORG or PRODUCT mention from token `i` within `n` tokens, skipping what may
/// stand before a partner's name: "like"/"such as", plain lower-case words and places with
/// their possessive or "-based" ("with Finland’s Nokia", "between Hong Kong-based X").
pub(super) fn partner_after(v: &View, mut i: usize, n: usize) -> Option<usize> {
    let stop = i + n;
    while i < stop && i < v.len() {
        match v.ment_at(i) {
            Some(m) if matches!(v.ty(m), Org | Product) => return Some(m),
            Some(m) if matches!(v.ty(m), Gpe | Loc | Norp) => {
                let after = v.m(m).last + 1;
                let pl = v.poss(after);
                if pl > 0 {
                    i = after + pl;
                } else if v.w(after) == "-" && v.is(after + 1, words!["based", "headquartered"]) {
                    i = after + 2;
                } else if v.ty(m) == Norp {
                    i = after;
                } else {
                    return None;
                }
            }
            Some(_) => return None,
            None if v.is(i, words!["like", "such", "as", "including", "the", "a", "an", "-"])
                || v.plain(i) =>
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
        let mut i = v.m(cur).last + 1;
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
        while i < stop && i < v.len() {
            match v.ment_at(i) {
                Some(m) if v.ty(m) == Org => {
                    next = Some(m);
                    break;
                }
                Some(m) if matches!(v.ty(m), Gpe | Loc | Norp) => i = v.m(m).last + 1,
                Some(_) => break,
                None if v.poss(i) > 0
                    || v.is(i, words!["the", "a", "an", "-", "based", "headquartered"])
                    || v.plain_in_phrase(i) =>
                {
                    i += 1
                }
                None => break,
            }
        }
        match next {
            Some(n)
                if joins_and || v.w(v.m(n).last + 1) == "," || v.w(v.m(n).last + 1) == "and" =>
            {
                out.push(n);
                out.extend(v.list_from(n).into_iter().skip(1));
            }
            _ => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::engine::types::EntityType::*;

    #[test]
    fn partnerships() {
        // Negative: a hedged partnership.
        check(vec![
            ("A successful Apple-OpenAI alliance could follow.", vec![("Apple", Org), ("OpenAI", Org)], vec!["Apple PARTNER_OF OpenAI"]),
            ("These dynamics intensify with OpenAI’s recent partnerships with Apple.", vec![("OpenAI", Org), ("Apple", Org)], vec!["Apple PARTNER_OF OpenAI"]),
            ("Mistral AI’s partnerships with cloud providers like Microsoft Azure matter. Microsoft sells it.", vec![("Mistral AI", Org), ("Microsoft Azure", Product), ("Microsoft", Org)],
            vec!["Microsoft Azure PRODUCT_OF Microsoft", "Microsoft PARTNER_OF Mistral AI"]),
            ("It was built by a joint venture of BESIX and Orascom.", vec![("BESIX", Org), ("Orascom", Org)], vec!["BESIX PARTNER_OF Orascom"]),
            ("Apple may form a partnership with Peloton.", vec![("Apple", Org), ("Peloton", Org)], vec![]),
        ]);
    }

    #[test]
    fn partnerships_with_places_dates_and_clauses() {
        check(vec![
            ("Inka signed a five-year agreement with Finland’s Nokia.", vec![("Inka", Org), ("Finland", Gpe), ("Nokia", Org)], vec!["Inka PARTNER_OF Nokia", "Nokia LOCATED_IN Finland"]),
            ("Codelco finalised a partnership last year with SQM.", vec![("Codelco", Org), ("last year", Date), ("SQM", Org)], vec!["Codelco PARTNER_OF SQM"]),
            ("It was built by a joint venture of Belgium’s BESIX and Egypt’s Orascom.", vec![("Belgium", Gpe), ("BESIX", Org), ("Egypt", Gpe), ("Orascom", Org)],
                vec!["BESIX LOCATED_IN Belgium", "BESIX PARTNER_OF Orascom", "Orascom LOCATED_IN Egypt"]),
            ("It is a co-production between Tbilisi-based Gurji Films and the Berlin company Komplizen Film.", vec![("Tbilisi", Gpe), ("Gurji Films", Org), ("Berlin", Gpe), ("Komplizen Film", Org)],
                vec!["Gurji Films PARTNER_OF Komplizen Film", "Komplizen Film LOCATED_IN Berlin", "Gurji Films LOCATED_IN Tbilisi"]),
            ("Inka grew fast. Nokia will supply radios, while the Lima-based operator has also signed a partnership with Amazon.", vec![("Inka", Org), ("Nokia", Org), ("Lima", Gpe), ("Amazon", Org)],
                vec!["Amazon PARTNER_OF Inka", "Inka LOCATED_IN Lima"]),
            // Negatives: hedged and denied deals; a place is no partner; a partnership in
            // another sentence.
            ("Inka could sign an agreement with Finland’s Nokia.", vec![("Inka", Org), ("Finland", Gpe), ("Nokia", Org)], vec!["Nokia LOCATED_IN Finland"]),
            ("Inka denied a deal with Nokia.", vec![("Inka", Org), ("Nokia", Org)], vec![]),
            ("Inka signed a partnership with Finland.", vec![("Inka", Org), ("Finland", Gpe)], vec![]),
            ("Inka signed a partnership. Nokia grew.", vec![("Inka", Org), ("Nokia", Org)], vec![]),
        ]);
    }

    #[test]
    fn partners_named_by_role() {
        check(vec![
            ("Samsung, one of the IOC’s worldwide sponsors, handed out phones.", vec![("Samsung", Org), ("IOC", Org)], vec!["IOC PARTNER_OF Samsung"]),
            ("Ostrander, Volkswagen’s main supplier of sensors, was named.", vec![("Ostrander", Org), ("Volkswagen", Org)], vec!["Ostrander PARTNER_OF Volkswagen"]),
            ("Kova grew. It relies on cloud tools, and Google remains its most important software partner.", vec![("Kova", Org), ("Google", Org)], vec!["Google PARTNER_OF Kova"]),
            ("He credited Kestrel’s engine partner, Honda. Orsini’s new title sponsor, Halvorsen Energy, signed on.", vec![("Kestrel", Org), ("Honda", Org), ("Orsini", Org), ("Halvorsen Energy", Org)], vec!["Honda PARTNER_OF Kestrel", "Halvorsen Energy PARTNER_OF Orsini"]),
            // Negatives: a hedged or former role; a person is no partner; roles in another
            // sentence.
            ("Samsung could become one of the IOC’s sponsors.", vec![("Samsung", Org), ("IOC", Org)], vec![]),
            ("Jane Doe, Volkswagen’s main supplier contact, spoke.", vec![("Jane Doe", Person), ("Volkswagen", Org)], vec![]),
            ("Volkswagen’s main supplier, Jane Doe, spoke.", vec![("Volkswagen", Org), ("Jane Doe", Person)], vec![]),
            ("Samsung grew. The IOC’s sponsors met.", vec![("Samsung", Org), ("IOC", Org)], vec![]),
        ]);
    }

    #[test]
    fn consortium_members() {
        check(vec![
            (
                "Airbus leads a consortium that also includes Thales, Germany's OHB and Spain's Indra.",
                vec![("Airbus", Org), ("Thales", Org), ("Germany", Gpe), ("OHB", Org), ("Spain", Gpe), ("Indra", Org)],
                vec![
                    "Airbus PARTNER_OF Indra", "Airbus PARTNER_OF OHB", "Airbus PARTNER_OF Thales",
                    "Indra LOCATED_IN Spain", "Indra PARTNER_OF OHB", "Indra PARTNER_OF Thales",
                    "OHB LOCATED_IN Germany", "OHB PARTNER_OF Thales",
                ],
            ),
            (
                "The port went to a consortium led by Acme and including Globex.",
                vec![("Acme", Org), ("Globex", Org)],
                vec!["Acme PARTNER_OF Globex"],
            ),
            // Negatives: a hedged consortium; a consortium of one named member; a person.
            (
                "Acme could lead a consortium that includes Globex.",
                vec![("Acme", Org), ("Globex", Org)],
                vec![],
            ),
            (
                "Acme leads a consortium of banks.",
                vec![("Acme", Org)],
                vec![],
            ),
            (
                "Acme leads a consortium that includes Jane Doe.",
                vec![("Acme", Org), ("Jane Doe", Person)],
                vec![],
            ),
        ]);
    }

    #[test]
    fn supply_to_and_from() {
        check(vec![
            (
                "Hanbit, the battery maker, has signed a contract to supply cells to Volvo Cars.",
                vec![("Hanbit", Org), ("Volvo Cars", Org)],
                vec!["Hanbit PARTNER_OF Volvo Cars"],
            ),
            (
                "Hanbit already supplies pouch cells to Hyundai and Kia.",
                vec![("Hanbit", Org), ("Hyundai", Org), ("Kia", Org)],
                vec!["Hanbit PARTNER_OF Hyundai", "Hanbit PARTNER_OF Kia"],
            ),
            (
                "Volvo has until now sourced such cells almost exclusively from CATL.",
                vec![("Volvo", Org), ("CATL", Org)],
                vec!["CATL PARTNER_OF Volvo"],
            ),
            // Negatives: hedged or denied supply, a place or a person as the buyer, a
            // subject in another clause, a statement provided to a newspaper.
            ("Hanbit may supply cells to Volvo.", vec![("Hanbit", Org), ("Volvo", Org)], vec![]),
            (
                "Hanbit did not supply cells to Volvo.",
                vec![("Hanbit", Org), ("Volvo", Org)],
                vec![],
            ),
            (
                "Hanbit supplies cells to Germany and to Jane Doe.",
                vec![("Hanbit", Org), ("Germany", Gpe), ("Jane Doe", Person)],
                vec![],
            ),
            (
                "Hanbit grew; rivals supply cells to Volvo.",
                vec![("Hanbit", Org), ("Volvo", Org)],
                vec![],
            ),
            (
                "Hanbit provided a statement to Reuters.",
                vec![("Hanbit", Org), ("Reuters", Org)],
                vec![],
            ),
        ]);
    }

    #[test]
    fn joint_deals_and_supply() {
        check(vec![
            (
                "Acme and Globex signed a partnership on Tuesday.",
                vec![("Acme", Org), ("Globex", Org)],
                vec!["Acme PARTNER_OF Globex"],
            ),
            (
                "Acme and Globex have struck a five-year supply deal.",
                vec![("Acme", Org), ("Globex", Org)],
                vec!["Acme PARTNER_OF Globex"],
            ),
            (
                "TSMC will supply Apple with the chips.",
                vec![("TSMC", Org), ("Apple", Org)],
                vec!["Apple PARTNER_OF TSMC"],
            ),
            // Negatives: hedged and denied deals, a deal of one party, supply in another sentence.
            (
                "Acme and Globex could sign a partnership.",
                vec![("Acme", Org), ("Globex", Org)],
                vec![],
            ),
            (
                "Acme and Globex denied they signed a deal.",
                vec![("Acme", Org), ("Globex", Org)],
                vec![],
            ),
            (
                "Acme signed a partnership, Globex said.",
                vec![("Acme", Org), ("Globex", Org)],
                vec![],
            ),
            ("TSMC will supply chips. Apple grew.", vec![("TSMC", Org), ("Apple", Org)], vec![]),
        ]);
    }
}
