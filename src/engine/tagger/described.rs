//! Names the article describes (pass 7 of `postprocess`). A name the tagger has not seen is
//! typed by its letters and the words next to it, and unusual names of ships, cars,
//! satellites and companies often look like people's. Writers say what such a name is:
//! - a noun before it: "the tanker Capitán Ruiz", "the rover Perseverance", "the consultancy
//!   Roland Berger", "chief executive Dana Whitfield";
//! - an apposition after it: "Pundi Tani, an Indonesian start-up", "the Teresa Almeida, a
//!   14,000-container vessel", "Aurelia Byrne, a singer-songwriter";
//! - a relative pronoun: "Tesla, which imports" (not a person), "Smith, who said";
//! - for a name read as a person, a noun after it: "the Greta Lindholm climate satellite",
//!   "the Caeté nickel mine", "the Bu Sikeen gas field";
//! - a kind before a storm's or an operation's name: "Cyclone Tafara" (and "Tafara" alone);
//! - where a person works: "an analyst at Messari", "eight years at Bottega Veneta", "joined
//!   from Target"; a place's "-based": "London-based Ampere Analysis".
//!
//! Each description is a vote for a type; every mention of a name takes the type its votes
//! agree on, when they outvote the tagger's. A name read as a person may become anything
//! described; one read as an organization only a product, facility or event (an
//! organization's name followed by a product noun is its maker: "Samsung smartphones").
//! A name after a vehicle noun the tagger missed is added ("the rover Perseverance"), and so
//! is an event where people speak ("told the audience at Token2049").
//! Headlines are not read: title case capitalizes the nouns too.

use crate::engine::hash::FastMap;
use crate::engine::lexicon::amounts::{MONTHS, WEEKDAYS};
use crate::engine::lexicon::names::{
    is_drug_name, is_product_noun, BUSINESS_UNITS, EVENT_HEADS, EVENT_KINDS, EVENT_NOUNS,
    FAC_HEADS, FAC_NOUNS, GPE_NOUNS, KIN_NOUNS, LOC_NOUNS, MORE_ORG_NOUNS, ORG_NOUNS, PERSON_NOUNS,
    SENTENCE_OPENERS, VEHICLE_NOUNS,
};
use crate::engine::lexicon::relations::{CORE_ROLES, PREPOSITIONS, ROLE_QUALIFIERS};
use crate::engine::text::{is_capitalized, lower_into, starts_lowercase, words};
use crate::engine::types::{EntityType, Span};
use crate::engine::{Candidate, Sentence};

/// The types a description can give, in vote order.
const KINDS: [EntityType; 7] = [
    EntityType::Person,
    EntityType::Org,
    EntityType::Product,
    EntityType::Fac,
    EntityType::Event,
    EntityType::Loc,
    EntityType::Gpe,
];

fn kind_index(ty: EntityType) -> Option<usize> {
    KINDS.iter().position(|&k| k == ty)
}

/// The type a describing noun (lower case) gives the name it describes, if any. `before` is
/// the word before the noun ("car" in "car carrier").
fn noun_kind(noun: &str, before: &str) -> Option<EntityType> {
    if noun == "carrier" {
        // A car, gas or aircraft carrier is a ship; a carrier alone is often an airline.
        return matches!(
            before,
            "car" | "bulk" | "gas" | "lng" | "container" | "vehicle" | "aircraft"
        )
        .then_some(EntityType::Product);
    }
    // "Operator" and "producer" alone may be people's ("a tour operator", "a film producer");
    // after the industry or the goods, a company's ("a mobile operator", "a nickel producer").
    if noun == "operator" || noun == "producer" {
        const INDUSTRIES: &crate::engine::text::Words = words![
            "mobile", "network", "telecom", "wireless", "satellite", "port", "rail", "airport",
            "grid", "pipeline", "casino", "ferry", "broadband", "cable", "oil", "gas", "steel",
            "nickel", "copper", "lithium", "coal", "cement", "power", "chip", "dairy", "poultry",
        ];
        return INDUSTRIES.contains(before).then_some(EntityType::Org);
    }
    let vehicle = |n: &str| VEHICLE_NOUNS.contains(n);
    if vehicle(noun) || noun.strip_suffix('s').is_some_and(vehicle) {
        Some(EntityType::Product)
    } else if PERSON_NOUNS.contains(noun) {
        Some(EntityType::Person)
    } else if org_noun(noun) {
        Some(EntityType::Org)
    } else if FAC_NOUNS.contains(noun) {
        Some(EntityType::Fac)
    } else if EVENT_NOUNS.contains(noun) {
        Some(EntityType::Event)
    } else if LOC_NOUNS.contains(noun) {
        Some(EntityType::Loc)
    } else if GPE_NOUNS.contains(noun) {
        Some(EntityType::Gpe)
    } else if is_product_noun(noun) {
        Some(EntityType::Product)
    } else {
        None
    }
}

/// What a company owns and a person does not, in lower case ("Meridian’s headquarters",
/// "its customers"; not shares, which people own too): after a name and a possessive, evidence of a company.
const COMPANY_POSSESSIONS: &crate::engine::text::Words = words![
    "board", "headquarters", "revenue", "revenues", "profit", "profits", "sales", "customers",
    "employees", "subsidiary", "unit", "division", "parent", "ceo", "chairman", "founder",
    "shareholders", "investors", "factory", "factories", "plant", "plants", "stores", "products",
    "platform", "app", "website", "executives", "workforce", "brands",
];

/// Is `noun` a noun for an organization, a part of one or its trade, and not also a
/// person's ("a property developer", "an operator")?
fn org_noun(noun: &str) -> bool {
    let ambiguous = matches!(
        noun,
        "developer"
            | "producer"
            | "operator"
            | "broker"
            | "contractor"
            | "team"
            | "venture"
            | "giant"
            | "business"
            | "start"
            | "outfit"
    );
    (ORG_NOUNS.contains(noun) || MORE_ORG_NOUNS.contains(noun) || BUSINESS_UNITS.contains(noun))
        && !ambiguous
}

