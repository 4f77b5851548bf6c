//! Product of: "ORG’s PRODUCT", "ORG PRODUCT", "PRODUCT, made by ORG", "ORG, which makes
//! PRODUCT", "its PRODUCT", appositions naming the owner ("Lumière’s flagship model,
//! Lumen-2"), makers ("ChatGPT maker OpenAI", "the studio behind PRODUCT"); and facts read
//! off names: a product whose name starts with an organization's name is that
//! organization's ("Microsoft Azure" → Microsoft).

use super::view::{Family, Findings, View};
use super::Found;
use crate::engine::hash::FastMap;
use crate::engine::lexicon::names::*;
use crate::engine::lexicon::relations::*;
use crate::engine::text::words;
use crate::engine::trie::Trie;
use crate::engine::types::{Analysis, Span};
use crate::engine::types::{EntityId, EntityType, RelationType};
use crate::engine::Sentence;
use EntityType::*;
use RelationType::*;

/// Product of: "ORG’s PRODUCT", "ORG PRODUCT", "PRODUCT, made/run/issued by ORG", "ORG,
/// which makes PRODUCT", "ORG, whose PRODUCT", "its PRODUCT" with an ORG subject.
pub(super) fn products(v: &View, out: &mut Findings) {
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
            && ((v.plain(k - 1) && !v.is(k - 1, words!["its", "their", "whose"]))
                || (v.w(k - 1) == "-" && k >= 2 && v.is_word(k - 2) && k < before))
        {
            k -= 1;
        }
        let pl =
            if k >= 1 { (1..=2).find(|&l| k >= l && v.poss(k - l) == l).unwrap_or(0) } else { 0 };
        if pl > 0 {
            if let Some(o) = (k - pl).checked_sub(1).and_then(|i| v.ment_of(i, Org)) {
                out.push(ProductOf, pm.entity, v.entity(o), 0.85);
                continue;
            }
        }
        // "ORG PRODUCT" with nothing between ("Tecnifibre Tempo 298 Iga").
        if before >= 1 {
            if let Some(o) = v.ment_of(before - 1, Org) {
                out.push(ProductOf, pm.entity, v.entity(o), 0.7);
                continue;
            }
        }
        // "its PRODUCT" / "whose PRODUCT" → the organization the clause is about.
        if k >= 1 && v.is(k - 1, words!["its", "whose"]) {
            let whose = v.w(k - 1) == "whose";
            let org = if whose {
                (k >= 3 && v.w(k - 2) == ",")
                    .then(|| v.ment_of(k - 3, Org))
                    .flatten()
                    .map(|o| v.entity(o))
            } else {
                its_org(v, k - 1)
            };
            if let Some(o) = org {
                out.push(ProductOf, pm.entity, o, if whose { 0.8 } else { 0.55 });
                continue;
            }
        }
        // Appositions with an owner: "Lumière’s flagship model, Lumen-2", "its newest model,
        // the Twinscan EXE:5000", "DynamoDB, the company’s database service".
        if let Some((o, conf)) = appositive_owner(v, pm.first, pm.last) {
            out.push(ProductOf, pm.entity, o, conf);
            continue;
        }
        // "Gemini from Google", "H200 chips from Nvidia"; not "moved to Azure from AWS",
        // where "from" names what was left.
        {
            let mut j = pm.last + 1;
            if v.plain(j) {
                j += 1;
            }
            let moved = before >= 1 && v.is(before - 1, words!["to", "into", "onto"]);
            if v.w(j) == "from" && !moved && !v.hedged(before, 3) {
                if let Some(o) = v.ment_of(j + 1, Org) {
                    out.push(ProductOf, pm.entity, v.entity(o), 0.7);
                    continue;
                }
            }
        }
        // "ChatGPT maker OpenAI", "Fortnite developer Epic Games".
        if v.is(pm.last + 1, &MAKER_NOUNS) {
            if let Some(o) = v.ment_of(pm.last + 2, Org) {
                out.push(ProductOf, pm.entity, v.entity(o), 0.8);
                continue;
            }
        }
        // "ORG, the (Polish) studio behind (the hit) PRODUCT" / "ORG, the maker of PRODUCT".
        if let Some(o) = maker_phrase_before(v, pm.first) {
            out.push(ProductOf, pm.entity, o, 0.75);
            continue;
        }
        // "PRODUCT, the ... made/run/issued by ORG" / "PRODUCT, issued by the exchange".
        let mut j = pm.last + 1;
        while j < v.len()
            && j < pm.last + 9
            && v.ment_at(j).is_none()
            && !(v.is(j, &MAKES) && v.w(j + 1) == "by")
        {
            j += 1;
        }
        if v.is(j, &MAKES) && v.w(j + 1) == "by" && !v.hedged(j, 3) {
            if let Some(o) = v.next_ment(j + 2, 4, &[Org]) {
                out.push(ProductOf, pm.entity, v.entity(o), 0.8);
                continue;
            }
            if v.w(j + 2) == "the" && v.is(j + 3, &ORG_NOUNS) {
                if let Some(t) = v.topic {
                    out.push(ProductOf, pm.entity, t, 0.55);
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
                || (v.ty(v.ment_at(k - 1).unwrap_or(0)) == Product && v.ment_at(k - 1) != Some(p)))
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
            if let Some(o) = s.checked_sub(1).and_then(|i| v.ment_of(i, Org)) {
                out.push(ProductOf, pm.entity, v.entity(o), 0.75);
            }
        }
        let _ = p;
    }
}

