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
//! described as one: "Otso, a two-armed household robot", or given to one: "a robot called
//! Porter".
//!
//! The pass reads the sentences' tokens: a "word" is a run of tokens with no space between
//! them ("Google’s", "heart-failure", "assistant,"), as a reader sees words.
//!
//! Every mention of a retyped name follows (one surface, one type). Relations read the
//! maker off the name or the possessive afterwards (`relate/products.rs`).

use super::hash::FastSet;
use super::lexicon::names::{is_company_noun, is_company_word, is_product_noun};
use super::types::{EntityType, Span};
use super::{Candidate, Sentence};
use std::collections::HashMap;

/// The words of the text around names: each sentence's tokens grouped into words (runs of
/// tokens with no space between them).
struct Words<'t> {
    text: &'t str,
    sentences: &'t [Sentence],
    /// Every word and every token of the text, as written, to ask whether the article
    /// writes a word in lower case somewhere; built on the first such question (most
    /// articles ask none).
    written: std::cell::OnceCell<FastSet<&'t str>>,
}

impl<'t> Words<'t> {
    fn new(text: &'t str, sentences: &'t [Sentence]) -> Words<'t> {
        Words { text, sentences, written: std::cell::OnceCell::new() }
    }

    /// The sentence holding `span` and the tokens `span` starts and ends at.
    fn locate(&self, span: Span) -> Option<(&'t [Span], usize, usize)> {
        let i = self.sentences.partition_point(|s| s.span.end <= span.start);
        let toks = self.sentences.get(i).filter(|s| s.span.contains(span))?.tokens.as_slice();
        let first = toks.partition_point(|t| t.end <= span.start);
        let last = toks.partition_point(|t| t.start < span.end).checked_sub(1)?;
        (toks.get(first)?.start == span.start && toks.get(last)?.end == span.end)
            .then_some((toks, first, last))
    }

    /// The words before token `at` of `toks`, nearest first; the first one is only the part
    /// before `at` of a word that runs on into it.
    fn before(&self, toks: &'t [Span], at: usize) -> impl Iterator<Item = &'t str> + 't {
        let text = self.text;
        let mut end = at;
        std::iter::from_fn(move || {
            if end == 0 {
                return None;
            }
            let mut start = end - 1;
            while start > 0 && toks[start - 1].end == toks[start].start {
                start -= 1;
            }
            let word = &text[toks[start].start..toks[end - 1].end];
            end = start;
            Some(word)
        })
    }

    /// The words from token `at` of `toks` on, in order.
    fn after(&self, toks: &'t [Span], at: usize) -> impl Iterator<Item = &'t str> + 't {
        let text = self.text;
        let mut start = at;
        std::iter::from_fn(move || {
            let first = toks.get(start)?;
            let mut end = start + 1;
            while end < toks.len() && toks[end - 1].end == toks[end].start {
                end += 1;
            }
            let word = &text[first.start..toks[end - 1].end];
            start = end;
            Some(word)
        })
    }

    /// Does the article write the word `lower` (a lower-cased word) in lower case?
    fn written_lower(&self, lower: &str) -> bool {
        self.written.get_or_init(|| written_words(self.text, self.sentences)).contains(lower)
    }
}

/// Every token and every word (run of glued tokens) of the sentences, as written.
fn written_words<'t>(text: &'t str, sentences: &[Sentence]) -> FastSet<&'t str> {
    let mut written = FastSet::default();
    for s in sentences {
        for (k, t) in s.tokens.iter().enumerate() {
            written.insert(t.of(text));
            if k == 0 || s.tokens[k - 1].end != t.start {
                let end = s.tokens[k..]
                    .windows(2)
                    .take_while(|w| w[0].end == w[1].start)
                    .last()
                    .map_or(t.end, |w| w[1].end);
                written.insert(&text[t.start..end]);
            }
        }
    }
    written
}

/// Is `w` a word that can extend a maker's name into a product's: a capitalized word or a
/// model code with digits ("Azure", "Sentinel", "A321neo"), but not a company word, nor a
/// common noun the article also writes in lower case ("Women", "Residents")?
fn product_word(words: &Words, w: &str) -> bool {
    let starts_upper = w.chars().next().is_some_and(char::is_uppercase);
    let has_digit = w.chars().any(|c| c.is_ascii_digit());
    let lower = w.to_lowercase();
    (starts_upper || has_digit)
        && w.chars().all(|c| c.is_alphanumeric() || c == '-')
        && !is_company_word(&lower)
        && (lower == w || !words.written_lower(&lower))
}