/// A sentence's words: runs of tokens with no space between them ("start-up", "14,000"),
/// with the index of their first and last token.
fn words_of<'t>(text: &'t str, toks: &[Span]) -> Vec<(&'t str, usize, usize)> {
    let mut out: Vec<(&'t str, usize, usize)> = Vec::with_capacity(toks.len());
    for (k, t) in toks.iter().enumerate() {
        match out.last_mut() {
            Some(last) if toks[last.2].end == t.start && t.of(text) != "," => {
                last.0 = &text[toks[last.1].start..t.end];
                last.2 = k;
            }
            _ => out.push((t.of(text), k, k)),
        }
    }
    out
}

/// Words that end an apposition's noun phrase ("a vessel operated by", "a start-up that").
fn phrase_end(w: &str) -> bool {
    const ENDS: &crate::engine::text::Words = words![
        "that", "which", "who", "whose", "of", "in", "with", "for", "from", "at", "on", "and",
        "by", "to", "owned", "run", "based", "operated", "led", "backed", "founded", "made",
        "built", "named", "called", "set", "behind", "being", "is", "was", "has", "had", "the",
        "a", "an", "as", "into", "near", "after", "since", "than", "where", "when", "while", "but",
        "or", "said", "says", "will", "would", "its",
    ];
    w.chars().next().is_some_and(|c| !c.is_alphanumeric()) || ENDS.contains(w)
}

/// The votes of one mention's descriptions.
fn describe(text: &str, s: &Sentence, c: &Candidate, votes: &mut [u32; 7], buf: &mut String) {
    let toks = &s.tokens;
    let first = toks.partition_point(|t| t.end <= c.span.start);
    let last = match toks.partition_point(|t| t.start < c.span.end).checked_sub(1) {
        Some(l) if toks.get(first).is_some_and(|t| t.start == c.span.start) => l,
        _ => return,
    };
    let w = |k: usize| toks.get(k).map_or("", |t| t.of(text));
    let mut vote = |ty: Option<EntityType>, n: u32| {
        if let Some(i) = ty.and_then(kind_index) {
            votes[i] += n;
        }
    };
    // A kind before a storm's or an operation's name.
    if last > first && EVENT_KINDS.contains(w(first)) {
        vote(Some(EntityType::Event), 2);
    }
    // A noun right before: "the tanker Capitán Ruiz"; "port city of Beira".
    if first > 0 && text.get(toks[first - 1].end..c.span.start) == Some(" ") {
        let p = w(first - 1);
        if starts_lowercase(p) {
            let before =
                if first > 1 { lower_into(w(first - 2), buf).to_string() } else { String::new() };
            if p == "of" && first > 1 && GPE_NOUNS.contains(&before) {
                vote(Some(EntityType::Gpe), 2);
            } else {
                // Before a name, a kind of product ("the app", "its platform") may be a
                // company's trade: only vehicles count among products.
                let generic = matches!(
                    p,
                    "maker"
                        | "app"
                        | "platform"
                        | "service"
                        | "system"
                        | "software"
                        | "brand"
                        | "franchise"
                        | "lineup"
                        | "series"
                        | "engine"
                        | "device"
                        | "game"
                        | "wallet"
                        | "browser"
                        | "model"
                        | "games"
                        | "apps"
                );
                if !generic {
                    vote(noun_kind(lower_into(p, buf), &before), 2);
                }
            }
        }
    }
    // A place's "-based" before it describes an organization ("London-based Ampere Analysis",
    // "the Parma-based builder Pizzarotti"), unless its noun says what else ("a London-based
    // artist", "the Lagos-based bank": that noun's own vote above).
    let based = |k: usize| k >= 2 && matches!(w(k), "based" | "headquartered") && w(k - 1) == "-";
    if first >= 3 && text.get(toks[first - 1].end..c.span.start) == Some(" ") {
        let noun = w(first - 1);
        let plain_noun = starts_lowercase(noun)
            && noun_kind(lower_into(noun, buf), "").is_none()
            && !PERSON_NOUNS.contains(buf.as_str());
        if based(first - 1) || (plain_noun && based(first - 2)) {
            vote(Some(EntityType::Org), 2);
        }
    }
    // A noun phrase it stands in apposition to, before it: "their nine-month-old child,
    // Gloria", "Brazil's largest media group, Grupo Globo", "Colombia's central bank, Banco
    // de la República". A person's noun there says more than the letters of the name
    // (which may read as a company's): it outweighs a relative pronoun. The phrase opens
    // with a determiner or a possessive; without one it is a role in a list ("Rania
    // al-Khatib, senior grains analyst, Rabobank").
    if first > 1 && w(first - 1) == "," && toks[first - 1].end < c.span.start {
        let p = w(first - 2);
        let before =
            if first > 2 { lower_into(w(first - 3), buf).to_string() } else { String::new() };
        let kind = starts_lowercase(p).then(|| noun_kind(lower_into(p, buf), &before)).flatten();
        if let Some(kind) = kind {
            let opener = (first.saturating_sub(8)..first - 2).rev().find_map(|k| {
                let x = w(k);
                if matches!(
                    x,
                    "the"
                        | "a"
                        | "an"
                        | "their"
                        | "his"
                        | "her"
                        | "its"
                        | "our"
                        | "my"
                        | "’s"
                        | "'s"
                        | "The"
                        | "A"
                        | "An"
                        | "Their"
                        | "His"
                        | "Her"
                        | "Its"
                ) {
                    Some(Some(k))
                } else if starts_lowercase(x) || x == "-" {
                    None
                } else {
                    Some(None)
                }
            });
            // "In the first game, Ryne Sandberg …" opens the sentence with a phrase: no
            // apposition ("the death of their child, Gloria" is one).
            let fronted =
                |k: usize| k == 1 && PREPOSITIONS.contains(lower_into(w(0), &mut String::new()));
            if opener.flatten().is_some_and(|k| !fronted(k)) {
                vote(Some(kind), if kind == EntityType::Person { 3 } else { 2 });
            }
        }
    }
    // Where a person works, for a name read as a person or a place: "an analyst at Messari",
    // "a spokeswoman for Orbix", "chief executive of Sonique". A
    // person's role before "at", "for" or "of" names an organization (a place after "of"
    // stays a place: "the mayor of Lagos"), unless the name is itself a possessor ("the
    // president of Howard's party").
    // A name read as a place is described so only after "at" ("a strategist at VanEck"):
    // "the mayor of Lagos", "the minister for Wales" name places.
    let possessor = matches!(w(last + 1), "’s" | "'s" | "’" | "'");
    // Nor when the name is the first half of a compound ("an analyst at London-based
    // Ampere"): the place qualifies the organization after it.
    let compound = toks.get(last + 1).is_some_and(|t| t.start == c.span.end && t.of(text) == "-");
    let possessor = possessor || compound;
    // A facility's name after "at" is a workplace too ("a research director at Gartner"),
    // unless its last word names a building ("a curator at the Pergamon Museum").
    let building = || c.span.of(text).rsplit(' ').next().is_some_and(|h| FAC_HEADS.contains(h));
    let workplace = match c.ty {
        EntityType::Person => matches!(w(first.wrapping_sub(1)), "at" | "for" | "of"),
        EntityType::Gpe | EntityType::Loc => w(first.wrapping_sub(1)) == "at",
        EntityType::Fac => w(first.wrapping_sub(1)) == "at" && !building(),
        _ => false,
    };
    if workplace && first > 1 && !possessor {
        // The role may be a job's ("strategist", "partner") or a function after one ("head
        // of research at").
        let role = lower_into(w(first - 2), buf).to_string();
        let job = |r: &str| {
            (PERSON_NOUNS.contains(r) && !KIN_NOUNS.contains(r)) || CORE_ROLES.contains(r)
        };
        let function = first > 3
            && ROLE_QUALIFIERS.contains(&role)
            && w(first - 3) == "of"
            && job(lower_into(w(first - 4), buf));
        if job(&role) || function {
            vote(Some(EntityType::Org), 2);
        }
    }
    // A career's places are employers: "after eight years at Bottega Veneta", "who joined
    // from Target" (a move from a town is "moved from").
    let career = match c.ty {
        EntityType::Person | EntityType::Gpe | EntityType::Loc if first > 1 && !possessor => {
            let before = lower_into(w(first - 2), buf);
            match w(first - 1) {
                "at" => matches!(before, "years" | "months" | "decades" | "stint"),
                "from" => matches!(
                    before,
                    "joined" | "joins" | "join" | "joining" | "hired" | "poached" | "recruited"
                ),
                _ => false,
            }
        }
        _ => false,
    };
    if career {
        vote(Some(EntityType::Org), 2);
    }
    // What only an organization undergoes: "Sonique was founded in 2020", "Velt was
    // acquired".
    if c.ty == EntityType::Person && matches!(w(last + 1), "was" | "is" | "has" | "had" | "were") {
        let next = if w(last + 2) == "been" { w(last + 3) } else { w(last + 2) };
        if matches!(
            next,
            "founded" | "acquired" | "incorporated" | "listed" | "delisted" | "headquartered"
        ) {
            vote(Some(EntityType::Org), 2);
        }
    }
    // A natural place named before its kind: "the Pamir mountains", "the Mekong delta".
    if matches!(
        w(last + 1),
        "mountains"
            | "river"
            | "valley"
            | "desert"
            | "sea"
            | "lake"
            | "islands"
            | "peninsula"
            | "delta"
            | "plateau"
            | "basin"
            | "glacier"
            | "gorge"
            | "strait"
    ) && (first.saturating_sub(3)..first)
        .rev()
        .take_while(|&k| starts_lowercase(w(k)) || w(k) == "The")
        .any(|k| matches!(w(k), "the" | "The"))
        && c.ty != EntityType::Loc
    {
        vote(Some(EntityType::Loc), 2);
    }
    // A paper named before its kind, reporting: "Zycie Warszawy daily said", "Britain's Sun
    // newspaper reported" (not after "the": "the Dublin newspaper said" is a place's paper).
    if matches!(
        w(last + 1),
        "daily" | "newspaper" | "weekly" | "magazine" | "tabloid" | "broadcaster"
    ) && matches!(w(last + 2), "said" | "says" | "reported" | "reports" | "wrote" | "quoted")
        && !matches!(w(first.wrapping_sub(1)), "the" | "The" | "a" | "A")
    {
        vote(Some(EntityType::Org), 2);
    }
    // What it owns: "Meridian’s customers", "Tesla's headquarters" are a company's.
    if matches!(w(last + 1), "’s" | "'s") && toks[last + 1].start == c.span.end {
        let owned = lower_into(w(last + 2), buf);
        let company = COMPANY_POSSESSIONS.contains(owned);
        let strong =
            matches!(owned, "ceo" | "chairman" | "shareholders" | "subsidiary" | "headquarters");
        if strong || (company && c.ty == EntityType::Person) {
            vote(Some(EntityType::Org), 2);
        }
    }
    // A company's officer named after it: "Ericsson chief executive Per Zetterquist",
    // "Deportivo chairman Augusto Lendoiro". Only roles people do not hold of a person ("a
    // Clinton spokesman", "Trump adviser" name a person's staff).
    if toks.get(last + 1).is_some_and(|t| t.start == c.span.end + 1) {
        let role = lower_into(w(last + 1), buf);
        let next = match role {
            "chairman" | "chairwoman" | "ceo" | "cfo" | "coach" => last + 2,
            "chief" if matches!(w(last + 2), "executive" | "financial" | "operating") => {
                last + if w(last + 3) == "officer" { 4 } else { 3 }
            }
            "managing" if w(last + 2) == "director" => last + 3,
            "general" if w(last + 2) == "manager" => last + 3,
            _ => 0,
        };
        if next > 0 && is_capitalized(w(next)) && !matches!(w(next), "The" | "A" | "An") {
            vote(Some(EntityType::Org), 2);
        }
    }
    // After it: an apposition, a relative pronoun, or (for a person) a noun.
    let after = toks.get(last + 1);
    if after.is_some_and(|t| t.of(text) == "," && t.start == c.span.end) {
        // A noun phrase opens with an article or a possessor ("Peru's third-largest
        // mobile operator").
        let np = match w(last + 2) {
            "a" | "an" | "the" => Some(last + 3),
            x if is_capitalized(x) && matches!(w(last + 3), "’s" | "'s") => Some(last + 4),
            _ => None,
        };
        match w(last + 2) {
            "which" => vote(Some(EntityType::Org), 1),
            "who" => vote(Some(EntityType::Person), 2),
            _ if np.is_some() => {
                let np = np.unwrap_or(last + 3);
                // The noun phrase's head is its last word ("a fintech policy researcher", "a
                // robot maker"), a lower-case noun.
                let words = words_of(text, &toks[np.min(toks.len())..toks.len().min(np + 9)]);
                let n = words.iter().take(6).take_while(|(w, _, _)| !phrase_end(w)).count();
                // "In Germany, the fund is taking …" is a clause, no apposition.
                let clause = words.get(n).is_some_and(|(w, _, _)| {
                    matches!(*w, "is" | "was" | "has" | "had" | "said" | "says" | "will" | "would")
                });
                let head = (0..n).rev().find_map(|i| {
                    let prev = if i > 0 { words[i - 1].0.to_lowercase() } else { String::new() };
                    let word = words[i].0;
                    starts_lowercase(word)
                        .then(|| noun_kind(lower_into(word, buf), &prev))
                        .flatten()
                });
                // No noun of a kind, but a place's "-based": an organization ("Louis Dreyfus,
                // the Rotterdam-based merchant").
                let based = words[..n]
                    .iter()
                    .any(|(w, _, _)| w.ends_with("-based") || w.ends_with("-headquartered"));
                let head = head.or(based.then_some(EntityType::Org));
                vote(head.filter(|_| !clause), 2);
            }
            _ => {}
        }
    } else if c.ty == EntityType::Person && after.is_some_and(|t| t.start == c.span.end + 1) {
        let words = words_of(text, &toks[last + 1..toks.len().min(last + 4)]);
        let lower = |x: &str| x.chars().all(|ch| ch.is_lowercase() || ch == '-');
        for (i, (word, _, _)) in words.iter().enumerate().take(2) {
            if !lower(word) {
                break;
            }
            let k = noun_kind(lower_into(word, buf), "");
            let kind = k.filter(|k| *k != EntityType::Person && *k != EntityType::Org);
            if kind.is_some() {
                vote(kind, 2);
                break;
            }
            if i == 1 {
                break;
            }
        }
    }
}

/// Retypes the names the article describes and adds those it names after a vehicle noun
/// (see the module notes). `out` holds every span, `headline` marks title-case sentences.
pub(super) fn described(
    text: &str,
    sentences: &[Sentence],
    headline: &[bool],
    out: &mut Vec<Candidate>,
) {
    Candidate::sort_by_span(out);
    let mut buf = String::new();
    let mut votes: FastMap<String, [u32; 7]> = FastMap::default();
    let described_types =
        |ty: EntityType| matches!(ty, EntityType::Person | EntityType::Org | EntityType::Gpe);
    for c in out
        .iter()
        .filter(|c| described_types(c.ty) || matches!(c.ty, EntityType::Loc | EntityType::Fac))
    {
        let si = sentences.partition_point(|s| s.span.end <= c.span.start);
        let Some(s) = sentences.get(si).filter(|s| s.span.contains(c.span)) else { continue };
        if headline[si] {
            continue;
        }
        let mut v = [0u32; 7];
        describe(text, s, c, &mut v, &mut buf);
        if v.iter().any(|&n| n > 0) {
            let key = lower_into(c.span.of(text), &mut buf).to_string();
            let e = votes.entry(key).or_default();
            e.iter_mut().zip(v).for_each(|(a, b)| *a += b);
            // "Cyclone Tafara": "Tafara" alone names the storm too.
            let name = c.span.of(text);
            if let Some((kind, rest)) = name.split_once(' ') {
                if EVENT_KINDS.contains(kind) && kind != "Tropical" {
                    let r = votes.entry(rest.to_lowercase()).or_default();
                    r[kind_index(EntityType::Event).unwrap_or(0)] += 2;
                }
            }
        }
    }
    if !votes.is_empty() {
        for c in out.iter_mut() {
            let Some(v) = votes.get(lower_into(c.span.of(text), &mut buf)) else { continue };
            if let Some(ty) = decided(c.ty, v) {
                c.ty = ty;
            }
        }
    }
    vehicle_names(text, sentences, headline, out);
    model_codes(text, sentences, out);
    venue_events(text, sentences, headline, out);
    drug_names(text, sentences, out);
    opening_names(text, sentences, headline, out);
    bracketed_names(text, sentences, out);
}

/// One word in parentheses right after an organization's name is its short name ("the
/// Brazilian Association of Startups (Abstartups)", "Confederation of Chilean Students
/// (Confech)"), and one after a dateline's place is the news agency ("BERLIN (dpa) —"): an
/// organization, however the tagger read the word. Not a number or a year, and a short name
/// has a capital.
fn bracketed_names(text: &str, sentences: &[Sentence], out: &mut Vec<Candidate>) {
    Candidate::sort_by_span(out);
    let mut added = Vec::new();
    let mut retyped: Vec<Span> = Vec::new();
    for s in sentences {
        let toks = &s.tokens;
        for k in 1..toks.len().saturating_sub(2) {
            let (open, word, close) = (toks[k], toks[k + 1], toks[k + 2]);
            let w = word.of(text);
            if open.of(text) != "("
                || close.of(text) != ")"
                || word.start != open.end
                || close.start != word.end
                || !w.starts_with(|c: char| c.is_alphabetic())
                || w.chars().count() < 2
                || !w.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-')
            {
                continue;
            }
            // The name right before the parenthesis: an organization, or a dateline's place
            // written in capitals.
            let before = toks[k - 1];
            let i = out.partition_point(|c| c.span.end < before.end);
            let Some(owner) = out.get(i).filter(|c| c.span.end == before.end) else { continue };
            let place = owner.span.of(text);
            let dateline = matches!(owner.ty, EntityType::Gpe)
                && owner.span.start == s.span.start
                && !place.chars().any(char::is_lowercase);
            // An agency may write itself in lower case ("dpa"); a short name does not.
            let capitalized = w.chars().any(char::is_uppercase);
            // A product's short name or ticker is the product ("Internet Explorer 9 (IE9)",
            // "iShares Bitcoin Trust (IBIT)"), however the tagger read it.
            if owner.ty == EntityType::Product && capitalized {
                retyped.push(word);
            } else if covered(out, word) {
                continue;
            } else if (owner.ty == EntityType::Org && capitalized) || dateline {
                added.push(Candidate { span: word, ty: EntityType::Org });
            }
        }
    }
    // Only where nothing or exactly the word was read there.
    let news = retyped.into_iter().map(|span| (Candidate { span, ty: EntityType::Product }, ()));
    replace_overlapping(out, news.collect(), |new, c| c.span == new.0.span);
    out.extend(added);
    Candidate::sort_by_span(out);
}

/// Does a span of `out` (sorted by span, not overlapping each other) overlap `span`?
fn covered(out: &[Candidate], span: Span) -> bool {
    let i = out.partition_point(|c| c.span.end <= span.start);
    out.get(i).is_some_and(|c| c.span.overlaps(span))
}

/// Does the apposition starting at `toks` describe an organization: "which …" (only after a
/// sentence's first word: mid-sentence, "which" may mean the whole clause), "the/a/its …
/// NOUN" with an organization's noun ("the Norwegian development finance institution"; "its
/// closest rival"), or a place's "… NOUN" ("Indonesia's biggest technology group")?
fn describes_org(text: &str, toks: &[Span], opens: bool, buf: &mut String) -> bool {
    let det = toks[0].of(text);
    if det == "which" {
        return opens;
    }
    let from = if matches!(det, "the" | "a" | "an" | "its" | "their") {
        1
    } else if is_capitalized(det) && toks.get(1).is_some_and(|t| matches!(t.of(text), "'s" | "’s"))
    {
        2
    } else {
        return false;
    };
    let words = words_of(text, &toks[from..toks.len().min(from + 9)]);
    let n = words.iter().take(6).take_while(|(w, _, _)| !phrase_end(w)).count();
    n > 0 && {
        // A sentence's full stop is written onto its last word ("group.").
        let head = words[n - 1].0.trim_end_matches('.');
        let before = if n > 1 { words[n - 2].0.to_lowercase() } else { String::new() };
        let head = lower_into(head, buf);
        starts_lowercase(head)
            && (noun_kind(head, &before) == Some(EntityType::Org)
                // "its closest rival": an organization's rival is one.
                || (matches!(det, "its" | "their") && matches!(head, "rival" | "competitor")))
    }
}

/// Names the tagger missed where they open a sentence (or follow a lower-case word), which
/// the sentence describes as an organization: an unfamiliar company's name there reads like
/// any capitalized first word, but "Revolut, which agreed …", "Norfund, the Norwegian
/// development finance institution, …" and "Anthropic, its closest rival, …" say what it
/// is. The word then names the organization wherever the article writes it capitalized. Not
/// a word the article also writes in lower case ("Analysts, which …"), nor a word that opens
/// sentences ("Meanwhile, the company …").
fn opening_names(text: &str, sentences: &[Sentence], headline: &[bool], out: &mut Vec<Candidate>) {
    Candidate::sort_by_span(out);
    let mut buf = String::new();
    let mut found: Vec<&str> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        // A list item's bullet is not its first word ("- Accel, which led …").
        let bullet = s.tokens.first().is_some_and(|t| matches!(t.of(text), "-" | "•" | "*" | "–"));
        let toks = &s.tokens[usize::from(bullet)..];
        if headline[si] || toks.len() < 4 {
            continue;
        }
        // The sentence's first word, and a word after a lower-case one ("acquired by GoTo,
        // Indonesia's biggest technology group"): where the tagger may miss a name.
        for k in 0..toks.len() - 3 {
            if k > 0 && !starts_lowercase(toks[k - 1].of(text)) {
                continue;
            }
            let (first, comma) = (toks[k], toks[k + 1]);
            let w = first.of(text);
            let name_like = is_capitalized(w)
                && w.chars().count() >= 3
                && w.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.');
            if !name_like
                || comma.of(text) != ","
                || comma.start != first.end
                || covered(out, first)
                || SENTENCE_OPENERS.contains(lower_into(w, &mut buf))
            {
                continue;
            }
            if describes_org(text, &toks[k + 2..], k == 0, &mut buf) && !found.contains(&w) {
                found.push(w);
            }
        }
    }
    if found.is_empty() {
        return;
    }
    // Words the article writes in lower case are words, not names.
    let lower: crate::engine::hash::FastSet<&str> = sentences
        .iter()
        .flat_map(|s| s.tokens.iter().map(|t| t.of(text)))
        .filter(|w| starts_lowercase(w))
        .collect();
    found.retain(|w| !lower.contains(lower_into(w, &mut buf)));
    if found.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for s in sentences {
        for &t in &s.tokens {
            if found.contains(&t.of(text)) && !covered(out, t) {
                added.push(Candidate { span: t, ty: EntityType::Org });
            }
        }
    }
    out.extend(added);
    Candidate::sort_by_span(out);
}

