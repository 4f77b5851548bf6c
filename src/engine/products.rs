//! Names the text itself shows to be products.
//!
//! The tagger reads a name by its words and its immediate context; product names it has
//! not seen ("Azure", "Copilot", "Gemini") look like company names to it. Two kinds of
//! evidence in the article retype such names as PRODUCT:
//!
//! **Product lines named after their maker.** An article that has called a company
//! "Microsoft" and later writes "Microsoft Azure" or "Lattix Sentinel" names one of the
//! company's products, not a second company, when:
//! - the longer name starts with an organization the article has already named on its own;
//! - the words added to it are capitalized names or model codes, not the words that end
//!   company names ("Samsung Electronics", "Meridian Air Group", "Calder & Rowe Bank": a
//!   subsidiary or the full legal name is still an organization), not common nouns the
//!   article also writes in lower case, and not a place the article names ("PSV Eindhoven");
//! - the maker alone is mentioned more often than the longer name (a company's full name
//!   used throughout, "Inka Móvil", stays a company).
//!
//! **Owned things of a product kind.** A name owned by someone and followed by a product
//! noun is a product: "Microsoft’s Copilot assistant", "its Galaxy smartphones",
//! "Samsung's own Bixby voice assistant", "Tesla, whose Optimus humanoid"; so is a name
//! described as one: "Otso, a two-armed household robot".
//!
//! Every mention of a retyped name follows (one surface, one type). Relations read the
//! maker off the name or the possessive afterwards (`relate::rules`).

use super::types::{EntityType, Span};
use super::Candidate;
use std::collections::HashMap;

/// Words that end company and institution names: a name that adds one of these to a
/// company's name is the company itself or another company ("Tesla Energy", "BMW Group").
const COMPANY_WORDS: &[&str] = &[
    "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "companies", "ltd",
    "ltd.", "llc", "plc", "ag", "sa", "se", "nv", "gmbh", "group", "holdings", "holding",
    "partners", "capital", "ventures", "investments", "securities", "financial", "finance", "bank",
    "bancorp", "insurance", "labs", "lab", "research", "systems", "technologies", "technology",
    "tech", "software", "networks", "media", "studios", "studio", "games", "entertainment",
    "interactive", "digital", "infrastructure", "platforms", "robotics", "health", "healthcare",
    "hospital", "pharma", "pharmaceuticals", "therapeutics", "biotech", "biosciences",
    "electronics", "semiconductor", "semiconductors", "energy", "power", "motor", "motors",
    "automotive", "airlines", "airways", "air", "aerospace", "logistics", "shipping", "stores",
    "retail", "foods", "brands", "mobile", "telecom", "communications", "wireless", "resources",
    "mining", "industries", "services", "solutions", "consulting", "international", "global",
    "worldwide", "foundation", "institute", "university", "ai", "fc", "united", "club", "records",
    "publishing", "press", "news", "bioscience", "trust", "fund", "exchange", "markets", "team",
    "federation", "association", "council", "committee", "union", "league", "society", "europe",
    "america", "asia", "africa", "express",
];

/// Is `w` a word that can extend a maker's name into a product's: a capitalized word or a
/// model code with digits ("Azure", "Sentinel", "A321neo"), but not a company word, nor a
/// common noun the article also writes in lower case ("Women", "Residents")?
fn product_word(text: &str, w: &str) -> bool {
    let starts_upper = w.chars().next().is_some_and(char::is_uppercase);
    let has_digit = w.chars().any(|c| c.is_ascii_digit());
    let lower = w.to_lowercase();
    (starts_upper || has_digit)
        && w.chars().all(|c| c.is_alphanumeric() || c == '-')
        && !COMPANY_WORDS.contains(&lower.as_str())
        && (lower == w
            || !text.match_indices(lower.as_str()).any(|(i, _)| is_word_at(text, i, lower.len())))
}