/// Retypes as PRODUCT the names the text shows to be products (see the module notes).
/// `names` are the tagger's names in text order, `sentences` the sentences they are in.
pub fn retype(text: &str, sentences: &[Sentence], names: &mut [Candidate]) {
    let words = Words::new(text, sentences);
    let mut products: Vec<&str> = product_lines(&words, names);
    for c in names.iter() {
        if matches!(c.ty, EntityType::Org | EntityType::Person)
            && (owned_product(&words, c.span)
                || described_product(&words, c.span)
                || called_product(&words, c.span))
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

/// A word without what trails it ("assistant," → "assistant").
fn bare(w: &str) -> &str {
    w.trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// Is the word after a product noun (if any) free of a company noun that would make the
/// product noun a modifier ("a robot maker", "its chip unit")?
fn ends_phrase(next: Option<&str>) -> bool {
    next.is_none_or(|w| !is_company_noun(&bare(w).to_lowercase()))
}

/// "X’s NAME (lower-case word) NOUN", "its NAME NOUN", "whose NAME NOUN", where NOUN is a
/// product noun: "Google’s Gemini models", "Samsung's own Bixby voice assistant".
fn owned_product(words: &Words, span: Span) -> bool {
    let Some((toks, first, last)) = words.locate(span) else { return false };
    // The owner: a possessive right before, perhaps with "own"/"new" between.
    let mut before = words.before(toks, first);
    let mut w = before.next();
    if w.is_some_and(|w| matches!(w, "own" | "new" | "latest" | "flagship")) {
        w = before.next();
    }
    let owned = w.is_some_and(|w| {
        let l = w.to_lowercase();
        // "Google’s", or "Google 's" in tokenized text.
        matches!(l.as_str(), "its" | "their" | "whose") || l.ends_with("’s") || l.ends_with("'s")
    });
    // The kind comes after a space: "Copilot’s" or "Copilot," is no "Copilot assistant".
    let glued = toks.get(last + 1).is_some_and(|t| t.start == span.end);
    if !owned || glued {
        return false;
    }
    // The kind: the next word, or the one after a lower-case modifier. A programme someone
    // owns is one of its products too ("Coastal Pacific’s WaveMiles programme"), though a
    // programme described so is rather an organization ("Quantum Delta NL, the national
    // programme").
    let mut after = words.after(toks, last + 1);
    let first = after.next().unwrap_or("");
    let noun = |w: &str| {
        let w = bare(w).to_lowercase();
        is_product_noun(&w) || matches!(w.as_str(), "programme" | "programmes" | "program")
    };
    if noun(first) {
        return ends_phrase(after.next());
    }
    first.chars().all(|c| c.is_lowercase() || c == '-')
        && after.next().is_some_and(noun)
        && ends_phrase(after.next())
}

/// "NAME, a/an (modifiers) NOUN": "Otso, a two-armed household robot".
fn described_product(words: &Words, span: Span) -> bool {
    let Some((toks, _, last)) = words.locate(span) else { return false };
    let text = words.text;
    // ", a " right after the name.
    let comma = last + 1;
    let article = comma + 1;
    let opens = toks.get(comma).is_some_and(|t| t.start == span.end && t.of(text) == ",")
        && toks.get(article).is_some_and(|a| {
            matches!(a.of(text), "a" | "an") && text.get(toks[comma].end..a.start) == Some(" ")
        });
    if !opens {
        return false;
    }
    let mut after = words.after(toks, article + 1).peekable();
    for _ in 0..4 {
        let Some(w) = after.next() else { return false };
        let b = w.trim_end_matches([',', '.', ';']);
        if is_product_noun(&b.to_lowercase()) && (w != b || ends_phrase(after.peek().copied())) {
            return true;
        }
        if w != b || !b.chars().all(|c| c.is_lowercase() || c == '-') {
            return false;
        }
    }
    false
}

/// "NOUN called/named/dubbed NAME", where NOUN is a product noun: "a wheeled robot called
/// Porter", "a chatbot named Claude". A company or a person so named stays what it is ("a
/// start-up called Kova", "a man named Otso": no product noun).
fn called_product(words: &Words, span: Span) -> bool {
    let Some((toks, first, _)) = words.locate(span) else { return false };
    let mut before = words.before(toks, first);
    before.next().is_some_and(|w| matches!(w, "called" | "named" | "dubbed"))
        && before.next().is_some_and(|w| is_product_noun(&bare(w).to_lowercase()))
}

/// Product lines named after their maker (see the module notes).
fn product_lines<'t>(words: &Words<'t>, names: &[Candidate]) -> Vec<&'t str> {
    let text = words.text;
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
        let parts: Vec<&str> = name.split(' ').collect();
        let is_line = (1..parts.len()).any(|k| {
            let maker = &name[..parts[..k].iter().map(|w| w.len() + 1).sum::<usize>() - 1];
            let rest = &name[maker.len() + 1..];
            let (Some(&(alone, first)), Some(&(here, _))) = (orgs.get(maker), orgs.get(name))
            else {
                return false;
            };
            first < c.span.start
                && alone > here
                && parts[k..].iter().all(|w| product_word(words, w))
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

    type Case = crate::engine::MarkedCase;

    fn types_after(text: &str, marks: &[(&str, EntityType)]) -> Vec<(String, EntityType)> {
        let mut names = marked(text, marks);
        retype(text, &crate::train::sentences_of(text), &mut names);
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
                "Nokia will supply its AirScale radio equipment; Meridian’s WaveMiles programme ends.",
                &[("Nokia", Org), ("AirScale", Org), ("Meridian", Org), ("WaveMiles", Org)],
                &[("Nokia", Org), ("AirScale", Product), ("Meridian", Org), ("WaveMiles", Product)],
            ),
            // A programme in apposition is no product ("Quantum Delta NL, the national
            // programme"), nor one nobody owns.
            (
                "It is funded by Quantum Delta NL, the national programme, and the Horizon programme.",
                &[("Quantum Delta NL", Org), ("Horizon", Org)],
                &[("Quantum Delta NL", Org), ("Horizon", Org)],
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
            (
                "It sells a wheeled robot called Porter. Porter lifts boxes.",
                &[("Porter", Person), ("Porter", Person)],
                &[("Porter", Product), ("Porter", Product)],
            ),
            (
                "Lumo launched a chatbot named Vela, and a start-up called Kova joined.",
                &[("Lumo", Org), ("Vela", Person), ("Kova", Org)],
                &[("Lumo", Org), ("Vela", Product), ("Kova", Org)],
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