/// Drugs by their generic names: a brand followed by a lower-case generic name in
/// parentheses ("Renvaxa (sibelatamab)") is a PRODUCT, and so is the generic name; a
/// lower-case word with an ending only drugs have ("-mab", "-tinib") is one anywhere.
fn drug_names(text: &str, sentences: &[Sentence], out: &mut Vec<Candidate>) {
    Candidate::sort_by_span(out);
    let mut brands: Vec<String> = Vec::new();
    let mut added = Vec::new();
    for s in sentences {
        let toks = &s.tokens;
        for (k, t) in toks.iter().enumerate() {
            let w = t.of(text);
            if !w.starts_with(|c: char| c.is_ascii_lowercase()) || w.len() < 8 {
                continue;
            }
            let bracketed = k >= 2
                && toks[k - 1].of(text) == "("
                && toks.get(k + 1).is_some_and(|n| n.of(text) == ")");
            let brand = bracketed
                .then(|| {
                    let i = out.partition_point(|c| c.span.end <= toks[k - 2].start);
                    out.get(i).filter(|c| c.span.end == toks[k - 2].end).copied()
                })
                .flatten();
            let drug = is_drug_name(w, true) || (brand.is_some() && is_drug_name(w, false));
            if !drug {
                continue;
            }
            if let Some(b) = brand {
                brands.push(b.span.of(text).to_string());
            }
            if !covered(out, *t) {
                added.push(Candidate { span: *t, ty: EntityType::Product });
            }
        }
    }
    if !brands.is_empty() {
        for c in out.iter_mut() {
            if brands.iter().any(|b| b == c.span.of(text)) {
                c.ty = EntityType::Product;
            }
        }
    }
    out.extend(added);
}