/// Does the match at `i..i + len` stand as a whole word?
fn is_word_at(text: &str, i: usize, len: usize) -> bool {
    let before = text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
    let after = text[i + len..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    before && after
}

/// Nouns of product kinds (plural forms are matched too).
const PRODUCT_NOUNS: &[&str] = &[
    "assistant", "chatbot", "model", "chip", "processor", "phone", "smartphone", "handset",
    "tablet", "laptop", "console", "app", "software", "browser", "drug", "vaccine", "medicine",
    "injection", "pill", "robot", "humanoid", "car", "vehicle", "truck", "jet", "aircraft",
    "airliner", "plane", "satellite", "rocket", "token", "stablecoin", "coin", "wallet", "game",
    "device", "headset", "smartwatch", "speaker", "brand", "franchise", "lineup", "series",
    "engine", "platform", "service", "system",
];

/// Is `w` (any case) a product noun or its plural?
fn is_product_noun(w: &str) -> bool {
    let w = w.to_lowercase();
    PRODUCT_NOUNS
        .iter()
        .any(|n| w == *n || (w.len() == n.len() + 1 && w.starts_with(n) && w.ends_with('s')))
}

/// Retypes as PRODUCT the names the text shows to be products (see the module notes).
/// `names` are the tagger's names in text order.
pub fn retype(text: &str, names: &mut [Candidate]) {
    let mut products: Vec<&str> = product_lines(text, names);
    for c in names.iter() {
        if matches!(c.ty, EntityType::Org | EntityType::Person)
            && (owned_product(text, c.span) || described_product(text, c.span))
        {
            products.push(c.span.of(text));
        }
    }
    if products.is_empty() {
        return;
    }
    for c in names.iter_mut() {
        if matches!(c.ty, EntityType::Org | EntityType::Person)
            && products.contains(&c.span.of(text))
        {
            c.ty = EntityType::Product;
        }
    }
}

/// Nouns that make a product noun before them a modifier of a company ("a robot maker",
/// "its chip unit").
const COMPANY_NOUNS: &[&str] = &[
    "maker", "makers", "unit", "division", "business", "team", "developer", "developers", "arm",
    "subsidiary", "supplier", "company", "firm", "startup", "group",
];

/// Is the word after a product noun (if any) free of a company noun that would make the
/// product noun a modifier?
fn ends_phrase(next: Option<&str>) -> bool {
    next.is_none_or(|w| {
        !COMPANY_NOUNS
            .contains(&w.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str())
    })
}

/// The words before `at`, nearest first.
fn words_before(text: &str, at: usize) -> impl Iterator<Item = &str> {
    text[..at].rsplit(|c: char| c.is_whitespace()).filter(|w| !w.is_empty())
}

/// The words after `at`, in order.
fn words_after(text: &str, at: usize) -> impl Iterator<Item = &str> {
    text[at..].split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty())
}

