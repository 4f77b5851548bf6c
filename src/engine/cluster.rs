//! Mentions → entities: alias clustering, one type per entity, a canonical name and salience.
//!
//! Mentions are taken longest first, so the fullest form of a name founds its entity and
//! shorter forms join it:
//! - the same words (ignoring case and punctuation) join the same entity;
//! - a person's first or last name alone joins the one person whose full name has it
//!   ("Yorke Rhodes" … "Rhodes"); titles and middle initials are read past, and given names
//!   agree up to common nicknames and initials ("Robert W. Smith" … "Bob Smith" … "R.
//!   Smith" … "Secretary Smith"), never across different given names ("Anna Smith", "John
//!   Smith"); a surname inside a longer name joins its one person when no first or last
//!   name fits ("Quispe" for "María José Quispe Huamán", not "Whitfield" for "Paul
//!   Whitfield-Osei");
//! - a leading part of an organization's name joins it ("Mistral AI" … "Mistral"), and so
//!   does its acronym ("European Central Bank" … "ECB") or a short name given in brackets
//!   right after it ("Confederation of Chilean Students (Confech)");
//! - an alias that fits two entities joins neither;
//! - a short form joins only after the full form has been used (outside headlines), so
//!   "Microsoft" before "Microsoft Azure" stays the company.
//!
//! An entity's type is the type most of its mentions were given (ties go to the fullest
//! form), and every mention then takes that type: one name, one type per article.
//! Salience adds up mentions, with extra weight for the title, the opening paragraph and
//! sentence subjects; the sidebar orders by it.

use super::hash::FastMap;
use super::lexicon::names::{is_person_title, same_given_name, STOP_ALIASES};
use super::sort;
use super::structure::{slugify, UniqueKeys};
use super::text::push_lower;
use super::types::{
    BlockKind, Class, Entity, EntityId, EntityType, Mention, MentionId, Span, TypeVotes,
};
use super::{Candidate, Sentence};

/// Appends the lowercased words of `s` to `arena`, one after the other, and their ends to
/// `ends`: the words of all candidates share one string instead of one string per word.
fn push_words(s: &str, arena: &mut String, ends: &mut Vec<usize>) {
    for w in word_parts(s) {
        push_lower(w, arena);
        ends.push(arena.len());
    }
}

/// The words of `s` as they are written: runs of letters and digits.
fn word_parts(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

fn is_name(ty: EntityType) -> bool {
    !matches!(ty, EntityType::Money | EntityType::Percent | EntityType::Date)
}

/// Normalized key of an amount or date: lower case, single spaces, no approximators.
fn value_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        push_lower(w, &mut key);
    }
    key
}

struct Draft<'w> {
    /// Words of the fullest form (borrowed from the founding candidate's words).
    words: &'w [&'w str],
    /// Candidate indices.
    members: Vec<usize>,
    ty: EntityType,
    /// Where its first mention in the text starts (kept as members join, so that asking
    /// whether it was named before a candidate does not scan them all).
    first: usize,
}

/// Does `alias` (words) name the entity whose full name is `full`, of type `ty`?
fn is_alias(alias: &[&str], full: &[&str], ty: EntityType) -> bool {
    if ty == EntityType::Person {
        return is_person_alias(alias, full);
    }
    if alias.is_empty() || alias.len() >= full.len() {
        return false;
    }
    if alias.len() == 1 && STOP_ALIASES.contains(alias[0]) {
        return false;
    }
    match ty {
        EntityType::Org | EntityType::Event | EntityType::Fac => {
            full.starts_with(alias) || is_acronym(alias, full)
        }
        _ => is_acronym(alias, full),
    }
}

/// How many of the most recently named entities a new form is compared with as a possible
/// alias ("Smith" for "Jane Smith", "IBM" for "International Business Machines").
const ALIAS_WINDOW: usize = 400;