/// The type a name of type `ty` takes from its descriptions' votes, if they change it.
fn decided(ty: EntityType, v: &[u32; 7]) -> Option<EntityType> {
    let own = kind_index(ty).map_or(0, |i| v[i]);
    let (best, &n) = v.iter().enumerate().max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))?;
    let tied = v.iter().filter(|&&m| m == n).count() > 1;
    let to = KINDS[best];
    let allowed = match ty {
        EntityType::Person => true,
        // An organization becomes a person only when called one in apposition before it
        // ("their child, Gloria") or described as one twice ("Simion, the leader of …",
        // "Simion, who …"): "who" alone is written of sports clubs too.
        EntityType::Org if to == EntityType::Person => n >= 3,
        EntityType::Org => matches!(
            to,
            EntityType::Product | EntityType::Fac | EntityType::Event | EntityType::Loc
        ),
        // "Kioxia, the flash-memory maker": a company read as a place.
        EntityType::Gpe | EntityType::Loc => to == EntityType::Org,
        // "a research director at Gartner": a company read as a building.
        EntityType::Fac => to == EntityType::Org,
        _ => false,
    };
    // A person is never "which": that alone is enough to read a person as an organization.
    let enough = n >= 2 || (ty == EntityType::Person && to == EntityType::Org);
    (n > own && !tied && to != ty && allowed && enough).then_some(to)
}

/// Words that say someone speaks or presents somewhere: the name after "at" is then where
/// ("told the audience at …", "speaking on a panel at …", "presented the results at …").
const SPEAKING: &crate::engine::text::Words = words![
    "audience", "audiences", "stage", "panel", "keynote", "speaking", "spoke", "speak", "speaks",
    "speech", "presented", "presenting", "presentation", "talk", "remarks",
];

