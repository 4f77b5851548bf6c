//! Product lines named after their maker.
//!
//! An article that has called a company "Microsoft" and later writes "Microsoft Azure" or
//! "Lattix Sentinel" names one of the company's products, not a second company. The tagger
//! reads such names by their words and types them as organizations (the maker's name is a
//! strong organization cue); this pass retypes them as products when the article's own
//! usage says so:
//! - the longer name starts with an organization the article has already named on its own;
//! - the words added to it are capitalized names or model codes, not the words that end
//!   company names ("Samsung Electronics", "Meridian Air Group", "Calder & Rowe Bank": a
//!   subsidiary or the full legal name is still an organization), and not a place the
//!   article names ("PSV Eindhoven");
//! - the maker alone is mentioned more often than the longer name (a company's full name
//!   used throughout, "Inka Móvil", stays a company).
//!
//! Relations read the maker off the name afterwards (`relate::rules::from_names`).

use super::types::{EntityType, Span};
use super::Candidate;
use std::collections::HashMap;

/// Words that end company and institution names: a name that adds one of these to a
/// company's name is the company itself or another company ("Tesla Energy", "BMW Group").
const COMPANY_WORDS: &[&str] = &[
    "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "companies", "ltd", "ltd.", "llc", "plc", "ag",
    "sa", "se", "nv", "gmbh", "group", "holdings", "holding", "partners", "capital", "ventures", "investments",
    "securities", "financial", "finance", "bank", "bancorp", "insurance", "labs", "lab", "research", "systems",
    "technologies", "technology", "tech", "software", "networks", "media", "studios", "studio", "games",
    "entertainment", "interactive", "digital", "infrastructure", "platforms", "robotics", "health", "healthcare",
    "hospital", "pharma", "pharmaceuticals", "therapeutics", "biotech", "biosciences", "electronics",
    "semiconductor", "semiconductors", "energy", "power", "motor", "motors", "automotive", "airlines", "airways",
    "air", "aerospace", "logistics", "shipping", "stores", "retail", "foods", "brands", "mobile", "telecom",
    "communications", "wireless", "resources", "mining", "industries", "services", "solutions", "consulting",
    "international", "global", "worldwide", "foundation", "institute", "university", "ai", "fc", "united",
    "club", "records", "publishing", "press", "news", "bioscience", "trust", "fund", "exchange", "markets",
    "team", "federation", "association", "council", "committee", "union", "league", "society", "europe",
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
        && (lower == w || !text.match_indices(lower.as_str()).any(|(i, _)| is_word_at(text, i, lower.len())))
}

/// Does the match at `i..i + len` stand as a whole word?
fn is_word_at(text: &str, i: usize, len: usize) -> bool {
    let before = text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
    let after = text[i + len..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    before && after
}

/// Retypes as PRODUCT the organization names that extend an organization named earlier on
/// its own (see the module notes). `names` are the tagger's names in text order.
pub fn retype(text: &str, names: &mut [Candidate]) {
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
            let (Some(&(alone, first)), Some(&(here, _))) = (orgs.get(maker), orgs.get(name)) else { return false };
            first < c.span.start && alone > here && words[k..].iter().all(|w| product_word(text, w)) && !places.contains(&rest)
        });
        if is_line && !products.contains(&name) {
            products.push(name);
        }
    }
    if products.is_empty() {
        return;
    }
    let spans: Vec<Span> = names.iter().filter(|c| c.ty == EntityType::Org && products.contains(&c.span.of(text))).map(|c| c.span).collect();
    for c in names.iter_mut() {
        if spans.contains(&c.span) {
            c.ty = EntityType::Product;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::marked;
    use EntityType::*;

    fn types_after(text: &str, marks: &[(&str, EntityType)]) -> Vec<(String, EntityType)> {
        let mut names = marked(text, marks);
        retype(text, &mut names);
        names.iter().map(|c| (c.span.of(text).to_string(), c.ty)).collect()
    }

    #[test]
    fn product_lines_and_companies() {
        let table: &[(&str, &[(&str, EntityType)], &[(&str, EntityType)])] = &[
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
            let want: Vec<(String, EntityType)> = want.iter().map(|(s, t)| (s.to_string(), *t)).collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