/// A person's name as clustering compares it: without titles before it ("Secretary",
/// "Dr", "Sen.") and without initials between the given name and the surname ("Robert W.
/// Smith" is read "Robert Smith").
fn person_core<'a>(words: &'a [&'a str]) -> Vec<&'a str> {
    let start = words.iter().position(|w| !is_person_title(w)).unwrap_or(words.len());
    let words = &words[start..];
    words
        .iter()
        .enumerate()
        .filter(|&(k, w)| k == 0 || k + 1 == words.len() || w.chars().count() > 1)
        .map(|(_, w)| *w)
        .collect()
}

/// Does `alias` name the person whose full name is `full` (both as words)? Titles and middle
/// initials are ignored ([`person_core`]); then the alias is the surname(s) ("Smith", "van
/// den Broek"), the given name alone, or a given name and the same surname, where the given
/// names agree up to nicknames and initials ("Bob Smith", "R. Smith" for "Robert W.
/// Smith"). Two people with different given names never match ("Anna Smith", "John Smith").
fn is_person_alias(alias: &[&str], full: &[&str]) -> bool {
    let (alias, full) = (person_core(alias), person_core(full));
    if alias.is_empty() || full.len() < 2 || alias.len() > full.len() {
        return false;
    }
    if alias == full {
        // The same name with a title or an initial more or less ("Dr Dana Lee").
        return true;
    }
    if alias.len() == 1 {
        return !STOP_ALIASES.contains(alias[0])
            && (full.last() == alias.last() || full[0] == alias[0]);
    }
    if full.ends_with(&alias) {
        return true;
    }
    // A given name and the surname: the last words agree, the given names may differ by a
    // nickname or an initial, and every other word of the alias is in the full name.
    alias.last() == full.last()
        && same_given_name(alias[0], full[0])
        && alias[1..alias.len() - 1].iter().all(|w| full[1..full.len() - 1].contains(w))
}

/// Is `word` an inner word of the person's full name `full` (neither the given name nor the
/// last), in a name of three words or more without titles and initials ("Quispe" in "María
/// José Quispe Huamán")?
fn is_inner_surname(word: &str, full: &[&str]) -> bool {
    let full = person_core(full);
    full.len() >= 3 && !STOP_ALIASES.contains(word) && full[1..full.len() - 1].contains(&word)
}

/// Does `word` (lower case) stand in `name` as a word of its own, a space after it, rather than
/// as the first part of a hyphenated surname ("Whitfield" in "Paul Whitfield-Osei" is not
/// how writers shorten that name)?
fn spaced(name: &str, word: &str) -> bool {
    name.split(' ').any(|part| part.to_lowercase() == word)
}

fn is_acronym(alias: &[&str], full: &[&str]) -> bool {
    if alias.len() != 1 || full.len() < 2 {
        return false;
    }
    // The initials of the full name's words must spell the alias, and take at least two
    // bytes. Compared as they are read: this runs for many (alias, entity) pairs.
    let mut initials = full
        .iter()
        .filter(|w| !matches!(**w, "of" | "and" | "the" | "for" | "de"))
        .filter_map(|w| w.chars().next());
    let mut letters = alias[0].chars();
    let mut bytes = 0;
    loop {
        match (initials.next(), letters.next()) {
            (Some(a), Some(b)) if a == b => bytes += a.len_utf8(),
            (None, None) => return bytes >= 2,
            _ => return false,
        }
    }
}

/// Organizations given a one-word short name in brackets right after their full name ("the
/// Confederation of Chilean Students (Confech)", "Mozambique's National Institute for
/// Disaster Risk Management (INGD)"): the full name's candidate by the short name's words,
/// for short forms that are no acronym of the full name (those join it anyway) and are not
/// read as a place ("Acme Holdings (Germany)"). The first full name given a short form keeps it.
fn bracketed_short_names<'w>(
    text: &str,
    candidates: &[Candidate],
    words: &[&'w [&'w str]],
) -> FastMap<&'w [&'w str], usize> {
    let mut out = FastMap::default();
    for (i, pair) in candidates.windows(2).enumerate() {
        let (full, short) = (&pair[0], &pair[1]);
        let between = text.get(full.span.end..short.span.start).unwrap_or("");
        if full.ty == EntityType::Org
            && words[i].len() >= 2
            && words[i + 1].len() == 1
            && matches!(short.ty, EntityType::Org | EntityType::Person | EntityType::Product)
            && matches!(between, "(" | " (")
            && text[short.span.end..].starts_with(')')
            && short.span.of(text).starts_with(|c: char| c.is_uppercase())
            && !is_acronym(words[i + 1], words[i])
        {
            out.entry(words[i + 1]).or_insert(i);
        }
    }
    out
}