/// Names of events where people speak: the name after "at" following a speaking word, when it
/// has an event's shape, a digit in it (an edition, a year) or an event's head word last
/// ("told the audience at Token2049", "speaking at ETHDenver 2025", "presented the results at
/// Kidney Week 2025"). Added as an EVENT where no name covers it; where names inside it are
/// only its year and parts read as a place or a facility ("Kidney Week" + "2025"), it
/// replaces them. A person's or an organization's name there stays ("spoke at Harvard").
///
/// Anywhere, an edition of an event: capitalized words with an event's head word, then only
/// places and a year ("Fan Expo Canada 2016", "Pop Expo Berlin 2023", "Expo 2020 Dubai"). It
/// replaces the parts read as places, dates or events, and an organization read in the words
/// up to the head ("Fan Expo" + "Canada"); a person's name or a product inside it stays.
fn venue_events(text: &str, sentences: &[Sentence], headline: &[bool], out: &mut Vec<Candidate>) {
    Candidate::sort_by_span(out);
    // Each found name with the end of its head word (0: found after a speaking word).
    let mut found: Vec<(Span, usize)> = Vec::new();
    let mut buf = String::new();
    let year = |t: &Span| {
        let t = t.of(text);
        t.len() == 4 && (t.starts_with("19") || t.starts_with("20"))
    };
    for (si, s) in sentences.iter().enumerate() {
        if headline[si] {
            continue;
        }
        let toks = &s.tokens;
        let w = |k: usize| toks.get(k).map_or("", |t| t.of(text));
        // The sentence's names (no name crosses a sentence's edge).
        let names = &out[out.partition_point(|c| c.span.start < s.span.start)
            ..out.partition_point(|c| c.span.start < s.span.end)];
        // The capitalized words (digits after the first) from `first` on, at most five.
        let run_from = |first: usize| {
            let mut n = 0;
            while first + n < toks.len() && n < 5 {
                let t = w(first + n);
                let digit = t.chars().any(|c| c.is_ascii_digit());
                let fits = t.chars().all(char::is_alphanumeric)
                    && (is_capitalized(t) || (n > 0 && digit))
                    && !WEEKDAYS.contains(t)
                    && !MONTHS.contains(t);
                let joined =
                    n == 0 || text.get(toks[first + n - 1].end..toks[first + n].start) == Some(" ");
                if !fits || !joined {
                    break;
                }
                n += 1;
            }
            n
        };
        let mut k = 0;
        while k < toks.len() {
            let n = run_from(k);
            if n == 0 {
                k += 1;
                continue;
            }
            // A sentence's opening word is no part of a name ("Yesterday Fan Expo …").
            let first =
                if k == 0 && SENTENCE_OPENERS.contains(lower_into(w(0), &mut buf)) { 1 } else { k };
            let run = &toks[first..k + n];
            if let Some(h) = run.iter().position(|t| EVENT_HEADS.contains(t.of(text))) {
                let head = run[h];
                // A year, or a place named after the head word (not one the head word is part
                // of: "Summit County").
                let edition = |t: &Span| {
                    year(t)
                        || names.iter().any(|c| {
                            c.span.contains(*t)
                                && c.span.start > head.end
                                && matches!(c.ty, EntityType::Gpe | EntityType::Loc)
                        })
                };
                // Or a word of a name the tagger read over the head word ("Fan Expo Canada").
                let read_on =
                    |t: &Span| names.iter().any(|c| c.span.contains(*t) && c.span.contains(head));
                let after = &run[h + 1..];
                if after.iter().any(edition) && after.iter().all(|t| edition(t) || read_on(t)) {
                    found.push((Span::new(run[0].start, run[run.len() - 1].end), head.end));
                }
            }
            k += n;
        }
        for k in 1..toks.len() {
            if w(k) != "at"
                || !(k.saturating_sub(5)..k).any(|i| SPEAKING.contains(lower_into(w(i), &mut buf)))
            {
                continue;
            }
            let first = if w(k + 1) == "the" { k + 2 } else { k + 1 };
            let n = run_from(first);
            if n == 0 {
                continue;
            }
            let run = &toks[first..first + n];
            let shaped = run.iter().any(|t| t.of(text).chars().any(|c| c.is_ascii_digit()))
                || EVENT_HEADS.contains(run[n - 1].of(text));
            if shaped {
                found.push((Span::new(run[0].start, run[n - 1].end), 0));
            }
        }
    }
    // An edition found in the body is the same event in a headline ("… at Fan Expo Canada
    // 2016 in Toronto"): looked up by its first word at each headline token.
    let mut editions: FastMap<&str, Vec<(&str, usize)>> = FastMap::default();
    for &(span, head_end) in found.iter().filter(|f| f.1 > 0) {
        let name = span.of(text);
        let first = name.split(' ').next().unwrap_or(name);
        let same = editions.entry(first).or_default();
        if !same.iter().any(|e| e.0 == name) {
            same.push((name, head_end - span.start));
        }
    }
    if !editions.is_empty() {
        for s in sentences.iter().zip(headline).filter(|p| *p.1).map(|p| p.0) {
            for t in &s.tokens {
                let Some(names) = editions.get(t.of(text)) else { continue };
                for &(name, head) in names {
                    let end = t.start + name.len();
                    let whole =
                        text[t.start..].starts_with(name) && s.tokens.iter().any(|u| u.end == end);
                    if whole {
                        found.push((Span::new(t.start, end), t.start + head));
                    }
                }
            }
        }
    }
    let news =
        found.into_iter().map(|(span, head)| (Candidate { span, ty: EntityType::Event }, head));
    replace_overlapping(out, news.collect(), |&(new, head_end), c| {
        new.span.contains(c.span)
            && (matches!(
                c.ty,
                EntityType::Date | EntityType::Event | EntityType::Fac | EntityType::Loc
            ) || (head_end > 0
                && (matches!(c.ty, EntityType::Gpe | EntityType::Norp)
                    || (c.ty == EntityType::Org && c.span.end <= head_end))))
    });
}

/// Puts each of `news` (a span, with what `yields` needs to know of it) in place of the spans
/// of `out` it overlaps when every one of them may give way to it (`yields(new, old)`); a new
/// span that some overlap does not yield to is left out. The overlaps are found by binary
/// search over `out` sorted, so it takes n log n time.
fn replace_overlapping<T>(
    out: &mut Vec<Candidate>,
    mut news: Vec<(Candidate, T)>,
    yields: impl Fn(&(Candidate, T), &Candidate) -> bool,
) {
    if news.is_empty() {
        return;
    }
    Candidate::sort_by_span(out);
    crate::engine::sort::by_key(&mut news, |n| n.0.span);
    news.dedup_by_key(|n| n.0.span);
    // The furthest end among the spans up to each one: spans before the first whose reach
    // passes a start cannot overlap it.
    let reach: Vec<usize> = out
        .iter()
        .scan(0, |m, c| {
            *m = c.span.end.max(*m);
            Some(*m)
        })
        .collect();
    let mut gone = vec![false; out.len()];
    let mut kept = Vec::new();
    for new in news {
        let span = new.0.span;
        let from = reach.partition_point(|&e| e <= span.start);
        let to = out.partition_point(|c| c.span.start < span.end);
        let over = (from..to).filter(|&i| out[i].span.overlaps(span));
        if over.clone().all(|i| gone[i] || yields(&new, &out[i])) {
            over.for_each(|i| gone[i] = true);
            kept.push(new.0);
        }
    }
    let mut i = 0;
    out.retain(|_| {
        i += 1;
        !gone[i - 1]
    });
    out.extend(kept);
}

/// Is `w` written like a product's model code: a digit and a capital letter ("H100",
/// "EX30", "ID.4", "Xe-100", "Fjord-2", "RA626H"), or numbers joined by a hyphen ("737-800")?
/// Not a quarter or half ("Q3", "H1"), a group ("G7"), a fiscal year ("FY25"), an ordinal or a
/// decade ("2nd", "1990s"), nor a short unit ("5G", "4K").
fn is_model_code(w: &str) -> bool {
    let b = w.as_bytes();
    let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
    let upper = b.iter().filter(|c| c.is_ascii_uppercase()).count();
    // "737-800", not a score ("2-1").
    let joined = w.split_once('-').is_some_and(|(a, z)| {
        a.len() >= 3 && !z.is_empty() && a.bytes().chain(z.bytes()).all(|c| c.is_ascii_digit())
    });
    // "Q3", "H1", "G7", "FY25"; "5G", "4K", "3D".
    let other = matches!(b, [b'Q', b'1'..=b'4'] | [b'H', b'1' | b'2'] | [b'G', ..])
        || w.starts_with("FY")
        || (b.len() <= 3 && b.first().is_some_and(u8::is_ascii_digit) && !joined);
    w.bytes().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.'))
        && b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
        && digits > 0
        && (upper > 0 || joined)
        && !other
}

/// Nouns of the things model codes name, besides [`is_product_noun`] and [`VEHICLE_NOUNS`].
const MODEL_NOUNS: &crate::engine::text::Words = words![
    "unit", "units", "crossover", "crossovers", "tanker", "tankers", "cell", "cells", "reactor",
    "reactors", "fighter", "fighters", "missile", "missiles", "battery", "batteries", "gpu",
    "gpus", "accelerator", "accelerators", "variant", "variants", "version", "versions", "jets",
];