/// "X’s NAME (lower-case word) NOUN", "its NAME NOUN", "whose NAME NOUN", where NOUN is a
/// product noun: "Google’s Gemini models", "Samsung's own Bixby voice assistant".
fn owned_product(text: &str, span: Span) -> bool {
    // The owner: a possessive right before, perhaps with "own"/"new" between.
    let mut before = words_before(text, span.start);
    let mut w = before.next();
    if w.is_some_and(|w| matches!(w, "own" | "new" | "latest" | "flagship")) {
        w = before.next();
    }
    let owned = w.is_some_and(|w| {
        let l = w.to_lowercase();
        // "Google’s", or "Google 's" in tokenized text.
        matches!(l.as_str(), "its" | "their" | "whose") || l.ends_with("’s") || l.ends_with("'s")
    });
    if !owned {
        return false;
    }
    // The kind: the next word, or the one after a lower-case modifier.
    let mut after = words_after(text, span.end);
    let glued = text[span.end..].chars().next().is_some_and(|c| !c.is_whitespace());
    if glued {
        return false;
    }
    let first = after.next().unwrap_or("");
    let noun = |w: &str| is_product_noun(w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    if noun(first) {
        return ends_phrase(after.next());
    }
    first.chars().all(|c| c.is_lowercase() || c == '-')
        && after.next().is_some_and(noun)
        && ends_phrase(after.next())
}

/// "NAME, a/an (modifiers) NOUN": "Otso, a two-armed household robot".
fn described_product(text: &str, span: Span) -> bool {
    let rest = &text[span.end..];
    let Some(rest) = rest.strip_prefix(", a ").or_else(|| rest.strip_prefix(", an ")) else {
        return false;
    };
    let mut words = rest.split(' ').peekable();
    for _ in 0..4 {
        let Some(w) = words.next() else { return false };
        let bare = w.trim_end_matches([',', '.', ';']);
        if is_product_noun(bare) && (w != bare || ends_phrase(words.peek().copied())) {
            return true;
        }
        if w != bare || !bare.chars().all(|c| c.is_lowercase() || c == '-') {
            return false;
        }
    }
    false
}

/// Product lines named after their maker (see the module notes).
fn product_lines<'t>(text: &'t str, names: &[Candidate]) -> Vec<&'t str> {
    // How often each organization surface stands alone, and where it first does.
    let mut orgs: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut places: Vec<&str> = Vec::new();
    for c in names.iter() {
        let s = c.span.of(text);
        match c.ty {
            EntityType::Org => {
                let e = orgs.entry(s).or_insert((0, c.span.start));
                e.0 += 1;
            }
            EntityType::Gpe | EntityType::Loc | EntityType::Fac => places.push(s),
            _ => {}
        }
    }
    let mut products: Vec<&str> = Vec::new();
    for c in names.iter() {
        if c.ty != EntityType::Org {
            continue;
        }
        let name = c.span.of(text);
        let words: Vec<&str> = name.split(' ').collect();
        let is_line = (1..words.len()).any(|k| {
            let maker = &name[..words[..k].iter().map(|w| w.len() + 1).sum::<usize>() - 1];
            let rest = &name[maker.len() + 1..];
            let (Some(&(alone, first)), Some(&(here, _))) = (orgs.get(maker), orgs.get(name))
            else {
                return false;
            };
            first < c.span.start
                && alone > here
                && words[k..].iter().all(|w| product_word(text, w))
                && !places.contains(&rest)
        });
        if is_line && !products.contains(&name) {
            products.push(name);
        }
    }
    products
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::marked;
    use EntityType::*;

    /// (text, marked candidates, their types after `retype`)
    type Case = (
        &'static str,
        &'static [(&'static str, EntityType)],
        &'static [(&'static str, EntityType)],
    );

    fn types_after(text: &str, marks: &[(&str, EntityType)]) -> Vec<(String, EntityType)> {
        let mut names = marked(text, marks);
        retype(text, &mut names);
        names.iter().map(|c| (c.span.of(text).to_string(), c.ty)).collect()
    }

    #[test]
    fn owned_and_described_products() {
        let table: &[Case] = &[
            (
                "Samsung will ship Microsoft’s Copilot assistant on its Galaxy smartphones.",
                &[("Samsung", Org), ("Microsoft", Org), ("Copilot", Org), ("Galaxy", Org)],
                &[("Samsung", Org), ("Microsoft", Org), ("Copilot", Product), ("Galaxy", Product)],
            ),
            (
                "Samsung's own Bixby voice assistant stays. Bixby is popular.",
                &[("Samsung", Org), ("Bixby", Person), ("Bixby", Person)],
                &[("Samsung", Org), ("Bixby", Product), ("Bixby", Product)],
            ),
            (
                "Kova unveiled Otso, a two-armed household robot.",
                &[("Kova", Org), ("Otso", Org)],
                &[("Kova", Org), ("Otso", Product)],
            ),
            (
                "Rivals such as Tesla, whose Optimus humanoid is late.",
                &[("Tesla", Org), ("Optimus", Org)],
                &[("Tesla", Org), ("Optimus", Product)],
            ),
            // Negatives: an owned company ("Alphabet’s Google unit"), a company making a
            // kind of product ("Samsung smartphones"), a company described as a maker.
            (
                "Alphabet’s Google unit grew.",
                &[("Alphabet", Org), ("Google", Org)],
                &[("Alphabet", Org), ("Google", Org)],
            ),
            ("Sales of Samsung smartphones fell.", &[("Samsung", Org)], &[("Samsung", Org)]),
            ("Kova, a robot maker, grew.", &[("Kova", Org)], &[("Kova", Org)]),
            ("Its Paris office opened.", &[("Paris", Gpe)], &[("Paris", Gpe)]),
        ];
        for (text, marks, want) in table {
            let got = types_after(text, marks);
            let want: Vec<(String, EntityType)> =
                want.iter().map(|(s, t)| (s.to_string(), *t)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn product_lines_and_companies() {
        let table: &[Case] = &[
            // A maker named alone first, then a product line: the line is a product.
            (
                "Microsoft invested early. Microsoft backs it. Its partnership with Microsoft Azure grew.",
                &[("Microsoft", Org), ("Microsoft", Org), ("Microsoft Azure", Org)],
                &[("Microsoft", Org), ("Microsoft", Org), ("Microsoft Azure", Product)],
            ),
            ("Airbus said Airbus will deliver the Airbus A321neo.", &[("Airbus", Org), ("Airbus", Org), ("Airbus A321neo", Org)], &[("Airbus", Org), ("Airbus", Org), ("Airbus A321neo", Product)]),
            // Company words keep an organization an organization.
            ("Samsung said Samsung Electronics grew.", &[("Samsung", Org), ("Samsung Electronics", Org)], &[("Samsung", Org), ("Samsung Electronics", Org)]),
            ("Meridian said Meridian Air Group agreed.", &[("Meridian", Org), ("Meridian Air Group", Org)], &[("Meridian", Org), ("Meridian Air Group", Org)]),
            // The longer name first: it is the company's full name, its short form an alias.
            ("Inka Móvil grew. Inka said so. Inka Móvil agreed.", &[("Inka Móvil", Org), ("Inka", Org), ("Inka Móvil", Org)], &[("Inka Móvil", Org), ("Inka", Org), ("Inka Móvil", Org)]),
            // The full name as often as the short one: a company.
            ("Helix won. Helix Robotix agreed.", &[("Helix", Org), ("Helix Robotix", Org)], &[("Helix", Org), ("Helix Robotix", Org)]),
            // A club named with its city.
            ("PSV beat Ajax in Eindhoven. PSV said PSV Eindhoven was ready.", &[("PSV", Org), ("Ajax", Org), ("Eindhoven", Gpe), ("PSV", Org), ("PSV Eindhoven", Org)], &[("PSV", Org), ("Ajax", Org), ("Eindhoven", Gpe), ("PSV", Org), ("PSV Eindhoven", Org)]),
            // Lower-case or joined words are not a product line.
            ("Apple said Apple and Google agreed.", &[("Apple", Org), ("Apple and Google", Org)], &[("Apple", Org), ("Apple and Google", Org)]),
        ];
        for (text, marks, want) in table {
            let got = types_after(text, marks);
            let want: Vec<(String, EntityType)> =
                want.iter().map(|(s, t)| (s.to_string(), *t)).collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