/// An entity's name and its other forms, from its mentions' surfaces in text order. The
/// name is the fullest form: most words, then the longest, then the most frequent, then the
/// first. Clustered entities and given ones (`analyze_with_entities`) are named alike.
pub fn entity_names<'t>(surfaces: impl Iterator<Item = &'t str>) -> (String, Vec<String>) {
    let mut forms: Vec<(&str, usize)> = Vec::new();
    for s in surfaces {
        match forms.iter_mut().find(|(f, _)| *f == s) {
            Some((_, n)) => *n += 1,
            None => forms.push((s, 1)),
        }
    }
    let name = forms
        .iter()
        .enumerate()
        .max_by_key(|&(pos, &(f, n))| (word_parts(f).count(), f.len(), n, std::cmp::Reverse(pos)))
        .map(|(_, &(f, _))| f.to_string())
        .unwrap_or_default();
    let aliases = forms.iter().map(|&(f, _)| f.to_string()).filter(|f| *f != name).collect();
    (name, aliases)
}

/// The URL key an entity's slug starts from: its name, or its class for a name with no
/// ASCII letters or digits.
pub fn entity_slug_base(name: &str, ty: EntityType) -> String {
    match slugify(name) {
        s if s.is_empty() => ty.class().key().to_string(),
        s => s,
    }
}