/// Model codes the tagger missed, named as such by the noun after them: "31 ageing 737-800
/// jets", "two DC-10 air tankers", "6,144 of Nvidia’s H100 chips", "its EX30 and EX60
/// models", "a Fjord-2 rocket". A code right after another name ("Boeing 737-800 jets") is
/// left to that name.
fn model_codes(text: &str, sentences: &[Sentence], out: &mut Vec<Candidate>) {
    let mut added = Vec::new();
    for s in sentences {
        let words = words_of(text, &s.tokens);
        let possessive = |w: &str| w.ends_with("’s") || w.ends_with("'s");
        // A capitalized word owned by someone names a product as a code does ("its TAO
        // token", "Asahi Kasei's Aqualyzer system").
        let owned_name = |k: usize| {
            // Not a two-letter acronym of a field ("its AI models", "their EV sales").
            k > 0
                && is_capitalized(words[k].0)
                && words[k].0.len() > 2
                && words[k].0.chars().all(char::is_alphanumeric)
                && !SENTENCE_OPENERS.contains(&words[k].0.to_lowercase())
                && (matches!(words[k - 1].0, "its" | "their") || possessive(words[k - 1].0))
        };
        let mut k = 0;
        while k < words.len() {
            if !is_model_code(words[k].0) && !owned_name(k) {
                k += 1;
                continue;
            }
            // A list of codes: "EX30 and EX60", "A320, A321 and A330".
            let mut codes = vec![k];
            let mut n = k + 1;
            while n + 1 < words.len()
                && matches!(words[n].0, "and" | "or" | ",")
                && (is_model_code(words[n + 1].0)
                    || owned_name(k) && is_capitalized(words[n + 1].0))
            {
                codes.push(n + 1);
                n += 2;
            }
            // Up to two lower-case modifiers, then the noun.
            let mut m = n;
            while m < words.len()
                && m < n + 2
                && starts_lowercase(words[m].0)
                && !kind_noun(words[m].0)
            {
                m += 1;
            }
            let named = words.get(m).is_some_and(|w| kind_noun(w.0));
            let after_name = k > 0 && is_capitalized(words[k - 1].0) && !possessive(words[k - 1].0);
            if named && !after_name {
                for &c in &codes {
                    let (_, first, last) = words[c];
                    let span = Span::new(s.tokens[first].start, s.tokens[last].end);
                    if !covered(out, span) {
                        added.push(Candidate { span, ty: EntityType::Product });
                    }
                }
            }
            k = n;
        }
    }
    out.extend(added);
    Candidate::sort_by_span(out);
}

/// Is `w` (lower case) a noun of a product kind that a model code names? Not a medicine's:
/// a code before "vaccines" or "drugs" names the disease ("COVID-19 vaccines").
fn kind_noun(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.', ';']);
    let medicine = w.starts_with("vaccin")
        || matches!(
            w.trim_end_matches('s'),
            "drug" | "medicine" | "pill" | "injection" | "antibody" | "test"
        );
    !medicine && (is_product_noun(w) || VEHICLE_NOUNS.contains(w) || MODEL_NOUNS.contains(w))
}