/// The organization "its" at token `i` points to: the clause subject before it, else the
/// previous sentence's subject ("Coinbase has leaned into it. Its Base network ..."), else
/// the article's topic.
fn its_org(v: &View, i: usize) -> Option<EntityId> {
    v.subject_org(i).map(|o| v.entity(o)).or(v.recent).or(v.topic)
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
    if let Some(o) = v.ment_of(at, Org) {
        return Some((v.entity(o), v.m(o).first, 0.8));
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
                    && !v.is_cap(i)
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
            && ((v.is_word(s - 1) && !v.is_cap(s - 1) && v.w(s - 1) != "its") || v.w(s - 1) == "-")
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
        } else if let Some(o) = v.ment_of(s, Org) {
            let pl = v.poss(v.m(o).last + 1);
            s = v.m(o).last + 1 + pl;
            (pl > 0).then_some((v.entity(o), 0.8))
        } else if v.w(s) == "the" && v.is(s + 1, &ORG_NOUNS) && v.poss(s + 2) > 0 {
            s += 2 + v.poss(s + 2);
            v.anaphor_target().map(|o| (o, 0.6))
        } else {
            None
        };
        let (o, conf) = owner?;
        let mut e = s;
        while e < v.len()
            && e < s + 6
            && v.ment_at(e).is_none()
            && (v.is_word(e) || v.w(e) == "-")
            && !matches!(v.w(e), "of" | "that" | "which" | "who")
        {
            e += 1;
        }
        let closes = e >= v.len() || matches!(v.w(e), "," | "." | ";" | ")" | "of");
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
        && ((v.is_word(k - 1) && !v.is_cap(k - 1) && !v.is(k - 1, words!["behind", "of"]))
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
        && (v.ment_at(s - 1).is_none_or(|m| matches!(v.ty(m), Norp | Gpe)) && v.w(s - 1) != ",")
    {
        s -= 1;
    }
    // The apposition is a plain noun phrase ("the Polish studio"), not a clause ("which
    // could be the studio").
    let noun_phrase = v.is(s, words!["the", "a", "an"]) || v.is(s, &MAKER_NOUNS);
    if s >= 2 && v.w(s - 1) == "," && noun_phrase && !v.hedged(trig, trig - s + 1) {
        return v.ment_of(s - 2, Org).map(|o| v.entity(o));
    }
    None
}

/// Facts read off names across the article: a product whose name starts with an
/// organization's name is that organization's ("Microsoft Azure" → Microsoft).
///
/// Places inside names ("Bucharest Stock Exchange") are deliberately not read as locations:
/// annotators mark them only sometimes, and a seat is not always where the name says.
pub(super) fn from_names(
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
        let mut seen: FastMap<&str, ()> = FastMap::default();
        for &m in &e.mentions {
            if let Some(mm) = analysis.mentions.get(m.0 as usize) {
                let surface = text.get(mm.span.start..mm.span.end).unwrap_or("");
                if seen.insert(surface, ()).is_none() {
                    let w = words(surface);
                    if !w.is_empty() && !out.contains(&w) {
                        out.push(w);
                    }
                }
            }
        }
        out
    };
    // The sentences (indices, in order) holding a mention of `id`: sentences are in text
    // order, so each mention's is found by binary search.
    let sentences_with = |id: EntityId| -> Vec<usize> {
        let Some(e) = analysis.entities.get(id.0 as usize) else { return Vec::new() };
        let mut found: Vec<usize> = e
            .mentions
            .iter()
            .filter_map(|m| analysis.mentions.get(m.0 as usize))
            .filter_map(|m| {
                let k = sentences.partition_point(|s| s.span.end <= m.span.start);
                sentences.get(k).filter(|s| s.span.contains(m.span)).map(|_| k)
            })
            .collect();
        crate::engine::sort::natural(&mut found);
        found.dedup();
        found
    };
    // Each maker's sentences, found once (a maker of many products is named often).
    let mut makers: FastMap<EntityId, Vec<usize>> = FastMap::default();
    // The first sentence naming both, else the first naming the product.
    let mut sentence_of = |id: EntityId, other: EntityId| -> Option<Span> {
        let mine = sentences_with(id);
        let theirs = makers.entry(other).or_insert_with(|| sentences_with(other));
        let both = mine.iter().find(|k| theirs.binary_search(k).is_ok());
        both.or(mine.first()).map(|&k| sentences[k].span)
    };
    let mut out = Vec::new();
    let ents = &analysis.entities;
    // Every organization's forms (one pass, not one per product), each with the organization.
    let mut orgs = Trie::new();
    let mut buf = String::new();
    for (pos, o) in ents.iter().enumerate().filter(|(_, e)| e.ty == Org) {
        for of in forms(o.id) {
            orgs.insert(&of, pos);
        }
    }
    for p in ents.iter().filter(|e| e.ty == Product) {
        // The longest organization form a product form starts with; the first organization
        // (in entity order) among equals.
        let mut best: Option<(usize, usize)> = None;
        // "Internet Explorer 9" beside an organization "Internet Explorer" (also written
        // "Internet"): a name of several words and a version number is the product's family,
        // not its maker ("Boeing 737": a maker's one word). Such an organization is no maker.
        let mut families: Vec<usize> = Vec::new();
        for pf in forms(p.id) {
            // The organization forms the product's starts with, shorter than it.
            let shorter = &pf[..pf.len() - 1];
            for (len, positions) in orgs.prefixes(shorter.iter().map(String::as_str), &mut buf) {
                let code = &pf[len];
                for &pos in positions {
                    if len >= 2
                        && pf.len() == len + 1
                        && code.len() <= 6
                        && code.bytes().any(|b| b.is_ascii_digit())
                    {
                        families.push(pos);
                    }
                    if best.is_none_or(|(n, at)| len > n || (len == n && pos < at)) {
                        best = Some((len, pos));
                    }
                }
            }
        }
        let best = best.filter(|(_, pos)| !families.contains(pos));
        if let Some((_, pos)) = best {
            let o = ents[pos].id;
            if let Some(ev) = sentence_of(p.id, o) {
                out.push((
                    Found { ty: ProductOf, head: p.id, tail: o, conf: 0.8, family: Family::Names },
                    ev,
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::engine::types::EntityType::*;

    #[test]
    fn products_of_makers() {
        // Negative: a product and an unrelated company.
        check(vec![
            (
                "It will use Microsoft’s Copilot assistant.",
                vec![("Microsoft", Org), ("Copilot", Product)],
                vec!["Copilot PRODUCT_OF Microsoft"],
            ),
            (
                "Stablecoins such as USDC, issued by Circle, settle fast.",
                vec![("USDC", Product), ("Circle", Org)],
                vec!["USDC PRODUCT_OF Circle"],
            ),
            (
                "Virtanen dismissed Tesla, whose Optimus humanoid is late.",
                vec![("Virtanen", Person), ("Tesla", Org), ("Optimus", Product)],
                vec!["Optimus PRODUCT_OF Tesla"],
            ),
            ("Samsung phones run Gemini.", vec![("Samsung", Org), ("Gemini", Product)], vec![]),
        ]);
    }

    #[test]
    fn products_appositions_makers_and_verbs() {
        check(vec![
            (
                "Lumière’s flagship model, Lumen-2, was released in March.",
                vec![("Lumière", Org), ("Lumen-2", Product)],
                vec!["Lumen-2 PRODUCT_OF Lumière"],
            ),
            (
                "Food and Hearth & Home, Brightwell’s own-label range of kitchenware, led the gains.",
                vec![("Hearth & Home", Product), ("Brightwell", Org)],
                vec!["Hearth & Home PRODUCT_OF Brightwell"],
            ),
            (
                "QuTech will open the chip through Quantum Inspire, its cloud platform.",
                vec![("QuTech", Org), ("Quantum Inspire", Product)],
                vec!["Quantum Inspire PRODUCT_OF QuTech"],
            ),
            (
                "Shares of ChatGPT maker OpenAI rose.",
                vec![("ChatGPT", Product), ("OpenAI", Org)],
                vec!["ChatGPT PRODUCT_OF OpenAI"],
            ),
            (
                "Black Alder, the Polish studio behind the hit Ashen Crown, cut jobs.",
                vec![("Black Alder", Org), ("Polish", Norp), ("Ashen Crown", Product)],
                vec!["Ashen Crown PRODUCT_OF Black Alder"],
            ),
            (
                "Volkswagen is recalling about 312,000 Atlas and Atlas Cross Sport vehicles.",
                vec![("Volkswagen", Org), ("Atlas", Product), ("Atlas Cross Sport", Product)],
                vec!["Atlas Cross Sport PRODUCT_OF Volkswagen", "Atlas PRODUCT_OF Volkswagen"],
            ),
            (
                "Tandem sells a wheeled, two-armed robot called Porter.",
                vec![("Tandem", Org), ("Porter", Product)],
                vec!["Porter PRODUCT_OF Tandem"],
            ),
            // "Its" opening a sentence is the previous sentence's subject, not the topic.
            (
                "Acme grew. Acme hired. Coinbase has leaned into the idea. Its Base network grew.",
                vec![("Acme", Org), ("Acme", Org), ("Coinbase", Org), ("Base", Product)],
                vec!["Base PRODUCT_OF Coinbase"],
            ),
            (
                "Acme faces pressure as patents on its heart-failure drug Cardiol expire.",
                vec![("Acme", Org), ("Cardiol", Product)],
                vec!["Cardiol PRODUCT_OF Acme"],
            ),
            // Negatives: a role after the possessive is no product phrase; hedged makers; a
            // product and a company in different sentences; a customer is no maker.
            (
                "Copilot, Microsoft’s chief executive said, is popular.",
                vec![("Copilot", Product), ("Microsoft", Org)],
                vec![],
            ),
            (
                "Acme, which could be the studio behind Ashen Crown, declined to comment.",
                vec![("Acme", Org), ("Ashen Crown", Product)],
                vec![],
            ),
            (
                "Acme is a big studio. Ashen Crown sold well.",
                vec![("Acme", Org), ("Ashen Crown", Product)],
                vec![],
            ),
            ("Acme customers use Copilot daily.", vec![("Acme", Org), ("Copilot", Product)], vec![]),
        ]);
    }

    #[test]
    fn products_from_makers() {
        check(vec![
            (
                "Phones will run Gemini from Google next year.",
                vec![("Gemini", Product), ("Google", Org)],
                vec!["Gemini PRODUCT_OF Google"],
            ),
            (
                "It buys H200 chips from Nvidia.",
                vec![("H200", Product), ("Nvidia", Org)],
                vec!["H200 PRODUCT_OF Nvidia"],
            ),
            // Negatives: a move to a product away from a company; a hedge; another sentence.
            ("Acme moved to Azure from Amazon.", vec![("Azure", Product), ("Amazon", Org)], vec![]),
            (
                "It may buy H200 chips from Nvidia.",
                vec![("H200", Product), ("Nvidia", Org)],
                vec![],
            ),
            (
                "It runs Gemini. From Google came news.",
                vec![("Gemini", Product), ("Google", Org)],
                vec![],
            ),
            // A maker's name before a product's ("Boeing 737"); a version of a product whose
            // family name was read as an organization is not made by that family.
            (
                "Airlines want more Boeing 737 jets. Boeing said so.",
                vec![("Boeing 737", Product), ("Boeing", Org)],
                vec!["Boeing 737 PRODUCT_OF Boeing"],
            ),
            (
                "Internet Explorer 9 is out. Internet Explorer has lost share.",
                vec![("Internet Explorer 9", Product), ("Internet Explorer", Org)],
                vec![],
            ),
        ]);
    }
}