/// Groups candidates into entities. Returns mentions (in text order) and entities (most
/// salient first; `EntityId` is the index in that order).
pub fn cluster(
    text: &str,
    sentences: &[Sentence],
    candidates: &[Candidate],
) -> (Vec<Mention>, Vec<Entity>) {
    // Names are matched by their words; amounts and dates by their value key, so they only
    // need a word count for the order.
    // The lowercased words of all names in one string; each candidate's words as a slice.
    let mut arena =
        String::with_capacity(candidates.iter().map(|c| c.span.end - c.span.start).sum());
    let mut ends: Vec<usize> = Vec::new();
    let mut word_range: Vec<(usize, usize)> = Vec::with_capacity(candidates.len());
    for c in candidates {
        let first = ends.len();
        if is_name(c.ty) {
            push_words(c.span.of(text), &mut arena, &mut ends);
        }
        word_range.push((first, ends.len()));
    }
    let all_words: Vec<&str> = ends
        .iter()
        .scan(0, |start, &end| Some(&arena[std::mem::replace(start, end)..end]))
        .collect();
    let cand_words: Vec<&[&str]> = word_range.iter().map(|&(a, b)| &all_words[a..b]).collect();
    let word_count = |i: usize| {
        if is_name(candidates[i].ty) {
            cand_words[i].len()
        } else {
            word_parts(candidates[i].span.of(text)).count()
        }
    };
    let keys: Vec<_> = (0..candidates.len())
        .map(|i| (std::cmp::Reverse(word_count(i)), candidates[i].span.start))
        .collect();
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    sort::by_key(&mut order, |&i| keys[i]);
    let bracketed = bracketed_short_names(text, candidates, &cand_words);
    // Which entity each candidate joined, for the short names that follow their full name.
    let mut draft_of: Vec<usize> = vec![usize::MAX; candidates.len()];

    // Sentences are sorted and disjoint: find a span's sentence by binary search.
    let sentence_of = |span: Span| {
        let i = sentences.partition_point(|s| s.span.end <= span.start);
        sentences.get(i).filter(|s| s.span.contains(span))
    };
    let in_headline = |span: Span| {
        sentence_of(span).is_some_and(|s| matches!(s.block, BlockKind::Title | BlockKind::Heading))
    };
    // The places datelines open with ("NEW YORK 1996-08-30", "NICE, France —") are places,
    // whatever else the article names so (the New York team of a results table, the club
    // Nice): they vote with the other mentions of their words (a body mention the tagger
    // read as an organization is often the dateline's town), but where the vote makes the
    // entity something else, they leave it for a place of their own.
    let datelines: Vec<Span> = sentences
        .iter()
        .filter(|s| matches!(s.block, BlockKind::Paragraph | BlockKind::Byline))
        .flat_map(|s| super::structure::dateline_places(text, &s.tokens))
        .collect();
    let is_dateline = |c: &Candidate| is_name(c.ty) && datelines.binary_search(&c.span).is_ok();
    // The maps and drafts borrow the candidates' word lists instead of copying them.
    let mut drafts: Vec<Draft> = Vec::new();
    // Lookups that keep clustering linear in the number of mentions: amounts and dates by
    // type and normalized text, names by their words, and short forms already matched.
    let mut values: FastMap<(EntityType, String), usize> = FastMap::default();
    let mut names: FastMap<&[&str], Vec<usize>> = FastMap::default();
    let mut known_aliases: FastMap<&[&str], usize> = FastMap::default();
    // Persons also by their name without titles and middle initials ([`person_core`]).
    let mut person_names: FastMap<Vec<&str>, usize> = FastMap::default();
    for &i in &order {
        let c = candidates[i];
        let w: &[&str] = cand_words[i];
        let value = (!is_name(c.ty)).then(|| (c.ty, value_key(c.span.of(text))));
        let found = if let Some(v) = &value {
            values.get(v).copied()
        } else if let Some(same) = names.get(w) {
            // The same name is the same entity, even where the tagger typed it otherwise.
            same.iter()
                .copied()
                .find(|&d| drafts[d].ty.class() == c.ty.class())
                .or(same.first().copied())
        } else if let Some(&d) = known_aliases.get(w) {
            Some(d)
        } else if let Some(&d) = (c.ty == EntityType::Person && w.len() >= 2)
            .then(|| person_names.get(&person_core(w)))
            .flatten()
        {
            // The same person's name with a title or a middle initial more or less.
            Some(d)
        } else {
            // Among the entities named most recently: an article names a few hundred at
            // most, and a bound keeps a text listing thousands linear.
            let recent = drafts.len().saturating_sub(ALIAS_WINDOW);
            let fits: Vec<usize> = drafts
                .iter()
                .enumerate()
                .skip(recent)
                .filter(|(_, d)| is_name(d.ty))
                .filter(|(_, d)| {
                    let same_class = d.ty.class() == c.ty.class();
                    // A single word tagged with another name type still joins a person or
                    // organization it plainly abbreviates ("Rhodes" read as a place). A
                    // place does not join an organization named after it: "Budapest" and
                    // "Budapest Stock Exchange", "LONDON" in a dateline and "London
                    // International Financial Futures Exchange" stay apart.
                    let place = matches!(c.ty, EntityType::Gpe | EntityType::Loc | EntityType::Fac);
                    let cross = w.len() == 1
                        && (d.ty == EntityType::Person || (d.ty == EntityType::Org && !place));
                    // Nor does a country or city join a facility named after it ("Panama"
                    // and "Panama Canal").
                    let same_class = same_class
                        && !(c.ty == EntityType::Gpe && d.ty == EntityType::Fac && w.len() == 1);
                    // Writers introduce the full name before shortening it: a short form seen
                    // before the full one is a name of its own ("Microsoft" … "Microsoft
                    // Azure"), except in a headline, which often uses the short form first.
                    let introduced = d.first < c.span.start || in_headline(c.span);
                    (same_class || cross) && introduced && is_alias(w, d.words, d.ty)
                })
                .map(|(k, _)| k)
                .collect();
            // A surname that is no one's first or last name may be a first surname of two
            // ("Quispe" for "María José Quispe Huamán", as Spanish and Portuguese names
            // are shortened): it joins the one person with that word inside their name.
            let fits = if fits.is_empty() && w.len() == 1 && c.ty == EntityType::Person {
                drafts
                    .iter()
                    .enumerate()
                    .skip(recent)
                    .filter(|(_, d)| d.ty == EntityType::Person)
                    .filter(|(_, d)| {
                        d.first < c.span.start
                            && is_inner_surname(w[0], d.words)
                            && spaced(candidates[d.members[0]].span.of(text), w[0])
                    })
                    .map(|(k, _)| k)
                    .collect()
            } else {
                fits
            };
            // Else a short name the article gave in brackets after the full one ("the
            // Confederation of Chilean Students (Confech)").
            let found = (fits.len() == 1).then(|| fits[0]).or_else(|| {
                bracketed.get(w).map(|&full| draft_of[full]).filter(|&d| d != usize::MAX)
            });
            if let Some(d) = found {
                known_aliases.insert(w, d);
            }
            found
        };
        draft_of[i] = found.unwrap_or(drafts.len());
        match found {
            Some(d) => {
                drafts[d].members.push(i);
                drafts[d].first = drafts[d].first.min(c.span.start);
            }
            None => {
                let d = drafts.len();
                match value {
                    Some(v) => {
                        values.insert(v, d);
                    }
                    None => {
                        names.entry(w).or_default().push(d);
                        if c.ty == EntityType::Person {
                            person_names.entry(person_core(w)).or_insert(d);
                        }
                    }
                }
                drafts.push(Draft { words: w, members: vec![i], ty: c.ty, first: c.span.start });
            }
        }
    }

    // One type per entity: the majority of its mentions, ties to the founding mention.
    let mut places = Vec::new();
    for d in &mut drafts {
        let mut votes = TypeVotes::default();
        d.members.iter().for_each(|&m| votes.add(candidates[m].ty));
        let founder = candidates[d.members[0]].ty;
        d.ty = votes.winner(Some(founder)).unwrap_or(founder);
        if !matches!(d.ty, EntityType::Gpe | EntityType::Loc) && d.members.len() > 1 {
            let (out, stay): (Vec<usize>, Vec<usize>) =
                d.members.iter().partition(|&&m| is_dateline(&candidates[m]));
            if !out.is_empty() && !stay.is_empty() {
                d.first = stay.iter().map(|&m| candidates[m].span.start).min().unwrap_or(d.first);
                d.members = stay;
                let first = out.iter().map(|&m| candidates[m].span.start).min().unwrap_or(0);
                places.push(Draft { words: d.words, members: out, ty: EntityType::Gpe, first });
            }
        }
    }
    drafts.extend(places);

    // Salience.
    // The lead: the first sentence of body text, after its dateline (a sentence of its own
    // that ends with its dash, "BEIRA, Mozambique (AP) —").
    let dateline =
        |s: &Sentence| s.tokens.last().is_some_and(|t| matches!(t.of(text), "—" | "–" | "―" | "-"));
    let first_paragraph = sentences
        .iter()
        .find(|s| s.block == BlockKind::Paragraph && !dateline(s))
        .map(|s| s.span.start);
    let weight = |i: usize| -> f32 {
        let c = candidates[i];
        let mut w = 1.0;
        if let Some(s) = sentence_of(c.span) {
            if s.block == BlockKind::Title {
                w += 1.0;
            }
            if Some(s.span.start) == first_paragraph {
                w += 0.5;
            }
            if s.tokens.first().is_some_and(|t| t.start == c.span.start) {
                w += 0.5;
            }
        }
        w
    };
    let mut scored: Vec<(f32, usize, usize)> = drafts
        .iter()
        .enumerate()
        .map(|(k, d)| {
            let s: f32 = d.members.iter().map(|&m| weight(m)).sum();
            let s = if is_name(d.ty) { s } else { s * 0.5 };
            let first = d.members.iter().map(|&m| candidates[m].span.start).min().unwrap_or(0);
            (s, first, k)
        })
        .collect();
    sort::by(&mut scored, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));

    // Mentions in text order.
    let mut draft_of = vec![0usize; candidates.len()];
    for (k, d) in drafts.iter().enumerate() {
        for &m in &d.members {
            draft_of[m] = k;
        }
    }
    let mut rank_of = vec![0u32; drafts.len()];
    for (rank, &(_, _, k)) in scored.iter().enumerate() {
        rank_of[k] = rank as u32;
    }
    let mut by_pos: Vec<usize> = (0..candidates.len()).collect();
    sort::by_key(&mut by_pos, |&i| candidates[i].span);
    let mentions: Vec<Mention> = by_pos
        .iter()
        .map(|&i| {
            let d = draft_of[i];
            Mention { span: candidates[i].span, ty: drafts[d].ty, entity: EntityId(rank_of[d]) }
        })
        .collect();

    let mut ids_of: Vec<Vec<MentionId>> = vec![Vec::new(); drafts.len()];
    for (i, m) in mentions.iter().enumerate() {
        ids_of[m.entity.0 as usize].push(MentionId(i as u32));
    }
    // One key per entity.
    let mut slugs = UniqueKeys::with_capacity(scored.len());
    let entities = scored
        .iter()
        .enumerate()
        .map(|(rank, &(salience, _, k))| {
            let d = &drafts[k];
            let ids = std::mem::take(&mut ids_of[rank]);
            let (name, aliases) =
                entity_names(ids.iter().map(|id| mentions[id.0 as usize].span.of(text)));
            let slug = slugs.claim(&entity_slug_base(&name, d.ty));
            Entity {
                id: EntityId(rank as u32),
                ty: d.ty,
                name,
                slug,
                aliases,
                mentions: ids,
                salience,
            }
        })
        .collect();
    let _ = Class::ALL;
    (mentions, entities)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{marked, tokenize};

    /// Clusters hand-placed candidates in `text` and returns each entity's surface forms.
    fn clusters(text: &str, marks: &[(&str, EntityType)]) -> Vec<(EntityType, Vec<String>)> {
        let candidates = marked(text, marks);
        let all = Span::new(0, text.len());
        let sentences = vec![Sentence {
            span: all,
            tokens: tokenize::tokens(text, all),
            block: BlockKind::Paragraph,
        }];
        let (mentions, entities) = cluster(text, &sentences, &candidates);
        let mut out: Vec<(EntityType, Vec<String>)> = entities
            .iter()
            .map(|e| {
                (
                    e.ty,
                    e.mentions
                        .iter()
                        .map(|&m| mentions[m.0 as usize].span.of(text).to_string())
                        .collect(),
                )
            })
            .collect();
        sort::by(&mut out, |a, b| a.1.cmp(&b.1));
        out
    }

    #[test]
    fn a_dateline_place_votes_but_stays_a_place() {
        use EntityType::*;
        let run = |text: &str, marks: &[(&str, EntityType)]| {
            let candidates = marked(text, marks);
            let sentences = crate::train::sentences_of(text);
            let (mentions, entities) = cluster(text, &sentences, &candidates);
            let mut out: Vec<(EntityType, Vec<usize>)> = entities
                .iter()
                .map(|e| {
                    (e.ty, e.mentions.iter().map(|&m| mentions[m.0 as usize].span.start).collect())
                })
                .collect();
            sort::by(&mut out, |a, b| a.1.cmp(&b.1));
            out
        };
        // The New York team of a results table: the dateline's city is a place of its own.
        let text = "Baseball results\nNEW YORK 1996-08-30\nNEW YORK beat BOSTON 5-3 . NEW YORK won again .";
        let at = |from: usize| from + text[from..].find("NEW YORK").unwrap();
        let (d, t1) = (at(0), at(at(0) + 1));
        let t2 = at(t1 + 1);
        assert_eq!(
            run(text, &[("NEW YORK", Gpe), ("NEW YORK", Org), ("BOSTON", Org), ("NEW YORK", Org)]),
            vec![(Gpe, vec![d]), (Org, vec![t1, t2]), (Org, vec![text.find("BOSTON").unwrap()])]
        );
        // However the dateline's place was typed before (here by the club's name).
        let text = "Soccer\nMILAN 1996-08-30\nMILAN beat ROMA 2-1 .";
        let (d, t) = (text.find("MILAN").unwrap(), text.rfind("MILAN").unwrap());
        assert_eq!(
            run(text, &[("MILAN", Org), ("MILAN", Org), ("ROMA", Org)]),
            vec![(Gpe, vec![d]), (Org, vec![t]), (Org, vec![text.find("ROMA").unwrap()])]
        );
        // The town the dateline names, read as an organization in the body: one place.
        let text = "Fire nears town\nSOLVANG, California — Fire reached Solvang on Monday.";
        let (a, b) = (text.find("SOLVANG").unwrap(), text.find("Solvang").unwrap());
        let got = run(text, &[("SOLVANG", Gpe), ("California", Gpe), ("Solvang", Org)]);
        assert!(got.contains(&(Gpe, vec![a, b])), "{got:?}");
    }

    #[test]
    fn aliases_join_their_full_names() {
        use EntityType::*;
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        // (text, marked candidates, expected entities with their surface forms)
        type Case<'a> = (&'a str, Vec<(&'a str, EntityType)>, Vec<(EntityType, Vec<String>)>);
        let cases: Vec<Case> = vec![
            (
                "Yorke Rhodes spoke. Rhodes left.",
                vec![("Yorke Rhodes", Person), ("Rhodes", Person)],
                vec![(Person, s(&["Yorke Rhodes", "Rhodes"]))],
            ),
            // Middle initials, nicknames, initials and titles: one person.
            (
                "Robert W. Smith spoke. Bob Smith left. Smith and R. Smith, Dr Smith.",
                vec![
                    ("Robert W. Smith", Person),
                    ("Bob Smith", Person),
                    ("Smith", Person),
                    ("R. Smith", Person),
                    ("Dr Smith", Person),
                ],
                vec![(
                    Person,
                    s(&["Robert W. Smith", "Bob Smith", "Smith", "R. Smith", "Dr Smith"]),
                )],
            ),
            (
                "Dana Lee arrived. Secretary Lee spoke, and Sen. Dana Lee left.",
                vec![("Dana Lee", Person), ("Secretary Lee", Person), ("Sen. Dana Lee", Person)],
                vec![(Person, s(&["Dana Lee", "Secretary Lee", "Sen. Dana Lee"]))],
            ),
            // Different given names are different people, initials or not.
            (
                "John W. Smith spoke. Anna Smith and Bill Smith left.",
                vec![("John W. Smith", Person), ("Anna Smith", Person), ("Bill Smith", Person)],
                vec![
                    (Person, s(&["Anna Smith"])),
                    (Person, s(&["Bill Smith"])),
                    (Person, s(&["John W. Smith"])),
                ],
            ),
            (
                "Robert Smith and Roberta Smith met.",
                vec![("Robert Smith", Person), ("Roberta Smith", Person)],
                vec![(Person, s(&["Robert Smith"])), (Person, s(&["Roberta Smith"]))],
            ),
            // An initial that fits two people joins neither.
            (
                "Robert Smith and Rachel Smith met. R. Smith spoke.",
                vec![("Robert Smith", Person), ("Rachel Smith", Person), ("R. Smith", Person)],
                vec![
                    (Person, s(&["R. Smith"])),
                    (Person, s(&["Rachel Smith"])),
                    (Person, s(&["Robert Smith"])),
                ],
            ),
            // A first surname of two joins its person; a word of two people's names, neither.
            (
                "María José Quispe Huamán spoke. Quispe left.",
                vec![("María José Quispe Huamán", Person), ("Quispe", Person)],
                vec![(Person, s(&["María José Quispe Huamán", "Quispe"]))],
            ),
            (
                "Paul Whitfield-Osei spoke. Whitfield left.",
                vec![("Paul Whitfield-Osei", Person), ("Whitfield", Person)],
                vec![(Person, s(&["Paul Whitfield-Osei"])), (Person, s(&["Whitfield"]))],
            ),
            (
                "Ana Paz Rojas and Luis Paz Soto met. Paz left.",
                vec![("Ana Paz Rojas", Person), ("Luis Paz Soto", Person), ("Paz", Person)],
                vec![
                    (Person, s(&["Ana Paz Rojas"])),
                    (Person, s(&["Luis Paz Soto"])),
                    (Person, s(&["Paz"])),
                ],
            ),
            // A surname read as a place still joins the one person with that name.
            (
                "Yorke Rhodes spoke. Rhodes left.",
                vec![("Yorke Rhodes", Person), ("Rhodes", Gpe)],
                vec![(Person, s(&["Yorke Rhodes", "Rhodes"]))],
            ),
            (
                "Mistral AI grew. Mistral hired.",
                vec![("Mistral AI", Org), ("Mistral", Org)],
                vec![(Org, s(&["Mistral AI", "Mistral"]))],
            ),
            (
                "The European Central Bank (ECB) met.",
                vec![("European Central Bank", Org), ("ECB", Org)],
                vec![(Org, s(&["European Central Bank", "ECB"]))],
            ),
            // A short form used before the full one is its own entity.
            (
                "Microsoft invested. Microsoft Azure grew. Microsoft won.",
                vec![("Microsoft", Org), ("Microsoft Azure", Org), ("Microsoft", Org)],
                vec![(Org, s(&["Microsoft", "Microsoft"])), (Org, s(&["Microsoft Azure"]))],
            ),
            // An organization and its product stay apart.
            (
                "Microsoft Azure is sold by Microsoft.",
                vec![("Microsoft Azure", Product), ("Microsoft", Org)],
                vec![(Org, s(&["Microsoft"])), (Product, s(&["Microsoft Azure"]))],
            ),
            // An alias that fits two people joins neither.
            (
                "Anna Smith and John Smith met. Smith spoke.",
                vec![("Anna Smith", Person), ("John Smith", Person), ("Smith", Person)],
                vec![
                    (Person, s(&["Anna Smith"])),
                    (Person, s(&["John Smith"])),
                    (Person, s(&["Smith"])),
                ],
            ),
            // A place that starts an organization's name stays the place.
            (
                "The Budapest Stock Exchange rose. Budapest is calm.",
                vec![("Budapest Stock Exchange", Org), ("Budapest", Gpe)],
                vec![(Gpe, s(&["Budapest"])), (Org, s(&["Budapest Stock Exchange"]))],
            ),
            // A country stays apart from a facility named after it.
            (
                "The Varanga Canal closed. Varanga said so.",
                vec![("Varanga Canal", Fac), ("Varanga", Gpe)],
                vec![(Gpe, s(&["Varanga"])), (Fac, s(&["Varanga Canal"]))],
            ),
            // "Capital" alone is no alias of "Pantera Capital".
            (
                "Pantera Capital and Capital",
                vec![("Pantera Capital", Org), ("Capital", Org)],
                vec![(Org, s(&["Capital"])), (Org, s(&["Pantera Capital"]))],
            ),
            // Majority type wins for every mention.
            (
                "Nvidia, Nvidia and Nvidia",
                vec![("Nvidia", Org), ("Nvidia", Person), ("Nvidia", Org)],
                vec![(Org, s(&["Nvidia", "Nvidia", "Nvidia"]))],
            ),
            (
                "$6 billion and $6 billion",
                vec![("$6 billion", Money), ("$6 billion", Money)],
                vec![(Money, s(&["$6 billion", "$6 billion"]))],
            ),
            // A short name given in brackets after the full one, though no acronym of it.
            (
                "The Confederation of Chilean Students (Confech) called a strike. Confech said so.",
                vec![
                    ("Confederation of Chilean Students", Org),
                    ("Confech", Org),
                    ("Confech", Org),
                ],
                vec![(Org, s(&["Confederation of Chilean Students", "Confech", "Confech"]))],
            ),
            // Not a place in brackets, nor a short name another name spells out.
            (
                "Acme Holdings (Germany) grew. Germany cheered.",
                vec![("Acme Holdings", Org), ("Germany", Gpe), ("Germany", Gpe)],
                vec![(Org, s(&["Acme Holdings"])), (Gpe, s(&["Germany", "Germany"]))],
            ),
            (
                "International Federation of Red Cross and Red Crescent (IFRC) aid. IFRC staff.",
                vec![
                    ("International Federation of Red Cross", Org),
                    ("Red Crescent", Org),
                    ("IFRC", Org),
                    ("IFRC", Org),
                ],
                vec![
                    (Org, s(&["International Federation of Red Cross", "IFRC", "IFRC"])),
                    (Org, s(&["Red Crescent"])),
                ],
            ),
        ];
        for (text, marks, want) in cases {
            assert_eq!(clusters(text, &marks), want, "text: {text}");
        }
    }
}