/// Adds a capitalized name right after a vehicle noun that no span covers ("the rover
/// Perseverance", "its tanker Nordic Star"), in body sentences, as a PRODUCT.
fn vehicle_names(text: &str, sentences: &[Sentence], headline: &[bool], out: &mut Vec<Candidate>) {
    let mut added = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        if headline[si] {
            continue;
        }
        let toks = &s.tokens;
        for k in 1..toks.len() {
            let noun = toks[k - 1].of(text);
            if !VEHICLE_NOUNS.contains(noun)
                || text.get(toks[k - 1].end..toks[k].start) != Some(" ")
            {
                continue;
            }
            let mut n = 0;
            while k + n < toks.len()
                && n < 3
                && is_capitalized(toks[k + n].of(text))
                && toks[k + n].of(text).chars().all(char::is_alphanumeric)
                && !WEEKDAYS.contains(toks[k + n].of(text))
                && !MONTHS.contains(toks[k + n].of(text))
                && (n == 0 || text.get(toks[k + n - 1].end..toks[k + n].start) == Some(" "))
            {
                n += 1;
            }
            if n == 0 {
                continue;
            }
            let span = Span::new(toks[k].start, toks[k + n - 1].end);
            if covered(out, span) {
                continue;
            }
            added.push(Candidate { span, ty: EntityType::Product });
        }
    }
    out.extend(added);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::marked;
    use EntityType::*;

    fn check(cases: &[crate::engine::MarkedCase]) {
        for (text, marks, want) in cases {
            let sentences = crate::train::sentences_of(text);
            let headline: Vec<bool> = sentences.iter().map(|_| false).collect();
            let mut out = marked(text, marks);
            described(text, &sentences, &headline, &mut out);
            Candidate::sort_by_span(&mut out);
            let got: Vec<(&str, EntityType)> =
                out.iter().map(|c| (c.span.of(text), c.ty)).collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn model_codes_named_by_the_noun_after_them() {
        check(&[
            (
                "Title\nIt retires 31 ageing 737-800 jets and two DC-10 air tankers. It rents Kelvo’s H100 chips and sells its EX30 and EX60 models.",
                &[("Kelvo", Org)],
                &[("737-800", Product), ("DC-10", Product), ("Kelvo", Org), ("H100", Product), ("EX30", Product), ("EX60", Product)],
            ),
            // A capitalized word owned by someone, before a product noun.
            (
                "Title\nIt pays in its TAO token and runs on Kelvo's Aqualyzer system. Its Board met. Its AI models grew.",
                &[("Kelvo", Org)],
                &[("TAO", Product), ("Kelvo", Org), ("Aqualyzer", Product)],
            ),
            // Not: a score, a quarter, a unit, a disease before its vaccine, a code with no
            // product noun, a code that goes with the name before it.
            (
                "Title\nA 2-1 series defeat. Q3 sales and 5G service grew. COVID-19 vaccines arrived. The A7 road closed. Kelvo X5 phones sold.",
                &[("Kelvo", Org)],
                &[("Kelvo", Org)],
            ),
        ]);
    }

    #[test]
    fn vehicles_and_companies_described_as_such() {
        check(&[
            // A company's officer after its name; not a person's staff.
            (
                "Title\nDeportivo chairman Augusto Lendoiro spoke. Deportivo won. Kelvo chief executive officer Ana Ruiz and Ericsson coach Ola Berg agreed.",
                &[("Deportivo", Person), ("Augusto Lendoiro", Person), ("Deportivo", Person), ("Kelvo", Person), ("Ana Ruiz", Person), ("Ericsson", Person), ("Ola Berg", Person)],
                &[("Deportivo", Org), ("Augusto Lendoiro", Person), ("Deportivo", Org), ("Kelvo", Org), ("Ana Ruiz", Person), ("Ericsson", Org), ("Ola Berg", Person)],
            ),
            (
                "Title\nClinton spokesman Mike McCurry said Dole chairman of the panel would speak.",
                &[("Clinton", Person), ("Mike McCurry", Person), ("Dole", Person)],
                &[("Clinton", Person), ("Mike McCurry", Person), ("Dole", Person)],
            ),
            (
                "Title\nThe tanker Maria Lund ran aground. Maria Lund was refloated.",
                &[("Maria Lund", Person), ("Maria Lund", Person)],
                &[("Maria Lund", Product), ("Maria Lund", Product)],
            ),
            (
                "Title\nGunfire echoed in the nearby Pamir mountains on Friday.",
                &[("Pamir", Org)],
                &[("Pamir", Loc)],
            ),
            (
                "Title\nZycie Warszawy daily said so, and the Dublin newspaper said so.",
                &[("Zycie Warszawy", Person), ("Dublin", Gpe)],
                &[("Zycie Warszawy", Org), ("Dublin", Gpe)],
            ),
            (
                "Title\nJets flew from the aircraft carrier Carl Vinson.",
                &[("Carl Vinson", Person)],
                &[("Carl Vinson", Product)],
            ),
            (
                "Title\nThe Ada Brandt, a 9,000-container vessel operated by Varn, sank.",
                &[("Ada Brandt", Person), ("Varn", Org)],
                &[("Ada Brandt", Product), ("Varn", Org)],
            ),
            (
                "Title\nThe rocket carried the Elsa Maren climate satellite into orbit.",
                &[("Elsa Maren", Person)],
                &[("Elsa Maren", Product)],
            ),
            (
                "Title\nNASA said the rover Endurance had landed.",
                &[("NASA", Org)],
                &[("NASA", Org), ("Endurance", Product)],
            ),
            (
                "Title\nTani Bersama, an Indonesian start-up that lends to farmers, grew.",
                &[("Tani Bersama", Person)],
                &[("Tani Bersama", Org)],
            ),
            (
                "Title\nIt hired the consultancy Rolf Weber in May.",
                &[("Rolf Weber", Person)],
                &[("Rolf Weber", Org)],
            ),
            (
                "Title\nCyclone Amara hit the coast. Amara killed 40 people.",
                &[("Cyclone Amara", Person), ("Amara", Person)],
                &[("Cyclone Amara", Event), ("Amara", Event)],
            ),
            (
                "Title\nHe farms near the Doro Kali gas field in the north.",
                &[("Doro Kali", Person)],
                &[("Doro Kali", Loc)],
            ),
            // An operator or producer of an industry is a company; alone, maybe a person.
            (
                "Title\nInka Movil, Peru's third-largest mobile operator, grew.",
                &[("Inka Movil", Person)],
                &[("Inka Movil", Org)],
            ),
            (
                "Title\nItaco Minas, the Brazilian nickel producer, was sold.",
                &[("Itaco Minas", Person)],
                &[("Itaco Minas", Org)],
            ),
            (
                "Title\nRosa Lind, a film producer, spoke.",
                &[("Rosa Lind", Person)],
                &[("Rosa Lind", Person)],
            ),
            (
                "Title\nJon Beck, a tour operator, spoke.",
                &[("Jon Beck", Person)],
                &[("Jon Beck", Person)],
            ),
        ]);
    }

    #[test]
    fn missed_names_that_open_a_sentence_and_are_described() {
        check(&[
            // Described as an organization: the name, and its other capitalized uses.
            (
                "Title\nVelmor, a Danish biotech company, grew. Its rival is Tanso. Velmor said so.",
                &[("Tanso", Org)],
                &[("Velmor", Org), ("Tanso", Org), ("Velmor", Org)],
            ),
            (
                "Title\nRevolut, which has a licence, agreed a deal.",
                &[],
                &[("Revolut", Org)],
            ),
            (
                "Title\nNorfund, the Norwegian development finance institution, bought a stake.",
                &[],
                &[("Norfund", Org)],
            ),
            ("Title\nVantora, its closest rival, is raising money.", &[], &[("Vantora", Org)]),
            (
                "Title\nWho owns it:\n- Accel, which led a funding round, owns 9%.",
                &[],
                &[("Accel", Org)],
            ),
            // Mid-sentence, after a lower-case word.
            (
                "Title\nIt may be acquired by Gorvo, Indonesia's biggest technology group.",
                &[],
                &[("Gorvo", Org)],
            ),
            ("Title\nThe talks failed in Brallo, which surprised them.", &[], &[]),
            ("Title\nThey met Maren, a retired teacher, on Monday.", &[], &[]),
            // A person's rival, or an organization's person, is no organization.
            ("Title\nMaren, his closest rival, spoke.", &[], &[]),
            ("Title\nMaren, its chief executive, spoke.", &[], &[]),
            // Not a word that opens sentences, one written in lower case too, a person's
            // description, or a name the tagger found.
            ("Title\nMeanwhile, the company said it would hire.", &[], &[]),
            (
                "Title\nAnalysts, which rarely agree, were split. Two analysts said so.",
                &[],
                &[],
            ),
            ("Title\nMaren, a retired teacher, spoke.", &[], &[]),
            (
                "Title\nJon Beck, the founder, spoke.",
                &[("Jon Beck", Person)],
                &[("Jon Beck", Person)],
            ),
        ]);
    }

    #[test]
    fn names_read_as_organizations_that_the_article_calls_people() {
        check(&[
            // A person's noun in apposition before the name.
            (
                "Title\nThey lost their nine-month-old child, Gloria. Gloria was ill.",
                &[("Gloria", Org), ("Gloria", Org)],
                &[("Gloria", Person), ("Gloria", Person)],
            ),
            // Described as a person twice.
            (
                "Title\nSimion, the leader of the party, lost. Simion, who had hoped to win, left.",
                &[("Simion", Org), ("Simion", Org)],
                &[("Simion", Person), ("Simion", Person)],
            ),
            // Any kind in apposition, before it or after it with a possessor.
            (
                "Title\nBrazil's largest media group, Grupo Vale, lobbied. Banca Rossa, Italy's largest bank, paid.",
                &[("Brazil", Gpe), ("Grupo Vale", Person), ("Banca Rossa", Person), ("Italy", Gpe)],
                &[("Brazil", Gpe), ("Grupo Vale", Org), ("Banca Rossa", Org), ("Italy", Gpe)],
            ),
            // Not: a fronted phrase, a role in an attribution list, and "who" alone (said
            // of clubs too).
            (
                "Title\nIn the first game, Ryne Sandberg scored.",
                &[("Ryne Sandberg", Person)],
                &[("Ryne Sandberg", Person)],
            ),
            (
                "Title\nRania Khatib, senior grains analyst, Rabobank said so.",
                &[("Rania Khatib", Person), ("Rabobank", Org)],
                &[("Rania Khatib", Person), ("Rabobank", Org)],
            ),
            // Where a person works, and what only a company undergoes.
            (
                "Title\nSaid Ada Lin, an analyst at Messari. Messari grew.",
                &[("Ada Lin", Person), ("Messari", Person), ("Messari", Person)],
                &[("Ada Lin", Person), ("Messari", Org), ("Messari", Org)],
            ),
            // A place's "-based" before a name or in its apposition: an organization; not
            // with a person's noun.
            (
                "Title\nSaid Ada Lin of London-based Ampera Analysis. The Parma-based builder Pizaro won. Lou Dray, the Rotterdam-based merchant, grew. The London-based artist Tam Reed sang.",
                &[("Ada Lin", Person), ("London", Gpe), ("Ampera Analysis", Person), ("Parma", Gpe), ("Pizaro", Person), ("Lou Dray", Person), ("Rotterdam", Gpe), ("London", Gpe), ("Tam Reed", Person)],
                &[("Ada Lin", Person), ("London", Gpe), ("Ampera Analysis", Org), ("Parma", Gpe), ("Pizaro", Org), ("Lou Dray", Org), ("Rotterdam", Gpe), ("London", Gpe), ("Tam Reed", Person)],
            ),
            // A career's places: years at it, joined from it.
            (
                "Title\nShe left after eight years at Botta Vena. Lu Bo, who joined from Targo in 2021, spoke. He moved from Lagos.",
                &[("Botta Vena", Gpe), ("Lu Bo", Person), ("Targo", Gpe), ("Lagos", Gpe)],
                &[("Botta Vena", Org), ("Lu Bo", Person), ("Targo", Org), ("Lagos", Gpe)],
            ),
            // A name read as a place, after a job and "at" (or a function after a job).
            (
                "Title\nSaid Ada Lin, a strategist at Vaneko. Lu Bo, head of research at Kestra, agreed.",
                &[("Ada Lin", Person), ("Vaneko", Gpe), ("Lu Bo", Person), ("Kestra", Loc)],
                &[("Ada Lin", Person), ("Vaneko", Org), ("Lu Bo", Person), ("Kestra", Org)],
            ),
            // A name read as a facility, after a job and "at"; not a building's name.
            (
                "Title\nSaid Ada Lin, a research director at Gartex. Lu Bo, a curator at the Pergamon Museum, agreed.",
                &[("Ada Lin", Person), ("Gartex", Fac), ("Lu Bo", Person), ("Pergamon Museum", Fac)],
                &[("Ada Lin", Person), ("Gartex", Org), ("Lu Bo", Person), ("Pergamon Museum", Fac)],
            ),
            // Not: a place after "for" or "of", or after "at" with no job before it, nor
            // one that qualifies the workplace ("at Osaka-based Kelvix").
            (
                "Title\nThe minister for Wales and the head of Lagos met at Bonn.",
                &[("Wales", Gpe), ("Lagos", Gpe), ("Bonn", Gpe)],
                &[("Wales", Gpe), ("Lagos", Gpe), ("Bonn", Gpe)],
            ),
            (
                "Title\nSaid Ada Lin, an analyst at Osaka-based Kelvix. She spent years at Lagos-based Crestline.",
                &[("Ada Lin", Person), ("Osaka", Gpe), ("Kelvix", Org), ("Lagos", Gpe), ("Crestline", Org)],
                &[("Ada Lin", Person), ("Osaka", Gpe), ("Kelvix", Org), ("Lagos", Gpe), ("Crestline", Org)],
            ),
            (
                "Title\nSonique was founded in 2020 by Ada Lin.",
                &[("Sonique", Person), ("Ada Lin", Person)],
                &[("Sonique", Org), ("Ada Lin", Person)],
            ),
            // Not: family, a place after "of", a possessor, a person who founded.
            (
                "Title\nThe son of Dana Lee, the mayor of Lagos and the leader of Howard's party spoke. Dana Lee was founding chair.",
                &[("Dana Lee", Person), ("Lagos", Gpe), ("Howard", Person), ("Dana Lee", Person)],
                &[("Dana Lee", Person), ("Lagos", Gpe), ("Howard", Person), ("Dana Lee", Person)],
            ),
            (
                "Title\nArsenal, who beat Leeds, top the table.",
                &[("Arsenal", Org), ("Leeds", Org)],
                &[("Arsenal", Org), ("Leeds", Org)],
            ),
        ]);
    }

    #[test]
    fn short_names_in_parentheses() {
        check(&[
            (
                "Title\nThe Union of Varn Growers (Uvargo) and Dana Lee (Lyon) spoke, and the plan (Phase) and Uvargo (2024) too.",
                &[("Union of Varn Growers", Org), ("Dana Lee", Person), ("Lyon", Gpe), ("Uvargo", Org)],
                &[("Union of Varn Growers", Org), ("Uvargo", Org), ("Dana Lee", Person), ("Lyon", Gpe), ("Uvargo", Org)],
            ),
            // After a product, its short name or ticker is the product, read or not.
            (
                "Title\nThe Varn Bitcoin Trust (VBTC) and the Kova X2 (KX2) rose.",
                &[("Varn Bitcoin Trust", Product), ("VBTC", Org), ("Kova X2", Product)],
                &[("Varn Bitcoin Trust", Product), ("VBTC", Product), ("Kova X2", Product), ("KX2", Product)],
            ),
            (
                "Title\nKASSEL (vnp) — Trains stopped. Kassel (vnp) is here.",
                &[("KASSEL", Gpe), ("Kassel", Gpe)],
                &[("KASSEL", Gpe), ("vnp", Org), ("Kassel", Gpe)],
            ),
        ]);
    }

    #[test]
    fn events_where_people_speak() {
        check(&[
            // Missed names with an edition or a year, after a speaking word and "at".
            (
                "Title\nAda Lin told the audience at Tokenfest2049 in May. Lu Bo spoke on a panel at ETHLagos 2025 in June.",
                &[("Ada Lin", Person), ("May", Date), ("Lu Bo", Person), ("2025", Date), ("June", Date)],
                &[("Ada Lin", Person), ("Tokenfest2049", Event), ("May", Date), ("Lu Bo", Person), ("ETHLagos 2025", Event), ("June", Date)],
            ),
            // A year after a name read as a facility joins it; an event head word is enough.
            (
                "Title\nShe presented the results at Renal Week 2025. He gave a talk at the Harbour Summit.",
                &[("Renal Week", Fac), ("2025", Date)],
                &[("Renal Week 2025", Event), ("Harbour Summit", Event)],
            ),
            // Not: a university, a town, no speaking word, a name inside a longer one.
            (
                "Title\nAda Lin spoke at Harvard in 2025. Lu Bo spoke at Davos. The deal closed at Kestra 2025. She spoke at Money20/20 Europe.",
                &[("Ada Lin", Person), ("Harvard", Org), ("2025", Date), ("Lu Bo", Person), ("Davos", Gpe), ("Kestra", Org), ("2025", Date), ("Money20/20 Europe", Event)],
                &[("Ada Lin", Person), ("Harvard", Org), ("2025", Date), ("Lu Bo", Person), ("Davos", Gpe), ("Kestra", Org), ("2025", Date), ("Money20/20 Europe", Event)],
            ),
        ]);
    }

    #[test]
    fn editions_of_events_anywhere() {
        check(&[
            // Capitalized words with an event's head word, then a place and a year: the parts
            // read as an organization and a place, the place and the year, or a name read over
            // the head word, become the event; the same words in the title too.
            (
                "Crowds at Pop Expo Varnia 2016\nFans filled Pop Expo Varnia 2016 on Friday. Yesterday Tech Summit Lagos 2025 opened. Buyers came to Fan Expo Ostland 2019.",
                &[("Expo", Org), ("Varnia", Gpe), ("Pop Expo", Org), ("Varnia", Gpe), ("Friday", Date), ("Lagos", Gpe), ("Fan Expo Ostland", Fac)],
                &[("Pop Expo Varnia 2016", Event), ("Pop Expo Varnia 2016", Event), ("Friday", Date), ("Tech Summit Lagos 2025", Event), ("Fan Expo Ostland 2019", Event)],
            ),
            // Not: a place whose name holds the head word, a head word with nothing after it, a
            // person's name inside, an opening word.
            (
                "Title\nFires hit Summit County in 2020. The Harbour Summit ended. Ada Lin Summit Varnia 2025 met.",
                &[("Summit County", Gpe), ("2020", Date), ("Ada Lin", Person), ("Varnia", Gpe), ("2025", Date)],
                &[("Summit County", Gpe), ("2020", Date), ("Ada Lin", Person), ("Varnia", Gpe), ("2025", Date)],
            ),
        ]);
    }

    #[test]
    fn people_and_makers_stay() {
        check(&[
            // A person described as one, or who speaks.
            (
                "Title\nAurelia Byrne, a singer-songwriter, played. Byrne, who sang, left.",
                &[("Aurelia Byrne", Person), ("Byrne", Person)],
                &[("Aurelia Byrne", Person), ("Byrne", Person)],
            ),
            (
                "Title\nThe car was designed by chief executive Dana Whit in Lyon.",
                &[("Dana Whit", Person), ("Lyon", Gpe)],
                &[("Dana Whit", Person), ("Lyon", Gpe)],
            ),
            // A maker before a product noun stays the maker; a company is no person.
            (
                "Title\nSales of Samsung smartphones fell, and Kova, the robot maker best known for Otso, grew.",
                &[("Samsung", Org), ("Kova", Org)],
                &[("Samsung", Org), ("Kova", Org)],
            ),
            // The head is the phrase's last noun; a person's trade may sound like a company's.
            (
                "Title\nAda Lin, a fintech policy researcher, and the property developer Tom Oke, and Sue Pym, the Varn State Government’s commissioner, spoke.",
                &[("Ada Lin", Person), ("Tom Oke", Person), ("Sue Pym", Person), ("Varn State Government", Org)],
                &[("Ada Lin", Person), ("Tom Oke", Person), ("Sue Pym", Person), ("Varn State Government", Org)],
            ),
            // An app before a name may be the company's trade.
            (
                "Title\nTrading app Robinwood and the exchange Coinbay fell.",
                &[("Robinwood", Org), ("Coinbay", Org)],
                &[("Robinwood", Org), ("Coinbay", Org)],
            ),
            // "which" alone does not outvote the tagger; a carrier alone is an airline.
            (
                "Title\nThe carrier Nordwind said Meridian, which flies to Oslo, grew.",
                &[("Nordwind", Org), ("Meridian", Org), ("Oslo", Gpe)],
                &[("Nordwind", Org), ("Meridian", Org), ("Oslo", Gpe)],
            ),
            // Drugs: a brand and its generic name in parentheses, a generic name alone.
            (
                "Title\nRegulators approved Zelvora (tanrelimab) in May, and doctors said tanrelimab works.",
                &[("Zelvora", Person)],
                &[("Zelvora", Product), ("tanrelimab", Product), ("tanrelimab", Product)],
            ),
            // What a company owns; "which" after a name read as a person.
            (
                "Title\nShares of Varn rose. Lena Ostrova's headquarters moved, and Kalio, which imports cells, grew.",
                &[("Varn", Org), ("Lena Ostrova", Person), ("Kalio", Person)],
                &[("Varn", Org), ("Lena Ostrova", Org), ("Kalio", Org)],
            ),
            // A clause after a place is no apposition.
            (
                "Title\nIn Varnia, the fund is taking a stake.",
                &[("Varnia", Gpe)],
                &[("Varnia", Gpe)],
            ),
            // A company read as a place, described as a company.
            (
                "Title\nOrders went to Kelvix, the Osaka-based memory maker, in May.",
                &[("Kelvix", Gpe)],
                &[("Kelvix", Org)],
            ),
            // A person's possessions, a country's.
            (
                "Title\nDana Whit's daughter and Varnia's factories grew.",
                &[("Dana Whit", Person), ("Varnia", Gpe)],
                &[("Dana Whit", Person), ("Varnia", Gpe)],
            ),
            // No name after a vehicle noun before a weekday or in lower case.
            ("Title\nThe ship Monday left, the car sped off.", &[], &[]),
            // A word in parentheses that only looks like a drug with no brand before it, a
            // city described as one.
            (
                "Title\nThe firm (nonstop) worked; Lyon, the French city, grew.",
                &[("Lyon", Gpe)],
                &[("Lyon", Gpe)],
            ),
        ]);
    }
}
